"""The Reports page: the owner's monthly VIP list and the VIP rules to hand out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from shopcrm.core.i18n import tr


class ReportsPage(QWidget):
    def __init__(self, actions: list[tuple[str, str, Callable[[], object]]]) -> None:
        """`actions`: (button text, what it gives the owner, what to run)."""
        super().__init__()
        self.setObjectName("reportsPage")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(tr("Reports for the owner"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        for text, explanation, run in actions:
            button = QPushButton(text)
            button.setObjectName("reportButton")
            button.clicked.connect(run)
            note = QLabel(explanation)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(note)

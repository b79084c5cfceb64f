"""The Reports page: the owner's monthly VIP list and the VIP rules to hand out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from shopcrm.core.i18n import tr


class ReportsPage(QWidget):
    def __init__(self, actions: list[tuple[QAction, str]]) -> None:
        """`actions`: the window's action (greyed, with its reason, for a clerk) and what
        it gives the owner."""
        super().__init__()
        self.setObjectName("reportsPage")
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(tr("Reports for the owner"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        for action, explanation in actions:
            button = QToolButton()
            button.setObjectName("reportButton")
            button.setDefaultAction(action)
            note = QLabel(explanation)
            note.setObjectName("hint")
            note.setWordWrap(True)
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(note)

"""The main window: the shop at a glance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from shopcrm.models import Customer


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("shopcrm"))
        self.resize(1280, 760)
        count = Customer.select().where(Customer.deleted_at.is_null()).count()
        welcome = QLabel(self.tr("{n} customers").format(n=count), self)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(welcome)
        self.statusBar().showMessage(
            self.tr("Database: {path} · {n} customers").format(path=db_path, n=count)
        )

"""Starting the window: open the database, make the daily backup, show the shop."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from shopcrm import backup, i18n, paths
from shopcrm.applog import log
from shopcrm.database import open_database
from shopcrm.errors import ShopError
from shopcrm.ui.main_window import MainWindow


def _report_crash(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Log the traceback; show the user one calm sentence instead."""
    log.error("unhandled error\n%s", "".join(traceback.format_exception(kind, error, tb)))
    QMessageBox.critical(
        None,
        QCoreApplication.translate("app", "Something went wrong"),
        QCoreApplication.translate(
            "app",
            "The last action did not complete; your saved data is safe.\n"
            "Details were written to {path}.",
        ).format(path=paths.data_dir() / "shopcrm.log"),
    )


def run(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    i18n.install(QCoreApplication.translate)
    try:
        db = open_database(db_path)
        backup.daily_backup(db, db_path)
    except ShopError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("app", "Cannot open the shop"), str(exc)
        )
        return 2
    sys.excepthook = _report_crash
    window = MainWindow(db_path)
    window.show()
    return app.exec()

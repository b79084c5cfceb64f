"""The window starts on its database, and a bad file gets a message, not a traceback."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMessageBox

from shopcrm.customers import profiles
from shopcrm.ui.main_window import MainWindow


def test_main_window_shows_the_shop(qtbot, db, db_path) -> None:
    profiles.quick_add("张小丽", "13812345678")
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    assert str(db_path) in window.db_label.text()
    assert window.count_label.text() == "1 customer"
    assert window.customers.model.rowCount() == 1


def test_unusable_database_is_reported_in_a_dialog(qtbot, tmp_path, monkeypatch) -> None:
    from shopcrm.ui import app

    foreign = tmp_path / "notes.db"
    foreign.write_text("not a database", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.run(foreign) == 2
    assert shown and "not a shopcrm database" in shown[0]
    assert foreign.read_text(encoding="utf-8") == "not a database"


def test_main_py_starts_the_window_and_makes_the_daily_backup(tmp_path) -> None:
    db_path = tmp_path / "shop.db"
    script = (
        "import sys; from PySide6.QtCore import QTimer; "
        "from PySide6.QtWidgets import QApplication; "
        "app = QApplication(sys.argv); QTimer.singleShot(300, app.quit); "
        f"sys.argv = ['main.py', '--db', {str(db_path)!r}]; "
        "import runpy; runpy.run_path('main.py', run_name='__main__')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert db_path.exists()
    assert len(list((tmp_path / "backups").glob("shop-*-daily.db"))) == 1

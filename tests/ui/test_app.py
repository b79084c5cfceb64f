"""The window starts on its database, and a bad file gets a message, not a traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from shopcrm.core.money import from_fen
from shopcrm.customers import profiles
from shopcrm.shop import seeding
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


def test_main_py_sets_up_the_owner_and_the_shop_then_starts_the_window_and_backs_up(
    tmp_path,
) -> None:
    from pathlib import Path

    db_path = tmp_path / "shop.db"
    script = Path(__file__).parents[1] / "helpers" / "first_start.py"
    root = str(Path(__file__).parents[2])
    done = subprocess.run(
        [sys.executable, str(script), str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert done.returncode == 0, done.stderr
    assert len(list((tmp_path / "backups").glob("shop-*-daily.db"))) == 1
    with closing(sqlite3.connect(db_path)) as conn:
        staff = conn.execute("SELECT name, role FROM staff ORDER BY id").fetchall()
        assert staff == [("王店长", "owner"), ("小周", "clerk")]
        shown = dict(conn.execute("SELECT key, value FROM setting").fetchall())
        assert (shown["shop_kind"], shown["shop_name"]) == ("furniture", "丽影家居")
        assert shown["shop_set_up_on"]
        furniture = [p["threshold"] for p in seeding.tier_presets()["furniture"]]
        tiers = conn.execute("SELECT threshold FROM tier ORDER BY rank").fetchall()
        assert [from_fen(fen) for (fen,) in tiers] == [Decimal(t) for t in furniture]


def test_a_damaged_shop_offers_its_newest_good_backup_and_restores_it(
    qtbot, tmp_path, monkeypatch
) -> None:
    import random
    import sqlite3
    from contextlib import closing

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from shopcrm.core.errors import DamagedDatabase
    from shopcrm.shop import day_start
    from shopcrm.storage.models import database
    from shopcrm.ui import app
    from tests.helpers.faults import make_shop, run_cli
    from tests.helpers.owners import DEMO_PASSWORD

    db = make_shop(tmp_path, customers=800)
    assert run_cli("--db", db, "backup").code == 0
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle : middle + 3 * 4096] = random.Random(9).randbytes(3 * 4096)
    db.write_bytes(bytes(data))
    app._start_shop(db)  # opens: the damage lies in pages the day's backup reads
    with pytest.raises(DamagedDatabase) as damaged:
        day_start.start_the_day(db)
    assert damaged.value.backup is not None

    def press_restore() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "damagedBox")
        assert "Restore the newest good backup" in box.text()
        next(b for b in box.buttons() if b.text() == "Restore that backup").click()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    refused: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refused.append(text))
    typed = iter([("wrong", True), (DEMO_PASSWORD, True)])  # the backup's owner's password
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: next(typed))
    QTimer.singleShot(200, press_restore)
    assert app._offer_restore(db, damaged.value)
    assert refused == ["That is not the owner's password of this backup."]
    assert "The damaged file is kept in" in told[0]
    app._start_shop(db)  # whole again: opens, backs up, plans
    assert day_start.start_the_day(db).backup is not None
    database.close()
    assert run_cli("--db", db, "check").code == 0


def test_a_read_only_shop_folder_says_so_in_a_dialog(qtbot, tmp_path, monkeypatch) -> None:
    import subprocess as run

    from shopcrm.ui import app
    from tests.helpers.faults import make_shop, small_disk

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    with small_disk(tmp_path / "disk", "20m") as disk:
        db = make_shop(disk)
        run.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        try:
            assert app.run(db) == 2
        finally:
            run.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    assert "read-only" in shown[0]


def test_garbage_is_collected_on_the_windows_thread_not_a_workers(qtbot, qapp) -> None:
    """A worker allocating past Python's threshold must not be the one that destroys a
    closed window's leftovers: the collector runs on a timer of the GUI thread."""
    import gc
    import threading

    from PySide6.QtWidgets import QDialog

    from shopcrm.ui.app import GuiThreadCollector, make_app

    assert make_app() is qapp
    (collector,) = qapp.findChildren(GuiThreadCollector)
    assert not gc.isenabled()
    gc.collect()  # from nothing due, whatever the tests before left
    collected_in: list[str] = []

    class Leftover:  # a dialog held in a cycle, as a closed one with its slots is
        def __init__(self) -> None:
            self.me = self
            self.dialog = QDialog()

        def __del__(self) -> None:
            collected_in.append(threading.current_thread().name)

    Leftover()

    kept: list[list[list[int]]] = []

    def allocate() -> None:  # more live containers than the threshold allows
        kept.append([[n] for n in range(gc.get_threshold()[0] * 4)])

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert collected_in == []  # a worker allocating did not collect
    qtbot.waitUntil(lambda: bool(collected_in), timeout=5 * GuiThreadCollector.INTERVAL_MS)
    assert collected_in == [threading.main_thread().name]
    assert collector.timer.isActive()
    kept.clear()

"""The owner's backups window, driven as she would: look, back up, check, restore."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from shopcrm.customers import profiles
from shopcrm.shop import safekeeping
from shopcrm.staff import accounts
from shopcrm.storage import backup, options
from shopcrm.storage.models import Customer, Staff, database
from shopcrm.ui import app, operations, session
from shopcrm.ui.dates import date_text
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.shop.backups_dialog import BackupsDialog

MORNING = dt.datetime(2026, 3, 2, 9, 30)


def _open(qtbot, window: MainWindow) -> BackupsDialog:
    window.backup_action.trigger()
    dialog = window.findChild(BackupsDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def _column(dialog: BackupsDialog, column: int) -> list[str]:
    model = dialog.list.model
    return [model.item(row, column).text() for row in range(model.rowCount())]


def _press(dialog: BackupsDialog, name: str) -> None:
    dialog.findChild(QPushButton, name).click()


def _answer_restore(go: bool) -> list[str]:
    """Answer the question a restore asks once it is on the screen; the question's text
    is returned in the list, which stays empty when none was asked."""
    asked: list[str] = []

    def answer() -> None:
        box = next(
            (w for w in QApplication.topLevelWidgets() if w.objectName() == "restoreConfirmBox"),
            None,
        )
        if box is None:
            return
        asked.append(box.text())
        if go:
            box.findChild(QPushButton, "restoreGoButton").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(100, answer)
    return asked


def _damage(copy: Path) -> None:
    data = bytearray(copy.read_bytes())
    for page in range(1, len(data) // 4096):
        data[page * 4096 + 100 : page * 4096 + 900] = b"\xff" * 800
    copy.write_bytes(bytes(data))


def test_she_sees_every_backup_and_makes_one_without_the_window_waiting(
    qtbot, window, db_path
) -> None:
    backup.backup_now(database.obj, db_path, when=MORNING)
    backup.daily_backup(database.obj, db_path, today=MORNING.date() + dt.timedelta(days=1))
    dialog = _open(qtbot, window)
    assert _column(dialog, 1) == ["Daily", "Made by hand"]
    assert _column(dialog, 3) == ["Sound", "Sound"]
    assert _column(dialog, 0)[1] == date_text(MORNING)
    assert dialog.list.footer.text().startswith("2 backups, ")

    _press(dialog, "backupNowButton")
    assert not dialog.backup_button.isEnabled()  # one copy at a time
    qtbot.waitUntil(lambda: dialog.list.model.rowCount() == 3)
    assert dialog.message.text().startswith("Backup written: ")
    assert dialog.backup_button.isEnabled()
    assert len(backup.backups(db_path)) == 3


def test_a_check_finds_a_damaged_copy_and_its_restore_is_refused_changing_nothing(
    qtbot, window, db_path
) -> None:
    copy = backup.backup_now(database.obj, db_path, when=MORNING)
    _damage(copy)
    dialog = _open(qtbot, window)
    assert _column(dialog, 3) == ["Sound"]  # as it was when it was made
    _press(dialog, "checkButton")
    qtbot.waitUntil(lambda: _column(dialog, 3) == ["Damaged: do not restore"])
    assert "cannot be restored" in dialog.message.text()

    before = Customer.select().count()
    asked = _answer_restore(go=True)
    _press(dialog, "restoreButton")
    assert asked
    assert "no shop data" in dialog.message.text() or "damaged" in dialog.message.text()
    assert dialog.isVisible() and Customer.select().count() == before
    assert not list(db_path.parent.glob("*before-restore*"))


def test_a_restore_asks_first_and_is_refused_while_other_work_is_open(
    qtbot, window, shop, db_path
) -> None:
    backup.backup_now(database.obj, db_path, when=MORNING)
    profiles.quick_add("后来的人", "13500001111")
    dialog = _open(qtbot, window)
    asked = _answer_restore(go=False)
    _press(dialog, "restoreButton")
    assert "kept in a copy beside it" in asked[0]
    assert Customer.get_or_none(Customer.name == "后来的人") is not None

    card = window.open_customer(shop["xiaoli"])
    qtbot.waitExposed(card)
    _press(dialog, "restoreButton")  # no question: it cannot be done now
    assert "Close the other windows first" in dialog.message.text()
    assert Customer.get_or_none(Customer.name == "后来的人") is not None


def test_the_restored_shop_opens_after_signing_in_with_the_present_kept_aside(
    qtbot, qapp, english, shop, owner, db_path, monkeypatch
) -> None:
    backup.backup_now(database.obj, db_path, when=MORNING)
    profiles.quick_add("后来的人", "13500001111")
    signed: list[bool] = []  # whether the old shop's window was still showing

    def sign_in() -> Staff:
        signed.append(running.window.isVisible())
        return Staff.get(Staff.role == "owner")

    told: list[str] = []
    monkeypatch.setattr(app, "sign_in", sign_in)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    running = app.Shop(qapp, db_path)
    old = running.show_window()
    qtbot.addWidget(old)
    dialog = _open(qtbot, old)
    asked = _answer_restore(go=True)
    _press(dialog, "restoreButton")
    assert asked

    assert signed == [False] and running.window is not old
    qtbot.addWidget(running.window)
    assert Customer.get_or_none(Customer.name == "后来的人") is None
    assert running.window.count_label.text() == "4 customers"
    assert session.current() is not None and accounts.has_owner()
    (aside,) = db_path.parent.glob("*before-restore*")
    assert str(aside) in told[0]
    with closing(sqlite3.connect(aside)) as kept:
        assert kept.execute("SELECT count(*) FROM customer WHERE name = '后来的人'").fetchone()
    qtbot.waitUntil(lambda: running.day_started_on is not None)


def test_a_clerk_backs_up_but_only_the_owner_copies_away_restores_or_sets_how_many(
    qtbot, window, db_path, owner
) -> None:
    clerk = accounts.add_clerk(owner, "小周", "2468")
    session.set_current(clerk)
    dialog = _open(qtbot, window)
    assert dialog.backup_button.isEnabled() and dialog.check_button.isEnabled()
    assert not dialog.copy_button.isEnabled() and not dialog.restore_button.isEnabled()
    assert "Only the owner" in dialog.restore_button.toolTip()
    assert not dialog.kept.editor("daily_backups_kept").isEnabled()


def test_she_sets_how_many_daily_backups_are_kept(qtbot, window, db_path) -> None:
    dialog = _open(qtbot, window)
    kept = dialog.kept.editor("daily_backups_kept")
    kept.setFocus()
    kept.selectAll()
    qtbot.keyClicks(kept, "5")
    kept.editingFinished.emit()
    assert options.get("daily_backups_kept") == 5


def test_with_no_backup_yet_a_check_or_restore_asks_her_to_choose_one(qtbot, window) -> None:
    dialog = _open(qtbot, window)
    assert dialog.list.model.rowCount() == 0
    assert dialog.list.footer.text().startswith("0 backups")
    for button in ("checkButton", "restoreButton"):
        dialog.message.clear()
        _press(dialog, button)
        assert dialog.message.text() == "Choose a backup first."


def test_a_restore_refused_after_the_windows_work_was_stopped_starts_that_work_again(
    qtbot, qapp, english, shop, owner, db_path, monkeypatch
) -> None:
    """The day's start (or a figure being read) is stopped before a restore; should the
    restore then be refused (a full disk), nothing is lost and, once she closes the
    window of backups, the shop's window is made afresh and the day's work goes on."""
    backup.backup_now(database.obj, db_path, when=MORNING)
    running = app.Shop(qapp, db_path)
    old = running.show_window()  # made afresh (and deleted) by the time the test ends

    def until_stopped(job: operations.Job) -> None:
        while not job.cancelled():
            time.sleep(0.01)

    work = operations.run_in_background(old, until_stopped)
    full = OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safekeeping, "restore", lambda *args: (_ for _ in ()).throw(full))
    old.backup_action.trigger()  # the dialog goes with the old window
    dialog = old.findChild(BackupsDialog)
    asked = _answer_restore(go=True)
    _press(dialog, "restoreButton")
    assert asked and not work.running()
    assert "space" in dialog.message.text().lower()
    assert running.window is old and running.day_started_on is None  # she reads why first
    assert Customer.select().count() == 4

    dialog.close()
    qtbot.waitUntil(lambda: running.window is not old)
    qtbot.addWidget(running.window)
    assert running.window.count_label.text() == "4 customers"
    qtbot.waitUntil(lambda: running.day_started_on is not None)


def test_a_restore_that_works_at_the_second_try_only_reopens_the_restored_shop(
    qtbot, qapp, english, shop, owner, db_path, monkeypatch
) -> None:
    backup.backup_now(database.obj, db_path, when=MORNING)
    calls: list[str] = []
    monkeypatch.setattr(app.Shop, "resume", lambda shop: calls.append("resume"))
    monkeypatch.setattr(app.Shop, "reopen_restored", lambda shop, aside: calls.append("reopen"))
    running = app.Shop(qapp, db_path)
    old = running.show_window()
    qtbot.addWidget(old)
    work = operations.run_in_background(old, lambda job: time.sleep(0.5))
    restore = safekeeping.restore
    tries = iter([OSError(errno.ENOSPC, "No space left on device"), None])

    def restoring(*args):
        refused = next(tries)
        if refused is not None:
            raise refused
        return restore(*args)

    monkeypatch.setattr(safekeeping, "restore", restoring)
    old.backup_action.trigger()
    dialog = old.findChild(BackupsDialog)
    _answer_restore(go=True)
    _press(dialog, "restoreButton")
    assert not work.running() and "space" in dialog.message.text().lower()
    _answer_restore(go=True)  # she frees some space and tries again
    _press(dialog, "restoreButton")
    qtbot.waitUntil(lambda: bool(calls))
    assert calls == ["reopen"]

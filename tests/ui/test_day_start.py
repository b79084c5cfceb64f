"""The day's first-start work runs after the window is up, and the counter works meanwhile."""

from __future__ import annotations

import datetime as dt
import errno
import threading

import pytest
import shiboken6
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QMessageBox

from shopcrm.core import clock
from shopcrm.core.errors import DamagedDatabase
from shopcrm.customers import profiles
from shopcrm.shop import day_start
from shopcrm.storage import backup, options
from shopcrm.ui import app, operations
from shopcrm.ui import day_start as indicator


@pytest.fixture
def shop(qapp, db, db_path):
    profiles.quick_add("张小丽", "13812345678")
    running = app.Shop(qapp, db_path)
    yield running
    if running.window is not None:
        running.window.close()


def _indicator(window) -> indicator.DayStartIndicator | None:
    return window.findChild(indicator.DayStartIndicator, "dayStart")


def test_the_window_searches_while_the_day_is_backed_up_then_says_it_is_ready(
    qtbot, shop, db_path, monkeypatch
) -> None:
    gate = threading.Event()
    real = day_start.start_the_day

    def held(path, report):
        report(0, day_start.STEPS)
        gate.wait()  # no timeout: under faketime a timed wait never ends
        return real(path, report)

    monkeypatch.setattr(indicator.day_start, "start_the_day", held)
    window = shop.show_window()
    shop.start_the_day()
    try:
        shown = _indicator(window)
        assert shown is not None and shown.isVisible()
        assert "backing up" in shown.label.text()
        window.customers.search_box.setText("张小丽")
        window.customers.apply()
        assert window.customers.model.rowCount() == 1  # the counter works meanwhile
        assert backup.daily_backups(db_path) == []
    finally:
        gate.set()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    assert "The day is ready" in window.statusBar().currentMessage()
    assert len(backup.daily_backups(db_path)) == 1


def test_a_full_disk_during_the_days_backup_is_said_plainly(qtbot, shop, monkeypatch) -> None:
    def full(path, report):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(indicator.day_start, "start_the_day", full)
    window = shop.show_window()
    shop.start_the_day()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "dayStartFailedBox") is not None)
    box = window.findChild(QMessageBox, "dayStartFailedBox")
    assert "The disk is full" in box.text() and "Traceback" not in box.text()
    qtbot.waitUntil(lambda: _indicator(window) is None)


def test_a_damaged_file_found_by_the_days_backup_offers_the_good_backup(
    qtbot, shop, db_path, monkeypatch
) -> None:
    good = backup.newest_good(db_path) or object()
    damage = DamagedDatabase("The shop's database is damaged.", backup=good)

    def damaged(path, report):
        raise damage

    offered: list[DamagedDatabase] = []
    exits: list[int] = []
    monkeypatch.setattr(indicator.day_start, "start_the_day", damaged)
    monkeypatch.setattr(app, "_offer_restore", lambda path, found: offered.append(found) or False)
    monkeypatch.setattr(shop.app, "exit", exits.append)
    window = shop.show_window()
    shop.start_the_day()
    qtbot.waitUntil(lambda: exits == [3])
    assert offered == [damage]
    assert shop.window is None  # closed, and deleted by now or soon
    assert not shiboken6.isValid(window) or not window.isVisible()


def test_a_window_left_open_overnight_starts_the_new_day_and_shows_its_follow_ups(
    qtbot, shop, db_path, today
) -> None:
    window = shop.show_window()
    shop.start_the_day()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    window.pages.setCurrentIndex(1)
    page = window.followups
    assert page is not None and page.day.date().toPython() == today
    watch = window.findChild(QTimer, "newDayWatch")
    assert watch.isActive() and watch.interval() == app.NEW_DAY_CHECK_MS

    shop.check_new_day()  # still the same day: nothing to do
    assert _indicator(window) is None and len(backup.daily_backups(db_path)) == 1

    tomorrow = today + dt.timedelta(days=1)
    clock.set_now(dt.datetime.combine(tomorrow, dt.time(0, 0, 30)))
    shop.check_new_day()
    assert _indicator(window) is not None
    shop.check_new_day()  # the next look while it works starts nothing twice
    assert len(window.findChildren(indicator.DayStartIndicator)) == 1
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    assert len(backup.daily_backups(db_path)) == 2
    qtbot.waitUntil(lambda: page.day.date().toPython() == tomorrow, timeout=10_000)


def test_a_day_the_clerk_chose_stays_chosen_past_midnight(qtbot, shop, today) -> None:
    window = shop.show_window()
    shop.start_the_day()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    window.pages.setCurrentIndex(1)
    page = window.followups
    chosen = today + dt.timedelta(days=5)
    page.day.setDate(QDate(chosen))
    clock.set_now(today + dt.timedelta(days=1))
    shop.check_new_day()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    assert page.day.date().toPython() == chosen


def test_the_rebuilt_window_keeps_watching_for_the_new_day(qtbot, shop) -> None:
    window = shop.show_window()
    rebuilt = shop.show_window()
    assert rebuilt is not window
    assert rebuilt.findChild(QTimer, "newDayWatch").isActive()


def test_at_start_the_day_begins_once_its_window_has_been_painted(
    qtbot, shop, db_path, monkeypatch
) -> None:
    monkeypatch.setattr(app, "FIRST_PAINT_WAIT_MS", 600_000)  # the paint, not the fallback
    painted = []
    window = shop.show_window()
    real = shop.start_the_day
    monkeypatch.setattr(shop, "start_the_day", lambda: (painted.append(True), real()))
    shop.start_the_day_once_shown()
    assert _indicator(window) is None and shop.day_started_on is None  # not before a paint
    window.repaint()  # the first paint: the day starts on the next turn of the event loop
    qtbot.waitUntil(lambda: shop.day_started_on is not None, timeout=5_000)
    window.repaint()
    window.repaint()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    assert painted == [True]  # once, however often it paints
    assert len(backup.daily_backups(db_path)) == 1


def test_a_window_never_painted_still_starts_the_day(qtbot, shop, db_path, monkeypatch) -> None:
    monkeypatch.setattr(app, "FIRST_PAINT_WAIT_MS", 50)
    window = shop.show_window()
    window.hide()  # covered, or on a screen that is off: no paint comes
    shop.start_the_day_once_shown()
    qtbot.waitUntil(lambda: shop.day_started_on is not None, timeout=5_000)
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    assert len(backup.daily_backups(db_path)) == 1


def test_the_follow_ups_open_at_start_are_not_planned_again_after_the_day_planned_them(
    qtbot, shop, monkeypatch, today
) -> None:
    window = shop.show_window()
    window.pages.setCurrentIndex(1)
    page = window.followups
    assert page is not None
    planned_again = []
    monkeypatch.setattr(page, "plan_in_background", lambda: planned_again.append(True))
    shop.start_the_day()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    qtbot.waitUntil(lambda: page.day.date().toPython() == today, timeout=5_000)
    assert planned_again == []  # the day's start planned them after its catch-up
    profiles.quick_add("王芳", "13912345678")  # any other change to customers still plans
    operations.announce(operations.CUSTOMERS)
    assert planned_again == [True]


def test_a_missing_second_copy_is_told_beside_the_working_window(
    qtbot, shop, db_path, tmp_path
) -> None:
    options.set_many({"second_copy_folder": str(tmp_path / "usb")})
    window = shop.show_window()
    shop.start_the_day()
    qtbot.waitUntil(lambda: _indicator(window) is None, timeout=10_000)
    box = window.findChild(QMessageBox, "secondCopyBox")
    assert box is not None and box.isVisible() and not box.isModal()
    assert "plug in the USB stick" in box.text()
    assert backup.daily_backups(db_path)  # the day's own backup is made all the same

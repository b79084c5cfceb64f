"""The counter locks on Ctrl+L, on "switch clerk" and after the owner's idle minutes; the
next clerk signs in with her PIN, finds what was open as it was left, and works under her
own name with only what a clerk may do."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from shopcrm.shop import shop_settings
from shopcrm.spreadsheets import exporting
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.ui import session
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.staff.sign_in_dialog import SignInDialog
from tests.conftest import OWNER_PASSWORD
from tests.ui.sales.test_sale_dialog import new_sales, open_sale_by_keyboard, press, type_text

CTRL = Qt.KeyboardModifier.ControlModifier


def sign_in_dialog(qtbot, window: MainWindow) -> SignInDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SignInDialog)))
    (dialog,) = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    return dialog


def sign_in(qtbot, window: MainWindow, name: str, secret: str) -> None:
    """Her name from the list and her PIN, then Enter, as at the counter."""
    dialog = sign_in_dialog(qtbot, window)
    dialog.name.setCurrentIndex(dialog.name.findText(name))
    dialog.secret.setFocus()
    qtbot.keyClicks(dialog.secret, secret)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.counter_lock.locked())


def test_ctrl_l_in_the_middle_of_a_sale_hides_it_from_everyone_until_she_is_back(
    qtbot, window, shop, counter_clerk
) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.counter_lock.locked() and session.current() is None
    assert not sale.isVisible()  # the next person at the counter sees nothing of hers
    assert window.who_label.text() == ""
    assert not window.toolbar.isVisible()
    assert not any(a.isEnabled() for a in (window.new_action, window.search_action))
    locked = sign_in_dialog(qtbot, window)
    assert "王店长" in locked.locked.text()
    qtbot.keyClicks(locked.secret, "wrong")
    qtbot.keyClick(locked.secret, Qt.Key.Key_Return)
    assert window.counter_lock.locked() and not sale.isVisible()
    assert locked.message.isVisible()

    sign_in(qtbot, window, "小周", "2468")
    assert session.current().id == counter_clerk.id
    assert window.who_label.text() == "Clerk: 小周"
    assert window.toolbar.isVisible() and window.new_action.isEnabled()
    assert not sale.isVisible()  # the owner's sale is not the clerk's to see or finish

    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_L, CTRL)  # she leaves in turn
    sign_in(qtbot, window, "王店长", OWNER_PASSWORD)
    assert sale.isVisible()  # back as she left it
    sale.activateWindow()
    qtbot.waitUntil(sale.isActiveWindow)
    sale.table.setFocus()
    press(qtbot, Qt.Key.Key_S, CTRL)  # the price typed before the lock is still there
    qtbot.waitUntil(lambda: not sale.isVisible())
    (recorded,) = new_sales()
    assert recorded.subtotal == Decimal("399.00")


def test_a_clerk_who_switches_in_sells_under_her_name_and_finds_exports_greyed(
    qtbot, window, shop, counter_clerk
) -> None:
    assert window.export_action.isEnabled()  # the owner may
    window.switch_action.trigger()
    sign_in(qtbot, window, "小周", "2468")
    assert not window.export_action.isEnabled()
    assert not window.vip_list_action.isEnabled()
    assert "owner" in window.export_action.toolTip()
    exported = window.db_path.parent / "customers.xlsx"
    with pytest.raises(PermissionDenied):  # the domain refuses, not only the menu
        exporting.export_profiles(session.actor(), exported)
    assert not exported.exists()

    sale = open_sale_by_keyboard(qtbot, window)
    assert sale.clerk.currentData() == counter_clerk.id
    type_text(qtbot, "199")
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert recorded.clerk_id == counter_clerk.id


def test_the_counter_locks_itself_after_the_idle_minutes_and_work_puts_it_off(
    qtbot, window, shop, owner, counter_clerk
) -> None:
    shop_settings.save(owner, {"idle_lock_minutes": 3})
    window.counter_lock.set_idle_minutes(3)
    idle = window.counter_lock.idle
    assert idle.isActive() and idle.interval() == 3 * 60_000
    idle.setInterval(400)  # the owner's minutes, shortened so the test does not wait them
    idle.start()
    qtbot.wait(250)
    qtbot.keyClick(window.customers.search_box, "1")  # someone at the counter: counted afresh
    assert idle.remainingTime() > 300
    assert not window.counter_lock.locked()
    qtbot.waitUntil(window.counter_lock.locked, timeout=5000)
    assert session.current() is None and not idle.isActive()
    sign_in(qtbot, window, "小周", "2468")
    assert idle.isActive()  # counting again for the one who signed in


def test_no_idle_minutes_never_locks_by_itself(qtbot, window) -> None:
    window.counter_lock.set_idle_minutes(0)
    assert not window.counter_lock.idle.isActive()
    qtbot.keyClick(window.customers.search_box, "1")
    assert not window.counter_lock.idle.isActive()
    QApplication.processEvents()
    assert not window.counter_lock.locked()


def test_a_new_language_waits_while_someones_work_is_under_the_lock(
    qtbot, window, shop, counter_clerk
) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "250")
    press(qtbot, Qt.Key.Key_L, CTRL)
    sign_in(qtbot, window, "小周", "2468")
    rebuilt: list[bool] = []
    window.settings_changed.connect(lambda: rebuilt.append(True))
    window._look_changed()  # 小周 saved a new font in the settings
    assert rebuilt == [] and "next start" in window.statusBar().currentMessage()
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_L, CTRL)
    sign_in(qtbot, window, "王店长", OWNER_PASSWORD)
    assert sale.isVisible() and sale.items.index(0, 6).data()  # her price is still there
    sale.reject()
    qtbot.waitUntil(lambda: not sale.isVisible())
    window._look_changed()
    assert rebuilt == [True]

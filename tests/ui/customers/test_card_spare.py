"""The card built ahead: it opens as her card, only hers, and only when built for the
same sign-in, shop kind and clerks; none is built for a window that is gone."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from shopcrm.customers import profiles
from shopcrm.staff import roster
from shopcrm.storage.models import Staff
from shopcrm.ui import session
from shopcrm.ui.customers.card_spare import DELAY_MS
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.main_window import SPARE_AFTER_MS, MainWindow


def _cards(window: MainWindow) -> list[CustomerCard]:
    return window.findChildren(CustomerCard)


def _spare_ready(qtbot, window: MainWindow) -> CustomerCard:
    """Wait, as a clerk between two customers does, for the card built ahead."""
    qtbot.waitUntil(lambda: any(c.customer_id == -1 for c in _cards(window)), timeout=5000)
    (spare,) = [card for card in _cards(window) if card.customer_id == -1]
    assert not spare.isVisible()
    return spare


def _shows(card: CustomerCard, name: str, phone: str) -> None:
    assert card.isVisible()
    assert card.header.name.text() == name
    assert card.windowTitle().startswith(name)
    assert card.form.fields["name"].widget.text() == name
    assert card.form.fields["phone"].widget.text() == phone


def test_each_card_opens_as_hers_whether_built_ahead_or_not(qtbot, window, shop) -> None:
    spare = _spare_ready(qtbot, window)
    xiaoli = window.open_customer(shop["xiaoli"])
    assert xiaoli is spare
    _shows(xiaoli, "张小丽", "13812345678")
    xiaoli.reject()
    li = window.open_customer(shop["others"][0])  # at once: nothing was built ahead yet
    assert li is not spare
    _shows(li, "李娜", "13900001111")
    li.reject()
    again = _spare_ready(qtbot, window)
    assert again not in (spare, li)
    shown = window.open_customer(shop["xiaoli"])
    assert shown is again
    _shows(shown, "张小丽", "13812345678")
    shown.open_tab(shown.purchases)
    assert shown.purchases.model.rowCount() == 1  # her history, not another's


def test_a_card_built_for_another_sign_in_or_roster_is_not_used(qtbot, window, shop) -> None:
    spare = _spare_ready(qtbot, window)
    assert spare.delete_button.isEnabled()  # built while the owner is signed in
    session.set_current(Staff.get(Staff.name == "小陈"))
    card = window.open_customer(shop["xiaoli"])
    assert card is not spare and not card.delete_button.isEnabled()
    card.reject()
    spare = _spare_ready(qtbot, window)
    roster.add_staff("小王")
    card = window.open_customer(shop["xiaoli"])
    assert card is not spare
    clerks = card.form.fields["clerk"].widget
    assert "小王" in [clerks.itemText(i) for i in range(clerks.count())]


def test_a_customer_added_after_the_spare_was_built_opens_in_it(qtbot, window, shop) -> None:
    spare = _spare_ready(qtbot, window)
    zhou = profiles.quick_add("周敏", "13512340003")
    card = window.open_customer(zhou.id)
    assert card is spare
    _shows(card, "周敏", "13512340003")


def test_no_card_is_built_for_a_window_closed_before_its_time(qtbot, english, shop, db_path):
    main = MainWindow(db_path)
    main.show()
    qtbot.waitExposed(main)
    main.close()
    main.deleteLater()
    qtbot.wait(SPARE_AFTER_MS + DELAY_MS + 200)
    assert not [w for w in QApplication.allWidgets() if isinstance(w, CustomerCard)]

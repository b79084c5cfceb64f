"""Enter in the search box opens the customer the clerk means, or lets her choose."""

from __future__ import annotations

from PySide6.QtCore import Qt

from shopcrm.customers import profiles
from shopcrm.ui.customers.customer_card import CustomerCard

CHOOSE = "{n} customers match — choose one with ↑↓ and Enter"


def open_cards(window) -> list[CustomerCard]:
    return [card for card in window.findChildren(CustomerCard) if card.isVisible()]


def search_and_enter(qtbot, window, query: str) -> None:
    window.search_action.trigger()
    qtbot.keyClicks(window.customers.search_box, query)
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_Return)


def test_a_phone_ending_opens_her_card_not_the_customer_with_that_number(
    qtbot, window, shop
) -> None:
    # 0003 is also C000003 (陳美玲) without its C and zeros: that is how a sale went astray.
    zhou = profiles.quick_add("周敏", "13512340003")
    search_and_enter(qtbot, window, "0003")
    (card,) = open_cards(window)
    assert card.customer_id == zhou.id
    assert card.header.name.text() == "周敏"


def test_six_digits_that_are_a_number_and_a_phone_ending_wait_for_a_choice(
    qtbot, window, shop
) -> None:
    zhao = profiles.quick_add("赵敏", "13800000002")  # ends in 000002; 李娜 is C000002
    page = window.customers
    search_and_enter(qtbot, window, "000002")
    assert open_cards(window) == []
    qtbot.waitUntil(page.table.hasFocus)
    assert page.result_label.text() == CHOOSE.format(n=2)
    assert page.model.row_at(0).name == "赵敏" and page.model.row_at(1).name == "李娜"
    assert page.current_id() == zhao.id
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (card,) = open_cards(window)
    assert card.customer_id == shop["others"][0]


def test_a_shared_phone_ending_opens_nobody_until_she_chooses(qtbot, window, shop) -> None:
    zhou = profiles.quick_add("周敏", "13500001111")  # 李娜's phone ends in 1111 too
    page = window.customers
    search_and_enter(qtbot, window, "1111")
    assert open_cards(window) == []
    qtbot.waitUntil(page.table.hasFocus)
    assert page.result_label.text() == CHOOSE.format(n=2)
    assert {page.model.customer_id(0), page.model.customer_id(1)} == {zhou.id, shop["others"][0]}
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    (card,) = open_cards(window)
    assert card.customer_id == page.model.customer_id(0)


def test_typing_more_digits_makes_her_the_one_and_enter_opens_her(qtbot, window, shop) -> None:
    zhou = profiles.quick_add("周敏", "13512341111")  # 李娜's phone ends in 1111 too
    search_and_enter(qtbot, window, "41111")
    (card,) = open_cards(window)
    assert card.customer_id == zhou.id
    assert card.header.name.text() == "周敏"


def test_a_scanned_customer_number_opens_her_card_at_once(qtbot, window, shop) -> None:
    # A USB scanner types the whole number and Enter faster than the search delay.
    search_and_enter(qtbot, window, "C000003")
    (card,) = open_cards(window)
    assert card.customer_id == shop["others"][1]
    assert card.header.name.text() == "陳美玲"


def test_a_name_pasted_with_a_zero_width_space_is_found_by_her_initials(
    qtbot, window, shop
) -> None:
    ouyang = profiles.quick_add("欧阳\u200b娜娜", "15900003333")
    search_and_enter(qtbot, window, "oynn")
    (card,) = open_cards(window)
    assert card.customer_id == ouyang.id
    assert card.header.name.text() == "欧阳娜娜"


def test_enter_in_an_empty_search_box_opens_nobody(qtbot, window, shop) -> None:
    search_and_enter(qtbot, window, "")
    assert open_cards(window) == []
    qtbot.waitUntil(window.customers.table.hasFocus)


def test_ctrl_enter_from_an_ambiguous_search_records_no_sale(qtbot, window, shop) -> None:
    """Ctrl+Enter straight from the search box follows the rule of Enter."""
    from shopcrm.ui.sales.sale_dialog import SaleDialog

    profiles.quick_add("周敏", "13500001111")  # 李娜's phone ends in 1111 too
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search_action.trigger()
    qtbot.keyClicks(window.customers.search_box, "1111")
    qtbot.keyClick(
        window.customers.search_box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert not [d for d in window.findChildren(SaleDialog) if d.isVisible()]
    assert window.customers.table.hasFocus()
    assert "choose one" in window.customers.result_label.text()

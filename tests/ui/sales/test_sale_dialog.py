"""The sale dialog saves exactly what is on the screen, driven by the keys a clerk presses."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.loyalty import referrals
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage.models import Customer, PointsEntry, Purchase, PurchaseItem, Tier
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.sales.sale_dialog import SaleDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def keyboard() -> QWidget:
    """Where a key pressed now goes: an open completion list, else the focused widget."""
    target = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    return target


def type_text(qtbot, text: str) -> None:
    for char in text:
        qtbot.keyClick(keyboard(), char)
        QApplication.processEvents()


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """One key, then what the event loop does with it before the next key arrives."""
    qtbot.keyClick(keyboard(), key, modifier)
    QApplication.processEvents()


def sale_dialog(qtbot, window) -> SaleDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SaleDialog)))
    (dialog,) = [d for d in window.findChildren(SaleDialog) if d.isVisible()]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def open_sale_by_keyboard(qtbot, window, phone_end: str = "5678") -> SaleDialog:
    """Search her by the end of her phone, then Ctrl+Enter, as at the counter."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.search_action.trigger()
    type_text(qtbot, phone_end)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 1)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    return sale_dialog(qtbot, window)


def new_sales() -> list[Purchase]:
    """The sales recorded by the test, after the fixture's one sale."""
    return list(Purchase.select().where(Purchase.id > 1).order_by(Purchase.id))


def prices(purchase: Purchase) -> list[Decimal]:
    return [i.unit_price for i in PurchaseItem.select().where(PurchaseItem.purchase == purchase)]


def test_two_items_priced_by_hand_take_the_keys_of_the_counter(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    type_text(qtbot, "199")
    press(qtbot, Qt.Key.Key_Return)
    assert sale.summary["subtotal"].text() == "¥598.00"
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not sale.isVisible()
    (recorded,) = new_sales()
    assert recorded.customer_id == shop["xiaoli"]
    assert prices(recorded) == [Decimal("399.00"), Decimal("199.00")]
    assert recorded.subtotal == Decimal("598.00")


def test_ctrl_s_takes_in_the_price_still_being_typed(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    type_text(qtbot, "199")
    assert sale.delegate.editor is not None  # the second price is still in its editor
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not sale.isVisible()
    (recorded,) = new_sales()
    assert prices(recorded) == [Decimal("399.00"), Decimal("199.00")]


def test_a_single_price_being_typed_is_a_sale_not_an_empty_one(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert not sale.isVisible()
    (recorded,) = new_sales()
    assert prices(recorded) == [Decimal("399.00")]


def test_ctrl_s_takes_in_the_style_number_still_being_typed(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "120")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Home)
    type_text(qtbot, "X9-77")
    assert sale.delegate.editor is not None
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    (item,) = PurchaseItem.select().where(PurchaseItem.purchase == recorded)
    assert (item.style_no, item.unit_price) == ("X9-77", Decimal("120.00"))


def test_a_half_filled_row_is_named_and_nothing_typed_is_lost(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Right)
    type_text(qtbot, "scarf")
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert sale.isVisible()
    assert new_sales() == []
    assert sale.errors.text() == "Item 2: type its price, or remove the row."
    assert (1, "unit_price") in sale.items.bad
    assert sale.items.rows[0]["unit_price"] == "399"
    assert sale.items.rows[1]["description"] == "scarf"
    # Completing the row records both items.
    sale.table.setCurrentIndex(sale.items.index(1, 6))
    type_text(qtbot, "59")
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert prices(recorded) == [Decimal("399.00"), Decimal("59.00")]


def test_style_number_completion_fills_the_row_with_one_enter(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    press(qtbot, Qt.Key.Key_Home)
    type_text(qtbot, "F23")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sale.delegate.editor is None)
    assert sale.items.rows[0]["style_no"] == "F23-1045"
    assert sale.items.rows[0]["description"] == "羊毛大衣"
    assert sale.summary["subtotal"].text() == "¥1,500.00"
    assert sale.table.currentIndex().row() == 0


def test_her_facts_are_in_the_dialog_body(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    member = Customer.get_by_id(shop["xiaoli"]).tier.name
    assert sale.buyer.name.text() == "张小丽"
    assert sale.buyer.facts.text().split("  ·  ")[:3] == [
        "C000001",
        member,
        "1,500 points (worth ¥15.00)",
    ]


def test_points_are_spent_and_the_ledger_and_total_agree(qtbot, window, shop) -> None:
    balance = Customer.get_by_id(shop["xiaoli"]).points
    assert balance == 1500
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Return)
    assert sale.points_help.text() == "1,500 points; 1 point = ¥0.01"
    sale.use_points.setText("1,000")
    assert sale.summary["points"].text() == "-¥10.00 (1,000 points)"
    assert sale.summary["total"].text() == "¥290.00"
    sale.use_points.setText("2000")
    assert sale.use_points.property("invalid") is True
    sale.use_most_points()
    assert sale.use_points.text() == "1500"
    sale.use_points.setText("1000")
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert recorded.total == Decimal("290.00")
    spent = PointsEntry.get(PointsEntry.purchase == recorded, PointsEntry.kind == "redeemed")
    assert spent.points == -1000
    assert Customer.get_by_id(shop["xiaoli"]).points == 1500 - 1000 + 290


def test_the_payment_method_is_stored_and_shown_in_her_history(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "88")
    sale.payment.setCurrentIndex(sale.payment.findData("alipay"))
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert recorded.payment == "alipay"
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    card.open_tab(card.purchases)
    model = card.purchases.model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    assert model.item(0, headers.index("Paid by")).text() == "Alipay"  # newest first
    again = open_sale_by_keyboard(qtbot, window)
    assert again.payment.currentData() == "alipay"  # this PC's last choice


def test_the_referral_discount_has_its_own_line_and_to_pay_adds_up(qtbot, window, shop) -> None:
    friend = profiles.quick_add("周敏", "13311112222")
    referrals.set_referrer(friend.id, shop["xiaoli"])
    sale = open_sale_by_keyboard(qtbot, window, "11112222")
    type_text(qtbot, "1000")  # the total follows the price as it is typed
    sale.extra.setText("20")
    shown = {
        key: label.text() for key, label in sale.summary.items() if sale.price.isRowVisible(label)
    }
    assert set(shown) == {"subtotal", "referral", "extra", "total"}
    assert shown["referral"] == "-¥50.00 (5%)"

    def amount(text: str) -> Decimal:
        return Decimal(text.split(" ")[0].replace("¥", "").replace(",", ""))

    lines = sum(amount(shown[key]) for key in ("referral", "extra"))
    assert amount(shown["subtotal"]) + lines == amount(shown["total"]) == Decimal("930.00")


def test_a_tier_upgrade_is_announced_with_the_benefits(qtbot, window, shop) -> None:
    silver = Tier.get(Tier.rank == 1)
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, str(int(silver.threshold)))
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "tierUpgradeBox") is not None)
    box = window.findChild(QMessageBox, "tierUpgradeBox")
    assert box.isVisible()
    assert box.text() == f"张小丽 is now {silver.name}!"
    assert silver.benefits.strip() and silver.benefits.strip() in box.informativeText()
    assert not sale.isVisible()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("1e18", "Item 1, price: “1e18” is not an amount; type it as e.g. 399 or 1299.50."),
        ("NaN", "Item 1, price: “NaN” is not an amount; type it as e.g. 399 or 1299.50."),
        ("9.999", "Item 1, price: Type the amount to the fen: two decimals at most."),
        ("99999999", "Item 1, price: The amount is too large: at most ¥1,000,000.00."),
    ],
)
def test_absurd_prices_are_refused_and_stay_on_screen(qtbot, window, shop, typed, message) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, typed)
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert sale.isVisible() and new_sales() == []
    assert sale.errors.text() == message
    assert sale.items.rows[0]["unit_price"] == typed


def test_the_sale_date_is_the_day_on_screen(qtbot, window, shop) -> None:
    sale = open_sale_by_keyboard(qtbot, window)
    yesterday = clock.today() - dt.timedelta(days=1)
    sale.date.setDate(yesterday)
    type_text(qtbot, "10")
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert recorded.date == yesterday


def test_a_return_of_what_she_bought_is_recorded(qtbot, window, shop) -> None:
    record_sale(shop["xiaoli"], [SaleLine(Decimal("100"), 2, "S9", "袜子")])
    sale = open_sale_by_keyboard(qtbot, window)
    sale.items.setData(sale.items.index(0, 5), "-1")
    sale.items.setData(sale.items.index(0, 6), "100")
    sale.save()
    assert not sale.isVisible()
    assert new_sales()[-1].total < 0


def test_a_sale_that_meets_a_busy_shop_keeps_its_items_and_saves_when_free(
    qtbot, window, shop, db_path
) -> None:
    import sqlite3

    from shopcrm.storage import busy

    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "399")
    press(qtbot, Qt.Key.Key_Return)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # an import in another window holds the shop
    try:
        with busy.holding("import", "店长"):
            press(qtbot, Qt.Key.Key_S, CTRL)
            assert sale.isVisible() and new_sales() == []
            assert "The shop is busy with an import" in sale.errors.text()
            assert sale.items.rows[0]["unit_price"] == "399"
            assert sale.retry.isActive()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: not sale.isVisible(), timeout=8000)
    (recorded,) = new_sales()
    assert prices(recorded) == [Decimal("399.00")]

"""Her vouchers and balance in the sale dialog, used the way a clerk uses them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt

from shopcrm.customers import profiles
from shopcrm.storage import options
from shopcrm.storage.models import Customer, PointsEntry, Staff, Voucher
from shopcrm.wallet import stored_value, vouchers
from tests.ui.sales.test_sale_dialog import CTRL, new_sales, open_sale_by_keyboard, press, type_text


def test_a_sale_paid_partly_from_her_balance_with_a_voucher_and_points(qtbot, window, shop) -> None:
    options.set_many({"stored_value": "yes"})
    stored_value.top_up(Staff.get_by_id(shop["clerk"]), shop["xiaoli"], Decimal("500"), "cash")
    fifty = vouchers.write(
        shop["xiaoli"], vouchers.Terms(value=Decimal("50"), min_spend=Decimal("200")), "complaint"
    )
    vouchers.write(shop["xiaoli"], vouchers.Terms(percent=Decimal("5")), "owner")
    sale = open_sale_by_keyboard(qtbot, window)
    assert sale.wallet.list.count() == 2
    assert sale.wallet.balance_help.text() == "Balance: ¥500.00"
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Return)
    assert sale.wallet.best.isVisible()
    assert sale.wallet.best.text() == f"Use {fifty.code} (¥50.00 off)"
    sale.wallet.best.click()
    assert sale.summary["voucher"].text() == "-¥50.00"
    assert not sale.wallet.best.isVisible()
    sale.use_points.setText("1000")
    assert sale.summary["total"].text() == "¥240.00"
    assert sale.wallet.all_balance.text() == "Use ¥240.00"
    sale.wallet.all_balance.click()
    assert sale.wallet.rest.text() == "¥0.00"
    sale.wallet.balance.setText("200")
    assert sale.wallet.rest.text() == "¥40.00"
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    assert (recorded.total, recorded.from_balance) == (Decimal("240.00"), Decimal("200.00"))
    assert Voucher.get_by_id(fifty.id).purchase_id == recorded.id
    assert PointsEntry.get(PointsEntry.purchase == recorded, PointsEntry.kind == "redeemed")
    assert Customer.get_by_id(shop["xiaoli"]).balance == Decimal("300.00")


def test_a_scanned_code_ticks_her_voucher_and_another_customers_is_refused(
    qtbot, window, shop
) -> None:
    hers = vouchers.write(shop["xiaoli"], vouchers.Terms(value=Decimal("20")), "owner")
    other = profiles.get_customer(shop["others"][0])
    theirs = vouchers.write(other.id, vouchers.Terms(value=Decimal("20")), "owner")
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Return)
    sale.wallet.code.setFocus()
    type_text(qtbot, theirs.code.lower())
    press(qtbot, Qt.Key.Key_Return)
    assert sale.wallet.code.property("invalid") is True
    assert "another customer's" in sale.errors.text()
    assert sale.wallet.chosen() == []
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert new_sales() == [] and sale.isVisible()
    sale.wallet.code.clear()
    type_text(qtbot, hers.code)
    press(qtbot, Qt.Key.Key_Return)
    assert [v.id for v in sale.wallet.chosen()] == [hers.id]
    assert sale.wallet.code.text() == ""
    assert "another customer's" not in sale.errors.text()
    assert sale.summary["voucher"].text() == "-¥20.00"
    assert sale.isVisible() and new_sales() == []


def test_a_voucher_that_cannot_pay_these_items_says_why_and_blocks_nothing_typed(
    qtbot, window, shop
) -> None:
    vouchers.write(
        shop["xiaoli"], vouchers.Terms(value=Decimal("50"), min_spend=Decimal("1000")), "owner"
    )
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Return)
    assert not sale.wallet.best.isVisible()
    sale.wallet.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert "needs a spend of ¥1,000.00" in sale.errors.text()
    assert sale.summary["total"].text() == "¥300.00"
    press(qtbot, Qt.Key.Key_S, CTRL)
    assert new_sales() == []
    assert sale.isVisible() and sale.items.rows[0]["unit_price"] == "300"


def test_a_receipt_opens_after_the_sale_when_asked_and_from_her_history(
    qtbot, window, shop, tmp_path
) -> None:
    from shopcrm.ui.printing.receipt_page import ReceiptDialog

    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "300")
    press(qtbot, Qt.Key.Key_Return)
    sale.receipt.setChecked(True)
    press(qtbot, Qt.Key.Key_S, CTRL)
    (recorded,) = new_sales()
    shown = sale.receipt_dialog
    assert isinstance(shown, ReceiptDialog) and shown.isVisible()
    assert shown.receipt.total == recorded.total
    assert "¥300.00" in shown.preview.toPlainText()
    shown.close()
    again = open_sale_by_keyboard(qtbot, window)
    assert again.receipt.isChecked()  # the clerk's choice is kept for the next sale
    again.reject()
    card = window.open_customer(shop["xiaoli"])
    card.open_tab(card.purchases)
    tab = card.purchases
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.print_receipt()
    (from_history,) = [d for d in tab.findChildren(ReceiptDialog)]
    assert from_history.receipt.number.endswith(f"{tab.chosen_sale():06d}")


def test_a_complaints_voucher_pays_her_next_sale(qtbot, window, shop, today) -> None:
    from shopcrm.complaints.workflow import save_step
    from tests.wallet.test_issued_by_rules import steps_to_6

    clerk = shop["clerk"]
    complaint = steps_to_6(shop["xiaoli"], clerk, today)
    save_step(
        complaint, 7, {"compensation": "voucher", "compensation_value": "80"}, clerk, done=True
    )
    sale = open_sale_by_keyboard(qtbot, window)
    type_text(qtbot, "500")
    press(qtbot, Qt.Key.Key_Return)
    (voucher,) = vouchers.usable(shop["xiaoli"])
    assert sale.wallet.best.text() == f"Use {voucher.code} (¥80.00 off)"
    sale.wallet.best.click()
    press(qtbot, Qt.Key.Key_S, CTRL)
    recorded = new_sales()[-1]
    assert Voucher.get_by_id(voucher.id).purchase_id == recorded.id
    assert recorded.total == Decimal("420.00")

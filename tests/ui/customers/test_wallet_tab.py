"""Her wallet on the card, worked the way the owner and a clerk work it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Gift, Staff, Voucher
from shopcrm.ui import session
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.customers.wallet_dialogs import WalletDialog
from shopcrm.wallet import stored_value


def open_card(qtbot, customer_id: int) -> CustomerCard:
    card = CustomerCard(customer_id)
    qtbot.addWidget(card)
    card.show()
    card.open_tab(card.wallet)
    return card


def the_dialog(card: CustomerCard, name: str) -> WalletDialog:
    (dialog,) = [d for d in card.findChildren(WalletDialog) if d.objectName() == name]
    return dialog


def type_into(dialog: WalletDialog, field: str, text: str) -> None:
    line = dialog.form.fields[field].widget
    assert isinstance(line, QLineEdit)
    line.setText(text)
    line.textEdited.emit(text)


def test_a_top_up_shows_her_bonus_before_it_is_saved(qtbot, english, shop) -> None:
    options.set_many({"stored_value": "yes", "top_up_bonus": "500:50, 1000:150"})
    card = open_card(qtbot, shop["xiaoli"])
    assert card.wallet.summary.text().startswith("Balance ¥0.00")
    card.wallet.top_up.click()
    dialog = the_dialog(card, "topUpDialog")
    type_into(dialog, "amount", "1000")
    assert dialog.said.text() == "Bonus ¥150.00: the balance becomes ¥1,150.00."
    dialog.save()
    assert Customer.get_by_id(shop["xiaoli"]).balance == Decimal("1150.00")
    assert card.wallet.summary.text().startswith("Balance ¥1,150.00 (of which bonus ¥150.00)")
    assert card.wallet.ledger.model.rowCount() == 1
    assert card.wallet.refund.isEnabled()


def test_a_voucher_typed_wrong_keeps_what_was_typed_and_says_why(qtbot, english, shop) -> None:
    card = open_card(qtbot, shop["xiaoli"])
    card.wallet.give_voucher.click()
    dialog = the_dialog(card, "voucherDialog")
    type_into(dialog, "value", "30")
    type_into(dialog, "percent", "5")
    type_into(dialog, "reason", "老顾客回馈")
    dialog.save()
    assert dialog.isVisible() and Voucher.select().count() == 0
    assert dialog.form.fields["value"].error.text() == (
        "Give the voucher an amount off or a per cent off."
    )
    assert dialog.form.fields["reason"].widget.text() == "老顾客回馈"
    type_into(dialog, "percent", "")
    dialog.save()
    assert not dialog.isVisible()
    (voucher,) = Voucher.select()
    assert card.wallet.vouchers.model.item(0, 0).text() == voucher.code
    assert card.wallet.vouchers.model.item(0, 3).text() == "Valid"
    assert "1 voucher to use" in card.wallet.summary.text()


def test_a_clerk_hands_over_a_gift_but_cannot_refund(qtbot, english, shop) -> None:
    options.set_many({"stored_value": "yes"})
    card = open_card(qtbot, shop["xiaoli"])
    card.wallet.give_gift.click()
    dialog = the_dialog(card, "giftDialog")
    for field, text in (("description", "生日蛋糕"), ("cost", "168"), ("reason", "生日")):
        type_into(dialog, field, text)
    dialog.save()
    assert "1 gift to hand over" in card.wallet.summary.text()
    card.close()
    session.set_current(Staff.get_by_id(shop["clerk"]))
    clerk_card = open_card(qtbot, shop["xiaoli"])
    assert not clerk_card.wallet.refund.isEnabled()
    assert "Only the owner" in clerk_card.wallet.refund.toolTip()
    assert not clerk_card.wallet.give_gift.isEnabled()
    clerk_card.wallet.gifts.view.setCurrentIndex(clerk_card.wallet.gifts.model.index(0, 0))
    clerk_card.wallet.hand_gift.click()
    (gift,) = Gift.select()
    assert (gift.status, gift.handed_by_id) == ("handed", shop["clerk"])
    assert clerk_card.wallet.gifts.model.item(0, 4).text() == "Handed over"
    assert clerk_card.wallet.gifts.model.item(0, 5).text() == "小陈"
    assert (
        clerk_card.wallet.gifts.view.model().data(
            clerk_card.wallet.gifts.model.index(0, 0), Qt.ItemDataRole.UserRole
        )
        == gift.id
    )


def test_a_whole_sale_comes_back_from_her_history(qtbot, english, shop, monkeypatch) -> None:
    options.set_many({"stored_value": "yes"})
    stored_value.top_up(session.current(), shop["xiaoli"], Decimal("500"), "cash")
    sale = record_sale(
        shop["xiaoli"], [SaleLine(Decimal("400"), 1, "F1", "毛衫")], from_balance=Decimal("100")
    ).purchase
    card = open_card(qtbot, shop["xiaoli"])
    card.open_tab(card.purchases)
    tab = card.purchases
    tab.return_chosen()
    assert tab.problem.text() == "Choose the sale that comes back."
    row = next(
        r for r in range(tab.model.rowCount())
        if tab.model.item(r, 0).data(Qt.ItemDataRole.UserRole) == sale.id
    )  # fmt: skip
    tab.view.setCurrentIndex(tab.model.index(0, 1, tab.model.index(row, 0)))  # an item's line
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes,
    )
    tab.return_chosen()
    assert "¥400.00" in asked[0]
    assert tab.problem.text() == ("Give back ¥300.00. ¥100.00 is back on the balance.")
    assert Customer.get_by_id(shop["xiaoli"]).balance == Decimal("500.00")
    card.open_tab(card.wallet)
    assert "Balance ¥500.00" in card.wallet.summary.text()
    summaries = [tab.model.item(r, 1).text() for r in range(tab.model.rowCount())]
    assert "1 pc, returned" in summaries


def test_her_membership_card_prints_from_her_wallet(qtbot, english, shop) -> None:
    from shopcrm.ui.printing.card_page import CardDialog

    card = open_card(qtbot, shop["xiaoli"])
    card.wallet.card.click()
    (dialog,) = card.wallet.findChildren(CardDialog)
    assert dialog.cards[0].number == Customer.get_by_id(shop["xiaoli"]).number
    assert dialog.isVisible() and not dialog.preview.pixmap().isNull()

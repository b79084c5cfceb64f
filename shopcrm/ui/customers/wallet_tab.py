"""Her wallet on her card: her balance and its ledger, her vouchers, her gifts.

A clerk tops up and hands over gifts; the owner refunds or corrects a balance and
gives or cancels vouchers and gifts by hand (the domain refuses anyone else, and the
buttons say so). Her membership card prints from here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.sales.payments import payment_label
from shopcrm.staff import permissions
from shopcrm.storage.models import Gift
from shopcrm.ui import session
from shopcrm.ui.customers import wallet_dialogs
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import call_domain
from shopcrm.wallet import gifts, stored_value, vouchers
from shopcrm.wallet.labels import source_label


def _button(text: str, name: str, action: str | None = None) -> QPushButton:
    """A button, greyed out with the reason when the signed-in person may not."""
    button = QPushButton(text)
    button.setObjectName(name)
    if action is not None and not session.may(action):
        button.setEnabled(False)
        button.setToolTip(permissions.refusal(action))
    return button


def _selected_id(tab: ListTab) -> int | None:
    index = tab.view.currentIndex()
    if not index.isValid():
        return None
    return tab.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)


class WalletTab(QWidget):
    changed = Signal()  # her balance or wallet changed: the card shows her figures again

    def __init__(self) -> None:
        super().__init__()
        self.customer_id = 0
        self.summary = QLabel()
        self.summary.setObjectName("walletSummary")
        self.summary.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.top_up = _button(tr("Top up…"), "topUpButton")
        self.refund = _button(tr("Refund…"), "refundButton", "balance")
        self.correct = _button(tr("Correct…"), "correctButton", "balance")
        self.card = _button(tr("Print membership card…"), "memberCardButton")
        self.vouchers = ListTab(
            [tr("Code"), tr("Worth"), tr("Valid"), tr("Status"), tr("Source"), tr("Used on")],
            "voucherList",
        )
        self.ledger = ListTab(
            [tr("When"), tr("Kind"), tr("Amount"), tr("Balance"), tr("Paid by"), tr("Why")],
            "balanceLedger",
        )
        self.gifts = ListTab(
            [tr("Given"), tr("Gift"), tr("Cost"), tr("Source"), tr("Status"), tr("Handed by")],
            "giftList",
        )
        self.give_voucher = _button(tr("Give a voucher…"), "giveVoucherButton", "vouchers")
        self.cancel_voucher = _button(tr("Cancel voucher…"), "cancelVoucherButton", "vouchers")
        self.hand_gift = _button(tr("Handed over"), "handGiftButton")
        self.give_gift = _button(tr("Give a gift…"), "giveGiftButton", "gifts")
        self.cancel_gift = _button(tr("Cancel gift…"), "cancelGiftButton", "gifts")
        for tab, buttons in (
            (self.vouchers, (self.give_voucher, self.cancel_voucher)),
            (self.gifts, (self.hand_gift, self.give_gift, self.cancel_gift)),
            (self.ledger, (self.top_up, self.refund, self.correct)),
        ):
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            tab.layout().addLayout(row)
        self.parts = QTabWidget()
        self.parts.setObjectName("walletParts")
        self.parts.addTab(self.vouchers, tr("Vouchers"))
        self.parts.addTab(self.ledger, tr("Stored value"))
        self.parts.addTab(self.gifts, tr("Gifts"))
        head = QHBoxLayout()
        head.addWidget(self.summary, 1)
        head.addWidget(self.card)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.problem)

        self.top_up.clicked.connect(lambda: self._open(wallet_dialogs.top_up_dialog))
        self.refund.clicked.connect(lambda: self._open(wallet_dialogs.refund_dialog))
        self.correct.clicked.connect(lambda: self._open(wallet_dialogs.correct_dialog))
        self.give_voucher.clicked.connect(lambda: self._open(wallet_dialogs.voucher_dialog))
        self.give_gift.clicked.connect(lambda: self._open(wallet_dialogs.gift_dialog))
        self.cancel_voucher.clicked.connect(self._cancel_voucher)
        self.cancel_gift.clicked.connect(self._cancel_gift)
        self.hand_gift.clicked.connect(self._hand_gift)
        self.card.clicked.connect(self.print_card)

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        held = stored_value.holding(customer_id)
        usable = vouchers.usable(customer_id)
        parts = [
            tr("Balance {balance}").format(balance=money(held.balance))
            + (
                " " + tr("(of which bonus {bonus})").format(bonus=money(held.bonus))
                if held.bonus
                else ""
            ),
            trn("{n} voucher to use", "{n} vouchers to use", len(usable)).format(n=len(usable)),
        ]
        given = gifts.of_customer(customer_id)
        waiting = [g for g in given if g.status == "issued"]
        if waiting:
            parts.append(
                trn("{n} gift to hand over", "{n} gifts to hand over", len(waiting)).format(
                    n=len(waiting)
                )
            )
        self.summary.setText("  ·  ".join(parts))
        taking = stored_value.enabled()
        self.top_up.setEnabled(taking)
        self.top_up.setToolTip("" if taking else tr("The shop takes no top-ups: see Settings."))
        self.refund.setEnabled(session.may("balance") and held.balance > 0)
        self._show_vouchers()
        self._show_ledger()
        self._show_gifts(given)

    def _show_vouchers(self) -> None:
        self.vouchers.clear()
        for voucher in vouchers.of_customer(self.customer_id):
            row = item_row(
                (
                    voucher.code,
                    vouchers.worth(voucher),
                    f"{date_text(voucher.valid_from)} – {date_text(voucher.valid_to)}",
                    vouchers.status_label(vouchers.status(voucher)),
                    source_label(voucher.source),
                    date_text(voucher.purchase.date) if voucher.purchase_id else "",
                )
            )
            row[0].setData(voucher.id, Qt.ItemDataRole.UserRole)
            self.vouchers.model.appendRow(row)
        self.vouchers.fit_columns()

    def _show_ledger(self) -> None:
        self.ledger.clear()
        lines = stored_value.ledger(self.customer_id)
        for line in reversed(lines):
            self.ledger.model.appendRow(
                item_row(
                    (
                        date_text(line.at.date()),
                        line.label,
                        money(line.amount),
                        money(line.balance),
                        payment_label(line.payment),
                        line.reason,
                    ),
                    right=(2, 3),
                )
            )
        self.ledger.fit_columns()

    def _show_gifts(self, given: list[Gift]) -> None:
        self.gifts.clear()
        month = gifts.month_spending()
        for gift in given:
            row = item_row(
                (
                    date_text(gift.issued_at.date()),
                    gift.description,
                    money(gift.cost),
                    source_label(gift.source),
                    gifts.status_label(gift.status),
                    gift.handed_by.name if gift.handed_by_id else "",
                ),
                right=(2,),
            )
            row[0].setData(gift.id, Qt.ItemDataRole.UserRole)
            self.gifts.model.appendRow(row)
        budget = (
            tr("This month's gifts: {spent} of {budget}").format(
                spent=money(month.spent), budget=money(month.budget)
            )
            if month.budget
            else tr("This month's gifts: {spent}").format(spent=money(month.spent))
        )
        self.gifts.footer.setText(budget)
        self.gifts.fit_columns()

    def _open(self, make: object) -> wallet_dialogs.WalletDialog:
        dialog = make(self.customer_id, self)
        dialog.accepted.connect(self._done)
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.show_for(self.customer_id)
        self.changed.emit()

    def _act(self, call: object) -> None:
        result = call_domain(call, self._show_problem)
        if result is not None:
            self._done()

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, tr("Why?"))
        return text if ok else None

    def _cancel_voucher(self) -> None:
        chosen = _selected_id(self.vouchers)
        reason = self._reason(tr("Cancel voucher")) if chosen else None
        if chosen and reason is not None:
            self._act(lambda: vouchers.cancel(session.actor(), chosen, reason))

    def _cancel_gift(self) -> None:
        chosen = _selected_id(self.gifts)
        reason = self._reason(tr("Cancel gift")) if chosen else None
        if chosen and reason is not None:
            self._act(lambda: gifts.cancel(session.actor(), chosen, reason))

    def _hand_gift(self) -> None:
        chosen = _selected_id(self.gifts)
        if chosen:
            self._act(lambda: gifts.hand_over(session.actor(), chosen))

    def print_card(self) -> None:
        from shopcrm.ui.printing import card_page

        call_domain(lambda: card_page.print_cards(self, [self.customer_id]), self._show_problem)

    def _show_problem(self, errors: dict[str, str]) -> None:
        self.problem.setText(" ".join(errors.values()))

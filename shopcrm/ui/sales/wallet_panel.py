"""What she can spend besides money, in the sale dialog: her vouchers and her balance.

Her usable vouchers are listed to tick (or a code typed or scanned ticks one); the
one worth most on the items so far is offered with one click, as the points are,
never applied behind the clerk's back. The part paid from her balance is typed, or
all of what she holds up to the price.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
)

from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import AmountError, money, parse_yuan
from shopcrm.sales.pricing import SaleLine
from shopcrm.storage.models import Customer, Voucher
from shopcrm.ui.widgets import set_invalid
from shopcrm.wallet import stored_value, vouchers


def voucher_text(voucher: Voucher) -> str:
    return tr("{code} · {worth} · until {day}").format(
        code=voucher.code, worth=vouchers.worth(voucher), day=voucher.valid_to.strftime("%m-%d")
    )


class ScanField(QLineEdit):
    """A box a barcode scanner types into: its Enter ends the code, never records the sale."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class WalletPanel(QObject):
    """Rows for the sale dialog's form: her vouchers and a code before the price, her
    balance after it; rows she has nothing for are not shown."""

    changed = Signal()

    def __init__(self, customer: Customer, on: dt.date) -> None:
        super().__init__()
        self.customer = customer
        self.held = stored_value.holding(customer.id).balance
        self.list = QListWidget()
        self.list.setObjectName("saleVouchers")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 5)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.code = ScanField()
        self.code.setObjectName("voucherCode")
        self.code.setPlaceholderText(tr("Type or scan a code"))
        self.code.returnPressed.connect(self.tick_typed)
        self.code.textChanged.connect(self._code_changed)
        self.best = QPushButton()
        self.best.setObjectName("bestVoucher")
        self.best.clicked.connect(self.tick_best)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code, 1)
        code_row.addWidget(self.best)
        self.balance = QLineEdit()
        self.balance.setObjectName("fromBalance")
        self.balance.setPlaceholderText("0.00")
        self.balance.textChanged.connect(lambda _text: self.changed.emit())
        self.all_balance = QPushButton()
        self.all_balance.setObjectName("allBalance")
        self.all_balance.clicked.connect(self.use_all_balance)
        balance_row = QHBoxLayout()
        balance_row.addWidget(self.balance, 1)
        balance_row.addWidget(self.all_balance)
        self.balance_help = QLabel(tr("Balance: {held}").format(held=money(self.held)))
        self.balance_help.setObjectName("balanceHelp")
        self.rest = QLabel()
        self.rest.setObjectName("restToPay")
        self.problem = ""
        self.fill(on)

        self.code_row = code_row
        self.balance_row = balance_row

    def add_voucher_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("Vouchers"), self.list)
        form.addRow("", self.code_row)
        form.setRowVisible(self.list, self.list.count() > 0)

    def add_balance_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("From the balance (¥)"), self.balance_row)
        form.addRow("", self.balance_help)
        form.addRow(tr("Rest to pay"), self.rest)
        for row in (self.balance_row, self.balance_help, self.rest):
            form.setRowVisible(row, self.held > 0)

    def fill(self, on: dt.date) -> None:
        """Her vouchers usable on `on`, the soonest to run out first; ticks are kept."""
        self.on = on
        ticked = {v.id for v in self.chosen()}
        self.list.blockSignals(True)
        self.list.clear()
        for voucher in vouchers.usable(self.customer.id, on):
            item = QListWidgetItem(voucher_text(voucher))
            item.setData(Qt.ItemDataRole.UserRole, voucher)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if voucher.id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(row) for row in range(self.list.count())]

    def chosen(self) -> list[Voucher]:
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def _tick(self, voucher_id: int) -> bool:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole).id == voucher_id:
                item.setCheckState(Qt.CheckState.Checked)
                return True
        return False

    def _code_changed(self, text: str) -> None:
        if not text.strip() and self.problem:
            self.problem = ""
            set_invalid(self.code, None)
            self.changed.emit()

    def tick_typed(self) -> None:
        """A typed or scanned code ticks her voucher, or says why it cannot."""
        typed = self.code.text().strip()
        if not typed:
            return
        try:
            voucher = vouchers.find(typed)
        except NotFound as exc:
            self.problem = str(exc)
        else:
            self.problem = vouchers.refusal(voucher, self.customer.id, self.on, Decimal(1)) or ""
            if not self.problem and self._tick(voucher.id):
                self.code.clear()
        set_invalid(self.code, self.problem or None)
        self.changed.emit()

    def offer_best(
        self, lines: list[SaleLine], left: Decimal, subtotal: Decimal, on: dt.date
    ) -> None:
        """Offer the voucher worth most on these items, before any is ticked."""
        parts = [(line.amount, line.category) for line in lines]
        found = (
            None if self.chosen() else vouchers.best(self.customer.id, parts, left, subtotal, on)
        )
        self.best.setVisible(found is not None)
        if found is not None:
            off = vouchers.take(found, self.customer.id, parts, left, subtotal, on)
            self.best.setText(tr("Use {code} ({off} off)").format(code=found.code, off=money(off)))
            self.best.setProperty("voucher", found.id)

    def tick_best(self) -> None:
        self._tick(int(self.best.property("voucher")))

    def from_balance(self) -> Decimal:
        if not self.balance.text().strip():
            return Decimal(0)
        try:
            return parse_yuan(self.balance.text())
        except AmountError as exc:
            raise ValidationError(
                {"from_balance": tr("Balance: {problem}").format(problem=exc)}
            ) from None

    def show_due(self, due: Decimal) -> None:
        """The button for all she can pay from her balance, and what is left to pay."""
        most = max(min(self.held, due), Decimal(0))
        self.all_balance.setText(tr("Use {amount}").format(amount=money(most)))
        self.all_balance.setEnabled(most > 0)
        self.all_balance.setProperty("amount", str(most))
        try:
            paid = self.from_balance()
        except ValidationError:
            paid = Decimal(0)
        self.rest.setText(money(due - paid))

    def use_all_balance(self) -> None:
        self.balance.setText(str(self.all_balance.property("amount") or ""))

    def mark(self, errors: dict[str, str]) -> None:
        set_invalid(self.list, errors.get("vouchers"))
        set_invalid(self.balance, errors.get("from_balance"))

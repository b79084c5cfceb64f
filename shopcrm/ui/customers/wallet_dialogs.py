"""The small forms of her wallet: a top-up, a refund, a correction, a voucher, a gift.

Each is the same dialog with its own fields: Save hands what is typed to the domain,
and a refusal marks its field and keeps everything typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import AmountError, money, parse_decimal, parse_yuan
from shopcrm.sales import payments
from shopcrm.storage import options
from shopcrm.ui import session
from shopcrm.ui.dates import day_edit
from shopcrm.ui.widgets import FieldForm, FormDialog, call_domain, combo
from shopcrm.wallet import gifts, stored_value, vouchers

Fields = list[tuple[str, str, QWidget]]
Act = Callable[[dict[str, Any]], object]


def yuan(values: dict[str, Any], name: str, *, negative: bool = False) -> Decimal:
    """An amount typed in field `name`; empty is nothing."""
    text = str(values.get(name) or "").strip()
    if not text:
        return Decimal(0)
    try:
        return parse_yuan(text, allow_negative=negative)
    except AmountError as exc:
        raise ValidationError({name: str(exc)}) from None


class WalletDialog(FormDialog):
    def __init__(
        self,
        name: str,
        title: str,
        fields: Fields,
        act: Act,
        parent: QWidget | None = None,
        explain: Callable[[dict[str, Any]], str] | None = None,
    ) -> None:
        super().__init__(name, title, parent)
        self.act = act
        self.explain = explain
        self.form = FieldForm(on_edit=self._follow)
        rows = QFormLayout()
        for key, label, widget in fields:
            self.form.add(rows, key, widget, label)
        self.said = QLabel()
        self.said.setObjectName("hint")
        self.said.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.result_: object = None
        self.lay_out([rows, self.said, self.problem], self.save)
        self._follow()

    def _follow(self) -> None:
        if self.explain is not None:
            try:
                self.said.setText(self.explain(self.form.values()))
            except ValidationError:
                self.said.setText("")

    def _show(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.problem.setText(errors.get("", ""))

    def save(self) -> None:
        self.result_ = call_domain(lambda: self.act(self.form.values()), self._show)
        if self.result_ is not None:
            self.accept()


def _payment_box() -> QWidget:
    return combo(payments.payment_choices(), blank=None)


def top_up_dialog(customer_id: int, parent: QWidget) -> WalletDialog:
    def explain(values: dict[str, Any]) -> str:
        paid = yuan(values, "amount")
        bonus = stored_value.bonus_for(paid)
        held = stored_value.holding(customer_id).balance
        return tr("Bonus {bonus}: the balance becomes {after}.").format(
            bonus=money(bonus), after=money(held + paid + bonus)
        )

    return WalletDialog(
        "topUpDialog",
        tr("Top up the balance"),
        [("amount", tr("Paid in (¥)"), QLineEdit()), ("payment", tr("Paid by"), _payment_box())],
        lambda v: stored_value.top_up(
            session.actor(), customer_id, yuan(v, "amount"), v["payment"]
        ),
        parent,
        explain,
    )


def refund_dialog(customer_id: int, parent: QWidget) -> WalletDialog:
    given = stored_value.refund_of(customer_id)
    said = tr("Paid back to the customer: {paid}.").format(paid=money(given.paid_out))
    if given.kept:
        said += " " + tr("The shop keeps the bonus not yet spent, {kept}.").format(
            kept=money(given.kept)
        )
    return WalletDialog(
        "refundDialog",
        tr("Refund the balance"),
        [("payment", tr("Paid back by"), _payment_box()), ("reason", tr("Why"), QLineEdit())],
        lambda v: stored_value.refund(session.actor(), customer_id, v["payment"], v["reason"]),
        parent,
        lambda _values: said,
    )


def correct_dialog(customer_id: int, parent: QWidget) -> WalletDialog:
    return WalletDialog(
        "correctBalanceDialog",
        tr("Correct the balance"),
        [
            ("amount", tr("Add (¥, minus to take off)"), QLineEdit()),
            ("reason", tr("Why"), QLineEdit()),
        ],
        lambda v: stored_value.correct(
            session.actor(), customer_id, yuan(v, "amount", negative=True), v["reason"]
        ),
        parent,
    )


def _terms(values: dict[str, Any]) -> vouchers.Terms:
    percent = str(values.get("percent") or "").strip()
    try:
        pct = (
            parse_decimal(percent, places=2, minimum=Decimal("0.01"), maximum=Decimal("99.99"))
            if percent
            else None
        )
    except AmountError as exc:
        raise ValidationError({"percent": str(exc)}) from None
    value = yuan(values, "value")
    return vouchers.Terms(
        value=value or None,
        percent=pct,
        min_spend=yuan(values, "min_spend"),
        valid_from=values["valid_from"],
        valid_to=values["valid_to"],
        categories=tuple(
            part.strip()
            for part in str(values.get("categories") or "").replace("，", ",").split(",")
            if part.strip()
        ),
    )


def voucher_dialog(customer_id: int, parent: QWidget) -> WalletDialog:
    today = clock.today()
    categories = QLineEdit()
    categories.setPlaceholderText(tr("All; or some, with commas"))
    return WalletDialog(
        "voucherDialog",
        tr("Give a voucher"),
        [
            ("value", tr("Amount off (¥)"), QLineEdit()),
            ("percent", tr("or per cent off"), QLineEdit()),
            ("min_spend", tr("Minimum spend (¥)"), QLineEdit()),
            ("valid_from", tr("Valid from"), day_edit(today)),
            (
                "valid_to",
                tr("Valid until"),
                day_edit(today + dt.timedelta(days=options.get("voucher_days") - 1)),
            ),
            ("categories", tr("Categories"), categories),
            ("reason", tr("Why"), QLineEdit()),
        ],
        lambda v: vouchers.issue(session.actor(), customer_id, _terms(v), v["reason"]),
        parent,
    )


def gift_dialog(customer_id: int, parent: QWidget) -> WalletDialog:
    return WalletDialog(
        "giftDialog",
        tr("Give a gift"),
        [
            ("description", tr("Gift"), QLineEdit()),
            ("cost", tr("Cost (¥)"), QLineEdit()),
            ("reason", tr("Why"), QLineEdit()),
        ],
        lambda v: gifts.issue(
            session.actor(), customer_id, v["description"], yuan(v, "cost"), v["reason"]
        ),
        parent,
    )

"""Stored value (储值): she tops up, with the shop's bonus, and pays from her balance.

The balance is the sum of her ledger (derived.refresh copies it onto the customer,
and `check` compares) and never goes below zero. Each entry also says how much of
its change was the shop's bonus, so the unspent bonus is known: a sale paid from
the balance spends paid-in money and bonus in the proportion she holds them, and a
refund pays out what she paid in (and the bonus too, if the shop says so).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import MAX_SALE, check_amount, from_fen, money, to_money
from shopcrm.core.text import too_long
from shopcrm.customers.profiles import get_customer
from shopcrm.staff import audit, permissions
from shopcrm.storage import derived, options
from shopcrm.storage.models import (
    PAYMENT_METHODS,
    BalanceEntry,
    Customer,
    Purchase,
    Staff,
    database,
)

REASON_LIMIT = 200


def kind_label(code: str) -> str:
    return {
        "top_up": tr("Top-up"),
        "spent": tr("Paid a sale"),
        "returned": tr("Back from a return"),
        "refund": tr("Refunded"),
        "forfeited": tr("Bonus kept on a refund"),
        "correction": tr("Corrected"),
    }[code]


def enabled() -> bool:
    """Whether the shop takes top-ups; a balance held is spent whatever this says."""
    return options.get("stored_value") == "yes"


def bonus_for(amount: Decimal) -> Decimal:
    """The bonus a top-up of `amount` earns: the highest step it reaches."""
    earned = Decimal(0)
    for least, bonus in options.get("top_up_bonus"):
        if amount >= least:
            earned = bonus
    return earned


@dataclass(frozen=True)
class Holding:
    """Her balance, and the part of it that is the shop's bonus not yet spent."""

    balance: Decimal
    bonus: Decimal

    @property
    def paid_in(self) -> Decimal:
        return self.balance - self.bonus


def holding(customer_id: int) -> Holding:
    balance, bonus = database.execute_sql(
        "SELECT coalesce(sum(amount), 0), coalesce(sum(bonus), 0) FROM balance_entry"
        " WHERE customer_id = ?",
        (customer_id,),
    ).fetchone()
    return Holding(from_fen(balance), from_fen(bonus))


def bonus_share(held: Holding, amount: Decimal) -> Decimal:
    """The bonus part of `amount` spent from `held`: in proportion, to the fen."""
    if held.balance <= 0:
        return Decimal(0)
    share = to_money(amount * held.bonus / held.balance)
    return max(amount - held.paid_in, min(share, held.bonus))


def _amount(amount: Decimal, field: str = "amount") -> Decimal:
    problem = check_amount(Decimal(amount), maximum=MAX_SALE)
    if problem is None and Decimal(amount) <= 0:
        problem = tr("Type an amount of more than ¥0.")
    if problem:
        raise ValidationError({field: problem})
    return to_money(amount)


def top_up(actor: Staff, customer_id: int, amount: Decimal, payment: str) -> BalanceEntry:
    """She pays `amount` in (by `payment`); the shop's bonus for it is added."""
    permissions.require(actor, "serve")
    if not enabled():
        raise ValidationError(
            {"amount": tr("The shop takes no top-ups: the owner can turn them on in Settings.")}
        )
    amount = _amount(amount)
    if payment not in PAYMENT_METHODS:
        raise ValidationError({"payment": tr("Choose how the customer paid.")})
    bonus = bonus_for(amount)
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        entry = BalanceEntry.create(
            customer=customer.id,
            kind="top_up",
            amount=amount + bonus,
            bonus=bonus,
            payment=payment,
            staff=actor,
        )
        derived.refresh([customer.id])
    return entry


def check_payment(customer: Customer, amount: Decimal, due: Decimal) -> None:
    """Refuse paying `amount` of a sale of `due` from her balance when she cannot."""
    if amount == 0:
        return
    if amount < 0:
        raise ValidationError(
            {"from_balance": tr("Type the amount from the balance as 0 or more.")}
        )
    if due <= 0:
        raise ValidationError(
            {
                "from_balance": tr(
                    "A return goes back to the balance with “Return this sale” in the purchases."
                )
            }
        )
    held = holding(customer.id).balance
    if amount > held:
        raise ValidationError(
            {
                "from_balance": tr("The balance is {held}; pay at most that from it.").format(
                    held=money(held)
                )
            }
        )
    if amount > due:
        raise ValidationError(
            {
                "from_balance": tr("The sale is {due}; pay at most that from the balance.").format(
                    due=money(due)
                )
            }
        )


def write_spent(purchase: Purchase, amount: Decimal, clerk: Staff | None) -> None:
    """The entry of a sale paid partly or wholly from her balance, in its transaction."""
    if amount:
        held = holding(purchase.customer_id)
        BalanceEntry.create(
            customer=purchase.customer_id,
            kind="spent",
            amount=-amount,
            bonus=-bonus_share(held, amount),
            purchase=purchase,
            staff=clerk,
        )


def give_back(sale: Purchase, returned: Purchase, clerk: Staff | None) -> None:
    """A whole return puts back on her balance exactly what the sale took from it."""
    taken = list(BalanceEntry.select().where(BalanceEntry.purchase == sale.id))
    amount = -sum((entry.amount for entry in taken), Decimal(0))
    bonus = -sum((entry.bonus for entry in taken), Decimal(0))
    if amount:
        BalanceEntry.create(
            customer=sale.customer_id,
            kind="returned",
            amount=amount,
            bonus=bonus,
            purchase=returned,
            staff=clerk,
        )


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": tr("Say why: the customer may ask.")})
    if len(reason) > REASON_LIMIT:
        raise ValidationError({"reason": too_long(REASON_LIMIT)})
    return reason


@dataclass(frozen=True)
class Refund:
    paid_out: Decimal  # what the shop hands back
    kept: Decimal  # bonus the shop keeps by its rule


def refund_of(customer_id: int) -> Refund:
    """What a refund of her balance would pay out today, by the shop's rule."""
    held = holding(customer_id)
    if options.get("refund_bonus") == "pay":
        return Refund(held.balance, Decimal(0))
    return Refund(held.paid_in, held.bonus)


def refund(actor: Staff, customer_id: int, payment: str, reason: str) -> Refund:
    """The owner pays her balance back at her request; it is then empty."""
    permissions.require(actor, "balance")
    reason = _reason(reason)
    if payment not in PAYMENT_METHODS:
        raise ValidationError({"payment": tr("Choose how the money goes back to the customer.")})
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        held = holding(customer.id)
        if held.balance <= 0:
            raise ValidationError({"amount": tr("The balance is empty: nothing to refund.")})
        given = refund_of(customer.id)
        if given.paid_out:
            BalanceEntry.create(
                customer=customer.id,
                kind="refund",
                amount=-given.paid_out,
                bonus=-(held.bonus - given.kept),
                payment=payment,
                reason=reason,
                staff=actor,
            )
        if given.kept:
            BalanceEntry.create(
                customer=customer.id,
                kind="forfeited",
                amount=-given.kept,
                bonus=-given.kept,
                reason=reason,
                staff=actor,
            )
        derived.refresh([customer.id])
        audit.record("balance_refund", actor, customer, amount=money(given.paid_out))
    return given


def correct(actor: Staff, customer_id: int, amount: Decimal, reason: str) -> BalanceEntry:
    """The owner puts right a balance (a top-up typed wrong), with a minus sign to take off."""
    permissions.require(actor, "balance")
    reason = _reason(reason)
    amount = Decimal(amount)
    if amount == 0 or check_amount(abs(amount), maximum=MAX_SALE):
        raise ValidationError(
            {"amount": tr("Type how much to add, or take off with a minus sign.")}
        )
    amount = to_money(amount)
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        held = holding(customer.id)
        if held.balance + amount < 0:
            raise ValidationError(
                {
                    "amount": tr("The balance is {held}; take off at most that.").format(
                        held=money(held.balance)
                    )
                }
            )
        bonus = -bonus_share(held, -amount) if amount < 0 else Decimal(0)
        entry = BalanceEntry.create(
            customer=customer.id,
            kind="correction",
            amount=amount,
            bonus=bonus,
            reason=reason,
            staff=actor,
        )
        derived.refresh([customer.id])
        audit.record("balance_correction", actor, customer, amount=money(amount))
    return entry


@dataclass(frozen=True)
class LedgerLine:
    at: dt.datetime
    kind: str
    label: str
    amount: Decimal
    balance: Decimal
    payment: str | None
    purchase_id: int | None
    reason: str
    staff: str


def ledger(customer_id: int) -> list[LedgerLine]:
    """Every entry, oldest first, with the running balance that explains the total."""
    running = Decimal(0)
    lines = []
    for entry in (
        BalanceEntry.select(BalanceEntry, Staff)
        .join(Staff, JOIN.LEFT_OUTER)
        .where(BalanceEntry.customer == customer_id)
        .order_by(BalanceEntry.created_at, BalanceEntry.id)
    ):
        running += entry.amount
        lines.append(
            LedgerLine(
                entry.created_at,
                entry.kind,
                kind_label(entry.kind),
                entry.amount,
                running,
                entry.payment,
                entry.purchase_id,
                entry.reason,
                entry.staff.name if entry.staff_id else "",
            )
        )
    return lines


@dataclass(frozen=True)
class Month:
    month: str  # YYYY-MM
    paid_in: Decimal
    bonus: Decimal
    spent: Decimal  # net of returns
    refunded: Decimal


@dataclass(frozen=True)
class Liability:
    """What the shop owes its customers in stored value, and how it moved."""

    held: Decimal
    bonus_held: Decimal
    customers: int
    months: list[Month]

    def words(self) -> str:
        return trn(
            "The shop holds {held} for {n} customer: {paid} paid in and {bonus} of bonus.",
            "The shop holds {held} for {n} customers: {paid} paid in and {bonus} of bonus.",
            self.customers,
        ).format(
            held=money(self.held),
            n=self.customers,
            paid=money(self.held - self.bonus_held),
            bonus=money(self.bonus_held),
        )


def liability(actor: Staff, first: dt.date, last: dt.date) -> Liability:
    """Balances held now, and each month's movements from `first` to `last` (inclusive)."""
    permissions.require(actor, "wallet_report")
    held, bonus, customers = database.execute_sql(
        "SELECT coalesce(sum(amount), 0), coalesce(sum(bonus), 0),"
        " (SELECT count(*) FROM customer WHERE balance > 0) FROM balance_entry"
    ).fetchone()
    rows = database.execute_sql(
        """SELECT substr(created_at, 1, 7) AS month,
                  sum(CASE WHEN kind = 'top_up' THEN amount - bonus ELSE 0 END),
                  sum(CASE WHEN kind = 'top_up' THEN bonus ELSE 0 END),
                  -sum(CASE WHEN kind IN ('spent', 'returned') THEN amount ELSE 0 END),
                  -sum(CASE WHEN kind = 'refund' THEN amount ELSE 0 END)
             FROM balance_entry WHERE created_at >= ? AND created_at < ?
            GROUP BY month ORDER BY month""",
        (first.isoformat(), (last + dt.timedelta(days=1)).isoformat()),
    ).fetchall()
    return Liability(
        from_fen(held),
        from_fen(bonus),
        customers,
        [Month(row[0], *map(from_fen, row[1:])) for row in rows],
    )

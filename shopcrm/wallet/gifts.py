"""Gifts for her: issued by a rule or by the owner, handed over by a clerk, or cancelled.

A birthday cake, a festival gift, an event's gift, a referral's thanks, a complaint's
compensation: each is a row with what it cost, so the owner sees the month's gift
spending against the budget she set.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_PRICE, check_amount, from_fen, money, to_money
from shopcrm.core.text import too_long
from shopcrm.customers.profiles import get_customer
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Gift, Staff, database

DESCRIPTION_LIMIT = 100


def status_label(code: str) -> str:
    return {
        "issued": tr("To hand over"),
        "handed": tr("Handed over"),
        "cancelled": tr("Cancelled"),
    }[code]


def _checked(description: str, cost: Decimal) -> tuple[str, Decimal]:
    errors: dict[str, str] = {}
    description = (description or "").strip()
    if not description:
        errors["description"] = tr("Say what the gift is.")
    elif len(description) > DESCRIPTION_LIMIT:
        errors["description"] = too_long(DESCRIPTION_LIMIT)
    problem = check_amount(Decimal(cost), maximum=MAX_PRICE)
    if problem is None and Decimal(cost) < 0:
        problem = tr("The cost cannot be negative.")
    if problem:
        errors["cost"] = problem
    if errors:
        raise ValidationError(errors)
    return description, to_money(cost)


def write(
    customer_id: int,
    description: str,
    cost: Decimal,
    source: str,
    *,
    key: str | None = None,
    reason: str = "",
    by: Staff | None = None,
    handed: bool = False,
) -> Gift:
    """Issue a gift inside the caller's transaction; a rule's `key` issues it once."""
    description, cost = _checked(description, cost)
    if key is not None:
        issued = Gift.get_or_none(Gift.source_key == key)
        if issued is not None:
            return issued
    at = clock.now()
    return Gift.create(
        customer=customer_id,
        description=description,
        cost=cost,
        source=source,
        source_key=key,
        reason=reason,
        issued_by=by,
        issued_at=at,
        status="handed" if handed else "issued",
        handed_by=by if handed else None,
        handed_at=at if handed else None,
    )


def issue(actor: Staff, customer_id: int, description: str, cost: Decimal, reason: str) -> Gift:
    """The owner gives her a gift by hand, saying why."""
    permissions.require(actor, "gifts")
    if not (reason or "").strip():
        raise ValidationError({"reason": tr("Say why the customer gets the gift.")})
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        gift = write(customer.id, description, cost, "owner", reason=reason.strip(), by=actor)
        audit.record("gift_issued", actor, customer, what=gift.description)
    return gift


def _gift(gift_id: int) -> Gift:
    gift = Gift.get_or_none(Gift.id == gift_id)
    if gift is None:
        raise NotFound(tr("That gift no longer exists."))
    return gift


def hand_over(actor: Staff, gift_id: int) -> Gift:
    """A clerk hands the gift to her."""
    permissions.require(actor, "serve")
    with database.atomic("IMMEDIATE"):
        gift = _gift(gift_id)
        if gift.status != "issued":
            raise ValidationError(
                {
                    "gift": tr("This gift was handed over already.")
                    if gift.status == "handed"
                    else tr("This gift was cancelled.")
                }
            )
        Gift.update(status="handed", handed_by=actor.id, handed_at=clock.now()).where(
            Gift.id == gift_id
        ).execute()
    return _gift(gift_id)


def cancel(actor: Staff, gift_id: int, reason: str) -> Gift:
    """The owner cancels a gift not yet handed over."""
    permissions.require(actor, "gifts")
    if not (reason or "").strip():
        raise ValidationError({"reason": tr("Say why the gift is cancelled.")})
    with database.atomic("IMMEDIATE"):
        gift = _gift(gift_id)
        if gift.status != "issued":
            raise ValidationError({"gift": tr("Only a gift not yet handed over can be cancelled.")})
        Gift.update(
            status="cancelled", cancelled_at=clock.now(), cancel_reason=reason.strip()
        ).where(Gift.id == gift_id).execute()
        audit.record("gift_cancelled", actor, gift.customer_id, what=gift.description)
    return _gift(gift_id)


def of_customer(customer_id: int) -> list[Gift]:
    """Her gifts, the newest first, each with who handed it over."""
    handed = Staff.alias()
    return list(
        Gift.select(Gift, handed)
        .join(handed, JOIN.LEFT_OUTER, on=(Gift.handed_by == handed.id), attr="handed_by")
        .where(Gift.customer == customer_id)
        .order_by(Gift.issued_at.desc(), Gift.id.desc())
    )


@dataclass(frozen=True)
class MonthSpending:
    """The gifts of one month (issued and not cancelled) against the budget."""

    month: str  # YYYY-MM
    handed: Decimal
    waiting: Decimal
    budget: Decimal  # 0: the shop set none

    @property
    def spent(self) -> Decimal:
        return self.handed + self.waiting

    @property
    def over(self) -> bool:
        return bool(self.budget) and self.spent > self.budget

    def words(self) -> str:
        said = tr("Gifts this month: {handed} handed over, {waiting} to hand over").format(
            handed=money(self.handed), waiting=money(self.waiting)
        )
        if not self.budget:
            return said
        against = (
            tr("over the budget of {budget}") if self.over else tr("within the budget of {budget}")
        )
        return f"{said}; {against.format(budget=money(self.budget))}"


def month_spending(day: dt.date | None = None) -> MonthSpending:
    """The gift spending of the month of `day` (today's by default)."""
    day = day or clock.today()
    first = day.replace(day=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    handed, waiting = database.execute_sql(
        """SELECT coalesce(sum(CASE WHEN status = 'handed' THEN cost END), 0),
                  coalesce(sum(CASE WHEN status = 'issued' THEN cost END), 0)
             FROM gift WHERE issued_at >= ? AND issued_at < ?""",
        (first.isoformat(), after.isoformat()),
    ).fetchone()
    return MonthSpending(
        first.strftime("%Y-%m"),
        from_fen(handed),
        from_fen(waiting),
        options.get("gift_month_budget"),
    )

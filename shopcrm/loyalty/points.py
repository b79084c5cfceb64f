"""The points ledger: earned on sales, redeemed as a discount, lapsing, adjusted by the owner.

The balance is the sum of the ledger (derived.refresh copies it onto the
customer) and never goes below zero, so it can always be explained line by
line. A sale earns floor(total × points per ¥1 × her tier's multiplier); a
point redeemed is worth the `point_value` setting in yuan. Expiry is first in,
first out by expiry date: redeemed, returned and lapsed points use up the
points that lapse soonest, so the customer never loses points early.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from peewee import chunked, fn

from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import to_money
from shopcrm.loyalty.reasons import Reason, because, words
from shopcrm.storage import busy, derived, options
from shopcrm.storage.models import Customer, PointsEntry, Purchase, Staff, database


def kind_label(code: str) -> str:
    return {
        "earned": tr("Earned"),
        "redeemed": tr("Redeemed"),
        "expired": tr("Expired"),
        "adjusted": tr("Adjusted"),
    }.get(code, code)


@dataclass(frozen=True)
class LedgerLine:
    """One ledger row with the balance after it, for the card."""

    at: dt.datetime
    kind: str
    label: str
    points: int
    balance: int
    reason: str
    purchase_id: int | None
    expires_on: dt.date | None


@dataclass(frozen=True)
class Lapsing:
    """Points that lapse unless used by the end of `last_day`."""

    points: int
    last_day: dt.date


def balance(customer_id: int) -> int:
    return (
        PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
        .where(PointsEntry.customer == customer_id)
        .scalar()
    )


def point_value() -> Decimal:
    """Yuan off per point redeemed."""
    return options.get("point_value")


def value_of(points: int) -> Decimal:
    return to_money(point_value() * points)


def expires_on(earned_on: dt.date) -> dt.date | None:
    """The last day points earned on `earned_on` can be used, by the shop's expiry setting."""
    rule = options.get("points_expiry")
    if rule == "year_end":
        return dt.date(earned_on.year, 12, 31)
    if rule == "next_year_end":
        return dt.date(earned_on.year + 1, 12, 31)
    return None


def earned_for(customer: Customer, total: Decimal) -> int:
    """Points a sale of `total` earns at her current tier; a return takes them back.

    A return never takes more than her balance, so the ledger cannot go negative.
    """
    multiplier = Decimal(customer.tier.points_multiplier) if customer.tier_id else Decimal(1)
    rate = options.get("points_per_yuan") * multiplier
    points = int((total * rate).to_integral_value(rounding=ROUND_FLOOR))
    return max(points, -balance(customer.id))


def most_usable(customer: Customer, amount_due: Decimal) -> int:
    """The most points she can spend on a sale of `amount_due` (before points)."""
    if amount_due <= 0:
        return 0
    worth = int((amount_due / point_value()).to_integral_value(rounding=ROUND_FLOOR))
    return max(min(customer.points, worth), 0)


def check_redemption(customer: Customer, points: int, amount_due: Decimal) -> None:
    """Refuse a redemption she cannot make; `amount_due` is the price before points."""
    if points == 0:
        return
    if points < 0:
        raise ValidationError({"redeem_points": tr("Type the points to redeem as 0 or more.")})
    if amount_due <= 0:
        raise ValidationError(
            {"redeem_points": tr("Points pay towards a sale, not a return; set them to 0.")}
        )
    have = balance(customer.id)
    if points > have:
        raise ValidationError(
            {
                "redeem_points": trn(
                    "The customer has {n} point; redeem at most that many.",
                    "The customer has {n} points; redeem at most that many.",
                    have,
                ).format(n=have)
            }
        )
    if value_of(points) > amount_due:
        most = int((amount_due / point_value()).to_integral_value(rounding=ROUND_FLOOR))
        raise ValidationError(
            {
                "redeem_points": tr(
                    "The points would be worth more than the sale; redeem at most {n}."
                ).format(n=most)
            }
        )


def write_sale_entries(purchase: Purchase, redeemed: int, clerk: Staff | None) -> None:
    """The ledger rows of one sale: points redeemed on it, then points earned or taken back."""
    on = purchase.date.isoformat()
    if redeemed:
        worth = str(value_of(redeemed))
        PointsEntry.create(
            customer=purchase.customer_id,
            purchase=purchase,
            kind="redeemed",
            points=-redeemed,
            staff=clerk,
            **because("redeemed", n=redeemed, amount=worth, date=on).columns(),
        )
    if purchase.points:
        earned = purchase.points > 0
        PointsEntry.create(
            customer=purchase.customer_id,
            purchase=purchase,
            kind="earned" if earned else "adjusted",
            points=purchase.points,
            staff=clerk,
            expires_on=expires_on(purchase.date) if earned else None,
            **because("sale" if earned else "return", date=on).columns(),
        )


def give_back_redeemed(sale: Purchase, returned: Purchase, clerk: Staff | None) -> int:
    """A whole return gives back the points its sale spent; they lapse as if earned then."""
    spent = -(
        PointsEntry.select(fn.COALESCE(fn.SUM(PointsEntry.points), 0))
        .where((PointsEntry.purchase == sale.id) & (PointsEntry.kind == "redeemed"))
        .scalar()
    )
    if spent:
        PointsEntry.create(
            customer=sale.customer_id,
            purchase=returned,
            kind="adjusted",
            points=spent,
            staff=clerk,
            expires_on=expires_on(returned.date),
            **because("return", date=returned.date.isoformat()).columns(),
        )
    return spent


def grant(customer_id: int, points: int, reason: Reason, on: dt.date) -> None:
    """Credit points given otherwise than by a sale (a referral, a complaint); they lapse alike."""
    PointsEntry.create(
        customer=customer_id,
        kind="earned",
        points=points,
        expires_on=expires_on(on),
        **reason.columns(),
    )


def adjust(customer_id: int, points: int, reason: str, staff_id: int | None = None) -> PointsEntry:
    """The owner adds (or, with a minus sign, takes away) points, saying why."""
    errors: dict[str, str] = {}
    if not isinstance(points, int) or points == 0:
        errors["points"] = tr("Type how many points to add, or take away with a minus sign.")
    reason = (reason or "").strip()
    if not reason:
        errors["reason"] = tr("Say why the points change: the customer may ask.")
    if errors:
        raise ValidationError(errors)
    with database.atomic("IMMEDIATE"):
        customer = Customer.get_or_none(Customer.id == customer_id, Customer.deleted_at.is_null())
        if customer is None:
            raise NotFound(tr("That customer no longer exists; search again."))
        staff = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
        if staff is not None and staff.role != "owner":
            raise ValidationError(
                {"staff": tr("Only the owner can adjust points; ask the owner to do it.")}
            )
        have = balance(customer_id)
        if have + points < 0:
            raise ValidationError(
                {
                    "points": trn(
                        "The customer has {n} point; take away at most that many.",
                        "The customer has {n} points; take away at most that many.",
                        have,
                    ).format(n=have)
                }
            )
        today = clock.today()
        entry = PointsEntry.create(
            customer=customer_id,
            kind="adjusted",
            points=points,
            reason=reason,
            staff=staff,
            expires_on=expires_on(today) if points > 0 else None,
        )
        derived.refresh([customer_id])
    return entry


def _lapsing(last_day: dt.date, customer_ids: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """(customer, points) whose credits lapsing by `last_day` are not used up by the debits."""
    marks = ", ".join("?" * len(customer_ids or ()))
    only = "" if customer_ids is None else f"WHERE customer_id IN ({marks})"
    rows = database.execute_sql(
        f"""SELECT customer_id, lapsing FROM (
              SELECT customer_id,
                     sum(CASE WHEN points > 0 AND expires_on <= ? THEN points ELSE 0 END)
                     + sum(CASE WHEN points < 0 THEN points ELSE 0 END) AS lapsing
                FROM points_entry {only} GROUP BY customer_id)
             WHERE lapsing > 0""",
        [last_day.isoformat(), *(customer_ids or ())],
    ).fetchall()
    return [(row[0], row[1]) for row in rows]


def expire_points(today: dt.date | None = None) -> int:
    """Write an 'expired' entry for every balance whose points lapsed before `today`.

    Safe to run any number of times (start-up, nightly): once written, the
    expired entry uses up the lapsed points. Returns the points expired.

    After a New Year a large shop has a lapse for most customers: they are found
    in a read, then expired in paced chunks (busy.paced), each its own transaction
    that works out its customers' lapses again, so a sale that spends points
    meanwhile is counted and the counter never waits long. A run cut short leaves
    whole customers done, and the next run does the rest.
    """
    today = today or clock.today()
    last_day = today - dt.timedelta(days=1)
    with database.atomic():
        found = [customer_id for customer_id, _ in _lapsing(last_day)]
    reason = because("lapsed", date=last_day.isoformat()).columns()

    def expire(chunk: Sequence[int]) -> int:
        lapsed = _lapsing(last_day, chunk)
        at = now()
        rows = [
            {
                "customer": customer_id,
                "kind": "expired",
                "points": -points,
                **reason,
                "created_at": at,
            }
            for customer_id, points in lapsed
        ]
        for batch in chunked(rows, 1000):  # within SQLite's variables per statement
            PointsEntry.insert_many(batch).execute()
        if rows:
            derived.refresh([customer_id for customer_id, _ in lapsed])
        return sum(points for _, points in lapsed)

    return busy.paced_writes(found, expire)


def next_lapse(customer_id: int, today: dt.date | None = None) -> Lapsing | None:
    """The points she will lose next unless she uses them, and their last day."""
    today = today or clock.today()
    last_day = (
        PointsEntry.select(fn.MIN(PointsEntry.expires_on))
        .where(
            (PointsEntry.customer == customer_id)
            & (PointsEntry.points > 0)
            & (PointsEntry.expires_on >= today)
        )
        .scalar()
    )
    if last_day is None:
        return None
    lapsing = _lapsing(last_day, [customer_id])
    return Lapsing(lapsing[0][1], last_day) if lapsing else None


def ledger(customer_id: int) -> list[LedgerLine]:
    """Every ledger row, oldest first, with the running balance that explains the total."""
    running = 0
    lines = []
    for entry in (
        PointsEntry.select()
        .where(PointsEntry.customer == customer_id)
        .order_by(PointsEntry.created_at, PointsEntry.id)
    ):
        running += entry.points
        lines.append(
            LedgerLine(
                entry.created_at,
                entry.kind,
                kind_label(entry.kind),
                entry.points,
                running,
                words(entry.reason_code, entry.reason_args, entry.reason),
                entry.purchase_id,
                entry.expires_on,
            )
        )
    return lines

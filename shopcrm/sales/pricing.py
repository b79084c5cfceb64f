"""What she pays for a sale, and why: tier, birthday and referral discounts, the clerk's
extra discount, then points; each taken off what is left, and every line shown."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.i18n import tr
from shopcrm.core.money import percent_of, to_money
from shopcrm.loyalty import points, referrals
from shopcrm.storage.models import Customer


@dataclass
class SaleLine:
    unit_price: Decimal
    quantity: int = 1
    style_no: str = ""
    description: str = ""
    category: str | None = None
    size: str | None = None
    colour: str | None = None
    material: str | None = None

    @property
    def amount(self) -> Decimal:
        return to_money(self.unit_price) * self.quantity


@dataclass
class Quote:
    """What the customer pays, and why."""

    subtotal: Decimal
    tier_pct: Decimal
    tier_discount: Decimal
    birthday_pct: Decimal
    birthday_discount: Decimal
    extra_discount: Decimal
    total: Decimal
    referral_pct: Decimal = Decimal(0)
    referral_discount: Decimal = Decimal("0.00")
    points_redeemed: int = 0
    points_discount: Decimal = Decimal("0.00")

    @property
    def discount(self) -> Decimal:
        return (
            self.tier_discount
            + self.birthday_discount
            + self.referral_discount
            + self.extra_discount
            + self.points_discount
        )


QUOTE_LINES = ("subtotal", "tier", "birthday", "referral", "extra", "points", "total")


def quote_line_label(key: str) -> str:
    return {
        "subtotal": tr("Subtotal"),
        "tier": tr("Tier discount"),
        "birthday": tr("Birthday discount"),
        "referral": tr("Referral discount"),
        "extra": tr("Extra discount"),
        "points": tr("Points"),
        "total": tr("To pay"),
    }[key]


def quote_lines(priced: Quote) -> list[tuple[str, Decimal]]:
    """(key, amount) of the lines she is shown, in QUOTE_LINES order: the subtotal, each
    discount that applies (as a negative amount) and what she pays, which they add up to."""
    discounts = {
        "tier": priced.tier_discount,
        "birthday": priced.birthday_discount,
        "referral": priced.referral_discount,
        "extra": priced.extra_discount,
        "points": priced.points_discount,
    }
    return [
        ("subtotal", priced.subtotal),
        *((key, -amount) for key, amount in discounts.items() if amount),
        ("total", priced.total),
    ]


@dataclass(frozen=True)
class Buyer:
    """What the clerk should see of her while ringing up the sale."""

    name: str
    number: str
    tier: str | None
    points: int
    point_value: Decimal
    birthday: dt.date | None  # her next birthday, from the day of the sale
    birthday_lunar: bool
    birthday_pct: Decimal  # her tier's extra discount on her birthday
    referral_pct: Decimal  # a referred friend's first-purchase discount


def buyer(customer: Customer, on: dt.date) -> Buyer:
    born = customer.birth_date
    tier = customer.tier if customer.tier_id else None
    return Buyer(
        name=customer.name,
        number=customer.number,
        tier=tier.name if tier else None,
        points=customer.points,
        point_value=points.point_value(),
        birthday=next_occurrence(born.month, born.day, customer.birthday_lunar, on)
        if born
        else None,
        birthday_lunar=customer.birthday_lunar,
        birthday_pct=Decimal(tier.birthday_discount_pct) if tier else Decimal(0),
        referral_pct=referrals.first_purchase_pct(customer),
    )


def is_birthday(customer: Customer, on: dt.date) -> bool:
    """Her birthday, solar or lunar, falls on `on` (29 February on the 28th in other years)."""
    born = customer.birth_date
    if born is None:
        return False
    return next_occurrence(born.month, born.day, customer.birthday_lunar, on) == on


def quote(
    customer: Customer,
    lines: list[SaleLine],
    on: dt.date,
    extra_discount: Decimal = Decimal(0),
    redeem_points: int = 0,
) -> Quote:
    """The price: tier discount, her birthday extra, a referred friend's first-purchase
    extra, the clerk's discount, then points redeemed; each on what is left."""
    subtotal = sum((line.amount for line in lines), Decimal("0.00"))
    tier = customer.tier if customer.tier_id else None
    tier_pct = Decimal(tier.discount_pct) if tier else Decimal(0)
    birthday_pct = (
        Decimal(tier.birthday_discount_pct) if tier and is_birthday(customer, on) else Decimal(0)
    )
    base = max(subtotal, Decimal(0))
    tier_discount = percent_of(base, tier_pct)
    birthday_discount = percent_of(base - tier_discount, birthday_pct)
    referral_pct = referrals.first_purchase_pct(customer) if base > 0 else Decimal(0)
    referral_discount = percent_of(base - tier_discount - birthday_discount, referral_pct)
    extra = to_money(extra_discount)
    points_discount = points.value_of(redeem_points)
    total = subtotal - tier_discount - birthday_discount - referral_discount - extra
    return Quote(
        subtotal,
        tier_pct,
        tier_discount,
        birthday_pct,
        birthday_discount,
        extra,
        total - points_discount,
        referral_pct,
        referral_discount,
        redeem_points,
        points_discount,
    )

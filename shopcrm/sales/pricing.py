"""What she pays for a sale, and why: tier, birthday and referral discounts, the clerk's
extra discount, her vouchers, then points; each taken off what is left, and every line
shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import percent_of, to_money
from shopcrm.loyalty import points, referrals
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Voucher
from shopcrm.wallet import vouchers as voucher_rules


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
    vouchers: tuple[voucher_rules.Applied, ...] = field(default_factory=tuple)

    @property
    def voucher_discount(self) -> Decimal:
        return sum((applied.amount for applied in self.vouchers), Decimal("0.00"))

    @property
    def discount(self) -> Decimal:
        return sum((amount for _, amount in self.discounts().items()), Decimal("0.00"))

    def discounts(self) -> dict[str, Decimal]:
        """Each discount by its QUOTE_LINES key, as a positive amount."""
        return {
            "tier": self.tier_discount,
            "birthday": self.birthday_discount,
            "referral": self.referral_discount,
            "extra": self.extra_discount,
            "voucher": self.voucher_discount,
            "points": self.points_discount,
        }


QUOTE_LINES = (
    "subtotal", "tier", "birthday", "referral", "extra", "voucher", "points", "total"
)  # fmt: skip


def quote_line_label(key: str) -> str:
    return {
        "subtotal": tr("Subtotal"),
        "tier": tr("Tier discount"),
        "birthday": tr("Birthday discount"),
        "referral": tr("Referral discount"),
        "extra": tr("Extra discount"),
        "voucher": tr("Vouchers"),
        "points": tr("Points"),
        "total": tr("To pay"),
    }[key]


def quote_lines(priced: Quote) -> list[tuple[str, Decimal]]:
    """(key, amount) of the lines she is shown, in QUOTE_LINES order: the subtotal, each
    discount that applies (as a negative amount) and what she pays, which they add up to."""
    return [
        ("subtotal", priced.subtotal),
        *((key, -amount) for key, amount in priced.discounts().items() if amount),
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


def _vouchers(
    customer: Customer,
    chosen: Sequence[Voucher],
    lines: list[SaleLine],
    left: Decimal,
    subtotal: Decimal,
    on: dt.date,
) -> tuple[voucher_rules.Applied, ...]:
    """What each chosen voucher takes off, in turn, on what the one before left."""
    most = options.get("vouchers_per_sale")
    if len(chosen) > most:
        raise ValidationError(
            {
                "vouchers": trn(
                    "One sale takes at most {n} voucher.",
                    "One sale takes at most {n} vouchers.",
                    most,
                ).format(n=most)
            }
        )
    if len({voucher.id for voucher in chosen}) < len(chosen):
        raise ValidationError({"vouchers": tr("The same voucher is chosen twice.")})
    parts = [(line.amount, line.category) for line in lines]
    applied = []
    for voucher in chosen:
        off = voucher_rules.take(voucher, customer.id, parts, left, subtotal, on)
        applied.append(voucher_rules.Applied(voucher.id, voucher.code, off))
        left -= off
    return tuple(applied)


def quote(
    customer: Customer,
    lines: list[SaleLine],
    on: dt.date,
    extra_discount: Decimal = Decimal(0),
    redeem_points: int = 0,
    vouchers: Sequence[Voucher] = (),
) -> Quote:
    """The price: tier discount, her birthday extra, a referred friend's first-purchase
    extra, the clerk's discount, her vouchers, then points redeemed; each on what is left."""
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
    applied = _vouchers(customer, vouchers, lines, total, subtotal, on) if vouchers else ()
    total -= sum((voucher.amount for voucher in applied), Decimal(0))
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
        applied,
    )

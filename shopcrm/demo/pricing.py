"""Demo sales priced as sales.pricing.quote prices them, in whole fen.

quote() prices one sale of one Customer in Decimal and reads the referral
settings as it goes: about 0.2 ms a sale, two minutes for the 560,000 sales
of a 100,000-customer demo and twenty for a million. The demo prices with
integers instead, from the same stored tiers and settings, and
tests/demo/test_pricing.py prices every sale of a demo shop again through
quote() and points.earned_for, with the tier and visits she had that day.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from shopcrm.loyalty import referrals
from shopcrm.storage import settings
from shopcrm.storage.models import Tier


def share(amount: int, pct: Fraction) -> int:
    """`pct`% of `amount` fen (>= 0), rounded half up to the fen as quote() rounds."""
    return (2 * amount * pct.numerator + 100 * pct.denominator) // (200 * pct.denominator)


@dataclass(frozen=True)
class TierRule:
    """A tier as the demo prices with it: fen and exact fractions, no Decimal per sale."""

    id: int
    name: str
    threshold: int  # fen
    discount_pct: Fraction
    birthday_pct: Fraction  # her extra discount on her birthday, on what is left
    points_per_fen: Fraction  # points per ¥1 x the tier's multiplier, per fen


class Price(NamedTuple):
    """The lines quote() shows for a sale, in fen (a tuple: made once per sale)."""

    subtotal: int
    tier: int
    birthday: int
    referral: int

    @property
    def discount(self) -> int:
        return self.tier + self.birthday + self.referral

    @property
    def total(self) -> int:
        return self.subtotal - self.discount


@dataclass(frozen=True)
class Rates:
    """The shop's tiers and rates, read once for the whole demo."""

    tiers: tuple[TierRule, ...]  # lowest first
    referral_pct: Fraction  # a referred friend's extra discount on her first purchase
    points_per_fen: Fraction  # for a customer without a tier

    def tier_for(self, spent: int) -> TierRule | None:
        """The highest tier `spent` fen reach, by the preset rule (total spending)."""
        earned = None
        for rule in self.tiers:
            if rule.threshold <= spent:
                earned = rule
        return earned

    def price(
        self, subtotal: int, tier: TierRule | None, birthday: bool, first_referred: bool
    ) -> Price:
        """Tier discount, her birthday extra, a referred friend's first-purchase extra,
        each on what is left; a return (subtotal < 0) gets none."""
        base = max(subtotal, 0)
        tier_off = birthday_off = referral_off = 0
        if tier is not None:
            tier_off = share(base, tier.discount_pct)
            if birthday:
                birthday_off = share(base - tier_off, tier.birthday_pct)
        if first_referred:
            referral_off = share(base - tier_off - birthday_off, self.referral_pct)
        return Price(subtotal, tier_off, birthday_off, referral_off)

    def points(self, total: int, tier: TierRule | None) -> int:
        """Points a sale of `total` fen earns, rounded down (a return takes them back)."""
        rate = tier.points_per_fen if tier else self.points_per_fen
        return total * rate.numerator // rate.denominator


def _exact(value: Decimal | str) -> Fraction:
    """A stored rate as quote() reads it (through Decimal), without rounding."""
    return Fraction(Decimal(value))


def read_rates() -> Rates:
    """The tiers and rates as they stand; call inside the demo's transaction."""
    per_fen = _exact(settings.get("points_per_yuan")) / 100
    return Rates(
        tuple(
            TierRule(
                t.id,
                t.name,
                int(t.threshold * 100),
                _exact(t.discount_pct),
                _exact(t.birthday_discount_pct),
                per_fen * _exact(t.points_multiplier),
            )
            for t in Tier.select().order_by(Tier.rank)
        ),
        _exact(referrals.rewards().friend_discount_pct),
        per_fen,
    )

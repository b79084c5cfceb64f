"""The loyalty engine's daily catch-up, and the owner's points, referral and lifecycle options.

Time alone changes things: points lapse, the 12-month spend falls, customers
become dormant, the yearly review comes. `catch_up` brings all of it up to
date in one transaction, at start-up or from the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.loyalty import points, segments, tiers
from shopcrm.storage import settings
from shopcrm.storage.models import database


@dataclass(frozen=True)
class CatchUp:
    expired_points: int
    tier_moves: int
    status_changes: int


def catch_up(today: dt.date | None = None) -> CatchUp:
    """Expire points, re-evaluate tiers (and the yearly review) and lifecycle, all or nothing."""
    today = today or clock.today()
    with database.atomic("IMMEDIATE"):
        expired = points.expire_points(today)
        moves = tiers.reevaluate_all(today)
        changed = segments.recompute(None, today)
        settings.put("loyalty_caught_up_on", today.isoformat())
    return CatchUp(expired, moves, changed)


def daily_catch_up(today: dt.date | None = None) -> CatchUp | None:
    """`catch_up` on the first start of a day; later starts that day cost nothing."""
    today = today or clock.today()
    if settings.get("loyalty_caught_up_on") == today.isoformat():
        return None
    return catch_up(today)


def _bounded(
    parse: Callable[[str], Decimal | int],
    low: int | Decimal,
    high: int | Decimal,
    message: Callable[[], str],
) -> Callable[[Any], str]:
    """A cleaner for a number from `low` to `high`; `message` says what to type instead."""

    def clean(value: Any) -> str:
        try:
            number = parse(str(value).strip())
            if not low <= number <= high:
                raise ValueError
        except (ValueError, InvalidOperation):  # comparing NaN raises InvalidOperation
            raise ValueError(message()) from None
        return format(Decimal(number).normalize(), "f")

    return clean


def _expiry(value: Any) -> str:
    if value not in points.EXPIRY:
        raise ValueError(tr("Choose when points lapse."))
    return str(value)


def _gift(value: Any) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > 100:
        raise ValueError(tr("Describe the gift in at most 100 characters."))
    return text


CLEANERS: dict[str, Callable[[Any], str]] = {
    "points_per_yuan": _bounded(
        Decimal,
        Decimal(0),
        Decimal(100),
        lambda: tr("Type the points earned per ¥1, from 0 to 100."),
    ),
    "point_value": _bounded(
        Decimal,
        Decimal("0.0001"),
        Decimal(100),
        lambda: tr("Type what one point is worth in yuan, e.g. 0.01 (100 points = ¥1)."),
    ),
    "points_expiry": _expiry,
    "referral_points": _bounded(
        int, 0, 1_000_000, lambda: tr("Type the referrer's points as a whole number, e.g. 200.")
    ),
    "referral_gift": _gift,
    "referral_voucher": _bounded(
        Decimal,
        Decimal(0),
        Decimal(100_000),
        lambda: tr("Type the voucher in yuan, e.g. 50, or 0."),
    ),
    "referral_friend_discount_pct": _bounded(
        Decimal,
        Decimal(0),
        Decimal(100),
        lambda: tr("Type the friend's extra discount from 0 to 100 (%)."),
    ),
    "referral_goal_pct": _bounded(
        Decimal, Decimal(0), Decimal(100), lambda: tr("Type the referral goal from 0 to 100 (%).")
    ),
    "regular_visits": _bounded(
        int, 2, 1000, lambda: tr("Type how many visits make a regular, at least 2.")
    ),
    "dormant_days": _bounded(
        int, 1, 3650, lambda: tr("Type the days without a purchase before dormant, e.g. 180.")
    ),
    "lost_days": _bounded(
        int, 2, 3650, lambda: tr("Type the days without a purchase before lost, e.g. 365.")
    ),
}
OPTIONS = tuple(CLEANERS)


def options() -> dict[str, str]:
    return {key: settings.get(key) for key in OPTIONS}


def save_options(values: Mapping[str, Any], today: dt.date | None = None) -> dict[str, str]:
    """Check and save the given options together; the lifecycle follows new day settings."""
    errors: dict[str, str] = {}
    cleaned: dict[str, str] = {}
    for key, value in values.items():
        try:
            cleaned[key] = CLEANERS[key](value)
        except ValueError as exc:
            errors[key] = str(exc)
    merged = {**options(), **cleaned}
    if "lost_days" not in errors and int(merged["lost_days"]) <= int(merged["dormant_days"]):
        errors["lost_days"] = tr("Lost must come after dormant: type more days than {n}.").format(
            n=merged["dormant_days"]
        )
    if errors:
        raise ValidationError(errors)
    with database.atomic("IMMEDIATE"):
        for key, value in cleaned.items():
            settings.put(key, value)
        segments.recompute(None, today)
    return options()

"""The loyalty engine's daily catch-up, and saving the owner's loyalty options.

Time alone changes things: points lapse, the 12-month spend falls, customers
become dormant, the yearly review comes. `catch_up` brings all of it up to
date in one transaction, at start-up or from the command line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shopcrm.core import clock
from shopcrm.customers import privacy
from shopcrm.loyalty import points, segments, tiers
from shopcrm.staff import audit, permissions
from shopcrm.storage import busy, options, settings
from shopcrm.storage.models import Staff, database
from shopcrm.wallet import birthday


@dataclass(frozen=True)
class CatchUp:
    expired_points: int
    tier_moves: int
    status_changes: int
    visitors_forgotten: int = 0
    birthday_vouchers: int = 0


def catch_up(today: dt.date | None = None) -> CatchUp:
    """Expire points, then re-evaluate tiers (and the yearly review) and lifecycle, give
    the week's birthday vouchers, keep the day's RFM cut points; forget visitors past the
    retention period.

    Points, tiers, lifecycle and vouchers each find whom they change in a read and write
    them in short paced transactions of their own (points.expire_points,
    tiers.reevaluate_all, segments.recompute_all, birthday.give_birthday_vouchers), so
    a sale at the counter never waits long behind them. Each step can be run again, and
    the day is marked caught up only when all are done.
    """
    today = today or clock.today()
    with busy.holding("catch_up"):
        expired = points.expire_points(today)
        moves = tiers.reevaluate_all(today)
        changed = segments.recompute_all(today)
        vouchers = birthday.give_birthday_vouchers(today)
        with database.atomic("IMMEDIATE"):
            settings.put_day("loyalty_caught_up_on", today)
    # A read of every buyer, kept in one write: outside the lock a sale waits for.
    segments.refresh_cut_points(today)
    # Visitors who never bought go after the owner's retention period (off by default).
    forgotten = privacy.purge_visitors(today)
    return CatchUp(expired, moves, changed, forgotten, vouchers)


def daily_catch_up(today: dt.date | None = None) -> CatchUp | None:
    """`catch_up` on the first start of a day; later starts that day cost nothing."""
    today = today or clock.today()
    if settings.day("loyalty_caught_up_on") == today:
        return None
    return catch_up(today)


def save_options(
    actor: Staff, values: Mapping[str, Any], today: dt.date | None = None
) -> dict[str, Any]:
    """Check and save the owner's loyalty options together (options.set_many); the
    lifecycle statuses follow new day counts in the same transaction."""
    permissions.require(actor, "settings")
    with database.atomic("IMMEDIATE"):
        saved = options.set_many(values)
        segments.recompute(None, today)
        audit.record("settings", actor, keys=", ".join(sorted(values)))
    return saved

"""The demo shop being written: what every generator shares while it fills the database."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from shopcrm.core import clock
from shopcrm.demo.draws import below
from shopcrm.demo.pricing import Rates
from shopcrm.demo.vocabulary import RANGES, Range
from shopcrm.loyalty import points, referrals

HISTORY_DAYS = 3 * 365


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass
class Shop:
    """The shop's kind, staff and rules, the day it is, and the next free ids.

    Days are kept as ISO text, as SQLite stores them, so that most rows are
    built by slicing and comparing strings rather than by date arithmetic.
    """

    kind: str
    total: int  # customers in this demo, to spread registrations over the years
    first_id: int  # the first customer's id
    first_number: int  # the first customer's number, of `total` reserved
    clerk_ids: list[int]
    rates: Rates
    rewards: referrals.Rewards
    today: dt.date = field(default_factory=clock.today)
    now: dt.datetime = field(default_factory=clock.now)
    phones: set[str] = field(default_factory=set)
    advocates: list[int] = field(default_factory=list)
    next_purchase_id: int = 1
    next_complaint_id: int = 1
    followup_days: int = 3

    def __post_init__(self) -> None:
        self.goods: Range = RANGES[self.kind]
        self.days = [
            (self.today - dt.timedelta(days=n)).isoformat() for n in range(HISTORY_DAYS + 400)
        ]
        # The expiry settings lapse points by the year they were earned in.
        self.expiry = {
            year: iso(points.expires_on(dt.date(year, 1, 1)))
            for year in range(self.today.year - 5, self.today.year + 1)
        }

    def days_since(self, stamp: str) -> int:
        """Days from the day of `stamp` (a stored date or time) to today."""
        return (self.today - dt.date.fromisoformat(stamp[:10])).days

    def stamp(self, rng: random.Random, days_ago: int) -> str:
        """A time during opening hours that many days ago, never later than now."""
        days_ago = max(days_ago, 0)
        text = f"{self.days[days_ago]} {10 + below(rng, 12):02d}:{below(rng, 60):02d}:00"
        return min(text, str(self.now)) if days_ago == 0 else text

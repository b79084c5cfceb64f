"""What each event came to: its guests' answers, who came, and what they bought after.

"What the event brought" compares the attendees' sales in the 7 and 30 days from the
event day with what the same customers spend in as many days on average over the
year before it: a preview that only moved sales forward shows as little.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.core.money import from_fen, to_money
from shopcrm.storage.models import database

WINDOWS = (7, 30)
BASELINE_DAYS = 365


@dataclass(frozen=True)
class EventLine:
    """One event on the events page."""

    id: int
    title: str
    kind: str
    starts_at: dt.datetime
    place: str
    capacity: int | None
    cancelled: bool
    invited: int
    accepted: int
    maybe: int
    declined: int
    attended: int
    walk_ins: int
    brought: int
    accepted_absent: int  # said yes and not (yet) ticked at the door

    @property
    def past(self) -> bool:
        return self.starts_at.date() < clock.today()

    @property
    def no_shows(self) -> int:
        """Said yes and did not come; only once the day is over."""
        return self.accepted_absent if self.past else 0


# A yes counts for the day the event is on now (events/planning.accepted).
_YES = "g.reply = 'yes' AND g.replied_for = date(e.starts_at)"
_LINES = f"""
    SELECT e.id, e.title, e.kind, e.starts_at, e.place, e.capacity, e.status = 'cancelled',
           count(g.invited_on), coalesce(sum({_YES}), 0),
           coalesce(sum(g.reply = 'maybe'), 0), coalesce(sum(g.reply = 'no'), 0),
           coalesce(sum(g.attended), 0),
           coalesce(sum(g.attended AND g.invited_on IS NULL AND g.brought_by_id IS NULL), 0),
           coalesce(sum(g.brought_by_id IS NOT NULL), 0),
           coalesce(sum({_YES} AND NOT g.attended), 0)
      FROM event e
      LEFT JOIN (SELECT g.* FROM event_guest g JOIN customer c ON c.id = g.customer_id
                  WHERE c.deleted_at IS NULL) g ON g.event_id = e.id
"""


def _line(r: tuple) -> EventLine:
    return EventLine(
        r[0],
        r[1],
        r[2],
        dt.datetime.fromisoformat(str(r[3])),
        r[4],
        r[5],
        bool(r[6]),
        *r[7:15],
    )


def event_lines() -> list[EventLine]:
    """Every event with its figures: the coming ones first (soonest first), then the past."""
    lines = [_line(r) for r in database.execute_sql(f"{_LINES} GROUP BY e.id")]
    coming = sorted((x for x in lines if not x.past), key=lambda x: x.starts_at)
    past = sorted((x for x in lines if x.past), key=lambda x: x.starts_at, reverse=True)
    return coming + past


def event_line(event_id: int) -> EventLine:
    (row,) = database.execute_sql(f"{_LINES} WHERE e.id = ? GROUP BY e.id", (event_id,))
    return _line(row)


@dataclass(frozen=True)
class Lift:
    """The attendees' sales in `days` days from the event, against their own average over
    as many of those days as have passed (`elapsed`): a window not over yet is compared
    with what they would have bought so far, not in the whole window."""

    days: int
    sales: Decimal
    expected: Decimal
    elapsed: int

    @property
    def complete(self) -> bool:
        return self.elapsed == self.days

    @property
    def brought(self) -> Decimal:
        return self.sales - self.expected


@dataclass(frozen=True)
class Report:
    line: EventLine
    new_customers: int  # brought to the event by a guest, and new to the shop that day
    gifts: int
    lifts: tuple[Lift, ...]


def report(event_id: int) -> Report:
    """The event's figures and what it brought."""
    line = event_line(event_id)
    day = line.starts_at.date()
    new, gifts = database.execute_sql(
        """SELECT coalesce(sum(g.brought_by_id IS NOT NULL AND date(c.created_at) >= ?), 0),
                  coalesce(sum(g.gift_given), 0)
             FROM event_guest g JOIN customer c ON c.id = g.customer_id
            WHERE g.event_id = ? AND c.deleted_at IS NULL""",
        (day.isoformat(), event_id),
    ).fetchone()
    lifts = []
    for days in WINDOWS:
        elapsed = min(max((clock.today() - day).days + 1, 0), days)
        end = day + dt.timedelta(days=elapsed - 1)
        start = day - dt.timedelta(days=BASELINE_DAYS)
        sales, before = database.execute_sql(
            """SELECT coalesce(sum(CASE WHEN p.date BETWEEN ? AND ? THEN p.total END), 0),
                      coalesce(sum(CASE WHEN p.date BETWEEN ? AND ? THEN p.total END), 0)
                 FROM purchase p
                WHERE p.customer_id IN
                      (SELECT g.customer_id FROM event_guest g JOIN customer c
                           ON c.id = g.customer_id
                        WHERE g.event_id = ? AND g.attended AND c.deleted_at IS NULL)
                  AND p.date BETWEEN ? AND ?""",
            (
                day.isoformat(),
                end.isoformat(),
                start.isoformat(),
                (day - dt.timedelta(days=1)).isoformat(),
                event_id,
                start.isoformat(),
                end.isoformat(),
            ),
        ).fetchone()
        expected = to_money(from_fen(before) * elapsed / BASELINE_DAYS)
        lifts.append(Lift(days, from_fen(sales), expected, elapsed))
    return Report(line, new, gifts, tuple(lifts))

"""What comes first in a clerk's day, how much of it fits, and when a task loses its point.

A clerk does a few dozen follow-ups a day, not hundreds: each kind of task has
a priority (a complaint's call-back and the call after a purchase before a
thank-you letter, a birthday greeting on her day before a "we miss you" note),
VIPs come before the others of the same kind, and the sooner a task expires the
sooner it comes. The owner's daily load (`care_daily_load`) is how many
personal tasks a clerk's day holds; the rest wait for the next days in the same
order, none dropped: `spread` is that queue laid out over the days.

Greetings expire instead of piling up: a festival's the day after it, a
birthday's a week after her day; a call a week past its last good day. A
complaint's call-back never expires: it waits until it is made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol, TypeVar

from shopcrm.storage import options

# Lower comes first. A birthday greeting is urgent on her day, and only then.
PRIORITY = {
    "complaint_followup": 0,
    "purchase_call": 1,
    "delivery_check": 1,
    "installation_check": 1,
    "satisfaction_call": 1,
    "referral_thanks": 2,
    "referral_welcome": 2,
    "top_spender_visit": 2,
    "birthday_list": 2,
    "birthday_gift": 2,
    "birthday": 2,
    "referral_call": 3,
    "spend_thanks": 3,
    "family_day": 3,
    "festival": 3,
    "season": 3,
    "miss_you": 5,
    "event_cancelled": 1,  # she must not come to a closed door
    "event_reminder": 2,
    "event_invitation": 2,
    "event_thanks": 3,
    "event_missed": 4,
    "voucher_expiry": 3,
}
LATE_BIRTHDAY = 4
# Days after its deadline a task is still worth doing; kinds not named never expire.
STILL_WORTH = {
    "festival": 0,
    "season": 0,
    "miss_you": 0,
    "birthday": 7,
    "birthday_gift": 7,
    "birthday_list": 0,  # a month's list of birthdays is of no use once the month is over
    "family_day": 7,
    "purchase_call": 7,
    "delivery_check": 7,
    "installation_check": 7,
    "satisfaction_call": 7,
    "referral_thanks": 7,
    "referral_welcome": 7,
    "referral_call": 7,
    "spend_thanks": 14,
    "top_spender_visit": 7,
    "event_invitation": 0,  # an invitation after the event is no invitation
    "event_reminder": 0,
    "event_cancelled": 0,
    "event_thanks": 7,
    "event_missed": 7,
    "voucher_expiry": 0,  # once it has run out there is nothing to remind her of
}
# Not a task for one customer, so not counted in the day's load.
OUTSIDE_LOAD = ("birthday_list",)


class Ranked(Protocol):
    """What the order of a task needs to know about it."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def due_on(self) -> dt.date: ...
    @property
    def deadline(self) -> dt.date: ...
    @property
    def vip(self) -> bool: ...


R = TypeVar("R", bound=Ranked)


def priority(kind: str, due_on: dt.date, day: dt.date) -> int:
    """The priority of a task of `kind` due on `due_on`, as seen on `day`."""
    if kind == "birthday" and due_on < day:
        return LATE_BIRTHDAY
    return PRIORITY[kind]


def in_order(rows: Sequence[R], day: dt.date) -> list[R]:
    """The tasks most important first: by priority, VIPs first, the soonest to expire first."""
    return sorted(
        rows,
        key=lambda r: (priority(r.kind, r.due_on, day), not r.vip, r.deadline, r.due_on, r.id),
    )


def daily_load() -> int | None:
    """How many personal tasks a clerk's day holds; None: no limit."""
    return options.get("care_daily_load") or None


def last_day(row: Ranked) -> dt.date | None:
    """The last day the task is worth doing; None: it never expires."""
    worth = STILL_WORTH.get(row.kind)
    return None if worth is None else row.deadline + dt.timedelta(days=worth)


def spread(rows: Sequence[R], day: dt.date, load: int | None) -> list[list[R]]:
    """One clerk's tasks laid out over the days from `day`: at most `load` personal tasks a
    day, most important first, but a task on its last day is done that day whatever the
    load (moved on, it would lapse unseen: a VIP's festival greeting); tasks outside the
    load go on the first day."""
    ordered = in_order(rows, day)
    if load is None:
        return [ordered] if ordered else []
    personal = [row for row in ordered if row.kind not in OUTSIDE_LOAD]
    # By last day, so each day takes the tasks that can wait no longer in one step.
    ends = sorted((end, i) for i, row in enumerate(personal) if (end := last_day(row)))
    taken = [False] * len(personal)
    days: list[list[R]] = []
    on, soonest, cursor, left = day, 0, 0, len(personal)
    while left:
        share: list[int] = []
        while soonest < len(ends) and ends[soonest][0] <= on:
            if not taken[index := ends[soonest][1]]:
                taken[index] = True
                share.append(index)
            soonest += 1
        while len(share) < load and cursor < len(personal):
            if not taken[cursor]:
                taken[cursor] = True
                share.append(cursor)
            cursor += 1
        left -= len(share)
        days.append([personal[i] for i in share])
        on += dt.timedelta(days=1)
    outside = [row for row in ordered if row.kind in OUTSIDE_LOAD]
    days = [outside + (days[0] if days else []), *days[1:]]
    return [in_order(share, day) for share in days if share]

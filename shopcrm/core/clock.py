"""The program's one clock: every "today" and "now" is read here.

Nothing else asks the system for the date, so a test (or a demo of a past day)
sets the day once and every rule, screen and default agrees on it. A set clock
still runs: it starts at the moment it was set to and moves with real time,
so records written one after another keep their order.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from contextlib import contextmanager

# (the moment the clock was set to, the monotonic reading when it was set)
_set: tuple[dt.datetime, float] | None = None


def system_now() -> dt.datetime:
    """The operating system's local time, unaffected by `set_now`."""
    return dt.datetime.now()


def now() -> dt.datetime:
    """The current local time, to the second (what the shop writes down)."""
    if _set is None:
        moment = system_now()
    else:
        start, started = _set
        moment = start + dt.timedelta(seconds=time.monotonic() - started)
    return moment.replace(microsecond=0)


def today() -> dt.date:
    return now().date()


def set_now(moment: dt.datetime | dt.date | None) -> None:
    """Make the clock read `moment` from now on (a date means 10:00 that day);
    None goes back to the system's time."""
    global _set
    if moment is None:
        _set = None
        return
    if not isinstance(moment, dt.datetime):
        moment = dt.datetime.combine(moment, dt.time(10, 0))
    _set = (moment, time.monotonic())


@contextmanager
def set_to(moment: dt.datetime | dt.date) -> Iterator[None]:
    """The clock reads `moment` inside the block, and what it read before after it."""
    global _set
    before = _set
    set_now(moment)
    try:
        yield
    finally:
        _set = before

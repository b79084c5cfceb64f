"""When a yearly date (solar or lunar) next comes round.

Lunar dates are converted with lunar-python. A lunar day 30 in a year whose
month has 29 days is kept on day 29, and 29 February on 28 February in
common years, as families usually do.
"""

from __future__ import annotations

import datetime as dt

from lunar_python import Lunar, LunarMonth, Solar


def _solar_in(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


def _lunar_in(lunar_year: int, month: int, day: int) -> dt.date:
    length = LunarMonth.fromYm(lunar_year, month).getDayCount()
    solar = Lunar.fromYmd(lunar_year, month, min(day, length)).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def next_occurrence(month: int, day: int, lunar: bool, today: dt.date) -> dt.date:
    """The first date on or after `today` on which month/day falls."""
    if lunar:
        year = Solar.fromYmd(today.year, today.month, today.day).getLunar().getYear()
        for candidate_year in (year, year + 1):
            date = _lunar_in(candidate_year, month, day)
            if date >= today:
                return date
        raise AssertionError("a lunar date recurs within two lunar years")
    date = _solar_in(today.year, month, day)
    return date if date >= today else _solar_in(today.year + 1, month, day)

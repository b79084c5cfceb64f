"""When a yearly date (solar or lunar) comes round, and which ones fall on a given day.

Lunar dates are converted with lunar-python. A lunar day 30 in a year whose
month has 29 days is kept on day 29, and 29 February on 28 February in
common years, as families usually do; a leap lunar month repeats no one's
birthday. Festivals add two more kinds of yearly date: the n-th weekday of a
month (Mother's Day) and the solar terms (立冬, the start of winter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import lru_cache

from lunar_python import LunarYear, Solar

# The years a shop's dates can fall in: outside them a date is a typo, and date
# arithmetic a year on or back would overflow.
SHOP_YEARS = range(1900, 2200)


def _solar_in(year: int, month: int, day: int) -> dt.date:
    while True:
        try:
            return dt.date(year, month, day)
        except ValueError:
            day -= 1


@lru_cache(maxsize=64)
def _lunar_months(lunar_year: int) -> tuple[tuple[dt.date, int, int], ...]:
    """(first solar day, month, days) of each month of a lunar year; a leap month is negative.

    Computed once per year: converting each day with lunar-python costs milliseconds,
    and the care plan matches whole customer tables against weeks of days.
    """
    months = []
    for month in LunarYear.fromYear(lunar_year).getMonthsInYear():
        first = Solar.fromJulianDay(month.getFirstJulianDay())
        months.append(
            (
                dt.date(first.getYear(), first.getMonth(), first.getDay()),
                month.getMonth(),
                month.getDayCount(),
            )
        )
    return tuple(months)


def to_lunar(date: dt.date) -> tuple[int, int, int]:
    """(lunar year, month, day) of a solar date; the month is negative in a leap month."""
    for year in (date.year, date.year - 1):
        for first, month, length in _lunar_months(year):
            if first <= date < first + dt.timedelta(days=length):
                return year, month, (date - first).days + 1
    raise AssertionError("every day belongs to this lunar year or the one before")


def _lunar_in(lunar_year: int, month: int, day: int) -> dt.date:
    first, _, length = next(m for m in _lunar_months(lunar_year) if m[1] == month)
    return first + dt.timedelta(days=min(day, length) - 1)


def next_occurrence(month: int, day: int, lunar: bool, today: dt.date) -> dt.date:
    """The first date on or after `today` on which month/day falls."""
    if lunar:
        year = to_lunar(today)[0]
        for candidate_year in (year, year + 1):
            date = _lunar_in(candidate_year, month, day)
            if date >= today:
                return date
        raise AssertionError("a lunar date recurs within two lunar years")
    date = _solar_in(today.year, month, day)
    return date if date >= today else _solar_in(today.year + 1, month, day)


def occurrences(
    month: int, day: int, lunar: bool, start: dt.date, end: dt.date
) -> Iterator[dt.date]:
    """Every date from `start` to `end` (inclusive) on which month/day falls."""
    date = next_occurrence(month, day, lunar, start)
    while date <= end:
        yield date
        date = next_occurrence(month, day, lunar, date + dt.timedelta(days=1))


def yearly_dates_on(date: dt.date) -> list[tuple[int, int, bool, int]]:
    """The yearly dates (month, day, lunar, year of this occurrence) that fall on `date`.

    The reverse of `next_occurrence`, so that a whole table of birthdays can be
    matched against a few days at once; the year is the lunar year for lunar dates.
    """
    found = [(date.month, date.day, False, date.year)]
    if (date.month, date.day) == (2, 28) and _solar_in(date.year, 2, 29).day == 28:
        found.append((2, 29, False, date.year))
    year, month, day = to_lunar(date)
    if month > 0:  # a leap month (negative) repeats no one's date
        found.append((month, day, True, year))
        if day == 29 and _lunar_in(year, month, 30).day == date.day:
            found.append((month, 30, True, year))
    return found


def nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The `n`-th `weekday` (0 Monday … 6 Sunday) of the month; n = 5 is the last one."""
    first = dt.date(year, month, 1)
    date = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    while date.month != month:
        date -= dt.timedelta(days=7)
    return date


@lru_cache(maxsize=16)
def _solar_terms(year: int) -> dict[str, dt.date]:
    table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable()
    return {
        solar.getLunar().getJieQi(): dt.date(year, solar.getMonth(), solar.getDay())
        for solar in table.values()
        if solar.getYear() == year
    }


def solar_term(year: int, name: str) -> dt.date | None:
    """The day of the solar term `name` (e.g. 立冬) in the solar year; None for an unknown name."""
    return _solar_terms(year).get(name)

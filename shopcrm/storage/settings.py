"""The settings table: the shop's options (options.py) and the program's own bookkeeping,
kept in the database so they travel with its data.

Every key reads as text here, its default when it was never written. The owner's
options are read typed and changed, checked, through options.py; the bookkeeping
below is written only by the program, so it has no bounds to check.
"""

from __future__ import annotations

import datetime as dt

from shopcrm.storage import options
from shopcrm.storage.models import Setting

BOOKKEEPING: dict[str, str] = {
    "next_customer_number": "1",
    # Header -> field choices the owner made in the import wizard (spreadsheets/columns.py).
    "import_column_mapping": "{}",
    # The days the yearly tier review, the loyalty catch-up and the care plan last ran,
    # so each runs once (a day, or a year).
    "tier_last_review": "",
    "loyalty_caught_up_on": "",
    "care_planned_on": "",
    # The day the new shop's first-start setup was done (shop/setup.py), so it is asked once.
    "shop_set_up_on": "",
    # The figures a buyer must beat for each RFM score, as of the day's catch-up
    # (loyalty/segments.py), so her card compares instead of ranking the shop.
    "rfm_cut_points": "",
    # The owner's recovery code, hashed (staff/accounts.py), and the shop's own key for
    # the digests of erased customers' phones (customers/privacy.py).
    "owner_recovery": "",
    "privacy_salt": "",
}
DEFAULTS: dict[str, str] = {**options.defaults(), **BOOKKEEPING}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS[key]


def put(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def day(key: str) -> dt.date | None:
    """The day a bookkeeping key records, or None if it never happened."""
    written = get(key)
    return dt.date.fromisoformat(written) if written else None


def put_day(key: str, on: dt.date) -> None:
    put(key, on.isoformat())


def give_back_customer_numbers(numbers: list[str]) -> None:
    """Numbers reserved for customers who were never kept go back, unless some were taken
    since (then they stay unused: a number is never given to two customers)."""
    if numbers and int(get("next_customer_number")) == int(numbers[-1][1:]) + 1:
        put("next_customer_number", str(int(numbers[0][1:])))


def reserve_customer_numbers(count: int) -> range:
    """Reserve `count` customer numbers, each read as `customer_number(n)`; call inside the
    writing transaction."""
    first = int(get("next_customer_number"))
    put("next_customer_number", str(first + count))
    return range(first, first + count)


def customer_number(n: int) -> str:
    return f"C{n:06d}"


def take_customer_numbers(count: int = 1) -> list[str]:
    """Reserve `count` customer numbers (C000001…); call inside the writing transaction."""
    return [customer_number(n) for n in reserve_customer_numbers(count)]

"""Demo shops of a chosen size around one regular customer, for the query-count pins.

A pin that holds on one small shop says nothing about a loop over rows: the
same count must hold on a shop of 10 customers and of 300, and for a regular
with one of everything and with many. Each shop is built once (from the run's
seeded shop) and copied for each test, like `db`.

The root conftest imports this module for every run, so the features are
imported only when a shop is built: one that fails to import fails the tests
that need a shop, not the collection of the whole suite.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from shopcrm.core import clock

# Her spending, split over however many sales she made: every shop puts her in the
# same tier with the same next tier ahead, so the same branches run for her.
SPENT = Decimal("6000")


@dataclass(frozen=True)
class SizedShop:
    """A closed shop file and who is in it."""

    path: Path
    customers: int  # demo customers, besides the regular, her referrer and her friends
    rows: int  # how many of each kind of history the regular has
    regular: int
    clerk: int


@dataclass(frozen=True)
class ShopSize:
    """How many demo customers, and how many of each kind of history the regular has."""

    customers: int
    rows: int

    @property
    def id(self) -> str:
        return f"{self.customers}-customers-{self.rows}-rows"


# A small shop where she has one of everything, a larger one where she has many.
SIZES = (ShopSize(10, 1), ShopSize(300, 6))


def build(seeded: Path, folder: Path, size: ShopSize) -> SizedShop:
    """A copy of the seeded shop with `size.customers` demo customers and the regular.

    The regular has a clerk, a referrer and a tier, and `size.rows` sales (of
    `size.rows` items each), friends she brought who bought, key dates,
    complaints, contacts logged by a clerk and points adjustments.
    """
    from shopcrm.demo.generator import fill_demo
    from shopcrm.shop.opening import open_shop

    path = folder / f"shop-{size.id}.db"
    shutil.copyfile(seeded, path)
    database = open_shop(path)
    try:
        fill_demo(size.customers, seed=size.customers)
        regular, clerk = _regular(size.rows)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        database.close()
    return SizedShop(path, size.customers, size.rows, regular, clerk)


def _regular(rows: int) -> tuple[int, int]:
    from shopcrm.care.contacts import log_contact
    from shopcrm.customers import key_dates, profiles
    from shopcrm.loyalty import points
    from shopcrm.sales.pricing import SaleLine
    from shopcrm.sales.recording import record_sale
    from shopcrm.staff import roster
    from shopcrm.storage.models import KEY_DATE_KINDS, Complaint

    today = clock.today()
    clerk = roster.add_staff("柜员小周")
    referrer = profiles.quick_add("介绍人", "13500000000", clerk_id=clerk.id)
    she = profiles.quick_add(
        "常客张", "13500000001", "1988-04-06", clerk_id=clerk.id, referred_by_id=referrer.id
    )
    price = (SPENT / rows / rows).quantize(Decimal("0.01"))
    for n in range(rows):
        record_sale(
            she.id,
            [SaleLine(price, 1, f"Q{n}-{i}", f"样品{i}") for i in range(rows)],
            on=today - dt.timedelta(days=40 - n),
            clerk_id=clerk.id,
        )
    for n in range(rows):
        friend = profiles.quick_add(f"朋友{n}", f"1350000{n + 100:04d}", referred_by_id=she.id)
        record_sale(friend.id, [SaleLine(Decimal("300"))], on=today - dt.timedelta(days=20 - n))
        kind = KEY_DATE_KINDS[n % len(KEY_DATE_KINDS)]
        key_dates.save_key_date(she.id, key_dates.KeyDateInput(kind, 1 + n, 10, f"日子{n}"))
        Complaint.create(customer=she.id, category="quality", description=f"第{n}次")
        log_contact(she.id, "phone", "follow_up", f"回访{n}", staff_id=clerk.id)
        points.adjust(she.id, 10, f"补偿{n}")
    return she.id, clerk.id


class SizedShops:
    """Each size built the first time a test asks for it, once per run, on the run's day."""

    def __init__(self, seeded: Path, folder: Path, day: dt.date) -> None:
        self.seeded = seeded
        self.folder = folder
        self.day = day
        self._built: dict[ShopSize, SizedShop] = {}

    def get(self, size: ShopSize) -> SizedShop:
        if size not in self._built:
            with clock.set_to(self.day):
                self._built[size] = build(self.seeded, self.folder, size)
        return self._built[size]

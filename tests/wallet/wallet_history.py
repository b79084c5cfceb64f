"""What the wallet's state machine (test_wallet_properties.py) draws and knows.

The strategies of her sales and vouchers, the test's own model of each voucher and
sale, and the few reads it checks the shop with: a snapshot a refused step must leave
as it was, her figures as the customer row keeps them, a ledger's running sums.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

from hypothesis import strategies as st

from shopcrm.core.money import from_fen
from shopcrm.sales.pricing import SaleLine
from shopcrm.storage.models import database
from shopcrm.wallet import vouchers

CATEGORIES = ("上衣", "裤子", "配饰")
STYLES = ("", "A1", "B2")
# Top-up bonus settings a shop might choose: (top-up, bonus), lowest first.
BONUS_STEPS = (
    (),
    ((Decimal(500), Decimal(50)), (Decimal(1000), Decimal(150))),
    ((Decimal(100), Decimal(5)), (Decimal(300), Decimal(30)), (Decimal(2000), Decimal(400))),
)
PRICES = tuple(map(Decimal, ("39.9", "99", "199", "399", "599", "1299", "2999")))
ROUND_TOP_UPS = tuple(map(Decimal, ("100", "300", "500", "999.99", "1000", "2000", "5000")))
# What a clerk may get wrong at the counter: the sale is refused.
MISTAKES = (
    "discount over the sale",
    "more points than hers",
    "negative points",
    "more than her balance",
    "negative balance",
)
OWNER_TABLES = ("purchase", "points_entry", "balance_entry", "voucher", "tier_change", "gift")


def yuan(least: int, most: int) -> st.SearchStrategy[Decimal]:
    """Amounts to the fen, from `least` to `most` fen."""
    return st.integers(least, most).map(lambda fen: Decimal(fen).scaleb(-2))


def lines(quantities: st.SearchStrategy[int]) -> st.SearchStrategy[list[SaleLine]]:
    line = st.builds(
        SaleLine,
        unit_price=st.one_of(st.sampled_from(PRICES), yuan(1, 300_000)),
        quantity=quantities,
        style_no=st.sampled_from(STYLES),
        category=st.sampled_from((*CATEGORIES, None)),
    )
    return st.lists(line, min_size=1, max_size=3)


def snapshot(customer_ids: list[int]) -> tuple:
    """Every row of these customers and the row count of every table: what a refused
    step must leave as it was."""
    marks = ", ".join("?" * len(customer_ids))

    def rows(sql: str) -> list[tuple]:
        return database.execute_sql(sql, customer_ids).fetchall()

    theirs = [
        rows(f"SELECT * FROM {t} WHERE customer_id IN ({marks}) ORDER BY id") for t in OWNER_TABLES
    ]
    theirs.append(rows(f"SELECT * FROM customer WHERE id IN ({marks}) ORDER BY id"))
    theirs.append(
        rows(
            f"SELECT i.* FROM purchase_item i JOIN purchase p ON p.id = i.purchase_id"
            f" WHERE p.customer_id IN ({marks}) ORDER BY i.id"
        )
    )
    counts = [
        database.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        for t in database.get_tables()
    ]
    return tuple(map(tuple, theirs)), tuple(counts)


@dataclass(frozen=True)
class Kept:
    """Her figures as the customer row keeps them."""

    balance: Decimal
    points: int
    spent: Decimal


def kept(customer_id: int) -> Kept:
    balance, points_held, spent = database.execute_sql(
        "SELECT balance, points, total_spent FROM customer WHERE id = ?", (customer_id,)
    ).fetchone()
    return Kept(from_fen(balance), points_held, from_fen(spent))


def running(table: str, column: str, customer_id: int) -> list[int]:
    """The running sums of a ledger's `column`, oldest first, as her ledger shows them."""
    rows = database.execute_sql(
        f"SELECT {column} FROM {table} WHERE customer_id = ? ORDER BY created_at, id",
        (customer_id,),
    ).fetchall()
    return list(accumulate(row[0] for row in rows))


@contextmanager
def rolled_back() -> Iterator[None]:
    """One run's writes, undone after it: each run starts from the same shop, and a
    refused step inside is still its own savepoint, rolled back alone."""
    with database.atomic() as outer:
        yield
        outer.rollback()


def bonus_for(steps: tuple[tuple[Decimal, Decimal], ...], amount: Decimal) -> Decimal:
    reached = [bonus for least, bonus in steps if amount >= least]
    return reached[-1] if reached else Decimal(0)


@dataclass(frozen=True)
class Offer:
    """A voucher's terms in days from the day it is given, so one strategy serves any day."""

    value: Decimal | None
    percent: Decimal
    min_spend: Decimal
    categories: tuple[str, ...]
    starts: int
    lasts: int | None

    @property
    def refused(self) -> bool:
        return (self.lasts is not None and self.lasts < 0) or (
            self.value is None and self.percent == 100
        )

    def terms(self, today: dt.date) -> vouchers.Terms:
        start = today + dt.timedelta(days=self.starts)
        return vouchers.Terms(
            value=self.value,
            percent=None if self.value is not None else self.percent,
            min_spend=self.min_spend,
            valid_from=start,
            valid_to=None if self.lasts is None else start + dt.timedelta(days=self.lasts),
            categories=self.categories,
        )


offers = st.builds(
    Offer,
    value=st.one_of(st.none(), yuan(1, 50_000)),
    percent=st.integers(1, 100).map(Decimal),
    min_spend=st.one_of(st.just(Decimal(0)), st.just(Decimal(0)), yuan(1, 100_000)),
    categories=st.one_of(
        st.just(()), st.lists(st.sampled_from(CATEGORIES), max_size=2, unique=True).map(tuple)
    ),
    starts=st.integers(-20, 5),
    lasts=st.one_of(st.none(), st.integers(-1, 60)),
)


@dataclass
class VoucherModel:
    customer: int
    valid_from: dt.date
    valid_to: dt.date
    cancelled: bool = False
    used_by: int | None = None

    def status(self, on: dt.date) -> str:
        if self.cancelled:
            return "cancelled"
        if self.used_by is not None:
            return "used"
        if on > self.valid_to:
            return "expired"
        return "not_yet" if on < self.valid_from else "valid"


@dataclass
class SaleModel:
    customer: int
    redeemed: int
    from_balance: Decimal
    vouchers: tuple[int, ...] = field(default_factory=tuple)
    returned: bool = False

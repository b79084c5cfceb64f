"""A living demo shop: staff, customers and three years of sales, made up but plausible.

It lets the owner try every screen before typing in real data, and lets the
benchmarks measure a shop of a million customers. The same seed always gives
the same shop. Customers are made a chunk at a time (chunks; by a second process
for a big demo) from the words in resources/demo (people, vocabulary), then their
history (history), each sale priced as the till prices it (pricing). The rows are
written in bulk inside one transaction (writer), a million customers in minutes,
and the stored figures settled as the app would hold them (settling), so that
`shopcrm check` agrees with the demo as with a real shop. A year of VIP events
follows, its guests chosen from the settled figures (events), and the wallets of
the best customers (wallet).
"""

from __future__ import annotations

import random
from contextlib import closing
from dataclasses import dataclass

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.demo.chunks import made
from shopcrm.demo.events import fill_events
from shopcrm.demo.people import customer_rows, staff
from shopcrm.demo.pricing import read_rates
from shopcrm.demo.settling import settle
from shopcrm.demo.shop import Shop
from shopcrm.demo.wallet import fill_wallets
from shopcrm.demo.writer import (
    CUSTOMER_COLUMNS,
    KEY_DATE_COLUMNS,
    C,
    History,
    insert_rows,
    next_id,
)
from shopcrm.loyalty import referrals
from shopcrm.shop import seeding
from shopcrm.storage import settings
from shopcrm.storage.bulk import loaded_in_bulk
from shopcrm.storage.models import Customer, Tier, database

# The benchmarks time the customer rows and their insert on their own.
__all__ = [
    "CUSTOMER_COLUMNS",
    "DemoSummary",
    "customer_rows",
    "fill_demo",
    "insert_rows",
    "setup_shop",
]

# The tables the customers and their history fill, empty before the demo (the customers'
# absence is checked; their history cannot be without them).
BULK_TABLES = ("customer", "key_date", *(table for table, _, _ in History().tables()))
KINDS = ("clothing", "furniture")


@dataclass(frozen=True)
class DemoSummary:
    """What was made, for the command line to report."""

    customers: int
    purchases: int
    items: int
    complaints: int
    referrals: int
    key_dates: int
    staff: int
    events: int


def _use_kind(kind: str) -> None:
    """A furniture demo needs the furniture tiers, in the language the preset was installed in."""
    if settings.get("shop_kind") == kind:
        return
    chinese = {p["name"]["zh_CN"] for preset in seeding.tier_presets().values() for p in preset}
    installed = {t.name for t in Tier.select()}
    seeding.install_tiers(kind, "zh_CN" if installed & chinese else "en")
    settings.put("shop_kind", kind)


# The demo shop's name, address and phone, for its receipts and printed lists.
SHOP_CARDS = {
    "clothing": ("丽影服饰", "北京市朝阳区幸福路8号", "010-6588 1234"),
    "furniture": ("安居家具", "成都市武侯区锦城大道66号", "028-8566 4321"),
}


def _name_the_shop(kind: str) -> None:
    """A shop that has no name yet takes the demo's, as its owner would have typed it."""
    if settings.get("shop_name"):
        return
    for key, value in zip(
        ("shop_name", "shop_address", "shop_phone"), SHOP_CARDS[kind], strict=True
    ):
        settings.put(key, value)


def setup_shop(total: int, rng: random.Random, kind: str) -> Shop:
    """Add the staff and read the tiers for a demo of `total` customers (in the transaction)."""
    if kind not in KINDS:
        raise ValueError(f"unknown shop kind {kind!r}; expected one of {KINDS}")
    _use_kind(kind)
    _name_the_shop(kind)
    clerks = staff(rng)
    shop = Shop(
        kind,
        total,
        next_id("customer"),
        settings.reserve_customer_numbers(total).start,
        clerks,
        read_rates(),
        referrals.rewards(),
    )
    shop.followup_days = int(settings.get("complaint_followup_days"))
    shop.next_purchase_id = next_id("purchase")
    shop.next_complaint_id = next_id("complaint")
    return shop


def fill_demo(customers: int, seed: int = 1, kind: str = "clothing") -> DemoSummary:
    """Fill an empty shop database with `customers` made-up customers and their history."""
    rng = random.Random(seed)
    counts = dict.fromkeys(("purchase", "purchase_item", "complaint", "key_date"), 0)
    referred = 0
    with database.atomic("IMMEDIATE"):
        if Customer.select().exists():
            raise ShopError(
                tr(
                    "This database already holds customers; demo data must not mix with a "
                    "real shop's. Use --db to pick a new file."
                )
            )
        shop = setup_shop(customers, rng, kind)
        with loaded_in_bulk(BULK_TABLES), closing(made(customers, rng, shop)) as chunks:
            for chunk in chunks:
                insert_rows("customer", CUSTOMER_COLUMNS, chunk.customers)
                referred += sum(1 for row in chunk.customers if row[C["referred_by_id"]])
                counts["key_date"] += insert_rows("key_date", KEY_DATE_COLUMNS, chunk.key_dates)
                for table, columns, table_rows in chunk.history.tables():
                    written = insert_rows(table, columns, table_rows)
                    if table in counts:
                        counts[table] += written
        settle(shop)
        events = fill_events(rng, shop)
        fill_wallets(rng, shop)
    return DemoSummary(
        customers=customers,
        purchases=counts["purchase"],
        items=counts["purchase_item"],
        complaints=counts["complaint"],
        referrals=referred + events.referrals,
        key_dates=counts["key_date"],
        staff=len(shop.clerk_ids) + 1,
        events=events.events,
    )

"""The browsing list: filters, every sort order, pages, and search results in rank order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.customers.listing import COLUMNS, ListFilter, count, page
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage.models import Staff, Tier


@pytest.fixture
def shop(owner):
    chen = Staff.create(name="小陈")
    wang = Staff.create(name="王敏")
    made = []
    for n in range(12):
        customer = profiles.quick_add(
            f"顾客{n:02d}", f"1380000{n:04d}", clerk_id=(chen if n % 2 else wang).id
        )
        if n % 3 == 0:
            record_sale(
                customer.id,
                [SaleLine(Decimal(700 * n + 100))],
                on=clock.today() - dt.timedelta(days=20 - n),
            )
        made.append(customer)
    profiles.delete_customer(owner, made[-1].id)
    return {"chen": chen.id, "wang": wang.id, "ids": [c.id for c in made]}


def test_count_and_pages_cover_every_active_customer_once(shop) -> None:
    view = ListFilter()
    assert count(view) == 11
    rows = page(view, 0, 5) + page(view, 5, 5) + page(view, 10, 5)
    assert [r.number for r in rows] == [f"C{n:06d}" for n in range(1, 12)]


@pytest.mark.parametrize("column", COLUMNS)
def test_every_column_sorts_both_ways(shop, column: str) -> None:
    up = page(ListFilter(sort=column), 0, 50)
    down = page(ListFilter(sort=column, descending=True), 0, 50)
    assert [r.id for r in up] == [r.id for r in reversed(down)]
    assert len(up) == 11


def test_sorting_by_total_spent_puts_the_best_customer_first(shop) -> None:
    rows = page(ListFilter(sort="total_spent", descending=True), 0, 3)
    assert rows[0].name == "顾客09" and rows[0].total_spent == Decimal("6400.00")


def test_filters_combine(shop) -> None:
    silver = Tier.get(Tier.rank == 1)
    assert count(ListFilter(clerk_id=shop["chen"])) == 5
    assert {r.tier for r in page(ListFilter(tier_id=silver.id), 0, 50)} == {silver.name}
    assert count(ListFilter(status="visitor")) == 7
    assert count(ListFilter(status="customer", clerk_id=shop["wang"])) == 2


def test_search_results_keep_their_rank(shop) -> None:
    ids = (shop["ids"][4], shop["ids"][1], shop["ids"][7])
    rows = page(ListFilter(ids=ids, sort="rank"), 0, 10)
    assert tuple(r.id for r in rows) == ids
    assert count(ListFilter(ids=())) == 0 and page(ListFilter(ids=()), 0, 10) == []


def test_deleted_customers_are_not_listed(shop) -> None:
    assert shop["ids"][-1] not in [r.id for r in page(ListFilter(), 0, 50)]


@pytest.mark.parametrize("column", COLUMNS)
@pytest.mark.parametrize("descending", [False, True])
def test_pages_read_from_the_end_match_pages_read_from_the_start(shop, column, descending) -> None:
    view = ListFilter(sort=column, descending=descending)
    total = count(view)
    forwards = [r.id for r in page(view, 0, total)]
    for offset, limit in ((6, 3), (9, 5), (10, 1), (11, 4), (8, 3)):
        assert [r.id for r in page(view, offset, limit, total)] == forwards[offset : offset + limit]


def test_the_kept_customer_count_follows_every_change(shop, db, owner) -> None:
    from shopcrm.customers.merge import merge_customers
    from shopcrm.storage import derived

    def counted() -> int:
        return db.execute_sql("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[
            0
        ]

    assert count(ListFilter()) == counted() == 11
    profiles.delete_customer(owner, shop["ids"][0])
    assert count(ListFilter(sort="name", descending=True)) == counted() == 10
    profiles.restore_customer(owner, shop["ids"][0])
    merge_customers(owner, shop["ids"][1], shop["ids"][2])
    profiles.quick_add("新顾客", "13999998888")
    assert count(ListFilter()) == counted() == 11
    assert derived.active_count_mismatch() is None


def test_check_finds_and_repairs_a_wrong_customer_count(shop, db, db_path, capsys) -> None:
    from shopcrm.cli import main

    db.execute_sql("UPDATE customer_count SET active = 3")
    assert main(["--db", str(db_path), "check"]) == 1
    assert "customer count" in capsys.readouterr().err
    assert main(["--db", str(db_path), "check", "--repair"]) == 0
    assert count(ListFilter()) == 11

"""The browsing list: filters, every sort order, pages, and search results in rank order."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.customers.listing import COLUMNS, ListFilter, count, event_choices, page
from shopcrm.events import door, guests, planning
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


def test_a_list_of_a_fifth_of_a_million_keeps_its_rank_in_one_parameter(shop) -> None:
    """The dashboard's 80/20 few of a big shop: more ids than SQLite takes parameters
    (32,766 on Windows' Python, 250,000 on Debian's), each page read in its order."""
    kept = shop["ids"][:11]  # the twelfth is in the trash
    gone = range(10_000_000, 10_300_000)  # ranked, and since gone: not listed
    ranked = ListFilter(ids=(*reversed(kept), *gone), sort="rank")
    assert count(ranked) == 11
    assert [r.id for r in page(ranked, 0, 4)] == list(reversed(kept))[:4]
    assert [r.id for r in page(ranked, 8, 4)] == list(reversed(kept))[8:]


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


def test_an_event_shows_those_invited_to_it_or_those_who_came(shop, owner) -> None:
    """Invited means her clerk asked her; came means she was ticked at the door, a walk-in
    too; a customer in the trash is not listed, and another event's guests are not."""
    ids = shop["ids"]
    starts = dt.datetime.combine(clock.today(), dt.time(15))
    talk = planning.save_event(owner, planning.EventInput("秋季讲座", "talk", starts))
    outing = planning.save_event(owner, planning.EventInput("郊游", "outing", starts))
    guests.invite_customers(owner, talk.id, [ids[1], ids[2], ids[3], ids[4]])
    guests.invite_customers(owner, outing.id, [ids[6]])
    door.check_in(owner, talk.id, ids[2])
    door.check_in(owner, talk.id, ids[5])  # came without an invitation
    profiles.delete_customer(owner, ids[4])

    invited = ListFilter(event_id=talk.id, sort="name")
    came = ListFilter(event_id=talk.id, came=True, sort="name")
    assert count(invited) == 3 and [r.id for r in page(invited, 0, 10)] == ids[1:4]
    assert count(came) == 2 and [r.id for r in page(came, 0, 10)] == [ids[2], ids[5]]
    assert count(ListFilter(event_id=outing.id, clerk_id=shop["wang"])) == 1
    assert count(ListFilter(event_id=outing.id, came=True)) == 0
    # The last page, read from the end, agrees with the first.
    assert [r.id for r in page(invited, 2, 5, 3)] == [ids[3]]


def test_events_to_filter_by_come_latest_first(shop, owner) -> None:
    day = clock.today()
    for title, offset in (("春季", -30), ("秋季", 20), ("夏季", 5)):
        starts = dt.datetime.combine(day + dt.timedelta(days=offset), dt.time(15))
        planning.save_event(owner, planning.EventInput(title, "talk", starts))
    assert [e.title for e in event_choices()] == ["秋季", "夏季", "春季"]

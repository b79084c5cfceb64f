"""The statements her card, a page of the list and a fruitless keystroke cost, pinned.

Each count must hold in a shop of 10 customers and of 300, for a regular with
one of everything and with six (the `sized_shop` fixture): a query per row
added anywhere breaks the pin in the larger shop. A pin that breaks because a
path became cheaper is updated to the new, lower count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shopcrm.customers import history, key_dates, listing, search
from shopcrm.customers.listing import ListFilter
from shopcrm.customers.summary import summarize
from shopcrm.storage.models import Customer
from tests.helpers.queries import counting, full_scans
from tests.helpers.sized_shops import SizedShop


def _summary(she: int) -> object:
    # Her row, the tier rule, her measure, her tier, the next tier, her friends,
    # their rewards, her clerk.
    found = summarize(she)
    return (found.tier, found.clerk, found.referrals.made, found.value.total)


def _purchases(she: int) -> object:
    return [
        (
            view.purchase.clerk.name if view.purchase.clerk_id else "",
            [i.style_no for i in view.items],
        )
        for view in history.purchases(she)
    ]


def _contacts(she: int) -> object:
    return [(c.staff.name if c.staff_id else "", c.outcome) for c in history.contacts(she)]


# What her card reads from this package, with what it shows of each row.
CARD_READS = [
    pytest.param(_summary, 8, id="summary"),
    pytest.param(lambda she: [u.next_on for u in key_dates.key_dates(she)], 1, id="key-dates"),
    pytest.param(_purchases, 2, id="purchases"),
    pytest.param(lambda she: [c.description for c in history.complaints(she)], 1, id="complaints"),
    pytest.param(_contacts, 1, id="contacts"),
]


@pytest.mark.parametrize(("read", "expected"), CARD_READS)
def test_her_card_reads_a_fixed_number_of_statements(
    sized_shop: SizedShop, read: Callable[[int], object], expected: int
) -> None:
    with counting() as ran:
        shown = read(sized_shop.regular)
    assert shown
    assert len(ran) == expected, ran


def test_the_counter_sees_raw_sql_as_well_as_model_queries(db) -> None:
    """The list and the search run raw `execute_sql`: a pin of 1 must mean one, not zero."""
    with counting() as ran:
        listing.page(ListFilter(), 0, 10)
        Customer.select().count()
    assert len(ran) == 2
    assert ran.sql[0].startswith("SELECT c.id, c.number")
    assert ran.sql[1].startswith('SELECT COUNT(1) FROM (SELECT 1 FROM "customer"')


def test_the_list_count_reads_the_kept_number(sized_shop: SizedShop) -> None:
    with counting() as ran:
        total = listing.count(ListFilter())
    assert total > sized_shop.customers
    assert len(ran) == 1, ran


LIST_VIEWS: dict[str, Callable[[SizedShop], ListFilter]] = {
    "by number": lambda shop: ListFilter(),
    "best customers first": lambda shop: ListFilter(sort="total_spent", descending=True),
    "one clerk's, by last visit": lambda shop: ListFilter(
        clerk_id=shop.clerk, sort="last_purchase_on"
    ),
    "search hits in rank order": lambda shop: ListFilter(ids=(shop.regular, 3, 1, 2), sort="rank"),
}


@pytest.mark.parametrize("view_name", list(LIST_VIEWS))
@pytest.mark.parametrize("where", ["first", "last"])
def test_a_page_of_the_list_is_one_statement(
    sized_shop: SizedShop, view_name: str, where: str
) -> None:
    """The first screen, and the last one (read from the end), of each kind of list."""
    view = LIST_VIEWS[view_name](sized_shop)
    total = listing.count(view)
    limit = 200
    offset = 0 if where == "first" else max(total - limit, 0)
    with counting() as ran:
        rows = listing.page(view, offset, limit, total)
    assert len(rows) == min(limit, total - offset) > 0
    assert len(ran) == 1, ran


# Keystrokes nobody in any demo shop matches: every step of the cascade runs.
NOTHING = [
    ("钱多多", 3),  # name start, given name, trigram substring
    ("饕餮", 3),  # name start, given name, then the parts inside names
    ("饕", 3),  # the same for one character
    ("zzqx", 5),  # name start, given name, pinyin initials, full pinyin, substring
    ("99999999", 5),  # phone ending, customer number, phone start, second phone, phone middle
    ("c9999999", 6),  # customer number, then the five ways of typing a Latin name
]


@pytest.mark.parametrize(("typed", "expected"), NOTHING)
def test_a_keystroke_that_finds_nobody_costs_a_fixed_number_of_lookups(
    sized_shop: SizedShop, typed: str, expected: int
) -> None:
    with counting() as ran:
        found = search.find(typed)
    assert found.hits == ()
    assert len(ran) == expected, ran


@pytest.mark.parametrize("typed", [typed for typed, _ in NOTHING])
def test_a_keystroke_that_finds_nobody_scans_nothing_that_grows(
    sized_shop: SizedShop, typed: str
) -> None:
    """Each lookup of the cascade is a seek, so a miss costs the same in a shop of a million."""
    with counting() as ran:
        search.find(typed)
    assert full_scans(ran) == []

"""The statements her VIP and points tab costs, pinned in shops of 10 and 300 customers.

The tab of her card shows her RFM segment, her tier changes, her points ledger
with its balance and the friends she brought; each is a fixed number of
statements however long her history is (see tests/customers/test_query_counts.py).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import points, referrals, segments, tiers
from tests.helpers.queries import counting
from tests.helpers.sized_shops import SizedShop


def _friends(she: int) -> object:
    brought = referrals.summary(she)
    return [(f.number, f.name, f.converted_on, f.spent) for f in brought.friends] + [
        (r.friend_id, r.referrer_points) for r in brought.rewards
    ]


def _segment(she: int) -> object:
    found = segments.rfm_of(she)
    return found and found.segment


# What the VIP tab of her card reads, with what it shows of each row.
TAB_READS = [
    pytest.param(_segment, 2, id="segment"),  # her figures, then how many buyers are below
    pytest.param(lambda she: [m.to_name for m in tiers.history(she)], 1, id="tier-history"),
    pytest.param(lambda she: [(e.balance, e.label) for e in points.ledger(she)], 1, id="ledger"),
    pytest.param(points.balance, 1, id="balance"),
    pytest.param(_friends, 2, id="friends"),  # the friends, then the rewards given for them
]


@pytest.mark.parametrize(("read", "expected"), TAB_READS)
def test_her_vip_tab_reads_a_fixed_number_of_statements(
    sized_shop: SizedShop, read: Callable[[int], object], expected: int
) -> None:
    with counting() as ran:
        shown = read(sized_shop.regular)
    assert shown
    assert len(ran) == expected, ran


def test_tier_progress_is_four_statements(sized_shop: SizedShop) -> None:
    """The bar on her card: the rule, her measure, her tier and the one above it."""
    she = get_customer(sized_shop.regular)
    with counting() as ran:
        progress = tiers.progress(she)
    assert progress.current is not None and progress.next is not None
    assert len(ran) == 4, ran

"""The statements a sale costs, pinned: the same for one item or six, in a shop of 10
customers or of 300 (the `sized_shop` fixture).

Everything a sale updates (points, derived figures, tier, status) is written
set-wise for the customers it touches, so the count must not grow with the
lines of the sale, the customer's history or the shop.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from tests.helpers.queries import counting
from tests.helpers.sized_shops import SizedShop

# With a clerk: her row, the clerk, pricing, the purchase, its items in one insert, the
# points entry, derived figures, the tier review (set-wise, in a temp table), the status.
SALE = 31
# + the point value and her balance checked, the point value again, the redemption entry.
SALE_WITH_POINTS = SALE + 4
# + the referral settings for the friend's discount, whether a reward was given, the
# referrer, the reward settings, the reward, the referrer's points.
FRIENDS_FIRST_SALE = SALE + 13


def _lines(count: int) -> list[SaleLine]:
    return [SaleLine(Decimal("88.00"), 1, f"S{n}", f"围巾{n}") for n in range(count)]


@pytest.mark.parametrize("lines", [1, 6])
def test_a_sale_costs_the_same_whatever_its_lines(sized_shop: SizedShop, lines: int) -> None:
    with counting() as ran:
        sold = record_sale(sized_shop.regular, _lines(lines), clerk_id=sized_shop.clerk)
    assert len(sold.purchase.items) == lines
    assert len(ran) == SALE, ran


def test_redeeming_points_adds_a_fixed_few(sized_shop: SizedShop) -> None:
    with counting() as ran:
        record_sale(sized_shop.regular, _lines(2), clerk_id=sized_shop.clerk, redeem_points=10)
    assert len(ran) == SALE_WITH_POINTS, ran


def test_a_referred_friends_first_sale_rewards_in_a_fixed_number(sized_shop: SizedShop) -> None:
    friend = profiles.quick_add("新朋友", "13600000009", referred_by_id=sized_shop.regular)
    with counting() as ran:
        sold = record_sale(friend.id, _lines(3), clerk_id=sized_shop.clerk)
    assert sold.referral_reward is not None
    assert len(ran) == FRIENDS_FIRST_SALE, ran

"""Referrals: who brought whom, rewards granted exactly once, the card's figures, the rate."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers import merge, profiles
from shopcrm.loyalty import points, referrals
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import derived, options
from shopcrm.storage.models import Customer, PointsEntry, ReferralReward

TODAY = clock.today()


def buy(customer_id: int, amount: str, quantity: int = 1):
    return record_sale(customer_id, [SaleLine(Decimal(amount), quantity)])


@pytest.fixture
def pair(db) -> tuple[int, int]:
    """张小丽 brought her friend 李娜, who has not bought yet."""
    xiaoli = profiles.quick_add("张小丽", "13812345678")
    friend = profiles.quick_add("李娜", "13900001111", referred_by_id=xiaoli.id)
    return xiaoli.id, friend.id


def test_the_first_purchase_converts_the_referral_and_rewards_both_once(pair) -> None:
    xiaoli, friend = pair
    options.set_many({"referral_gift": "丝巾一条"})
    options.set_many({"referral_voucher": "50"})
    first = buy(friend, "1000")
    assert first.quote.referral_pct == 5 and first.quote.referral_discount == Decimal("50.00")
    assert first.purchase.total == Decimal("950.00")
    reward = first.referral_reward
    assert (reward.referrer_id, reward.referrer_points, reward.referrer_gift) == (
        xiaoli,
        200,
        "丝巾一条",
    )
    assert reward.referrer_voucher == Decimal("50.00")
    assert reward.friend_discount == Decimal("50.00")
    assert points.balance(xiaoli) == 200 == Customer.get_by_id(xiaoli).points
    second = buy(friend, "1000")
    assert second.quote.referral_discount == 0 and second.referral_reward is None
    assert ReferralReward.select().count() == 1 and points.balance(xiaoli) == 200
    assert derived.mismatches() == []


def test_a_return_before_any_purchase_is_refused_and_converts_nothing(pair) -> None:
    _, friend = pair
    with pytest.raises(ValidationError, match="more than the customer has spent"):
        buy(friend, "100", quantity=-1)
    assert ReferralReward.select().count() == 0
    assert buy(friend, "100").referral_reward is not None


def test_a_referrer_in_the_trash_gets_nothing_but_the_conversion_is_kept(pair, owner) -> None:
    xiaoli, friend = pair
    profiles.delete_customer(owner, xiaoli)
    reward = buy(friend, "100").referral_reward
    assert reward.referrer_points == 0 and points.balance(xiaoli) == 0


def test_recording_the_referrer_on_the_card_is_checked(pair, owner) -> None:
    xiaoli, friend = pair
    third = profiles.quick_add("王芳", "13700003333").id
    with pytest.raises(ValidationError, match="themselves"):
        referrals.set_referrer(third, third)
    with pytest.raises(ValidationError, match="brought in through"):
        referrals.set_referrer(xiaoli, friend)
    referrals.set_referrer(third, friend)
    with pytest.raises(ValidationError, match="brought in through"):
        referrals.set_referrer(xiaoli, third)
    gone = profiles.quick_add("赵敏", "13600004444").id
    profiles.delete_customer(owner, gone)
    with pytest.raises(ValidationError, match="customer list"):
        referrals.set_referrer(third, gone)
    assert referrals.set_referrer(friend, None).referred_by_id is None
    referrals.set_referrer(friend, xiaoli)
    buy(friend, "100")
    with pytest.raises(ValidationError, match="already rewarded"):
        referrals.set_referrer(friend, third)
    assert referrals.set_referrer(friend, xiaoli).referred_by_id == xiaoli


def test_the_card_summary_and_the_shop_rate(pair) -> None:
    xiaoli, friend = pair
    idle = profiles.quick_add("王芳", "13700003333", referred_by_id=xiaoli).id
    buy(friend, "1000")
    buy(xiaoli, "300")
    shown = referrals.summary(xiaoli)
    assert (shown.made, shown.converted, shown.revenue) == (2, 1, Decimal("950.00"))
    assert [f.customer_id for f in shown.friends] == [friend, idle]
    assert len(shown.rewards) == 1
    rate = referrals.shop_rate()
    assert (rate.referrers, rate.buyers, rate.rate) == (1, 2, 0.5)
    assert rate.goal_pct == 20 and rate.goal_met


def test_merging_the_referrer_moves_her_rewards(pair, owner) -> None:
    xiaoli, friend = pair
    twin = profiles.quick_add("张小丽", "13955556666").id
    buy(friend, "100")
    merge.merge_customers(owner, twin, xiaoli)
    assert referrals.summary(twin).rewards[0].friend_id == friend
    assert points.balance(twin) == 200


@settings(
    max_examples=25,
    deadline=None,
    # One database serves every example; each starts with a new pair.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.tuples(st.booleans(), st.integers(1, 2000)), min_size=1, max_size=6))
def test_rewards_are_granted_exactly_once_whatever_she_buys_or_returns(db, ops) -> None:
    count = Customer.select().count()
    referrer = profiles.quick_add("推荐人", f"137{count:08d}").id
    friend = profiles.quick_add("朋友", f"137{count + 1:08d}", referred_by_id=referrer).id
    for is_return, amount in ops:
        if is_return and amount > Customer.get_by_id(friend).total_spent:
            with pytest.raises(ValidationError):  # never more back than she spent
                buy(friend, str(amount), -1)
            continue
        buy(friend, str(amount), -1 if is_return else 1)
    bought = any(not is_return for is_return, _ in ops)
    assert ReferralReward.select().where(ReferralReward.friend == friend).count() == int(bought)
    granted = PointsEntry.select().where(PointsEntry.customer == referrer)
    assert [e.points for e in granted] == ([200] if bought else [])

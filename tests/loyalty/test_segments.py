"""Lifecycle status, 80/20 gold customers, RFM segments and customer value."""

from __future__ import annotations

import datetime as dt
import json
import random
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.loyalty import segments, tiers
from shopcrm.loyalty.segments import segment
from shopcrm.loyalty.tiers import TierRules, TierSpec
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import settings
from shopcrm.storage.models import Customer

TODAY = clock.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def buy(customer_id: int, amount: str, on: dt.date = TODAY, quantity: int = 1) -> None:
    record_sale(customer_id, [SaleLine(Decimal(amount), quantity)], on=on)


def status(customer_id: int) -> str:
    return Customer.get_by_id(customer_id).status


@pytest.fixture
def plain(owner) -> None:
    """One tier without discounts, so every sale's total is its price."""
    tiers.apply_rules(
        owner, TierRules([TierSpec("会员", "0", "0", "0", "1", "", tiers.tiers()[0].id)])
    )


def add(name: str, n: int) -> int:
    return profiles.quick_add(name, f"1380000{n:04d}").id


def test_lifecycle_follows_purchases_and_the_day_settings(plain) -> None:
    visitor, buyer, regular, old, older = (add(name, n) for n, name in enumerate("甲乙丙丁戊"))
    buy(buyer, "100")
    for _ in range(3):
        buy(regular, "100", on=ago(10))
    buy(old, "100", on=ago(200))
    buy(older, "100", on=ago(400))
    assert [status(c) for c in (visitor, buyer, regular, old, older)] == [
        "visitor",
        "customer",
        "regular",
        "dormant",
        "lost",
    ]
    assert segments.recompute_all(TODAY + dt.timedelta(days=180)) == 3
    assert (status(buyer), status(regular)) == ("dormant", "dormant")
    assert segments.recompute_all(TODAY) == 3
    assert (status(buyer), status(regular)) == ("customer", "regular")


def test_an_intending_buyer_is_kept_until_she_buys(plain) -> None:
    seed = add("张小丽", 1)
    assert segments.mark_intending(seed, True).status == "intending"
    segments.recompute_all()
    assert status(seed) == "intending"
    with pytest.raises(ValidationError):  # nothing bought, nothing to give back
        buy(seed, "100", quantity=-1)
    assert status(seed) == "intending"
    buy(seed, "100")
    assert status(seed) == "customer"
    with pytest.raises(ValidationError, match="already bought"):
        segments.mark_intending(seed, True)


def test_gold_customers_cover_80_percent_of_the_period(plain) -> None:
    spends = ["5000", "3000", "1000", "500", "300", "200"]
    ids = [add(f"顾客{n}", n) for n in range(len(spends))]
    for customer_id, spend in zip(ids, spends, strict=True):
        buy(customer_id, spend, on=dt.date(2025, 6, 1))
    buy(ids[5], "9000", on=dt.date(2024, 6, 1))  # outside the period
    buy(ids[0], "1000", on=dt.date(2025, 7, 1), quantity=-1)  # a return counts against her
    group = segments.gold_customers(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # 4000 + 3000 + 1000 + 500 + 300 + 200 = 9000; 80% is 7200: the first three cover it.
    assert group.customer_ids == [ids[0], ids[1], ids[2]]
    assert (group.gold_spend, group.total_spend, group.buyers) == (
        Decimal("8000.00"),
        Decimal("9000.00"),
        6,
    )
    assert group.customer_share == 0.5
    assert round(group.sales_share, 3) == 0.889
    empty = segments.gold_customers(dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert empty.customer_ids == [] and empty.customer_share == 0.0


def test_rfm_scores_and_segments_on_a_hand_checked_shop(plain) -> None:
    # name: (days since each visit, spend per visit)
    shop = {
        "A": ((2, 30, 60, 90, 120), "2000"),  # R5 F5 M5: best customers
        "B": ((400, 450, 500, 550), "1500"),  # R1 F4 M4: at risk
        "C": ((5,), "300"),  # R4 F1 M1: new
        "D": ((200, 250), "400"),  # R2 F2 M2: hibernating
        "E": ((100, 130, 160), "700"),  # R3 F3 M3: need attention
    }
    ids = {}
    for n, (name, (days, spend)) in enumerate(shop.items()):
        ids[name] = add(name, n)
        for day in days:
            buy(ids[name], spend, on=ago(day))
    add("visitor", 9)
    scores = {s.customer_id: s for s in segments.rfm_scores()}
    assert len(scores) == 5
    got = {
        name: (scores[i].r, scores[i].f, scores[i].m, scores[i].segment) for name, i in ids.items()
    }
    assert got == {
        "A": (5, 5, 5, "champions"),
        "B": (1, 4, 4, "at_risk"),
        "C": (4, 1, 1, "new"),
        "D": (2, 2, 2, "hibernating"),
        "E": (3, 3, 3, "needs_attention"),
    }
    assert scores[ids["B"]].recency_days == 400 and scores[ids["B"]].monetary == Decimal("6000.00")
    assert all(segments.rfm_of(i) == score for i, score in scores.items())
    assert segments.rfm_of(Customer.get(Customer.name == "visitor").id) is None
    counts = dict(segments.segment_counts())
    assert next(iter(counts)) == "at_risk" and counts["at_risk"] == 1 and counts["loyal"] == 0
    assert segments.segment_name("at_risk") == "At risk"
    assert "call them first" in segments.segment_advice("at_risk")


def test_her_card_scores_her_as_the_whole_shop_ranks_her_with_many_ties(plain) -> None:
    """Her figures beside the day's cut points give the same scores as ranking every
    buyer, however many share a figure; cut points kept for another day are not used."""
    rng = random.Random(5)
    for n in range(37):
        she = add(f"顾客{n}", n)
        for _ in range(rng.choice([1, 1, 2, 3, 5])):
            buy(she, rng.choice(["100", "100", "250", "900"]), on=ago(rng.choice([3, 3, 40, 200])))
    add("没买过", 99)
    ranked = {score.customer_id: score for score in segments.rfm_scores()}
    settings.put("rfm_cut_points", json.dumps({"on": ago(1).isoformat(), "recency": [0] * 4}))
    assert {i: segments.rfm_of(i) for i in ranked} == ranked
    settings.put("rfm_cut_points", json.dumps({"on": TODAY.isoformat(), "r": [0] * 4}))
    assert {i: segments.rfm_of(i) for i in ranked} == ranked  # kept in a shape not known
    segments.refresh_cut_points(TODAY)
    assert {i: segments.rfm_of(i) for i in ranked} == ranked


def test_a_sale_moves_her_figures_at_once_and_the_cut_points_tomorrow(plain) -> None:
    first, second, third = (add(name, n) for n, name in enumerate("甲乙丙"))
    for she, visits in ((first, 1), (second, 2), (third, 4)):
        for _ in range(visits):
            buy(she, "100", on=ago(30))
    segments.refresh_cut_points(TODAY)
    before = segments.rfm_of(first)
    for _ in range(3):
        buy(first, "100")
    after = segments.rfm_of(first)
    assert (after.frequency, after.recency_days) == (4, 0)
    assert (after.f, after.r) == (5, 5) and (before.f, before.r) == (1, 1)
    assert segments.rfm_of(third).f == 5  # the morning's cut points: she is still above them


def test_equal_figures_get_equal_scores(plain) -> None:
    twins = [add("甲", 1), add("乙", 2)]
    for twin in twins:
        buy(twin, "500", on=ago(3))
    buy(add("丙", 3), "100", on=ago(30))
    first, second = (segments.rfm_of(t) for t in twins)
    assert (first.r, first.f, first.m) == (second.r, second.f, second.m)


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        ((5, 5, 5), "champions"),
        ((3, 5, 1), "loyal"),
        ((5, 1, 5), "new"),
        ((4, 3, 2), "promising"),
        ((1, 3, 1), "at_risk"),
        ((2, 1, 5), "at_risk"),
        ((1, 1, 1), "hibernating"),
        ((3, 2, 2), "needs_attention"),
    ],
)
def test_segment_rules(scores: tuple[int, int, int], expected: str) -> None:
    assert segment(*scores) == expected


def test_customer_value_adds_her_referrals_and_the_shop_repeat_rate(plain) -> None:
    xiaoli = add("张小丽", 1)
    friend = profiles.quick_add("李娜", "13900001111", referred_by_id=xiaoli).id
    buy(xiaoli, "1000")
    buy(xiaoli, "500")
    buy(friend, "2000")
    value = segments.customer_value(xiaoli)
    assert (value.spend, value.referral_revenue, value.total) == (
        Decimal("1500.00"),
        Decimal("1900.00"),
        Decimal("3400.00"),
    )
    assert value.repeat_purchases == 1
    assert segments.repeat_rate() == 0.5

"""VIP tiers: qualifying rules, downgrade policies, rule changes with preview, history."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.loyalty import tiers
from shopcrm.loyalty.tiers import TierRules, TierSpec
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import derived, options
from shopcrm.storage import settings as shop_settings
from shopcrm.storage.models import AuditLog, Customer, Tier, TierChange, database

TODAY = clock.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def spec(name: str, threshold: str, tier_id: int | None = None) -> TierSpec:
    return TierSpec(name, threshold, "0", "0", "1", "", tier_id)


def ladder(*thresholds: str, rule: str = "cumulative", downgrade: str = "never") -> TierRules:
    """The installed tiers, re-thresholded in order (extra ones are new, missing ones removed)."""
    existing = tiers.tiers()
    specs = [
        spec(existing[n].name if n < len(existing) else f"T{n}", t, _id(existing, n))
        for n, t in enumerate(thresholds)
    ]
    return TierRules(specs, rule, downgrade, "01-01", 30)


def _id(existing: list[Tier], n: int) -> int | None:
    return existing[n].id if n < len(existing) else None


def tier_of(customer_id: int) -> str:
    return Customer.get_by_id(customer_id).tier.name


def buy(customer_id: int, amount: str, on: dt.date = TODAY, quantity: int = 1):
    return record_sale(customer_id, [SaleLine(Decimal(amount), quantity)], on=on)


@pytest.fixture
def shop(owner) -> dict[str, int]:
    """The clothing preset in English names: Member 0, Silver 2000, Gold 8000, Diamond 20000."""
    names = ["Member", "Silver", "Gold", "Diamond"]
    rules = tiers.current_rules()
    for tier, name in zip(rules.tiers, names, strict=True):
        tier.name = name
    tiers.apply_rules(owner, rules)
    xiaoli = profiles.quick_add("张小丽", "13812345678")
    return {"xiaoli": xiaoli.id}


def test_registration_gives_the_lowest_tier_and_records_it(shop) -> None:
    moves = tiers.history(shop["xiaoli"])
    assert [(m.from_name, m.to_name, m.direction) for m in moves] == [(None, "Member", 1)]
    assert moves[0].reason == "Registered"


def test_a_sale_upgrades_at_once_and_the_history_says_why(shop) -> None:
    result = buy(shop["xiaoli"], "8000")
    assert tier_of(shop["xiaoli"]) == "Gold"
    assert result.tier_change.to_name == "Gold" and result.tier_change.direction == 1
    latest = tiers.history(shop["xiaoli"])[0]
    assert (latest.from_name, latest.to_name) == ("Member", "Gold")
    assert latest.reason == f"Sale {TODAY.isoformat()}"


def test_a_return_keeps_the_tier_under_never_and_lowers_it_under_drop(shop, owner) -> None:
    buy(shop["xiaoli"], "2500")
    buy(shop["xiaoli"], "1000", quantity=-1)
    assert tier_of(shop["xiaoli"]) == "Silver"
    tiers.apply_rules(owner, ladder("0", "2000", "8000", "20000", downgrade="drop"))
    assert tier_of(shop["xiaoli"]) == "Member"
    move = tiers.history(shop["xiaoli"])[0]
    assert move.direction == -1 and move.reason == "VIP rules changed"
    buy(shop["xiaoli"], "600")
    assert tier_of(shop["xiaoli"]) == "Silver"
    change = buy(shop["xiaoli"], "200", quantity=-1).tier_change
    assert change.direction == -1 and change.reason_code == "return"
    assert tiers.history(shop["xiaoli"])[0].reason == f"Return {TODAY.isoformat()}"


def test_the_12_month_rule_counts_recent_spend_and_the_grace_period_delays_the_drop(
    shop, owner
) -> None:
    buy(shop["xiaoli"], "3000", on=ago(500))
    tiers.apply_rules(owner, ladder("0", "2000", "8000", "20000", rule="last_12_months"))
    assert tier_of(shop["xiaoli"]) == "Silver"  # never: a tier once reached is kept
    tiers.apply_rules(
        owner, ladder("0", "2000", "8000", "20000", rule="last_12_months", downgrade="drop")
    )
    assert tier_of(shop["xiaoli"]) == "Member"
    buy(shop["xiaoli"], "2500", on=ago(300))
    assert tier_of(shop["xiaoli"]) == "Silver"
    # Out of the 12 months at day 65 from now, inside 12 months + 30 days until day 95.
    with database.atomic():
        assert tiers.reevaluate_all(TODAY + dt.timedelta(days=80)) == 0
    assert tier_of(shop["xiaoli"]) == "Silver"
    with database.atomic():
        assert tiers.reevaluate_all(TODAY + dt.timedelta(days=100)) == 1
    assert tier_of(shop["xiaoli"]) == "Member"
    progress = tiers.progress(Customer.get_by_id(shop["xiaoli"]))
    assert progress.measure == Decimal("2500.00") and progress.rule == "last_12_months"


def test_the_visits_rule_counts_visits_not_yuan(shop, owner) -> None:
    tiers.apply_rules(owner, ladder("0", "3", "10", rule="visits"))
    for _ in range(3):
        buy(shop["xiaoli"], "50")
    assert tier_of(shop["xiaoli"]) == "Silver"
    progress = tiers.progress(Customer.get_by_id(shop["xiaoli"]))
    assert (progress.measure, progress.remaining) == (Decimal(3), Decimal(7))
    assert tiers.requirement(Decimal(10), "visits") == "10 visits"
    with pytest.raises(ValidationError) as caught:
        tiers.apply_rules(owner, ladder("0", "2.5", rule="visits"))
    assert set(caught.value.errors) == {"tiers.2.threshold"}


def test_the_yearly_review_is_the_only_time_she_goes_down(shop, owner) -> None:
    buy(shop["xiaoli"], "2500", on=ago(200))
    rules = replace(
        ladder("0", "2000", "8000", "20000", rule="last_12_months", downgrade="review"),
        review_date=f"{ago(2 if f'{ago(1):%m-%d}' == '02-29' else 1):%m-%d}",
        grace_days=0,
    )
    tiers.apply_rules(owner, rules)
    assert shop_settings.day("tier_last_review") == TODAY
    later = TODAY + dt.timedelta(days=200)  # her spend is out of the window, no review yet
    with database.atomic():
        assert not tiers.review_due(later - dt.timedelta(days=2))
        assert tiers.reevaluate_all(later - dt.timedelta(days=2)) == 0
    assert tier_of(shop["xiaoli"]) == "Silver"
    review = TODAY + dt.timedelta(days=366)
    with database.atomic():
        assert tiers.review_due(review)
        assert tiers.reevaluate_all(review) == 1
        assert not tiers.review_due(review)
    assert tier_of(shop["xiaoli"]) == "Member"
    assert tiers.history(shop["xiaoli"])[0].reason == "Yearly tier review"


def test_preview_counts_moves_and_apply_does_exactly_that(shop, owner, counter_clerk) -> None:
    others = [profiles.quick_add(f"顾客{n}", f"1390000000{n}").id for n in range(3)]
    buy(others[0], "9000")
    buy(others[1], "2500")
    buy(others[1], "2200", quantity=-1)  # kept Silver: the shop never downgraded
    buy(shop["xiaoli"], "500")
    proposal = ladder("0", "400", "3000", downgrade="drop")
    before = Tier.select().count(), TierChange.select().count()
    shown = tiers.preview(proposal)
    assert (Tier.select().count(), TierChange.select().count()) == before
    assert shown.customers == 4
    assert (shown.up, shown.down, shown.reassigned, shown.kept) == (1, 1, 0, 0)
    assert shown.unchanged == 2
    assert shown.per_tier == [("Member", 2), ("Silver", 1), ("Gold", 1)]
    never = tiers.preview(replace(proposal, downgrade="never"))
    assert (never.down, never.kept) == (0, 1)
    with pytest.raises(PermissionDenied, match="Only the owner can change"):
        tiers.apply_rules(counter_clerk, proposal)
    assert (Tier.select().count(), TierChange.select().count()) == before
    done = tiers.apply_rules(owner, proposal)
    assert done == shown
    assert [t.name for t in tiers.tiers()] == ["Member", "Silver", "Gold"]
    assert tier_of(shop["xiaoli"]) == "Silver" and tier_of(others[0]) == "Gold"
    assert tier_of(others[1]) == "Member"
    trail = AuditLog.select().where(AuditLog.action == "tier_rules")
    assert [entry.staff_id for entry in trail] == [owner.id, owner.id]


def test_removed_tiers_hand_their_customers_on_and_history_keeps_the_names(shop, owner) -> None:
    buy(shop["xiaoli"], "25000")
    assert tier_of(shop["xiaoli"]) == "Diamond"
    existing = tiers.tiers()
    rules = TierRules(
        [
            spec("普通会员", "0", existing[0].id),
            spec("Gold", "5000", existing[1].id),  # Silver renamed to the name Gold leaves
            spec("Platinum", "30000"),
        ]
    )
    shown = tiers.apply_rules(owner, rules)
    assert shown.reassigned == 1 and shown.per_tier[1] == ("Gold", 1)
    assert tier_of(shop["xiaoli"]) == "Gold"
    move = tiers.history(shop["xiaoli"])[0]
    assert (move.from_name, move.to_name, move.direction) == ("Diamond", "Gold", 0)
    assert [m.to_name for m in tiers.history(shop["xiaoli"])][1:] == ["Diamond", "Member"]
    assert [t.name for t in tiers.tiers()] == ["普通会员", "Gold", "Platinum"]


@pytest.mark.parametrize(
    ("change", "fields"),
    [
        ({"thresholds": ("100", "2000")}, {"tiers.1.threshold"}),
        ({"thresholds": ("0", "2000", "2000")}, {"tiers.3.threshold"}),
        ({"thresholds": ("0", "abc")}, {"tiers.2.threshold"}),
        ({"thresholds": ("0", "-5")}, {"tiers.2.threshold"}),
        ({"discount": "120"}, {"tiers.2.discount_pct"}),
        ({"discount": "120折"}, {"tiers.2.discount_pct"}),
        ({"discount": "0折"}, {"tiers.2.discount_pct"}),
        ({"discount": "abc"}, {"tiers.2.discount_pct"}),
        ({"birthday": "10折"}, {"tiers.2.birthday_discount_pct"}),
        ({"birthday": "-1"}, {"tiers.2.birthday_discount_pct"}),
        ({"multiplier": "x"}, {"tiers.2.points_multiplier"}),
        ({"name": " member "}, {"tiers.2.name"}),
        ({"name": ""}, {"tiers.2.name"}),
        ({"rule": "height"}, {"rule"}),
        ({"downgrade": "sometimes"}, {"downgrade"}),
        ({"review_date": "02-30"}, {"review_date"}),
        ({"grace_days": "400"}, {"grace_days"}),
        ({"thresholds": ()}, {"tiers"}),
    ],
)
def test_bad_rules_are_refused_with_a_message_per_field_and_nothing_changes(
    shop, owner, change: dict, fields: set[str]
) -> None:
    buy(shop["xiaoli"], "2500")
    rules = ladder(*change.get("thresholds", ("0", "2000")))
    if rules.tiers and len(rules.tiers) > 1:
        second = rules.tiers[1]
        second.discount_pct = change.get("discount", "5")
        second.birthday_discount_pct = change.get("birthday", "5")
        second.points_multiplier = change.get("multiplier", "1.2")
        second.name = change.get("name", "Silver")
    for key in ("rule", "downgrade", "review_date", "grace_days"):
        if key in change:
            setattr(rules, key, change[key])
    before = [(t.id, t.name, t.threshold) for t in tiers.tiers()]
    with pytest.raises(ValidationError) as caught:
        tiers.apply_rules(owner, rules)
    assert set(caught.value.errors) == fields
    assert all(caught.value.errors.values())
    assert [(t.id, t.name, t.threshold) for t in tiers.tiers()] == before
    assert tier_of(shop["xiaoli"]) == "Silver"


def test_a_discount_typed_as_zhe_is_saved_as_the_percentage_off(shop, owner) -> None:
    rules = ladder("0", "2000")
    rules.tiers[1].discount_pct = "九五折"
    rules.tiers[1].birthday_discount_pct = "9折"
    tiers.apply_rules(owner, rules)
    silver = tiers.tiers()[1]
    assert (silver.discount_pct, silver.birthday_discount_pct) == (Decimal(5), Decimal(10))
    rules.tiers[1].discount_pct = "120折"
    with pytest.raises(ValidationError) as caught:
        tiers.validate_rules(rules)
    assert caught.value.errors["tiers.2.discount_pct"].startswith("Tier 2, discount: “120折”")


def test_the_lowest_tier_message_says_what_to_do(shop, owner) -> None:
    with pytest.raises(ValidationError) as caught:
        tiers.apply_rules(owner, ladder("500", "2000"))
    assert "must start at 0" in caught.value.errors["tiers.1.threshold"]


def test_progress_towards_the_next_tier(shop) -> None:
    buy(shop["xiaoli"], "5000")
    progress = tiers.progress(Customer.get_by_id(shop["xiaoli"]))
    assert (progress.current.name, progress.next.name) == ("Silver", "Gold")
    assert progress.remaining == Decimal("3000.00") and progress.fraction == 0.5
    assert tiers.next_tier(Customer.get_by_id(shop["xiaoli"]))[1] == Decimal("3000.00")
    buy(shop["xiaoli"], "20000")
    top = tiers.progress(Customer.get_by_id(shop["xiaoli"]))
    assert top.next is None and top.fraction == 1.0 and top.remaining == 0


def test_requirement_words(shop) -> None:
    assert tiers.requirement(Decimal(0), "cumulative") == "On registration"
    assert tiers.requirement(Decimal(2000), "cumulative") == "¥2,000.00 spent in total"
    assert "last 12 months" in tiers.requirement(Decimal(2000), "last_12_months")


# --- property: the stored tier always equals the one recomputed from scratch ---------------


def earned(thresholds: list[Decimal], measure: Decimal) -> int:
    return max(n for n, t in enumerate(thresholds) if t <= max(measure, Decimal(0)))


def measures(rule: str, grace: int, sales: list[tuple[dt.date, Decimal]]) -> tuple[Decimal, ...]:
    if rule == "visits":
        visits = Decimal(sum(1 for _, total in sales if total >= 0))
        return visits, visits
    if rule == "cumulative":
        total = sum((total for _, total in sales), Decimal(0))
        return total, total
    leap_day = (TODAY.month, TODAY.day) == (2, 29)
    year = TODAY.replace(year=TODAY.year - 1, day=28 if leap_day else TODAY.day)
    keep_from = year - dt.timedelta(days=grace)
    recent = sum((t for d, t in sales if d > year), Decimal(0))
    kept = sum((t for d, t in sales if d > keep_from), Decimal(0))
    return recent, kept


rule_changes = st.tuples(
    st.lists(st.integers(1, 40), min_size=0, max_size=3),
    st.sampled_from([code for code, _ in options.choices("tier_rule")]),
    st.sampled_from(("never", "drop", "drop")),
    st.integers(0, 60),
)
# Days ago, often near the edge of the 12-month window and its grace period.
days_ago = st.one_of(st.integers(0, 700), st.integers(355, 430))
operations = st.lists(
    st.one_of(
        st.tuples(st.just("sale"), st.integers(1, 60), days_ago),
        st.tuples(st.just("return"), st.integers(1, 30), days_ago),
        st.tuples(st.just("rules"), rule_changes),
    ),
    min_size=1,
    max_size=8,
)


@settings(
    max_examples=50,
    deadline=None,
    # One database serves every example: each starts from fixed rules and a new customer.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(start=rule_changes, ops=operations)
def test_any_history_leaves_the_tier_a_fresh_evaluation_would_give(owner, start, ops) -> None:
    customer = profiles.quick_add("测试", f"138{Customer.select().count():08d}")
    position = 0
    sales: list[tuple[dt.date, Decimal]] = []
    thresholds: list[Decimal] = []
    rule = downgrade = ""
    grace = 0
    for op in [("rules", start), *ops]:
        if op[0] == "rules":
            steps, rule, downgrade, grace = op[1]
            old = tiers.tiers()
            current_id = Customer.get_by_id(customer.id).tier_id
            thresholds = [Decimal(0)]
            for step in steps:
                thresholds.append(thresholds[-1] + step * (1 if rule == "visits" else 100))
            rules = TierRules(
                [
                    spec(f"L{n}", str(t), old[n].id if n < len(old) else None)
                    for n, t in enumerate(thresholds)
                ],
                rule,
                downgrade,
                "01-01",
                grace,
            )
            tiers.apply_rules(owner, rules)
            kept_ids = [s.id for s in rules.tiers]
            current = kept_ids.index(current_id) if current_id in kept_ids else -1
        else:
            kind, hundreds, days = op
            amount = hundreds * 100
            if kind == "return" and amount > Customer.get_by_id(customer.id).total_spent:
                with pytest.raises(ValidationError):  # never more back than she spent
                    buy(customer.id, str(amount), ago(days), -1)
                continue
            result = buy(customer.id, str(amount), ago(days), -1 if kind == "return" else 1)
            sales.append((ago(days), result.purchase.total))
            current = position
        earn, keep = measures(rule, grace, sales)
        new_earned, new_kept = earned(thresholds, earn), earned(thresholds, keep)
        position = (
            max(new_earned, min(current, new_kept))
            if downgrade == "drop"
            else max(new_earned, current)
        )
        fresh = Customer.get_by_id(customer.id)
        assert fresh.tier.rank == position
        assert fresh.points >= 0
    with database.atomic():
        assert tiers.reevaluate_all() == 0
    assert derived.mismatches() == []

"""The owner's dashboard: each figure as the shop's records give it, and the list behind it
holding exactly the customers it counts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.customers import listing, profiles
from shopcrm.loyalty import referrals, tiers
from shopcrm.loyalty.tiers import TierRules, TierSpec
from shopcrm.loyalty.vip_report import add_months
from shopcrm.sales import returns
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.shop import dashboard
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options
from shopcrm.storage.models import Complaint, Customer, FollowUp


@pytest.fixture
def plain(owner) -> None:
    """One tier without discounts, so every sale's total is its price."""
    tiers.apply_rules(
        owner, TierRules([TierSpec("会员", "0", "0", "0", "1", "", tiers.tiers()[0].id)])
    )


def _add(n: int, name: str = "顾客") -> int:
    return profiles.quick_add(f"{name}{n}", f"1380000{n:04d}").id


def _buy(customer_id: int, amount: str, on: dt.date | None = None, clerk_id=None) -> None:
    record_sale(customer_id, [SaleLine(Decimal(amount), 1)], on=on, clerk_id=clerk_id)


def _listed(owner, what: str) -> list[int]:
    view = dashboard.behind(owner, what)
    return [row.id for row in listing.page(view, 0, 10_000)]


def _task(n: int, customer_id: int, due: dt.date, status: str = "open", done_at=None) -> None:
    FollowUp.create(
        key=f"test:{n}",
        customer=customer_id,
        kind="miss_you",
        due_on=due,
        deadline=due + dt.timedelta(days=3),
        status=status,
        done_at=done_at,
    )


def test_today_counts_the_days_sales_buyers_newcomers_follow_ups_and_complaints(
    plain, owner, today
) -> None:
    yesterday = today - dt.timedelta(days=1)
    with clock.set_to(yesterday):
        old = _add(1)
        _buy(old, "50")
    new, newer = _add(2), _add(3)
    _buy(old, "100")
    _buy(old, "20")
    _buy(new, "300")
    noon = dt.datetime.combine(today, dt.time(12))
    _task(1, old, today, "done", noon)
    _task(2, new, yesterday)  # overdue: still to do today
    _task(3, newer, today)
    _task(4, newer, today + dt.timedelta(days=1))  # not yet
    _task(5, new, yesterday, "done", noon - dt.timedelta(days=1))
    Complaint.create(customer=new, description="扣子掉了")
    Complaint.create(customer=old, description="已解决", status="closed")

    shown = dashboard.at_a_glance(owner).today
    assert (shown.sales, shown.takings, shown.buyers) == (3, Decimal("420.00"), 2)
    assert shown.new_customers == 2
    assert (shown.followups_done, shown.followups_due) == (1, 2)
    assert shown.open_complaints == 1
    assert _listed(owner, "bought_today") == [old, new]
    assert _listed(owner, "joined_today") == [new, newer]


def test_a_return_is_not_a_sale_nor_a_customer_in_the_trash_a_buyer(plain, owner) -> None:
    kept, binned, changed_mind = _add(1), _add(2), _add(3)
    _buy(kept, "100")
    _buy(binned, "50")
    sale = record_sale(changed_mind, [SaleLine(Decimal("80"), 1)])
    returns.return_sale(sale.purchase.id)
    profiles.delete_customer(owner, binned)
    shown = dashboard.at_a_glance(owner).today
    # Three sales, one of them back the same day: the takings are what stays in the till.
    assert (shown.sales, shown.takings, shown.buyers) == (3, Decimal("150.00"), 2)
    assert _listed(owner, "bought_today") == [kept, changed_mind]


def test_a_year_of_months_beside_the_year_before(plain, owner, today) -> None:
    she = _add(1)
    this_month = today.replace(day=1)
    _buy(she, "100")
    _buy(she, "40", on=add_months(this_month, -12))  # the same month a year ago
    _buy(she, "7", on=add_months(this_month, -11))
    _buy(she, "1000", on=add_months(this_month, -24))  # before both years: not shown
    months = dashboard.at_a_glance(owner).months
    assert [m.month for m in months] == [add_months(this_month, n - 11) for n in range(12)]
    assert (months[-1].takings, months[-1].year_before) == (Decimal("100.00"), Decimal("40.00"))
    assert (months[0].takings, months[0].year_before) == (Decimal("7.00"), Decimal("0.00"))
    assert sum(m.takings for m in months) == Decimal("107.00")
    assert _listed(owner, f"month:{this_month:%Y-%m}") == [she]


def test_every_share_of_customers_lists_exactly_whom_it_counts(owner, today) -> None:
    ids = [_add(n) for n in range(12)]
    for n, customer_id in enumerate(ids[:8]):
        _buy(customer_id, str(500 * (n + 1)), on=today - dt.timedelta(days=30 * n))
    shown = dashboard.at_a_glance(owner)
    assert sum(c.customers for c in shown.tiers) == len(ids)
    assert sum(c.customers for c in shown.lifecycle) == len(ids)
    for share in shown.tiers:
        key = f"tier:{'' if share.key is None else share.key}"
        assert len(_listed(owner, key)) == share.customers, share
    for share in shown.lifecycle:
        listed = _listed(owner, f"status:{share.key}")
        assert len(listed) == share.customers
        assert all(Customer.get_by_id(c).status == share.key for c in listed)
    assert {c.key for c in shown.lifecycle if c.customers} >= {"visitor", "customer"}


def test_the_months_moves_along_the_lifecycle(plain, owner, today) -> None:
    dormant, lost = options.get("dormant_days"), options.get("lost_days")
    first = today.replace(day=1)
    fell_asleep = _add(1)
    _buy(fell_asleep, "10", on=first - dt.timedelta(days=dormant))  # crossed on the 1st
    asleep_before = _add(2)
    _buy(asleep_before, "10", on=first - dt.timedelta(days=dormant + 1))
    gone = _add(3)
    _buy(gone, "10", on=today - dt.timedelta(days=lost))  # crosses today
    back = _add(4)
    _buy(back, "10", on=first - dt.timedelta(days=dormant + 5))
    _buy(back, "30")
    steady = _add(5)
    _buy(steady, "10", on=first - dt.timedelta(days=3))
    _buy(steady, "10")
    moves = dashboard.at_a_glance(owner).moves
    assert (moves.fell_dormant, moves.fell_lost, moves.came_back) == (1, 1, 1)
    assert moves.joined == 5  # every one of them was added today
    assert _listed(owner, "fell_dormant") == [fell_asleep]
    assert _listed(owner, "fell_lost") == [gone]
    assert _listed(owner, "came_back") == [back]
    assert sorted(_listed(owner, "joined")) == [fell_asleep, asleep_before, gone, back, steady]


def test_the_few_who_bring_most_of_the_money(plain, owner, today) -> None:
    big = _add(1)
    _buy(big, "9000")
    small = [_add(n) for n in range(2, 12)]
    for customer_id in small:
        _buy(customer_id, "100")
    _buy(_add(20), "5000", on=add_months(today.replace(day=1), -12))  # over a year ago
    gold = dashboard.standings(owner).gold
    assert (gold.customers, gold.buyers) == (1, 11)
    assert gold.sales_share == pytest.approx(0.9)
    assert _listed(owner, "gold") == [big]


def test_this_weeks_birthdays_in_the_order_they_come(owner, today) -> None:
    soon, later, after = _add(1), _add(2), _add(3)
    for customer_id, days in ((later, 6), (soon, 2), (after, 7)):
        day = today + dt.timedelta(days=days)
        Customer.update(birth_date=day.replace(year=1992 if day.month == 2 else 1990)).where(
            Customer.id == customer_id
        ).execute()
    shown = dashboard.at_a_glance(owner).birthdays
    assert [(b.customer_id, b.on) for b in shown] == [
        (soon, today + dt.timedelta(days=2)),
        (later, today + dt.timedelta(days=6)),
    ]
    assert _listed(owner, "birthdays") == [soon, later]


def test_clerks_rank_by_the_months_sales(plain, owner, counter_clerk) -> None:
    she = _add(1)
    _buy(she, "100", clerk_id=owner.id)
    _buy(she, "900", clerk_id=counter_clerk.id)
    ranked = dashboard.standings(owner).clerks
    assert [c.clerk_id for c in ranked][:2] == [counter_clerk.id, owner.id]
    assert ranked[0].sales_amount == Decimal("900.00")


def test_the_referral_rate_lists_who_brought_a_buyer(plain, owner) -> None:
    brings, hopes, friend, idle_friend, loner = (_add(n) for n in range(1, 6))
    referrals.set_referrer(friend, brings)
    referrals.set_referrer(idle_friend, hopes)  # her friend has not bought yet
    for customer_id in (brings, hopes, friend, loner):
        _buy(customer_id, "100")
    rate = dashboard.standings(owner).referrals
    assert (rate.referrers, rate.buyers) == (1, 4)
    assert _listed(owner, "referrers") == [brings]


def test_no_tier_is_a_list_of_its_own(owner) -> None:
    she = _add(1)
    Customer.update(tier=None).where(Customer.id == she).execute()
    assert _listed(owner, "tier:") == [she]


def test_only_the_owner_sees_the_shops_figures(counter_clerk) -> None:
    with pytest.raises(PermissionDenied):
        dashboard.at_a_glance(counter_clerk)
    with pytest.raises(PermissionDenied):
        dashboard.standings(counter_clerk)
    with pytest.raises(PermissionDenied):
        dashboard.behind(counter_clerk, "gold")

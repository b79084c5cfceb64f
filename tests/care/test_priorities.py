"""A day that fits: the most important first, the daily load with the rest waiting (none
lost), and tasks that expire once they have lost their point."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.care import followups, priorities, rules
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage import options
from shopcrm.storage.models import Complaint, FollowUp

DAY = dt.date(2025, 3, 10)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def sell(customer_id: int, amount: str, on: dt.date) -> None:
    record_sale(customer_id, [SaleLine(Decimal(amount), 1, "F1", "羊毛大衣")], on=on)


@pytest.fixture
def clerk(db) -> int:
    return roster.add_staff("小陈").id


def test_the_daily_load_spreads_the_calls_over_days_without_losing_any(clerk) -> None:
    """70 big sales on one day and a complaint to call back: 30 a day, the complaint first."""
    options.set_many({"care_daily_load": "30"})
    buyers = [
        profiles.quick_add(f"顾客{n}", f"1380000{n:04d}", clerk_id=clerk).id for n in range(70)
    ]
    for buyer in buyers:
        sell(buyer, "1500", DAY)
    Complaint.create(
        customer=buyers[-1],
        category="quality",
        status="awaiting_followup",
        current_step=9,
        clerk=clerk,
        followup_due=DAY + days(7),
    )
    other = roster.add_staff("小王").id
    theirs = profiles.quick_add("李娜", "13900001111", clerk_id=other).id
    sell(theirs, "1500", DAY)
    shown_on: list[int] = []
    day = DAY + days(7)
    while True:
        rules.plan(day)
        share = followups.day_share(day, clerk)
        if not share.rows:
            break
        if not shown_on:
            assert share.rows[0].kind == "complaint_followup"
            assert share.waiting == 41
            # Another clerk's day is her own: her one call is not held back by his load.
            assert len(followups.day_share(day, other).rows) == 1
        shown_on.append(len(share.rows))
        for row in share.rows:
            followups.complete(row.id, "她很满意", staff_id=clerk, today=day)
        day += days(1)
    assert shown_on == [30, 30, 11]
    mine = FollowUp.select().where(FollowUp.clerk == clerk)
    assert mine.count() == 71 and {task.status for task in mine} == {"done"}


def test_no_limit_shows_every_task_on_the_day(clerk) -> None:
    options.set_many({"care_daily_load": "0"})
    for n in range(40):
        sell(profiles.quick_add(f"顾客{n}", f"1380000{n:04d}", clerk_id=clerk).id, "1500", DAY)
    rules.plan(DAY + days(7))
    share = followups.day_share(DAY + days(7))
    assert (len(share.rows), share.waiting) == (40, 0)


def row(id: int, kind: str, due: int = 0, deadline: int = 0, vip: bool = False):
    return followups.FollowUpRow(
        id, kind, id, "", "", DAY + days(due), DAY + days(deadline), 1, "", {}, None, False, vip
    )


def test_spread_keeps_every_task_most_important_first() -> None:
    tasks = [
        row(1, "miss_you", deadline=14),
        row(2, "birthday", due=-2, deadline=-2),  # her day was two days ago
        row(3, "birthday"),
        row(4, "spend_thanks", deadline=7),
        row(5, "spend_thanks", deadline=7, vip=True),
        row(6, "purchase_call", deadline=3),
        row(7, "purchase_call", deadline=1),
        row(8, "birthday_list", deadline=20),
        row(9, "complaint_followup"),
    ]
    laid_out = priorities.spread(tasks, DAY, 3)
    assert [[task.id for task in share] for share in laid_out] == [
        [9, 7, 6, 8],  # the month's birthday list is no call: it is not counted in the load
        [3, 5, 4],
        [2, 1],
    ]
    assert priorities.spread(tasks, DAY, None) == [priorities.in_order(tasks, DAY)]


def test_a_complaint_call_back_never_expires(clerk) -> None:
    customer = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk).id
    Complaint.create(
        customer=customer,
        category="quality",
        status="awaiting_followup",
        current_step=9,
        clerk=clerk,
        followup_due=DAY,
    )
    rules.plan(DAY)
    assert rules.plan(DAY + days(120)).lapsed == 0
    (late,) = followups.day_list(DAY + days(120))
    assert late.kind == "complaint_followup" and late.overdue


def dormant_after(customer_id: int, sale: dt.date) -> FollowUp | None:
    """Her sale on `sale`, then the plan on the day she turns dormant: her note, if any."""
    sell(customer_id, "200", sale)
    due = sale + days(options.get("dormant_days"))
    rules.plan(due)
    return FollowUp.get_or_none(
        FollowUp.customer == customer_id, FollowUp.kind == "miss_you", FollowUp.due_on == due
    )


def test_two_we_miss_you_notes_skipped_are_her_answer(clerk) -> None:
    xiaoli = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk).id
    lina = profiles.quick_add("李娜", "13900001111", clerk_id=clerk).id
    for customer in (xiaoli, lina):
        profiles.update_customer(customer, {"accepts_promotions": True})
    first = dormant_after(xiaoli, DAY - days(600))
    followups.skip(first.id, "她说最近不买衣服")
    second = dormant_after(xiaoli, DAY - days(400))
    followups.skip(second.id, "她搬去外地了")
    assert dormant_after(xiaoli, DAY - days(200)) is None
    # Once skipped is no answer yet: the next note comes.
    followups.skip(dormant_after(lina, DAY - days(400)).id, "她在出差")
    assert dormant_after(lina, DAY - days(200)) is not None


def test_a_task_on_its_last_day_is_done_that_day_whatever_the_load() -> None:
    tasks = [
        row(1, "complaint_followup"),
        row(2, "complaint_followup"),
        row(3, "festival", deadline=0, vip=True),  # a VIP's New Year greeting: today or never
        row(4, "festival", deadline=1),  # tomorrow is its last day
        row(5, "purchase_call", deadline=3),
    ]
    laid_out = priorities.spread(tasks, DAY, 2)
    # The greeting goes today before the second call-back, which never expires; tomorrow
    # the other greeting on its last day.
    assert [[task.id for task in share] for share in laid_out] == [[1, 3], [2, 4], [5]]
    over = priorities.spread([*tasks, row(6, "festival", deadline=0)], DAY, 1)
    assert [task.id for task in over[0]] == [3, 6]  # both on their last day: over the load
    lapse_unseen = [
        task
        for offset, share in enumerate(laid_out)
        for task in share
        if (end := priorities.last_day(task)) is not None and end < DAY + days(offset)
    ]
    assert lapse_unseen == []

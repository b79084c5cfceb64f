"""The care plan on a fixed calendar: each rule fires on its day, once, and follows the facts."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

from shopcrm import cli
from shopcrm.care import followups, rules
from shopcrm.core.calendar_dates import next_occurrence, yearly_dates_on
from shopcrm.customers import key_dates, merge, profiles
from shopcrm.customers.key_dates import KeyDateInput
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage import options
from shopcrm.storage.models import Complaint, ContactLog, Customer, FollowUp, Tier
from shopcrm.wallet import gifts

DAY = dt.date(2025, 3, 10)  # a Monday in the past, so sales can be recorded on it
NO_BATCH_CHANGES = rules.batch_plan.BatchChanges(0, 0, 0, 0)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def open_tasks(kind: str | None = None) -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.status == "open")
    if kind is not None:
        query = query.where(FollowUp.kind == kind)
    return list(query.order_by(FollowUp.id))


def registered_on(customer_id: int, day: dt.date) -> None:
    Customer.update(created_at=dt.datetime.combine(day, dt.time(11))).where(
        Customer.id == customer_id
    ).execute()


@pytest.fixture
def clerk(db) -> int:
    return roster.add_staff("小陈").id


@pytest.fixture
def xiaoli(clerk) -> int:
    """张小丽, her clerk 小陈; she welcomes messages."""
    customer = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk)
    profiles.update_customer(customer.id, {"accepts_promotions": True, "gender": "female"})
    return customer.id


def sell(customer_id: int, amount: str, on: dt.date, clerk: int | None = None) -> None:
    record_sale(
        customer_id, [SaleLine(Decimal(amount), 1, "F1", "羊毛大衣")], on=on, clerk_id=clerk
    )


def test_a_big_sale_gets_one_call_a_week_later_and_a_small_one_none(xiaoli, clerk) -> None:
    sell(xiaoli, "1500", DAY, clerk)
    sell(xiaoli, "300", DAY)
    first = rules.plan(DAY)
    (call,) = open_tasks("purchase_call")
    assert (call.due_on, call.deadline, call.clerk_id) == (DAY + days(7), DAY + days(10), clerk)
    assert json.loads(call.detail)["item"] == "羊毛大衣"
    assert first.created == 1
    for later in range(2, 12):
        assert rules.plan(DAY + days(later)).created == 0
    assert [row.kind for row in followups.day_list(DAY + days(6))] == []
    assert [row.kind for row in followups.day_list(DAY + days(7))] == ["purchase_call"]
    (late,) = followups.day_list(DAY + days(11))
    assert late.overdue and late.group == "purchase_call"
    # Still worth making for a week after its last day on time, then it lapses.
    assert rules.plan(DAY + days(17)).lapsed == 0
    assert rules.plan(DAY + days(18)).lapsed == 1
    assert followups.day_list(DAY + days(18)) == []


def test_a_changed_fact_updates_or_cancels_the_task(xiaoli) -> None:
    sell(xiaoli, "1500", DAY)
    rules.plan(DAY + days(1))
    options.set_many({"care_call_after_days": "10"})
    result = rules.plan(DAY + days(2))
    assert (result.created, result.updated, result.cancelled) == (0, 1, 0)
    assert open_tasks("purchase_call")[0].due_on == DAY + days(10)
    options.set_many({"care_call_min_amount": "2000"})
    assert rules.plan(DAY + days(3)).cancelled == 1
    assert open_tasks() == []
    options.set_many({"care_call_min_amount": "1000"})
    assert rules.plan(DAY + days(3)).updated == 1  # opened again, not added twice
    assert FollowUp.select().count() == 1 and len(open_tasks()) == 1


def test_deleted_customers_get_no_tasks(xiaoli, owner) -> None:
    sell(xiaoli, "1500", DAY)
    rules.plan(DAY + days(1))
    profiles.delete_customer(owner, xiaoli)
    assert rules.plan(DAY + days(2)).cancelled == 1
    assert open_tasks() == []
    assert rules.plan(DAY + days(3)).created == 0


def test_the_counter_writes_while_the_rules_run_and_the_plan_follows_what_it_wrote(
    xiaoli, db_path, monkeypatch
) -> None:
    sell(xiaoli, "1500", DAY)
    rule = rules.RULES[-1]  # the last rule: the others have seen her sale

    def meanwhile_she_is_deleted(today: dt.date) -> list[rules.Window]:
        windows = rule(today)
        # The lock is free while the rules run: the counter is allowed no wait at all.
        with closing(sqlite3.connect(db_path, timeout=0, isolation_level=None)) as counter:
            counter.execute("BEGIN IMMEDIATE")
            counter.execute("UPDATE customer SET deleted_at = '2025-03-11 10:00:00'")
            counter.execute("COMMIT")
        return windows

    monkeypatch.setattr(rules, "RULES", (*rules.RULES[:-1], meanwhile_she_is_deleted))
    planned = rules.plan(DAY + days(1))
    # Worked out before she was deleted, the call is added, and cancelled in the same
    # write: nothing is ever planned for a deleted customer.
    assert (planned.created, planned.cancelled) == (1, 1)
    assert open_tasks() == []


def test_a_plan_cut_short_leaves_whole_tasks_and_the_next_one_does_the_rest(
    xiaoli, clerk, monkeypatch
) -> None:
    lina = profiles.quick_add("李娜", "13900001111", clerk_id=clerk).id
    sell(xiaoli, "1500", DAY)
    sell(lina, "2500", DAY)
    paced = rules.busy.paced

    def cut_after_one(items, first=500, most=20_000):
        yield items[:1]
        raise OSError("the power went")

    monkeypatch.setattr(rules.busy, "paced", cut_after_one)
    with pytest.raises(OSError):
        rules.plan(DAY + days(1))
    assert len(open_tasks("purchase_call")) == 1
    monkeypatch.setattr(rules.busy, "paced", paced)
    assert rules.daily_plan(DAY + days(1)).created == 1  # the day was not marked planned
    assert {task.customer_id for task in open_tasks("purchase_call")} == {xiaoli, lina}
    assert rules.plan(DAY + days(1)).created == 0


def test_after_a_merge_the_call_is_the_survivors(xiaoli, owner) -> None:
    twin = profiles.quick_add("张晓丽", "13800009999")
    sell(twin.id, "1500", DAY)
    rules.plan(DAY)
    merge.merge_customers(owner, xiaoli, twin.id)
    result = rules.plan(DAY + days(1))
    assert (result.updated, result.cancelled) == (1, 0)
    (call,) = open_tasks()
    assert call.customer_id == xiaoli
    assert rules.plan(DAY + days(2)) == rules.PlanResult(0, 0, 0, 0, NO_BATCH_CHANGES)


def test_a_furniture_shop_gets_three_checks_after_a_sale(xiaoli) -> None:
    options.set_many({"shop_kind": "furniture"})
    sell(xiaoli, "6800", DAY)
    for day in range(0, 6):
        rules.plan(DAY + days(day))
    options.set_many({"furniture_day5_text": "上门看看安装是否牢固"})
    (check,) = [r for r in followups.day_list(DAY + days(5)) if r.kind == "installation_check"]
    assert followups.reason(check).startswith("上门看看安装是否牢固")
    for day in range(6, 40):
        rules.plan(DAY + days(day))
    found = {
        t.kind: (t.due_on - DAY, t.deadline - DAY)
        for t in FollowUp.select().where(FollowUp.kind.in_(rules.PURCHASE_KINDS))
    }
    assert found == {
        "delivery_check": (days(1), days(1)),
        "installation_check": (days(5), days(15)),
        "satisfaction_call": (days(15), days(30)),
    }


def test_a_referral_thanks_both_the_same_day_and_calls_the_friend_within_a_week(
    xiaoli, clerk
) -> None:
    friend = profiles.quick_add("李娜", "13900001111", referred_by_id=xiaoli)
    registered_on(friend.id, DAY)
    rules.plan(DAY)
    rules.plan(DAY)
    found = {(t.kind, t.customer_id): (t.due_on, t.deadline) for t in open_tasks()}
    assert found == {
        ("referral_thanks", xiaoli): (DAY, DAY),
        ("referral_welcome", friend.id): (DAY, DAY),
        ("referral_call", friend.id): (DAY, DAY + days(7)),
    }
    (thanks,) = [r for r in followups.day_list(DAY) if r.kind == "referral_thanks"]
    assert "李娜" in followups.reason(thanks) and thanks.clerk_id == clerk


def test_crossing_a_spending_level_earns_one_thank_you(xiaoli, clerk) -> None:
    options.set_many({"thank_you_thresholds": "5000, 20000"})
    sell(xiaoli, "3000", DAY - days(30))
    sell(xiaoli, "2500", DAY)
    sell(xiaoli, "1000", DAY + days(1))
    big = profiles.quick_add("李娜", "13900001111", clerk_id=clerk).id
    sell(big, "26000", DAY + days(2))  # past both levels at once: one letter, the higher
    for day in range(0, 5):
        rules.plan(DAY + days(day))
    found = {
        (t.customer_id, t.due_on, json.loads(t.detail)["amount"])
        for t in open_tasks("spend_thanks")
    }
    assert found == {(xiaoli, DAY, 500000), (big, DAY + days(2), 2000000)}


def test_the_years_top_spenders_get_a_december_visit(clerk) -> None:
    options.set_many({"top_spenders": "2"})
    spenders = []
    for n, amount in enumerate(("9000", "3000", "6000")):
        customer = profiles.quick_add(f"顾客{n}", f"1390000000{n}", clerk_id=clerk)
        sell(customer.id, amount, dt.date(2025, 6, 1))
        spenders.append(customer.id)
    assert rules.plan(dt.date(2025, 10, 1)).created == 0
    rules.plan(dt.date(2025, 11, 28))
    visits = open_tasks("top_spender_visit")
    assert {t.customer_id for t in visits} == {spenders[0], spenders[2]}
    assert {(t.due_on, t.deadline, t.budget) for t in visits} == {
        (dt.date(2025, 12, 1), dt.date(2025, 12, 31), Decimal("200.00"))
    }


@pytest.mark.parametrize(
    ("born", "lunar", "expected"),
    [
        (dt.date(1990, 5, 3), False, dt.date(2027, 5, 3)),
        (dt.date(1992, 2, 29), False, dt.date(2027, 2, 28)),  # no 29 February in 2027
        (dt.date(1985, 8, 15), True, dt.date(2027, 9, 15)),  # Mid-Autumn 2027
        (dt.date(1988, 1, 1), True, dt.date(2027, 2, 6)),  # Spring Festival 2027
        (dt.date(1979, 5, 5), True, dt.date(2027, 6, 9)),  # Dragon Boat 2027
        # Lunar 12/30 in a year whose 12th month has 29 days: New Year's Eve, 5 February.
        (dt.date(1984, 12, 30), True, dt.date(2027, 2, 5)),
    ],
)
def test_a_birthday_greeting_falls_on_her_day_in_2027(xiaoli, born, lunar, expected) -> None:
    Customer.update(birth_date=born, birthday_lunar=lunar).where(Customer.id == xiaoli).execute()
    for offset in range(-20, 3):
        rules.plan(expected + days(offset))
    (greeting,) = FollowUp.select().where(FollowUp.kind == "birthday")
    assert greeting.due_on == greeting.deadline == expected
    assert [r.kind for r in followups.day_list(expected - days(1)) if r.kind == "birthday"] == []
    assert [r.kind for r in followups.day_list(expected) if r.kind == "birthday"] == ["birthday"]


def test_the_months_birthdays_are_listed_on_the_first_and_key_customers_get_a_gift(
    xiaoli, clerk
) -> None:
    gold = Tier.get(Tier.rank == 2)
    Customer.update(birth_date=dt.date(1990, 5, 17), tier=gold).where(
        Customer.id == xiaoli
    ).execute()
    other = profiles.quick_add("李娜", "13900001111", "1991-05-03", clerk_id=clerk)
    rules.plan(dt.date(2027, 5, 1))
    (listing,) = open_tasks("birthday_list")
    assert (listing.due_on, listing.customer_id, listing.clerk_id) == (
        dt.date(2027, 5, 1),
        None,
        clerk,
    )
    row = followups.task_row(listing.id, dt.date(2027, 5, 1))
    assert [b.customer_id for b in followups.birthday_list(row)] == [other.id, xiaoli]
    for day in range(2, 18):
        rules.plan(dt.date(2027, 5, day))
    (gift,) = FollowUp.select().where(FollowUp.kind == "birthday_gift")
    assert (gift.customer_id, gift.due_on, gift.budget) == (
        xiaoli,
        dt.date(2027, 5, 14),
        Decimal("200.00"),
    )
    assert FollowUp.select().where(FollowUp.kind == "birthday").count() == 2
    followups.complete(gift.id, "红玫瑰一束", channel="visit", today=dt.date(2027, 5, 14))
    (handed,) = gifts.of_customer(xiaoli)
    assert (handed.description, handed.cost, handed.status, handed.source) == (
        "红玫瑰一束",
        Decimal("200.00"),
        "handed",
        "birthday",
    )


def test_a_greeting_not_sent_within_a_week_lapses(xiaoli) -> None:
    Customer.update(birth_date=dt.date(1990, 5, 3)).where(Customer.id == xiaoli).execute()
    rules.plan(dt.date(2027, 5, 3))
    assert rules.plan(dt.date(2027, 5, 10)).lapsed == 0
    assert rules.plan(dt.date(2027, 5, 11)).lapsed == 1
    assert FollowUp.get(FollowUp.kind == "birthday").status == "lapsed"


def test_a_months_birthday_list_lapses_when_the_month_is_over(xiaoli) -> None:
    Customer.update(birth_date=dt.date(1990, 5, 17)).where(Customer.id == xiaoli).execute()
    rules.plan(dt.date(2027, 5, 1))
    assert rules.plan(dt.date(2027, 5, 31)).lapsed == 0
    rules.plan(dt.date(2027, 6, 1))
    may = FollowUp.get(FollowUp.key.startswith("birthday_list:2027-05"))
    assert may.status == "lapsed"  # June's list is the one to go through now


def test_family_days_are_greeted_only_when_she_wishes(xiaoli) -> None:
    key_dates.save_key_date(xiaoli, KeyDateInput("anniversary", 6, 18, "结婚纪念日", greet=True))
    key_dates.save_key_date(xiaoli, KeyDateInput("family_birthday", 6, 19, "女儿", greet=False))
    rules.plan(dt.date(2027, 6, 18))
    (day,) = open_tasks("family_day")
    assert day.due_on == dt.date(2027, 6, 18)
    assert json.loads(day.detail)["label"] == "结婚纪念日"


def test_a_vip_who_welcomes_messages_is_greeted_one_by_one(xiaoli, clerk) -> None:
    quiet = profiles.quick_add("王芳", "13700003333", clerk_id=clerk)
    diamond = Tier.select().order_by(Tier.rank.desc()).first()
    Customer.update(tier=diamond).where(Customer.id.in_([xiaoli, quiet.id])).execute()
    rules.plan(dt.date(2027, 9, 15))
    mid_autumn = [t for t in open_tasks("festival") if "中秋" in json.loads(t.detail)["name"]]
    assert [(t.customer_id, t.due_on) for t in mid_autumn] == [(xiaoli, dt.date(2027, 9, 15))]
    assert not FollowUp.select().where(FollowUp.customer == quiet.id).exists()
    rules.plan(dt.date(2027, 11, 7))  # 立冬 2027: her season message, one by one too
    (row,) = [r for r in followups.day_list(dt.date(2027, 11, 7)) if r.kind == "season"]
    assert row.vip and [t.kind for t in followups.templates_for(row)][:1] == ["season"]
    profiles.update_customer(xiaoli, {"accepts_promotions": False})
    assert rules.plan(dt.date(2027, 11, 7)).cancelled == 1
    assert open_tasks("festival") == open_tasks("season") == []


def test_a_customer_not_seen_for_the_dormant_days_is_missed_once(xiaoli) -> None:
    sell(xiaoli, "200", DAY - days(180))
    rules.plan(DAY)
    rules.plan(DAY + days(1))
    (note,) = open_tasks("miss_you")
    assert note.due_on == DAY
    sell(xiaoli, "200", DAY + days(2))  # she came back: the note is no longer needed
    rules.plan(DAY + days(2))
    assert open_tasks("miss_you") == []


def awaiting_complaint(customer_id: int, clerk: int, due: dt.date) -> Complaint:
    return Complaint.create(
        customer=customer_id,
        category="quality",
        description="起球",
        status="awaiting_followup",
        current_step=9,
        clerk=clerk,
        followup_due=due,
    )


def test_a_complaint_follow_up_done_from_the_list_closes_the_complaint(xiaoli, clerk) -> None:
    complaint = awaiting_complaint(xiaoli, clerk, DAY)
    rules.plan(DAY)
    (task,) = open_tasks("complaint_followup")
    assert task.due_on == DAY and task.clerk_id == clerk
    followups.complete(task.id, "换货后很满意", staff_id=clerk, today=DAY)
    assert Complaint.get_by_id(complaint.id).status == "closed"
    contact = ContactLog.get(ContactLog.customer == xiaoli)
    assert (contact.kind, contact.channel, contact.outcome) == (
        "complaint",
        "phone",
        "换货后很满意",
    )
    assert rules.plan(DAY).created == 0


def test_a_follow_up_recorded_in_the_wizard_counts_as_done(xiaoli, clerk) -> None:
    from shopcrm.complaints import workflow

    complaint = awaiting_complaint(xiaoli, clerk, DAY)
    rules.plan(DAY)
    workflow.save_step(complaint.id, 9, {"note": "满意"}, clerk, done=True, today=DAY)
    rules.plan(DAY)
    task = FollowUp.get(FollowUp.kind == "complaint_followup")
    assert (task.status, task.done_by_id) == ("done", clerk)


def test_yearly_dates_on_is_the_reverse_of_next_occurrence() -> None:
    day = dt.date(2027, 1, 1)
    while day.year == 2027:
        for month, day_of_month, lunar, _year in yearly_dates_on(day):
            assert next_occurrence(month, day_of_month, lunar, day) == day
        day += days(1)


def test_tasks_json_prints_the_days_list(xiaoli, clerk, db_path, capsys) -> None:
    sell(xiaoli, "1500", DAY)
    assert cli.main(["--db", str(db_path), "followups", "--date", "2025-03-17", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(t["kind"], t["customer"], t["due_on"], t["clerk"]) for t in listed] == [
        ("purchase_call", "张小丽", "2025-03-17", "小陈")
    ]
    assert listed[0]["overdue"] is False and "羊毛大衣" in listed[0]["reason"]
    assert cli.main(["--db", str(db_path), "tasks", "--date", "2025-03-17", "--clerk", "无名"]) == 2
    assert cli.main(["--db", str(db_path), "tasks", "--date", "2025-03-17"]) == 0
    assert "Calls after a purchase (1)" in capsys.readouterr().out

"""VIP events: planned by the owner, guests chosen within the consent and place rules,
each invitation a task for her clerk, her reply, the door, and what the event brought."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest

from shopcrm.care import followups, rules
from shopcrm.core import clock
from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.errors import ValidationError
from shopcrm.customers import completeness, profiles
from shopcrm.events import door, figures, guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import accounts
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options
from shopcrm.storage.models import EVENT_KINDS, Customer, EventGuest, FollowUp, Tier
from shopcrm.wallet import gifts


def at(day: dt.date, hour: int = 14) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 30))


def plan_one(owner, day: dt.date, kind: str = "talk", capacity: int | None = None, **kw):
    return planning.save_event(
        owner,
        planning.EventInput("秋季保养讲座", kind, at(day), "店内二楼", capacity, **kw),
    )


def customer(name: str, phone: str, *, clerk=None, promotions=True, tier=None, **fields) -> int:
    c = profiles.quick_add(name, phone, clerk_id=clerk.id if clerk else None)
    profiles.update_customer(c.id, {"accepts_promotions": promotions, **fields})
    if tier is not None:
        Customer.update(tier=tier).where(Customer.id == c.id).execute()
    return c.id


def tasks(kind: str | None = None) -> list[FollowUp]:
    query = FollowUp.select().where(FollowUp.kind.startswith("event_"))
    if kind:
        query = query.where(FollowUp.kind == kind)
    return list(query.order_by(FollowUp.id))


def open_tasks(kind: str) -> list[FollowUp]:
    return [t for t in tasks(kind) if t.status == "open"]


@pytest.fixture
def clerk(owner):
    return accounts.add_clerk(owner, "小陈", "1357")


@pytest.fixture
def week_ahead(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7)


def test_an_event_needs_a_title_a_kind_and_a_sensible_day_and_keeps_the_typed_values(
    owner, today
) -> None:
    with pytest.raises(ValidationError) as caught:
        planning.save_event(
            owner, planning.EventInput("  ", "party", None, capacity=0, budget=Decimal("-1"))
        )
    assert set(caught.value.errors) == {"title", "kind", "starts_at", "capacity", "budget"}
    with pytest.raises(ValidationError) as caught:
        planning.save_event(
            owner, planning.EventInput("x", "talk", at(dt.date(today.year + 10, 1, 1)))
        )
    assert set(caught.value.errors) == {"starts_at"}
    event = plan_one(owner, today, budget=Decimal("800"), gift="护理套装")
    assert (event.title, event.place, event.budget, event.gift) == (
        "秋季保养讲座",
        "店内二楼",
        Decimal("800.00"),
        "护理套装",
    )


def test_only_the_owner_plans_events_and_chooses_guests(owner, clerk, week_ahead) -> None:
    with pytest.raises(PermissionDenied):
        plan_one(clerk, week_ahead)
    event = plan_one(owner, week_ahead)
    with pytest.raises(PermissionDenied):
        guests.invite(clerk, event.id, guests.Segment(everyone=True))
    with pytest.raises(PermissionDenied):
        planning.cancel_event(clerk, event.id)


def test_an_invitation_is_a_task_for_her_clerk_ten_days_ahead_planned_once(
    owner, clerk, today
) -> None:
    day = today + dt.timedelta(days=30)
    her = customer("李娜", "13800000001", clerk=clerk)
    event = plan_one(owner, day)
    choice = guests.invite(owner, event.id, guests.Segment(everyone=True))
    assert choice.chosen == [her]
    (task,) = tasks()
    assert (task.kind, task.customer_id, task.clerk_id) == ("event_invitation", her, clerk.id)
    assert task.due_on == day - dt.timedelta(days=rules.INVITE_LEAD_DAYS)
    assert task.deadline == day - dt.timedelta(days=1)
    rules.plan(today)
    rules.plan_events(today)
    assert len(tasks()) == 1 and tasks()[0].status == "open"
    again = guests.invite(owner, event.id, guests.Segment(everyone=True))
    assert (again.chosen, again.already) == ([], 1)


def test_the_invitation_says_what_when_and_where_in_the_clerks_words(owner, clerk, today) -> None:
    day = today + dt.timedelta(days=3)
    customer("李娜", "13800000001", clerk=clerk, gender="female")
    event = plan_one(owner, day)
    guests.invite(owner, event.id, guests.Segment(everyone=True))
    row = followups.task_row(tasks()[0].id, day)
    assert "秋季保养讲座" in followups.reason(row) and "14:30" in followups.reason(row)
    (template, *_) = followups.templates_for(row)
    text = followups.message(row, template)
    assert "秋季保养讲座" in text and "14:30" in text and "店内二楼" in text and "小陈" in text


def test_her_reply_closes_the_invitation_and_a_yes_brings_a_reminder_the_day_before(
    owner, clerk, today
) -> None:
    day = today + dt.timedelta(days=5)
    customer("李娜", "13800000001", clerk=clerk)
    event = plan_one(owner, day)
    guests.invite(owner, event.id, guests.Segment(everyone=True))
    (task,) = open_tasks("event_invitation")
    with pytest.raises(ValidationError) as caught:
        followups.complete(task.id, "sent", staff_id=clerk.id)
    assert "reply" in caught.value.errors
    (guest,) = guests.guest_list(event.id)
    guests.record_reply(clerk, guest.id, "yes", channel="wechat", message_text="欢迎来")
    assert FollowUp.get_by_id(task.id).status == "done"
    contact = FollowUp.get_by_id(task.id).contact
    assert (contact.kind, contact.note, contact.staff_id) == ("event", "欢迎来", clerk.id)
    (reminder,) = open_tasks("event_reminder")
    assert reminder.due_on == day - dt.timedelta(days=1)
    guests.record_reply(clerk, guest.id, "no")
    assert open_tasks("event_reminder") == []


def test_places_go_to_the_best_customers_first_and_a_yes_never_overfills(owner, today) -> None:
    gold = Tier.select().order_by(Tier.rank.desc()).first()
    plain = customer("张一", "13800000001")
    vip = customer("王二", "13800000002", tier=gold)
    spender = customer("赵三", "13800000003")
    record_sale(spender, [SaleLine(Decimal("500"), 1)])
    event = plan_one(owner, today + dt.timedelta(days=9), capacity=2)
    preview = guests.choose(event.id, guests.Segment(everyone=True))
    assert preview.chosen[0] == vip and preview.no_place == 1
    choice = guests.invite(owner, event.id, guests.Segment(everyone=True))
    assert plain not in choice.chosen and "1" in guests.refusal(choice)
    first, second = guests.guest_list(event.id)
    guests.record_reply(owner, first.id, "yes")
    guests.record_reply(owner, second.id, "no")
    assert guests.invite(owner, event.id, guests.Segment(everyone=True)).chosen == [plain]
    planning.save_event(
        owner,
        planning.EventInput("秋季保养讲座", "talk", at(today + dt.timedelta(days=9)), capacity=1),
        event.id,
    )
    plain_guest = next(g for g in guests.guest_list(event.id) if g.customer_id == plain)
    with pytest.raises(ValidationError) as caught:
        guests.record_reply(owner, plain_guest.id, "yes")
    assert "1" in caught.value.errors["reply"]
    guests.record_reply(owner, plain_guest.id, "maybe")


def test_consent_is_asked_for_previews_and_not_for_talks_as_the_shop_decides(owner, today) -> None:
    willing = customer("张一", "13800000001")
    unwilling = customer("王二", "13800000002", promotions=False)
    preview = plan_one(owner, today + dt.timedelta(days=9), kind="preview")
    talk = plan_one(owner, today + dt.timedelta(days=9), kind="talk")
    assert guests.choose(preview.id, guests.Segment(everyone=True)).chosen == [willing]
    assert guests.choose(preview.id, guests.Segment(everyone=True)).no_consent == 1
    assert set(guests.choose(talk.id, guests.Segment(everyone=True)).chosen) == {willing, unwilling}
    assert guests.invite_customers(owner, preview.id, [unwilling]).chosen == []
    options.set_many({"event_consent_talk": "yes"})
    assert guests.choose(talk.id, guests.Segment(everyone=True)).chosen == [willing]


def test_a_segment_by_tier_birthday_month_clerk_lifecycle_and_liked_kind(
    owner, clerk, today
) -> None:
    gold = Tier.select().order_by(Tier.rank.desc()).first()
    next_month = today.month % 12 + 1
    born = dt.date(1990, next_month, 1)
    a = customer("张一", "13800000001", clerk=clerk, tier=gold)
    b = customer("王二", "13800000002", birth_date=born)
    c = customer("赵三", "13800000003")
    guests.set_preferences(c, ["talk", "outing"], "周末下午")
    event = plan_one(owner, today + dt.timedelta(days=9))

    def found(**segment) -> set[int]:
        return set(guests.choose(event.id, guests.Segment(**segment)).chosen)

    assert found(tier_ids=(gold.id,)) == {a}
    assert found(birthdays=guests.NEXT_MONTH) == {b}
    assert found(clerk_id=clerk.id) == {a}
    assert found(clerk_id=guests.NO_CLERK) == {b, c}
    assert found(likes_kind=True) == {c}
    assert found(statuses=("visitor",)) == {a, b, c}
    assert found(statuses=("regular",)) == set()
    with pytest.raises(ValidationError):
        found(birthdays="someday")


def test_what_she_likes_counts_in_her_profile_as_soft_knowledge(owner) -> None:
    her = customer("张一", "13800000001")
    before = completeness.completeness(profiles.get_customer(her))
    guests.set_preferences(her, ["preview", "talk"], "  周末  下午 ")
    saved = profiles.get_customer(her)
    assert guests.liked_kinds(saved) == ["preview", "talk"]
    assert saved.event_times == "周末 下午"
    assert completeness.completeness(saved) > before
    with pytest.raises(ValidationError):
        guests.set_preferences(her, ["dance"], "")


def test_cancelling_tells_those_who_had_been_told_and_drops_the_rest(owner, clerk, today) -> None:
    day = today + dt.timedelta(days=9)
    told = customer("张一", "13800000001", clerk=clerk)
    customer("王二", "13800000002", clerk=clerk)
    event = plan_one(owner, day)
    guests.invite(owner, event.id, guests.Segment(everyone=True))
    guest = next(g for g in guests.guest_list(event.id) if g.customer_id == told)
    guests.record_reply(clerk, guest.id, "yes")
    planning.cancel_event(owner, event.id)
    assert {t.status for t in tasks("event_invitation")} == {"done", "cancelled"}
    assert [t.status for t in tasks("event_reminder")] == ["cancelled"]
    (notice,) = open_tasks("event_cancelled")
    assert notice.customer_id == told and notice.due_on == today
    with pytest.raises(ValidationError):
        guests.invite(owner, event.id, guests.Segment(everyone=True))
    with pytest.raises(ValidationError):
        planning.cancel_event(owner, event.id)


def test_at_the_door_invited_guests_walk_ins_and_friends_she_brought(owner, clerk, today) -> None:
    invited = customer("张一", "13800000001", clerk=clerk)
    walk_in = customer("王二", "13800000002")
    absent = customer("赵三", "13800000003")
    event = plan_one(owner, today + dt.timedelta(days=2))
    guests.invite_customers(owner, event.id, [invited, absent])
    with pytest.raises(ValidationError):
        door.check_in(clerk, event.id, invited)  # not the day yet
    for guest in guests.guest_list(event.id):
        guests.record_reply(clerk, guest.id, "yes")
    with clock.set_to(today + dt.timedelta(days=2)):
        host = door.check_in(clerk, event.id, invited)
        door.check_in(clerk, event.id, walk_in)
        friend = door.bring_guest(clerk, event.id, host.id, "钱四", "13900000004")
        assert profiles.get_customer(friend.customer_id).referred_by_id == invited
        door.hand_gift(clerk, host.id)
        with pytest.raises(ValidationError):
            door.hand_gift(clerk, next(g.id for g in guests.guest_list(event.id) if not g.attended))
        rows = {g.customer_id: g for g in guests.guest_list(event.id)}
        assert rows[walk_in].walk_in and not rows[invited].walk_in
        assert rows[friend.customer_id].brought_by == "张一"
    with clock.set_to(today + dt.timedelta(days=3)):
        rules.plan_events()
        thanked = {t.customer_id for t in open_tasks("event_thanks")}
        assert thanked == {invited, walk_in, friend.customer_id}
        assert [t.customer_id for t in open_tasks("event_missed")] == [absent]
        line = figures.event_line(event.id)
        assert (line.invited, line.accepted, line.attended, line.walk_ins, line.brought) == (
            2,
            2,
            3,
            1,
            1,
        )
        assert line.no_shows == 1
        report = figures.report(event.id)
        assert (report.new_customers, report.gifts) == (1, 1)


def test_the_report_sets_what_attendees_bought_after_against_their_own_average(
    owner, today
) -> None:
    day = today - dt.timedelta(days=40)
    came = customer("张一", "13800000001")
    stayed = customer("王二", "13800000002")
    before = record_sale(came, [SaleLine(Decimal("3650"), 1)], on=day - dt.timedelta(days=100))
    after = record_sale(came, [SaleLine(Decimal("1000"), 1)], on=day + dt.timedelta(days=2))
    later = record_sale(came, [SaleLine(Decimal("500"), 1)], on=day + dt.timedelta(days=20))
    average = before.purchase.total / 365
    record_sale(stayed, [SaleLine(Decimal("9999"), 1)], on=day + dt.timedelta(days=1))
    with clock.set_to(day - dt.timedelta(days=5)):
        event = plan_one(owner, day)
        guests.invite_customers(owner, event.id, [came, stayed])
    with clock.set_to(day):
        door.check_in(owner, event.id, came)
    week, month = figures.report(event.id).lifts
    assert (week.days, week.sales) == (7, after.purchase.total)
    assert week.expected == round(average * 7, 2)
    assert week.brought == week.sales - week.expected > 0
    assert month.sales == after.purchase.total + later.purchase.total
    assert month.expected == round(average * 30, 2)


def test_copying_last_years_event_and_the_yearly_goal(owner, today) -> None:
    leap = planning.save_event(
        owner, planning.EventInput("生日会", "birthday_party", dt.datetime(2024, 2, 29, 15))
    )
    copy = planning.copy_event(owner, leap.id)
    assert copy.starts_at == dt.datetime(2025, 2, 28, 15) and copy.title == "生日会"
    assert EventGuest.select().where(EventGuest.event == copy.id).count() == 0
    goal = planning.goal(today)
    assert goal.goal == 4 and goal.missing == 4 and str(today.year) in goal.reminder()
    plan_one(owner, dt.date(today.year, 12, 31))
    assert planning.goal(today).missing == 3
    options.set_many({"events_a_year": 1})
    assert planning.goal(today).reminder() == ""


def test_her_card_lists_the_events_she_was_invited_to_and_came_to(owner, today) -> None:
    her = customer("张一", "13800000001")
    past = plan_one(owner, today)
    coming = plan_one(owner, today + dt.timedelta(days=20))
    guests.invite_customers(owner, past.id, [her])
    guests.invite_customers(owner, coming.id, [her])
    door.check_in(owner, past.id, her)
    mine = guests.of_customer(her)
    assert [(e.event_id, e.attended) for e in mine] == [(coming.id, False), (past.id, True)]


def test_an_erased_or_deleted_customer_is_neither_invited_nor_followed_up(owner, today) -> None:
    gone = customer("张一", "13800000001")
    event = plan_one(owner, today + dt.timedelta(days=5))
    guests.invite_customers(owner, event.id, [gone])
    profiles.delete_customer(owner, gone)
    rules.plan_events()
    assert [t.status for t in tasks()] == ["cancelled"]
    assert guests.choose(event.id, guests.Segment(everyone=True)).chosen == []


def test_when_no_kind_needs_consent_everyone_chosen_gets_her_invitation(owner, today) -> None:
    options.set_many({f"event_consent_{kind}": "no" for kind in EVENT_KINDS})
    willing = customer("张一", "13800000001")
    unwilling = customer("王二", "13800000002", promotions=False)
    event = plan_one(owner, today + dt.timedelta(days=5), kind="preview")
    guests.invite(owner, event.id, guests.Segment(everyone=True))
    assert {t.customer_id for t in open_tasks("event_invitation")} == {willing, unwilling}


def test_one_who_said_yes_hears_it_is_off_though_she_withdrew_her_consent(owner, today) -> None:
    her = customer("张一", "13800000001")
    event = plan_one(owner, today + dt.timedelta(days=5), kind="preview")
    guests.invite_customers(owner, event.id, [her])
    (guest,) = guests.guest_list(event.id)
    guests.record_reply(owner, guest.id, "yes")
    profiles.update_customer(her, {"accepts_promotions": False})
    rules.plan(today)
    assert [t.customer_id for t in open_tasks("event_reminder")] == [her]
    planning.cancel_event(owner, event.id)
    assert [t.customer_id for t in open_tasks("event_cancelled")] == [her]


def test_an_event_moved_asks_those_who_replied_again_and_reminds_for_the_new_day(
    owner, today
) -> None:
    first, later = today + dt.timedelta(days=5), today + dt.timedelta(days=19)
    replied = customer("张一", "13800000001")
    silent = customer("王二", "13800000002")
    event = plan_one(owner, first)
    guests.invite_customers(owner, event.id, [replied, silent])
    mine = next(g for g in guests.guest_list(event.id) if g.customer_id == replied)
    guests.record_reply(owner, mine.id, "yes")
    (reminder,) = open_tasks("event_reminder")
    FollowUp.update(status="done").where(FollowUp.id == reminder.id).execute()
    planning.save_event(
        owner, planning.EventInput("秋季保养讲座", "talk", at(later), "店内二楼"), event.id
    )
    asked = {t.customer_id: t for t in open_tasks("event_invitation")}
    assert set(asked) == {replied, silent}
    assert asked[silent].deadline == later - dt.timedelta(days=1)
    moved = followups.reason(followups.task_row(asked[replied].id))
    assert "moved" in moved and later.isoformat() in moved
    assert open_tasks("event_reminder") == []  # her yes was for the other day
    with pytest.raises(ValidationError):
        followups.complete(asked[replied].id, "", staff_id=owner.id)
    guests.record_reply(owner, mine.id, "yes")
    (again,) = open_tasks("event_reminder")
    assert again.due_on == later - dt.timedelta(days=1)


def test_an_invitation_that_lapsed_comes_back_when_the_event_is_put_off(owner, today) -> None:
    her = customer("张一", "13800000001")
    event = plan_one(owner, today + dt.timedelta(days=3))
    guests.invite_customers(owner, event.id, [her])
    (task,) = open_tasks("event_invitation")
    FollowUp.update(status="lapsed").where(FollowUp.id == task.id).execute()
    planning.save_event(
        owner,
        planning.EventInput("秋季保养讲座", "talk", at(today + dt.timedelta(days=30))),
        event.id,
    )
    assert [t.customer_id for t in open_tasks("event_invitation")] == [her]


def test_an_event_under_way_cannot_be_cancelled_nor_a_reply_come_after_it(owner, today) -> None:
    her = customer("张一", "13800000001")
    walk_in = customer("王二", "13800000002")
    event = plan_one(owner, today + dt.timedelta(days=1))
    guests.invite_customers(owner, event.id, [her])
    (guest,) = guests.guest_list(event.id)
    with clock.set_to(at(today + dt.timedelta(days=1), 9)):
        door.check_in(owner, event.id, her)
        door.check_in(owner, event.id, walk_in)
        with pytest.raises(ValidationError, match="begun"):
            planning.cancel_event(owner, event.id)
        came = next(g for g in guests.guest_list(event.id) if g.customer_id == walk_in)
        with pytest.raises(ValidationError, match="came without an invitation"):
            guests.record_reply(owner, came.id, "no")
    with clock.set_to(today + dt.timedelta(days=2)), pytest.raises(ValidationError):
        guests.record_reply(owner, guest.id, "yes")


def test_unticking_takes_back_her_gift_and_a_friend_comes_with_one_who_is_here(
    owner, today
) -> None:
    her = customer("张一", "13800000001")
    other = customer("王二", "13800000002")
    event = plan_one(owner, today)
    guests.invite_customers(owner, event.id, [her, other])
    host = door.check_in(owner, event.id, her)
    door.hand_gift(owner, host.id)
    (gift,) = gifts.of_customer(her)
    assert (gift.source, gift.status, gift.handed_by_id) == ("event", "handed", owner.id)
    door.undo_check_in(owner, host.id)
    assert figures.report(event.id).gifts == 0
    assert gifts.of_customer(her) == []
    absent = next(g for g in guests.guest_list(event.id) if g.customer_id == other)
    with pytest.raises(ValidationError, match="those here"):
        door.bring_guest(owner, event.id, absent.id, "钱四", "13900000004")


def test_a_window_not_over_is_set_against_the_days_gone_so_far(owner, today) -> None:
    her = customer("张一", "13800000001")
    before = record_sale(her, [SaleLine(Decimal("3650"), 1)], on=today - dt.timedelta(days=30))
    event = plan_one(owner, today - dt.timedelta(days=2))
    with clock.set_to(today - dt.timedelta(days=2)):
        door.check_in(owner, event.id, her)
    week, month = figures.report(event.id).lifts
    assert (week.elapsed, week.complete, month.elapsed) == (3, False, 3)
    assert week.expected == round(before.purchase.total / 365 * 3, 2)


def test_a_deleted_guest_leaves_the_list_the_figures_and_the_places(owner, today) -> None:
    gone = customer("张一", "13800000001")
    stays = customer("王二", "13800000002")
    event = plan_one(owner, today + dt.timedelta(days=5), capacity=2)
    guests.invite_customers(owner, event.id, [gone, stays])
    profiles.delete_customer(owner, gone)
    assert [g.customer_id for g in guests.guest_list(event.id)] == [stays]
    assert figures.event_line(event.id).invited == 1
    assert guests.places_left(planning.get_event(event.id)) == 1


def test_a_full_plan_leaves_alone_the_tasks_another_counter_wrote_while_it_ran(
    owner, today, db_path, monkeypatch
) -> None:
    her = customer("张一", "13800000001")
    event = plan_one(owner, today + dt.timedelta(days=5))
    later = str(clock.now() + dt.timedelta(seconds=30))
    worked_out = rules._new_tasks

    def meanwhile() -> list[int]:
        """After the plan has worked out its tasks, the other counter invites her."""
        found = worked_out()
        with closing(sqlite3.connect(db_path)) as other, other:
            (guest,) = other.execute(
                "INSERT INTO event_guest (event_id, customer_id, invited_on, attended, gift_given)"
                " VALUES (?, ?, ?, 0, 0) RETURNING id",
                (event.id, her, today.isoformat()),
            ).fetchone()
            other.execute(
                "INSERT INTO follow_up (key, customer_id, kind, due_on, deadline, detail,"
                " status, reason, created_at, updated_at)"
                " VALUES (?, ?, 'event_invitation', ?, ?, '{}', 'open', '', ?, ?)",
                (f"event_invitation:{guest}:x", her, today, today, later, later),
            )
        return found

    monkeypatch.setattr(rules, "_new_tasks", meanwhile)
    rules.plan(today)
    assert [t.status for t in tasks("event_invitation")] == ["open"]


def test_who_came_can_be_ticked_for_a_week_after_not_later(owner, today) -> None:
    her = customer("张一", "13800000001")
    other = customer("王二", "13800000002")
    event = plan_one(owner, today)
    with clock.set_to(today + dt.timedelta(days=7)):
        door.check_in(owner, event.id, her)
    with clock.set_to(today + dt.timedelta(days=8)), pytest.raises(ValidationError, match="until"):
        door.check_in(owner, event.id, other)


def test_a_lunar_birthday_is_found_in_the_month_it_falls_in(owner, today) -> None:
    first = today.replace(day=1)
    end = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    month = next(
        m for m in range(1, 13) if next_occurrence(m, 15, True, first) <= end and m != first.month
    )  # a lunar 15th that falls this month, in a lunar month of another number
    her = customer("张一", "13800000001")
    profiles.update_customer(her, {"birth_date": f"1990-{month:02d}-15", "birthday_lunar": True})
    event = plan_one(owner, today + dt.timedelta(days=5))
    assert guests.choose(event.id, guests.Segment(birthdays=guests.THIS_MONTH)).chosen == [her]
    assert guests.choose(event.id, guests.Segment(birthdays=guests.NEXT_MONTH)).chosen == []


def test_no_condition_invites_nobody_unless_every_customer_is_asked_for(owner, today) -> None:
    customer("张一", "13800000001")
    event = plan_one(owner, today + dt.timedelta(days=5))
    with pytest.raises(ValidationError, match="every customer"):
        guests.invite(owner, event.id, guests.Segment())
    assert len(guests.invite(owner, event.id, guests.Segment(everyone=True)).chosen) == 1

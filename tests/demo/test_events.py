"""The demo's year of VIP events looks like a real shop's: guests chosen within the rules,
their replies, the door, friends brought as referrals, and the clerks' tasks."""

from __future__ import annotations

import datetime as dt

import pytest
from peewee import SqliteDatabase

from shopcrm.care import followups, rules
from shopcrm.core import clock
from shopcrm.demo import vocabulary
from shopcrm.demo.follow_ups import work_the_past
from shopcrm.demo.generator import KINDS, DemoSummary, fill_demo
from shopcrm.events import figures, guests, planning
from shopcrm.storage import derived
from shopcrm.storage.models import EVENT_KINDS, Customer, Event, EventGuest, FollowUp

CUSTOMERS = 300


@pytest.fixture
def demo(db: SqliteDatabase, today: dt.date) -> DemoSummary:
    made = fill_demo(CUSTOMERS, seed=7)
    work_the_past(today)
    return made


def past_lines() -> list[figures.EventLine]:
    return [line for line in figures.event_lines() if line.past]


def test_a_year_of_events_each_with_invitations_replies_and_guests_at_the_door(
    demo: DemoSummary, today: dt.date
) -> None:
    held = past_lines()
    assert demo.events == Event.select().count() and len(held) >= 4
    assert {line.kind for line in held} >= {"preview", "outing", "talk", "birthday_party"}
    for line in held:
        assert today - dt.timedelta(days=365) <= line.starts_at.date() < today
        assert 0 < line.invited <= line.capacity
        assert line.accepted + line.maybe + line.declined <= line.invited
        assert line.attended > 0 and line.walk_ins > 0
        assert line.no_shows <= line.accepted
    # Most who say yes come: over the year, as a small event may have no yes at all.
    assert 2 * sum(line.no_shows for line in held) < sum(line.accepted for line in held)
    assert sum(line.declined for line in held) > 0 and sum(line.maybe for line in held) > 0
    gifted = EventGuest.select().where(EventGuest.gift_given)
    assert gifted.count() > 0 and {g.attended for g in gifted} == {True}
    for guest in EventGuest.select().where(EventGuest.reply.is_null(False)):
        assert guest.invited_on <= guest.replied_at.date() < guest.event.starts_at.date()


def test_guests_are_chosen_within_the_consent_and_birthday_rules(demo: DemoSummary) -> None:
    needs_consent = rules.consent_kinds()
    assert "preview" in needs_consent
    for event in Event.select():
        invited = [
            g.customer
            for g in EventGuest.select().where(
                EventGuest.event == event.id, EventGuest.invited_on.is_null(False)
            )
        ]
        if event.kind in needs_consent:
            assert {c.accepts_promotions for c in invited} <= {True}
        if event.kind == "birthday_party":
            assert {c.birth_date.month for c in invited} <= {event.starts_at.month}
    told = Customer.select().where(Customer.event_kinds.is_null(False))
    assert told.count() > 10 and told.where(Customer.event_times.is_null(False)).count() > 0
    for her in told:
        assert guests.liked_kinds(her) and set(her.event_kinds.split(",")) <= set(EVENT_KINDS)


def test_a_friend_brought_to_an_event_registered_there_as_her_referral(
    demo: DemoSummary,
) -> None:
    brought = list(EventGuest.select().where(EventGuest.brought_by.is_null(False)))
    assert len(brought) >= 2
    for guest in brought:
        friend = guest.customer
        assert friend.referred_by_id == guest.brought_by_id and guest.attended
        assert friend.created_at.date() == guest.event.starts_at.date()
        assert friend.visit_count == 0  # she has not bought yet: no reward is due
    assert sum(figures.report(line.id).new_customers for line in past_lines()) == len(brought)
    assert derived.mismatches() == []


def test_the_coming_event_has_its_invitations_open_for_today_and_past_ones_are_done(
    demo: DemoSummary, today: dt.date
) -> None:
    soon = [
        line
        for line in figures.event_lines()
        if today < line.starts_at.date() <= today + dt.timedelta(days=rules.INVITE_LEAD_DAYS)
    ]
    assert len(soon) == 1 and soon[0].invited > 0 and soon[0].accepted == 0
    invitations = FollowUp.select().where(
        FollowUp.kind == "event_invitation", FollowUp.status == "open"
    )
    assert invitations.count() == soon[0].invited
    assert {t.due_on for t in invitations} == {today}
    share = followups.day_share(today)
    assert any(row.kind == "event_invitation" for row in share.rows)
    past = FollowUp.select().where(FollowUp.kind.in_(rules.EVENT_KINDS), FollowUp.due_on < today)
    done = past.where(FollowUp.status == "done")
    assert done.count() >= past.count() * 0.8
    assert {t.done_by_id == t.clerk_id for t in done} == {True}
    assert max(str(t.done_at) for t in done) <= str(clock.now())
    # Thanks are service, whatever her consent to promotions: everyone who came.
    came = EventGuest.select().join(Customer).where(EventGuest.attended)
    assert FollowUp.select().where(FollowUp.kind == "event_thanks").count() == came.count()


def test_nothing_at_the_events_happens_in_the_future(demo: DemoSummary, db) -> None:
    now = str(clock.now())
    for sql in (
        "SELECT max(arrived_at) FROM event_guest",
        "SELECT max(replied_at) FROM event_guest",
        "SELECT max(created_at) FROM event",
        "SELECT max(created_at) FROM customer",
    ):
        assert db.execute_sql(sql).fetchone()[0] <= now, sql


def test_a_tiny_demo_still_holds_its_events(db: SqliteDatabase, today: dt.date) -> None:
    made = fill_demo(10, seed=3)
    work_the_past(today)
    assert made.events == Event.select().count() > 0
    assert rules.plan(today).created == 0


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_shop_has_a_year_of_events_the_planner_would_accept(kind: str) -> None:
    year = vocabulary.EVENTS[kind]
    assert len(year.past) >= 4 and any(plan.invited for plan in year.coming)
    for plan in (*year.past, *year.coming):
        assert plan.kind in EVENT_KINDS and 1 <= plan.capacity <= planning.CAPACITY_LIMIT
        assert (plan.on is None) != (plan.in_days is None)
        if plan.on:
            dt.date.fromisoformat(f"2025-{plan.on}")
        dt.time.fromisoformat(plan.time)
        for month in range(1, 13):
            assert len(plan.titled(dt.date(2025, month, 1))) <= planning.TITLE_LIMIT
        assert len(plan.place) <= planning.PLACE_LIMIT and len(plan.gift) <= planning.GIFT_LIMIT
    invited = [plan for plan in year.coming if plan.invited]
    assert all(plan.in_days <= rules.INVITE_LEAD_DAYS for plan in invited)
    assert set(vocabulary.LIKED_KINDS.values) <= set(EVENT_KINDS) and vocabulary.EVENT_TIMES
    assert len(vocabulary.SEASONS) == 12

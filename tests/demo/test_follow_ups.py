"""The demo opens on a day of a shop that works its list: the past fortnight's follow-ups
done on time with their contacts, tens to do today, a handful late, some done already."""

from __future__ import annotations

import datetime as dt

import pytest

from shopcrm.care import followups, rules
from shopcrm.core import clock
from shopcrm.demo import follow_ups
from shopcrm.demo.follow_ups import work_the_past
from shopcrm.demo.generator import fill_demo
from shopcrm.storage.models import ContactLog, FollowUp, Gift


def _demo_on(day: dt.date, customers: int) -> None:
    fill_demo(customers, seed=2)
    work_the_past(day)


def test_the_past_follow_ups_were_done_on_time_with_their_contacts(db, today) -> None:
    _demo_on(today, 600)
    past = FollowUp.select().where(FollowUp.due_on < today, FollowUp.status != "cancelled")
    still_open = past.where(FollowUp.status == "open").count()
    assert past.count() > 10 and still_open <= past.count() // 5
    done = list(past.where(FollowUp.status == "done"))
    assert {t.done_by_id == t.clerk_id for t in done} == {True}
    for task in done:
        on = task.done_at.date()
        if task.kind not in rules.EVENT_KINDS and on < today:  # today's: the morning's work
            # ...and an invitation is done when she replied.
            assert task.due_on <= on <= task.deadline + dt.timedelta(days=1), task.kind
        if task.kind != "complaint_followup" and task.customer_id:  # step 9 logs no contact
            contact = ContactLog.get_by_id(task.contact_id)
            assert (contact.customer_id, contact.staff_id, contact.at) == (
                task.customer_id,
                task.clerk_id,
                task.done_at,
            )
            assert contact.kind == followups.CONTACT_KIND[task.kind] and contact.outcome
    gifts = FollowUp.select().where(FollowUp.kind == "birthday_gift", FollowUp.status == "done")
    handed = Gift.select().where(Gift.status == "handed", Gift.source_key.startswith("follow_up:"))
    assert handed.count() == gifts.count()
    assert rules.plan(today).created == 0


def _next_leap_day(after: dt.date) -> dt.date:
    year = after.year + (after >= dt.date(after.year, 3, 1))
    while year % 4 or (year % 100 == 0 and year % 400):
        year += 1
    return dt.date(year, 2, 29)


# After the day of the run (the shop was made on it): its next New Year, next 29 February.
DAYS = {
    "the run's day": lambda today: today,
    "New Year": lambda today: dt.date(today.year + 1, 1, 1),
    "29 February": _next_leap_day,
}


@pytest.mark.parametrize("day_of", DAYS.values(), ids=DAYS.keys())
def test_the_demo_opens_on_a_day_in_progress(db, today, day_of) -> None:
    day = day_of(today)
    with clock.set_to(day):  # 10:00: the clerks have worked since the morning
        _demo_on(day, 1500)
        rows = followups.day_list(day)
        late = [row for row in rows if row.overdue]
        assert 10 <= len(rows) - len(late) <= 80  # tens, a festival's greetings included
        assert len(late) <= 8  # a handful
        assert all(day - row.deadline <= dt.timedelta(days=follow_ups.LATE_DAYS) for row in late)
        done_today = FollowUp.select().where(
            FollowUp.status == "done",
            FollowUp.done_at >= dt.datetime.combine(day, follow_ups.MORNING_STARTS),
        )
        assert done_today.count() >= 5
        assert all(t.done_at <= clock.now() for t in done_today)
        assert all(t.contact_id for t in done_today if t.customer_id)

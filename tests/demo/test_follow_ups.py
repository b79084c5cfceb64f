"""The demo opens on a day a clerk can finish: the past fortnight's follow-ups mostly done."""

from __future__ import annotations

from shopcrm.care import followups, rules
from shopcrm.demo.follow_ups import work_the_past
from shopcrm.demo.generator import fill_demo
from shopcrm.storage.models import FollowUp


def test_the_demo_opens_with_most_past_follow_ups_done(db, today) -> None:
    fill_demo(600, seed=2)
    work_the_past(today)
    past = FollowUp.select().where(FollowUp.due_on < today, FollowUp.status != "cancelled")
    still_open = past.where(FollowUp.status == "open").count()
    assert past.count() > 10 and still_open <= past.count() // 5
    assert {t.done_by_id == t.clerk_id for t in past.where(FollowUp.status == "done")} == {True}
    assert rules.plan(today).created == 0
    share = followups.day_share(today)
    assert sum(row.overdue for row in share.rows) <= still_open

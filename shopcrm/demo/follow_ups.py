"""The demo shop's follow-ups as a shop that keeps up would have left them.

The care plan looks back a fortnight, so a new demo would open with every call
of those days overdue; a real shop made most of them on their day. Here the
plan is made, and all but one in ten of the tasks due before today are done on
their day by the clerk in charge, so the demo opens on a day a clerk can finish.

The year's events are older than the plan looks back: their tasks are planned
as they were at the time, the invitations done when the guest replied, the
rest on their day but for one in ten, which the plan then finds lapsed.
"""

from __future__ import annotations

import datetime as dt

from shopcrm.care import rules
from shopcrm.core.clock import now
from shopcrm.storage.models import database

LEFT_OPEN = 10  # one task in ten due before today is still waiting


def _work_the_events(today: dt.date) -> None:
    """Plan the event rule as of the first event, so that every event has its tasks, and
    do those due before `today` as their clerks would have."""
    first = database.execute_sql("SELECT min(date(starts_at)) FROM event").fetchone()[0]
    if first is None:
        return
    rules.plan_events(dt.date.fromisoformat(first))
    marks = ", ".join("?" * len(rules.EVENT_KINDS))
    with database.atomic("IMMEDIATE"):
        database.execute_sql(
            f"""UPDATE follow_up
                   SET status = 'done', done_by_id = follow_up.clerk_id, updated_at = ?,
                       done_at = CASE follow_up.kind WHEN 'event_invitation' THEN g.replied_at
                                 ELSE follow_up.due_on || ' 17:30:00' END
                  FROM event_guest g
                 WHERE follow_up.status = 'open' AND follow_up.kind IN ({marks})
                   AND follow_up.due_on < ?
                   AND g.id = CAST(substr(follow_up.key, length(follow_up.kind) + 2) AS INTEGER)
                   AND CASE follow_up.kind WHEN 'event_invitation' THEN g.reply IS NOT NULL
                       ELSE follow_up.id % ? <> 0 END""",
            (str(now()), *rules.EVENT_KINDS, today.isoformat(), LEFT_OPEN),
        )


def work_the_past(today: dt.date) -> None:
    """Plan the care tasks as of `today` and do most of those due before it."""
    _work_the_events(today)
    rules.plan(today)
    with database.atomic("IMMEDIATE"):
        database.execute_sql(
            """UPDATE follow_up
                  SET status = 'done', done_by_id = clerk_id, done_at = due_on || ' 17:30:00',
                      updated_at = ?
                WHERE status = 'open' AND due_on < ? AND id % ? <> 0""",
            (str(now()), today.isoformat(), LEFT_OPEN),
        )

"""The demo shop's follow-ups as a shop that works its list every day would have left them.

The care plan looks back a fortnight, so a new demo would open with every call
of those days overdue or lapsed; a real shop made them on their day or the
next. Here the plan is made, and the tasks due before today are done, each
with its contact in her log, by the clerk in charge, on their day or the day
after. One in ten was not done on time (she could not be reached): a few days
late it is still open on today's list (overdue), past its worth the plan found
it lapsed, and in between it was done the day after its deadline. This morning
each clerk has already worked the top third of her day's list, but for the late
ones, so the demo opens on a day in progress: tens to do, a handful late, some
done.

The year's events are older than the plan looks back: their tasks are planned
as they were at the time, the invitations done when the guest replied, the
rest on their day but for one in ten, which the plan then finds lapsed.

A complaint's call-back is left to the complaint (it closes in the wizard's
step 9), an invitation to the guest's reply: the demo does only what a contact
finishes.
"""

from __future__ import annotations

import datetime as dt

from shopcrm.care import followups, rules
from shopcrm.core.clock import now
from shopcrm.demo.vocabulary import BIRTHDAY_GIFT, DONE_TASKS
from shopcrm.demo.writer import next_id
from shopcrm.storage.models import database

LEFT_OPEN = 10  # one task in ten due before today was not done on time
LATE_DAYS = 2  # ...and is still open if its deadline passed at most this many days ago
DAY_AFTER = 4  # one in four done on time was done the day after it was due, if still on time
MORNING_SHARE = 3  # by this morning a clerk has worked the top third of her day's list
MORNING_STARTS = dt.time(9, 0)
MINUTES_A_TASK = 6
WIZARD = "complaint_followup"  # closed by the complaint's step 9 when planned, no contact
# Done by more than a contact: the complaint's step 9, the guest's reply.
NOT_BY_CONTACT = (WIZARD, "event_invitation")


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" * len(values))


def _work_the_events(today: dt.date) -> None:
    """Plan the event rule as of the first event, so that every event has its tasks, and
    do those due before `today` as their clerks would have."""
    first = database.execute_sql("SELECT min(date(starts_at)) FROM event").fetchone()[0]
    if first is None:
        return
    rules.plan_events(dt.date.fromisoformat(first))
    with database.atomic("IMMEDIATE"):
        database.execute_sql(
            f"""UPDATE follow_up
                   SET status = 'done', done_by_id = follow_up.clerk_id, updated_at = ?,
                       done_at = CASE follow_up.kind WHEN 'event_invitation' THEN g.replied_at
                                 ELSE follow_up.due_on || ' 17:30:00' END
                  FROM event_guest g
                 WHERE follow_up.status = 'open' AND follow_up.kind IN ({_marks(rules.EVENT_KINDS)})
                   AND follow_up.due_on < ?
                   AND g.id = CAST(substr(follow_up.key, length(follow_up.kind) + 2) AS INTEGER)
                   AND CASE follow_up.kind WHEN 'event_invitation' THEN g.reply IS NOT NULL
                       ELSE follow_up.id % ? <> 0 END""",
            (str(now()), *rules.EVENT_KINDS, today.isoformat(), LEFT_OPEN),
        )


def _done_before_today(today: dt.date) -> None:
    """The tasks due before `today`, done as described above, at a time of the shop's day."""
    yesterday = (today - dt.timedelta(days=1)).isoformat()
    late_from = (today - dt.timedelta(days=LATE_DAYS)).isoformat()
    database.execute_sql(
        f"""UPDATE follow_up
               SET status = 'done', done_by_id = clerk_id, updated_at = ?,
                   done_at = CASE WHEN id % ? = 0 THEN date(deadline, '+1 day')
                                  ELSE min(date(due_on, '+' || (id % ? = 1) || ' day'),
                                           deadline, ?) END
                             || printf(' %02d:%02d:00', 10 + id % 10, id * 7 % 60)
             WHERE due_on < ? AND kind NOT IN ({_marks(NOT_BY_CONTACT)})
               AND ((id % ? <> 0 AND status IN ('open', 'lapsed'))
                    OR (id % ? = 0 AND status = 'open' AND deadline < ?))""",
        (
            str(now()),
            LEFT_OPEN,
            DAY_AFTER,
            yesterday,
            today.isoformat(),
            *NOT_BY_CONTACT,
            LEFT_OPEN,
            LEFT_OPEN,
            late_from,
        ),
    )


def _worked_this_morning(today: dt.date) -> None:
    """Each clerk's top third of today's list, done one every few minutes from the morning
    until now (the late ones she could not reach wait): the page then opens on what is left
    of her day."""
    start = dt.datetime.combine(today, MORNING_STARTS)
    moment = now()
    done: list[tuple[str, int]] = []
    by_clerk: dict[int | None, list[followups.FollowUpRow]] = {}
    for row in followups.day_share(today).rows:
        by_clerk.setdefault(row.clerk_id, []).append(row)
    for rows in by_clerk.values():
        doable = [row for row in rows if row.kind not in NOT_BY_CONTACT and not row.overdue]
        for position, row in enumerate(doable[: -(-len(rows) // MORNING_SHARE)]):
            at = start + dt.timedelta(minutes=MINUTES_A_TASK * position)
            if at > moment:
                break
            done.append((str(at), row.id))
    database.connection().executemany(
        "UPDATE follow_up SET status = 'done', done_by_id = clerk_id, done_at = ?1,"
        " updated_at = ?1 WHERE id = ?2",
        done,
    )


def _contacts_of_the_done() -> None:
    """Her log holds the contact of every task the demo did, as `followups.complete` writes
    it (channel, kind, what came of it); a birthday gift is handed over in her wallet."""
    first = next_id("contact_log")
    doing = "status = 'done' AND contact_id IS NULL AND customer_id IS NOT NULL AND kind <> ?"
    kinds = {kind: contact for kind, contact in followups.CONTACT_KIND.items() if kind != WIZARD}
    calls, visits = followups.CALL_KINDS, followups.VISIT_KINDS
    by_kind = " ".join("WHEN ? THEN ?" for _ in kinds)
    database.execute_sql(
        f"""INSERT INTO contact_log (id, customer_id, staff_id, at, channel, kind, outcome, note)
            SELECT ? + t.id, t.customer_id, t.done_by_id, t.done_at,
                   CASE WHEN t.kind IN ({_marks(calls)}) THEN 'phone'
                        WHEN t.kind IN ({_marks(visits)}) THEN 'visit'
                        ELSE coalesce(nullif(c.preferred_channel, ''), 'wechat') END,
                   CASE t.kind {by_kind} END, CASE t.kind {by_kind} END, ''
              FROM follow_up t JOIN customer c ON c.id = t.customer_id
             WHERE t.{doing}""",
        (
            first,
            *calls,
            *visits,
            *(text for pair in kinds.items() for text in pair),
            *(text for kind, contact in kinds.items() for text in (kind, DONE_TASKS[contact])),
            WIZARD,
        ),
    )
    database.execute_sql(
        f"""INSERT INTO gift (customer_id, description, cost, source, source_key, reason,
                              status, issued_by_id, issued_at, handed_by_id, handed_at,
                              cancel_reason)
            SELECT customer_id, ?, coalesce(budget, 0), 'birthday', 'follow_up:' || id, '',
                   'handed', done_by_id, done_at, done_by_id, done_at, ''
              FROM follow_up WHERE kind = 'birthday_gift' AND {doing}""",
        (BIRTHDAY_GIFT, WIZARD),
    )
    database.execute_sql(f"UPDATE follow_up SET contact_id = ? + id WHERE {doing}", (first, WIZARD))


def work_the_past(today: dt.date) -> None:
    """Plan the care tasks as of `today`, do most of those due before it and the top of
    today's list, each with its contact."""
    _work_the_events(today)
    rules.plan(today)
    with database.atomic("IMMEDIATE"):
        _done_before_today(today)
        _worked_this_morning(today)
        _contacts_of_the_done()

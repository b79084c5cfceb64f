"""Planning the greeting batches: one row per clerk and festival, whatever the shop's size.

Part of the care plan (rules.plan), and written the same way: the batches the
data asks for go into a temp table, and only the difference is written. A
batch's key (kind, festival, year, clerk) makes a second run add nothing; an
open batch no one is left in (her clerk left and handed over her customers) is
cancelled; an open batch past its festival lapses, since a late greeting is no
greeting. A batch handed out (its file written, its list copied) went out: it waits
to be marked sent, whatever happens to its customers. A sent batch is history and
is never touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopcrm.care import audience
from shopcrm.storage.models import database

_TEMP = """CREATE TEMP TABLE IF NOT EXISTS desired_batch (
             key TEXT PRIMARY KEY, kind TEXT, clerk_id INTEGER, due_on TEXT, detail TEXT)"""


@dataclass(frozen=True)
class BatchChanges:
    created: int
    updated: int
    cancelled: int
    lapsed: int


def fresh() -> None:
    database.execute_sql(_TEMP)
    database.execute_sql("DELETE FROM temp.desired_batch")


def want() -> None:
    """A batch for each festival in temp.care_festivals and each clerk with customers in it.

    The clerks are found in one pass over the customers, however many festivals.
    """
    database.execute_sql(
        f"""INSERT INTO temp.desired_batch (key, kind, clerk_id, due_on, detail)
            SELECT f.kind || ':' || f.festival_id || ':' || f.year || ':'
                   || coalesce(k.clerk_id, 0), f.kind, k.clerk_id, f.on_date,
                   json_object('festival', f.festival_id, 'name', f.name, 'date', f.on_date)
              FROM temp.care_festivals f
              CROSS JOIN (SELECT DISTINCT c.clerk_id FROM customer c
                           WHERE {audience.IN_BATCH}) k""",
        (audience.personal_rank(),),
    )


def _execute(sql: str, params: tuple[object, ...]) -> int:
    return database.execute_sql(sql, list(params)).rowcount


def write(start: dt.date, end: dt.date, stamp: str) -> BatchChanges:
    """Bring the batches due from `start` to `end` in line with temp.desired_batch; lapse
    the open ones whose day has passed (in the caller's write transaction)."""
    created = _execute(
        """INSERT INTO greeting_batch (key, kind, clerk_id, due_on, deadline, detail, status,
                                       created_at, updated_at)
           SELECT d.key, d.kind, d.clerk_id, d.due_on, d.due_on, d.detail, 'open', ?, ?
             FROM temp.desired_batch d
            WHERE NOT EXISTS (SELECT 1 FROM greeting_batch b WHERE b.key = d.key)""",
        (stamp, stamp),
    )
    updated = _execute(
        """UPDATE greeting_batch
              SET due_on = d.due_on, deadline = d.due_on, detail = d.detail, status = 'open',
                  updated_at = ?
             FROM temp.desired_batch d
            WHERE greeting_batch.key = d.key AND greeting_batch.status IN ('open', 'cancelled')
              AND (greeting_batch.status = 'cancelled' OR greeting_batch.due_on IS NOT d.due_on
                   OR greeting_batch.detail IS NOT d.detail)""",
        (stamp,),
    )
    cancelled = _execute(
        """UPDATE greeting_batch SET status = 'cancelled', updated_at = ?
            WHERE status = 'open' AND members IS NULL AND due_on BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM temp.desired_batch d
                               WHERE d.key = greeting_batch.key)""",
        (stamp, start.isoformat(), end.isoformat()),
    )
    lapsed = _execute(
        """UPDATE greeting_batch SET status = 'lapsed', updated_at = ?
            WHERE status = 'open' AND members IS NULL AND deadline < ?""",
        (stamp, start.isoformat()),
    )
    return BatchChanges(created, updated, cancelled, lapsed)

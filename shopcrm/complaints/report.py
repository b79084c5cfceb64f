"""What the complaints teach, per category or per cause: so the shop fixes causes, not cases.

A category or cause that keeps coming back, takes long to close, leaves
customers unhappy or brings the same customer back with the same problem
stands out in one table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from shopcrm.complaints.labels import complaint_category_label, complaint_cause_label
from shopcrm.core import clock
from shopcrm.core.i18n import tr
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn
from shopcrm.storage.models import database

GROUPS: dict[str, Callable[[str | None], str]] = {
    "category": complaint_category_label,
    "cause": complaint_cause_label,
}
FIGURES = ("complaints", "closed", "days_to_close", "answered", "satisfied", "repeats", "reopened")

# A repeat: the same customer had complained about the same category before.
SQL = """
SELECT c.{group},
       count(*),
       coalesce(sum(c.status = 'closed'), 0),
       coalesce(sum(CASE WHEN c.status = 'closed'
                         THEN julianday(c.closed_at) - julianday(c.opened_at) END), 0),
       coalesce(sum(c.satisfaction IS NOT NULL), 0),
       coalesce(sum(c.satisfaction = 'yes'), 0),
       coalesce(sum(EXISTS (SELECT 1 FROM complaint e
                             WHERE e.customer_id = c.customer_id
                               AND e.category IS c.category
                               AND (e.opened_at < c.opened_at
                                    OR (e.opened_at = c.opened_at AND e.id < c.id)))), 0),
       coalesce(sum(c.attempt > 1), 0)
  FROM complaint c
 WHERE c.opened_at >= ? AND c.opened_at < ?
 GROUP BY 1
"""


def period_choices() -> list[tuple[str, str]]:
    return [
        ("month", tr("This month")),
        ("quarter", tr("The last 3 months")),
        ("year", tr("This year")),
        ("all", tr("All time")),
    ]


def period_start(period: str, today: dt.date | None = None) -> dt.date | None:
    """The first day of a period that ends today; None for all time."""
    today = today or clock.today()
    if period == "month":
        return today.replace(day=1)
    if period == "quarter":
        return today - dt.timedelta(days=91)
    if period == "year":
        return today.replace(month=1, day=1)
    return None


@dataclass(frozen=True)
class ReportRow:
    code: str | None
    label: str
    complaints: int
    closed: int
    days_to_close: float  # summed over the closed ones
    answered: int  # her answer at step 8 is recorded
    satisfied: int
    repeats: int
    reopened: int  # needed a second chance

    @property
    def average_days_to_close(self) -> float | None:
        return self.days_to_close / self.closed if self.closed else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.answered if self.answered else None


@dataclass(frozen=True)
class Report:
    rows: list[ReportRow]  # the most frequent first
    total: ReportRow


def report(group: str, start: dt.date | None = None, end: dt.date | None = None) -> Report:
    """One row per category (or cause) of the complaints opened from `start` to `end`."""
    label = GROUPS[group]
    since = (start or dt.date.min).isoformat()
    until = (end + dt.timedelta(days=1)).isoformat() if end else "9999-12-31"
    rows = [
        ReportRow(code, label(code), *figures)
        for code, *figures in database.execute_sql(SQL.format(group=group), (since, until))
    ]
    rows.sort(key=lambda row: (-row.complaints, row.label))
    totals = [sum(getattr(row, name) for row in rows) for name in FIGURES]
    return Report(rows, ReportRow(None, tr("All complaints"), *totals))


def _cells(row: ReportRow) -> list[object]:
    rate = row.satisfaction_rate
    return [
        row.label,
        row.complaints,
        row.closed,
        row.average_days_to_close,
        None if rate is None else f"{rate:.0%} ({row.satisfied}/{row.answered})",
        row.repeats,
        row.reopened,
    ]


def sheet(group: str, period: str, today: dt.date | None = None) -> SheetSpec:
    """The report as a table, its last row the whole period's: for the page and paper.
    An average or a rate with nothing to average is None."""
    found = report(group, start=period_start(period, today))
    columns = [
        TableColumn(tr("Category") if group == "category" else tr("Cause"), "text", 24),
        TableColumn(tr("Complaints"), "integer"),
        TableColumn(tr("Closed"), "integer"),
        TableColumn(tr("Average days to close"), "number"),
        TableColumn(tr("Satisfied"), "text"),
        TableColumn(tr("Repeat complaints"), "integer"),
        TableColumn(tr("Second chances"), "integer"),
    ]
    rows = [_cells(row) for row in [*found.rows, found.total]]
    period_words = dict(period_choices())[period]
    heading = tr("Complaints report · {period}").format(period=period_words)
    return SheetSpec(tr("Complaints report"), columns, rows, heading=heading)

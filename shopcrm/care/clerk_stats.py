"""Each clerk's follow-up work in a month, for the owner's staff reviews.

Per clerk: contacts she logged, the sales she recorded (count, amount, and the
amount by payment method, for the till count), the care tasks due to her in the
month (done, skipped, overdue), the calls after a purchase made within their
window, and her customers as they stand: how many, how well their profiles are filled in
(the quarterly profile contest) and how many came back to buy again.
Tasks count for the clerk they are assigned to; contacts for who made them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from shopcrm.care.rules import PURCHASE_KINDS
from shopcrm.core import clock
from shopcrm.core.i18n import tr
from shopcrm.core.money import from_fen
from shopcrm.customers.completeness import completeness_sql
from shopcrm.sales.payments import payment_choices
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import PAYMENT_METHODS, Staff, database


@dataclass(frozen=True)
class ClerkMonth:
    clerk_id: int
    clerk: str
    contacts: int
    tasks: int
    done: int
    skipped: int
    overdue: int
    callbacks: int
    callbacks_on_time: int
    customers: int
    completeness: float  # the average of her customers' profiles, 0 to 1
    buyers: int
    repeat_buyers: int
    sales: int
    sales_amount: Decimal
    by_payment: tuple[Decimal, ...]  # the amount taken by each of PAYMENT_METHODS, in order

    @property
    def repeat_rate(self) -> float:
        return self.repeat_buyers / self.buyers if self.buyers else 0.0

    @property
    def callback_rate(self) -> float:
        return self.callbacks_on_time / self.callbacks if self.callbacks else 0.0


def month_bounds(first: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the month of `first`."""
    first = first.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _by_clerk(sql: str, params: tuple[object, ...]) -> dict[int, tuple]:
    return {row[0]: row[1:] for row in database.execute_sql(sql, params)}


def month_stats(month: dt.date, today: dt.date | None = None) -> list[ClerkMonth]:
    """Every active clerk's figures for the month of `month`; overdue as of `today`."""
    today = today or clock.today()
    first, last = month_bounds(month)
    marks = ", ".join("?" * len(PURCHASE_KINDS))
    contacts = _by_clerk(
        """SELECT staff_id, count(*) FROM contact_log
            WHERE at >= ? AND at < ? GROUP BY staff_id""",
        (first.isoformat(), (last + dt.timedelta(days=1)).isoformat()),
    )
    work = _by_clerk(
        f"""SELECT clerk_id, count(*), sum(status = 'done'), sum(status = 'skipped'),
                   sum(status = 'lapsed' OR (status = 'open' AND deadline < ?)),
                   sum(kind IN ({marks})),
                   sum(kind IN ({marks}) AND status = 'done' AND date(done_at) <= deadline)
              FROM follow_up
             WHERE due_on BETWEEN ? AND ? AND status <> 'cancelled'
             GROUP BY clerk_id""",
        (today.isoformat(), *PURCHASE_KINDS, *PURCHASE_KINDS, first.isoformat(), last.isoformat()),
    )
    methods = ", ".join(
        f"coalesce(sum(CASE WHEN payment = '{code}' THEN total END), 0)" for code in PAYMENT_METHODS
    )
    sold = _by_clerk(
        f"""SELECT clerk_id, count(*), coalesce(sum(total), 0), {methods} FROM purchase
             WHERE date BETWEEN ? AND ? GROUP BY clerk_id""",
        (first.isoformat(), last.isoformat()),
    )
    customers = _by_clerk(
        f"""SELECT c.clerk_id, count(*), avg({completeness_sql("c")}),
                   sum(c.visit_count > 0), sum(c.visit_count >= 2)
              FROM customer c WHERE c.deleted_at IS NULL GROUP BY c.clerk_id""",
        (),
    )
    rows = []
    for clerk in Staff.select().where(Staff.active).order_by(Staff.name):
        tasks = work.get(clerk.id, (0, 0, 0, 0, 0, 0))
        mine = customers.get(clerk.id, (0, 0.0, 0, 0))
        sales = sold.get(clerk.id, (0, 0, *(0 for _ in PAYMENT_METHODS)))
        rows.append(
            ClerkMonth(
                clerk.id,
                clerk.name,
                contacts.get(clerk.id, (0,))[0],
                *(int(n or 0) for n in tasks),
                mine[0],
                float(mine[1] or 0.0),
                int(mine[2] or 0),
                int(mine[3] or 0),
                sales[0],
                from_fen(sales[1]),
                tuple(from_fen(fen) for fen in sales[2:]),
            )
        )
    return rows


def columns() -> list[TableColumn]:
    return [
        TableColumn(tr("Clerk"), "text", 16),
        TableColumn(tr("Contacts"), "integer", 11),
        TableColumn(tr("Sales"), "integer", 9),
        TableColumn(tr("Sales amount"), "money", 14),
        *(TableColumn(label, "money", 12) for _, label in payment_choices()),
        TableColumn(tr("Tasks due"), "integer", 11),
        TableColumn(tr("Done"), "integer", 9),
        TableColumn(tr("Skipped"), "integer", 9),
        TableColumn(tr("Overdue"), "integer", 9),
        TableColumn(tr("Purchase calls"), "integer", 12),
        TableColumn(tr("On time"), "integer", 9),
        TableColumn(tr("Customers in charge"), "integer", 14),
        TableColumn(tr("Profile completeness"), "percent", 14),
        TableColumn(tr("Repeat-purchase rate"), "percent", 14),
    ]


def table_row(row: ClerkMonth) -> tuple[object, ...]:
    """One clerk's figures in the order of `columns`."""
    return (
        row.clerk,
        row.contacts,
        row.sales,
        row.sales_amount,
        *row.by_payment,
        row.tasks,
        row.done,
        row.skipped,
        row.overdue,
        row.callbacks,
        row.callbacks_on_time,
        row.customers,
        row.completeness,
        row.repeat_rate,
    )


def sheet(actor: Staff, month: dt.date, today: dt.date | None = None) -> SheetSpec:
    """The month's figures as a sheet, for the workbook or the printer."""
    permissions.require(actor, "export")
    first, _ = month_bounds(month)
    rows = [table_row(row) for row in month_stats(first, today)]
    return SheetSpec(tr("Clerks {month}").format(month=first.strftime("%Y-%m")), columns(), rows)


def export(actor: Staff, path: Path, month: dt.date, today: dt.date | None = None) -> Path:
    """Write the month's figures to an Excel file; returns the path written."""
    figures = sheet(actor, month, today)
    written = write_workbook(path, [figures], shop=options.get("shop_name"))
    audit.exported(actor, "clerk_stats", len(list(figures.rows)), written)
    return written

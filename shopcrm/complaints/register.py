"""The complaints register: every complaint with where it stands and when it is due.

The due date is the solution's until her answer is recorded, then the
follow-up call's; a complaint not closed by its due date is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from shopcrm.complaints.workflow import ACTIVE, due_column
from shopcrm.core import clock
from shopcrm.storage.models import Complaint, Customer, Staff


@dataclass(frozen=True)
class RegisterFilter:
    """`status` "active" is every complaint not closed; None is all of them."""

    status: str | None = "active"
    category: str | None = None
    clerk_id: int | None = None
    overdue_only: bool = False


@dataclass(frozen=True)
class RegisterRow:
    id: int
    opened_at: dt.datetime
    customer_id: int
    customer: str
    category: str | None
    severity: int
    step: int
    status: str
    due_on: dt.date | None
    clerk: str
    overdue: bool


def register(view: RegisterFilter, today: dt.date | None = None) -> list[RegisterRow]:
    """The complaints the filter selects, newest first, with their due date."""
    today = today or clock.today()
    due = due_column()
    query = (
        Complaint.select(
            Complaint.id,
            Complaint.opened_at,
            Complaint.customer,
            Customer.name.alias("customer_name"),
            Complaint.category,
            Complaint.severity,
            Complaint.current_step,
            Complaint.status,
            due.alias("due"),
            Staff.name.alias("clerk_name"),
        )
        .join(Customer, on=(Complaint.customer == Customer.id))
        .join_from(Complaint, Staff, JOIN.LEFT_OUTER, on=(Complaint.clerk == Staff.id))
        .order_by(Complaint.opened_at.desc(), Complaint.id.desc())
    )
    if view.status == "active":
        query = query.where(Complaint.status.in_(ACTIVE))
    elif view.status is not None:
        query = query.where(Complaint.status == view.status)
    if view.category is not None:
        query = query.where(Complaint.category == view.category)
    if view.clerk_id is not None:
        query = query.where(Complaint.clerk == view.clerk_id)
    if view.overdue_only:
        query = query.where(due < today.isoformat())
    rows = []
    for row in query.namedtuples():
        due_date = dt.date.fromisoformat(row.due) if row.due else None
        rows.append(
            RegisterRow(
                row.id,
                row.opened_at,
                row.customer,
                row.customer_name,
                row.category,
                row.severity,
                row.current_step,
                row.status,
                due_date,
                row.clerk_name or "",
                due_date is not None and due_date < today,
            )
        )
    return rows

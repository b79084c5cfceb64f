"""The audit trail: who signed in, exported, imported, restored, merged, erased, changed
a setting or looked at a hidden phone number, and when. The owner reads it.

A line keeps its facts (names, counts, file names) as JSON and is worded when it is
read, in the reader's language, like the reasons for points.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import JOIN

from shopcrm.core.i18n import tr, trn
from shopcrm.staff import permissions
from shopcrm.storage.models import AuditLog, Customer, Staff, database

# Each kind of line: its name in the owner's filter, and how its facts read.
EVENTS: dict[str, tuple[Callable[[], str], Callable[[], str]]] = {
    "sign_in": (lambda: tr("Signed in"), lambda: ""),
    "sign_in_refused": (lambda: tr("Wrong PIN or password"), lambda: ""),
    "owner_set_up": (lambda: tr("Owner set up"), lambda: "{name}"),
    "clerk_added": (lambda: tr("Clerk added"), lambda: "{name}"),
    "pin_set": (lambda: tr("New PIN"), lambda: "{name}"),
    "password_changed": (lambda: tr("Owner password changed"), lambda: ""),
    "password_reset": (lambda: tr("Owner password reset"), lambda: tr("with the recovery code")),
    "renamed": (lambda: tr("Renamed"), lambda: "{old} → {new}"),
    "deactivated": (lambda: tr("Clerk deactivated"), lambda: "{hand_over}"),
    "export": (lambda: tr("Export"), lambda: tr("{what}: {rows} rows to {file}")),
    "printed": (lambda: tr("Printed"), lambda: tr("{what}: {rows} rows")),
    "import": (lambda: tr("Import"), lambda: tr("{file}: {added} added, {updated} updated")),
    "restore": (lambda: tr("Restore"), lambda: tr("{file}, by {by}")),
    "backup": (lambda: tr("Backup"), lambda: "{file}"),
    "erase": (lambda: tr("Erased"), lambda: ""),
    "customer_record": (lambda: tr("Customer's record exported"), lambda: "{file}"),
    "settings": (lambda: tr("Settings changed"), lambda: "{keys}"),
    "tier_rules": (lambda: tr("VIP rules changed"), lambda: ""),
    "create": (lambda: tr("Customer added"), lambda: ""),
    "update": (lambda: tr("Profile changed"), lambda: ""),
    "status": (lambda: tr("Lifecycle status set"), lambda: ""),
    "referrer": (lambda: tr("Referrer recorded"), lambda: ""),
    "delete": (lambda: tr("Moved to the trash"), lambda: ""),
    "restore_customer": (lambda: tr("Back from the trash"), lambda: ""),
    "merge": (lambda: tr("Merge"), lambda: ""),
    "unmerge": (lambda: tr("Merge undone"), lambda: ""),
    "reveal_phone": (lambda: tr("Phone number shown"), lambda: ""),
    "protected": (lambda: tr("Database protected with the owner's password"), lambda: ""),
    "unprotected": (lambda: tr("Database protection removed"), lambda: ""),
    "event_planned": (lambda: tr("Event planned"), lambda: "{title}"),
    "event_changed": (lambda: tr("Event changed"), lambda: "{title}"),
    "event_cancelled": (lambda: tr("Event cancelled"), lambda: "{title}"),
    "event_guests": (lambda: tr("Guests invited"), lambda: tr("{title}: {n} invited")),
    "voucher_issued": (lambda: tr("Voucher given"), lambda: "{code}"),
    "voucher_cancelled": (lambda: tr("Voucher cancelled"), lambda: "{code}"),
    "gift_issued": (lambda: tr("Gift given"), lambda: "{what}"),
    "gift_cancelled": (lambda: tr("Gift cancelled"), lambda: "{what}"),
    "balance_refund": (lambda: tr("Balance refunded"), lambda: "{amount}"),
    "balance_correction": (lambda: tr("Balance corrected"), lambda: "{amount}"),
}


def _hand_over(facts: dict[str, Any]) -> dict[str, Any]:
    """A deactivation's counts in words, each with the plural its number takes."""
    if "customers" not in facts:
        return facts
    customers = trn("{n} customer", "{n} customers", facts["customers"]).format(
        n=facts["customers"]
    )
    tasks = trn("{n} open follow-up", "{n} open follow-ups", facts["tasks"]).format(
        n=facts["tasks"]
    )
    words = tr("{name}: {customers} and {tasks} to {successor}").format(
        name=facts["name"], customers=customers, tasks=tasks, successor=facts["successor"]
    )
    return {**facts, "hand_over": words}


def label(action: str) -> str:
    return EVENTS[action][0]() if action in EVENTS else action


def record(action: str, actor: Staff | None, customer: int | None = None, **facts: Any) -> int:
    """Write one line (its id returned); call inside the transaction of what it records."""
    detail = json.dumps(facts, ensure_ascii=False, default=str) if facts else ""
    return AuditLog.create(action=action, staff=actor, customer=customer, detail=detail).id


def exported(actor: Staff, what: str, rows: int, path: Path) -> None:
    """An export has left the shop: what, how many rows, to which file."""
    with database.atomic("IMMEDIATE"):
        record("export", actor, what=what, rows=rows, file=path.name)


def printed(actor: Staff, what: str, rows: int, customer: int | None = None) -> None:
    """Customers' data has gone to a printer or a PDF: what, and how many rows (one
    customer's sheet names her)."""
    with database.atomic("IMMEDIATE"):
        record("printed", actor, customer=customer, what=what, rows=rows)


def worded(action: str, detail: str) -> str:
    """The facts of a line in words; lines written before the trail kept facts read as is."""
    if action not in EVENTS or not detail.startswith("{"):
        return detail
    try:
        return EVENTS[action][1]().format(**_hand_over(json.loads(detail)))
    except (ValueError, KeyError, IndexError):
        return detail


@dataclass(frozen=True)
class Entry:
    at: dt.datetime
    who: str
    action: str
    customer: str
    detail: str


def entries(
    actor: Staff,
    action: str | None = None,
    staff_id: int | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int = 1000,
) -> list[Entry]:
    """The newest lines first, filtered; only the owner reads them."""
    permissions.require(actor, "audit")
    query = (
        AuditLog.select(AuditLog.at, Staff.name, AuditLog.action, Customer.number, AuditLog.detail)
        .join(Staff, JOIN.LEFT_OUTER, on=(AuditLog.staff == Staff.id))
        .switch(AuditLog)
        .join(Customer, JOIN.LEFT_OUTER, on=(AuditLog.customer == Customer.id))
    )
    if action:
        query = query.where(AuditLog.action == action)
    if staff_id:
        query = query.where(AuditLog.staff == staff_id)
    if since:
        query = query.where(AuditLog.at >= dt.datetime.combine(since, dt.time()))
    if until:
        query = query.where(AuditLog.at < dt.datetime.combine(until + dt.timedelta(1), dt.time()))
    rows = query.order_by(AuditLog.id.desc()).limit(limit).tuples()
    return [
        Entry(at, who or "", label(code), number or "", worded(code, detail))
        for at, who, code, number, detail in rows
    ]

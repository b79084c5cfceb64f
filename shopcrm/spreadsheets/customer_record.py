""" "What do you keep about me?": everything the shop holds on one customer, in one
workbook she can read — her profile, key dates, purchases, points, complaints,
contacts and the history of her consent to messages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shopcrm.core.i18n import in_language, marked
from shopcrm.customers import privacy
from shopcrm.customers.profiles import get_customer
from shopcrm.events.labels import REPLY_WORDS
from shopcrm.loyalty.reasons import words
from shopcrm.spreadsheets import columns
from shopcrm.spreadsheets.exporting import PROFILE_FIELDS, _profile_rows
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import (
    Complaint,
    ContactLog,
    Event,
    EventGuest,
    KeyDate,
    PointsEntry,
    Purchase,
    PurchaseItem,
    Staff,
    database,
)

PROFILE = marked("Profile", "export")
FIELD = marked("Field", "export")
VALUE = marked("Value", "export")
KEY_DATES = marked("Key dates", "export")
PURCHASES = marked("Purchases", "export")
POINTS = marked("Points", "export")
COMPLAINTS = marked("Complaints", "export")
CONTACTS = marked("Contacts", "export")
CONSENT = marked("Consent", "export")
EVENTS = marked("Events", "export")
WORDS = {
    "kind": marked("Kind", "export"),
    "label": marked("Label", "export"),
    "month": marked("Month", "export"),
    "day": marked("Day", "export"),
    "year": marked("Year", "export"),
    "lunar": marked("Lunar", "export"),
    "date": marked("Date", "export"),
    "total": marked("Total", "export"),
    "payment": marked("Payment", "export"),
    "items": marked("Items", "export"),
    "points": marked("Points", "export"),
    "reason": marked("Reason", "export"),
    "opened": marked("Opened", "export"),
    "category": marked("Category", "export"),
    "description": marked("What the customer said", "export"),
    "status": marked("Status", "export"),
    "at": marked("When", "export"),
    "channel": marked("Channel", "export"),
    "outcome": marked("Outcome", "export"),
    "note": marked("Note", "export"),
    "staff": marked("Staff", "export"),
    "given": marked("Agreed", "export"),
    "how": marked("How", "export"),
    "event": marked("Event", "export"),
    "invited": marked("Invited", "export"),
    "reply": marked("Reply", "export"),
    "came": marked("Came", "export"),
}


def _sheet(book: Any, title: str, keys: list[str], rows: list[list[Any]]) -> SheetSpec:
    kinds = {"date": "date", "at": "datetime", "opened": "datetime", "total": "money"}
    table = [TableColumn(book.tr(WORDS[key]), kinds.get(key, "text"), 16) for key in keys]
    return SheetSpec(book.tr(title), table, rows)


def export_record(actor: Staff, customer_id: int, path: Path, language: str = "zh_CN") -> Path:
    """Write her whole record; only the owner hands it out, and the trail says so."""
    permissions.require(actor, "customer_record")
    book = in_language(language)
    yes, no = book.tr(marked("yes", "export")), book.tr(marked("no", "export"))
    with database.atomic():
        get_customer(customer_id)
        (profile,) = list(_profile_rows([customer_id], language))
        fields = [columns.export_header(name, language) for name in PROFILE_FIELDS]
        dates = [
            [k.kind, k.label, k.month, k.day, k.year, yes if k.lunar else no]
            for k in KeyDate.select().where(KeyDate.customer == customer_id).order_by(KeyDate.id)
        ]
        sales = [
            [
                sale.date,
                sale.total,
                sale.payment or "",
                "、".join(
                    item.description or item.style_no
                    for item in PurchaseItem.select().where(PurchaseItem.purchase == sale.id)
                ),
            ]
            for sale in Purchase.select()
            .where(Purchase.customer == customer_id)
            .order_by(Purchase.date, Purchase.id)
        ]
        ledger = [
            [
                e.created_at.date(),
                e.points,
                e.kind,
                words(e.reason_code, e.reason_args, e.reason, language),
            ]
            for e in PointsEntry.select()
            .where(PointsEntry.customer == customer_id)
            .order_by(PointsEntry.id)
        ]
        complaints = [
            [c.opened_at, c.category or "", c.description, c.status]
            for c in Complaint.select()
            .where(Complaint.customer == customer_id)
            .order_by(Complaint.id)
        ]
        contacts = [
            [c.at, c.channel, c.kind, c.outcome, c.note, c.staff.name if c.staff_id else ""]
            for c in ContactLog.select()
            .where(ContactLog.customer == customer_id)
            .order_by(ContactLog.at)
        ]
        consent = [
            [c.at, yes if c.given else no, c.who, c.how]
            for c in privacy.consent_history(customer_id)
        ]
        events = [
            [
                g.event.starts_at,
                g.event.title,
                yes if g.invited_on else no,
                book.tr(REPLY_WORDS[g.reply]) if g.reply else "",
                yes if g.attended else no,
            ]
            for g in EventGuest.select(EventGuest, Event)
            .join(Event)
            .where(EventGuest.customer == customer_id)
            .order_by(Event.starts_at)
        ]
    written = write_workbook(
        path,
        [
            SheetSpec(
                book.tr(PROFILE),
                [TableColumn(book.tr(FIELD), "text", 22), TableColumn(book.tr(VALUE), "text", 40)],
                [[field, value] for field, value in zip(fields, profile, strict=True)],
            ),
            _sheet(book, KEY_DATES, ["kind", "label", "month", "day", "year", "lunar"], dates),
            _sheet(book, PURCHASES, ["date", "total", "payment", "items"], sales),
            _sheet(book, POINTS, ["date", "points", "kind", "reason"], ledger),
            _sheet(book, COMPLAINTS, ["opened", "category", "description", "status"], complaints),
            _sheet(book, CONTACTS, ["at", "channel", "kind", "outcome", "note", "staff"], contacts),
            _sheet(book, CONSENT, ["at", "given", "staff", "how"], consent),
            _sheet(book, EVENTS, ["at", "event", "invited", "reply", "came"], events),
        ],
        shop=options.get("shop_name"),
    )
    with database.atomic("IMMEDIATE"):
        audit.record("customer_record", actor, customer=customer_id, file=written.name)
    return written

"""The contact log: every call, message, visit and gift, per clerk.

Contacts are written when a follow-up task is done, or by hand from her card
(she rang, she dropped by). They are what the monthly clerk statistics count.
"""

from __future__ import annotations

import datetime as dt

from shopcrm.core.clock import now
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.text import too_long
from shopcrm.customers.profiles import get_customer
from shopcrm.storage.models import CONTACT_CHANNELS, CONTACT_KINDS, ContactLog, Staff, database

TEXT_LIMIT = 1000


def kind_label(kind: str) -> str:
    return {
        "follow_up": tr("Follow-up call"),
        "greeting": tr("Greeting"),
        "birthday": tr("Birthday greeting"),
        "festival": tr("Festival greeting"),
        "miss_you": tr("Keeping in touch"),
        "thanks": tr("Thank-you"),
        "referral_thanks": tr("Referral thanks"),
        "gift": tr("Gift"),
        "visit": tr("Visit"),
        "complaint": tr("Complaint follow-up"),
        "event": tr("VIP event"),
        "other": tr("Other"),
    }.get(kind, kind)


def log_contact(
    customer_id: int,
    channel: str,
    kind: str,
    outcome: str,
    note: str = "",
    staff_id: int | None = None,
    at: dt.datetime | None = None,
) -> ContactLog:
    """Log one contact: by hand from her card, or as part of finishing a follow-up task."""
    errors: dict[str, str] = {}
    if channel not in CONTACT_CHANNELS:
        errors["channel"] = tr("Choose how you were in touch: call, text, WeChat or visit.")
    if kind not in CONTACT_KINDS:
        errors["kind"] = tr("Choose what the contact was about.")
    outcome, note = outcome.strip(), note.strip()
    if not outcome and not note:
        errors["outcome"] = tr("Write what came of it: the next clerk reads it on the card.")
    for name, text in (("outcome", outcome), ("note", note)):
        if len(text) > TEXT_LIMIT:
            errors[name] = too_long(TEXT_LIMIT)
    if at is not None and at > now() + dt.timedelta(minutes=5):
        errors["at"] = tr("A contact cannot be in the future.")
    if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
        errors["staff"] = tr("Choose the clerk from the list.")
    if errors:
        raise ValidationError(errors)
    with database.atomic("IMMEDIATE"):
        get_customer(customer_id)
        return ContactLog.create(
            customer=customer_id,
            staff=staff_id,
            at=at or now(),
            channel=channel,
            kind=kind,
            outcome=outcome,
            note=note,
        )

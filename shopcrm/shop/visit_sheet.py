"""Her card on paper, for a home visit or a delivery: who she is and how to reach her,
what the shop knows about her and her home, her coming days, her last purchases and
any complaint still open. Her phone reads as the one printing it may see it, and the
trail notes that her data went on paper.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from shopcrm.complaints.labels import complaint_progress_label
from shopcrm.core import clock
from shopcrm.core.i18n import shown, tr
from shopcrm.core.money import money
from shopcrm.customers import fields, history, key_dates, privacy
from shopcrm.customers.labels import key_date_label, status_label
from shopcrm.customers.profiles import get_customer
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Staff

LAST_PURCHASES = 10
# Said once, at the top, in words: her name, her phone as the viewer may see it, her
# clerk by name and her status.
_AT_THE_TOP = ("name", "phone", "clerk", "status")


def _value(field: fields.ProfileField, value: Any) -> str:
    if value in (None, ""):
        return ""
    if field.kind is fields.Kind.CHOICE:
        return shown(field.words.get(value, value))
    if field.kind is fields.Kind.FLAG:
        return tr("Yes") if value else ""  # what she is not is not news on a visit
    if isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _rows(pairs: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td width='30%'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
        for label, value in pairs
        if value
    )


def _section(title: str, body: str) -> str:
    return f"<h3>{escape(title)}</h3>{body}" if body else ""


def _profile(customer: Customer, groups: tuple[fields.Group, ...]) -> str:
    pairs = [
        (field.label(), _value(field, getattr(customer, field.name)))
        for group in groups
        for field in fields.in_group(group)
        if field.name not in _AT_THE_TOP
    ]
    body = _rows(pairs)
    return f"<table cellpadding='3'>{body}</table>" if body else ""


def _purchases(customer_id: int) -> str:
    lines = []
    for view in history.purchases(customer_id)[:LAST_PURCHASES]:
        items = "; ".join(
            " ".join(
                part
                for part in (
                    item.description or item.style_no,
                    item.size,
                    item.colour,
                    f"×{item.quantity}",
                )
                if part
            )
            for item in view.items
        )
        lines.append(
            f"<tr><td>{view.purchase.date:%Y-%m-%d}</td><td>{escape(items)}</td>"
            f"<td align='right'>{escape(money(view.purchase.total))}</td></tr>"
        )
    return f"<table cellpadding='3' width='100%'>{''.join(lines)}</table>" if lines else ""


def _days(customer_id: int, today: dt.date) -> str:
    pairs = [
        (key_date_label(upcoming.key_date.kind), f"{upcoming.next_on:%Y-%m-%d}")
        for upcoming in key_dates.key_dates(customer_id, today)
    ]
    body = _rows(pairs)
    return f"<table cellpadding='3'>{body}</table>" if body else ""


def _open_complaints(customer_id: int) -> str:
    lines = [
        f"<li>{complaint.opened_at:%Y-%m-%d} · {escape(complaint.description or '')} · "
        f"{escape(complaint_progress_label(complaint.current_step))}</li>"
        for complaint in history.complaints(customer_id)
        if complaint.status != "closed"
    ]
    return f"<ul>{''.join(lines)}</ul>" if lines else ""


def visit_sheet_html(viewer: Staff, customer_id: int, today: dt.date | None = None) -> str:
    """The sheet as a page, as `viewer` may see it."""
    permissions.require(viewer, "sign_in")
    today = today or clock.today()
    customer = get_customer(customer_id)
    clerk = customer.clerk.name if customer.clerk_id else None
    phone = customer.phone or ""
    if not privacy.sees_whole(clerk, privacy.phones_in_full(viewer)):
        phone = privacy.masked(phone)
    furniture = options.get("shop_kind") == "furniture"
    header = _rows(
        [
            (tr("Number"), customer.number or ""),
            (tr("Phone"), phone),
            (tr("Tier"), customer.tier.name if customer.tier_id else ""),
            (tr("Status"), status_label(customer.status)),
            (tr("Clerk"), clerk or ""),
            (tr("Spent in all"), money(customer.total_spent)),
        ]
    )
    parts = [
        f"<p>{escape(options.get('shop_name'))} · {today:%Y-%m-%d}</p>",
        f"<h2>{escape(customer.name)}</h2>",
        f"<table cellpadding='3'>{header}</table>",
        _section(tr("Profile"), _profile(customer, ("hard", "soft"))),
        _section(tr("Home"), _profile(customer, ("home",)) if furniture else ""),
        _section(tr("Key dates"), _days(customer_id, today)),
        _section(tr("Last purchases"), _purchases(customer_id)),
        _section(tr("Complaints still open"), _open_complaints(customer_id)),
    ]
    return "".join(parts)


def printed(viewer: Staff, customer_id: int) -> None:
    """Her sheet went to a printer or a PDF: the trail says who, and whose."""
    audit.printed(viewer, "customer_sheet", 1, customer=customer_id)

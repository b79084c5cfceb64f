"""What happened with a customer: her purchases, complaints and contacts."""

from __future__ import annotations

from dataclasses import dataclass

from peewee import JOIN

from shopcrm.customers.search import glob_prefix
from shopcrm.storage.models import (
    Complaint,
    ContactLog,
    Purchase,
    PurchaseItem,
    Staff,
    database,
)


@dataclass(frozen=True)
class PurchaseView:
    purchase: Purchase
    items: list[PurchaseItem]


def purchases(customer_id: int) -> list[PurchaseView]:
    """Her purchases, newest first, each with its items (two queries in all)."""
    sales = list(
        Purchase.select(Purchase, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(Purchase.clerk == Staff.id))
        .where(Purchase.customer == customer_id)
        .order_by(Purchase.date.desc(), Purchase.id.desc())
    )
    items: dict[int, list[PurchaseItem]] = {sale.id: [] for sale in sales}
    for item in (
        PurchaseItem.select()
        .where(PurchaseItem.purchase.in_(list(items)))
        .order_by(PurchaseItem.id)
    ):
        items[item.purchase_id].append(item)
    return [PurchaseView(sale, items[sale.id]) for sale in sales]


def complaints(customer_id: int) -> list[Complaint]:
    return list(
        Complaint.select()
        .where(Complaint.customer == customer_id)
        .order_by(Complaint.opened_at.desc())
    )


def contacts(customer_id: int) -> list[ContactLog]:
    """Her contacts, newest first, with who made each (one query)."""
    return list(
        ContactLog.select(ContactLog, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(ContactLog.staff == Staff.id))
        .where(ContactLog.customer == customer_id)
        .order_by(ContactLog.at.desc())
    )


def style_numbers(prefix: str, limit: int = 20) -> list[str]:
    """Style numbers sold before that start with `prefix`, to complete a sale's rows."""
    if not prefix.strip():
        return []
    rows = database.execute_sql(
        "SELECT DISTINCT style_no FROM purchase_item WHERE style_no GLOB ? "
        "ORDER BY style_no LIMIT ?",
        (glob_prefix(prefix.strip()), limit),
    )
    return [row[0] for row in rows]


def last_item_with_style(style_no: str) -> PurchaseItem | None:
    """The latest item sold under a style number, to fill its description and price."""
    return (
        PurchaseItem.select()
        .where(PurchaseItem.style_no == style_no)
        .order_by(PurchaseItem.id.desc())
        .first()
    )

"""What a sale's receipt says, worked out from what was recorded, in the reader's language.

The same words at the counter right after the sale and months later from her
history: the shop, the day, the clerk, each item, each discount by kind (a sale
recorded before the kinds were kept shows their sum), how it was paid, the points
it earned and her balances as they stood after it. The window lays it out for the paper.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from shopcrm.core.errors import NotFound
from shopcrm.core.i18n import tr
from shopcrm.core.money import from_fen
from shopcrm.sales.payments import payment_label
from shopcrm.sales.pricing import QUOTE_LINES, quote_line_label
from shopcrm.storage import options
from shopcrm.storage.models import (
    BalanceEntry,
    Customer,
    PointsEntry,
    Purchase,
    PurchaseItem,
    database,
)


@dataclass(frozen=True)
class ReceiptItem:
    description: str  # what it is, with its style number
    quantity: int
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Receipt:
    shop: str
    address: str
    phone: str
    number: str  # the sale's number, as printed
    at: dt.datetime | dt.date  # when it was rung up; a sale recorded later, its day alone
    clerk: str
    customer: str  # her name and member number
    tier: str
    items: tuple[ReceiptItem, ...]
    subtotal: Decimal
    # (label, amount taken off): positive on a sale; on a return negative, as what it
    # took off is not given back, so the lines still add up to the refund.
    discounts: tuple[tuple[str, Decimal], ...]
    total: Decimal
    paid: tuple[tuple[str, Decimal], ...]  # (how, amount)
    points_earned: int
    points_balance: int
    balance: Decimal | None  # her stored value now, when she has or had any
    vouchers: tuple[str, ...]  # the codes used
    thanks: str
    is_return: bool
    layout: str  # the receipt_layout option: 80mm, 58mm, a5, a4


def sale_number(purchase: Purchase) -> str:
    return f"{purchase.date:%Y%m%d}-{purchase.id:06d}"


def _discounts(purchase: Purchase) -> tuple[tuple[str, Decimal], ...]:
    if purchase.discounts:
        kept = {key: Decimal(value) for key, value in json.loads(purchase.discounts).items()}
        return tuple((quote_line_label(key), kept[key]) for key in QUOTE_LINES if kept.get(key))
    if purchase.discount:
        return ((tr("Discount"), purchase.discount),)
    return ()


def _after(model: type[PointsEntry] | type[BalanceEntry], purchase: Purchase) -> int:
    """The sum of her ledger (`model`) once this sale was written, in points or fen: its
    own entries and every one written before them."""
    last = (
        model.select(fn.MAX(model.id)).where(model.purchase == purchase.id).scalar()
        or model.select(fn.MAX(model.id))
        .where((model.customer == purchase.customer_id) & (model.created_at <= purchase.created_at))
        .scalar()
        or 0
    )
    column = "points" if model is PointsEntry else "amount"
    return database.execute_sql(
        f"SELECT coalesce(sum({column}), 0) FROM {model._meta.table_name}"
        " WHERE customer_id = ? AND id <= ?",
        (purchase.customer_id, last),
    ).fetchone()[0]


def _paid(purchase: Purchase) -> tuple[tuple[str, Decimal], ...]:
    rest = purchase.total - purchase.from_balance
    paid = []
    if purchase.from_balance:
        paid.append((tr("Stored value"), purchase.from_balance))
    if rest or not paid:
        paid.append((payment_label(purchase.payment) or tr("Not recorded"), rest))
    return tuple(paid)


def receipt(purchase_id: int) -> Receipt:
    purchase = Purchase.get_or_none(Purchase.id == purchase_id)
    if purchase is None:
        raise NotFound(tr("That sale no longer exists."))
    customer: Customer = purchase.customer
    holds_value = customer.balance > 0 or customer.balance_entries.exists()
    rung_up = purchase.created_at
    at = rung_up if rung_up.date() == purchase.date else purchase.date
    return Receipt(
        shop=options.get("shop_name") or tr("Our shop"),
        address=options.get("shop_address"),
        phone=options.get("shop_phone"),
        number=sale_number(purchase),
        at=at,
        clerk=purchase.clerk.name if purchase.clerk_id else "",
        customer=f"{customer.name} {customer.number}",
        tier=customer.tier.name if customer.tier_id else "",
        items=tuple(
            ReceiptItem(
                " ".join(part for part in (item.description, item.style_no) if part) or tr("Item"),
                item.quantity,
                item.unit_price,
                item.unit_price * item.quantity,
            )
            for item in purchase.items.order_by(PurchaseItem.id)
        ),
        subtotal=purchase.subtotal,
        discounts=_discounts(purchase),
        total=purchase.total,
        paid=_paid(purchase),
        points_earned=purchase.points,
        points_balance=_after(PointsEntry, purchase),
        balance=from_fen(_after(BalanceEntry, purchase)) if holds_value else None,
        vouchers=tuple(v.code for v in purchase.vouchers),
        thanks=options.get("receipt_thanks") or tr("Thank you, and see you again soon!"),
        is_return=purchase.total < 0,
        layout=options.get("receipt_layout"),
    )

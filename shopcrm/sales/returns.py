"""A whole sale comes back: the items, and everything the sale took or gave.

One return per sale, in one transaction: the money goes back the way she paid
(the part from her balance back to her balance), the points the sale spent come
back and the points it earned go (as far as she still has them), the vouchers it
used are hers again, and her figures, tier and status follow. A return of a few
items is still a sale with negative quantities (recording.record_sale).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.loyalty import points, segments, tiers
from shopcrm.loyalty.reasons import because
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import check_returns
from shopcrm.storage import derived
from shopcrm.storage.models import (
    Customer,
    Purchase,
    PurchaseItem,
    Staff,
    TierChange,
    Voucher,
    database,
)
from shopcrm.wallet import stored_value

ITEM_COLUMNS = ("style_no", "description", "category", "size", "colour", "material")


@dataclass(frozen=True)
class Returned:
    purchase: Purchase
    money_back: Decimal  # by the way she paid
    balance_back: Decimal  # to her stored value
    points_back: int  # the points the sale spent
    points_taken: int  # of those it earned
    vouchers_back: tuple[str, ...]  # codes
    tier_change: TierChange | None


def returned_by(sale_id: int) -> Purchase | None:
    """The return of this sale, if it came back."""
    return Purchase.get_or_none(Purchase.returned_from == sale_id)


def _sale(sale_id: int, on: dt.date) -> Purchase:
    sale = Purchase.get_or_none(Purchase.id == sale_id)
    if sale is None:
        raise NotFound(tr("That sale no longer exists."))
    if sale.total < 0 or sale.returned_from_id is not None:
        raise ValidationError({"sale": tr("This is a return: it cannot come back.")})
    done = returned_by(sale.id)
    if done is not None:
        raise ValidationError(
            {"sale": tr("This sale came back on {day}.").format(day=done.date.isoformat())}
        )
    if on < sale.date:
        raise ValidationError({"date": tr("A return cannot come before its sale.")})
    if on > clock.today():
        raise ValidationError({"date": tr("The return date cannot be in the future.")})
    return sale


def _negated(discounts: str | None) -> str | None:
    if not discounts:
        return None
    return json.dumps({key: str(-Decimal(value)) for key, value in json.loads(discounts).items()})


def return_sale(
    sale_id: int,
    *,
    clerk_id: int | None = None,
    on: dt.date | None = None,
    note: str | None = None,
) -> Returned:
    """Take the whole sale back; refuses a return, or a sale already back."""
    on = on or clock.today()
    with database.atomic("IMMEDIATE"):
        sale = _sale(sale_id, on)
        customer = Customer.get_or_none(
            Customer.id == sale.customer_id, Customer.deleted_at.is_null()
        )
        if customer is None:
            raise NotFound(tr("That customer no longer exists; search again."))
        items = list(sale.items)
        check_returns(
            customer,
            [SaleLine(i.unit_price, -i.quantity, i.style_no) for i in items if i.quantity > 0],
            sale.total,
        )
        clerk = Staff.get_by_id(clerk_id) if clerk_id else None
        redeemed = -sum((e.points for e in sale.points_entries if e.kind == "redeemed"), 0)
        taken = min(max(sale.points, 0), points.balance(customer.id) + redeemed)
        returned = Purchase.create(
            customer=customer,
            date=on,
            clerk=clerk,
            subtotal=-sale.subtotal,
            discount=-sale.discount,
            total=-sale.total,
            points=-taken,
            payment=sale.payment,
            note=note,
            discounts=_negated(sale.discounts),
            from_balance=-sale.from_balance,
            returned_from=sale,
        )
        PurchaseItem.insert_many(
            [
                {
                    "purchase": returned.id,
                    **{column: getattr(item, column) for column in ITEM_COLUMNS},
                    "quantity": -item.quantity,
                    "unit_price": item.unit_price,
                }
                for item in items
            ]
        ).execute()
        points.give_back_redeemed(sale, returned, clerk)
        points.write_sale_entries(returned, 0, clerk)
        codes = tuple(v.code for v in Voucher.select().where(Voucher.purchase == sale.id))
        Voucher.update(purchase=None, discount=None).where(Voucher.purchase == sale.id).execute()
        stored_value.give_back(sale, returned, clerk)
        derived.refresh([customer.id])
        change = tiers.reevaluate(
            Customer.get_by_id(customer.id), because("return", date=on.isoformat())
        )
        segments.recompute([customer.id])
    return Returned(
        purchase=returned,
        money_back=sale.total - sale.from_balance,
        balance_back=sale.from_balance,
        points_back=redeemed,
        points_taken=taken,
        vouchers_back=codes,
        tier_change=change,
    )

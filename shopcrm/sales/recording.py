"""Recording a sale: the purchase, its items, points, tier and status in one transaction.

One sale is one transaction: the purchase, its items, the points entries, the
vouchers it used, what she paid from her balance, a referral reward, the
customer's derived figures, any tier change and her lifecycle status commit
together or not at all.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_PRICE, MAX_QUANTITY, MAX_SALE, check_amount, money, to_money
from shopcrm.core.text import too_long
from shopcrm.loyalty import points, referrals, segments, tiers
from shopcrm.loyalty.reasons import because
from shopcrm.sales.pricing import Quote, SaleLine, quote
from shopcrm.storage import derived
from shopcrm.storage.models import (
    PAYMENT_METHODS,
    Customer,
    Purchase,
    PurchaseItem,
    ReferralReward,
    Staff,
    TierChange,
    Voucher,
    database,
)
from shopcrm.wallet import stored_value


@dataclass
class SaleResult:
    purchase: Purchase
    quote: Quote
    tier_change: TierChange | None = None
    referral_reward: ReferralReward | None = None


def _validate(
    lines: list[SaleLine],
    on: dt.date,
    extra_discount: Decimal,
    payment: str | None,
    note: str | None = None,
    from_balance: Decimal = Decimal(0),
) -> None:
    errors: dict[str, str] = {}
    if not lines:
        errors["items"] = tr("Add at least one item to the sale.")
    for number, line in enumerate(lines, start=1):
        if not -MAX_QUANTITY <= line.quantity <= MAX_QUANTITY or line.quantity == 0:
            errors[f"items.{number}.quantity"] = tr(
                "Item {n}: the quantity must be from 1 to {most} "
                "(a negative quantity for a return)."
            ).format(n=number, most=MAX_QUANTITY)
        price = Decimal(line.unit_price)
        problem = check_amount(price, maximum=MAX_PRICE)
        if problem is None and price < 0:
            problem = tr("The price cannot be negative.")
        if problem:
            errors[f"items.{number}.unit_price"] = tr("Item {n}: {problem}").format(
                n=number, problem=problem
            )
    if not errors and abs(sum((line.amount for line in lines), Decimal(0))) > MAX_SALE:
        errors["items"] = tr("The sale is too large: at most {most} in one sale.").format(
            most=money(MAX_SALE)
        )
    if on > clock.today():
        errors["date"] = tr("The sale date cannot be in the future.")
    elif on < FIRST_SALE_DAY:
        errors["date"] = tr("The sale date is before {day}: check the year.").format(
            day=FIRST_SALE_DAY.isoformat()
        )
    extra_problem = check_amount(Decimal(extra_discount), maximum=MAX_SALE)
    if extra_problem or Decimal(extra_discount) < 0:
        errors["discount"] = extra_problem or tr("The discount cannot be negative.")
    if payment is not None and payment not in PAYMENT_METHODS:
        errors["payment"] = tr("Choose how the customer paid.")
    if note is not None and len(note) > NOTE_LIMIT:
        errors["note"] = too_long(NOTE_LIMIT)
    balance_problem = check_amount(Decimal(from_balance), maximum=MAX_SALE)
    if balance_problem:
        errors["from_balance"] = balance_problem
    if errors:
        raise ValidationError(errors)


def chosen_vouchers(ids: Sequence[int]) -> list[Voucher]:
    """The vouchers of these ids, in that order; one gone is refused."""
    found = {v.id: v for v in Voucher.select().where(Voucher.id.in_(list(ids)))} if ids else {}
    missing = [i for i in ids if i not in found]
    if missing:
        raise ValidationError({"vouchers": tr("A voucher chosen no longer exists; choose again.")})
    return [found[i] for i in ids]


def discounts_column(priced: Quote, sign: int = 1) -> str:
    """The sale's discounts by kind, as stored (a return keeps them with a minus sign)."""
    return json.dumps(
        {key: str(sign * amount) for key, amount in priced.discounts().items() if amount}
    )


def use_vouchers(purchase: Purchase, priced: Quote) -> None:
    """Mark the sale's vouchers used; one used meanwhile at another counter is refused."""
    for applied in priced.vouchers:
        taken = (
            Voucher.update(purchase=purchase.id, discount=applied.amount)
            .where(
                (Voucher.id == applied.voucher_id)
                & Voucher.purchase.is_null()
                & Voucher.cancelled_at.is_null()
            )
            .execute()
        )
        if taken != 1:
            raise ValidationError(
                {"vouchers": tr("Voucher {code} has just been used.").format(code=applied.code)}
            )


# No shop using this records a sale before this day: an earlier one is a mistyped year.
FIRST_SALE_DAY = dt.date(2000, 1, 1)
NOTE_LIMIT = 500


def check_returns(customer: Customer, lines: list[SaleLine], refund: Decimal | None = None) -> None:
    """A return never gives back more than she bought: of a style, by its number; in all,
    what she has spent. `refund` is what goes back to her (the lines' amounts unless a
    whole sale's return says what she paid for them). Call inside the sale's transaction."""
    errors: dict[str, str] = {}
    coming_back: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if line.quantity >= 0 or not line.style_no.strip():
            continue
        style = line.style_no.strip()
        coming_back[style] = coming_back.get(style, 0) - line.quantity
        bought = (
            PurchaseItem.select(fn.COALESCE(fn.SUM(PurchaseItem.quantity), 0))
            .join(Purchase)
            .where((Purchase.customer == customer.id) & (PurchaseItem.style_no == style))
            .scalar()
        )
        if coming_back[style] > bought:
            errors[f"items.{number}.quantity"] = tr(
                "Item {n}: the customer has {bought} of style {style} from the shop; no more than "
                "that can come back."
            ).format(n=number, bought=max(bought, 0), style=style)
    if refund is None:
        refund = -sum((line.amount for line in lines), Decimal(0))
    if not errors and refund > Decimal(customer.total_spent):
        errors["items"] = tr(
            "This return gives back {refund}, more than the customer has spent ({spent}): check "
            "the prices and quantities."
        ).format(refund=money(refund), spent=money(customer.total_spent))
    if errors:
        raise ValidationError(errors)


def record_sale(
    customer_id: int,
    lines: list[SaleLine],
    *,
    on: dt.date | None = None,
    clerk_id: int | None = None,
    extra_discount: Decimal = Decimal(0),
    redeem_points: int = 0,
    vouchers: Sequence[int] = (),
    from_balance: Decimal = Decimal(0),
    payment: str | None = None,
    note: str | None = None,
    delivery_address: str | None = None,
    room: str | None = None,
    delivery_date: dt.date | None = None,
    installation_date: dt.date | None = None,
) -> SaleResult:
    on = on or clock.today()
    _validate(lines, on, extra_discount, payment, note, from_balance)
    from_balance = to_money(from_balance)
    with database.atomic("IMMEDIATE"):
        customer = Customer.get_or_none(Customer.id == customer_id, Customer.deleted_at.is_null())
        if customer is None:
            raise NotFound(tr("That customer no longer exists; search again."))
        clerk = Staff.get_by_id(clerk_id) if clerk_id else None
        chosen = chosen_vouchers(vouchers)
        priced = quote(customer, lines, on, extra_discount, redeem_points, chosen)
        before_points = priced.total + priced.points_discount
        if before_points < 0 and priced.subtotal >= 0:
            raise ValidationError({"discount": tr("The discount is larger than the sale.")})
        if priced.subtotal < 0 and priced.extra_discount:
            # Off a refund, a discount would give back more than she paid.
            raise ValidationError(
                {"discount": tr("A return takes no extra discount; set it to 0.")}
            )
        points.check_redemption(customer, redeem_points, before_points)
        stored_value.check_payment(customer, from_balance, priced.total)
        check_returns(customer, lines)
        purchase = Purchase.create(
            customer=customer,
            date=on,
            clerk=clerk,
            subtotal=priced.subtotal,
            discount=priced.discount,
            total=priced.total,
            points=points.earned_for(customer, priced.total),
            payment=payment,
            note=note,
            delivery_address=delivery_address,
            room=room,
            delivery_date=delivery_date,
            installation_date=installation_date,
            discounts=discounts_column(priced),
            from_balance=from_balance,
        )
        PurchaseItem.insert_many(
            [
                {
                    "purchase": purchase.id,
                    "style_no": line.style_no.strip(),
                    "description": line.description.strip(),
                    "category": line.category,
                    "size": line.size,
                    "colour": line.colour,
                    "material": line.material,
                    "quantity": line.quantity,
                    "unit_price": to_money(line.unit_price),
                }
                for line in lines
            ]
        ).execute()
        points.write_sale_entries(purchase, redeem_points, clerk)
        use_vouchers(purchase, priced)
        stored_value.write_spent(purchase, from_balance, clerk)
        reward = referrals.convert(customer, purchase, priced.referral_discount)
        derived.refresh([customer.id, *([reward.referrer_id] if reward else [])])
        customer = Customer.get_by_id(customer.id)
        reason = because("sale" if priced.total >= 0 else "return", date=on.isoformat())
        change = tiers.reevaluate(customer, reason)
        segments.recompute([customer.id])
    return SaleResult(purchase=purchase, quote=priced, tier_change=change, referral_reward=reward)

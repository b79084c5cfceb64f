"""Recording a sale: pricing with tier, birthday and referral discounts, points, tier, status.

One sale is one transaction: the purchase, its items, the points entries, a
referral reward, the customer's derived figures, any tier change and her
lifecycle status commit together or not at all.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_PRICE, MAX_QUANTITY, MAX_SALE, check_amount
from shopcrm.loyalty import points, referrals, segments, tiers
from shopcrm.storage import derived
from shopcrm.storage.models import (
    PAYMENT_METHODS,
    Customer,
    Purchase,
    PurchaseItem,
    ReferralReward,
    Staff,
    TierChange,
    database,
    to_money,
)


@dataclass
class SaleLine:
    unit_price: Decimal
    quantity: int = 1
    style_no: str = ""
    description: str = ""
    category: str | None = None
    size: str | None = None
    colour: str | None = None
    material: str | None = None

    @property
    def amount(self) -> Decimal:
        return to_money(self.unit_price) * self.quantity


@dataclass
class Quote:
    """What the customer pays, and why."""

    subtotal: Decimal
    tier_pct: Decimal
    tier_discount: Decimal
    birthday_pct: Decimal
    birthday_discount: Decimal
    extra_discount: Decimal
    total: Decimal
    referral_pct: Decimal = Decimal(0)
    referral_discount: Decimal = Decimal("0.00")
    points_redeemed: int = 0
    points_discount: Decimal = Decimal("0.00")

    @property
    def discount(self) -> Decimal:
        return (
            self.tier_discount
            + self.birthday_discount
            + self.referral_discount
            + self.extra_discount
            + self.points_discount
        )


QUOTE_LINES = ("subtotal", "tier", "birthday", "referral", "extra", "points", "total")


def quote_line_label(key: str) -> str:
    return {
        "subtotal": tr("Subtotal"),
        "tier": tr("Tier discount"),
        "birthday": tr("Birthday discount"),
        "referral": tr("Referral discount"),
        "extra": tr("Extra discount"),
        "points": tr("Points"),
        "total": tr("To pay"),
    }[key]


def quote_lines(priced: Quote) -> list[tuple[str, Decimal]]:
    """(key, amount) of the lines she is shown, in QUOTE_LINES order: the subtotal, each
    discount that applies (as a negative amount) and what she pays, which they add up to."""
    discounts = {
        "tier": priced.tier_discount,
        "birthday": priced.birthday_discount,
        "referral": priced.referral_discount,
        "extra": priced.extra_discount,
        "points": priced.points_discount,
    }
    return [
        ("subtotal", priced.subtotal),
        *((key, -amount) for key, amount in discounts.items() if amount),
        ("total", priced.total),
    ]


@dataclass
class SaleResult:
    purchase: Purchase
    quote: Quote
    tier_change: TierChange | None = None
    referral_reward: ReferralReward | None = None


@dataclass(frozen=True)
class Buyer:
    """What the clerk should see of her while ringing up the sale."""

    name: str
    number: str
    tier: str | None
    points: int
    point_value: Decimal
    birthday: dt.date | None  # her next birthday, from the day of the sale
    birthday_lunar: bool
    birthday_pct: Decimal  # her tier's extra discount on her birthday
    referral_pct: Decimal  # a referred friend's first-purchase discount


def buyer(customer: Customer, on: dt.date) -> Buyer:
    born = customer.birth_date
    tier = customer.tier if customer.tier_id else None
    return Buyer(
        name=customer.name,
        number=customer.number,
        tier=tier.name if tier else None,
        points=customer.points,
        point_value=points.point_value(),
        birthday=next_occurrence(born.month, born.day, customer.birthday_lunar, on)
        if born
        else None,
        birthday_lunar=customer.birthday_lunar,
        birthday_pct=Decimal(tier.birthday_discount_pct) if tier else Decimal(0),
        referral_pct=referrals.first_purchase_pct(customer),
    )


def is_birthday(customer: Customer, on: dt.date) -> bool:
    """Her birthday, solar or lunar, falls on `on` (29 February on the 28th in other years)."""
    born = customer.birth_date
    if born is None:
        return False
    return next_occurrence(born.month, born.day, customer.birthday_lunar, on) == on


def quote(
    customer: Customer,
    lines: list[SaleLine],
    on: dt.date,
    extra_discount: Decimal = Decimal(0),
    redeem_points: int = 0,
) -> Quote:
    """The price: tier discount, her birthday extra, a referred friend's first-purchase
    extra, the clerk's discount, then points redeemed; each on what is left."""
    subtotal = sum((line.amount for line in lines), Decimal("0.00"))
    tier = customer.tier if customer.tier_id else None
    tier_pct = Decimal(tier.discount_pct) if tier else Decimal(0)
    birthday_pct = (
        Decimal(tier.birthday_discount_pct) if tier and is_birthday(customer, on) else Decimal(0)
    )
    base = max(subtotal, Decimal(0))
    tier_discount = to_money(base * tier_pct / 100)
    birthday_discount = to_money((base - tier_discount) * birthday_pct / 100)
    referral_pct = referrals.first_purchase_pct(customer) if base > 0 else Decimal(0)
    referral_discount = to_money((base - tier_discount - birthday_discount) * referral_pct / 100)
    extra = to_money(extra_discount)
    points_discount = points.value_of(redeem_points)
    total = subtotal - tier_discount - birthday_discount - referral_discount - extra
    return Quote(
        subtotal,
        tier_pct,
        tier_discount,
        birthday_pct,
        birthday_discount,
        extra,
        total - points_discount,
        referral_pct,
        referral_discount,
        redeem_points,
        points_discount,
    )


def payment_choices() -> list[tuple[str, str]]:
    """(code, label) of each payment method, in the order of PAYMENT_METHODS."""
    labels = {
        "cash": tr("Cash"),
        "wechat": tr("WeChat Pay"),
        "alipay": tr("Alipay"),
        "card": tr("Bank card"),
        "other": tr("Other"),
    }
    return [(code, labels[code]) for code in PAYMENT_METHODS]


def payment_label(code: str | None) -> str:
    return dict(payment_choices()).get(code or "", code or "")


def _validate(
    lines: list[SaleLine], on: dt.date, extra_discount: Decimal, payment: str | None
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
            most=f"¥{MAX_SALE:,.2f}"
        )
    if on > clock.today():
        errors["date"] = tr("The sale date cannot be in the future.")
    extra_problem = check_amount(Decimal(extra_discount), maximum=MAX_SALE)
    if extra_problem or Decimal(extra_discount) < 0:
        errors["discount"] = extra_problem or tr("The discount cannot be negative.")
    if payment is not None and payment not in PAYMENT_METHODS:
        errors["payment"] = tr("Choose how she paid.")
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
    payment: str | None = None,
    note: str | None = None,
    delivery_address: str | None = None,
    room: str | None = None,
    delivery_date: dt.date | None = None,
    installation_date: dt.date | None = None,
) -> SaleResult:
    on = on or clock.today()
    _validate(lines, on, extra_discount, payment)
    with database.atomic("IMMEDIATE"):
        customer = Customer.get_or_none(Customer.id == customer_id, Customer.deleted_at.is_null())
        if customer is None:
            raise NotFound(tr("That customer no longer exists; search again."))
        clerk = Staff.get_by_id(clerk_id) if clerk_id else None
        priced = quote(customer, lines, on, extra_discount, redeem_points)
        before_points = priced.total + priced.points_discount
        if before_points < 0 and priced.subtotal >= 0:
            raise ValidationError({"discount": tr("The discount is larger than the sale.")})
        points.check_redemption(customer, redeem_points, before_points)
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
        reward = referrals.convert(customer, purchase, priced.referral_discount)
        derived.refresh([customer.id, *([reward.referrer_id] if reward else [])])
        customer = Customer.get_by_id(customer.id)
        reason = tr("Sale {date}") if priced.total >= 0 else tr("Return {date}")
        change = tiers.reevaluate(customer, reason.format(date=on.isoformat()))
        segments.recompute([customer.id])
    return SaleResult(purchase=purchase, quote=priced, tier_change=change, referral_reward=reward)

"""Recording a sale from the command line, as at the counter."""

from __future__ import annotations

import argparse

from shopcrm.cli.common import OK, clerk_named, say
from shopcrm.core.errors import ShopError, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_QUANTITY, AmountError, money, parse_count, parse_yuan
from shopcrm.sales.pricing import SaleLine
from shopcrm.shop.opening import open_shop


def sale_line(text: str) -> SaleLine:
    """`PRICE[*QTY] [DESCRIPTION]` as typed after --item, e.g. `199*2 围巾`."""
    amount, _, description = text.strip().partition(" ")
    price, _, quantity = amount.partition("*")
    try:
        return SaleLine(
            unit_price=parse_yuan(price),
            quantity=parse_count(quantity or "1", minimum=-MAX_QUANTITY, maximum=MAX_QUANTITY),
            description=description.strip(),
        )
    except AmountError as exc:
        raise ShopError(tr("--item “{text}”: {problem}").format(text=text, problem=exc)) from None


def cmd_sale(args: argparse.Namespace) -> int:
    from shopcrm.customers.profiles import find_by_phone_or_number
    from shopcrm.sales import payments, pricing, recording

    lines = [sale_line(text) for text in args.item]
    open_shop(args.db_path, create=False)
    customer = find_by_phone_or_number(args.customer)
    if customer is None:
        raise ShopError(
            tr("No customer has the number or phone {text}.").format(text=args.customer)
        )
    clerk = clerk_named(args.clerk) if args.clerk else customer.clerk
    try:
        result = recording.record_sale(
            customer.id,
            lines,
            on=args.date,
            clerk_id=clerk.id if clerk else None,
            extra_discount=args.discount,
            redeem_points=args.use_points,
            payment=args.pay,
        )
    except ValidationError as exc:
        raise ShopError(str(exc)) from None
    for key, amount in pricing.quote_lines(result.quote):
        say(f"{pricing.quote_line_label(key)}: {money(amount)}")
    say(
        tr("Sale {id} recorded for {name} ({number}), paid by {payment}.").format(
            id=result.purchase.id,
            name=customer.name,
            number=customer.number,
            payment=payments.payment_label(args.pay),
        )
    )
    if result.tier_change is not None:
        say(tr("{name} is now {tier}.").format(name=customer.name, tier=result.tier_change.to_name))
    return OK

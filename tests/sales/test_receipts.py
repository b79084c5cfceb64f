"""What a receipt says adds up, and says the sale as it was, even reprinted months later."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.receipts import receipt
from shopcrm.sales.recording import record_sale
from shopcrm.sales.returns import return_sale
from shopcrm.storage import options
from shopcrm.wallet import stored_value, vouchers


@pytest.fixture
def her(db, owner):
    options.set_many({"stored_value": "yes"})
    customer = quick_add("张小丽", "13812345678")
    record_sale(customer.id, [SaleLine(Decimal("1000"), 1)])
    stored_value.top_up(owner, customer.id, Decimal("500"), "cash")
    return customer


def adds_up(shown) -> bool:
    return shown.subtotal - sum(amount for _, amount in shown.discounts) == shown.total


def test_a_sale_and_its_return_each_add_up(her) -> None:
    voucher = vouchers.write(her.id, vouchers.Terms(value=Decimal("50")), "owner")
    sale = record_sale(
        her.id,
        [SaleLine(Decimal("399"), 2)],
        vouchers=[voucher.id],
        redeem_points=500,
        from_balance=Decimal("100"),
    ).purchase
    shown = receipt(sale.id)
    assert adds_up(shown) and shown.total == Decimal("743.00")
    assert [amount for _, amount in shown.paid] == [Decimal("100.00"), Decimal("643.00")]
    back = receipt(return_sale(sale.id).purchase.id)
    assert back.is_return and adds_up(back) and back.total == Decimal("-743.00")
    assert [amount for _, amount in back.discounts] == [Decimal("-50.00"), Decimal("-5.00")]


def test_a_reprint_shows_her_balances_as_they_were_after_that_sale(her) -> None:
    first = record_sale(her.id, [SaleLine(Decimal("200"), 1)], from_balance=Decimal("100"))
    record_sale(her.id, [SaleLine(Decimal("300"), 1)], from_balance=Decimal("300"))
    again = receipt(first.purchase.id)
    assert again.balance == Decimal("400.00")
    assert again.points_balance == 1000 + 200  # not the 1,500 she has after the next sale


def test_a_sale_recorded_later_shows_its_own_day(her, today) -> None:
    earlier = today - dt.timedelta(days=30)
    sale = record_sale(her.id, [SaleLine(Decimal("100"), 1)], on=earlier).purchase
    shown = receipt(sale.id)
    assert shown.at == earlier and shown.number.startswith(f"{earlier:%Y%m%d}")

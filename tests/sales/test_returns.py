"""A whole sale comes back: everything it took is given back, once."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers.profiles import quick_add
from shopcrm.loyalty import points
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.sales.returns import return_sale, returned_by
from shopcrm.storage import derived, options
from shopcrm.storage.models import BalanceEntry, Customer, Purchase, PurchaseItem, Voucher
from shopcrm.wallet import stored_value, vouchers

COAT = SaleLine(Decimal("600"), 1, "C-1", "大衣", category="外套")
SCARF = SaleLine(Decimal("100"), 2, "S-1", "围巾", category="配饰")


@pytest.fixture
def her(db, counter_clerk) -> Customer:
    options.set_many({"stored_value": "yes", "top_up_bonus": "1000:150"})
    customer = quick_add("张小丽", "13812345678")
    record_sale(customer.id, [SaleLine(Decimal("3000"), 1, "B-1", "沙发")])  # 3,000 points
    stored_value.top_up(counter_clerk, customer.id, Decimal("1000"), "cash")
    return Customer.get_by_id(customer.id)


def test_a_whole_return_gives_back_balance_voucher_and_points(her, counter_clerk) -> None:
    voucher = vouchers.write(her.id, vouchers.Terms(value=Decimal("50")), "owner")
    held = stored_value.holding(her.id)
    sale = record_sale(
        her.id,
        [COAT, SCARF],
        vouchers=[voucher.id],
        redeem_points=1000,
        from_balance=Decimal("300"),
        payment="wechat",
        clerk_id=counter_clerk.id,
    ).purchase
    assert points.balance(her.id) == 3000 - 1000 + sale.points
    back = return_sale(sale.id, clerk_id=counter_clerk.id)
    assert (back.balance_back, back.money_back) == (Decimal("300.00"), sale.total - 300)
    assert (back.points_back, back.points_taken) == (1000, sale.points)
    assert back.vouchers_back == (voucher.code,)
    assert points.balance(her.id) == 3000
    assert stored_value.holding(her.id) == held
    assert vouchers.status(Voucher.get_by_id(voucher.id)) == "valid"
    returned = back.purchase
    assert (returned.total, returned.from_balance, returned.payment) == (
        -sale.total,
        Decimal("-300.00"),
        "wechat",
    )
    items = PurchaseItem.select().where(PurchaseItem.purchase == returned.id)
    assert sorted((i.style_no, i.quantity) for i in items) == [("C-1", -1), ("S-1", -2)]
    assert returned_by(sale.id) == returned
    kinds = [e.kind for e in BalanceEntry.select().order_by(BalanceEntry.id)]
    assert kinds == ["top_up", "spent", "returned"]
    customer = Customer.get_by_id(her.id)
    # She came and bought: the visit stays, the spending goes.
    assert (customer.total_spent, customer.visit_count) == (Decimal("3000.00"), 2)
    assert derived.mismatches() == [] and derived.purchase_mismatches() == []


def test_a_sale_comes_back_once_and_a_return_never(her) -> None:
    sale = record_sale(her.id, [COAT]).purchase
    back = return_sale(sale.id).purchase
    sales = Purchase.select().count()
    for again in (sale.id, back.id):
        with pytest.raises(ValidationError) as caught:
            return_sale(again)
        assert set(caught.value.errors) == {"sale"}
    assert Purchase.select().count() == sales


def test_points_she_spent_meanwhile_are_not_taken_below_zero(her) -> None:
    sale = record_sale(her.id, [COAT]).purchase
    have = points.balance(her.id)
    options.set_many({"points_per_yuan": "0"})  # the next sale earns none back
    gift_box = SaleLine(points.value_of(have) * 2, 1, "G-1", "礼盒")
    record_sale(her.id, [gift_box], redeem_points=have)
    assert points.balance(her.id) == 0
    back = return_sale(sale.id)
    assert back.points_taken == 0
    assert points.balance(her.id) == 0
    assert derived.mismatches() == []


def test_items_already_brought_back_one_by_one_refuse_the_whole_return(her) -> None:
    sale = record_sale(her.id, [COAT]).purchase
    record_sale(her.id, [SaleLine(Decimal("600"), -1, "C-1", "大衣")])
    with pytest.raises(ValidationError) as caught:
        return_sale(sale.id)
    assert "items.1.quantity" in caught.value.errors


def test_a_discounted_sale_comes_back_for_what_she_paid(her) -> None:
    """The lines' prices add up to more than she paid; the whole of it still comes back."""
    customer = quick_add("李娜", "13900001111")
    sale = record_sale(customer.id, [SaleLine(Decimal("100"), 1)], extra_discount=Decimal("40"))
    back = return_sale(sale.purchase.id)
    assert back.money_back == Decimal("60.00")
    assert Customer.get_by_id(customer.id).total_spent == 0


def test_a_return_takes_no_extra_discount(her) -> None:
    record_sale(her.id, [COAT])
    sales = Purchase.select().count()
    with pytest.raises(ValidationError) as caught:
        record_sale(
            her.id, [SaleLine(Decimal("600"), -1, "C-1", "大衣")], extra_discount=Decimal("5")
        )
    assert set(caught.value.errors) == {"discount"}
    assert Purchase.select().count() == sales

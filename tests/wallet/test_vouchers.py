"""Vouchers at the counter: what each takes off, when it is refused, and used once."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine, quote
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options
from shopcrm.storage.models import Customer, PointsEntry, Purchase, Voucher
from shopcrm.wallet import vouchers
from shopcrm.wallet.vouchers import Terms

COAT = SaleLine(Decimal("600"), 1, "C-1", "大衣", category="外套")
SCARF = SaleLine(Decimal("200"), 1, "S-1", "围巾", category="配饰")


@pytest.fixture
def her(db) -> Customer:
    return quick_add("张小丽", "13812345678")


def give(customer: Customer, **terms) -> Voucher:
    return vouchers.write(customer.id, Terms(**terms), "owner", reason="试用")


def refusal(call) -> str:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.errors["vouchers"]


def test_an_amount_off_is_taken_after_the_other_discounts_and_used_once(her, today) -> None:
    voucher = give(her, value=Decimal("50"), min_spend=Decimal("300"))
    sale = record_sale(her.id, [COAT], vouchers=[voucher.id], extra_discount=Decimal("100"))
    assert sale.quote.voucher_discount == Decimal("50.00")
    assert sale.purchase.total == Decimal("450.00")
    used = Voucher.get_by_id(voucher.id)
    assert (used.purchase_id, used.discount) == (sale.purchase.id, Decimal("50.00"))
    assert vouchers.status(used) == "used"
    assert "has been used" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[voucher.id]))


def test_a_refused_voucher_refuses_the_whole_sale(her) -> None:
    voucher = give(her, value=Decimal("50"), min_spend=Decimal("700"))
    sales, points = Purchase.select().count(), PointsEntry.select().count()
    message = refusal(lambda: record_sale(her.id, [COAT], vouchers=[voucher.id]))
    assert "¥700.00" in message and "¥600.00" in message
    assert (Purchase.select().count(), PointsEntry.select().count()) == (sales, points)
    assert Voucher.get_by_id(voucher.id).purchase_id is None


def test_a_voucher_for_some_categories_takes_off_their_part_only(her, today) -> None:
    voucher = give(her, percent=Decimal("10"), categories=("配饰",))
    priced = quote(her, [COAT, SCARF], today, vouchers=[voucher])
    assert priced.voucher_discount == Decimal("20.00")
    coats_only = give(her, value=Decimal("30"), categories=("鞋",))
    assert "other items" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[coats_only.id]))


def test_in_an_exchange_the_minimum_spend_is_met_by_what_she_pays(her) -> None:
    """A ¥600 coat for the ¥300 one brought back is ¥300 spent, not ¥600."""
    record_sale(her.id, [SaleLine(Decimal("300"), 2, "C-2", "旧大衣", category="外套")])
    voucher = give(her, value=Decimal("50"), min_spend=Decimal("500"))
    back = SaleLine(Decimal("300"), -1, "C-2", "旧大衣", category="外套")
    message = refusal(lambda: record_sale(her.id, [COAT, back], vouchers=[voucher.id]))
    assert "¥500.00" in message and "¥300.00" in message
    enough = give(her, value=Decimal("50"), min_spend=Decimal("300"))
    sale = record_sale(her.id, [COAT, back], vouchers=[enough.id])
    assert (sale.quote.voucher_discount, sale.purchase.total) == (Decimal("50"), Decimal("250"))


def test_a_voucher_never_takes_more_than_its_part(her) -> None:
    voucher = give(her, value=Decimal("500"), categories=("配饰",))
    sale = record_sale(her.id, [COAT, SCARF], vouchers=[voucher.id])
    assert sale.quote.voucher_discount == Decimal("200.00")
    assert sale.purchase.total == Decimal("600.00")


def test_out_of_date_cancelled_and_other_customers_vouchers_are_refused(her, owner, today) -> None:
    week = dt.timedelta(days=7)
    old = give(her, value=Decimal("20"), valid_from=today - 2 * week, valid_to=today - week)
    later = give(her, value=Decimal("20"), valid_from=today + week, valid_to=today + 2 * week)
    other = give(quick_add("李娜", "13900001111"), value=Decimal("20"))
    withdrawn = vouchers.cancel(owner, give(her, value=Decimal("20")).id, "给错了人")
    assert "ran out on" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[old.id]))
    assert "can be used from" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[later.id]))
    assert "another customer's" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[other.id]))
    assert "cancelled" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[withdrawn.id]))
    assert vouchers.usable(her.id) == []
    assert [vouchers.status(v) for v in vouchers.of_customer(her.id)] == [
        "cancelled",
        "not_yet",
        "expired",
    ]


def test_one_voucher_a_sale_unless_the_shop_allows_more(her) -> None:
    first, second = give(her, value=Decimal("20")), give(her, percent=Decimal("10"))
    assert "at most 1 voucher" in refusal(
        lambda: record_sale(her.id, [COAT], vouchers=[first.id, second.id])
    )
    options.set_many({"vouchers_per_sale": "2"})
    assert "twice" in refusal(lambda: record_sale(her.id, [COAT], vouchers=[first.id, first.id]))
    sale = record_sale(her.id, [COAT], vouchers=[first.id, second.id])
    # ¥20 off ¥600, then 10% of the ¥580 left.
    assert [a.amount for a in sale.quote.vouchers] == [Decimal("20.00"), Decimal("58.00")]
    assert sale.purchase.total == Decimal("522.00")


def test_the_best_voucher_is_suggested(her, today) -> None:
    give(her, value=Decimal("30"))
    tenth = give(her, percent=Decimal("10"))
    give(her, value=Decimal("100"), min_spend=Decimal("1000"))
    lines = [(COAT.amount, COAT.category)]
    assert vouchers.best(her.id, lines, COAT.amount, COAT.amount, today) == tenth


def test_vouchers_do_not_pay_a_return(her) -> None:
    record_sale(her.id, [COAT])
    voucher = give(her, value=Decimal("20"))
    back = SaleLine(Decimal("600"), -1, "C-1", "大衣", category="外套")
    assert "not a return" in refusal(lambda: record_sale(her.id, [back], vouchers=[voucher.id]))


def test_only_the_owner_gives_a_voucher_by_hand_saying_why(her, owner, counter_clerk) -> None:
    with pytest.raises(PermissionDenied):
        vouchers.issue(counter_clerk, her.id, Terms(value=Decimal("20")), "老顾客")
    with pytest.raises(ValidationError) as caught:
        vouchers.issue(owner, her.id, Terms(value=Decimal("20")), " ")
    assert set(caught.value.errors) == {"reason"}
    with pytest.raises(ValidationError) as caught:
        vouchers.issue(owner, her.id, Terms(value=Decimal("20"), percent=Decimal("5")), "两样")
    assert set(caught.value.errors) == {"value"}
    given = vouchers.issue(owner, her.id, Terms(value=Decimal("20")), "老顾客")
    assert given.valid_to - given.valid_from == dt.timedelta(days=options.get("voucher_days") - 1)
    assert len(given.code) == vouchers.CODE_LENGTH
    assert vouchers.find(f" {given.code[:4].lower()}-{given.code[4:]} ") == given


def test_a_used_voucher_cannot_be_cancelled(her, owner) -> None:
    voucher = give(her, value=Decimal("20"))
    record_sale(her.id, [COAT], vouchers=[voucher.id])
    with pytest.raises(ValidationError) as caught:
        vouchers.cancel(owner, voucher.id, "不要了")
    assert "return the sale" in caught.value.errors["voucher"]


def test_a_rule_issues_its_voucher_once(her) -> None:
    first = vouchers.write(her.id, Terms(value=Decimal("50")), "complaint", key="complaint:1:1")
    again = vouchers.write(her.id, Terms(value=Decimal("50")), "complaint", key="complaint:1:1")
    assert first == again
    assert Voucher.select().count() == 1

"""Stored value: top-ups with the shop's bonus, paying from it, refunds and the owner's view."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import derived, options
from shopcrm.storage.models import BalanceEntry, Customer
from shopcrm.wallet import stored_value

COAT = SaleLine(Decimal("600"), 1, "C-1", "大衣")


@pytest.fixture
def her(db) -> Customer:
    options.set_many({"stored_value": "yes", "top_up_bonus": "500:50, 1000:150"})
    return quick_add("张小丽", "13812345678")


def refused(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return caught.value.errors


def balance(customer: Customer) -> Decimal:
    return Customer.get_by_id(customer.id).balance


def test_a_top_up_earns_the_highest_step_it_reaches(her, counter_clerk) -> None:
    for paid, bonus in (("499", "0"), ("500", "50"), ("999.99", "50"), ("1200", "150")):
        entry = stored_value.top_up(counter_clerk, her.id, Decimal(paid), "wechat")
        assert (entry.amount, entry.bonus) == (Decimal(paid) + Decimal(bonus), Decimal(bonus))
    assert balance(her) == Decimal("3448.99")
    assert stored_value.holding(her.id).bonus == Decimal("250")
    assert derived.mismatches() == []


def test_no_top_up_while_the_shop_takes_none(her, counter_clerk) -> None:
    options.set_many({"stored_value": "no"})
    assert (
        "turn them on"
        in refused(lambda: stored_value.top_up(counter_clerk, her.id, Decimal("500"), "cash"))[
            "amount"
        ]
    )
    assert refused(lambda: stored_value.top_up(counter_clerk, her.id, Decimal("0"), "cash"))
    options.set_many({"stored_value": "yes"})
    assert set(refused(lambda: stored_value.top_up(counter_clerk, her.id, Decimal("9"), "gold")))
    assert BalanceEntry.select().count() == 0


def test_part_of_a_sale_is_paid_from_her_balance_spending_bonus_in_proportion(
    her, counter_clerk
) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("1000"), "cash")  # 1,150 with 150 bonus
    sale = record_sale(her.id, [COAT], from_balance=Decimal("230"), payment="wechat")
    assert sale.purchase.from_balance == Decimal("230.00")
    spent = BalanceEntry.get(BalanceEntry.purchase == sale.purchase.id)
    assert (spent.kind, spent.amount, spent.bonus) == ("spent", Decimal("-230"), Decimal("-30"))
    assert balance(her) == Decimal("920.00")
    assert stored_value.holding(her.id).bonus == Decimal("120")
    assert derived.mismatches() == []


def test_she_pays_no_more_than_her_balance_or_the_sale(her, counter_clerk) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("100"), "cash")
    assert (
        "¥100.00"
        in refused(lambda: record_sale(her.id, [COAT], from_balance=Decimal("101")))["from_balance"]
    )
    stored_value.top_up(counter_clerk, her.id, Decimal("1000"), "cash")
    assert (
        "¥600.00"
        in refused(lambda: record_sale(her.id, [COAT], from_balance=Decimal("601")))["from_balance"]
    )
    assert refused(lambda: record_sale(her.id, [COAT], from_balance=Decimal("-1")))
    record_sale(her.id, [COAT], from_balance=Decimal("600"))
    assert balance(her) == Decimal("650.00")


def test_a_refund_pays_back_what_she_paid_in_and_the_shop_keeps_its_bonus(
    her, owner, counter_clerk
) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("1000"), "cash")
    record_sale(her.id, [COAT], from_balance=Decimal("575"))  # 75 of it bonus
    assert stored_value.refund_of(her.id) == stored_value.Refund(Decimal("500"), Decimal("75"))
    with pytest.raises(PermissionDenied):
        stored_value.refund(counter_clerk, her.id, "cash", "搬家了")
    assert set(refused(lambda: stored_value.refund(owner, her.id, "cash", ""))) == {"reason"}
    given = stored_value.refund(owner, her.id, "cash", "搬家了")
    assert given.paid_out == Decimal("500")
    assert balance(her) == 0
    assert stored_value.holding(her.id) == stored_value.Holding(Decimal(0), Decimal(0))
    assert "empty" in refused(lambda: stored_value.refund(owner, her.id, "cash", "又来"))["amount"]


def test_a_shop_that_pays_the_bonus_out_refunds_the_whole_balance(her, owner, counter_clerk):
    options.set_many({"refund_bonus": "pay"})
    stored_value.top_up(counter_clerk, her.id, Decimal("500"), "alipay")
    assert stored_value.refund(owner, her.id, "alipay", "不用了").paid_out == Decimal("550")
    assert [e.kind for e in stored_value.ledger(her.id)] == ["top_up", "refund"]


def test_the_owner_corrects_a_balance_never_below_zero(her, owner, counter_clerk) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("100"), "cash")
    assert (
        "¥100.00"
        in refused(lambda: stored_value.correct(owner, her.id, Decimal("-100.01"), "输错"))[
            "amount"
        ]
    )
    with pytest.raises(PermissionDenied):
        stored_value.correct(counter_clerk, her.id, Decimal("10"), "输错")
    stored_value.correct(owner, her.id, Decimal("-40"), "多输了40")
    lines = stored_value.ledger(her.id)
    assert [(line.kind, line.amount, line.balance) for line in lines] == [
        ("top_up", Decimal("100"), Decimal("100")),
        ("correction", Decimal("-40"), Decimal("60")),
    ]
    assert derived.mismatches() == []


def test_the_liability_report_sums_balances_and_each_months_movements(
    her, owner, counter_clerk, today
) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("1000"), "cash")
    record_sale(her.id, [COAT], from_balance=Decimal("600"))
    other = quick_add("李娜", "13900001111")
    stored_value.top_up(counter_clerk, other.id, Decimal("200"), "cash")
    report = stored_value.liability(owner, today.replace(day=1), today)
    assert (report.held, report.bonus_held, report.customers) == (
        Decimal("750"),
        Decimal("71.74"),  # 150 - 600 x 150 / 1,150
        2,
    )
    (month,) = report.months
    assert (month.month, month.paid_in, month.bonus, month.spent, month.refunded) == (
        today.strftime("%Y-%m"),
        Decimal("1200"),
        Decimal("150"),
        Decimal("600"),
        Decimal("0"),
    )
    later = today + dt.timedelta(days=1), today + dt.timedelta(days=2)
    assert stored_value.liability(owner, *later).months == []
    with pytest.raises(PermissionDenied):
        stored_value.liability(counter_clerk, today, today)


def test_the_check_finds_a_balance_that_disagrees_with_its_ledger(her, counter_clerk) -> None:
    stored_value.top_up(counter_clerk, her.id, Decimal("100"), "cash")
    Customer.update(balance=Decimal("90")).where(Customer.id == her.id).execute()
    (wrong,) = derived.mismatches()
    assert (wrong.column, wrong.stored, wrong.expected) == ("balance", 9000, 10000)

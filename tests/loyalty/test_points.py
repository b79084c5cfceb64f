"""The points ledger: earning, redeeming, lapsing, owner adjustments; never negative."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcrm.core import clock, i18n
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.loyalty import points, reasons
from shopcrm.sales.pricing import SaleLine, quote
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage import derived, options
from shopcrm.storage.models import Customer, PointsEntry, Purchase

TODAY = clock.today()


def buy(customer_id: int, amount: str, on: dt.date = TODAY, quantity: int = 1, redeem: int = 0):
    return record_sale(
        customer_id, [SaleLine(Decimal(amount), quantity)], on=on, redeem_points=redeem
    )


@pytest.fixture
def xiaoli(db) -> int:
    return profiles.quick_add("张小丽", "13812345678").id


def test_a_sale_earns_per_yuan_times_the_tier_multiplier_and_lapses_by_the_setting(xiaoli) -> None:
    options.set_many({"points_per_yuan": "2"})
    result = buy(xiaoli, "99.99", on=dt.date(2025, 3, 1))
    assert result.purchase.points == 199
    entry = PointsEntry.get()
    assert (entry.kind, entry.points, entry.expires_on) == ("earned", 199, dt.date(2026, 12, 31))
    options.set_many({"points_expiry": "year_end"})
    assert points.expires_on(dt.date(2025, 3, 1)) == dt.date(2025, 12, 31)
    options.set_many({"points_expiry": "never"})
    assert points.expires_on(dt.date(2025, 3, 1)) is None


def test_redeemed_points_pay_part_of_a_sale_and_the_rest_earns(xiaoli) -> None:
    buy(xiaoli, "500")
    customer = Customer.get_by_id(xiaoli)
    priced = quote(customer, [SaleLine(Decimal("100"))], TODAY, redeem_points=300)
    assert (priced.points_discount, priced.total) == (Decimal("3.00"), Decimal("97.00"))
    result = buy(xiaoli, "100", redeem=300)
    assert result.purchase.total == Decimal("97.00")
    assert result.purchase.discount == Decimal("3.00")
    kinds = [(e.kind, e.points) for e in PointsEntry.select().where(PointsEntry.purchase == 2)]
    assert kinds == [("redeemed", -300), ("earned", 97)]
    assert points.balance(xiaoli) == 500 - 300 + 97 == Customer.get_by_id(xiaoli).points
    assert derived.purchase_mismatches() == []


@pytest.mark.parametrize(
    ("amount", "quantity", "redeem", "says"),
    [
        ("100", 1, 600, "The customer has 500 points"),
        ("100", 1, -5, "0 or more"),
        ("100", -1, 100, "not a return"),
        ("2", 1, 300, "at most 200"),
    ],
)
def test_redemptions_she_cannot_make_are_refused(xiaoli, amount, quantity, redeem, says) -> None:
    buy(xiaoli, "500")
    with pytest.raises(ValidationError) as caught:
        buy(xiaoli, amount, quantity=quantity, redeem=redeem)
    assert says in caught.value.errors["redeem_points"]
    assert Purchase.select().count() == 1 and points.balance(xiaoli) == 500


def test_points_lapse_first_in_first_out_and_only_once(xiaoli) -> None:
    buy(xiaoli, "100", on=dt.date(2024, 6, 1))  # valid until 2025-12-31
    buy(xiaoli, "50", on=dt.date(2025, 6, 1))  # valid until 2026-12-31
    buy(xiaoli, "10", redeem=30, on=dt.date(2025, 7, 1))  # uses the oldest points
    assert points.next_lapse(xiaoli, dt.date(2025, 7, 2)) == points.Lapsing(
        70, dt.date(2025, 12, 31)
    )
    assert points.expire_points(dt.date(2025, 12, 31)) == 0
    assert points.expire_points(dt.date(2026, 1, 1)) == 70
    assert points.expire_points(dt.date(2026, 1, 1)) == 0
    assert points.balance(xiaoli) == 50 + 9
    assert points.next_lapse(xiaoli, dt.date(2026, 1, 1)) == points.Lapsing(
        59, dt.date(2026, 12, 31)
    )
    assert points.expire_points(dt.date(2027, 1, 1)) == 59
    assert Customer.get_by_id(xiaoli).points == 0 == points.balance(xiaoli)
    assert derived.mismatches() == []


def test_a_new_year_expiry_lets_the_counter_in_and_counts_what_she_spent_meanwhile(
    xiaoli, db_path, monkeypatch
) -> None:
    lina = profiles.quick_add("李娜", "13900001111").id
    for customer in (xiaoli, lina):
        buy(customer, "100", on=dt.date(2024, 6, 1))  # 100 points, valid until 2025-12-31
    chunks = []

    def one_at_a_time(items, first=500, most=20_000):
        for item in items:
            yield [item]
            chunks.append(item)
            if len(chunks) == 1:  # between two chunks the counter writes at once
                with closing(sqlite3.connect(db_path, timeout=0)) as counter:
                    counter.execute("BEGIN IMMEDIATE")
                    counter.execute("ROLLBACK")
                buy(lina, "10", redeem=40, on=dt.date(2025, 12, 31))  # she spends 40

    monkeypatch.setattr(points.busy, "paced", one_at_a_time)
    assert points.expire_points(dt.date(2026, 1, 1)) == 100 + 60
    assert chunks == [xiaoli, lina]
    assert points.balance(xiaoli) == 0 and points.balance(lina) == 9  # earned on the ¥9 left
    assert derived.mismatches() == []


def test_the_owner_adjusts_with_a_reason_and_never_below_zero(xiaoli) -> None:
    owner = roster.add_staff("老板", role="owner")
    clerk = roster.add_staff("小陈")
    buy(xiaoli, "100")
    with pytest.raises(ValidationError) as caught:
        points.adjust(xiaoli, 0, "  ")
    assert set(caught.value.errors) == {"points", "reason"}
    with pytest.raises(ValidationError) as caught:
        points.adjust(xiaoli, -101, "wrong sale")
    assert "The customer has 100 points" in caught.value.errors["points"]
    with pytest.raises(ValidationError) as caught:
        points.adjust(xiaoli, 50, "goodwill", staff_id=clerk.id)
    assert "staff" in caught.value.errors
    points.adjust(xiaoli, 50, "补偿：投诉处理", staff_id=owner.id)
    points.adjust(xiaoli, -20, "录入错误", staff_id=owner.id)
    lines = points.ledger(xiaoli)
    assert [(line.kind, line.points, line.balance) for line in lines] == [
        ("earned", 100, 100),
        ("adjusted", 50, 150),
        ("adjusted", -20, 130),
    ]
    assert lines[1].reason == "补偿：投诉处理" and lines[1].label == "Adjusted"
    assert Customer.get_by_id(xiaoli).points == 130


@settings(
    max_examples=25,
    deadline=None,
    # One database serves every example; each starts with a new customer.
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.one_of(
            st.tuples(st.just("sale"), st.integers(1, 3000), st.integers(0, 900)),
            st.tuples(st.just("return"), st.integers(1, 3000), st.integers(0, 900)),
            st.tuples(st.just("redeem"), st.integers(1, 3000), st.integers(0, 5000)),
            st.tuples(st.just("adjust"), st.integers(-3000, 3000), st.just(0)),
            st.tuples(st.just("expire"), st.integers(0, 900), st.just(0)),
        ),
        min_size=1,
        max_size=10,
    )
)
def test_any_history_keeps_the_balance_equal_to_the_ledger_and_never_negative(db, ops) -> None:
    customer = profiles.quick_add("测试", f"139{Customer.select().count():08d}").id
    for kind, amount, extra in ops:
        if kind == "return" and amount > Customer.get_by_id(customer).total_spent:
            with pytest.raises(ValidationError):  # never more back than she spent
                buy(customer, str(amount), TODAY, -1)
        elif kind in ("sale", "return"):
            days = dt.timedelta(days=extra)
            buy(customer, str(amount), TODAY - days, -1 if kind == "return" else 1)
        elif kind == "redeem":
            her = Customer.get_by_id(customer)
            due = quote(her, [SaleLine(Decimal(amount))], TODAY).total  # after her discounts
            buy(customer, str(amount), redeem=min(extra, points.most_usable(her, due)))
        elif kind == "adjust" and points.balance(customer) + amount < 0:
            before = points.ledger(customer)
            with pytest.raises(ValidationError):
                points.adjust(customer, amount, "test")
            assert points.ledger(customer) == before
        elif kind == "adjust":
            points.adjust(customer, amount or 1, "test")
        else:
            points.expire_points(TODAY + dt.timedelta(days=amount))
        running = 0
        for line in points.ledger(customer):
            running += line.points
            assert line.balance == running >= 0
        assert Customer.get_by_id(customer).points == points.balance(customer) == running
    assert derived.mismatches() == []


def test_reasons_are_stored_as_codes_and_worded_in_the_language_they_are_read_in(xiaoli) -> None:
    buy(xiaoli, "300")
    entry = PointsEntry.get(PointsEntry.customer == xiaoli)
    assert (entry.reason, entry.reason_code) == ("", "sale")
    assert points.ledger(xiaoli)[0].reason == f"Sale {TODAY.isoformat()}"
    chinese = reasons.words(entry.reason_code, entry.reason_args, language="zh_CN")
    assert chinese == i18n.in_language("zh_CN").tr(i18n.marked("Sale {date}", "loyalty")).format(
        date=TODAY.isoformat()
    )
    assert chinese != points.ledger(xiaoli)[0].reason
    # A reason written before codes keeps its words.
    PointsEntry.update(reason="旧的原因", reason_code=None, reason_args=None).execute()
    assert points.ledger(xiaoli)[0].reason == "旧的原因"

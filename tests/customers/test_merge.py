"""Merging two records of one customer: everything moves, nothing is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.customers.merge import merge_customers, plan_merge
from shopcrm.customers.search import search_ids
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import derived
from shopcrm.storage.models import AuditLog, ContactLog, Customer, KeyDate, Purchase


@pytest.fixture
def pair(db) -> tuple[int, int]:
    survivor = profiles.create_customer(
        {"name": "张小丽", "phone": "13812345678", "size_top": "M", "notes": "喜欢驼色"}
    )
    twin = profiles.create_customer(
        {
            "name": "张小丽",
            "phone": "13955556666",
            "email": "xl@example.com",
            "size_top": "L",
            "birth_date": "1990-05-03",
            "birthday_lunar": True,
            "notes": "住在滨江",
        }
    )
    friend = profiles.quick_add("李娜", "18600001111", referred_by_id=twin.id)
    record_sale(survivor.id, [SaleLine(Decimal("1500"))], on=dt.date(2024, 3, 1))
    record_sale(twin.id, [SaleLine(Decimal("800"), 2)], on=dt.date(2025, 6, 1))
    KeyDate.create(customer=twin.id, kind="birthday", month=5, day=3, lunar=True)
    ContactLog.create(customer=twin.id, channel="phone", outcome="回访满意")
    assert friend.referred_by_id == twin.id
    return survivor.id, twin.id


def test_plan_shows_what_moves_and_what_fills(pair) -> None:
    plan = plan_merge(*pair)
    assert plan.moves["purchases"] == 1
    assert plan.moves["key_dates"] == 1
    assert plan.moves["contacts"] == 1
    assert plan.moves["referrals"] == 1
    assert plan.fills["email"] == "xl@example.com"
    assert plan.fills["birth_date"] == dt.date(1990, 5, 3) and plan.fills["birthday_lunar"]
    assert plan.fills["phone2"] == "13955556666"
    assert "size_top" not in plan.fills
    assert plan.fills["notes"] == "喜欢驼色\n住在滨江"
    assert Purchase.select().where(Purchase.customer == pair[1]).count() == 1


def test_merge_moves_everything_and_recomputes(pair) -> None:
    survivor_id, twin_id = pair
    merge_customers(survivor_id, twin_id)
    survivor = Customer.get_by_id(survivor_id)
    twin = Customer.get_by_id(twin_id)
    assert survivor.total_spent == Decimal("3100.00")
    assert survivor.visit_count == 2
    assert survivor.last_purchase_on == dt.date(2025, 6, 1)
    assert survivor.points == 3100
    assert survivor.size_top == "M" and survivor.email == "xl@example.com"
    assert survivor.phone2 == "13955556666"
    assert KeyDate.get().customer_id == survivor_id
    assert Customer.get(Customer.name == "李娜").referred_by_id == survivor_id
    assert twin.deleted_at is not None and twin.merged_into_id == survivor_id
    assert (twin.total_spent, twin.visit_count, twin.points) == (0, 0, 0)
    assert derived.mismatches() == []
    assert AuditLog.select().where(AuditLog.action == "merge").count() == 1
    assert search_ids("6666") == [survivor_id]


def test_merged_record_cannot_be_restored(pair) -> None:
    merge_customers(*pair)
    with pytest.raises(ValidationError):
        profiles.restore_customer(pair[1])
    assert pair[1] not in [c.id for c in profiles.trash()]


def test_survivor_takes_the_phone_when_she_had_none(db) -> None:
    survivor = profiles.create_customer({"name": "王芳"})
    twin = profiles.quick_add("王芳", "13812345678")
    merge_customers(survivor.id, twin.id)
    assert Customer.get_by_id(survivor.id).phone == "13812345678"
    assert search_ids("5678") == [survivor.id]


def test_merging_a_customer_with_herself_is_refused(pair) -> None:
    with pytest.raises(ValidationError):
        plan_merge(pair[0], pair[0])


def test_a_failed_merge_changes_nothing(pair, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr("shopcrm.storage.derived.refresh", broken)
    with pytest.raises(RuntimeError):
        merge_customers(*pair)
    assert Customer.get_by_id(pair[1]).deleted_at is None
    assert Purchase.select().where(Purchase.customer == pair[1]).count() == 1

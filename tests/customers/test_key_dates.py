"""Key care dates and when they next come round, lunar ones included."""

from __future__ import annotations

import datetime as dt

import pytest

from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.errors import ValidationError
from shopcrm.customers import key_dates, profiles
from shopcrm.customers.completeness import completeness
from shopcrm.customers.key_dates import KeyDateInput
from shopcrm.storage.models import Customer, KeyDate


@pytest.mark.parametrize(
    ("month", "day", "lunar", "today", "expected"),
    [
        (5, 3, False, dt.date(2026, 11, 24), dt.date(2027, 5, 3)),
        (11, 24, False, dt.date(2026, 11, 24), dt.date(2026, 11, 24)),
        (2, 29, False, dt.date(2026, 11, 24), dt.date(2027, 2, 28)),
        (2, 29, False, dt.date(2027, 11, 24), dt.date(2028, 2, 29)),
        (1, 1, True, dt.date(2026, 11, 24), dt.date(2027, 2, 6)),  # Spring Festival 2027
        (8, 15, True, dt.date(2026, 11, 24), dt.date(2027, 9, 15)),  # Mid-Autumn 2027
        (8, 15, True, dt.date(2026, 9, 1), dt.date(2026, 9, 25)),  # Mid-Autumn 2026
        (12, 30, True, dt.date(2026, 11, 24), dt.date(2027, 2, 5)),  # eve: a 29-day month
    ],
)
def test_next_occurrence(month, day, lunar, today, expected) -> None:
    assert next_occurrence(month, day, lunar, today) == expected


def test_key_dates_are_listed_soonest_first(db) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    key_dates.save_key_date(customer.id, KeyDateInput("anniversary", 6, 18, "结婚纪念日"))
    key_dates.save_key_date(customer.id, KeyDateInput("family_birthday", 1, 5, "女儿", lunar=True))
    listed = key_dates.key_dates(customer.id, dt.date(2026, 11, 24))
    assert [u.key_date.label for u in listed] == ["女儿", "结婚纪念日"]
    assert listed[0].next_on == dt.date(2027, 2, 10)


def test_bad_key_dates_are_refused(db) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    with pytest.raises(ValidationError) as caught:
        key_dates.save_key_date(customer.id, KeyDateInput("birthday", 2, 30))
    assert "day" in caught.value.errors
    with pytest.raises(ValidationError) as caught:
        key_dates.save_key_date(customer.id, KeyDateInput("holiday", 13, 1, year=1800))
    assert set(caught.value.errors) == {"kind", "month", "year"}
    assert KeyDate.select().count() == 0


def test_edit_and_remove_a_key_date(db) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    made = key_dates.save_key_date(customer.id, KeyDateInput("school", 9, 1, "儿子上小学"))
    key_dates.save_key_date(customer.id, KeyDateInput("school", 9, 2, "儿子上小学"), made.id)
    assert KeyDate.get_by_id(made.id).day == 2
    key_dates.remove_key_date(customer.id, made.id)
    assert KeyDate.select().count() == 0


def test_completeness_weighs_knowing_her_four_times_the_facts(db) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    hard_only = completeness(Customer.get_by_id(customer.id))
    assert hard_only == pytest.approx(0.2 * 2 / 10)
    profiles.update_customer(
        customer.id, {"occupation": "教师", "hobbies": "瑜伽", "family": "一个女儿"}
    )
    assert completeness(Customer.get_by_id(customer.id)) == pytest.approx(0.04 + 0.8 * 3 / 11)

"""The field table and the database agree, so a field declared once is a field stored."""

from __future__ import annotations

import pytest
from peewee import (
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from shopcrm.customers import profiles
from shopcrm.customers.completeness import completeness, completeness_sql
from shopcrm.customers.fields import BY_NAME, FIELDS, Kind, ProfileField
from shopcrm.customers.validation import CLEANERS
from shopcrm.storage.models import Customer, Staff, database

# Columns the shop assigns, derives or keeps for searching: no clerk types them.
NOT_PROFILE = {
    "id",
    "number",
    "tier",
    "total_spent",
    "visit_count",
    "first_purchase_on",
    "last_purchase_on",
    "points",
    "balance",
    "phone_rev",
    "name_rev",
    "py_initials",
    "py_full",
    "py_alt",
    "created_at",
    "updated_at",
    "deleted_at",
    "merged_into",
}
COLUMN_TYPES: dict[Kind, type[Field]] = {
    Kind.NAME: CharField,
    Kind.TEXT: CharField,
    Kind.LONG_TEXT: TextField,
    Kind.CHOICE: CharField,
    Kind.DATE: DateField,
    Kind.YEAR: IntegerField,
    Kind.NUMBER: DecimalField,
    Kind.FLAG: BooleanField,
    Kind.PHONE: CharField,
    Kind.EMAIL: CharField,
    Kind.STAFF: ForeignKeyField,
    Kind.CUSTOMER: ForeignKeyField,
}


def test_every_profile_column_has_a_field_and_every_field_a_column() -> None:
    assert set(BY_NAME) == set(Customer._meta.fields) - NOT_PROFILE
    assert len(BY_NAME) == len(FIELDS)


@pytest.mark.parametrize("field", FIELDS, ids=lambda field: field.name)
def test_each_field_fits_its_column(field: ProfileField) -> None:
    column = Customer._meta.fields[field.name]
    assert isinstance(column, COLUMN_TYPES[field.kind])
    if isinstance(column, CharField):
        assert field.max_length is None or field.max_length <= column.max_length
    if field.kind in (Kind.NAME, Kind.TEXT, Kind.LONG_TEXT, Kind.EMAIL):
        assert field.max_length is not None
    if field.kind is not Kind.FLAG:
        assert column.null is not field.required
    if field.kind is Kind.CHOICE:
        check = " ".join(constraint.sql for constraint in column.constraints)
        assert all(f"'{code}'" in check for code in field.codes)
        assert max(map(len, field.codes)) <= column.max_length
    if field.kind is Kind.NUMBER:
        assert field.decimals == column.decimal_places
        assert field.maximum is not None
        assert field.maximum < 10 ** (column.max_digits - column.decimal_places)
    if field.kind in (Kind.STAFF, Kind.CUSTOMER):
        assert column.rel_model is (Staff if field.kind is Kind.STAFF else Customer)


@pytest.mark.parametrize(
    "field",
    [field for field in FIELDS if field.kind in (Kind.DATE, Kind.YEAR, Kind.NUMBER)],
    ids=lambda field: field.name,
)
def test_bounded_fields_say_what_to_type_and_where_the_limits_are(field: ProfileField) -> None:
    assert field.minimum is not None
    assert all(message is not None for message in (field.hint, field.below, field.above))


def test_every_kind_has_a_cleaner() -> None:
    assert set(CLEANERS) == set(Kind)


def test_the_score_in_sql_is_the_score_of_each_customer(db) -> None:
    profiles.create_customer({"name": "周敏", "occupation": "教师", "size_top": "M"})
    profiles.create_customer(
        {"name": "李娜", "gender": "female", "preferred_channel": "wechat", "position": "店长"}
    )
    in_sql = [
        score
        for (score,) in database.execute_sql(
            f"SELECT {completeness_sql()} FROM customer ORDER BY id"
        )
    ]
    one_by_one = [completeness(customer) for customer in Customer.select().order_by(Customer.id)]
    assert in_sql == pytest.approx(one_by_one)
    assert one_by_one[1] == pytest.approx(0.2 * 2 / 10 + 0.8 * 1 / 11)

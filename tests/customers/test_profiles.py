"""Registering and editing customers: validation that tells the clerk what to fix."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.phones import display_phone, normalize_phone
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage.models import AuditLog, Customer, Purchase, PurchaseItem, Staff


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("138 1234 5678", "13812345678"),
        ("138-1234-5678", "13812345678"),
        ("+86 138 1234 5678", "13812345678"),
        ("0086-13812345678", "13812345678"),
        ("１３８１２３４５６７８", "13812345678"),
        ("010-12345678", "01012345678"),
        ("(021) 6123 4567", "02161234567"),
        ("+1 415 555 2671", "+14155552671"),
    ],
)
def test_phones_are_stored_in_one_form(typed: str, stored: str) -> None:
    assert normalize_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345678", "1381234567", "138123456789", "call me", "+86 000"])
def test_bad_phones_are_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        normalize_phone(typed)
    assert typed in caught.value.errors["phone"]


def test_display_groups_digits_for_reading_aloud() -> None:
    assert display_phone("13812345678") == "138 1234 5678"
    assert display_phone("01012345678") == "010 1234 5678"


def test_quick_add_numbers_customers_and_gives_the_entry_tier(db) -> None:
    first = profiles.quick_add("张小丽", "13812345678", "1990-05-03")
    second = profiles.quick_add("李娜", "139 0000 1111")
    assert (first.number, second.number) == ("C000001", "C000002")
    assert first.birth_date == dt.date(1990, 5, 3)
    assert second.phone == "13900001111"
    assert first.tier.rank == 0
    assert first.status == "visitor"
    assert AuditLog.select().where(AuditLog.action == "create").count() == 2


def test_quick_add_needs_name_and_phone(db) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.quick_add("   ", "")
    assert set(caught.value.errors) == {"phone"}
    with pytest.raises(ValidationError) as caught:
        profiles.quick_add("  ", "13812345678")
    assert set(caught.value.errors) == {"name"}
    assert Customer.select().count() == 0


def test_duplicate_phone_names_the_existing_customer(db) -> None:
    existing = profiles.quick_add("张小丽", "13812345678")
    with pytest.raises(ValidationError) as caught:
        profiles.quick_add("张晓丽", "+86 138-1234-5678")
    message = caught.value.errors["phone"]
    assert "张小丽" in message and existing.number in message
    assert profiles.find_by_phone("138 1234 5678").id == existing.id
    assert profiles.find_by_phone("1381234") is None


def test_phone_of_a_deleted_customer_can_be_reused_but_blocks_her_restore(owner) -> None:
    old = profiles.quick_add("王芳", "13812345678")
    profiles.delete_customer(owner, old.id)
    new = profiles.quick_add("王芳芳", "13812345678")
    with pytest.raises(ValidationError) as caught:
        profiles.restore_customer(owner, old.id)
    assert new.number in caught.value.errors["phone"]
    profiles.update_customer(new.id, {"phone": "13900001111"})
    assert profiles.restore_customer(owner, old.id).deleted_at is None


def test_all_problems_are_reported_together_and_nothing_is_saved(db) -> None:
    tomorrow = clock.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError) as caught:
        profiles.create_customer(
            {"name": "", "email": "xiaoli@", "birth_date": tomorrow, "home_area_m2": "-3"}
        )
    assert set(caught.value.errors) == {"name", "email", "birth_date", "home_area_m2"}
    assert "future" in caught.value.errors["birth_date"]
    assert Customer.select().count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("birth_date", "1990/13/40"),
        ("birth_date", "1850-01-01"),
        ("birth_year_approx", "85"),
        ("gender", "unknown"),
        ("preferred_channel", "pigeon"),
        ("email", "a b@example.com"),
        ("occupation", "x" * 101),
    ],
)
def test_each_bad_value_is_refused(db, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.create_customer({"name": "周敏", field: value})
    assert field in caught.value.errors


def test_update_changes_only_given_fields_and_refreshes_search_keys(db) -> None:
    clerk = Staff.create(name="小陈")
    customer = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk.id)
    updated = profiles.update_customer(
        customer.id, {"name": "陈美玲", "size_top": " M ", "accepts_promotions": True}
    )
    assert (updated.name, updated.size_top, updated.accepts_promotions) == ("陈美玲", "M", True)
    assert updated.phone == "13812345678" and updated.clerk_id == clerk.id
    assert (updated.py_initials, updated.py_full) == ("cml", "chenmeiling")


def test_a_customer_cannot_refer_herself(db) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    with pytest.raises(ValidationError):
        profiles.update_customer(customer.id, {"referred_by": customer.id})


def test_deleted_customers_go_to_the_trash_and_come_back(owner, counter_clerk) -> None:
    customer = profiles.quick_add("张小丽", "13812345678")
    with pytest.raises(PermissionDenied, match="Only the owner can delete"):
        profiles.delete_customer(counter_clerk, customer.id)
    assert profiles.trash() == []
    profiles.delete_customer(owner, customer.id)
    assert [c.id for c in profiles.trash()] == [customer.id]
    with pytest.raises(NotFound):
        profiles.get_customer(customer.id)
    with pytest.raises(PermissionDenied, match="Only the owner can delete"):
        profiles.restore_customer(counter_clerk, customer.id)
    restored = profiles.restore_customer(owner, customer.id)
    assert restored.deleted_at is None and profiles.trash() == []
    trail = [
        (a.action, a.staff_id)
        for a in AuditLog.select().where(AuditLog.customer == customer).order_by(AuditLog.id)
    ]
    assert trail[-2:] == [("delete", owner.id), ("restore_customer", owner.id)]


def test_display_groups_like_the_phone_library_does() -> None:
    import random

    import phonenumbers

    rng = random.Random(7)
    prefixes = ("130", "138", "150", "166", "186", "199")
    typed = [f"{p}{rng.randrange(10**8):08d}" for p in prefixes for _ in range(5)]
    for area in ("010", "020", "021", "025", "0571", "0755", "0851", "0931", "0991", "0451"):
        typed += [f"{area}{rng.randrange(2, 9)}{rng.randrange(10**6):06d}" for _ in range(5)]
        typed += [f"{area}{rng.randrange(2, 9)}{rng.randrange(10**7):07d}" for _ in range(5)]
    checked = 0
    for raw in typed:
        number = phonenumbers.parse(raw, "CN")
        if not phonenumbers.is_valid_number(number):
            continue
        expected = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        assert display_phone(normalize_phone(raw)) == expected.replace("-", " "), raw
        checked += 1
    assert checked > 80
    assert display_phone("+14155552671") == "+1 415-555-2671"


HOSTILE = "张\x00小\x1b[31m丽\x07\u202eabc\u202c\ud800\ufeff"


def test_hostile_characters_never_reach_the_file(db, db_path) -> None:
    she = profiles.quick_add(HOSTILE, "13812345678")
    profiles.update_customer(she.id, {"notes": "第一行\n第二行\x1b]0;title\x07\u2066尾\u2069"})
    stored = Customer.get_by_id(she.id)
    assert stored.name == "张小[31m丽abc"
    assert stored.notes == "第一行\n第二行]0;title尾"
    record_sale(she.id, [SaleLine(Decimal("10"), 1, "S\x1b1", "围\u202e巾")], note="好\x00的")
    item = PurchaseItem.get()
    assert (item.style_no, item.description, Purchase.get().note) == ("S1", "围巾", "好的")
    db.close()  # the write-ahead log is folded into the file
    raw = db_path.read_bytes()
    for invisible in ("\x1b[31m", "title\x07", "\u202e", "\ufeff", "\u2066"):
        assert invisible.encode("utf-8") not in raw

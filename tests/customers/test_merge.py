"""Merging two records of one customer: everything moves, nothing is lost."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm import cli
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.customers.merge import merge_customers, merges, plan_merge, undo_merge
from shopcrm.customers.search import search_ids
from shopcrm.events import guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import derived
from shopcrm.storage.models import AuditLog, ContactLog, Customer, EventGuest, KeyDate, Purchase


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


def test_merge_moves_everything_and_recomputes(pair, owner, counter_clerk) -> None:
    survivor_id, twin_id = pair
    with pytest.raises(PermissionDenied, match="Only the owner can merge"):
        merge_customers(counter_clerk, survivor_id, twin_id)
    assert Customer.get_by_id(twin_id).merged_into_id is None
    merge_customers(owner, survivor_id, twin_id)
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


def test_merged_record_cannot_be_restored(pair, owner) -> None:
    merge_customers(owner, *pair)
    with pytest.raises(ValidationError):
        profiles.restore_customer(owner, pair[1])
    assert pair[1] not in [c.id for c in profiles.trash()]


def test_survivor_takes_the_phone_when_she_had_none(db, owner) -> None:
    survivor = profiles.create_customer({"name": "王芳"})
    twin = profiles.quick_add("王芳", "13812345678")
    merge_customers(owner, survivor.id, twin.id)
    assert Customer.get_by_id(survivor.id).phone == "13812345678"
    assert search_ids("5678") == [survivor.id]


def test_merging_a_customer_with_herself_is_refused(pair) -> None:
    with pytest.raises(ValidationError):
        plan_merge(pair[0], pair[0])


def test_a_failed_merge_changes_nothing(pair, owner, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr("shopcrm.storage.derived.refresh", broken)
    with pytest.raises(RuntimeError):
        merge_customers(owner, *pair)
    assert Customer.get_by_id(pair[1]).deleted_at is None
    assert Purchase.select().where(Purchase.customer == pair[1]).count() == 1


# --- undoing a merge -------------------------------------------------------------------------


def _snapshot(customer_id: int) -> dict[str, object]:
    """What a customer is: her profile, figures and everything attached to her."""
    she = Customer.get_by_id(customer_id)
    return {
        "profile": {
            name: getattr(she, name)
            for name in ("name", "phone", "phone2", "email", "size_top", "birth_date", "notes")
        },
        "figures": (she.total_spent, she.visit_count, she.points, she.tier_id),
        "purchases": sorted(p.id for p in Purchase.select().where(Purchase.customer == she)),
        "key_dates": sorted(k.id for k in KeyDate.select().where(KeyDate.customer == she)),
        "contacts": sorted(c.id for c in ContactLog.select().where(ContactLog.customer == she)),
        "friends": sorted(c.id for c in Customer.select().where(Customer.referred_by == she)),
        "active": she.deleted_at is None and she.merged_into_id is None,
    }


def test_a_merge_undone_gives_both_customers_back_as_they_were(db, pair, owner, db_path) -> None:
    survivor_id, twin_id = pair
    before = {survivor_id: _snapshot(survivor_id), twin_id: _snapshot(twin_id)}
    merge_customers(owner, survivor_id, twin_id)
    (entry,) = merges()
    assert entry.absorbed.startswith("C000002") and not entry.undone
    undo_merge(owner, entry.id)
    assert _snapshot(survivor_id) == before[survivor_id]
    assert _snapshot(twin_id) == before[twin_id]
    assert search_ids("6666") == [twin_id]
    assert derived.mismatches() == []
    assert merges()[0].undone
    with pytest.raises(ValidationError, match="undone already"):
        undo_merge(owner, entry.id)
    db.close()
    assert cli.main(["--db", str(db_path), "check"]) == cli.OK


def test_what_came_after_the_merge_stays_where_it_belongs(pair, owner) -> None:
    survivor_id, twin_id = pair
    merge_customers(owner, survivor_id, twin_id)
    later = record_sale(survivor_id, [SaleLine(Decimal("99"))]).purchase
    profiles.update_customer(survivor_id, {"email": "new@example.com"})  # edited since
    undo_merge(owner, merges()[0].id)
    survivor, twin = Customer.get_by_id(survivor_id), Customer.get_by_id(twin_id)
    assert Purchase.get_by_id(later.id).customer_id == survivor_id
    assert survivor.email == "new@example.com"  # her edit is kept, not the merge's fill
    assert survivor.phone2 is None  # the merge's fill goes
    assert twin.email == "xl@example.com" and twin.total_spent == Decimal("1600.00")
    assert derived.mismatches() == []


def test_an_undo_that_would_give_away_a_phone_is_refused(pair, owner) -> None:
    survivor_id, twin_id = pair
    merge_customers(owner, survivor_id, twin_id)
    profiles.update_customer(survivor_id, {"phone2": None})
    newcomer = profiles.quick_add("王芳", "13955556666")  # the twin's phone, free since
    with pytest.raises(ValidationError, match="now belongs to 王芳"):
        undo_merge(owner, merges()[0].id)
    assert Customer.get_by_id(twin_id).merged_into_id == survivor_id
    assert Customer.get_by_id(newcomer.id).phone == "13955556666"
    assert Purchase.select().where(Purchase.customer == twin_id).count() == 0


def test_her_events_move_except_one_both_records_were_invited_to(pair, owner, today) -> None:
    survivor, twin = pair

    def event(title: str) -> int:
        starts = dt.datetime.combine(today + dt.timedelta(days=5), dt.time(15))
        return planning.save_event(owner, planning.EventInput(title, "talk", starts)).id

    both, only_twin = event("讲座"), event("茶话会")
    guests.invite_customers(owner, both, [survivor, twin])
    guests.invite_customers(owner, only_twin, [twin])
    twins_place = EventGuest.get(EventGuest.customer == twin, EventGuest.event == both)
    guests.record_reply(owner, twins_place.id, "yes")
    plan = merge_customers(owner, survivor, twin)
    assert plan.moves["event_guests"] == 1
    assert {g.event_id for g in EventGuest.select().where(EventGuest.customer == survivor)} == {
        both,
        only_twin,
    }
    her_place = EventGuest.get(EventGuest.customer == survivor, EventGuest.event == both)
    assert her_place.reply == "yes"  # what the other record knew is kept on hers
    assert [g.customer_id for g in guests.guest_list(both)] == [survivor]
    assert EventGuest.select().where(EventGuest.customer == twin).count() == 1
    (record,) = merges()
    undo_merge(owner, record.id)
    assert EventGuest.select().where(EventGuest.customer == twin).count() == 2
    assert EventGuest.get_by_id(her_place.id).reply is None

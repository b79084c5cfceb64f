"""Merging two records of the same customer into one.

Everything attached to the absorbed record moves to the survivor: purchases,
key dates, points, complaints, contacts, tier history and the customers she
referred. Empty profile fields of the survivor are filled from the absorbed
one; the absorbed record is soft-deleted with a pointer to the survivor, so
nothing is lost and the merge can be traced. Each merge records what it moved
and filled (MergeRecord), so the owner can undo it: two sisters who share a
phone, folded into one by mistake, come apart again.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from peewee import Expression, ForeignKeyField, chunked

from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers import privacy
from shopcrm.customers.profiles import get_customer
from shopcrm.customers.search_keys import search_columns
from shopcrm.customers.validation import EDITABLE, phone_owner
from shopcrm.loyalty import segments, tiers
from shopcrm.loyalty.reasons import because
from shopcrm.staff import permissions
from shopcrm.storage import derived
from shopcrm.storage.models import (
    AuditLog,
    BalanceEntry,
    Complaint,
    ContactLog,
    Customer,
    EventGuest,
    Gift,
    KeyDate,
    MergeRecord,
    PointsEntry,
    Purchase,
    ReferralReward,
    Staff,
    TierChange,
    Voucher,
    database,
)

MOVED = {
    "purchases": Purchase.customer,
    "key_dates": KeyDate.customer,
    "points_entries": PointsEntry.customer,
    "complaints": Complaint.customer,
    "contacts": ContactLog.customer,
    "tier_changes": TierChange.customer,
    "referrals": Customer.referred_by,
    "referral_rewards": ReferralReward.referrer,
    "event_guests": EventGuest.customer,
    "event_friends": EventGuest.brought_by,
    "vouchers": Voucher.customer,
    "balance_entries": BalanceEntry.customer,
    "gifts": Gift.customer,
}


def _moving(column: ForeignKeyField, absorbed_id: int, survivor_id: int) -> Expression:
    """The absorbed customer's rows of `column` that go to the survivor: all of them, except
    her place at an event the survivor is a guest of too, which stays with her record."""
    mine = column == absorbed_id
    if column is EventGuest.customer:
        theirs = EventGuest.select(EventGuest.event).where(EventGuest.customer == survivor_id)
        return mine & EventGuest.event.not_in(theirs)
    return mine


# Her place at an event both records were guests of is folded into the survivor's; the
# survivor's place as it was is kept under this name in the record's `moved`, for an undo.
FOLDED = "event_guests_folded"
_STRENGTH = {None: 0, "no": 1, "no_answer": 2, "maybe": 3, "yes": 4}
_GUEST_FIELDS = (
    "invited_on",
    "invited_by",
    "reply",
    "replied_at",
    "replied_for",
    "attended",
    "arrived_at",
    "brought_by",
    "gift_given",
    "gift_by",
)


def _guest_values(guest: EventGuest) -> dict[str, Any]:
    return {name: _stored(guest, name) for name in _GUEST_FIELDS}


def _fold_guests(survivor_id: int, absorbed_id: int) -> dict[str, dict[str, Any]]:
    """Where both were guests of one event, the survivor's place takes what the absorbed
    record's knew more of (a warmer reply, being there, the gift, an earlier invitation);
    returns the survivor's places as they were, by id."""
    before: dict[str, dict[str, Any]] = {}
    theirs = {g.event_id: g for g in EventGuest.select().where(EventGuest.customer == absorbed_id)}
    for mine in EventGuest.select().where(
        EventGuest.customer == survivor_id, EventGuest.event << list(theirs)
    ):
        other = theirs[mine.event_id]
        values = _guest_values(mine)
        folded = dict(values)
        if _STRENGTH[other.reply] > _STRENGTH[mine.reply]:
            folded.update({n: _stored(other, n) for n in ("reply", "replied_at", "replied_for")})
        if other.invited_on and (not mine.invited_on or other.invited_on < mine.invited_on):
            folded.update({n: _stored(other, n) for n in ("invited_on", "invited_by")})
        if other.attended and not mine.attended:
            folded.update({n: _stored(other, n) for n in ("attended", "arrived_at")})
        if other.gift_given and not mine.gift_given:
            folded.update({n: _stored(other, n) for n in ("gift_given", "gift_by")})
        if folded["brought_by"] is None:
            folded["brought_by"] = _stored(other, "brought_by")
        if folded != values:
            EventGuest.update(folded).where(EventGuest.id == mine.id).execute()
            before[str(mine.id)] = values
    return before


# A False consent or lunar flag is a fact, not a gap: those are never filled.
NOT_FILLED = ("status", "referred_by", "accepts_promotions", "birthday_lunar")


@dataclass
class MergePlan:
    survivor: Customer
    absorbed: Customer
    moves: dict[str, int]
    fills: dict[str, Any] = field(default_factory=dict)


def plan_merge(survivor_id: int, absorbed_id: int) -> MergePlan:
    """What a merge would move and fill, for the owner to confirm."""
    if survivor_id == absorbed_id:
        raise ValidationError({"customer": tr("Choose two different customers to merge.")})
    survivor = get_customer(survivor_id)
    absorbed = get_customer(absorbed_id)
    moves = {
        name: column.model.select().where(_moving(column, absorbed.id, survivor.id)).count()
        for name, column in MOVED.items()
    }
    fills = {
        name: getattr(absorbed, name)
        for name in EDITABLE
        if name not in NOT_FILLED
        and getattr(survivor, name) in (None, "", False)
        and getattr(absorbed, name) not in (None, "", False)
    }
    if "birth_date" in fills:
        fills["birthday_lunar"] = absorbed.birthday_lunar
    other_phone = absorbed.phone and absorbed.phone != survivor.phone
    if survivor.phone and other_phone and not survivor.phone2 and "phone2" not in fills:
        fills["phone2"] = absorbed.phone
    if absorbed.notes and survivor.notes:
        fills["notes"] = f"{survivor.notes}\n{absorbed.notes}"
    return MergePlan(survivor, absorbed, moves, fills)


def merge_customers(actor: Staff, survivor_id: int, absorbed_id: int) -> MergePlan:
    """Merge `absorbed_id` into `survivor_id` in one transaction."""
    permissions.require(actor, "merge")
    with database.atomic("IMMEDIATE"):
        plan = plan_merge(survivor_id, absorbed_id)
        survivor, absorbed = plan.survivor, plan.absorbed
        moved = {
            name: [
                row.id
                for row in column.model.select(column.model.id).where(
                    _moving(column, absorbed.id, survivor.id)
                )
            ]
            for name, column in MOVED.items()
        }
        folded = _fold_guests(survivor.id, absorbed.id)
        # The absorbed record leaves first, so its phone is free for the survivor.
        Customer.update(deleted_at=now(), merged_into=survivor.id).where(
            Customer.id == absorbed.id
        ).execute()
        for name, column in MOVED.items():
            for chunk in chunked(moved[name], 500):
                column.model.update({column: survivor.id}).where(
                    column.model.id.in_(chunk)
                ).execute()
        values = dict(plan.fills)
        if survivor.referred_by_id == absorbed.id:
            values["referred_by"] = absorbed.referred_by_id
        if absorbed.tier_id and (not survivor.tier_id or absorbed.tier.rank > survivor.tier.rank):
            values["tier"] = absorbed.tier_id
        before = {name: _stored(survivor, name) for name in (*values, "tier")}
        values.update(
            search_columns(values.get("name", survivor.name), values.get("phone", survivor.phone))
        )
        values["updated_at"] = now()
        Customer.update(values).where(Customer.id == survivor.id).execute()
        derived.refresh([survivor.id, absorbed.id])
        tiers.reevaluate(get_customer(survivor.id), because("merged", number=absorbed.number))
        filled = {name: _stored(get_customer(survivor.id), name) for name in before}
        MergeRecord.create(
            survivor=survivor.id,
            absorbed=absorbed.id,
            staff=actor,
            moved=json.dumps({**moved, FOLDED: folded}, default=str),
            before=json.dumps(before, ensure_ascii=False),
            filled=json.dumps(filled, ensure_ascii=False),
        )
        AuditLog.create(
            action="merge",
            customer=survivor.id,
            staff=actor,
            detail=f"{absorbed.number} -> {survivor.number}: "
            + ", ".join(f"{name}={count}" for name, count in plan.moves.items()),
        )
    return plan


def _stored(row: Customer | EventGuest, name: str) -> Any:
    """A field's value as JSON keeps it: the id of a link, the text of a date or a number."""
    field = type(row)._meta.fields[name]
    if isinstance(field, ForeignKeyField):
        return getattr(row, f"{name}_id")
    value = field.db_value(getattr(row, name))
    return value if isinstance(value, str | int | float | type(None)) else str(value)


@dataclass(frozen=True)
class MergeEntry:
    """A merge the owner can undo, as the trash lists it."""

    id: int
    at: dt.datetime
    survivor: str
    absorbed: str
    undone: bool


def merges() -> list[MergeEntry]:
    """Every merge, newest first, with who went into whom."""
    kept, gone = Customer.alias(), Customer.alias()
    rows = (
        MergeRecord.select(
            MergeRecord.id,
            MergeRecord.at,
            MergeRecord.undone_at,
            kept.number.alias("kept_number"),
            kept.name.alias("kept_name"),
            gone.number.alias("gone_number"),
            gone.name.alias("gone_name"),
        )
        .join(kept, on=(MergeRecord.survivor == kept.id))
        .switch(MergeRecord)
        .join(gone, on=(MergeRecord.absorbed == gone.id))
        .order_by(MergeRecord.at.desc(), MergeRecord.id.desc())
        .dicts()
    )
    return [
        MergeEntry(
            row["id"],
            row["at"],
            f"{row['kept_number']} {row['kept_name']}",
            f"{row['gone_number']} {row['gone_name']}",
            row["undone_at"] is not None,
        )
        for row in rows
    ]


def undo_merge(actor: Staff, record_id: int) -> tuple[Customer, Customer]:
    """Take a merge apart: everything it moved goes back, both customers are as they were.

    What was added to the survivor since (a new sale, a key date) stays with her;
    a field the owner edited since keeps her edit. The undo is refused, changing
    nothing, when the absorbed customer's phone now belongs to someone else, or when
    her data was erased (the record it would bring back is hers).
    """
    permissions.require(actor, "merge")
    with database.atomic("IMMEDIATE"):
        record = MergeRecord.get_or_none(MergeRecord.id == record_id)
        if record is None:
            raise NotFound(tr("That merge no longer exists."))
        if record.undone_at is not None:
            raise ValidationError({"merge": tr("That merge was undone already.")})
        if {record.survivor_id, record.absorbed_id} & privacy.erased_customers():
            raise ValidationError(
                {
                    "merge": tr(
                        "This customer's personal data was erased on request, so this merge cannot"
                        " be undone."
                    )
                }
            )
        absorbed = get_customer(record.absorbed_id, include_deleted=True)
        survivor = get_customer(record.survivor_id)
        before, filled = json.loads(record.before), json.loads(record.filled)
        unchanged = {  # what the owner has not edited since the merge goes back
            name: value for name, value in before.items() if _stored(survivor, name) == filled[name]
        }
        tier_before = unchanged.pop("tier", survivor.tier_id)
        if unchanged:
            Customer.update(unchanged).where(Customer.id == survivor.id).execute()
        if absorbed.phone:
            owner = phone_owner(absorbed.phone, exclude_id=absorbed.id)
            if owner is not None:
                raise ValidationError(
                    {
                        "phone": tr(
                            "{name}'s phone {phone} now belongs to {owner} ({number}); change "
                            "one of the two, then undo the merge."
                        ).format(
                            name=absorbed.name,
                            phone=absorbed.phone,
                            owner=owner.name,
                            number=owner.number,
                        )
                    }
                )
        moved = json.loads(record.moved)
        for guest_id, values in moved.pop(FOLDED, {}).items():
            EventGuest.update(values).where(EventGuest.id == int(guest_id)).execute()
        for name, ids in moved.items():
            column = MOVED[name]
            for chunk in chunked(ids, 500):
                column.model.update({column: absorbed.id}).where(
                    column.model.id.in_(chunk) & (column == survivor.id)
                ).execute()
        survivor = get_customer(survivor.id)
        keys = search_columns(survivor.name, survivor.phone)
        Customer.update(**keys, updated_at=now()).where(Customer.id == survivor.id).execute()
        Customer.update(
            deleted_at=None,
            merged_into=None,
            updated_at=now(),
            **search_columns(absorbed.name, absorbed.phone),
        ).where(Customer.id == absorbed.id).execute()
        derived.refresh([survivor.id, absorbed.id])
        tiers.put_back(get_customer(survivor.id), tier_before, because("unmerged"))
        for customer_id in (survivor.id, absorbed.id):
            tiers.reevaluate(get_customer(customer_id), because("unmerged"))
        segments.recompute([survivor.id, absorbed.id])
        record.undone_at = now()
        record.save()
        AuditLog.create(
            action="unmerge",
            customer=absorbed.id,
            staff=actor,
            detail=f"{absorbed.number} <- {survivor.number}",
        )
    return get_customer(survivor.id), get_customer(absorbed.id)

"""Merging two records of the same customer into one.

Everything attached to the absorbed record moves to the survivor: purchases,
key dates, points, complaints, contacts, tier history and the customers she
referred. Empty profile fields of the survivor are filled from the absorbed
one; the absorbed record is soft-deleted with a pointer to the survivor, so
nothing is lost and the merge can be traced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shopcrm.core.clock import now
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers.profiles import get_customer
from shopcrm.customers.search_keys import search_columns
from shopcrm.customers.validation import EDITABLE
from shopcrm.loyalty import tiers
from shopcrm.loyalty.reasons import because
from shopcrm.storage import derived
from shopcrm.storage.models import (
    AuditLog,
    Complaint,
    ContactLog,
    Customer,
    KeyDate,
    PointsEntry,
    Purchase,
    ReferralReward,
    TierChange,
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
}
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
        name: column.model.select().where(column == absorbed.id).count()
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


def merge_customers(survivor_id: int, absorbed_id: int, staff_id: int | None = None) -> MergePlan:
    """Merge `absorbed_id` into `survivor_id` in one transaction."""
    with database.atomic("IMMEDIATE"):
        plan = plan_merge(survivor_id, absorbed_id)
        survivor, absorbed = plan.survivor, plan.absorbed
        # The absorbed record leaves first, so its phone is free for the survivor.
        Customer.update(deleted_at=now(), merged_into=survivor.id).where(
            Customer.id == absorbed.id
        ).execute()
        for column in MOVED.values():
            column.model.update({column: survivor.id}).where(column == absorbed.id).execute()
        if survivor.referred_by_id == absorbed.id:
            Customer.update(referred_by=absorbed.referred_by_id).where(
                Customer.id == survivor.id
            ).execute()
        values = dict(plan.fills)
        values.update(
            search_columns(values.get("name", survivor.name), values.get("phone", survivor.phone))
        )
        if absorbed.tier_id and (not survivor.tier_id or absorbed.tier.rank > survivor.tier.rank):
            values["tier"] = absorbed.tier_id
        values["updated_at"] = now()
        Customer.update(values).where(Customer.id == survivor.id).execute()
        derived.refresh([survivor.id, absorbed.id])
        tiers.reevaluate(get_customer(survivor.id), because("merged", number=absorbed.number))
        AuditLog.create(
            action="merge",
            customer=survivor.id,
            staff=staff_id,
            detail=f"{absorbed.number} -> {survivor.number}: "
            + ", ".join(f"{name}={count}" for name, count in plan.moves.items()),
        )
    return plan

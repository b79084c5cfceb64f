"""The figures at the top of her card, gathered in one place."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from shopcrm import tiers
from shopcrm.completeness import completeness
from shopcrm.customers import get_customer
from shopcrm.models import Customer


@dataclass(frozen=True)
class CustomerSummary:
    customer: Customer
    tier: str | None
    next_tier: str | None
    to_next_tier: Decimal
    tier_progress: float
    clerk: str | None
    referrals_made: int
    completeness: float


def summarize(customer_id: int) -> CustomerSummary:
    customer = get_customer(customer_id)
    upper, remaining = tiers.next_tier(customer)
    floor = customer.tier.threshold if customer.tier_id else Decimal(0)
    span = (upper.threshold - floor) if upper else Decimal(0)
    progress = 1.0 if upper is None or span <= 0 else float(1 - remaining / span)
    return CustomerSummary(
        customer=customer,
        tier=customer.tier.name if customer.tier_id else None,
        next_tier=upper.name if upper else None,
        to_next_tier=remaining,
        tier_progress=max(0.0, min(progress, 1.0)),
        clerk=customer.clerk.name if customer.clerk_id else None,
        referrals_made=Customer.select()
        .where((Customer.referred_by == customer.id) & Customer.deleted_at.is_null())
        .count(),
        completeness=completeness(customer),
    )

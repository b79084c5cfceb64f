"""Which VIP tier a customer's spending earns.

The qualifying rule here is cumulative spend with immediate upgrades; a
customer keeps a tier once earned. Every change is recorded as a TierChange.
"""

from __future__ import annotations

from decimal import Decimal

from shopcrm.models import Customer, Tier, TierChange


def tiers() -> list[Tier]:
    return list(Tier.select().order_by(Tier.rank))


def tier_for_spend(total: Decimal) -> Tier | None:
    return Tier.select().where(Tier.threshold <= total).order_by(Tier.rank.desc()).first()


def next_tier(customer: Customer) -> tuple[Tier | None, Decimal]:
    """The next tier up and how much more she needs to spend to reach it."""
    rank = customer.tier.rank if customer.tier_id else -1
    upper = Tier.select().where(Tier.rank > rank).order_by(Tier.rank).first()
    if upper is None:
        return None, Decimal("0.00")
    return upper, max(upper.threshold - customer.total_spent, Decimal("0.00"))


def reevaluate(customer: Customer, reason: str) -> TierChange | None:
    """Upgrade `customer` if her spend now earns a higher tier; call inside the transaction."""
    earned = tier_for_spend(customer.total_spent)
    current = customer.tier if customer.tier_id else None
    if earned is None or (current is not None and earned.rank <= current.rank):
        return None
    Customer.update(tier=earned).where(Customer.id == customer.id).execute()
    customer.tier = earned
    return TierChange.create(customer=customer, from_tier=current, to_tier=earned, reason=reason)

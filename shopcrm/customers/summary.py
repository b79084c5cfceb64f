"""The figures at the top of her card, gathered in one place."""

from __future__ import annotations

from dataclasses import dataclass

from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.customers.completeness import completeness
from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import referrals, segments, tiers
from shopcrm.loyalty.referrals import ReferralSummary
from shopcrm.loyalty.segments import CustomerValue
from shopcrm.storage.models import Customer


@dataclass(frozen=True)
class CustomerSummary:
    customer: Customer
    tier: str | None
    tier_progress: float
    tier_outlook: str
    clerk: str | None
    referrals: ReferralSummary
    value: CustomerValue
    completeness: float


def _outlook(progress: tiers.TierProgress) -> str:
    if progress.next is None:
        return tr("Highest tier reached")
    if progress.rule == "visits":
        return trn(
            "{n} more visit to reach {tier}",
            "{n} more visits to reach {tier}",
            int(progress.remaining),
        ).format(n=int(progress.remaining), tier=progress.next.name)
    return tr("{amount} more to reach {tier}").format(
        amount=money(progress.remaining), tier=progress.next.name
    )


def summarize(customer_id: int) -> CustomerSummary:
    customer = get_customer(customer_id)
    progress = tiers.progress(customer)
    brought = referrals.summary(customer_id)
    return CustomerSummary(
        customer=customer,
        tier=customer.tier.name if customer.tier_id else None,
        tier_progress=progress.fraction,
        tier_outlook=_outlook(progress),
        clerk=customer.clerk.name if customer.clerk_id else None,
        referrals=brought,
        value=segments.value_of(customer, brought.revenue),
        completeness=completeness(customer),
    )

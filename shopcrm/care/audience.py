"""Who a festival's greeting goes to, and how: one by one, or in her clerk's batch.

Shops greet everyone at a festival with one bulk SMS or WeChat broadcast and
call only the few who matter; here those few are her tier from the owner's
rank up (`personal_greeting_min_tier_rank`), greeted as a task of their own,
and everyone else is in one batch per clerk. Either way only customers who
accept messages are greeted (PRODUCT.md 7): a festival or season greeting is a
message she agreed to, or none. Written once here as SQL, so the plan, the
batch's members and its count cannot disagree.
"""

from __future__ import annotations

from shopcrm.storage import options

GREETED = "c.deleted_at IS NULL AND c.accepts_promotions"
_PERSONAL = "c.tier_id IN (SELECT id FROM tier WHERE rank >= ?)"
PERSONAL = f"{GREETED} AND {_PERSONAL}"
# A customer without a tier is in the batch too.
IN_BATCH = f"{GREETED} AND (c.tier_id IS NULL OR NOT {_PERSONAL})"


def personal_rank() -> int:
    """The lowest tier rank greeted one by one: the value bound to PERSONAL and IN_BATCH."""
    return options.get("personal_greeting_min_tier_rank")

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


def greeted_already(festival: str, batch: str = "NULL") -> str:
    """The condition that a customer `c` was greeted already for this festival and year:
    in another batch handed out or sent, or by a greeting of her own that was done. So
    nobody is greeted twice when her clerk changes, or the owner's tier for one-by-one
    greetings does. `festival` is SQL for the keys' start ("festival:7:2027"), `batch`
    SQL for the batch asking, which does not count."""
    return f"""(c.id IN (SELECT j.value FROM greeting_batch b, json_each(b.members) j
                        WHERE b.key LIKE {festival} || ':%' AND b.members IS NOT NULL
                          AND b.id IS NOT {batch})
              OR EXISTS (SELECT 1 FROM contact_log l JOIN greeting_batch b ON b.id = l.batch_id
                          WHERE l.customer_id = c.id AND b.key LIKE {festival} || ':%')
              OR EXISTS (SELECT 1 FROM follow_up t
                          WHERE t.key = {festival} || ':' || c.id AND t.status = 'done'))"""


def personal_rank() -> int:
    """The lowest tier rank greeted one by one: the value bound to PERSONAL and IN_BATCH."""
    return options.get("personal_greeting_min_tier_rank")

"""Complaints about her sales, each taken through as many of the nine steps as time allowed."""

from __future__ import annotations

import datetime as dt
import random

from shopcrm.demo.shop import Shop, iso
from shopcrm.demo.vocabulary import COMPLAINT_KINDS, COMPLAINTS, STEP_NOTES
from shopcrm.demo.writer import C, History, Row

CHANCE = 0.015  # of a buying customer complaining about her last sale
VOUCHER = 5_000  # fen: the voucher given at step 7
STEP_DELAYS = (0, 0, 0, 0, 0, 1, 1, 2)  # days after the opening each of steps 1-8 is done


def complaint(
    rng: random.Random, shop: Shop, customer: Row, purchase_id: int, days_ago: int, history: History
) -> None:
    """A complaint about the sale `days_ago`, opened within 20 days of it."""
    complaint_id = shop.next_complaint_id
    shop.next_complaint_id += 1
    opened_ago = days_ago - rng.randint(1, min(20, days_ago))
    category = rng.choice(COMPLAINT_KINDS[shop.kind])
    clerk = customer[C["clerk_id"]] or shop.clerk_ids[0]
    # Step 9, the call-back, was made on the day it was due, as a shop that keeps up makes it.
    delays = (*STEP_DELAYS, STEP_DELAYS[-1] + shop.followup_days)
    if opened_ago >= delays[-1]:
        steps, status, current = 9, "closed", 9
    elif opened_ago >= 2:
        steps, status, current = 8, "awaiting_followup", 9
    else:
        steps = rng.randint(1, 5)
        status, current = "open", steps + 1
    opened = shop.stamp(rng, opened_ago)
    done = [opened]
    for delay in delays[1:steps]:
        done.append(max(done[-1], shop.stamp(rng, opened_ago - delay) if delay else opened))
    channel = rng.choice(("counter", "phone", "wechat"))
    severity = rng.choice((1, 2, 2, 2, 3))
    closed = done[-1] if status == "closed" else None
    kind = COMPLAINTS[category]
    result = None
    if steps >= 8:  # the call back is due some days after the result
        result = dt.date.fromisoformat(done[7][:10]) + dt.timedelta(days=shop.followup_days)
    history.complaints.append(
        (complaint_id, customer[C["id"]], purchase_id, opened, channel, category, severity,
         kind.description, status, current, clerk, closed, steps >= 3,
         kind.cause if steps >= 4 else None, kind.solution if steps >= 6 else None,
         "voucher" if steps >= 7 else None, VOUCHER if steps >= 7 else None,
         "yes" if steps >= 8 else None, steps >= 8, iso(result))
    )  # fmt: skip
    history.steps.extend(
        (complaint_id, n + 1, STEP_NOTES[n], clerk, at) for n, at in enumerate(done)
    )

"""Calls and messages a good clerk would have logged: after big sales, on birthdays, when
she stays away, while she is still deciding, and thanks for a friend she brought.

Those of the last fortnight are the care plan's tasks (follow_ups), done with their
contacts: here only the older ones, so that no call is logged twice."""

from __future__ import annotations

import datetime as dt
import random

from shopcrm.care.rules import LOOKBACK_DAYS
from shopcrm.demo.sales import Visit
from shopcrm.demo.shop import Shop
from shopcrm.demo.vocabulary import CONTACTS
from shopcrm.demo.writer import C, History, Row

FOLLOW_UP_FROM = {"clothing": 150_000, "furniture": 800_000}  # fen: call a week after such a sale


def contacts(
    rng: random.Random,
    shop: Shop,
    customer: Row,
    visits: list[Visit],
    birthdays: list[dt.date],
    history: History,
) -> None:
    """Her contact log, from her visits and her birthdays since she registered, oldest first."""
    cid, clerk = customer[C["id"]], customer[C["clerk_id"]]
    channel = customer[C["preferred_channel"]] or "wechat"
    log = history.contacts.append
    for visit in visits:
        called = visit.days_ago - 7
        if (
            visit.total >= FOLLOW_UP_FROM[shop.kind]
            and called > LOOKBACK_DAYS
            and rng.random() < 0.5
        ):
            at = shop.stamp(rng, called)
            log((cid, clerk, at, "phone", "follow_up", *CONTACTS["after_sale"]))
    greeted = (shop.today - birthdays[-1]).days if birthdays else 0
    if visits and greeted > LOOKBACK_DAYS and rng.random() < 0.5:
        at = shop.stamp(rng, greeted)
        log((cid, clerk, at, channel, "birthday", *CONTACTS["birthday"]))
    missed = visits[-1].days_ago - 190 if visits else 0
    if missed > LOOKBACK_DAYS and rng.random() < 0.5:
        at = shop.stamp(rng, missed)
        log((cid, clerk, at, channel, "miss_you", *CONTACTS["miss_you"]))
    if not visits and customer[C["status"]] == "intending" and rng.random() < 0.6:
        at = shop.stamp(rng, shop.days_since(customer[C["created_at"]]) - 2)
        log((cid, clerk, at, "phone", "follow_up", *CONTACTS["still_deciding"]))
    referrer = customer[C["referred_by_id"]]
    if (
        referrer
        and rng.random() < 0.7
        and shop.days_since(customer[C["created_at"]]) > LOOKBACK_DAYS
    ):
        at = customer[C["created_at"]]
        log((referrer, clerk, at, "wechat", "referral_thanks", *CONTACTS["referral_thanks"]))

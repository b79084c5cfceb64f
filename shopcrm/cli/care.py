"""The day's follow-ups and the loyalty catch-up, from the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from shopcrm.cli.common import OK, as_owner, clerk_named, say
from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.text import visible_text
from shopcrm.shop.opening import open_shop

if TYPE_CHECKING:
    from shopcrm.care.batches import BatchRow


def cmd_loyalty(args: argparse.Namespace) -> int:
    from shopcrm.loyalty import upkeep

    open_shop(args.db_path, create=False)
    done = upkeep.catch_up(args.today)
    say(
        tr(
            "Loyalty brought up to date: {points} points lapsed, {moves} tier changes, "
            "{statuses} status changes."
        ).format(points=done.expired_points, moves=done.tier_moves, statuses=done.status_changes)
    )
    if done.visitors_forgotten:
        say(
            trn(
                "{n} visitor who never bought was forgotten, as the shop's settings say.",
                "{n} visitors who never bought were forgotten, as the shop's settings say.",
                done.visitors_forgotten,
            ).format(n=done.visitors_forgotten)
        )
    return OK


def cmd_followups(args: argparse.Namespace) -> int:
    from shopcrm.care import batches, followups, rules

    open_shop(args.db_path, create=False)
    day = args.date or clock.today()
    clerk = clerk_named(args.clerk) if args.clerk else None
    rules.plan(day)
    share = followups.day_share(day, clerk.id if clerk else None)
    if args.json:
        say(json.dumps(followups.as_dicts(share.rows), ensure_ascii=False, indent=1))
        return OK
    greetings = batches.batches_of(day, clerk.id if clerk else None)
    say(tr("Follow-ups for {date}: {n}").format(date=day.isoformat(), n=len(share.rows)))
    if greetings:
        say(f"\n== {tr('Greetings to many')} ({len(greetings)}) ==")
        for batch in greetings:
            say(visible_text(batch_line(batch)))
    for group, members in followups.grouped(share.rows):
        say(f"\n== {followups.kind_label(group)} ({len(members)}) ==")
        for row in members:
            who = " ".join(part for part in (row.customer, row.phone) if part)
            late = f"  {tr('overdue')}" if row.overdue else ""
            # A terminal takes what it is sent: nothing invisible reaches it.
            line = f"{row.due_on.isoformat()}  {who}  [{row.clerk}]  {followups.reason(row)}{late}"
            say(visible_text(line))
    if share.waiting:
        say("\n" + waiting_words(share.waiting))
    return OK


def batch_line(batch: BatchRow) -> str:
    """One batch in a line: its number (for `shopcrm batch`), what, whose, how many."""
    counts = trn(
        "{n} customer, {sms} by text message",
        "{n} customers, {sms} by text message",
        batch.members,
    ).format(n=batch.members, sms=batch.mobiles)
    whose = batch.clerk or tr("no clerk")
    return f"#{batch.id}  {batch.on.isoformat()}  {batch.festival}  [{whose}]  {counts}"


def waiting_words(waiting: int) -> str:
    return trn(
        "{n} more follow-up waits for the next days (the daily load is full).",
        "{n} more follow-ups wait for the next days (the daily load is full).",
        waiting,
    ).format(n=waiting)


def cmd_batch(args: argparse.Namespace) -> int:
    """Write a greeting batch's SMS file, or mark it sent, as the owner."""
    from shopcrm.care import batches

    open_shop(args.db_path, create=False)
    actor = as_owner(args)
    if args.action == "export":
        if not args.out:
            raise ShopError(tr("Say where to write the SMS file: shopcrm batch export ID OUT.csv"))
        for line in batches.export_sms(actor, args.id, Path(args.out)).words():
            say(line)
        return OK
    logged = batches.mark_sent(actor, args.id, args.channel)
    say(
        trn("Marked sent: {n} contact logged.", "Marked sent: {n} contacts logged.", logged).format(
            n=logged
        )
    )
    return OK

"""The day's follow-ups and the loyalty catch-up, from the command line."""

from __future__ import annotations

import argparse
import json

from shopcrm.cli.common import OK, clerk_named, say
from shopcrm.core import clock
from shopcrm.core.i18n import tr, trn
from shopcrm.core.text import visible_text
from shopcrm.shop.opening import open_shop


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
    from shopcrm.care import followups, rules

    open_shop(args.db_path, create=False)
    day = args.date or clock.today()
    clerk = clerk_named(args.clerk) if args.clerk else None
    rules.plan(day)
    rows = followups.day_list(day, clerk.id if clerk else None)
    if args.json:
        say(json.dumps(followups.as_dicts(rows), ensure_ascii=False, indent=1))
        return OK
    say(tr("Follow-ups for {date}: {n}").format(date=day.isoformat(), n=len(rows)))
    for group, members in followups.grouped(rows):
        say(f"\n== {followups.kind_label(group)} ({len(members)}) ==")
        for row in members:
            who = " ".join(part for part in (row.customer, row.phone) if part)
            # A terminal takes what it is sent: nothing invisible reaches it.
            line = f"{row.due_on.isoformat()}  {who}  [{row.clerk}]  {followups.reason(row)}"
            say(visible_text(line))
    return OK

"""The shop's stored value and gifts from the command line, for the owner's books."""

from __future__ import annotations

import argparse
import json

from shopcrm.cli.common import OK, as_owner, say
from shopcrm.core import clock
from shopcrm.core.i18n import tr
from shopcrm.core.money import money
from shopcrm.shop.opening import open_shop


def cmd_wallet(args: argparse.Namespace) -> int:
    from shopcrm.wallet import gifts, stored_value

    open_shop(args.db_path, create=False)
    today = clock.today()
    first = args.since or today.replace(day=1, month=1)
    report = stored_value.liability(as_owner(args), first, today)
    spending = gifts.month_spending(today)
    if args.json:
        found = {
            "held": str(report.held),
            "bonus_held": str(report.bonus_held),
            "customers": report.customers,
            "months": [
                {
                    "month": m.month,
                    "paid_in": str(m.paid_in),
                    "bonus": str(m.bonus),
                    "spent": str(m.spent),
                    "refunded": str(m.refunded),
                }
                for m in report.months
            ],
            "gifts_this_month": {
                "handed": str(spending.handed),
                "waiting": str(spending.waiting),
                "budget": str(spending.budget),
            },
        }
        say(json.dumps(found, ensure_ascii=False, indent=1))
        return OK
    lines = [report.words()]
    lines += [
        tr("{month}: {paid} paid in, {bonus} bonus, {spent} spent, {refunded} refunded").format(
            month=m.month,
            paid=money(m.paid_in),
            bonus=money(m.bonus),
            spent=money(m.spent),
            refunded=money(m.refunded),
        )
        for m in report.months
    ]
    lines.append(spending.words())
    say("\n".join(lines))
    return OK

"""What the commands share: saying things, reading the shop's words typed on the line."""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal

from shopcrm.core.calendar_dates import SHOP_YEARS
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.storage.models import Staff

OK, PROBLEMS, UNUSABLE, DAMAGED, BLOCKED = 0, 1, 2, 3, 4
FIRST_DAY = dt.date(SHOP_YEARS.start, 1, 1)
LAST_DAY = dt.date(SHOP_YEARS.stop - 1, 12, 31)


def say(message: str) -> None:
    print(message, flush=True)


def day(text: str) -> dt.date:
    """A YYYY-MM-DD date on the command line, within the days a shop can have."""
    try:
        found = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-08.").format(text=text)
        ) from None
    if not FIRST_DAY <= found <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            tr("{text}: choose a day from {first} to {last}.").format(
                text=text, first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            )
        )
    return found


def amount(text: str) -> Decimal:
    from shopcrm.core.money import AmountError, parse_yuan

    try:
        return parse_yuan(text)
    except AmountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def clerk_named(name: str) -> Staff:
    """The clerk called `name`, or a message listing the clerks there are."""
    clerk = Staff.get_or_none(Staff.name == name.strip())
    if clerk is None:
        names = ", ".join(s.name for s in Staff.select().order_by(Staff.name))
        raise ShopError(
            tr("No clerk is called {name}; the clerks are: {names}.").format(name=name, names=names)
        )
    return clerk

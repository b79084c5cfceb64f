"""Her tier's birthday voucher: given in the week before her birthday, once a year.

The daily catch-up gives it, so a shop opened only now and then still gives it on
the first start inside that week; it stays valid a week after her day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from shopcrm.care import rules
from shopcrm.storage import busy
from shopcrm.storage.models import Customer, Tier, Voucher, database
from shopcrm.wallet import vouchers

AHEAD_DAYS = 7
AFTER_DAYS = 7


def give_birthday_vouchers(today: dt.date) -> int:
    """Give the vouchers of the birthdays from today to a week ahead; returns how many
    were new. The week's birthdays are read with no write lock held, and the vouchers
    written in paced chunks (busy.paced): each is given once (by its key), so a run cut
    short is finished by the next."""
    with database.atomic():
        days = dict(rules.birthday_dates(today, today + dt.timedelta(days=AHEAD_DAYS)))
    return busy.paced_writes(sorted(days), lambda chunk: _give(chunk, days, today))


def _give(customer_ids: Sequence[int], days: dict[int, dt.date], today: dt.date) -> int:
    chosen = (
        Customer.select(Customer.id, Tier.birthday_voucher)
        .join(Tier)
        .where(Customer.id.in_(list(customer_ids)), Tier.birthday_voucher > 0)
    )
    given = 0
    for customer in chosen:
        on = days[customer.id]
        key = f"birthday:{customer.id}:{on.year}"
        if Voucher.select().where(Voucher.source_key == key).exists():
            continue
        terms = vouchers.Terms(
            value=customer.tier.birthday_voucher,
            valid_from=today,
            valid_to=on + dt.timedelta(days=AFTER_DAYS),
        )
        vouchers.write(customer.id, terms, "birthday", key=key)
        given += 1
    return given

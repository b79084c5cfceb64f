"""Her tier's birthday voucher: given in the week before her birthday, once a year.

The daily catch-up gives it, so a shop opened only now and then still gives it on
the first start inside that week; it stays valid a week after her day.
"""

from __future__ import annotations

import datetime as dt

from shopcrm.care import rules
from shopcrm.storage.models import Customer, Tier, Voucher
from shopcrm.wallet import vouchers

AHEAD_DAYS = 7
AFTER_DAYS = 7


def give_birthday_vouchers(today: dt.date) -> int:
    """Give the vouchers of the birthdays from today to a week ahead; returns how many
    were new. Call inside the caller's transaction; each is given once (by its key)."""
    days = dict(rules.birthday_dates(today, today + dt.timedelta(days=AHEAD_DAYS)))
    if not days:
        return 0
    chosen = (
        Customer.select(Customer.id, Tier.birthday_voucher)
        .join(Tier)
        .where(Customer.id.in_(list(days)), Tier.birthday_voucher > 0)
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

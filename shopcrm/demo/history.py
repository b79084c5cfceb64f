"""What happened to each customer after she registered: sales, a complaint now and then,
and the clerk's contacts, generated customer by customer in date order."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from shopcrm.demo import complaints
from shopcrm.demo.contacts import contacts
from shopcrm.demo.sales import Visit, birthdays, sales
from shopcrm.demo.shop import Shop
from shopcrm.demo.writer import C, History, Row


def history_rows(customers: Sequence[Row], rng: random.Random, shop: Shop) -> History:
    """Sales, points, tier upgrades, complaints and contacts of these customers."""
    history = History()
    for customer in customers:
        visits: list[Visit] = []
        her_birthdays: list[dt.date] = []
        if customer[C["status"]] == "customer":
            her_birthdays = birthdays(shop, customer)
            visits = sales(rng, shop, customer, her_birthdays, history)
            last = visits[-1]
            if rng.random() < complaints.CHANCE and last.days_ago > 0:
                complaints.complaint(rng, shop, customer, last.purchase_id, last.days_ago, history)
        contacts(rng, shop, customer, visits, her_birthdays, history)
    return history

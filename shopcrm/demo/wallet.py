"""Wallets for the demo's customers: vouchers, stored value, the gifts of its events.

The shop takes top-ups with a bonus. Some of the best customers topped up in the last
year and paid part of a later sale from it; the complaints that reached step 7 gave
a voucher; the owner gives her best customers an anniversary voucher each year, this
year's running out over the coming weeks, so a few reminders are due; each event's
gift handed at the door is in the guest's wallet. A few hundred rows, whatever the size of the shop:
the customers come from indexed queries of the best and the complaints.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from shopcrm.core.money import from_fen, to_fen, to_money
from shopcrm.demo.complaints import VOUCHER
from shopcrm.demo.shop import Shop
from shopcrm.staff import accounts
from shopcrm.storage import derived, options
from shopcrm.storage.models import BalanceEntry, Voucher, database
from shopcrm.wallet import stored_value, vouchers

BONUS_STEPS = "500:50, 1000:150, 2000:400"
TOP_UPS = (Decimal(500), Decimal(1000), Decimal(1000), Decimal(2000))
TOPPED_UP = 60  # of the best customers, who keep a balance
ANNIVERSARY = 80  # of the best customers, who were given the anniversary voucher
ANNIVERSARY_VALUE, ANNIVERSARY_FLOOR = Decimal(50), Decimal(500)
VOUCHER_DAYS = 90


def _best(count: int) -> list[int]:
    return [
        row[0]
        for row in database.execute_sql(
            "SELECT id FROM customer WHERE deleted_at IS NULL"
            " ORDER BY total_spent DESC, id LIMIT ?",
            (count,),
        )
    ]


def _code(rng: random.Random, taken: set[str]) -> str:
    while True:
        code = "".join(rng.choice(vouchers.ALPHABET) for _ in range(vouchers.CODE_LENGTH))
        if code not in taken:
            taken.add(code)
            return code


def _voucher(customer_id: int, code: str, source: str, key: str | None, start: dt.date) -> dict:
    owners = source == "owner"
    return {
        "customer": customer_id,
        "code": code,
        "kind": "amount",
        "value": ANNIVERSARY_VALUE if owners else from_fen(VOUCHER),
        "min_spend": ANNIVERSARY_FLOOR if owners else Decimal(0),
        "valid_from": start,
        "valid_to": start + dt.timedelta(days=VOUCHER_DAYS - 1),
        "categories": "",
        "source": source,
        "source_key": key,
        "reason": "周年店庆" if owners else "",
        "issued_at": dt.datetime.combine(start, dt.time(10)),
    }


def _vouchers(rng: random.Random, shop: Shop, owner: int | None) -> None:
    taken: set[str] = set()
    rows = [
        _voucher(customer_id, _code(rng, taken), "complaint", f"complaint:{complaint}:1", day)
        for complaint, customer_id, day in (
            (row[0], row[1], dt.date.fromisoformat(row[2][:10]))
            for row in database.execute_sql(
                "SELECT id, customer_id, opened_at FROM complaint"
                " WHERE compensation = 'voucher' AND current_step > 7"
            )
        )
    ]
    for customer_id in _best(ANNIVERSARY):
        start = shop.today - dt.timedelta(days=VOUCHER_DAYS - rng.randint(3, 60))
        for year_ago in (365, 0):  # last year's ran out unused
            day = start - dt.timedelta(days=year_ago)
            rows.append(_voucher(customer_id, _code(rng, taken), "owner", None, day))
    for row in rows:
        row["issued_by"] = owner if row["source"] == "owner" else None
    Voucher.insert_many(rows).execute()


def _balances(rng: random.Random, shop: Shop, owner: int | None) -> None:
    """Top-ups in the last year, each with part of a later sale paid from it."""
    held: list[int] = []
    pool = _best(TOPPED_UP * 3)
    for customer_id in rng.sample(pool, min(TOPPED_UP, len(pool))):
        paid = rng.choice(TOP_UPS)
        bonus = stored_value.bonus_for(paid)
        day = shop.today - dt.timedelta(days=rng.randint(20, 365))
        at = dt.datetime.combine(day, dt.time(rng.randint(10, 20), rng.randrange(60)))
        BalanceEntry.create(
            customer=customer_id,
            kind="top_up",
            amount=paid + bonus,
            bonus=bonus,
            payment=rng.choice(("wechat", "alipay", "cash")),
            staff=owner,
            created_at=at,
        )
        sale = database.execute_sql(
            "SELECT id, total, created_at FROM purchase"
            " WHERE customer_id = ? AND date > ? AND total > 0 ORDER BY date LIMIT 1",
            (customer_id, day.isoformat()),
        ).fetchone()
        held.append(customer_id)
        if sale is None:
            continue
        amount = min(from_fen(sale[1]), to_money((paid + bonus) * rng.randint(2, 8) / 10))
        share = stored_value.bonus_share(stored_value.holding(customer_id), amount)
        database.execute_sql(
            "UPDATE purchase SET from_balance = ? WHERE id = ?", (to_fen(amount), sale[0])
        )
        BalanceEntry.create(
            customer=customer_id,
            kind="spent",
            amount=-amount,
            bonus=-share,
            purchase=sale[0],
            created_at=sale[2],
        )
    derived.refresh(held)


def _event_gifts() -> None:
    database.execute_sql(
        """INSERT INTO gift (customer_id, description, cost, source, source_key, reason,
                             status, issued_by_id, issued_at, handed_by_id, handed_at,
                             cancel_reason)
           SELECT g.customer_id, e.gift, 0, 'event', 'event_guest:' || g.id, '', 'handed',
                  g.gift_by_id, g.arrived_at, g.gift_by_id, g.arrived_at, ''
             FROM event_guest g JOIN event e ON e.id = g.event_id
            WHERE g.gift_given AND e.gift <> ''"""
    )


def fill_wallets(rng: random.Random, shop: Shop) -> None:
    """The demo's wallets, written in its transaction after the events."""
    options.set_many({"stored_value": "yes", "top_up_bonus": BONUS_STEPS})
    owner = accounts.owner()
    owner_id = owner.id if owner else None
    _vouchers(rng, shop, owner_id)
    _balances(rng, shop, owner_id)
    _event_gifts()

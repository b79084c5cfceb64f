"""Her sales, in date order: what she bought, what she paid, the points and tiers they brought.

Each sale is priced as the till prices it (demo.pricing, checked against
sales.pricing.quote): her tier as it stood that day, her birthday (solar or
lunar) by the calendar the till uses, a referred friend's first purchase.
Points are earned as points.earned_for, tiers move as tiers.reevaluate moves
them, and the friend's first purchase rewards her referrer as
referrals.convert does.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from shopcrm.core.calendar_dates import occurrences
from shopcrm.demo.draws import Weighted, below, pick
from shopcrm.demo.pricing import Rates, TierRule
from shopcrm.demo.shop import Shop
from shopcrm.demo.vocabulary import BOTTOM_SIZES, COMMUNITIES, TOP_SIZES, Product
from shopcrm.demo.writer import C, History, Row
from shopcrm.loyalty.reasons import because

ITEMS_PER_SALE = Weighted([(1, 50), (2, 30), (3, 13), (4, 7)])
# Yearly visits of a buyer = base rate x Pareto(ALPHA) capped: most come once or twice,
# a few every week, so about 20% of customers bring 75-80% of the spending.
SALES_PER_YEAR = {"clothing": 0.8, "furniture": 0.1}
ALPHA, CAP = 0.8, 60
BIRTHDAY_VISITS = 0.15  # of her birthdays she comes in for the birthday discount
# How a shop's customers pay, one entry per 5%: WeChat Pay and Alipay lead, then card and cash.
PAYMENTS = ("wechat",) * 9 + ("alipay",) * 6 + ("card",) * 2 + ("cash",) * 2 + ("other",)
# An item line: its ITEM_COLUMNS values after purchase_id, then the room.
QUANTITY, PRICE, ROOM = 6, 7, 8


class Visit(NamedTuple):
    """A sale she came in for (returns are not visits)."""

    days_ago: int
    purchase_id: int
    total: int  # fen


@dataclass
class Ledger:
    """One customer's running figures while her sales are generated in date order.

    `points` is her balance from her own sales, lapsed at each new year as
    points.expire_points does. A referral credit can only add to her real
    balance, so a return these points cover is one points.earned_for takes
    back in full: its floor at her balance never comes into play.
    """

    spent: int = 0
    visits: int = 0  # sales so far, returns not counted: her visit_count
    points: int = 0
    tier: TierRule | None = None
    last_at: str = ""  # the time of her latest sale: a later one that day comes after it
    last_items: list[Row] = field(default_factory=list)
    credits: list[tuple[str, int]] = field(default_factory=list)  # (expires on, points)
    debits: int = 0  # returns and lapses so far, <= 0
    year: int = 0  # the year her ledger has been lapsed up to

    def lapse_until(self, year: int) -> None:
        """Lapse what expired at each new year up to `year`, by the same sums as the app."""
        for new_year in range(max(self.year, year - 5) + 1, year + 1):
            last_day = f"{new_year - 1}-12-31"
            lapsing = sum(p for expires, p in self.credits if expires <= last_day) + self.debits
            if lapsing > 0:
                self.debits -= lapsing
                self.points -= lapsing
        self.year = year


def birthdays(shop: Shop, customer: Row) -> list[dt.date]:
    """Her birthdays from the day she registered to today, solar or lunar, as the till
    finds them (sales.pricing.is_birthday uses the same calendar)."""
    born = customer[C["birth_date"]]
    if not born:
        return []
    registered = dt.date.fromisoformat(customer[C["created_at"]][:10])
    month, day = int(born[5:7]), int(born[8:10])
    lunar = bool(customer[C["birthday_lunar"]])
    return list(occurrences(month, day, lunar, registered, shop.today))


def _visit_days(rng: random.Random, shop: Shop, since: int, birthdays_ago: list[int]) -> list[int]:
    """Days-ago of her visits, oldest first. A Pareto rate gives the 80/20 of spending;
    now and then her birthday discount brings her in."""
    rate = min(rng.paretovariate(ALPHA), CAP) * SALES_PER_YEAR[shop.kind]
    stop = rng.randint(0, since) if rng.random() < 0.5 else 0  # half drift away at some point
    extra = int(rate * (since - stop) / 365 + rng.random())
    days = [stop + below(rng, since - stop + 1) for _ in range(extra)]
    days.extend(d for d in birthdays_ago if stop <= d < since and rng.random() < BIRTHDAY_VISITS)
    return [since, *sorted(days, reverse=True)]


@cache
def _reason(code: str, day: str) -> tuple[str, ...]:
    """The stored reason of a sale or return that day: made once a day, used a million times."""
    return tuple(because(code, date=day).columns().values())


def _line(rng: random.Random, shop: Shop, customer: Row, iso_day: str) -> Row:
    """One item. Price, colour and material follow from the style number, as in a real range."""
    month = int(iso_day[5:7])
    goods = shop.goods
    product = pick(rng, goods.seasonal[month])
    serial = below(rng, 1000)
    if shop.kind == "clothing":
        style = f"{goods.season_letters[month - 1]}{iso_day[2:4]}-{product.code}{serial:03d}"
        step, size, room = 10, _item_size(rng, product, customer), None
    else:
        style = f"{product.code}-{iso_day[2:4]}{serial:03d}"
        step, size, room = 100, None, product.place
    # Most of a range sells near its low end; the serial fixes where in the range it is.
    share = ((serial * 7919) % 1000 / 1000) ** 2
    price = product.low + int(share * (product.high - product.low)) // step * step
    quantity = pick(rng, product.quantities)
    if shop.kind == "clothing" and rng.random() < 0.05:
        quantity = 2
    return (
        style,
        f"{product.models[serial % len(product.models)]}{product.category}",
        product.category,
        size,
        goods.colours[serial % len(goods.colours)],
        product.materials[serial % len(product.materials)],
        quantity,
        price * 100,
        room,
    )


def _item_size(rng: random.Random, product: Product, customer: Row) -> str | None:
    """Her size when the clerk knows it, else a common one."""
    if product.place == "shoe":
        return customer[C["size_shoe"]] or str(rng.randint(35, 40))
    if product.place == "bottom":
        return customer[C["size_bottom"]] or pick(rng, BOTTOM_SIZES["female"])
    if product.place == "top":
        return customer[C["size_top"]] or pick(rng, TOP_SIZES["female"])
    return None


def _sale(
    rng: random.Random,
    shop: Shop,
    customer: Row,
    days_ago: int,
    on_birthdays: frozenset[str],
    ledger: Ledger,
    history: History,
) -> tuple[int, int]:
    """One sale (now and then a return of a piece of the last one): (purchase id, total)."""
    purchase_id = shop.next_purchase_id
    shop.next_purchase_id += 1
    day = shop.days[days_ago]
    ledger.lapse_until(int(day[:4]))
    first = ledger.visits == 0
    lines = _return_line(rng, shop.rates, ledger) or [
        _line(rng, shop, customer, day) for _ in range(ITEMS_PER_SALE(rng))
    ]
    rule = ledger.tier
    cid, referrer = customer[C["id"]], customer[C["referred_by_id"]]
    subtotal = sum(line[QUANTITY] * line[PRICE] for line in lines)
    price = shop.rates.price(subtotal, rule, day in on_birthdays, first and referrer is not None)
    total = price.total
    earned = shop.rates.points(total, rule)
    clerk = customer[C["clerk_id"]] if rng.random() < 0.8 else pick(rng, shop.clerk_ids)
    # She registers at her first purchase; a second one that day comes later.
    at = max(customer[C["created_at"]], shop.stamp(rng, days_ago), ledger.last_at)
    ledger.last_at = at
    delivery = _delivery(rng, shop, customer, days_ago, lines)
    history.purchases.append(
        (purchase_id, cid, day, clerk, price.subtotal, price.discount, total, earned,
         PAYMENTS[purchase_id * 7919 % len(PAYMENTS)], *delivery, at)
    )  # fmt: skip
    history.items.extend((purchase_id, *line[:ROOM]) for line in lines)
    if earned > 0:
        reason = _reason("sale", day)
        expiry = shop.expiry[int(day[:4])]
        history.points.append((cid, purchase_id, "earned", earned, *reason, clerk, at, expiry))
        if expiry:
            ledger.credits.append((expiry, earned))
    elif earned < 0:
        reason = _reason("return", day)
        history.points.append((cid, purchase_id, "adjusted", earned, *reason, clerk, at, None))
    if first and referrer:
        _reward(shop, customer, purchase_id, price.referral, at, history)
    ledger.spent += total
    ledger.points += earned
    ledger.debits += min(earned, 0)
    if total >= 0:
        ledger.visits += 1
    if total > 0:
        ledger.last_items = lines
        reached = shop.rates.tier_for(ledger.spent)
        if reached is not None and reached is not rule:
            reason = _reason("sale", day)
            history.tier_changes.append(
                (cid, rule.id if rule else None, reached.id, rule.name if rule else None,
                 reached.name, *reason, at)
            )  # fmt: skip
            ledger.tier = reached
    return purchase_id, total


def _reward(
    shop: Shop, friend: Row, purchase_id: int, friend_discount: int, at: str, history: History
) -> None:
    """Her first purchase converts the referral: the referrer's reward, granted once."""
    given = shop.rewards
    referrer = friend[C["referred_by_id"]]
    voucher = int(given.referrer_voucher * 100)
    history.rewards.append(
        (friend[C["id"]], referrer, purchase_id, at[:10], given.referrer_points,
         given.referrer_gift, voucher, friend_discount, at)
    )  # fmt: skip
    if given.referrer_points:
        reason = because("referral", name=friend[C["name"]]).columns().values()
        expiry = shop.expiry[int(at[:4])]
        history.points.append(
            (referrer, None, "earned", given.referrer_points, *reason, None, at, expiry)
        )


def _return_line(rng: random.Random, rates: Rates, ledger: Ledger) -> list[Row] | None:
    """Now and then she brings back one piece of her last sale, unless that would undo her
    tier or take back more points than she still has."""
    if not ledger.last_items or rng.random() >= 0.02:
        return None
    line = rng.choice(ledger.last_items)
    floor = ledger.tier.threshold if ledger.tier else 0
    taken = rates.points(-line[PRICE], ledger.tier)
    if ledger.spent - line[PRICE] < floor or ledger.points + taken < 0:
        return None
    return [(*line[:QUANTITY], -1, *line[PRICE:])]


def _delivery(
    rng: random.Random, shop: Shop, customer: Row, days_ago: int, lines: list[Row]
) -> Row:
    """(note, delivery address, room, delivery date, installation date) of a sale."""
    if shop.kind != "furniture" or lines[0][QUANTITY] < 0:
        note = shop.goods.alteration_note if rng.random() < 0.02 else None
        return note, None, None, None, None
    delivered = max(0, days_ago - rng.randint(3, 15))
    installed = max(0, delivered - rng.randint(0, 1))
    address = customer[C["address"]] or rng.choice(COMMUNITIES)
    return None, address, lines[0][ROOM], shop.days[delivered], shop.days[installed]


def sales(
    rng: random.Random, shop: Shop, customer: Row, her_birthdays: list[dt.date], history: History
) -> list[Visit]:
    """All her sales since she registered, oldest first; returns her visits.

    She starts in the tier the lowest spending reaches, as registering gives her.
    """
    visits = []
    ledger = Ledger(tier=shop.rates.tier_for(0))
    since = shop.days_since(customer[C["created_at"]])
    birthdays_ago = [(shop.today - day).days for day in her_birthdays]
    on_birthdays = frozenset(day.isoformat() for day in her_birthdays)
    for day in _visit_days(rng, shop, since, birthdays_ago):
        purchase_id, total = _sale(rng, shop, customer, day, on_birthdays, ledger, history)
        if total >= 0:
            visits.append(Visit(day, purchase_id, total))
    return visits

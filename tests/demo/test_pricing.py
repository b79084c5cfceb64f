"""Every demo sale costs what the till would have charged her that day, and earns what it would.

The demo prices in integers for speed (shopcrm.demo.pricing); here each of its
sales is priced again by sales.pricing.quote and points.earned_for, for the
customer as she was on the day of the sale: the tier her spending had reached
by then, the visits she had made, her points balance at that moment.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal

import pytest
from peewee import SqliteDatabase

from shopcrm.demo.generator import fill_demo
from shopcrm.loyalty import points
from shopcrm.sales.pricing import SaleLine, quote
from shopcrm.storage import settings
from shopcrm.storage.models import (
    Customer,
    PointsEntry,
    Purchase,
    PurchaseItem,
    ReferralReward,
    Tier,
    TierChange,
)


@dataclass(frozen=True)
class Shop:
    kind: str
    customers: int
    settings: dict[str, str]


SHOPS = {
    "clothing": Shop("clothing", 500, {}),
    "furniture": Shop("furniture", 600, {}),
    # Rates the integer arithmetic must not round: a point per ¥3, a fractional percentage.
    "odd rates": Shop(
        "clothing",
        300,
        {"points_per_yuan": "0.3333", "referral_friend_discount_pct": "7.5"},
    ),
}


@pytest.fixture(params=list(SHOPS))
def shop(request: pytest.FixtureRequest, db: SqliteDatabase) -> Shop:
    chosen = SHOPS[request.param]
    for key, value in chosen.settings.items():
        settings.put(key, value)
    fill_demo(chosen.customers, seed=11, kind=chosen.kind)
    return chosen


def _ledgers() -> dict[int, list[PointsEntry]]:
    """Each customer's points entries in the order they were written."""
    entries = defaultdict(list)
    for entry in PointsEntry.select().order_by(PointsEntry.created_at, PointsEntry.id):
        entries[entry.customer_id].append(entry)
    return entries


def _balance_before(entries: list[PointsEntry], purchase: Purchase) -> int:
    """Her balance just before the sale: what was written earlier, her earlier sales at the
    same moment included (a credit from someone else at that very moment is left out)."""
    return sum(
        e.points
        for e in entries
        if e.created_at < purchase.created_at
        or (e.created_at == purchase.created_at and e.purchase_id and e.purchase_id < purchase.id)
    )


def _tier_reached(ladder: list[Tier], spent: Decimal, held: Tier) -> Tier:
    """The preset rule: the highest tier total spending reaches, never down."""
    reached = [t for t in ladder if t.threshold <= max(spent, 0)][-1]
    return reached if reached.rank > held.rank else held


def _as_she_was(customer: Customer, tier: Tier, visits: int) -> Customer:
    """The customer as the till saw her before a sale: her tier and visits then."""
    return Customer(
        id=customer.id,
        birth_date=customer.birth_date,
        birthday_lunar=customer.birthday_lunar,
        referred_by=customer.referred_by_id,
        visit_count=visits,
        tier=tier,
    )


@pytest.mark.usefixtures("shop")
def test_every_sale_is_priced_and_rewarded_as_the_till_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (settings.get("tier_rule"), settings.get("tier_downgrade")) == ("cumulative", "never")
    ladder = list(Tier.select().order_by(Tier.rank))
    lines = defaultdict(list)
    for item in PurchaseItem.select():
        lines[item.purchase_id].append(SaleLine(item.unit_price, item.quantity))
    rewards = {r.purchase_id: r for r in ReferralReward.select()}
    ledgers = _ledgers()
    # earned_for floors a return at her balance: the balance she had then, not today's.
    balance_then: dict[int, int] = {}
    monkeypatch.setattr(points, "balance", lambda customer_id: balance_then[customer_id])
    seen: Counter[str] = Counter()
    for customer in Customer.select():
        held, spent, visits, moves = ladder[0], Decimal(0), 0, []
        her_sales = Purchase.select().where(Purchase.customer == customer.id)
        for purchase in her_sales.order_by(Purchase.id):
            then = _as_she_was(customer, held, visits)
            priced = quote(then, lines[purchase.id], purchase.date)
            sale = (purchase.id, purchase.subtotal, purchase.discount, purchase.total)
            assert (purchase.id, priced.subtotal, priced.discount, priced.total) == sale
            balance_then[customer.id] = _balance_before(ledgers[customer.id], purchase)
            assert points.earned_for(then, priced.total) == purchase.points, purchase.id
            assert balance_then[customer.id] + purchase.points >= 0, purchase.id
            if priced.referral_discount:
                assert rewards[purchase.id].friend_discount == priced.referral_discount
            birthday = "lunar birthday" if customer.birthday_lunar else "birthday"
            found = {
                "tier": priced.tier_discount,
                birthday: priced.birthday_discount,
                "referral": priced.referral_discount,
                "return": priced.total < 0,
            }
            seen.update(kind for kind, present in found.items() if present)
            spent += purchase.total
            if purchase.total >= 0:
                visits += 1
            reached = _tier_reached(ladder, spent, held)
            if reached != held:
                moves.append((held.id, reached.id))
                held = reached
        changes = TierChange.select().where(TierChange.customer == customer.id)
        assert [(c.from_tier_id, c.to_tier_id) for c in changes.order_by(TierChange.id)] == moves
    # Not a vacuous pass: every discount, and returns, did come up.
    kinds = ("tier", "birthday", "lunar birthday", "referral", "return")
    assert min(seen[kind] for kind in kinds) > 0, seen

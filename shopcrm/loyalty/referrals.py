"""Who brought whom (老带新), and the rewards when the friend first buys.

A referral converts at the friend's first purchase. The rewards set by the
owner at that moment are granted then, exactly once: one ReferralReward row
per friend (unique in the database), the referrer's points in the ledger,
and the gift and voucher in the referrer's wallet, for the clerk to hand over. The friend's
extra first-purchase discount is priced by sales.quote.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core.clock import now
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import points
from shopcrm.loyalty.reasons import because
from shopcrm.storage import options
from shopcrm.storage.models import AuditLog, Customer, Purchase, ReferralReward, database
from shopcrm.wallet import gifts, vouchers


@dataclass(frozen=True)
class Rewards:
    """The rewards the shop currently gives for a converted referral."""

    referrer_points: int
    referrer_gift: str
    referrer_voucher: Decimal
    friend_discount_pct: Decimal


@dataclass(frozen=True)
class ReferredFriend:
    customer_id: int
    number: str
    name: str
    converted_on: dt.date | None
    spent: Decimal


@dataclass(frozen=True)
class ReferralSummary:
    """The referrals on her card: made, converted, and the revenue they brought."""

    made: int
    converted: int
    revenue: Decimal
    rewards: list[ReferralReward]
    friends: list[ReferredFriend]


@dataclass(frozen=True)
class ReferralRate:
    """Customers who brought at least one buyer, among all buying customers, against the goal."""

    referrers: int
    buyers: int
    goal_pct: Decimal

    @property
    def rate(self) -> float:
        return self.referrers / self.buyers if self.buyers else 0.0

    @property
    def goal_met(self) -> bool:
        return self.buyers > 0 and self.rate * 100 >= self.goal_pct


def rewards() -> Rewards:
    return Rewards(
        options.get("referral_points"),
        options.get("referral_gift"),
        options.get("referral_voucher"),
        options.get("referral_friend_discount_pct"),
    )


def first_purchase_pct(customer: Customer) -> Decimal:
    """Her extra discount in % if she was referred and has not bought yet."""
    if not customer.referred_by_id or customer.visit_count:
        return Decimal(0)
    return rewards().friend_discount_pct


def set_referrer(friend_id: int, referrer_id: int | None, staff_id: int | None = None) -> Customer:
    """Record (or clear) who brought `friend_id`, on the card."""
    with database.atomic("IMMEDIATE"):
        friend = get_customer(friend_id)
        rewarded = ReferralReward.get_or_none(ReferralReward.friend == friend_id)
        if rewarded is not None and rewarded.referrer_id != referrer_id:
            raise ValidationError(
                {
                    "referred_by": tr(
                        "{name}'s referral was already rewarded; it can no longer change."
                    ).format(name=friend.name)
                }
            )
        if referrer_id is not None:
            _check_referrer(friend, referrer_id)
        Customer.update(referred_by=referrer_id, updated_at=now()).where(
            Customer.id == friend_id
        ).execute()
        AuditLog.create(
            action="referrer", customer=friend_id, staff=staff_id, detail=str(referrer_id or "")
        )
    return get_customer(friend_id)


def _check_referrer(friend: Customer, referrer_id: int) -> None:
    if referrer_id == friend.id:
        raise ValidationError({"referred_by": tr("A customer cannot refer themselves.")})
    referrer = Customer.get_or_none(Customer.id == referrer_id, Customer.deleted_at.is_null())
    if referrer is None:
        raise ValidationError(
            {"referred_by": tr("Choose the referrer from the customer list; that one is gone.")}
        )
    seen = {referrer.id}
    upward = referrer.referred_by_id
    while upward is not None and upward not in seen:
        if upward == friend.id:
            raise ValidationError(
                {
                    "referred_by": tr(
                        "{referrer} was brought in through {name}; choose someone else."
                    ).format(referrer=referrer.name, name=friend.name)
                }
            )
        seen.add(upward)
        upward = Customer.select(Customer.referred_by).where(Customer.id == upward).scalar()


def convert(
    friend: Customer, purchase: Purchase, friend_discount: Decimal
) -> ReferralReward | None:
    """Reward her referrer at her first purchase; call inside the sale's transaction.

    `friend` is as she was before this purchase. Returns None when there is
    nothing to reward: no referrer, not her first purchase, or already done.
    """
    if not friend.referred_by_id or friend.visit_count or purchase.total < 0:
        return None
    if ReferralReward.select().where(ReferralReward.friend == friend.id).exists():
        return None
    referrer = Customer.get_or_none(
        Customer.id == friend.referred_by_id, Customer.deleted_at.is_null()
    )
    # A referrer in the trash gets nothing; the conversion is still recorded once.
    given = rewards() if referrer is not None else Rewards(0, "", Decimal(0), Decimal(0))
    reward = ReferralReward.create(
        friend=friend.id,
        referrer=friend.referred_by_id,
        purchase=purchase,
        converted_on=purchase.date,
        referrer_points=given.referrer_points,
        referrer_gift=given.referrer_gift,
        referrer_voucher=given.referrer_voucher,
        friend_discount=friend_discount,
    )
    if given.referrer_points:
        points.grant(
            friend.referred_by_id,
            given.referrer_points,
            because("referral", name=friend.name),
            purchase.date,
        )
    key = f"referral:{friend.id}"
    if given.referrer_voucher:
        vouchers.write(
            friend.referred_by_id, vouchers.Terms(value=given.referrer_voucher), "referral", key=key
        )
    if given.referrer_gift:
        gifts.write(friend.referred_by_id, given.referrer_gift, Decimal(0), "referral", key=key)
    return reward


def revenue(customer_id: int) -> Decimal:
    """What the customers she brought have spent."""
    return summary(customer_id).revenue


def summary(customer_id: int) -> ReferralSummary:
    friends = [
        ReferredFriend(c.id, c.number, c.name, c.first_purchase_on, c.total_spent)
        # Only what the card shows: her card is opened at the counter, and a full customer
        # row is some fifty columns to build into SQL and read back.
        for c in Customer.select(
            Customer.id,
            Customer.number,
            Customer.name,
            Customer.first_purchase_on,
            Customer.total_spent,
        )
        .where((Customer.referred_by == customer_id) & Customer.deleted_at.is_null())
        .order_by(Customer.created_at, Customer.id)
    ]
    given = list(
        ReferralReward.select()
        .where(ReferralReward.referrer == customer_id)
        .order_by(ReferralReward.converted_on, ReferralReward.id)
    )
    return ReferralSummary(
        made=len(friends),
        converted=sum(1 for f in friends if f.converted_on is not None),
        revenue=sum((f.spent for f in friends), Decimal("0.00")),
        rewards=given,
        friends=friends,
    )


# Who brought at least one friend who bought. The planner, without statistics, would walk
# a partial index of every customer and look each row up (8× a plain scan at a million
# customers): the plans are given.
_REFERRERS = """SELECT f.referred_by_id FROM customer f INDEXED BY customer_referred_by_id
                  JOIN customer r ON r.id = f.referred_by_id
                 WHERE f.referred_by_id IS NOT NULL AND f.deleted_at IS NULL
                   AND r.deleted_at IS NULL AND f.visit_count > 0
                 GROUP BY f.referred_by_id"""


def shop_rate() -> ReferralRate:
    """The shop's referral rate (customers who referred a buyer / buying customers)."""
    buyers, referrers = database.execute_sql(
        f"""SELECT (SELECT count(*) FROM customer NOT INDEXED
                     WHERE deleted_at IS NULL AND visit_count > 0),
                   (SELECT count(*) FROM ({_REFERRERS}))"""
    ).fetchone()
    return ReferralRate(referrers, buyers, options.get("referral_goal_pct"))


def referrer_ids() -> list[int]:
    """The customers `shop_rate` counts as referrers, the most friends who bought first."""
    return [
        row[0]
        for row in database.execute_sql(f"{_REFERRERS} ORDER BY count(*) DESC, f.referred_by_id")
    ]

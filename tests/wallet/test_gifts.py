"""Gifts: issued, handed over by whom and when, or cancelled; the month against its budget."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers.profiles import quick_add
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options
from shopcrm.storage.models import AuditLog, Customer
from shopcrm.wallet import gifts


@pytest.fixture
def her(db) -> Customer:
    return quick_add("张小丽", "13812345678")


def test_a_gift_is_handed_over_once_by_a_clerk(her, owner, counter_clerk) -> None:
    gift = gifts.issue(owner, her.id, "生日蛋糕", Decimal("168"), "生日")
    assert AuditLog.get(AuditLog.action == "gift_issued").customer_id == her.id
    handed = gifts.hand_over(counter_clerk, gift.id)
    assert (handed.status, handed.handed_by_id) == ("handed", counter_clerk.id)
    assert handed.handed_at is not None
    with pytest.raises(ValidationError) as caught:
        gifts.hand_over(counter_clerk, gift.id)
    assert "already" in caught.value.errors["gift"]
    with pytest.raises(ValidationError):
        gifts.cancel(owner, gift.id, "错了")


def test_only_the_owner_gives_or_cancels_by_hand(her, owner, counter_clerk) -> None:
    with pytest.raises(PermissionDenied):
        gifts.issue(counter_clerk, her.id, "花", Decimal("50"), "生日")
    gift = gifts.issue(owner, her.id, "花", Decimal("50"), "生日")
    with pytest.raises(PermissionDenied):
        gifts.cancel(counter_clerk, gift.id, "不送了")
    assert gifts.cancel(owner, gift.id, "她出差了").status == "cancelled"
    with pytest.raises(ValidationError) as caught:
        gifts.hand_over(counter_clerk, gift.id)
    assert "cancelled" in caught.value.errors["gift"]


def test_a_gift_says_what_it_is_and_costs_no_less_than_nothing(her, owner) -> None:
    with pytest.raises(ValidationError) as caught:
        gifts.issue(owner, her.id, " ", Decimal("-1"), "生日")
    assert set(caught.value.errors) == {"description", "cost"}


def test_the_months_spending_against_the_budget(her, owner, counter_clerk, today) -> None:
    options.set_many({"gift_month_budget": "300"})
    handed = gifts.issue(owner, her.id, "蛋糕", Decimal("168"), "生日")
    gifts.hand_over(counter_clerk, handed.id)
    gifts.issue(owner, her.id, "花", Decimal("100"), "节日")
    gifts.cancel(owner, gifts.issue(owner, her.id, "围巾", Decimal("80"), "错").id, "错")
    month = gifts.month_spending(today)
    assert (month.handed, month.waiting, month.spent, month.over) == (
        Decimal("168"),
        Decimal("100"),
        Decimal("268"),
        False,
    )
    gifts.issue(owner, her.id, "茶叶", Decimal("40"), "回访")
    assert gifts.month_spending(today).over

"""Her tier's birthday voucher comes in the week before her birthday, once a year."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers.profiles import quick_add
from shopcrm.loyalty import tiers, upkeep
from shopcrm.storage.models import Customer, Tier, Voucher
from shopcrm.wallet import vouchers

DAY = dt.date(2025, 3, 10)


def test_a_tiers_birthday_voucher_comes_a_week_ahead_once(owner) -> None:
    rules = tiers.current_rules()
    rules.tiers[0].birthday_voucher = "88"
    tiers.apply_rules(owner, rules)
    assert Tier.get(Tier.rank == 0).birthday_voucher == Decimal("88.00")
    her = quick_add("张小丽", "13812345678", "1990-03-15")
    later = quick_add("李娜", "13900001111", "1990-03-30")
    Customer.update(tier=Tier.get(Tier.rank == 0)).execute()
    with clock.set_to(DAY):
        assert upkeep.catch_up(DAY).birthday_vouchers == 1
        assert upkeep.catch_up(DAY + dt.timedelta(1)).birthday_vouchers == 0
    (voucher,) = Voucher.select()
    assert (voucher.customer_id, voucher.value, voucher.source) == (
        her.id,
        Decimal("88.00"),
        "birthday",
    )
    assert (voucher.valid_from, voucher.valid_to) == (DAY, dt.date(2025, 3, 22))
    assert vouchers.usable(later.id, DAY) == []


def test_a_birthday_voucher_typed_wrong_is_named(owner) -> None:
    rules = tiers.current_rules()
    rules.tiers[1].birthday_voucher = "五十"
    with pytest.raises(ValidationError) as caught:
        tiers.apply_rules(owner, rules)
    assert set(caught.value.errors) == {"tiers.2.birthday_voucher"}

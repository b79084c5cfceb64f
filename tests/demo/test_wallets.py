"""The demo's wallets look like a real shop's and agree with its ledgers."""

from __future__ import annotations

import datetime as dt

from peewee import SqliteDatabase

from shopcrm.demo.follow_ups import work_the_past
from shopcrm.demo.generator import fill_demo
from shopcrm.sales import receipts
from shopcrm.storage import derived
from shopcrm.storage.models import BalanceEntry, Customer, Gift, Purchase, Voucher
from shopcrm.wallet import stored_value, vouchers


def test_the_demo_has_vouchers_balances_and_gifts_that_add_up(
    db: SqliteDatabase, today: dt.date
) -> None:
    fill_demo(400, seed=3)
    work_the_past(today)
    assert derived.mismatches() == [] and derived.purchase_mismatches() == []
    assert stored_value.enabled()
    statuses = {vouchers.status(v) for v in Voucher.select()}
    assert {"valid", "expired"} <= statuses
    holders = list(Customer.select().where(Customer.balance > 0))
    assert len(holders) >= 20
    for customer in holders:
        held = stored_value.holding(customer.id)
        assert 0 <= held.bonus <= held.balance == customer.balance
    paid = Purchase.select().where(Purchase.from_balance > 0)
    assert paid.count() > 0
    for sale in paid:
        assert 0 < sale.from_balance <= sale.total
        (spent,) = BalanceEntry.select().where(BalanceEntry.purchase == sale.id)
        assert spent.amount == -sale.from_balance
        assert ("Stored value", sale.from_balance) in receipts.receipt(sale.id).paid
    assert Gift.select().where(Gift.source == "event", Gift.status == "handed").count() > 0

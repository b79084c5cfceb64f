"""A complaint's compensation and a referral's rewards go into her wallet, once."""

from __future__ import annotations

from decimal import Decimal

from shopcrm.complaints.workflow import save_step
from shopcrm.customers.merge import merge_customers
from shopcrm.customers.privacy import erase
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import derived, options
from shopcrm.storage.models import Gift, PurchaseItem, Voucher
from shopcrm.wallet import gifts, stored_value, vouchers

SWEATER = SaleLine(Decimal("300"), 1, "F-1", "羊毛衫")


def steps_to_6(customer_id: int, staff_id: int, today) -> int:
    """A complaint about a sweater she buys now, done up to its solution (step 6)."""
    record_sale(customer_id, [SWEATER])
    item = PurchaseItem.get(PurchaseItem.style_no == "F-1")
    steps = {
        1: {"customer": customer_id, "item": item.id, "channel": "counter",
            "category": "quality", "severity": 2, "description": "起球", "concerns": "起球"},
        2: {"note": "听她说完"},
        3: {"apologised": True},
        4: {"cause": "product", "note": "您是说洗一次就起球，对吗？"},
        5: {"note": "换新"},
        6: {"solution": "exchange", "solution_staff": staff_id, "solution_due": today},
    }  # fmt: skip
    complaint_id = None
    for step, values in steps.items():
        complaint_id = save_step(complaint_id, step, values, staff_id, done=True).id
    return complaint_id


def test_a_complaints_voucher_is_real_and_pays_a_later_sale(db, counter_clerk, today) -> None:
    her = quick_add("张小丽", "13812345678")
    complaint = steps_to_6(her.id, counter_clerk.id, today)
    values = {"compensation": "voucher", "compensation_value": "50"}
    save_step(complaint, 7, values, counter_clerk.id, done=True)
    save_step(complaint, 7, {**values, "note": "已告知"}, counter_clerk.id, done=True)
    (voucher,) = vouchers.usable(her.id)
    assert (voucher.source, voucher.value, voucher.issued_by_id) == (
        "complaint",
        Decimal("50.00"),
        counter_clerk.id,
    )
    sale = record_sale(her.id, [SWEATER], vouchers=[voucher.id])
    assert sale.quote.voucher_discount == Decimal("50.00")


def test_a_complaints_gift_waits_to_be_handed_over(db, counter_clerk, today) -> None:
    her = quick_add("张小丽", "13812345678")
    complaint = steps_to_6(her.id, counter_clerk.id, today)
    values = {"compensation": "gift", "compensation_value": "50", "note": "围巾一条\n红色"}
    save_step(complaint, 7, values, counter_clerk.id, done=True)
    (gift,) = gifts.of_customer(her.id)
    assert (gift.description, gift.cost, gift.status) == ("围巾一条", Decimal("50.00"), "issued")


def test_a_referral_gives_the_referrer_a_voucher_and_a_gift_once(db) -> None:
    options.set_many({"referral_voucher": "30", "referral_gift": "保温杯"})
    her = quick_add("张小丽", "13812345678")
    friend = quick_add("李娜", "13900001111", referred_by_id=her.id)
    record_sale(friend.id, [SWEATER])
    record_sale(friend.id, [SWEATER])
    (voucher,) = Voucher.select().where(Voucher.customer == her.id)
    (gift,) = Gift.select().where(Gift.customer == her.id)
    assert (voucher.source, voucher.value) == ("referral", Decimal("30.00"))
    assert (gift.source, gift.description) == ("referral", "保温杯")


def test_a_merge_moves_the_wallet_and_an_erasure_keeps_its_figures(db, owner) -> None:
    options.set_many({"stored_value": "yes"})
    kept = quick_add("张小丽", "13812345678")
    twin = quick_add("张小丽", "13812345679")
    stored_value.top_up(owner, twin.id, Decimal("200"), "cash")
    vouchers.write(twin.id, vouchers.Terms(value=Decimal("20")), "owner", reason="张小丽的生日")
    gifts.write(twin.id, "花", Decimal("50"), "owner", reason="给张小丽")
    merge_customers(owner, kept.id, twin.id)
    assert stored_value.holding(kept.id).balance == Decimal("200")
    assert len(vouchers.usable(kept.id)) == 1 and len(gifts.of_customer(kept.id)) == 1
    assert derived.mismatches() == []
    erase(owner, kept.id)
    assert stored_value.holding(kept.id).balance == Decimal("200")
    assert {v.reason for v in Voucher.select()} == {""}
    assert {g.reason for g in Gift.select()} == {""}

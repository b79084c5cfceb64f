"""A voucher about to run out unused: her clerk reminds her a week before, and only then."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from shopcrm.care import followups, rules
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage.models import FollowUp
from shopcrm.wallet import vouchers

DAY = dt.date(2025, 3, 10)  # in the past, so a sale can be recorded on it


def reminders(status: str = "open") -> list[FollowUp]:
    return list(
        FollowUp.select().where(FollowUp.kind == "voucher_expiry", FollowUp.status == status)
    )


def test_a_voucher_running_out_is_reminded_a_week_before(db) -> None:
    clerk = roster.add_staff("小陈").id
    her = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk)
    profiles.update_customer(her.id, {"gender": "female"})
    soon = vouchers.write(
        her.id,
        vouchers.Terms(
            value=Decimal("50"), valid_from=DAY - dt.timedelta(30), valid_to=DAY + dt.timedelta(10)
        ),
        "complaint",
    )
    vouchers.write(
        her.id,
        vouchers.Terms(percent=Decimal("10"), valid_from=DAY, valid_to=DAY + dt.timedelta(30)),
        "owner",
    )
    rules.plan(DAY)
    (task,) = reminders()
    assert (task.due_on, task.deadline, task.clerk_id) == (
        DAY + dt.timedelta(3),
        DAY + dt.timedelta(10),
        clerk,
    )
    (row,) = [r for r in followups.day_list(DAY + dt.timedelta(3)) if r.kind == "voucher_expiry"]
    said = followups.reason(row)
    assert soon.code in said and "¥50.00" in said
    (template, *_) = followups.templates_for(row)
    text = followups.message(row, template)
    assert "¥50.00" in text and "3月20日" in text and "张女士" in text
    assert rules.plan(DAY + dt.timedelta(1)).created == 0


def test_a_voucher_used_meanwhile_needs_no_reminder(db) -> None:
    her = profiles.quick_add("张小丽", "13812345678")
    soon = vouchers.write(
        her.id,
        vouchers.Terms(
            value=Decimal("50"), valid_from=DAY - dt.timedelta(30), valid_to=DAY + dt.timedelta(5)
        ),
        "owner",
    )
    rules.plan(DAY)
    assert len(reminders()) == 1
    record_sale(her.id, [SaleLine(Decimal("300"), 1, "F1", "毛衫")], on=DAY, vouchers=[soon.id])
    rules.plan(DAY)
    assert reminders() == [] and len(reminders("cancelled")) == 1


def test_a_reminder_not_given_lapses_when_the_voucher_runs_out(db) -> None:
    her = profiles.quick_add("张小丽", "13812345678")
    vouchers.write(
        her.id,
        vouchers.Terms(
            value=Decimal("50"), valid_from=DAY - dt.timedelta(30), valid_to=DAY + dt.timedelta(2)
        ),
        "owner",
    )
    rules.plan(DAY)
    assert len(reminders()) == 1
    assert rules.plan(DAY + dt.timedelta(3)).lapsed == 1

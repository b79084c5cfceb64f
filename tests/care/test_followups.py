"""Working through the day's list: order, filters, done with a logged contact, snooze,
skip; contacts by hand; and each clerk's month in figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from shopcrm.care import clerk_stats, contacts, followups, rules
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage.models import PAYMENT_METHODS, ContactLog, Customer, FollowUp

DAY = dt.date(2025, 3, 10)


@pytest.fixture
def shop(db) -> dict[str, int]:
    """Two clerks; 张小丽 (小陈's) bought a coat a week ago, 李娜 (小王's) three weeks ago."""
    chen, wang = roster.add_staff("小陈").id, roster.add_staff("小王").id
    xiaoli = profiles.quick_add("张小丽", "13812345678", clerk_id=chen).id
    lina = profiles.quick_add("李娜", "13900001111", clerk_id=wang).id
    profiles.update_customer(lina, {"preferred_channel": "wechat", "gender": "female"})
    for customer, days_ago in ((xiaoli, 7), (lina, 17)):
        record_sale(
            customer,
            [SaleLine(Decimal("1200"), 1, "F1", "羊毛大衣")],
            on=DAY - dt.timedelta(days=days_ago),
        )
    Customer.update(birth_date=dt.date(1990, 3, 10)).where(Customer.id == lina).execute()
    rules.plan(DAY)
    return {"chen": chen, "wang": wang, "xiaoli": xiaoli, "lina": lina}


def test_the_list_puts_the_most_important_first_then_groups_by_kind(shop) -> None:
    rows = followups.day_list(DAY)
    # Calls after a purchase first, the late one (李娜's) before the new; her birthday on
    # the day before the month's list, which keeps until the end of the month.
    assert [(r.kind, r.customer, r.overdue) for r in rows] == [
        ("purchase_call", "李娜", True),
        ("purchase_call", "张小丽", False),
        ("birthday", "李娜", False),
        ("birthday_list", "", False),
    ]
    assert [group for group, _ in followups.grouped(rows)] == [
        "purchase_call",
        "birthday",
        "birthday_list",
    ]
    assert [r.customer for r in followups.day_list(DAY, shop["chen"])] == ["张小丽"]
    assert followups.day_list(DAY, followups.UNASSIGNED) == []


def test_done_writes_the_contact_in_the_same_action(shop) -> None:
    call = next(r for r in followups.day_list(DAY) if r.customer == "张小丽")
    with pytest.raises(ValidationError) as caught:
        followups.complete(call.id, "  ")
    assert "outcome" in caught.value.errors
    assert ContactLog.select().count() == 0 and FollowUp.get_by_id(call.id).status == "open"
    done = followups.complete(call.id, "大衣很合身", message_text="您好", staff_id=shop["chen"])
    contact = done.contact
    assert (done.status, done.done_by_id) == ("done", shop["chen"])
    assert (contact.customer_id, contact.channel, contact.kind, contact.outcome, contact.note) == (
        shop["xiaoli"],
        "phone",
        "follow_up",
        "大衣很合身",
        "",
    )
    with pytest.raises(ValidationError):
        followups.complete(call.id, "again")
    assert rules.plan(DAY).created == 0
    assert call.id not in {r.id for r in followups.day_list(DAY)}


def test_a_message_sent_by_wechat_is_kept_with_the_contact(shop) -> None:
    greeting = next(r for r in followups.day_list(DAY) if r.kind == "birthday")
    assert followups.default_channel(greeting) == "wechat"
    (first, *_) = followups.templates_for(greeting)
    text = followups.message(greeting, first)
    assert text.startswith("李女士，生日快乐") and text.endswith("——小王")
    done = followups.complete(greeting.id, message_text=text)
    assert (done.contact.outcome, done.contact.note, done.contact.staff_id) == (
        "Message sent",
        text,
        shop["wang"],
    )


def test_snooze_hides_a_task_until_its_day_and_skip_needs_a_reason(shop) -> None:
    call = next(r for r in followups.day_list(DAY) if r.customer == "张小丽")
    with pytest.raises(ValidationError) as caught:
        followups.snooze(call.id, DAY, today=DAY)
    assert "until" in caught.value.errors
    followups.snooze(call.id, DAY + dt.timedelta(days=2), today=DAY)
    rules.plan(DAY + dt.timedelta(days=1))
    assert call.id not in {r.id for r in followups.day_list(DAY + dt.timedelta(days=1))}
    assert call.id in {r.id for r in followups.day_list(DAY + dt.timedelta(days=2))}
    with pytest.raises(ValidationError) as caught:
        followups.skip(call.id, " ")
    assert "reason" in caught.value.errors
    skipped = followups.skip(call.id, "她说不用回访", shop["chen"])
    assert (skipped.status, skipped.reason) == ("skipped", "她说不用回访")
    assert ContactLog.select().count() == 0


def test_a_contact_logged_by_hand_is_checked(shop) -> None:
    with pytest.raises(ValidationError) as caught:
        contacts.log_contact(shop["xiaoli"], "fax", "gift", "")
    assert set(caught.value.errors) == {"channel", "outcome"}
    logged = contacts.log_contact(
        shop["xiaoli"], "visit", "gift", "送了生日蛋糕", staff_id=shop["chen"]
    )
    assert (logged.kind, logged.staff_id) == ("gift", shop["chen"])


def test_each_clerks_month_in_figures_and_in_excel(shop, owner, tmp_path) -> None:
    call = next(r for r in followups.day_list(DAY) if r.customer == "张小丽")
    followups.complete(call.id, "很满意")
    FollowUp.update(done_at=dt.datetime.combine(DAY, dt.time(15))).where(
        FollowUp.id == call.id
    ).execute()
    contacts.log_contact(shop["lina"], "wechat", "greeting", "回复了", staff_id=shop["wang"])
    paid = {"wechat": Decimal(0), "alipay": Decimal(0)}
    for amount, payment in (("300", "wechat"), ("99.50", "alipay"), ("40", "wechat")):
        sale = record_sale(
            shop["lina"], [SaleLine(Decimal(amount))], on=DAY, clerk_id=shop["chen"],
            payment=payment,
        )  # fmt: skip
        paid[payment] += sale.purchase.total
    stats = {row.clerk: row for row in clerk_stats.month_stats(DAY, today=DAY)}
    chen, wang = stats["小陈"], stats["小王"]
    assert (chen.tasks, chen.done, chen.callbacks, chen.callbacks_on_time) == (1, 1, 1, 1)
    assert (wang.tasks, wang.done, wang.overdue, wang.callbacks) == (2, 0, 0, 0)
    assert (chen.sales, chen.sales_amount, wang.sales) == (3, sum(paid.values()), 0)
    by_method = dict(zip(PAYMENT_METHODS, chen.by_payment, strict=True))
    assert by_method == {"cash": 0, **paid, "card": 0, "other": 0}
    (february,) = [
        r for r in clerk_stats.month_stats(dt.date(2025, 2, 1), DAY) if r.clerk == "小王"
    ]
    assert (february.tasks, february.overdue, february.callbacks_on_time) == (1, 1, 0)
    assert (chen.customers, chen.buyers, chen.repeat_rate) == (1, 1, 0.0)
    assert 0 < chen.completeness < wang.completeness < 1
    written = clerk_stats.export(owner, tmp_path / "clerks", DAY, today=DAY)
    sheet = load_workbook(written).active
    assert sheet.title == "Clerks 2025-03"
    assert [cell.value for cell in sheet[1]][:5] == [
        "Clerk", "Contacts", "Sales", "Sales amount", "Cash",
    ]  # fmt: skip
    chen_row = next(row for row in sheet.iter_rows(values_only=True) if row[0] == "小陈")
    assert chen_row[2:6] == (3, float(sum(paid.values())), 0, float(paid["wechat"]))
    # Every active member of staff has her row: the two clerks and the owner, who sold nothing.
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "小王",
        "小陈",
        "王店长",
    ]

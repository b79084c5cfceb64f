"""Her rights over her data: consent kept as events, erasure that leaves no trace in the
file but keeps the shop's figures, visitors forgotten after the owner's period."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest

from shopcrm.care import contacts, followups, rules
from shopcrm.core.errors import ValidationError
from shopcrm.customers import key_dates, merge, privacy, profiles
from shopcrm.customers.key_dates import KeyDateInput
from shopcrm.loyalty import referrals
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import audit, permissions
from shopcrm.storage import backup, derived, options
from shopcrm.storage.models import (
    Complaint,
    ContactLog,
    Customer,
    FollowUp,
    KeyDate,
    Purchase,
    database,
)
from tests.helpers.faults import run_cli

NAME, PHONE, ADDRESS = "欧阳娜娜", "13987654321", "幸福路88号"


def traces(path: Path, words: tuple[str, ...]) -> list[str]:
    """The words still in the file at `path` or beside it (its write-ahead log: look while
    the shop is open, as closing it empties the log)."""
    raw = b"".join(p.read_bytes() for p in path.parent.glob(f"{path.name}*"))
    return [word for word in words if word.encode() in raw]


@pytest.fixture
def nana(owner) -> int:
    she = profiles.quick_add(NAME, PHONE, "1990-05-03")
    profiles.update_customer(she.id, {"address": ADDRESS, "hobbies": "瑜伽", "notes": "爱喝绿茶"})
    key_dates.save_key_date(
        she.id, KeyDateInput("family_birthday", 6, 1, label="女儿生日", greet=True)
    )
    record_sale(she.id, [SaleLine(Decimal("1999"))])
    return she.id


def test_erasure_leaves_no_trace_in_the_file_and_keeps_the_figures(
    nana, owner, counter_clerk, db_path: Path
) -> None:
    before = Customer.get_by_id(nana)
    with pytest.raises(permissions.PermissionDenied, match="Only the owner can erase"):
        privacy.erase(counter_clerk, nana)
    erased = privacy.erase(owner, nana).customer
    assert erased.name == f"Erased customer {before.number}" and erased.phone is None
    assert (erased.total_spent, erased.visit_count, erased.points) == (
        before.total_spent,
        before.visit_count,
        before.points,
    )
    assert KeyDate.select().where(KeyDate.customer == nana).count() == 0
    assert Purchase.select().where(Purchase.customer == nana).count() == 1
    assert derived.mismatches() == []
    assert [e.action for e in audit.entries(owner, action="erase")] == ["Erased"]
    words = (NAME, PHONE, ADDRESS, "瑜伽", "爱喝绿茶", "女儿生日")
    assert traces(db_path, words) == []  # the file and its write-ahead log, still open
    database.close()
    assert traces(db_path, words) == []
    assert run_cli("--db", db_path, "check").code == 0


def test_her_records_merged_into_her_are_erased_too_and_stay_merged(
    nana, owner, db_path: Path
) -> None:
    old = profiles.quick_add("欧阳娜娜(旧)", "13600001111")
    profiles.update_customer(old.id, {"address": "世纪大道100号", "notes": "重复档案备注"})
    older = profiles.quick_add("娜娜", "13600002222")
    merge.merge_customers(owner, old.id, older.id)
    merge.merge_customers(owner, nana, old.id)
    assert privacy.erase(owner, nana).traces_gone
    for row in (old, older):
        gone = Customer.get_by_id(row.id)
        assert (gone.name, gone.phone, gone.address, gone.notes) == (
            f"Erased customer {row.number}",
            None,
            None,
            None,
        )
        assert privacy.was_erased(row.phone)
    for entry in merge.merges():
        with pytest.raises(ValidationError, match="erased on request"):
            merge.undo_merge(owner, entry.id)
    assert Customer.get_by_id(old.id).merged_into_id == nana
    assert derived.mismatches() == []
    copy = backup.backup_now(database.obj, db_path)
    words = (NAME, "欧阳娜娜(旧)", "世纪大道100号", "重复档案备注", "13600001111", "13600002222")
    assert traces(db_path, words) == []
    assert traces(copy, words) == []


def test_her_sales_keep_their_figures_but_not_her_words(nana, owner, db_path: Path) -> None:
    record_sale(
        nana,
        [SaleLine(Decimal("5800"), description="沙发")],
        note="送给她妈妈",
        delivery_address="文三路99号",
        room="主卧",
    )
    totals = Customer.get_by_id(nana).total_spent
    privacy.erase(owner, nana)
    sales = Purchase.select().where(Purchase.customer == nana)
    assert {(s.note, s.delivery_address, s.room) for s in sales} == {(None, None, None)}
    assert sum(s.total for s in sales) == totals == Customer.get_by_id(nana).total_spent
    assert derived.mismatches() == []
    assert traces(db_path, ("送给她妈妈", "文三路99号", "主卧")) == []


def test_other_customers_records_name_her_placeholder_instead(
    nana, owner, today: dt.date, db_path: Path
) -> None:
    friend = profiles.quick_add("李四", "13500002222")
    referrals.set_referrer(friend.id, nana)
    contacts.log_contact(friend.id, "phone", "follow_up", "", f"{NAME}的表妹, 电话 {PHONE}")
    Complaint.create(customer=friend.id, description=f"和{NAME}一起来的")
    soon = today + dt.timedelta(days=2)
    key_dates.save_key_date(
        nana, KeyDateInput("anniversary", soon.month, soon.day, label="结婚纪念日", greet=True)
    )
    rules.plan(today)
    assert FollowUp.select().where(FollowUp.detail.contains("结婚纪念日")).exists()
    number = Customer.get_by_id(nana).number
    privacy.erase(owner, nana)
    shown = [followups.reason(row) for row in followups.day_list(today) if row.kind != "birthday"]
    assert f"Came through Erased customer {number}: a welcome and thanks today." in shown
    assert not any(NAME in text for text in shown)
    assert not FollowUp.select().where(FollowUp.detail.contains("结婚纪念日")).exists()
    placeholder = f"Erased customer {number}"
    assert ContactLog.get(ContactLog.customer == friend.id).note == (
        f"{placeholder}的表妹, 电话 {placeholder}"
    )
    assert Complaint.get(Complaint.customer == friend.id).description == f"和{placeholder}一起来的"
    assert traces(db_path, (NAME, PHONE, "结婚纪念日")) == []


def test_another_customer_whose_name_holds_hers_keeps_it(nana, owner) -> None:
    longer = profiles.quick_add(f"{NAME}娜", "13500003333")
    contacts.log_contact(longer.id, "phone", "follow_up", "", f"{NAME}娜说{NAME}是她姐姐")
    number = Customer.get_by_id(nana).number
    privacy.erase(owner, nana)
    assert ContactLog.get(ContactLog.customer == longer.id).note == (
        f"{NAME}娜说Erased customer {number}是她姐姐"
    )
    assert Customer.get_by_id(longer.id).name == f"{NAME}娜"


def test_an_erase_while_another_program_reads_says_the_traces_stay_until_it_closes(
    nana, owner, db_path: Path
) -> None:
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # she is in the file itself
    with closing(sqlite3.connect(db_path)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customer").fetchone()
        erased = privacy.erase(owner, nana)
        assert not erased.traces_gone
        assert erased.customer.phone is None
    database.close()
    assert traces(db_path, (NAME, PHONE, ADDRESS)) == []


def test_an_erased_phone_is_known_but_not_kept(nana, owner) -> None:
    stored = Customer.get_by_id(nana).phone
    privacy.erase(owner, nana)
    assert privacy.was_erased(stored)
    assert not privacy.was_erased("13900001111")


def test_consent_is_a_history_of_events(owner, counter_clerk) -> None:
    she = profiles.quick_add("李娜", "13900001111")
    assert privacy.consent_history(she.id) == []  # never asked: no event
    profiles.update_customer(she.id, {"accepts_promotions": True}, staff_id=counter_clerk.id)
    profiles.update_customer(she.id, {"notes": "爱喝绿茶"}, staff_id=owner.id)  # no change
    profiles.update_customer(she.id, {"accepts_promotions": False}, staff_id=owner.id)
    history = privacy.consent_history(she.id)
    assert [(c.given, c.who, c.how) for c in history] == [
        (True, "小周", "profile"),
        (False, "王店长", "profile"),
    ]
    agreed = profiles.create_customer(
        {"name": "王芳", "phone": "13900002222", "accepts_promotions": True}, staff_id=owner.id
    )
    assert [(c.given, c.who) for c in privacy.consent_history(agreed.id)] == [(True, "王店长")]


def test_visitors_who_never_bought_are_forgotten_only_when_the_owner_says(
    nana, owner, today: dt.date
) -> None:
    visitor = profiles.quick_add("路人甲", "13700001111").id
    complained = profiles.quick_add("路人乙", "13700002222").id
    Complaint.create(customer=complained, description="服务态度")
    for customer_id in (visitor, complained):
        Customer.update(created_at=dt.datetime(2020, 1, 1)).where(
            Customer.id == customer_id
        ).execute()
    assert privacy.purge_visitors(today) == 0  # off by default
    options.set_many({"visitor_retention_days": "365"})
    assert privacy.purge_visitors(today) == 1
    assert not Customer.select().where(Customer.id == visitor).exists()
    assert {c.id for c in Customer.select()} >= {nana, complained}
    with closing(sqlite3.connect(database.database)) as conn:
        assert conn.execute("SELECT active FROM customer_count").fetchone()[0] == 2


def test_no_care_task_comes_back_for_her_at_the_next_plans(nana, owner) -> None:
    friend = profiles.quick_add("李四", "13700001111")
    referrals.set_referrer(friend.id, nana)
    record_sale(friend.id, [SaleLine(Decimal("800"))])
    rules.plan()
    assert FollowUp.select().where(FollowUp.customer == nana, FollowUp.status == "open").exists()
    privacy.erase(owner, nana)
    for _ in range(2):  # the plan after the erase, and the next day's
        rules.plan()
        mine = FollowUp.select().where(FollowUp.customer == nana, FollowUp.status == "open")
        assert list(mine) == []

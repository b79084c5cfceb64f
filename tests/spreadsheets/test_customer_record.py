"""Everything kept about her, in one workbook she can read; only the owner hands it out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcrm.care import contacts
from shopcrm.customers import key_dates, profiles
from shopcrm.customers.key_dates import KeyDateInput
from shopcrm.events import guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.spreadsheets.customer_record import export_record
from shopcrm.staff import audit, permissions


def test_her_whole_record_in_one_workbook(
    owner, counter_clerk, tmp_path: Path, today: dt.date
) -> None:
    she = profiles.quick_add("欧阳娜娜", "13987654321", "1990-05-03")
    profiles.update_customer(she.id, {"accepts_promotions": True}, staff_id=counter_clerk.id)
    key_dates.save_key_date(she.id, KeyDateInput("family_birthday", 6, 1, label="女儿生日"))
    record_sale(she.id, [SaleLine(Decimal("1999"), 1, "F1", "羊毛大衣")], payment="wechat")
    contacts.log_contact(she.id, "wechat", "greeting", "回复了", staff_id=counter_clerk.id)
    starts = dt.datetime.combine(today + dt.timedelta(days=3), dt.time(15))
    talk = planning.save_event(owner, planning.EventInput("皮具保养讲座", "talk", starts))
    guests.invite_customers(owner, talk.id, [she.id])
    with pytest.raises(permissions.PermissionDenied, match="Only the owner"):
        export_record(counter_clerk, she.id, tmp_path / "clerk.xlsx", "en")
    written = export_record(owner, she.id, tmp_path / "her.xlsx", "en")
    book = load_workbook(written)
    assert book.sheetnames == [
        "Profile", "Key dates", "Purchases", "Points", "Complaints", "Contacts", "Consent",
        "Events",
    ]  # fmt: skip
    profile = {row[0]: row[1] for row in book["Profile"].iter_rows(min_row=2, values_only=True)}
    assert profile["Name"] == "欧阳娜娜" and "13987654321" in str(profile["Phone"]).replace(" ", "")
    rows = {
        name: list(book[name].iter_rows(min_row=2, values_only=True)) for name in book.sheetnames
    }
    assert rows["Key dates"][0][:2] == ("family_birthday", "女儿生日")
    assert rows["Purchases"][0][1:] == (1999, "wechat", "羊毛大衣")
    assert rows["Points"][0][1] == 1999
    assert rows["Contacts"][0][1:] == ("wechat", "greeting", "回复了", None, "小周")
    assert rows["Consent"][0][1:] == ("yes", "小周", "profile")
    assert rows["Events"][0][1:] == ("皮具保养讲座", "yes", None, "no")
    (line,) = audit.entries(owner, action="customer_record")
    assert line.detail == "her.xlsx"
    # Her reply is written in the file's words, as the other figures are.
    talk_guest = guests.guest_list(talk.id)[0]
    guests.record_reply(owner, talk_guest.id, "no_answer")
    again = load_workbook(export_record(owner, she.id, tmp_path / "again.xlsx", "zh_CN"))
    events = list(again.worksheets[-1].iter_rows(min_row=2, values_only=True))
    assert again.sheetnames[-1] == "活动" and events[0][1:] == (
        "皮具保养讲座",
        "是",
        "未答复",
        "否",
    )

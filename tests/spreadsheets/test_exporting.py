"""Exports that open cleanly, stay inert, and read back in without changing anything."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcrm.core.errors import ShopError
from shopcrm.customers import profiles
from shopcrm.customers.key_dates import KeyDateInput, save_key_date
from shopcrm.loyalty import vip_report
from shopcrm.spreadsheets import exporting, importing
from shopcrm.staff import audit
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage.models import Customer, KeyDate, Purchase, Staff, Tier, TierChange, database
from tests.helpers.spreadsheets import libreoffice_csv

INJECTION = '=HYPERLINK("http://evil.example","点我")'


@pytest.fixture
def shop(owner) -> dict[str, Customer]:
    """A few customers with every kind of field filled."""
    clerk = Staff.create(name="小王")
    zhang = profiles.create_customer(
        {
            "name": "张小丽",
            "phone": "13812345678",
            "phone2": "010-12345678",
            "gender": "female",
            "birth_date": "1990-05-03",
            "birthday_lunar": True,
            "email": "zxl@example.com",
            "address": "北京市朝阳区\n幸福路8号",
            "size_shoe": "37",
            "preferred_channel": "wechat",
            "accepts_promotions": True,
            "home_area_m2": "120.5",
            "home_building_year": 2005,
            "status": "regular",
            "clerk": clerk.id,
            "notes": "-5% 老客户",
        }
    )
    li = profiles.create_customer(
        {"name": "李娜", "phone": "+1 415 555 2671", "referred_by": zhang.id, "gender": "male"}
    )
    save_key_date(li.id, KeyDateInput(kind="birthday", month=3, day=8))
    evil = profiles.create_customer({"name": INJECTION, "birth_year_approx": 1980})
    save_key_date(evil.id, KeyDateInput(kind="birthday", month=2, day=30, year=1990, lunar=True))
    return {"zhang": zhang, "li": li, "evil": evil}


def snapshot() -> list[tuple]:
    customers_now = list(Customer.select().order_by(Customer.id).tuples())
    key_dates = list(KeyDate.select().order_by(KeyDate.id).tuples())
    return customers_now + key_dates + list(Staff.select().tuples())


def test_profiles_export_is_typed_frozen_filtered_and_inert(
    shop, owner, counter_clerk, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied, match="Only the owner can export"):
        exporting.export_profiles(counter_clerk, tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()
    written, count = exporting.export_profiles(owner, tmp_path / "out.xlsx")
    assert count == 3
    (line,) = audit.entries(owner, action="export")
    assert (line.who, line.detail) == ("王店长", "profiles: 3 rows to out.xlsx")
    sheet = load_workbook(written).active  # the second reader, in normal mode
    headers = [cell.value for cell in sheet[1]]
    assert headers[:4] == ["编号", "姓名", "手机", "备用电话"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(headers)).column_letter}4"
    assert 30 < sheet.column_dimensions["L"].width < 31  # 30 characters and Excel's padding
    row = {header: cell for header, cell in zip(headers, sheet[2], strict=True)}
    assert row["手机"].value == "13812345678" and row["手机"].data_type == "s"
    assert row["生日"].value == dt.datetime(1990, 5, 3) and row["生日"].is_date
    assert row["累计消费"].value == 0 and "¥" in row["累计消费"].number_format
    assert (row["性别"].value, row["农历生日"].value, row["联系方式偏好"].value) == (
        "女",
        "是",
        "微信",
    )
    assert row["负责导购"].value == "小王" and row["面积"].value == 120.5
    assert row["备注"].value == "-5% 老客户" and row["备注"].data_type == "s"
    evil = {header: cell for header, cell in zip(headers, sheet[4], strict=True)}
    assert evil["姓名"].value == INJECTION and evil["姓名"].data_type == "s"
    assert evil["生日"].value == "农历1990年2月30日"  # a lunar day with no solar twin
    assert [cell.value for cell in sheet[3]][headers.index("介绍人")] == "C000001"
    with zipfile.ZipFile(written) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")


def test_english_headers_follow_the_language(shop, owner, tmp_path: Path) -> None:
    written, _ = exporting.export_profiles(owner, tmp_path / "en.xlsx", language="en")
    sheet = load_workbook(written).active
    assert [cell.value for cell in sheet[1]][:3] == ["Number", "Name", "Phone"]
    assert sheet["E2"].value == "Female" and sheet["F3"].value == "03-08"


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("policy", ["skip", "fill", "overwrite"])
def test_export_then_import_changes_nothing(
    shop, owner, tmp_path: Path, language: str, policy: str
) -> None:
    before = snapshot()
    written, _ = exporting.export_profiles(owner, tmp_path / "round.xlsx", language=language)
    plan = importing.plan_import(importing.find_table(written), policy)
    assert plan.counts() == {"added": 0, "updated": 0, "skipped": 3, "rejected": 0}
    importing.apply_import(owner, plan)
    assert snapshot() == before


def test_export_of_the_current_filter_only(shop, owner, tmp_path: Path) -> None:
    ids = [shop["li"].id, shop["zhang"].id]
    written, count = exporting.export_profiles(owner, tmp_path / "some.xlsx", ids)
    names = [row[1] for row in load_workbook(written).active.iter_rows(min_row=2, values_only=True)]
    assert count == 2 and sorted(names) == ["张小丽", "李娜"]


def test_template_has_every_importable_header_and_reads_back(db, tmp_path: Path) -> None:
    written = exporting.export_template(tmp_path / "template.xlsx")
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert len(rows) == 2 and "姓名" in rows[0] and "会员等级" not in rows[0]
    table = importing.find_table(written)
    assert len(table.mapping) == len(rows[0])
    plan = importing.plan_import(table)
    assert plan.counts()["added"] == 1 and not plan.rejected


def test_a_failed_export_leaves_the_previous_file_untouched(
    shop, owner, tmp_path: Path, monkeypatch
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "out.xlsx"
    target.write_bytes(b"the good file from last month")

    def crash(path: str, destination: str) -> None:
        raise OSError("power cut")

    monkeypatch.setattr("shopcrm.spreadsheets.writer.os.replace", crash)
    with pytest.raises(OSError):
        exporting.export_profiles(owner, target)
    assert target.read_bytes() == b"the good file from last month"
    assert list(folder.iterdir()) == [target]


def test_exported_files_open_in_libreoffice(shop, owner, tmp_path: Path) -> None:
    written, _ = exporting.export_profiles(owner, tmp_path / "lo.xlsx")
    text = libreoffice_csv(written, tmp_path)
    if text is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    assert "13812345678" in text and INJECTION.replace('"', '""') in text


def _vip_month(db) -> None:
    """Two VIPs and a member, with sales this month and last, and tier changes."""
    member, silver, gold = (Tier.get(Tier.rank == rank) for rank in (0, 1, 2))
    clerk = Staff.create(name="小李")
    people = [
        profiles.create_customer({"name": "金卡", "phone": "13800000001", "clerk": clerk.id}),
        profiles.create_customer(
            {"name": "银卡", "phone": "13800000002", "birth_date": "1980-04-10"}
        ),
        profiles.create_customer({"name": "会员", "phone": "13800000003"}),
    ]
    save_key_date(people[0].id, KeyDateInput(kind="birthday", month=3, day=15, lunar=True))
    for person, tier in zip(people, (gold, silver, member), strict=True):
        Customer.update(tier=tier).where(Customer.id == person.id).execute()
    with database.atomic():
        for person, day, total in (
            (people[0], dt.date(2025, 3, 5), 1000),
            (people[0], dt.date(2025, 2, 5), 400),
            (people[1], dt.date(2025, 3, 9), 300),
            (people[2], dt.date(2025, 3, 9), 50),
            (people[1], dt.date(2024, 3, 9), 999),
        ):
            Purchase.create(customer=person, date=day, subtotal=total, total=total)
        TierChange.create(
            customer=people[1], from_tier=member, to_tier=silver, changed_at=dt.datetime(2025, 3, 9)
        )
        TierChange.create(
            customer=people[0], from_tier=silver, to_tier=gold, changed_at=dt.datetime(2025, 3, 5)
        )


def test_monthly_vip_list(db, owner, tmp_path: Path) -> None:
    _vip_month(db)
    written, count = vip_report.export_vip_report(owner, tmp_path / "vip.xlsx", "2025-03")
    assert count == 2
    book = load_workbook(written)
    assert book.sheetnames == ["VIP名单", "本月等级变动", "下月生日", "汇总"]
    vips = list(book["VIP名单"].iter_rows(min_row=2, values_only=True))
    assert [row[1] for row in vips] == ["金卡", "银卡"]
    gold = vips[0]
    assert (gold[2], gold[3], gold[4]) == ("13800000001", "金卡", "小李")
    assert (gold[5], gold[6], gold[9]) == (1000, 1400, 1)
    assert vips[1][6] == 300  # the sale of March 2024 is outside the last 12 months
    changes = list(book["本月等级变动"].iter_rows(min_row=2, values_only=True))
    assert [(row[2], row[3], row[4]) for row in changes] == [
        ("金卡", "银卡", "金卡"),
        ("银卡", "普通会员", "银卡"),
    ]
    birthdays = list(book["下月生日"].iter_rows(min_row=2, values_only=True))
    assert [row[2] for row in birthdays] == ["银卡", "金卡"]
    assert birthdays[0][0].date() == dt.date(2025, 4, 10) and birthdays[0][7] == "否"
    assert birthdays[1][0].date() == dt.date(2025, 4, 12) and birthdays[1][7] == "是"
    summary = {row[0]: row[1:] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["VIP合计"] == (2, 1300, 400, 900)
    assert summary["全部顾客"][1:] == (1350, 400, 950)
    assert summary["本月新增VIP"][0] == 1
    assert "¥" in book["汇总"]["C2"].number_format


def test_vip_month_must_be_written_plainly(owner, tmp_path: Path) -> None:
    with pytest.raises(ShopError, match="YYYY-MM"):
        vip_report.export_vip_report(owner, tmp_path / "vip.xlsx", "March")

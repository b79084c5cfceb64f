"""Importing old customer lists: every messy case, hostile files, all or nothing, the CLI."""

from __future__ import annotations

import datetime as dt
import json
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcrm import cli
from shopcrm.core.errors import ShopError
from shopcrm.customers import profiles, search
from shopcrm.spreadsheets import columns, importing
from shopcrm.spreadsheets.reader import Spreadsheet, UnreadableFile
from shopcrm.storage import derived, settings
from shopcrm.storage.models import AuditLog, Customer, KeyDate, Staff, database
from tests.conftest import OWNER_PASSWORD
from tests.helpers.owners import password_args
from tests.helpers.spreadsheets import Formula, add_shared_string_cell, replace_part, write_xlsx

HEADERS = ["姓名", "手机", "性别", "生日", "地址", "备注"]


def run_import(
    owner: Staff, path: Path, policy: str = "skip", sheet: str | None = None
) -> importing.ImportPlan:
    plan = importing.plan_import(importing.find_table(path, sheet), policy)
    importing.apply_import(owner, plan)
    return plan


def by_phone(phone: str) -> Customer:
    return Customer.get(Customer.phone == phone)


def everyone() -> dict[str, str | None]:
    """Name -> phone of every customer in the shop."""
    return dict(Customer.select(Customer.name, Customer.phone).tuples())


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """A list kept for years: a title row, Traditional headers, every way to write things."""
    rows = [
        ["2019年 VIP 客戶登記表"],
        [],
        ["客戶姓名", "手機號碼", "性別", "出生日期", "地址", "備註", "接受促銷", "導購"],
        ["张小丽  ", 13812345678, "女", dt.date(1990, 5, 3), " 北京市朝阳区 ", None, "是", "小王"],
        ["李娜", "+86 139-0000-1111", "female", "1988/5/3", None, None, "否", None],
        ["王芳", "１３７ ００００ ２２２２", "女士", "1985年12月1日", None, None, None, None],
        ["赵敏", 1.3700003333e10, "女", 33000, None, None, None, None],
        ["钱红", "13700004444.0", "女", "6月18日", None, None, None, None],
        ["孙梅", "13700005555", "女", "1992.7.9", None, None, None, None],
        ["周兰", "0086-137-0000-6666", "女", "19930102", None, None, None, None],
        ["吴霞", "137 0000 7777 / 010-12345678", "女", "农历四月初八", None, None, None, None],
        [None, None, None, None, None, None, None, None],
        ["郑燕", "1.38123E+10", "女", None, None, None, None, None],
        ["冯玉", "13700008888", "女", "1990-02-30", None, None, None, None],
        ["陈华", "13700009999", "女", "2090-01-01", None, None, None, None],
        ["褚英", "12345", "女", None, None, None, None, None],
        ["卫秀", "13600001111", "女", None, None, "x" * 5000, None, None],
        ["蒋静", "13600002222", "不详", None, None, None, None, None],
        ["沈敏", 13600000000, "女", None, None, None, None, None],
        ['=HYPERLINK("http://evil","click")', "13600003333", "女", None, None, None, None, None],
        [None, "13600004444", "女", None, None, None, None, None],
        ["韩梅", "13600005555", "女", None, None, None, "也许", None],
    ]
    return write_xlsx(tmp_path / "会员.xlsx", {"会员": rows})


def test_messy_list_is_cleaned_and_every_rejection_says_why(owner, messy: Path) -> None:
    table = importing.find_table(messy)
    assert table.header_row == 3
    assert set(table.mapping.values()) == {
        "name",
        "phone",
        "gender",
        "birth_date",
        "address",
        "notes",
        "accepts_promotions",
        "clerk",
    }
    plan = importing.plan_import(table)
    assert plan.counts() == {"added": 9, "updated": 0, "skipped": 0, "rejected": 9}
    result = importing.apply_import(owner, plan)
    assert result.as_dict() == plan.counts()

    first = by_phone("13812345678")
    assert (first.name, first.address, first.gender) == ("张小丽", "北京市朝阳区", "female")
    assert first.birth_date == dt.date(1990, 5, 3) and first.accepts_promotions
    assert first.clerk.name == "小王" and first.number == "C000001" and first.tier.rank == 0
    assert by_phone("13900001111").birth_date == dt.date(1988, 5, 3)
    assert by_phone("13700002222").birth_date == dt.date(1985, 12, 1)
    assert by_phone("13700003333").birth_date == dt.date(1990, 5, 7)  # Excel serial 33000
    assert by_phone("13700005555").birth_date == dt.date(1992, 7, 9)
    assert by_phone("13700006666").birth_date == dt.date(1993, 1, 2)
    qian = by_phone("13700004444")
    assert qian.birth_date is None
    assert [(k.month, k.day, k.year, k.lunar) for k in qian.key_dates] == [(6, 18, None, False)]
    wu = by_phone("13700007777")
    assert wu.phone2 == "01012345678"
    assert [(k.kind, k.month, k.day, k.lunar) for k in wu.key_dates] == [("birthday", 4, 8, True)]

    reasons = {(p.row, p.column): p.reason for p in plan.problems()}
    assert "scientific notation" in reasons[(13, "手機號碼")]
    assert "does not exist" in reasons[(14, "出生日期")]
    assert "future" in reasons[(15, "出生日期")]
    assert "too short" in reasons[(16, "手機號碼")]
    assert "at most" in reasons[(17, "備註")]
    assert next(p.value for p in plan.problems() if p.row == 18) == "不详"
    assert "rounded" in reasons[(19, "手機號碼")]
    assert "name" in reasons[(21, "客戶姓名")]
    assert "是 or 否" in reasons[(22, "接受促銷")]
    assert Customer.get(Customer.phone == "13600003333").name.startswith("=HYPERLINK")
    assert Staff.select().where(Staff.name == "小王").count() == 1
    assert AuditLog.select().where(AuditLog.action == "import").count() == 1


def test_rejected_rows_workbook_keeps_the_original_row_and_the_reason(
    db, messy: Path, tmp_path: Path
) -> None:
    plan = importing.plan_import(importing.find_table(messy))
    written = importing.write_rejects(plan, tmp_path / "rejects.xlsx")
    rows = list(load_workbook(written).active.iter_rows(values_only=True))
    assert rows[0][:2] == ("客戶姓名", "手機號碼") and rows[0][-2:] == ("原行号", "问题")
    assert len(rows) == 1 + len(plan.rejected)
    assert rows[1][0] == "郑燕" and rows[1][1] == "1.38123E+10" and rows[1][-2] == 13
    assert "scientific notation" in rows[1][-1]
    # The fixed file imports again: the extra columns are ignored.
    table = importing.find_table(written)
    assert set(table.mapping.values()) >= {"name", "phone"}


def test_two_sheets_of_customers_need_a_choice(owner, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "two.xlsx",
        {
            "说明": [["这个文件是顾客名单"], ["请勿外传"]],
            "老店": [HEADERS, ["张三", "13812345678"]],
            "新店": [["Name", "Mobile"], ["Li Na", "13900001111"]],
        },
    )
    with pytest.raises(importing.SheetChoiceNeeded) as caught:
        importing.find_table(path)
    assert caught.value.sheets == ["老店", "新店"]
    plan = run_import(owner, path, sheet="新店")
    assert plan.counts()["added"] == 1 and by_phone("13900001111").name == "Li Na"


def test_english_headers_and_csv_in_gbk_and_utf8(owner, tmp_path: Path) -> None:
    text = "Full Name,Mobile,Sex,Date of Birth,E-mail\n张小丽,138 1234 5678,F,1990-05-03,a@b.cn\n"
    (tmp_path / "gbk.csv").write_bytes(text.encode("gb18030"))
    (tmp_path / "utf8.txt").write_bytes(("\ufeff" + text.replace("138", "139")).encode())
    run_import(owner, tmp_path / "gbk.csv")
    run_import(owner, tmp_path / "utf8.txt")
    assert by_phone("13812345678").email == "a@b.cn"
    assert by_phone("13912345678").name == "张小丽"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("notes.xlsx", b"Dear customer, this is a letter.\n", "not a spreadsheet"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, ".xls"),
        ("report.pdf", b"%PDF-1.4 binary", "not a spreadsheet"),
    ],
)
def test_files_that_are_not_spreadsheets_get_a_clear_message(
    tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableFile) as caught:
        Spreadsheet(path)
    assert says in str(caught.value)


def test_a_truncated_workbook_is_called_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"s": [HEADERS, ["张三", "13812345678"]]})
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(UnreadableFile, match="damaged or incomplete"):
        Spreadsheet(cut)


def test_a_document_that_is_a_zip_but_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(UnreadableFile, match="not an Excel workbook"):
        Spreadsheet(path)


def test_xml_entity_bomb_is_refused_quickly(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"s": [HEADERS, ["张三", "13812345678"]]})
    laughs = "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY l0 "lol">{laughs}]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row>'
        "</sheetData></worksheet>"
    ).encode()
    path = replace_part(whole, tmp_path / "bomb.xlsx", "xl/worksheets/sheet1.xml", bomb)
    started = time.monotonic()
    with pytest.raises(UnreadableFile, match="XML"):
        Spreadsheet(path)
    assert time.monotonic() - started < 2


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", {"s": [HEADERS, ["张三", "13812345678"]]})
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(whole) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info.filename))
        zout.writestr("xl/media/padding.bin", b"\0" * (64 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(UnreadableFile, match="unpacks to far more"):
        Spreadsheet(path)


def test_duplicates_in_the_file_and_the_database_follow_the_policy(owner, tmp_path: Path) -> None:
    known = profiles.quick_add("张小丽", "13812345678")
    profiles.update_customer(known.id, {"address": "北京"})
    rows = [
        ["姓名", "手机", "地址", "职业"],
        ["张小丽", "138-1234-5678", "上海", "教师"],
        ["李娜", "13900001111", None, "会计"],
        ["李娜娜", "+86 13900001111", "广州", "医生"],
    ]
    path = write_xlsx(tmp_path / "dups.xlsx", {"s": rows})

    skip = importing.plan_import(importing.find_table(path), "skip")
    assert skip.counts() == {"added": 1, "updated": 0, "skipped": 2, "rejected": 0}
    fill = importing.plan_import(importing.find_table(path), "fill")
    assert fill.counts() == {"added": 1, "updated": 1, "skipped": 1, "rejected": 0}
    importing.apply_import(owner, fill)
    known = Customer.get_by_id(known.id)
    assert (known.address, known.occupation) == ("北京", "教师")
    li = by_phone("13900001111")
    assert (li.name, li.address, li.occupation) == ("李娜", "广州", "会计")

    importing.apply_import(owner, importing.plan_import(importing.find_table(path), "overwrite"))
    assert Customer.get_by_id(known.id).address == "上海"
    li = by_phone("13900001111")
    assert (li.name, li.occupation) == ("李娜娜", "医生")
    assert Customer.select().where(Customer.phone == "13900001111").count() == 1
    assert Customer.select().count() == 2


def test_referrers_and_yearless_birthdays_link_within_one_file(owner, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "介绍人", "生日"],
        ["李娜", "13900001111", "13812345678", "3月8日"],
        ["张小丽", "13812345678", None, "农历1990年2月30日"],
        ["王芳", "13700002222", "13600009999", None],
    ]
    plan = run_import(owner, write_xlsx(tmp_path / "ref.xlsx", {"s": rows}))
    assert plan.counts()["rejected"] == 1
    assert plan.rejected[0].cells[0] == "王芳"
    assert by_phone("13900001111").referred_by.phone == "13812345678"
    zhang = by_phone("13812345678")
    assert zhang.birth_year_approx == 1990
    assert [(k.month, k.day, k.year, k.lunar) for k in zhang.key_dates] == [(2, 30, 1990, True)]


def test_saved_mapping_wins_next_time(db, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "odd.xlsx", {"s": [["姓名", "联系人A"], ["张三", "13812345678"]]})
    table = importing.find_table(path)
    assert "phone" not in table.mapping.values()
    with database.atomic():
        columns.save_mapping(table.headers, {0: "name", 1: "phone"})
    assert importing.find_table(path).mapping == {0: "name", 1: "phone"}


@pytest.fixture(params=["into an empty shop", "into a shop with customers"])
def regular(request, owner) -> int:
    """How many customers the shop has before the import: none (the import goes in as one
    transaction, loaded in bulk) or one (it goes in a paced chunk at a time)."""
    if request.param == "into a shop with customers":
        profiles.quick_add("老顾客", "13700000000")
    return Customer.select().count()


def test_a_failure_mid_import_leaves_nothing_behind(
    owner, regular: int, tmp_path: Path, monkeypatch
) -> None:
    rows = [HEADERS] + [[f"顾客{n}", f"1380000{n:04d}"] for n in range(10)]
    plan = importing.plan_import(importing.find_table(write_xlsx(tmp_path / "x.xlsx", {"s": rows})))
    number = settings.get("next_customer_number")
    monkeypatch.setattr(importing, "BATCH", 3)
    real = importing._insert_batch
    calls: list[int] = []

    def failing(shape, batch: list) -> None:
        calls.append(len(batch))
        if len(calls) == 2:
            raise OSError("disk full")
        real(shape, batch)

    monkeypatch.setattr(importing, "_insert_batch", failing)
    with pytest.raises(OSError):
        importing.apply_import(owner, plan)
    assert len(calls) == 2 and calls[0] == 3  # it failed in the second chunk
    assert Customer.select().count() == regular
    assert [s.name for s in Staff.select()] == [owner.name]  # no clerk of the file was added
    assert settings.get("next_customer_number") == number
    assert search.search_ids("顾客1") == [] and search.search_ids("80000001") == []


def test_cancel_rolls_everything_back(owner, regular: int, tmp_path: Path, monkeypatch) -> None:
    rows = [HEADERS] + [[f"顾客{n}", f"1380000{n:04d}"] for n in range(10)]
    plan = importing.plan_import(importing.find_table(write_xlsx(tmp_path / "x.xlsx", {"s": rows})))
    monkeypatch.setattr(importing, "BATCH", 4)
    seen: list[int] = []
    with pytest.raises(importing.ImportCancelled):
        importing.apply_import(
            owner,
            plan,
            progress=lambda done, total: seen.append(done),
            cancelled=lambda: bool(seen),
        )
    assert seen == [4]
    assert Customer.select().count() == regular and KeyDate.select().count() == 0


def test_the_customers_imported_are_found_at_the_counter(owner, regular: int, tmp_path) -> None:
    """Loaded in bulk or a chunk at a time, each customer is searchable at once: by a
    character inside her name, her phone's ending, her initials; and counted."""
    rows = [HEADERS, ["欧阳娜娜", "13800001234"], ["张丽", "13900005678"]]
    run_import(owner, write_xlsx(tmp_path / "x.xlsx", {"s": rows}))
    her = by_phone("13800001234").id
    for query in ("阳", "阳娜", "欧阳娜", "1234", "oyn", "ouyang"):
        assert search.search_ids(query) == [her], query
    assert derived.active_customers() == regular + 2


def test_a_phone_taken_after_the_preview_aborts_the_whole_import(owner, tmp_path: Path) -> None:
    rows = [HEADERS, ["张三", "13812345678"], ["李四", "13900001111"]]
    plan = importing.plan_import(importing.find_table(write_xlsx(tmp_path / "x.xlsx", {"s": rows})))
    profiles.quick_add("李四", "13900001111")
    with pytest.raises(ShopError, match="run the import again"):
        importing.apply_import(owner, plan)
    assert Customer.select().count() == 1


def _cli(db_path: Path, *args: str, password: str | None = None) -> int:
    given = password_args(db_path.parent, password) if password is not None else []
    return cli.main([*given, "--db", str(db_path), *args])


def test_cli_exit_codes_and_json(owner, db_path: Path, tmp_path: Path, capsys, messy: Path) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", {"s": [HEADERS, ["张三", "13812345678"]]})
    assert _cli(db_path, "import", str(good), "--dry-run") == 0  # a dry run needs no owner
    assert Customer.select().count() == 0
    assert _cli(db_path, "import", str(good), "--json", password="not-hers") == 2
    assert "not right" in capsys.readouterr().err and Customer.select().count() == 0
    assert _cli(db_path, "import", str(good), "--json", password=OWNER_PASSWORD) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1]) == {
        "added": 1,
        "updated": 0,
        "skipped": 0,
        "rejected": 0,
    }
    rejects = tmp_path / "rejects.xlsx"
    assert (
        _cli(
            db_path,
            "import",
            str(messy),
            "--json",
            "--rejects",
            str(rejects),
            password=OWNER_PASSWORD,
        )
        == 1
    )
    captured = capsys.readouterr()
    assert json.loads(captured.out.splitlines()[-1])["rejected"] == 9
    assert "row 13" in captured.err and rejects.exists()
    notes = tmp_path / "notes.xlsx"
    notes.write_text("hello", encoding="utf-8")
    assert _cli(db_path, "import", str(notes), password=OWNER_PASSWORD) == 2
    assert "not a spreadsheet" in capsys.readouterr().err
    two = write_xlsx(tmp_path / "two.xlsx", {"a": [HEADERS], "b": [HEADERS]})
    assert _cli(db_path, "import", str(two), password=OWNER_PASSWORD) == 2
    assert "--sheet" in capsys.readouterr().err


def test_totals_and_footer_rows_are_left_out_and_listed_not_imported(
    owner, db_path: Path, tmp_path: Path, capsys
) -> None:
    rows = [
        ["会员名单"],
        ["姓名", "手机", "备注", "消费"],
        ["张三", "13812345678", "老客户", 1200],
        ["李四", "13900001111", None, 800],
        ["合计", None, "2人", 2000],
        ["小 计：", None, None, 2000],
        ["Total", 2],
        [None, "制表人：王丽", None, "审核：李强"],
        ["日期: 2024-05-01"],
        ["总计"],
    ]
    path = write_xlsx(tmp_path / "footers.xlsx", {"s": rows})
    plan = run_import(owner, path)
    assert plan.counts() == {"added": 2, "updated": 0, "skipped": 0, "rejected": 0}
    assert [(p.row, p.value) for p in plan.footers] == [
        (5, "合计"),
        (6, "小 计："),
        (7, "Total"),
        (8, "制表人：王丽"),
        (9, "日期: 2024-05-01"),
        (10, "总计"),
    ]
    assert all("total or footer" in p.reason for p in plan.footers)
    assert plan.notes() == plan.footers
    assert everyone() == {"张三": "13812345678", "李四": "13900001111"}

    again = run_import(owner, path)  # importing the same file again adds no 合计 customer
    assert again.counts() == {"added": 0, "updated": 0, "skipped": 2, "rejected": 0}
    assert len(again.footers) == 6 and Customer.select().count() == 2
    out = tmp_path / "look.xlsx"
    assert _cli(db_path, "import", str(path), "--dry-run", "--rejects", str(out)) == 0
    said = capsys.readouterr().err
    assert "Also look at" in said and "row 5, 姓名 “合计”: A total or footer row" in said
    noted = load_workbook(out)["Look at these"]
    first = next(noted.iter_rows(min_row=2, values_only=True))
    assert first[:3] == (5, "姓名", "合计")


def test_a_two_row_header_with_merged_cells_is_read_as_one(owner, tmp_path: Path) -> None:
    rows = [
        ["2024 会员登记表"],
        ["姓名", "联系方式", None, "地址", "备注"],
        [None, "手机", "邮箱", None, None],
        ["张三", "13812345678", "zs@example.com", "北京", "老客户"],
        ["李四", "13900001111", None, "上海", None],
    ]
    merged = {"会员": ["A1:E1", "A2:A3", "B2:C2", "D2:D3", "E2:E3"]}
    path = write_xlsx(tmp_path / "two-rows.xlsx", {"会员": rows}, merged)
    table = importing.find_table(path)
    assert (table.first_header_row, table.header_row) == (2, 3)
    assert table.headers == ["姓名", "手机", "邮箱", "地址", "备注"]
    assert table.mapping == {0: "name", 1: "phone", 2: "email", 3: "address", 4: "notes"}
    plan = run_import(owner, path)
    assert plan.counts() == {"added": 2, "updated": 0, "skipped": 0, "rejected": 0}
    zhang = by_phone("13812345678")
    assert (zhang.name, zhang.email, zhang.address, zhang.notes) == (
        "张三",
        "zs@example.com",
        "北京",
        "老客户",
    )
    assert everyone() == {"张三": "13812345678", "李四": "13900001111"}


def test_a_two_row_header_without_a_name_column_is_refused_naming_it(db, tmp_path: Path) -> None:
    rows = [
        ["序号", "客户资料", None],
        [None, "称呼", "手机"],
        [1, "张三", "13812345678"],
    ]
    merged = {"s": ["A1:A2", "B1:C1"]}
    path = write_xlsx(tmp_path / "no-name.xlsx", {"s": rows}, merged)
    with pytest.raises(ShopError, match=r"take two rows \(1 and 2\).*姓名 \(name\) in row 2"):
        importing.find_table(path)
    assert Customer.select().count() == 0


@pytest.mark.parametrize(("far", "value"), [("XFD1048576", " "), ("A1048576", "x")])
def test_a_stray_cell_far_from_a_small_table_is_left_out_and_named(
    owner, tmp_path: Path, far: str, value: str
) -> None:
    path = write_xlsx(
        tmp_path / "far.xlsx",
        {"s": [HEADERS] + [[f"顾客{n}", f"1380000{n:04d}"] for n in range(10)]},
    )
    loaded = load_workbook(path)
    loaded.active[far] = value
    loaded.save(path)
    started = time.monotonic()
    plan = run_import(owner, path)
    assert time.monotonic() - started < 5
    assert plan.counts() == {"added": 10, "updated": 0, "skipped": 0, "rejected": 0}
    assert [(w.row, w.column, w.value) for w in plan.warnings] == [(1048576, far, value)]
    assert "far from the table" in plan.warnings[0].reason
    assert everyone() == {f"顾客{n}": f"1380000{n:04d}" for n in range(10)}


def test_a_far_cell_excel_stored_as_a_shared_string_is_named_with_its_text(
    owner, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "shared.xlsx", {"s": [HEADERS, ["张三", "13812345678"]]})
    add_shared_string_cell(path, "C900000", "备用")
    plan = run_import(owner, path)
    assert [(w.row, w.column, w.value) for w in plan.warnings] == [(900000, "C900000", "备用")]
    assert everyone() == {"张三": "13812345678"}


def test_a_second_column_with_a_taken_name_goes_into_the_notes(owner, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "备注", "地址", "备注", "地址"],
        ["张三", "13812345678", "老客户", "北京", "喜欢红色", "上海浦东"],
        ["李四", "13900001111", None, None, "只买打折", None],
        ["王芳", "13700002222", None, None, None, None],
    ]
    path = write_xlsx(tmp_path / "twice.xlsx", {"s": rows})
    table = importing.find_table(path)
    assert table.mapping == {
        0: "name",
        1: "phone",
        2: "notes",
        3: "address",
        4: columns.TO_NOTES,
        5: columns.TO_NOTES,
    }
    plan = run_import(owner, path)
    assert plan.counts() == {"added": 3, "updated": 0, "skipped": 0, "rejected": 0}
    assert by_phone("13812345678").notes == "老客户\n备注: 喜欢红色\n地址: 上海浦东"
    assert by_phone("13812345678").address == "北京"
    assert by_phone("13900001111").notes == "备注: 只买打折"
    assert by_phone("13700002222").notes is None
    assert set(everyone()) == {"张三", "李四", "王芳"}
    # Saving the mapping keeps the first column's choice for the header named twice.
    with database.atomic():
        columns.save_mapping(table.headers, table.mapping)
    assert columns.saved_mapping()["备注"] == "notes"
    assert importing.find_table(path).mapping == table.mapping


def test_a_landline_that_lost_its_leading_zero_is_restored_with_a_warning_or_refused(
    owner, tmp_path: Path
) -> None:
    rows = [
        ["姓名", "电话"],
        ["王丽", "010-87654321"],
        ["李梅", 2187654321],  # 021-87654321 typed into a number cell
        ["赵敏", 1087654321],  # 010-87654321 again: not silently taken as 王丽's duplicate
        ["孙红", 13812345678],
    ]
    plan = run_import(owner, write_xlsx(tmp_path / "landlines.xlsx", {"s": rows}))
    assert plan.counts() == {"added": 3, "updated": 0, "skipped": 0, "rejected": 1}
    assert [(w.row, w.column, w.value) for w in plan.warnings] == [(3, "电话", "2187654321")]
    assert "leading 0" in plan.warnings[0].reason and "021 8765 4321" in plan.warnings[0].reason
    (problem,) = plan.problems()
    assert (problem.row, problem.column, problem.value) == (4, "电话", "1087654321")
    assert "leading 0" in problem.reason and "010 8765 4321" in problem.reason
    assert plan.repeats == []
    assert everyone() == {"王丽": "01087654321", "李梅": "02187654321", "孙红": "13812345678"}


def test_a_formula_saved_without_its_value_is_reported_as_a_formula(owner, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机"],
        [Formula('=CONCAT("张","三")'), "13812345678"],
        ["李四", "13900001111"],
    ]
    plan = run_import(owner, write_xlsx(tmp_path / "formula.xlsx", {"s": rows}))
    assert plan.counts() == {"added": 1, "updated": 0, "skipped": 0, "rejected": 1}
    (problem,) = plan.problems()
    assert (problem.row, problem.column, problem.value) == (2, "姓名", '=CONCAT("张","三")')
    assert "formula that was never calculated" in problem.reason
    assert "save it, or paste values" in problem.reason
    assert everyone() == {"李四": "13900001111"}


def test_rows_repeating_an_earlier_row_are_listed_by_row(owner, tmp_path: Path) -> None:
    known = profiles.quick_add("王芳", "13700002222")
    rows = [
        ["编号", "姓名", "手机", "地址"],
        [None, "张三", "13812345678", "北京"],
        [None, "李四", "13900001111", None],
        [None, "张三丰", "138-1234-5678", "上海"],
        [known.number, "王芳", None, "广州"],
        [known.number, None, None, "深圳"],
    ]
    path = write_xlsx(tmp_path / "repeats.xlsx", {"s": rows})
    skip = importing.plan_import(importing.find_table(path), "skip")
    assert [(p.row, p.column, p.value, p.reason) for p in skip.repeats] == [
        (4, "手机", "138 1234 5678", "Repeats row 2: skipped."),
        (6, "编号", known.number, "Repeats row 5: skipped."),
    ]
    plan = run_import(owner, path, "fill")
    assert plan.counts() == {"added": 2, "updated": 1, "skipped": 2, "rejected": 0}
    assert [(p.row, p.reason) for p in plan.repeats] == [
        (4, "Repeats row 2: merged into it."),
        (6, "Repeats row 5: merged into it."),
    ]
    zhang = by_phone("13812345678")
    assert (zhang.name, zhang.address) == ("张三", "北京")
    assert Customer.get_by_id(known.id).address == "广州"
    assert everyone() == {"张三": "13812345678", "李四": "13900001111", "王芳": "13700002222"}


FOOTERS_WITHOUT_PHONE = [
    "总人数：3", "共3人", "共 3 人", "以上合计", "填表人：王丽", "制单人：王丽", "负责人：王丽",
    "店长签字：", "打印时间：2024-05-01", "统计：王丽", "报表日期：2024-05-01", "【合计】",
    "总金额", "Date: 2024-05-01", "Prepared by: Wang Li", "Sum",
]  # fmt: skip


def test_every_kind_of_footer_is_left_out_but_a_customer_with_a_phone_never(
    owner, tmp_path: Path
) -> None:
    rows = [
        ["姓名", "手机", "消费金额"],
        ["小计", "13900139000", 300],  # 计 is a surname: she has a phone, she is a customer
        ["Total Beauty Salon", "13700137000", 500],
        *([footer, None, 300] for footer in FOOTERS_WITHOUT_PHONE),
    ]
    plan = run_import(owner, write_xlsx(tmp_path / "footers.xlsx", {"s": rows}))
    assert [p.value for p in plan.footers] == FOOTERS_WITHOUT_PHONE
    assert everyone() == {"小计": "13900139000", "Total Beauty Salon": "13700137000"}


def test_a_merged_note_beside_the_header_is_no_second_header_row(owner, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "备注", None, "说明：本表由店长维护"],
        *([f"王芳{n}", f"1380013800{n}", "老客"] for n in range(5)),
    ]
    path = write_xlsx(tmp_path / "note.xlsx", {"s": rows}, {"s": ["E1:H4"]})
    table = importing.find_table(path)
    assert (table.first_header_row, table.header_row) == (1, 1)
    assert run_import(owner, path).counts()["added"] == 5


def test_a_first_customer_full_of_column_words_is_a_customer(owner, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "职业", "历法", "来源", "回访方式", "备注"],
        ["王芳", 13800138000, "销售", "农历", "微信", "电话", None],
        ["李娜", 13900139000, "教师", "公历", "朋友介绍", "微信", "老客"],
    ]
    path = write_xlsx(tmp_path / "words.xlsx", {"s": rows})
    assert importing.find_table(path).header_row == 1
    assert run_import(owner, path).counts()["added"] == 2
    assert set(everyone()) == {"王芳", "李娜"}


@pytest.mark.parametrize("policy", ["skip", "overwrite"])
def test_a_guessed_zero_loses_to_the_row_that_has_the_number_as_typed(
    owner, tmp_path: Path, policy: str
) -> None:
    rows = [["姓名", "电话"], ["王芳", 1087654321], ["李娜", "010-87654321"]]
    plan = run_import(owner, write_xlsx(tmp_path / "guess.xlsx", {"s": rows}), policy)
    assert [(r.row, r.problems[0].value) for r in plan.rejected] == [(2, "1087654321")]
    assert "another row or customer already has" in plan.rejected[0].problems[0].reason
    assert everyone() == {"李娜": "01087654321"}

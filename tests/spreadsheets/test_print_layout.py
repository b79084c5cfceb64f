"""The workbooks print as they are: LibreOffice turns them into PDF pages, read back here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from shopcrm.core.i18n import in_language
from shopcrm.customers.profiles import quick_add
from shopcrm.loyalty import vip_report
from shopcrm.spreadsheets import columns, exporting
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Purchase, Tier, database
from tests.helpers.pdf import read_pdf
from tests.helpers.spreadsheets import libreoffice_convert

SHOP = "丽影 & 家居"  # an & means something to a page header: it must print as itself
VIPS = 150
GIVEN = "丽娜静敏婷雪梅兰芳琳"


def _name(n: int) -> str:
    return f"王{GIVEN[n % 10]}{GIVEN[n // 10 % 10]}{'一二三四五六七八九十'[n // 100]}"


def _pdf(written: Path, folder: Path) -> tuple[list[str], list]:
    converted = libreoffice_convert(written, folder, "pdf")
    if converted is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    texts, sizes = read_pdf(converted)
    # Headers wrap onto two lines and cells break where they like: compare without spaces.
    return ["".join(text.split()) for text in texts], sizes


def _pages_of(texts: list[str], heading: str) -> list[int]:
    return [number for number, text in enumerate(texts) if heading in text]


def test_the_vip_list_prints_one_page_wide_with_her_money_beside_her_name(
    db, owner, today: dt.date, tmp_path: Path
) -> None:
    options.set_many({"shop_name": SHOP})
    gold = Tier.get(Tier.rank == 2)
    people = [quick_add(_name(n), f"1380000{n:04d}") for n in range(VIPS)]
    with database.atomic():
        Customer.update(tier=gold).where(Customer.id.in_([p.id for p in people])).execute()
        for n, person in enumerate(people):
            total = 1000 + n
            Purchase.create(customer=person, date=today, subtotal=total, total=total)
    written, count = vip_report.export_vip_report(owner, tmp_path / "vip.xlsx", f"{today:%Y-%m}")
    assert count == VIPS

    texts, sizes = _pdf(written, tmp_path)
    assert all(size.width() > size.height() for size in sizes)  # landscape
    words = in_language("zh_CN")
    vip_pages = _pages_of(texts, f"{words.tr(vip_report.WORDS['vip'])}·{today:%Y-%m}")
    assert 2 <= len(vip_pages) <= VIPS // 25  # one page wide: not split into column strips
    headers = [
        "".join(words.tr(vip_report.WORDS[key]).split())
        for key in ("number", "name", "phone", "month_spend", "total", "birthday")
    ]
    for number in vip_pages:
        page = texts[number]
        assert all(header in page for header in headers), page[:200]
        assert "丽影&家居" in page and f"{number + 1}/{len(texts)}" in page
    for n in range(VIPS):
        on = [number for number in vip_pages if _name(n) in texts[number]]
        assert len(on) == 1 and f"¥{1000 + n:,}.00" in texts[on[0]]
    next_month = (today.replace(day=1) + dt.timedelta(days=32)).strftime("%Y-%m")
    birthdays = words.tr(vip_report.WORDS["birthdays"])
    assert _pages_of(texts, f"{birthdays}·{next_month}")


def test_a_sheet_too_wide_for_a_page_prints_across_with_number_and_name_on_every_page(
    db, owner, tmp_path: Path
) -> None:
    people = [quick_add(_name(n), f"1390000{n:04d}") for n in range(20)]
    written, _ = exporting.export_profiles(owner, tmp_path / "profiles.xlsx")

    texts, sizes = _pdf(written, tmp_path)
    assert len(texts) >= 3 and all(size.width() > size.height() for size in sizes)
    number, name, last = (
        "".join(columns.export_header(field, "zh_CN").split())
        for field in ("number", "name", exporting.PROFILE_FIELDS[-1])
    )
    for page in texts:
        assert number in page and name in page
        assert all(_name(n) in page for n in range(len(people)))
    assert last in texts[-1]

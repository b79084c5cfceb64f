"""Exporting customer profiles, and the empty import template, to Excel.

Every profile field goes out with its header in the chosen language, coded
values as words (女, 微信, 是), phones as text, dates as real dates, money as
numbers in ¥ format. The same words read back in through the importer, so
exporting and importing the same file changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from shopcrm.core.i18n import in_language, marked
from shopcrm.customers.fields import BY_NAME
from shopcrm.spreadsheets import columns
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, excel_date, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Staff, database

PROFILE_FIELDS = tuple(column.field for column in columns.COLUMNS if column.exported)
TEMPLATE_FIELDS = tuple(
    name for name in PROFILE_FIELDS if columns.BY_FIELD[name].importable and name != "number"
)
# Words written into the file in its language (i18n.in_language); the importer reads
# each language's back.
SHEET_TITLE = marked("Customer profiles", "export")
FLAG_WORDS = (marked("no", "export"), marked("yes", "export"))
WITH_YEAR = marked("{year}-{month:02d}-{day:02d}", "export")
YEARLESS = marked("{month:02d}-{day:02d}", "export")
LUNAR = marked("lunar {date}", "export")
EXAMPLE = {
    "name": "张小丽",
    "phone": "13812345678",
    "gender": "female",
    "birth_date": dt.date(1990, 5, 3),
    "birthday_lunar": False,
    "address": "北京市朝阳区幸福路8号",
    "size_top": "M",
    "size_shoe": "37",
    "preferred_channel": "wechat",
    "accepts_promotions": True,
    "home_area_m2": 120.5,
    "notes": "示例行：导入前请删除 (example row: delete it before importing)",
}

_STORED = tuple(
    name
    for name in PROFILE_FIELDS
    if name not in ("clerk", "referred_by", "tier") and name in Customer._meta.fields
)
_QUERY = f"""
    SELECT {", ".join(f'c."{Customer._meta.fields[name].column_name}"' for name in _STORED)},
           s.name, r.number, t.name, kd.month, kd.day, kd.year, kd.lunar
      FROM customer c
      LEFT JOIN staff s ON s.id = c.clerk_id
      LEFT JOIN customer r ON r.id = c.referred_by_id
      LEFT JOIN tier t ON t.id = c.tier_id
      LEFT JOIN (SELECT customer_id, month, day, year, lunar, min(id)
                   FROM key_date WHERE kind = 'birthday'
                  GROUP BY customer_id) kd ON kd.customer_id = c.id
     WHERE c.deleted_at IS NULL {{where}}
     ORDER BY c.id
"""


def table_column(field: str, language: str) -> TableColumn:
    column = columns.BY_FIELD[field]
    return TableColumn(columns.export_header(field, language), column.kind, column.width)


def yearless_birthday(month: int, day: int, year: int | None, lunar: bool, language: str) -> str:
    """A key-date birthday as text the importer reads back: 5月3日, 农历5月3日, lunar 05-03."""
    words = in_language(language)
    text = words.tr(WITH_YEAR if year else YEARLESS).format(year=year, month=month, day=day)
    return words.tr(LUNAR).format(date=text) if lunar else text


def _word(field: str, value: Any, language: str) -> Any:
    kind = columns.BY_FIELD[field].kind
    if kind == "flag":
        return in_language(language).tr(FLAG_WORDS[bool(value)])
    if kind == "choice" and value is not None:
        return in_language(language).tr(BY_NAME[field].words.get(value, value))
    if kind == "date":
        return excel_date(value)
    return value


def _cell_converter(field: str, language: str) -> Callable[[Any], Any] | None:
    """How a raw database value becomes its cell; None where it goes in unchanged."""
    kind = columns.BY_FIELD[field].kind
    if kind == "money":
        return lambda fen: None if fen is None else fen / 100
    if kind == "date":
        to_python = Customer._meta.fields[field].python_value
        return lambda value: excel_date(to_python(value))
    if kind in ("flag", "choice"):
        return lambda value: _word(field, value, language)
    return None


def _profile_rows(customer_ids: Sequence[int] | None, language: str) -> Iterator[list[Any]]:
    joined = {"clerk": 0, "referred_by": 1, "tier": 2}
    plan = [
        (
            len(_STORED) + joined[name] if name in joined else _STORED.index(name),
            None if name in joined else _cell_converter(name, language),
        )
        for name in PROFILE_FIELDS
    ]
    birthday = PROFILE_FIELDS.index("birth_date")
    chunks: list[Sequence[int] | None] = (
        [None]
        if customer_ids is None
        else [customer_ids[i : i + 500] for i in range(0, len(customer_ids), 500)]
    )
    for chunk in chunks:
        where = "" if chunk is None else f"AND c.id IN ({', '.join('?' * len(chunk))})"
        cursor = database.execute_sql(_QUERY.format(where=where), list(chunk or []))
        for raw in cursor:
            row = [
                raw[index] if convert is None else convert(raw[index]) for index, convert in plan
            ]
            month, day, year, lunar = raw[len(_STORED) + 3 :]
            if row[birthday] is None and month is not None:
                row[birthday] = yearless_birthday(month, day, year, bool(lunar), language)
            yield row


def export_profiles(
    actor: Staff, path: Path, customer_ids: Sequence[int] | None = None, language: str = "zh_CN"
) -> tuple[Path, int]:
    """Write these customers (all active ones when None); return the file and the count.
    Only the owner exports, and the trail says what left the shop."""
    permissions.require(actor, "export")
    counted = 0

    def counting() -> Iterator[list[Any]]:
        nonlocal counted
        for row in _profile_rows(customer_ids, language):
            counted += 1
            yield row

    title = in_language(language).tr(SHEET_TITLE)
    table = [table_column(name, language) for name in PROFILE_FIELDS]
    written = write_workbook(
        path,
        [SheetSpec(title, table, counting(), key_columns=PROFILE_FIELDS.index("phone") + 1)],
        shop=options.get("shop_name"),
    )
    audit.exported(actor, "profiles", counted, written)
    return written, counted


def export_template(path: Path, language: str = "zh_CN") -> Path:
    """An empty import template: every importable header and one example row."""
    example = [
        _word(name, EXAMPLE[name], language) if name in EXAMPLE else None
        for name in TEMPLATE_FIELDS
    ]
    title = in_language(language).tr(SHEET_TITLE)
    return write_workbook(
        path,
        [SheetSpec(title, [table_column(name, language) for name in TEMPLATE_FIELDS], [example])],
    )

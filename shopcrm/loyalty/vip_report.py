"""The owner's monthly VIP list: who the VIPs are, what changed, whose birthday is next.

One workbook per month with four sheets: the VIP list, this month's tier
changes, next month's VIP birthdays (lunar ones converted to their solar day
and marked), and a summary of customers and sales per tier against the
previous month. The words are the catalogue's for the language asked for (not
the window's), like the profile export, so the same month always produces the
same file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

from shopcrm.core.calendar_dates import SHOP_YEARS, next_occurrence
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import in_language, marked, tr
from shopcrm.core.money import from_fen
from shopcrm.loyalty import reasons
from shopcrm.spreadsheets.exporting import FLAG_WORDS, yearless_birthday
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Staff, database

# The lowest tier rank that counts as VIP: the entry tier (rank 0) does not.
VIP_MIN_RANK = 1

# The workbook's words, written in the file's language from the catalogue (i18n.in_language).
WORDS = {
    "vip": marked("VIP list", "vip_list"),
    "changes": marked("Tier changes", "vip_list"),
    "birthdays": marked("Birthdays next month", "vip_list"),
    "summary": marked("Summary", "vip_list"),
    "number": marked("Number", "vip_list"),
    "name": marked("Name", "vip_list"),
    "phone": marked("Phone", "vip_list"),
    "tier": marked("Tier", "vip_list"),
    "clerk": marked("Clerk", "vip_list"),
    "month_spend": marked("Spent this month", "vip_list"),
    "year_spend": marked("Spent last 12 months", "vip_list"),
    "total": marked("Total spent", "vip_list"),
    "points": marked("Points", "vip_list"),
    "month_visits": marked("Visits this month", "vip_list"),
    "last_visit": marked("Last visit", "vip_list"),
    "birthday": marked("Birthday", "vip_list"),
    "date": marked("Date", "vip_list"),
    "from": marked("From tier", "vip_list"),
    "to": marked("To tier", "vip_list"),
    "reason": marked("Reason", "vip_list"),
    "on": marked("Birthday on", "vip_list"),
    "lunar": marked("Lunar", "vip_list"),
    "item": marked("Item", "vip_list"),
    "change": marked("Change", "vip_list"),
    "customers": marked("Customers", "vip_list"),
    "this": marked("Sales this month", "vip_list"),
    "previous": marked("Sales previous month", "vip_list"),
    "vip_total": marked("All VIPs", "vip_list"),
    "all": marked("All customers", "vip_list"),
    "new_vips": marked("New VIPs this month", "vip_list"),
    "new_vips_before": marked("New VIPs previous month", "vip_list"),
    "lost_vips": marked("Lost VIPs this month", "vip_list"),
    "lost_vips_before": marked("Lost VIPs previous month", "vip_list"),
}


# Kind and width of each column the sheets use, by its word.
COLUMN_KINDS: dict[str, tuple[str, int]] = {
    "number": ("text", 10),
    "name": ("text", 12),
    "phone": ("text", 15),
    "tier": ("text", 10),
    "clerk": ("text", 10),
    "month_spend": ("money", 14),
    "year_spend": ("money", 16),
    "total": ("money", 14),
    "points": ("integer", 10),
    "month_visits": ("integer", 10),
    "last_visit": ("date", 12),
    "birthday": ("date", 16),
    "date": ("datetime", 16),
    "from": ("text", 10),
    "to": ("text", 10),
    "reason": ("text", 30),
    "on": ("date", 12),
    "lunar": ("text", 8),
    "item": ("text", 22),
    "customers": ("integer", 12),
    "this": ("money", 16),
    "previous": ("money", 16),
    "change": ("money", 16),
}


def _column(words: dict[str, str], key: str) -> TableColumn:
    kind, width = COLUMN_KINDS[key]
    return TableColumn(words[key], kind, width)


def parse_month(text: str) -> dt.date:
    """'2025-03' -> 1 March 2025."""
    match = re.fullmatch(r"\s*(\d{4})-(\d{1,2})\s*", text or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ShopError(tr("Write the month as YYYY-MM, e.g. 2025-03."))
    year = int(match.group(1))
    if year not in SHOP_YEARS:
        raise ShopError(
            tr("Choose a month from {first} to {last}.").format(
                first=f"{SHOP_YEARS.start}-01", last=f"{SHOP_YEARS.stop - 1}-12"
            )
        )
    return dt.date(year, int(match.group(2)), 1)


def add_months(first: dt.date, months: int) -> dt.date:
    index = first.year * 12 + first.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text[:10]) if text else None


_VIPS = """
    SELECT c.id, c.number, c.name, c.phone, t.name, s.name,
           coalesce(m.total, 0), coalesce(y.total, 0), c.total_spent, c.points,
           coalesce(m.visits, 0), c.last_purchase_on, c.birth_date, c.birthday_lunar,
           kd.month, kd.day, kd.year, kd.lunar
      FROM customer c
      JOIN tier t ON t.id = c.tier_id
      LEFT JOIN staff s ON s.id = c.clerk_id
      LEFT JOIN (SELECT customer_id, sum(total) AS total, sum(total >= 0) AS visits
                   FROM purchase WHERE date >= ? AND date < ? GROUP BY customer_id) m
             ON m.customer_id = c.id
      LEFT JOIN (SELECT customer_id, sum(total) AS total
                   FROM purchase WHERE date >= ? AND date < ? GROUP BY customer_id) y
             ON y.customer_id = c.id
      LEFT JOIN (SELECT customer_id, month, day, year, lunar, min(id)
                   FROM key_date WHERE kind = 'birthday' GROUP BY customer_id) kd
             ON kd.customer_id = c.id
     WHERE c.deleted_at IS NULL AND t.rank >= ?
     ORDER BY t.rank DESC, c.total_spent DESC, c.number
"""


def _vips(first: dt.date) -> list[tuple[Any, ...]]:
    after = add_months(first, 1).isoformat()
    year_start = add_months(first, -11).isoformat()
    return database.execute_sql(
        _VIPS, [first.isoformat(), after, year_start, after, VIP_MIN_RANK]
    ).fetchall()


def _birthday_text(row: tuple[Any, ...], language: str) -> Any:
    born, lunar = _date(row[12]), bool(row[13])
    if born is not None:
        return yearless_birthday(born.month, born.day, born.year, True, language) if lunar else born
    if row[14] is not None:
        return yearless_birthday(row[14], row[15], row[16], bool(row[17]), language)
    return None


def _vip_sheet(vips: list[tuple[Any, ...]], words: dict[str, str], language: str) -> SheetSpec:
    table = [
        _column(words, key)
        for key in (
            "number",
            "name",
            "phone",
            "tier",
            "clerk",
            "month_spend",
            "year_spend",
            "total",
            "points",
            "month_visits",
            "last_visit",
            "birthday",
        )
    ]
    rows = (
        [
            *row[1:6],
            from_fen(row[6]),
            from_fen(row[7]),
            from_fen(row[8]),
            row[9],
            row[10],
            _date(row[11]),
            _birthday_text(row, language),
        ]
        for row in vips
    )
    return SheetSpec(words["vip"], table, rows, key_columns=2)


def _tier_changes(first: dt.date) -> list[tuple[Any, ...]]:
    return database.execute_sql(
        """SELECT tc.changed_at, c.number, c.name, f.name, t.name,
                  tc.reason_code, tc.reason_args, tc.reason,
                  coalesce(f.rank, -1), coalesce(t.rank, -1)
             FROM tier_change tc
             JOIN customer c ON c.id = tc.customer_id
             LEFT JOIN tier f ON f.id = tc.from_tier_id
             LEFT JOIN tier t ON t.id = tc.to_tier_id
            WHERE tc.changed_at >= ? AND tc.changed_at < ?
              AND (coalesce(f.rank, -1) >= ? OR coalesce(t.rank, -1) >= ?)
            ORDER BY tc.changed_at, c.number""",
        [first.isoformat(), add_months(first, 1).isoformat(), VIP_MIN_RANK, VIP_MIN_RANK],
    ).fetchall()


def _changes_sheet(first: dt.date, words: dict[str, str], language: str) -> SheetSpec:
    table = [_column(words, key) for key in ("date", "number", "name", "from", "to", "reason")]
    rows = (
        [dt.datetime.fromisoformat(str(row[0])), *row[1:5], reasons.words(*row[5:8], language)]
        for row in _tier_changes(first)
    )
    return SheetSpec(words["changes"], table, rows)


def _birthdays(vips: list[tuple[Any, ...]], first: dt.date) -> Iterator[tuple[dt.date, Any]]:
    """(solar day next month, VIP row) for each VIP whose birthday falls next month."""
    start, end = add_months(first, 1), add_months(first, 2)
    found = []
    for row in vips:
        born = _date(row[12])
        if born is not None:
            month, day, lunar = born.month, born.day, bool(row[13])
        elif row[14] is not None:
            month, day, lunar = row[14], row[15], bool(row[17])
        else:
            continue
        on = next_occurrence(month, day, lunar, start)
        if on < end:
            found.append((on, row))
    yield from sorted(found, key=lambda pair: (pair[0], pair[1][1]))


def _birthdays_sheet(
    vips: list[tuple[Any, ...]], first: dt.date, words: dict[str, str], language: str
) -> SheetSpec:
    table = [
        _column(words, key)
        for key in ("on", "number", "name", "phone", "tier", "clerk", "birthday", "lunar")
    ]
    flags = [in_language(language).tr(word) for word in FLAG_WORDS]
    rows = (
        [on, *row[1:6], _birthday_text(row, language), flags[bool(row[13] or row[17])]]
        for on, row in _birthdays(vips, first)
    )
    return SheetSpec(words["birthdays"], table, rows)


def _sales_by_tier(start: dt.date, end: dt.date) -> dict[int, int]:
    return dict(
        database.execute_sql(
            """SELECT c.tier_id, sum(p.total) FROM purchase p
                 JOIN customer c ON c.id = p.customer_id
                WHERE p.date >= ? AND p.date < ? GROUP BY c.tier_id""",
            [start.isoformat(), end.isoformat()],
        ).fetchall()
    )


def _vip_moves(start: dt.date, end: dt.date) -> tuple[int, int]:
    """(new VIPs, lost VIPs) in the month: tier changes across the VIP line, VIPs deleted."""
    vip = VIP_MIN_RANK
    gained, lost = database.execute_sql(
        """SELECT count(DISTINCT CASE WHEN coalesce(f.rank, -1) < ? AND coalesce(t.rank, -1) >= ?
                                      THEN tc.customer_id END),
                  count(DISTINCT CASE WHEN coalesce(f.rank, -1) >= ? AND coalesce(t.rank, -1) < ?
                                      THEN tc.customer_id END)
             FROM tier_change tc
             LEFT JOIN tier f ON f.id = tc.from_tier_id
             LEFT JOIN tier t ON t.id = tc.to_tier_id
            WHERE tc.changed_at >= ? AND tc.changed_at < ?""",
        [vip, vip, vip, vip, start.isoformat(), end.isoformat()],
    ).fetchone()
    deleted = database.execute_sql(
        """SELECT count(*) FROM customer c JOIN tier t ON t.id = c.tier_id
            WHERE t.rank >= ? AND c.deleted_at >= ? AND c.deleted_at < ?
              AND c.merged_into_id IS NULL""",
        [vip, start.isoformat(), end.isoformat()],
    ).fetchone()[0]
    return gained or 0, (lost or 0) + deleted


def _summary_sheet(first: dt.date, words: dict[str, str]) -> SheetSpec:
    previous, after = add_months(first, -1), add_months(first, 1)
    tiers = database.execute_sql(
        """SELECT t.id, t.name, t.rank, count(c.id) FROM tier t
             LEFT JOIN customer c ON c.tier_id = t.id AND c.deleted_at IS NULL
            GROUP BY t.id ORDER BY t.rank"""
    ).fetchall()
    this_sales, last_sales = _sales_by_tier(first, after), _sales_by_tier(previous, first)

    def line(label: str, tier_ids: list[int | None], count: int) -> list[Any]:
        now = sum((from_fen(this_sales.get(t)) for t in tier_ids), Decimal("0.00"))
        before = sum((from_fen(last_sales.get(t)) for t in tier_ids), Decimal("0.00"))
        return [label, count, now, before, now - before]

    rows = [line(name, [tier_id], count) for tier_id, name, _rank, count in tiers]
    vips = [(tier_id, count) for tier_id, _name, rank, count in tiers if rank >= VIP_MIN_RANK]
    rows.append(line(words["vip_total"], [t for t, _ in vips], sum(c for _, c in vips)))
    everyone = list({*this_sales, *last_sales, *(t for t, *_ in tiers)})
    rows.append(line(words["all"], everyone, sum(count for *_, count in tiers)))
    gained, lost = _vip_moves(first, after)
    gained_before, lost_before = _vip_moves(previous, first)
    rows += [
        [words["new_vips"], gained],
        [words["new_vips_before"], gained_before],
        [words["lost_vips"], lost],
        [words["lost_vips_before"], lost_before],
    ]
    table = [_column(words, key) for key in ("item", "customers", "this", "previous", "change")]
    return SheetSpec(words["summary"], table, rows)


def vip_sheets(actor: Staff, month: str, language: str = "zh_CN") -> tuple[list[SheetSpec], int]:
    """The month's VIP list as sheets (the VIPs, tier changes, next month's birthdays and
    a summary), each headed with the month it is about, for the workbook or the printer;
    and how many VIPs it names."""
    permissions.require(actor, "export")
    first = parse_month(month)
    book = in_language(language)
    words = {key: book.tr(text) for key, text in WORDS.items()}
    vips = _vips(first)
    sheets = [
        _vip_sheet(vips, words, language),
        _changes_sheet(first, words, language),
        _birthdays_sheet(vips, first, words, language),
        _summary_sheet(first, words),
    ]
    # Printed headings say the month each sheet is about: the birthdays are next month's.
    for sheet, about in zip(sheets, (first, first, add_months(first, 1), first), strict=True):
        sheet.heading = f"{sheet.title} · {about:%Y-%m}"
    return sheets, len(vips)


def export_vip_report(
    actor: Staff, path: Path, month: str, language: str = "zh_CN"
) -> tuple[Path, int]:
    """Write the month's VIP workbook; return the file and the number of VIPs listed."""
    sheets, listed = vip_sheets(actor, month, language)
    written = write_workbook(path, sheets, shop=options.get("shop_name"))
    audit.exported(actor, "vip", listed, written)
    return written, listed

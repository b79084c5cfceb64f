"""The sheets a workbook is written from, as a page to print or save as PDF: the same
columns and rows, each value written as the workbook's format shows it, under the shop's
name and each sheet's heading. The window prints it (ui/printing/sheets_dialog.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from html import escape
from typing import Any

from shopcrm.core import clock
from shopcrm.core.money import money
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn

_RIGHT = ("money", "number", "integer", "percent")


def cell_text(value: Any, kind: str) -> str:
    """A value as its column's format shows it in the workbook."""
    if value is None or value == "":
        return ""
    if kind == "money":
        return money(Decimal(value))
    if kind == "percent":
        return f"{float(value) * 100:.1f}%"
    if kind == "number":
        return f"{float(value):.1f}"
    if kind == "datetime" and isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if kind in ("date", "datetime") and isinstance(value, dt.date):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _table(columns: Sequence[TableColumn], rows: Any) -> str:
    head = "".join(f"<th>{escape(column.header)}</th>" for column in columns)
    body = []
    for row in rows:
        cells = "".join(
            # One line a row: a figure, a phone or a day is never broken over two lines.
            f'<td align="{"right" if column.kind in _RIGHT else "left"}"'
            ' style="white-space: nowrap">'
            f"{escape(cell_text(value, column.kind))}</td>"
            for column, value in zip(columns, row, strict=False)
        )
        body.append(f"<tr>{cells}</tr>")
    return (
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def sheets_html(sheets: Sequence[SheetSpec], shop: str = "", today: dt.date | None = None) -> str:
    """Every sheet in turn, each from a new page, its heading over its table; the shop and
    the day at the top. A table's header row repeats on each page it runs over."""
    day = f"{today or clock.today():%Y-%m-%d}"
    parts = [
        f"<p>{escape(shop)}{' · ' if shop else ''}{day}</p>",
    ]
    for number, sheet in enumerate(sheets):
        breaking = ' style="page-break-before: always"' if number else ""
        parts.append(f"<h2{breaking}>{escape(sheet.heading or sheet.title)}</h2>")
        parts.append(_table(sheet.columns, sheet.rows))
    return "".join(parts)

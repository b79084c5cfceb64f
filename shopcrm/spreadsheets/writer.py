"""Writing tables to .xlsx files that open cleanly and safely in Excel, WPS and LibreOffice.

Every value is written by its type (text as text, never as a formula), and text
starting with =, +, -, @, tab or CR, which spreadsheets may read as a formula
when the cell is edited, carries Excel's quote prefix, so a customer called
"=HYPERLINK(...)" stays that text. Rows stream through xlsxwriter's
constant-memory mode, so a sheet of a million rows holds one row in memory. The
file is written beside its destination and renamed into place only when
complete, so a crash never leaves half a workbook under the name the owner
expects.

Every sheet prints as it is: landscape A4, the shop, the sheet's heading and
the day it was written at the top and page numbers at the foot of each page, the
header row repeated and wrapped where a header is wider than its column. A sheet that fits
one page wide at a readable size is scaled to it, so names and money are on
the same page; a wider one prints across, its key columns (number, name)
repeated at the left of every page.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError

from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.core.text import display_width

FORMATS = {
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "money": '"¥"#,##0.00',
    "number": "0.0",
    "integer": "0",
    "percent": "0.0%",
}
_DATED = ("date", "datetime")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Text is written as text: nothing typed in a profile becomes a number, formula or link.
_OPTIONS = {
    "constant_memory": True,
    "strings_to_numbers": False,
    "strings_to_formulas": False,
    "strings_to_urls": False,
}


@dataclass(frozen=True)
class TableColumn:
    header: str
    kind: str = "text"  # text, date, datetime, money, number, integer, percent
    width: int = 14


@dataclass
class SheetSpec:
    title: str
    columns: Sequence[TableColumn]
    rows: Iterable[Sequence[Any]]
    heading: str = ""  # printed at the top of each page; the title when empty
    key_columns: int = 0  # repeated at the left of each page of a sheet printed across


# A4 landscape with 1 cm side margins holds about this many characters of column width
# at full size. A sheet is scaled to one page wide down to SMALLEST_SCALE; a wider one
# would be too small to read and prints across instead.
PAGE_CHARACTERS = 150
SMALLEST_SCALE = 0.6
# A sheet printed across is printed at this size (%), which still reads well.
ACROSS_SCALE = 75
_MARGIN_INCHES = 0.4
# A header row grows to at most this many lines of this height (points).
_HEADER_LINES = 3
_LINE_POINTS = 15


def _header_words(text: str) -> str:
    """Text as a page header shows it: its & doubled, since & starts a header code."""
    return text.replace("&", "&&")


def _page_setup(sheet: Any, spec: SheetSpec, shop: str) -> None:
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.set_margins(left=_MARGIN_INCHES, right=_MARGIN_INCHES, top=0.75, bottom=0.6)
    heading = _header_words(spec.heading or spec.title)
    sheet.set_header(f"&L{_header_words(shop)}&C&B{heading}&R{clock.today().isoformat()}")
    sheet.set_footer("&C&P / &N")
    sheet.repeat_rows(0)
    sheet.hide_gridlines(0)  # printed too: a table without lines is hard to follow on paper
    if sum(column.width for column in spec.columns) * SMALLEST_SCALE <= PAGE_CHARACTERS:
        sheet.fit_to_pages(1, 0)
    else:
        sheet.print_across()
        sheet.set_print_scale(ACROSS_SCALE)
        if spec.key_columns:
            sheet.repeat_columns(0, spec.key_columns - 1)


class _Styles:
    """The workbook's formats, made once: one per kind of column, the header, quoted text."""

    def __init__(self, book: Any) -> None:
        # Dates are centred: right-aligned, they run into the text of the column beside.
        self.kinds = {
            kind: book.add_format(
                {"num_format": shown, **({"align": "center"} if kind in _DATED else {})}
            )
            for kind, shown in FORMATS.items()
        }
        self.header = book.add_format({"bold": True, "text_wrap": True, "valign": "top"})
        self.quoted = book.add_format({"quote_prefix": True})


class _SheetWriter:
    """Each column's format chosen once; a row only writes each value by its type."""

    def __init__(self, sheet: Any, styles: _Styles, table_columns: Sequence[TableColumn]) -> None:
        self.sheet = sheet
        self.quoted = styles.quoted
        self.formats = [styles.kinds.get(column.kind) for column in table_columns]
        self.dated = [column.kind in _DATED for column in table_columns]

    def row(self, number: int, values: Sequence[Any]) -> None:
        sheet, formats = self.sheet, self.formats
        for index, value in enumerate(values):
            shown = formats[index] if index < len(formats) else None
            if value is None or value == "":
                continue
            if isinstance(value, str):
                quoted = self.quoted if value.startswith(FORMULA_STARTS) else None
                sheet.write_string(number, index, value, quoted)
            elif isinstance(value, dt.date):
                if index < len(formats) and self.dated[index]:
                    sheet.write_datetime(number, index, value, shown)
                else:
                    sheet.write_string(number, index, value.isoformat())
            elif isinstance(value, bool):
                sheet.write_boolean(number, index, value)
            else:
                exact = float(value) if isinstance(value, Decimal) else value
                sheet.write_number(number, index, exact, shown)


def _header_row(sheet: Any, styles: _Styles, columns: Sequence[TableColumn]) -> None:
    """The headers, wrapped onto as many lines as the widest of them needs (at most three)."""
    lines = 1
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.header, styles.header)
        lines = max(lines, -(-display_width(column.header) // max(column.width, 1)))
    if lines > 1:
        sheet.set_row(0, _LINE_POINTS * min(lines, _HEADER_LINES))


def _write_sheet(book: Any, styles: _Styles, spec: SheetSpec, shop: str) -> None:
    sheet = book.add_worksheet(spec.title[:31])
    for index, column in enumerate(spec.columns):
        sheet.set_column(index, index, column.width)
    sheet.freeze_panes(1, 0)
    _page_setup(sheet, spec, shop)
    _header_row(sheet, styles, spec.columns)
    writer = _SheetWriter(sheet, styles, spec.columns)
    count = 0
    for count, values in enumerate(spec.rows, start=1):
        writer.row(count, values)
    sheet.autofilter(0, 0, count, max(len(spec.columns), 1) - 1)


class _Sink(io.RawIOBase):
    """The workbook's file, which keeps the first write error (a full disk) for the caller.

    A zip archive whose write fails writes again as it closes; here every write
    after the failure is quietly dropped and the failure raised once, by `check`.
    """

    def __init__(self, handle: io.BufferedWriter) -> None:
        super().__init__()
        self.handle = handle
        self.error: OSError | None = None

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.error is None:
            try:
                self.handle.write(data)
            except OSError as exc:
                self.error = exc
        return len(data)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        return self.handle.seek(offset, whence) if self.error is None else 0

    def tell(self) -> int:
        return self.handle.tell() if self.error is None else 0

    def flush(self) -> None:
        if self.error is None:
            try:
                self.handle.flush()
            except OSError as exc:
                self.error = exc

    def check(self) -> None:
        self.flush()
        if self.error is not None:
            raise self.error


def write_workbook(path: Path, sheets: Sequence[SheetSpec], shop: str = "") -> Path:
    """Write the sheets to `path` atomically; return the path written. `shop` is the
    shop's name, printed at the top of each page."""
    path = _destination(Path(path), ".xlsx")

    def write(handle: BinaryIO) -> None:
        sink = _Sink(handle)
        book = xlsxwriter.Workbook(sink, _OPTIONS)
        styles = _Styles(book)
        for spec in sheets:
            _write_sheet(book, styles, spec, shop)
        try:
            book.close()
        except FileCreateError as exc:  # a scratch file of a sheet could not be written
            raise exc.args[0] from None
        sink.check()

    return _replace_atomically(path, write)


def _destination(path: Path, suffix: str) -> Path:
    """`path` with `suffix`, once it is known the file can go there (before any writing)."""
    if path.is_dir():
        raise ShopError(
            tr("{path} is a folder; give the workbook a file name in it.").format(path=path)
        )
    if path.suffix.lower() != suffix:
        path = path.with_suffix(suffix)
    if not path.parent.is_dir():
        raise ShopError(
            tr("The folder {folder} does not exist; choose a folder that does.").format(
                folder=path.parent
            )
        )
    return path


def _replace_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write `path` through `write` beside it, then rename it into place; return the path."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=f"{path.suffix}.part", dir=path.parent
        )
        os.close(handle)
    except OSError as exc:
        raise ShopError(
            tr("Cannot write in {folder}: {reason}. Choose another folder.").format(
                folder=path.parent, reason=exc.strerror
            )
        ) from None
    try:
        with open(temporary, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except PermissionError:
        raise ShopError(
            tr("Cannot replace {file}: close it in Excel or WPS and try again.").format(file=path)
        ) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return path


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> Path:
    """Write a table as CSV in UTF-8 with a byte-order mark, atomically; return the path.

    The mark is what Excel, WPS and the Chinese bulk-SMS platforms need to read the
    Chinese in it as such. Values are written as they are: a message must reach her
    exactly as written, so nothing is prefixed.
    """
    path = _destination(Path(path), ".csv")

    def write(handle: BinaryIO) -> None:
        text = io.TextIOWrapper(handle, encoding="utf-8-sig", newline="")
        table = csv.writer(text)
        table.writerow(header)
        table.writerows(rows)
        text.flush()
        text.detach()

    return _replace_atomically(path, write)


def excel_date(value: dt.date | dt.datetime | None) -> dt.date | dt.datetime | None:
    """Whole-day datetimes as dates, so they show without 00:00."""
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value

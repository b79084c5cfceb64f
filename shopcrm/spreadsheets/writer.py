"""Writing tables to .xlsx files that open cleanly and safely in Excel, WPS and LibreOffice.

openpyxl stores any string starting with "=" as a formula; here such text
(and text starting with +, -, @, tab or CR, which spreadsheets may read as a
formula when the cell is edited) is written as a plain string with Excel's
quote prefix, so a customer called "=HYPERLINK(...)" stays that text. Rows
stream through openpyxl's write-only mode with one reusable styled cell per
column. The file is written beside its destination and renamed into place
only when complete, so a crash never leaves half a workbook under the name
the owner expects.
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

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr

FORMATS = {
    "date": "yyyy-mm-dd",
    "datetime": "yyyy-mm-dd hh:mm",
    "money": '"¥"#,##0.00',
    "number": "0.0",
    "integer": "0",
    "percent": "0.0%",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


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


class _SheetWriter:
    """One reusable cell per column: its style is set once, only the value changes."""

    def __init__(self, sheet: Any, table_columns: Sequence[TableColumn]) -> None:
        self.sheet = sheet
        self.dated = [column.kind in ("date", "datetime") for column in table_columns]
        self.cells = []
        for column in table_columns:
            cell = WriteOnlyCell(sheet)
            if column.kind in FORMATS:
                cell.number_format = FORMATS[column.kind]
            self.cells.append(cell)
        self.text_cells = [WriteOnlyCell(sheet) for _ in table_columns]
        for cell in self.text_cells:
            cell.quotePrefix = True

    def row(self, values: Sequence[Any]) -> list[Any]:
        out: list[Any] = []
        for index, value in enumerate(values):
            if isinstance(value, str):
                if value.startswith(FORMULA_STARTS):
                    cell = self.text_cells[index]
                    cell.value = value
                    cell.data_type = "s"
                    out.append(cell)
                else:
                    out.append(value)
            elif value is None or index >= len(self.cells):
                out.append(value)
            elif isinstance(value, dt.date) and not self.dated[index]:
                out.append(value.isoformat())
            else:
                cell = self.cells[index]
                cell.value = float(value) if isinstance(value, Decimal) else value
                out.append(cell)
        return out


def _write_sheet(book: Workbook, spec: SheetSpec) -> None:
    sheet = book.create_sheet(spec.title[:31])
    for index, column in enumerate(spec.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, value=column.header)
        cell.font = bold
        if column.header.startswith(FORMULA_STARTS):
            cell.data_type = "s"
        header.append(cell)
    sheet.append(header)
    writer = _SheetWriter(sheet, spec.columns)
    count = 0
    for values in spec.rows:
        sheet.append(writer.row(values))
        count += 1
    last = get_column_letter(max(len(spec.columns), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"


class _Sink(io.RawIOBase):
    """The workbook's file, which keeps the first write error (a full disk) for the caller.

    openpyxl leaves its zip archive open when a write fails, and the archive's
    clean-up later writes again and prints a traceback; here every write after
    the failure is quietly dropped and the failure raised once, by `check`.
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


def write_workbook(path: Path, sheets: Sequence[SheetSpec]) -> Path:
    """Write the sheets to `path` atomically; return the path written."""
    path = _destination(Path(path), ".xlsx")
    book = Workbook(write_only=True)
    try:
        for spec in sheets:
            _write_sheet(book, spec)
    except BaseException:
        _abandon(book)
        raise

    def write(handle: BinaryIO) -> None:
        sink = _Sink(handle)
        book.save(sink)
        sink.check()

    return _replace_atomically(path, write)


def _abandon(book: Workbook) -> None:
    """Close the sheets of a workbook whose rows failed to come (the database met damage):
    a sheet left open writes to its closed scratch file when it is collected, and a
    traceback is printed."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


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

"""Reading the rows of a shop's old spreadsheet (.xlsx, .xlsm, .csv) without trusting it.

A file is checked before any parser sees it: its kind from its first bytes
(not its name), the zip's declared and compressed sizes (zip bombs), every XML
part's prolog through defusedxml (entity attacks), and the extent of each
sheet's table, because the fast reader (python-calamine) allocates the whole
rectangle up to the farthest cell: a few stray cells far from the table are left
out of a copy the reader opens instead (sheet_survey), a sheet whose table
itself is absurdly large is refused. Cells longer than Excel's own limit are cut.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import posixpath
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import python_calamine
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.spreadsheets import sheet_survey
from shopcrm.spreadsheets.sheet_survey import FarCell, Survey

CellValue = str | int | float | bool | dt.date | dt.datetime | None

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100  # deflate on sheet XML gives about 10:1; bombs give 1000:1
MAX_COLUMNS = 256
MAX_CELLS = 12_000_000
MAX_CELL_CHARS = 32_767  # what Excel itself allows in a cell
MAX_FAR_CELLS = 20  # more cells than this far from the table are data, not strays
# A sheet whose farthest cell bounds no more than this is read whole, far cells and all.
AFFORDABLE_CELLS = 2_000_000

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

# What reading a spoiled archive raises, whichever part of it is spoiled.
DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, OSError, SyntaxError, ValueError)


class UnreadableFile(ShopError):
    """The file cannot be read as a spreadsheet; nothing was imported."""


# Texts this short are mostly repeated (女, 汉族, XL, 浙江): kept once, however many rows
# hold them, so a plan of 100k rows does not hold a million copies.
SHARED_CHARS = 16


def _text(value: CellValue, shared: dict[str, str]) -> CellValue:
    if isinstance(value, str):
        if len(value) <= SHARED_CHARS:
            return shared.setdefault(value, value) if value else None
        return value[:MAX_CELL_CHARS]
    return value


class Spreadsheet:
    """One opened file: its sheets' names and, per sheet, its rows with Excel row numbers."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._sheets: dict[str, Any] = {}
        self._far: dict[str, list[FarCell]] = {}
        self._formulas: dict[str, dict[int, dict[int, str]]] = {}
        head = self._head()
        if head.startswith(OLE2_MAGIC) or self.path.suffix.lower() == ".xls":
            raise UnreadableFile(
                tr(
                    "{file} is an old-style Excel file (.xls) or has a password. Open it in "
                    "Excel or WPS, remove any password, save it as .xlsx and import that file."
                ).format(file=self.path.name)
            )
        if head.startswith(ZIP_MAGIC):
            self.kind = "xlsx"
            self._members = self._check_zip()
            self._workbook = self._open_calamine()
            self.sheet_names: list[str] = list(self._workbook.sheet_names)
        elif self.path.suffix.lower() in TEXT_SUFFIXES:
            self.kind = "csv"
            self._csv_text = self._decode()
            self.sheet_names = [self.path.stem]
        else:
            raise UnreadableFile(
                tr(
                    "{file} is not a spreadsheet (it may be renamed or damaged). "
                    "Save the customer list as .xlsx or .csv and import that file."
                ).format(file=self.path.name)
            )

    def _head(self) -> bytes:
        try:
            size = self.path.stat().st_size
            with self.path.open("rb") as handle:
                head = handle.read(8)
        except OSError as exc:
            raise UnreadableFile(
                tr("Cannot open {file}: {reason}").format(file=self.path, reason=exc.strerror)
            ) from None
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(
                tr("{file} is larger than {mb} MB: split it into smaller files.").format(
                    file=self.path.name, mb=MAX_FILE_BYTES // (1024 * 1024)
                )
            )
        return head

    def _damaged(self) -> UnreadableFile:
        return UnreadableFile(
            tr(
                "{file} is damaged or incomplete (perhaps a copy was cut short). "
                "Open it in Excel or WPS, save it again as .xlsx and import that file."
            ).format(file=self.path.name)
        )

    def _check_zip(self) -> dict[str, zipfile.ZipInfo]:
        """Refuse bombs and entity tricks before a parser opens the parts."""
        try:
            archive = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError, EOFError):
            raise self._damaged() from None
        with archive:
            members = {info.filename: info for info in archive.infolist()}
            if "xl/workbook.xml" not in members:
                raise UnreadableFile(
                    tr(
                        "{file} is not an Excel workbook (it may be a renamed document). "
                        "Save the customer list as .xlsx or .csv and import that file."
                    ).format(file=self.path.name)
                )
            unpacked = sum(info.file_size for info in members.values())
            inflated = any(
                info.file_size > 1024 * 1024
                and info.file_size > MAX_RATIO * max(info.compress_size, 1)
                for info in members.values()
            )
            if unpacked > MAX_UNPACKED_BYTES or inflated:
                raise UnreadableFile(
                    tr(
                        "{file} unpacks to far more data than a spreadsheet holds and was "
                        "not opened. Save the customer list again from Excel or WPS."
                    ).format(file=self.path.name)
                )
            for name in members:
                if name.endswith((".xml", ".rels")):
                    self._check_prolog(archive, name)
        return members

    def _check_prolog(self, archive: zipfile.ZipFile, name: str) -> None:
        """defusedxml refuses DTDs and entities, which Excel and WPS never write."""
        try:
            with archive.open(name) as part:
                for _event, _element in iterparse(part, events=("start",), forbid_dtd=True):
                    break
        except DefusedXmlException:
            raise UnreadableFile(
                tr(
                    "{file} contains XML declarations that Excel never writes and may be "
                    "hostile; it was not opened."
                ).format(file=self.path.name)
            ) from None
        except DAMAGED_ZIP:
            raise self._damaged() from None

    def _open_calamine(self) -> Any:
        try:
            return python_calamine.CalamineWorkbook.from_path(str(self.path))
        except Exception:  # calamine reports every parse failure as a plain exception
            raise self._damaged() from None

    def _sheet_parts(self) -> dict[str, str]:
        """Sheet name -> zip member, from the workbook and its relationships."""
        try:
            with zipfile.ZipFile(self.path) as archive:
                book = fromstring(archive.read("xl/workbook.xml"))
                rels_name = "xl/_rels/workbook.xml.rels"
                rels = fromstring(archive.read(rels_name)) if rels_name in self._members else None
        except DAMAGED_ZIP:
            raise self._damaged() from None
        targets = {}
        for rel in rels if rels is not None else []:
            target = rel.get("Target", "")
            targets[rel.get("Id")] = (
                target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            )
        return {
            sheet.get("name", ""): targets.get(sheet.get(f"{REL_NS}id"), "")
            for sheet in book.iter(f"{SHEET_NS}sheet")
        }

    def _check_extent(self, sheet: str, found: Survey) -> None:
        """The table's block bounds what the reader allocates: refuse absurd sheets."""
        if found.last_column > MAX_COLUMNS or found.last_column * found.last_row > MAX_CELLS:
            raise UnreadableFile(
                tr(
                    "Sheet “{sheet}” has cells out to column {columns}, row {rows}: far beyond "
                    "a customer list. Delete the rows and columns after the table, save, "
                    "and import again."
                ).format(sheet=sheet, columns=found.last_column, rows=found.last_row)
            )

    def _read_sheet(self, sheet: str) -> Any:
        """The sheet from calamine, from a copy without the far cells when there are any."""
        member = self._sheet_parts().get(sheet)
        if member not in self._members:
            return self._workbook.get_sheet_by_name(sheet)
        try:
            found = sheet_survey.survey(self.path, member)
            self._check_extent(sheet, found)
            self._formulas[sheet] = found.formulas
            if not found.outside or found.max_row * found.max_column <= AFFORDABLE_CELLS:
                return self._workbook.get_sheet_by_name(sheet)
            # In memory, as calamine would hold it anyway: no temporary file to leave behind.
            copy = io.BytesIO()
            far, count = sheet_survey.copy_without_far_cells(
                self.path, member, found, copy, MAX_FAR_CELLS
            )
            if count > MAX_FAR_CELLS:
                raise UnreadableFile(
                    tr(
                        "Sheet “{sheet}” has {count} cells far from the table (the first "
                        "is {cell}), after many empty rows or columns. Move them into the "
                        "table or delete them, save, and import again."
                    ).format(sheet=sheet, count=count, cell=far[0].reference)
                )
            if sheet_survey.survey(copy, member).outside:  # XML too odd to copy cleanly
                raise self._damaged()
            copy.seek(0)
            workbook = python_calamine.CalamineWorkbook.from_filelike(copy)
        except DAMAGED_ZIP:  # the stream fails half-way: a copy cut short, a bad sector
            raise self._damaged() from None
        self._far[sheet] = far
        return workbook.get_sheet_by_name(sheet)

    def _decode(self) -> str:
        raw = self.path.read_bytes()
        if b"\x00" in raw[:4096]:
            raise UnreadableFile(
                tr(
                    "{file} is not a text spreadsheet. Save the customer list as .xlsx or "
                    ".csv and import that file."
                ).format(file=self.path.name)
            )
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                continue
        raise UnreadableFile(
            tr("Cannot tell the text encoding of {file}: save it as UTF-8 CSV.").format(
                file=self.path.name
            )
        )

    def _loaded(self, sheet: str) -> Any:
        if sheet not in self._sheets:
            if sheet not in self.sheet_names:
                raise UnreadableFile(
                    tr("There is no sheet “{sheet}”; the sheets are: {names}.").format(
                        sheet=sheet, names=", ".join(self.sheet_names)
                    )
                )
            try:
                self._sheets[sheet] = self._read_sheet(sheet)
            except ShopError:
                raise
            except Exception:  # calamine reports every parse failure as a plain exception
                raise self._damaged() from None
        return self._sheets[sheet]

    def far_cells(self, sheet: str) -> list[FarCell]:
        """Cells with a value far from the table, which were not read."""
        if self.kind == "csv":
            return []
        self._loaded(sheet)
        return self._far.get(sheet, [])

    def uncalculated(self, sheet: str) -> dict[int, dict[int, str]]:
        """Excel row -> column index -> formula, for formulas saved without their value."""
        if self.kind == "csv":
            return {}
        self._loaded(sheet)
        return self._formulas.get(sheet, {})

    def merged_cells(self, sheet: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """((first row, first column), (last row, last column)) from 0 of each merged range;
        only the first cell of a range has the value."""
        if self.kind == "csv":
            return []
        return list(self._loaded(sheet).merged_cell_ranges or [])

    def release(self) -> None:
        """Free the loaded sheets (the reader keeps each whole in memory); they reload on use."""
        self._sheets.clear()

    def row_count(self, sheet: str) -> int:
        """Rows the sheet spans, for progress bars."""
        if self.kind == "csv":
            return self._csv_text.count("\n") + 1
        loaded = self._loaded(sheet)
        return loaded.start[0] + loaded.height if loaded.start else 0

    def rows(self, sheet: str) -> Iterator[tuple[int, list[CellValue]]]:
        """(Excel row number, cells from column A) for each row; blank cells are None."""
        if self.kind == "csv":
            yield from self._csv_rows()
            return
        loaded = self._loaded(sheet)
        if not loaded.start:
            return
        first_row, first_column = loaded.start
        padding: list[CellValue] = [None] * first_column
        shared: dict[str, str] = {}
        try:
            for offset, cells in enumerate(loaded.iter_rows()):
                yield first_row + offset + 1, padding + [_text(value, shared) for value in cells]
        except Exception:  # calamine reports every parse failure as a plain exception
            raise self._damaged() from None

    def _csv_rows(self) -> Iterator[tuple[int, list[CellValue]]]:
        sample = self._csv_text[:16384]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;|")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(self._csv_text), dialect)
        shared: dict[str, str] = {}
        try:
            for cells in reader:
                texts = [_text(value.strip(), shared) for value in cells[:MAX_COLUMNS]]
                yield reader.line_num, texts
        except csv.Error as exc:
            raise UnreadableFile(
                tr("{file}, line {line}: {reason}. Fix that line and import again.").format(
                    file=self.path.name, line=reader.line_num, reason=exc
                )
            ) from None

"""A quick pass over a sheet's XML before the reader opens it: where the table really is.

python-calamine allocates the whole rectangle from the first cell to the farthest,
so one space typed in XFD1048576 would have a ten-row list allocate seventeen
billion cells, and a note left in A1048576 would make the list a million rows
long. When that rectangle is larger than a list needs (reader.AFFORDABLE_CELLS),
the pass finds the block the table's rows and columns form (no more than ROW_GAP
empty rows or COLUMN_GAP empty columns between two that hold cells); the
workbook is copied without the cells beyond it, the reader opens the copy, and
those cells are reported instead of read. A smaller sheet is read whole, gaps
and far columns included. The pass only collects cell references with one
regular expression per megabyte, so a list of 100k rows costs a fraction of a
second.

calamine reads a formula that was never calculated (openpyxl and other programs
write the formula without its value) as a blank cell, so the same pass notes
those cells for the import to say so.
"""

from __future__ import annotations

import html
import re
import shutil
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import IO

from defusedxml.ElementTree import iterparse

ROW_GAP = 1000  # empty rows between two parts of one table
COLUMN_GAP = 26  # empty columns between two parts of one table
CHUNK = 1 << 20
OVERLAP = 4096  # bytes read twice across chunks, so no cell is cut in two

# Any cell reference: matched without the element around it, so no attribute of any
# length hides a cell, and cells with no value (only a style) are counted too.
CELL_REF = re.compile(rb'r="([A-Z]{1,3})(\d{1,7})"')
CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.DOTALL)
UNCALCULATED = re.compile(
    rb"<(?:\w+:)?c\b([^>]*)>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
TYPE = re.compile(rb'\bt="(\w+)"')
VALUE = re.compile(rb"<(?:\w+:)?v>([^<]*)</(?:\w+:)?v>")
TEXT = re.compile(rb"<(?:\w+:)?t\b[^>]*>([^<]*)</(?:\w+:)?t>")
SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

Source = Path | IO[bytes]


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


@dataclass(frozen=True)
class FarCell:
    """A cell with a value far from the table, which the reader left out."""

    reference: str
    row: int
    value: str


@dataclass
class Survey:
    """What one pass over a sheet found: the table's block, and what lies outside it."""

    first_row: int = 0
    last_row: int = 0
    first_column: int = 0
    last_column: int = 0
    far_rows: frozenset[bytes] = frozenset()
    far_columns: frozenset[bytes] = frozenset()
    # The farthest cell of all, which bounds what the reader allocates for the sheet.
    max_row: int = 0
    max_column: int = 0
    # Excel row -> column index from 0 -> the formula, for formulas with no value.
    formulas: dict[int, dict[int, str]] = field(default_factory=dict)

    @property
    def outside(self) -> bool:
        return bool(self.far_rows or self.far_columns)

    def inside(self, letters: bytes, row: bytes) -> bool:
        return letters not in self.far_columns and row not in self.far_rows

    def touches(self, piece: bytes) -> bool:
        """Whether a piece of the sheet's XML has a far cell (set operations, no loop)."""
        refs = CELL_REF.findall(piece)
        return not (
            self.far_columns.isdisjoint(map(itemgetter(0), refs))
            and self.far_rows.isdisjoint(map(itemgetter(1), refs))
        )


def _first_run(numbers: set[int], gap: int) -> tuple[int, int]:
    """From the first number on, as far as no gap is wider than `gap`."""
    ordered = sorted(numbers)
    last = ordered[0]
    for number in ordered:
        if number - last > gap:
            break
        last = number
    return ordered[0], last


def survey(source: Source, member: str) -> Survey:
    """The block the sheet's table fills, far rows and columns, and uncalculated formulas."""
    rows: set[bytes] = set()
    columns: set[bytes] = set()
    formulas: dict[tuple[bytes, bytes], str] = {}
    with zipfile.ZipFile(source) as archive, archive.open(member) as part:
        tail = b""
        while chunk := part.read(CHUNK):
            data = tail + chunk
            found = CELL_REF.findall(data)
            rows.update(map(itemgetter(1), found))
            columns.update(map(itemgetter(0), found))
            if b"<f" in data or b":f" in data:
                formulas.update(_uncalculated(data))
            tail = data[-OVERLAP:]
    if not rows:
        return Survey()
    column_numbers = {column_number(letters): letters for letters in columns}
    first_row, last_row = _first_run(set(map(int, rows)), ROW_GAP)
    first_column, last_column = _first_run(set(column_numbers), COLUMN_GAP)
    found_survey = Survey(
        first_row,
        last_row,
        first_column,
        last_column,
        frozenset(row for row in rows if not first_row <= int(row) <= last_row),
        frozenset(
            letters
            for number, letters in column_numbers.items()
            if not first_column <= number <= last_column
        ),
        max(map(int, rows)),
        max(column_numbers),
    )
    for (letters, row), formula in formulas.items():
        cells = found_survey.formulas.setdefault(int(row), {})
        cells[column_number(letters) - 1] = formula
    return found_survey


def _uncalculated(data: bytes) -> Iterator[tuple[tuple[bytes, bytes], str]]:
    """Formula cells with no value; an empty text result (t="str") was calculated."""
    for attributes, formula in UNCALCULATED.findall(data):
        ref = CELL_REF.search(attributes)
        kind = TYPE.search(attributes)
        if ref is None or (kind is not None and kind.group(1) == b"str"):
            continue
        yield (ref.group(1), ref.group(2)), "=" + _unescape(formula)


def _unescape(raw: bytes) -> str:
    return html.unescape(raw.decode("utf-8", "replace"))


def _row_pieces(part: IO[bytes]) -> Iterator[bytes]:
    """The XML in pieces that end after a row's tag, so no cell is cut in two."""
    pending: list[bytes] = []
    while chunk := part.read(CHUNK):
        end = chunk.rfind(b"row>")
        if end < 0:
            pending.append(chunk)
            continue
        pending.append(chunk[: end + 4])
        yield b"".join(pending)
        pending = [chunk[end + 4 :]]
    yield b"".join(pending)


class _FarCells:
    """Drops the cells outside the block from the sheet's XML, keeping those with a value."""

    def __init__(self, found: Survey, limit: int) -> None:
        self.survey = found
        self.limit = limit
        self.kept: list[tuple[str, int, str | int]] = []  # a shared string is its index
        self.count = 0

    def __call__(self, match: re.Match[bytes]) -> bytes:
        ref = CELL_REF.search(match.group(1))
        if ref is None or self.survey.inside(ref.group(1), ref.group(2)):
            return match.group(0)
        value = self._value(match.group(1), match.group(2) or b"")
        if value != "":
            self.count += 1
            if len(self.kept) < self.limit:
                reference = (ref.group(1) + ref.group(2)).decode()
                self.kept.append((reference, int(ref.group(2)), value))
        return b""

    @staticmethod
    def _value(attributes: bytes, body: bytes) -> str | int:
        kind = TYPE.search(attributes)
        kind_name = kind.group(1) if kind else b"n"
        if kind_name == b"inlineStr":
            return _unescape(b"".join(TEXT.findall(body)))
        value = VALUE.search(body)
        if value is None:
            return ""
        if kind_name == b"s" and value.group(1).strip().isdigit():
            return int(value.group(1))
        return _unescape(value.group(1))


def _shared_strings(archive: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings at these indexes, read only as far as the last one."""
    names = [name for name in archive.namelist() if name.lower().endswith("sharedstrings.xml")]
    found: dict[int, str] = {}
    if not names or not wanted:
        return found
    last = max(wanted)
    with archive.open(names[0]) as part:
        index = 0
        for _event, element in iterparse(part, forbid_dtd=True):
            if element.tag != f"{SHEET_NS}si":
                continue
            if index in wanted:
                found[index] = "".join(text.text or "" for text in element.iter(f"{SHEET_NS}t"))
            element.clear()
            index += 1
            if index > last:
                break
    return found


def copy_without_far_cells(
    source: Source, member: str, found: Survey, target: IO[bytes], limit: int
) -> tuple[list[FarCell], int]:
    """Write the workbook into `target` with the sheet's far cells left out.

    Returns the far cells that had a value (at most `limit` of them) and how many there
    were; cells with only a style are dropped without a word.
    """
    dropping = _FarCells(found, limit)
    with (
        zipfile.ZipFile(source) as archive,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for info in archive.infolist():
            with archive.open(info) as part:
                written = zipfile.ZipInfo(info.filename, info.date_time)
                written.compress_type = zipfile.ZIP_DEFLATED
                with copy.open(written, "w") as out:
                    if info.filename != member:
                        shutil.copyfileobj(part, out)
                        continue
                    for piece in _row_pieces(part):
                        out.write(CELL.sub(dropping, piece) if found.touches(piece) else piece)
        shared = {value for _, _, value in dropping.kept if isinstance(value, int)}
        strings = _shared_strings(archive, shared)
    cells = [
        FarCell(reference, row, strings.get(value, "") if isinstance(value, int) else value)
        for reference, row, value in dropping.kept
    ]
    return cells, dropping.count

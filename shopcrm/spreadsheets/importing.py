"""Importing customer profiles from a spreadsheet: preview first, then all or nothing.

`find_table` locates the header row (below any title rows, two rows when a
group title such as 联系方式 sits over 手机 and 邮箱) and maps columns;
`plan_import` reads and cleans every row without writing, deciding per row
whether it adds a customer, updates one (matched by customer number or
normalised phone, in the database or earlier in the same file), is skipped,
or is rejected with reasons. Totals and footers (合计, 制表人, …) are left out,
and the plan lists them, the rows that repeat an earlier row, and the rows
imported with a warning, so nothing leaves the file unseen. `apply_import`
writes the plan, all of it or (after a failure or a cancel) none. Rows are
written in batches straight through the cursor because 100k profiles must
import in about the time openpyxl alone takes to read them.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import islice, zip_longest
from pathlib import Path
from typing import Any

from peewee import JOIN, IntegrityError, chunked

from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import ShopError, ValidationError
from shopcrm.core.i18n import in_language, marked, tr
from shopcrm.core.phones import display_phone
from shopcrm.customers import fields, privacy
from shopcrm.customers.fields import Kind
from shopcrm.customers.search_keys import SEARCH_COLUMNS, search_columns
from shopcrm.customers.validation import clean_profile
from shopcrm.loyalty.reasons import because
from shopcrm.spreadsheets import cleaning, columns
from shopcrm.spreadsheets.reader import CellValue, Spreadsheet
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import busy, derived, settings
from shopcrm.storage.bulk import loaded_in_bulk, page_cache
from shopcrm.storage.models import (
    AuditLog,
    Customer,
    ErasedPhone,
    KeyDate,
    Purchase,
    Staff,
    Tier,
    TierChange,
    database,
)

POLICIES = ("skip", "fill", "overwrite")
BULK_TABLES = ("customer", "key_date", "tier_change")
HEADER_SEARCH_ROWS = 30
BATCH = 1000
# 100k rows into an empty shop: as fast as with the usual 64 MB, and 15 MB less at the peak.
BULK_CACHE_KIB = 16_000
MAX_NAME = 50
# What the first cell of a totals or footer row starts with: 合计 25人, 【合计】, 以上合计,
# 共3人, 总人数, 小计, 制表人：王丽, 填表人, 负责人, 审核, 打印时间, 日期: 2024-05-01, Total,
# Sum; the word ends there (or goes on as 制表人, 合计金额 do), so 总计划 is no total. A
# row with a phone number is a customer whatever her first cell says (小计 is a name too).
FOOTER = re.compile(
    r"\s*[【\[(（〔]?\s*(?:以上|本页|本月|全部)?"
    r"(?:总?[合总總小共累]\s*[计計]|总数|總數|总人数|總人數|总金额|總金額"
    r"|共\s*\d+\s*[人位名户戶]|[制製填]\s*[表单單]|[审審]\s*[核批]|[复復]\s*核|[经經]\s*[办辦]"
    r"|负责人|負責人|签字|簽字|签名|簽名|统计|統計"
    r"|(?:打印|统计|統計|报表|報表|制表|製表)?(?:日\s*期|时\s*间|時\s*間)"
    r"|(?:grand\s*|sub-?\s*)?totals?|sum)"
    r"(?:人|员|員|日期|金额|金額|数量|數量|人数|人數|件数|件數|消费|消費)?(?![^\W\d_])",
    re.IGNORECASE,
)
# A label of a few words and a colon (店长签字：, Prepared by: Wang Li) is a footer's,
# never a name.
LABEL = re.compile(r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s*[:：]")

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class SheetChoiceNeeded(ShopError):
    """Several sheets look like customer lists; the user must name one."""

    def __init__(self, sheets: Sequence[str]) -> None:
        self.sheets = list(sheets)
        super().__init__(
            tr("Several sheets hold customer lists ({names}): choose one.").format(
                names=", ".join(self.sheets)
            )
        )


class ImportCancelled(ShopError):
    """The user stopped the import; nothing was written."""


@dataclass
class Table:
    """Where the customer list sits in a file, and which column is which field."""

    spreadsheet: Spreadsheet
    sheet: str
    header_row: int  # the last row of column names: the customers start below it
    headers: list[str]
    mapping: dict[int, str]
    first_header_row: int  # the same row, or the one above when the names take two

    @property
    def path(self) -> Path:
        return self.spreadsheet.path


@dataclass(frozen=True)
class Problem:
    """One line of the report about a row: why it was rejected or left out, or what was
    assumed to import it."""

    row: int
    column: str
    value: str
    reason: str


@dataclass
class RejectedRow:
    row: int
    cells: list[CellValue]
    problems: list[Problem]


@dataclass(slots=True)
class Pending:
    """One customer to add, or the changes for one already in the database."""

    row: int
    values: dict[str, Any]
    customer_id: int | None = None
    key_birthday: cleaning.Birthday | None = None
    clerk: str | None = None
    referrer: str | None = None
    cells: list[CellValue] | None = None  # kept only while the referrer is still unknown
    current: dict[str, Any] | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    warnings: list[Problem] = field(default_factory=list)
    # Her phone's leading 0 was put back (a guess), and the row as read, should a later
    # row turn out to have that number for certain.
    guessed: tuple[Problem, list[CellValue]] | None = None


@dataclass
class ImportPlan:
    table: Table
    policy: str
    adds: list[Pending] = field(default_factory=list)
    updates: list[Pending] = field(default_factory=list)
    skipped: int = 0
    rejected: list[RejectedRow] = field(default_factory=list)
    new_clerks: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)  # imported, but check these
    footers: list[Problem] = field(default_factory=list)  # totals and footers left out
    repeats: list[Problem] = field(default_factory=list)  # rows repeating an earlier row

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.adds),
            "updated": len(self.updates),
            "skipped": self.skipped,
            "rejected": len(self.rejected),
        }

    def problems(self) -> list[Problem]:
        return [problem for row in self.rejected for problem in row.problems]

    def notes(self) -> list[Problem]:
        """Everything else the owner should see, by row: warnings, footers, repeats."""
        return sorted([*self.warnings, *self.footers, *self.repeats], key=lambda p: p.row)


@dataclass(frozen=True)
class _Header:
    """The row (or two rows) naming the columns, and the names read from it."""

    first_row: int
    last_row: int
    headers: list[str]
    score: int


def _combined(upper: list[str], lower: list[str]) -> list[str]:
    """Two header rows as one: for each column the lower name, else the upper one."""
    return [low or up for up, low in zip_longest(upper, lower, fillvalue="")]


def _spans_both(merged: list[tuple[tuple[int, int], tuple[int, int]]], upper: int) -> bool:
    """Whether a merged cell covers both Excel rows `upper` and `upper + 1`: a two-row
    header, like 姓名 merged down over the row naming 手机 and 邮箱 under 联系方式."""
    return any(first[0] <= upper - 1 and last[0] >= upper for first, last in merged)


def _names_only(cells: Sequence[CellValue], remembered: dict[str, str]) -> bool:
    """Whether a row reads as column names, not as a customer: only text, no phone number
    in it, and at least half of its cells name a column."""
    filled = [cell for cell in cells if cell is not None and cell != ""]
    if not filled or not all(isinstance(cell, str) for cell in filled):
        return False
    if any(cleaning.holds_phone(cell) for cell in filled):
        return False
    named = sum(columns.names_a_column(cell, remembered) for cell in filled)
    return 2 * named >= len(filled)


def _header(spreadsheet: Spreadsheet, sheet: str) -> _Header | None:
    """The best-scoring row among the first rows, combined with the row above or below
    it when together they name more fields or a merged cell spans both."""
    remembered = columns.saved_mapping()
    rows = [
        (number, cells, [cleaning.text(cell) for cell in cells])
        for number, cells in islice(spreadsheet.rows(sheet), HEADER_SEARCH_ROWS)
    ]
    scores = [columns.header_score(cells, remembered) for _, cells, _ in rows]
    if not rows or max(scores) == 0:
        return None
    best = scores.index(max(scores))
    found = _Header(rows[best][0], rows[best][0], rows[best][2], scores[best])
    merged = spreadsheet.merged_cells(sheet)
    for upper in (best - 1, best):
        if upper < 0 or upper + 1 >= len(rows):
            continue
        if not _names_only(rows[upper + 1][1], remembered):
            continue  # the row below is a customer's, not more column names
        headers = _combined(rows[upper][2], rows[upper + 1][2])
        score = columns.header_score(headers, remembered)
        more = score > max(scores[upper], scores[upper + 1], found.score)
        if more or (found.first_row == found.last_row and _spans_both(merged, rows[upper][0])):
            found = _Header(rows[upper][0], rows[upper + 1][0], headers, score)
    return found


def data_sheets(spreadsheet: Spreadsheet) -> list[str]:
    """The sheets with a header row naming at least the name or the phone."""
    return [name for name in spreadsheet.sheet_names if _header(spreadsheet, name)]


def find_table(path: Path | Spreadsheet, sheet: str | None = None) -> Table:
    """Open the file and find its customer list; raise SheetChoiceNeeded when ambiguous."""
    spreadsheet = path if isinstance(path, Spreadsheet) else Spreadsheet(Path(path))
    if sheet is None:
        candidates = data_sheets(spreadsheet)
        if len(candidates) > 1:
            raise SheetChoiceNeeded(candidates)
        sheet = candidates[0] if candidates else spreadsheet.sheet_names[0]
    found = _header(spreadsheet, sheet)
    if found is None:
        raise ShopError(
            tr(
                "No header row found in “{sheet}” of {file}: the first rows should name the "
                "columns, at least 姓名 (name) or 手机 (phone)."
            ).format(sheet=sheet, file=spreadsheet.path.name)
        )
    mapping = columns.auto_mapping(found.headers, columns.saved_mapping())
    if found.first_row < found.last_row and "name" not in mapping.values():
        raise ShopError(
            tr(
                "The column names in “{sheet}” take two rows ({first} and {last}), and no "
                "column of them is the customer's name. Call that column 姓名 (name) in "
                "row {last} and import again."
            ).format(sheet=sheet, first=found.first_row, last=found.last_row)
        )
    return Table(spreadsheet, sheet, found.last_row, found.headers, mapping, found.first_row)


@dataclass(slots=True)
class _Row:
    """One spreadsheet row cleaned: profile values plus what needs the database."""

    line: int  # its Excel row
    values: dict[str, Any] = field(default_factory=dict)
    number: str | None = None
    key_birthday: cleaning.Birthday | None = None
    clerk: str | None = None
    referrer: str | None = None
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    restored_phone: Problem | None = None  # the warning when her phone's 0 was put back


def _wrong_guess(number: int, restored: Problem, phone: str) -> Problem:
    """A landline whose 0 was put back turns out to be another row's or customer's number."""
    return Problem(
        number,
        restored.column,
        restored.value,
        tr(
            "The leading 0 of the area code was missing (the cell is a number); "
            "with it this is {phone}, which another row or customer already has. "
            "Check the number and type it as text, e.g. 010-87654321."
        ).format(phone=display_phone(phone)),
    )


class _ShopKeys:
    """The shop's active customers by phone and by customer number, asked one key at a
    time and remembered: an import reads as much of a shop of a million as of an empty
    one, and holds only the file's own keys; a shop with none asks nothing."""

    def __init__(self) -> None:
        self._found: dict[tuple[str, str], int | None] = {}
        self._none = derived.active_customers() == 0

    def _lookup(self, column: str, key: str | None) -> int | None:
        if not key or self._none:
            return None
        if (column, key) not in self._found:
            row = database.execute_sql(
                f"SELECT id FROM customer WHERE {column} = ? AND {column} IS NOT NULL"
                " AND deleted_at IS NULL",
                (key,),
            ).fetchone()
            self._found[(column, key)] = row[0] if row else None
        return self._found[(column, key)]

    def by_phone(self, phone: str | None) -> int | None:
        return self._lookup("phone", phone)

    def by_number(self, number: str | None) -> int | None:
        return self._lookup("number", number)


class _Planner:
    """Cleans rows and decides, row by row, what each one does."""

    def __init__(self, table: Table, policy: str) -> None:
        if policy not in POLICIES:
            raise ShopError(tr("Choose skip, fill or overwrite for duplicates."))
        self.table = table
        self.plan = ImportPlan(table, policy)
        self.today = clock.today()
        self.shop = _ShopKeys()
        self.staff = {name for (name,) in Staff.select(Staff.name).tuples()}
        self.pending_by_phone: dict[str, Pending] = {}
        self.pending_by_customer: dict[int, Pending] = {}
        self.fields = [
            (i, name, self._reader(name))
            for i, name in table.mapping.items()
            if name != columns.TO_NOTES
        ]
        self.note_columns = [i for i, name in table.mapping.items() if name == columns.TO_NOTES]
        self.phone_columns = [i for i, name in table.mapping.items() if name in ("phone", "phone2")]
        self.number_columns = [i for i, name in table.mapping.items() if name == "number"]
        names = [i for i, name in table.mapping.items() if name == "name"]
        self.name_index = names[0] if names else None
        self.formulas = table.spreadsheet.uncalculated(table.sheet)
        self.far_cells = table.spreadsheet.far_cells(table.sheet)
        self.erased = ErasedPhone.select().exists()
        self.erased_customers = privacy.erased_customers()

    def header(self, index: int) -> str:
        headers = self.table.headers
        return headers[index] if index < len(headers) and headers[index] else f"#{index + 1}"

    def column_of(self, name: str) -> str:
        """The file's header for a field, or the field's own name when it is not mapped."""
        for index, mapped in self.table.mapping.items():
            if mapped == name:
                return self.header(index)
        return columns.export_header(name, "en")

    def _has_number(self, cells: list[CellValue]) -> bool:
        """Whether the row names one of the shop's customers by her customer number."""
        return any(
            index < len(cells) and self.shop.by_number(cleaning.text(cells[index]).upper())
            for index in self.number_columns
        )

    def _has_phone(self, cells: list[CellValue]) -> bool:
        return any(
            index < len(cells) and cleaning.holds_phone(cells[index])
            for index in self.phone_columns
        )

    def left_out(self, number: int, cells: list[CellValue]) -> bool:
        """A totals or footer row (合计, 制表人, Total…) in the first or the name column is no
        customer: it is listed, neither imported nor rejected. A row with a phone number
        is a customer's."""
        first = next((i for i, cell in enumerate(cells) if cell is not None), None)
        found = next(
            (
                (index, cells[index])
                for index in (first, self.name_index)
                if index is not None
                and index < len(cells)
                and isinstance(cells[index], str)
                and (FOOTER.match(cells[index]) or LABEL.match(cells[index]))
            ),
            None,
        )
        if found is None or self._has_phone(cells) or self._has_number(cells):
            return False
        index, value = found
        self.plan.footers.append(
            Problem(
                number,
                self.header(index),
                value,
                tr("A total or footer row, not a customer: left out."),
            )
        )
        return True

    def clean(self, number: int, cells: list[CellValue]) -> _Row | None:
        """The row's values, or None when every mapped cell is blank."""
        row = _Row(number)
        data: dict[str, Any] = {}
        where: dict[str, int] = {}
        if self.formulas and number in self.formulas:
            self._uncalculated(number, row, where)
        width = len(cells)
        for index, name, read in self.fields:
            value = cells[index] if index < width else None
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            where[name] = index
            known = len(data)
            try:
                read(row, data, value)
            except ValueError as exc:
                row.problems.append(
                    Problem(number, self.header(index), cleaning.text(value), str(exc))
                )
            for added in islice(data, known, None):  # what the cell added, such as her
                where.setdefault(added, index)  # birth year from her birthday
        if self.note_columns:
            self._note_lines(cells, data, where)
        if not where:
            return None
        try:
            cleaned = clean_profile(data)
        except ValidationError as exc:
            cleaned = {}
            for name, reason in exc.errors.items():
                index = where[name]
                row.problems.append(
                    Problem(number, self.header(index), cleaning.text(cells[index]), reason)
                )
        row.values.update({k: v for k, v in cleaned.items() if v is not None})
        return row

    def _uncalculated(self, number: int, row: _Row, where: dict[str, int]) -> None:
        """A mapped cell holding a formula saved without its value is not a blank cell."""
        for index, formula in self.formulas[number].items():
            name = self.table.mapping.get(index)
            if name is None:
                continue
            where.setdefault(name, index)
            row.problems.append(
                Problem(
                    number,
                    self.header(index),
                    formula,
                    tr(
                        "“{column}” is a formula that was never calculated: open the file in "
                        "Excel or WPS and save it, or paste values."
                    ).format(column=self.header(index)),
                )
            )

    def _note_lines(
        self, cells: list[CellValue], data: dict[str, Any], where: dict[str, int]
    ) -> None:
        """A second column for a field already taken (备注 twice) goes into the notes as
        "备注: …" lines, so no column is dropped."""
        lines = []
        for index in self.note_columns:
            value = cleaning.text(cells[index]) if index < len(cells) else ""
            if value:
                lines.append(f"{self.header(index)}: {value}")
                where.setdefault("notes", index)
        if lines:
            data["notes"] = "\n".join([data["notes"], *lines] if data.get("notes") else lines)

    def _reader(self, name: str) -> CellReader:
        """How a cell of this column is read, chosen once per column by its field's kind;
        her number and an age are not profile fields."""
        kind = fields.BY_NAME[name].kind if name in fields.BY_NAME else None
        read = _READ_BY_NAME.get(name) or _READ_BY_KIND.get(kind, _Planner._read_text)
        return partial(read, self, name)

    def _read_number(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        row.number = cleaning.text(value)

    def _read_age(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data.setdefault("birth_year_approx", cleaning.birth_year_from_age(value, self.today))

    def _read_birthday(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        found = cleaning.birthday(value)
        if found.date is not None:
            data["birth_date"] = found.date
            if found.lunar:
                data["birthday_lunar"] = True
        elif found.month is not None:
            row.key_birthday = found
        if found.year is not None:
            data["birth_year_approx"] = found.year

    def _read_phone(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        found = cleaning.phones(value)
        if len(found) > (2 if name == "phone" else 1):
            raise ValueError(tr("Too many numbers in one cell: keep one or two."))
        for target, phone in zip((name, "phone2"), found, strict=False):
            if target in row.values:
                continue
            row.values[target] = phone
            if phone[0] == "0" and cleaning.zero_restored(value, phone):
                warning = self._restored(row.line, name, value, phone)
                row.warnings.append(warning)
                if target == "phone":
                    row.restored_phone = warning

    def _read_choice(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data[name] = cleaning.choice(name, value)

    def _read_flag(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data[name] = bool(data.get(name)) or bool(cleaning.flag(value))

    def _read_year(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data[name] = cleaning.year(value)

    def _read_amount(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data[name] = cleaning.number(value)

    def _read_clerk(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        row.clerk = cleaning.text(value)
        if len(row.clerk) > MAX_NAME:
            raise ValueError(tr("A clerk's name has at most 50 characters."))

    def _read_referrer(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        row.referrer = cleaning.text(value)

    def _read_text(self, name: str, row: _Row, data: dict[str, Any], value: CellValue) -> None:
        data[name] = cleaning.text(value)

    def _restored(self, number: int, name: str, value: CellValue, phone: str) -> Problem:
        """Excel drops a landline's leading 0 from a number cell; it is put back and said."""
        return Problem(
            number,
            self.column_of(name),
            cleaning.text(value),
            tr(
                "The leading 0 of the area code was missing (Excel drops it when the cell "
                "is a number): read as {phone}. Check it."
            ).format(phone=display_phone(phone)),
        )

    def decide(self, number: int, cells: list[CellValue], row: _Row) -> None:
        """Add, update, merge, skip or reject one cleaned row."""
        phone = row.values.get("phone")
        by_number = self.shop.by_number(row.number)
        by_phone = self.shop.by_phone(phone)
        if by_number and by_phone and by_number != by_phone:
            row.problems.append(
                Problem(
                    number,
                    self.column_of("phone"),
                    phone or "",
                    tr("This phone belongs to another customer than number {number}.").format(
                        number=row.number
                    ),
                )
            )
        customer_id = by_number or by_phone
        if row.restored_phone is None and phone in self.pending_by_phone:
            self._guess_taken(self.pending_by_phone[phone], phone)
        self._refuse_erased(number, row, customer_id)
        restored = row.restored_phone
        if restored is not None and (
            (by_phone and by_phone != by_number)
            or (customer_id is None and phone in self.pending_by_phone)
        ):
            row.problems.append(_wrong_guess(number, restored, phone))
        if customer_id is None and "name" not in row.values and not row.problems:
            row.problems.append(
                Problem(
                    number,
                    self.column_of("name"),
                    "",
                    tr("Type a name: a new customer needs one."),
                )
            )
        if row.problems:
            self.plan.rejected.append(RejectedRow(number, cells, row.problems))
            return
        incoming = Pending(
            number, row.values, customer_id, row.key_birthday, row.clerk, row.referrer
        )
        incoming.warnings = row.warnings
        if row.restored_phone is not None:
            incoming.guessed = (row.restored_phone, cells)
        if row.referrer and not self._referrer_known(row.referrer, set()):
            incoming.cells = cells
        earlier = (
            self.pending_by_customer.get(customer_id)
            if customer_id
            else self.pending_by_phone.get(phone or "")
        )
        if earlier is not None:
            by = "number" if by_number else "phone"
            shown = row.number if by_number else display_phone(phone) if phone else ""
            self._repeat(number, earlier.row, by, shown or "")
            self._merge(earlier, incoming)
            return
        if customer_id is None:
            self.plan.adds.append(incoming)
            if phone:
                self.pending_by_phone[phone] = incoming
        else:
            # Kept under "skip" too, so a later row for her is listed as a repeat.
            self.pending_by_customer[customer_id] = incoming
            if self.plan.policy == "skip":
                self.plan.skipped += 1
            else:
                self.plan.updates.append(incoming)

    def _refuse_erased(self, number: int, row: _Row, customer_id: int | None) -> None:
        """A customer who had her data erased comes back only by hand, with her consent:
        an old list neither fills her record in nor adds her again by either phone."""
        if customer_id in self.erased_customers:
            by = "number" if self.shop.by_number(row.number) == customer_id else "phone"
            row.problems.append(
                Problem(
                    number,
                    self.column_of(by),
                    row.number or "" if by == "number" else row.values["phone"],
                    tr(
                        "This customer asked the shop to erase their data: an import never fills "
                        "the record in again."
                    ),
                )
            )
        for name in ("phone", "phone2") if customer_id is None and self.erased else ():
            if privacy.was_erased(row.values.get(name)):
                row.problems.append(
                    Problem(
                        number,
                        self.column_of(name),
                        row.values[name],
                        tr(
                            "A customer with this phone asked the shop to erase their data. Add "
                            "them again only if they agree: by hand, at the counter."
                        ),
                    )
                )

    def _guess_taken(self, earlier: Pending, phone: str) -> None:
        """An earlier row's number had its 0 put back, and this row has that number as typed:
        the guess was wrong, so that earlier row is rejected, not merged with this one."""
        if earlier.guessed is None or earlier.customer_id is not None:
            return
        restored, cells = earlier.guessed
        self.plan.adds.remove(earlier)
        del self.pending_by_phone[phone]
        problem = _wrong_guess(earlier.row, restored, phone)
        self.plan.rejected.append(RejectedRow(earlier.row, cells, [problem]))

    def _repeat(self, number: int, earlier: int, by: str, value: str) -> None:
        """List a row that repeats an earlier row's phone or customer number."""
        reason = (
            tr("Repeats row {row}: skipped.")
            if self.plan.policy == "skip"
            else tr("Repeats row {row}: merged into it.")
        )
        self.plan.repeats.append(
            Problem(number, self.column_of(by), value, reason.format(row=earlier))
        )

    def _merge(self, earlier: Pending, later: Pending) -> None:
        """A second row for the same customer in the file follows the same policy."""
        self.plan.skipped += 1
        if self.plan.policy == "skip":
            return
        earlier.warnings += later.warnings
        overwrite = self.plan.policy == "overwrite"
        for name, value in later.values.items():
            if overwrite or name not in earlier.values:
                earlier.values[name] = value
        for name in ("key_birthday", "clerk", "referrer"):
            if getattr(later, name) is not None and (overwrite or getattr(earlier, name) is None):
                setattr(earlier, name, getattr(later, name))

    def finish(self) -> ImportPlan:
        """Work out each update's real changes; check referrers and clerks."""
        _attach_current(self.plan.updates)
        for pending in self.plan.updates:
            pending.changes = _changes(pending, self.plan.policy)
        changing = [p for p in self.plan.updates if p.changes]
        self.plan.skipped += len(self.plan.updates) - len(changing)
        self.plan.updates = changing
        file_phones = {p.values["phone"] for p in self.plan.adds if p.values.get("phone")}
        for group in (self.plan.adds, self.plan.updates):
            unknown = [
                p
                for p in group
                if p.cells is not None and not self._referrer_known(p.referrer or "", file_phones)
            ]
            for pending in unknown:
                group.remove(pending)
                problem = Problem(
                    pending.row,
                    self.column_of("referred_by"),
                    pending.referrer or "",
                    tr(
                        "No customer has this number or phone: import the referrer first, "
                        "or clear the cell."
                    ),
                )
                self.plan.rejected.append(RejectedRow(pending.row, pending.cells or [], [problem]))
        self.plan.rejected.sort(key=lambda rejected: rejected.row)
        clerks = {p.clerk for p in (*self.plan.adds, *self.plan.updates) if p.clerk}
        self.plan.new_clerks = sorted(clerks - self.staff)
        far = tr(
            "This cell is far from the table, after many empty rows or columns, and was not "
            "read. If it belongs to a customer, move it into the table and import again."
        )
        self.plan.warnings = sorted(
            [
                *(w for p in (*self.plan.adds, *self.plan.updates) for w in p.warnings),
                *(Problem(cell.row, cell.reference, cell.value, far) for cell in self.far_cells),
            ],
            key=lambda warning: warning.row,
        )
        return self.plan

    def _referrer_known(self, key: str, file_phones: set[str]) -> bool:
        if self.shop.by_number(key):
            return True
        try:
            found = cleaning.phones(key)
        except ValueError:
            return False
        return bool(found) and (bool(self.shop.by_phone(found[0])) or found[0] in file_phones)


CellReader = Callable[[_Row, dict[str, Any], CellValue], None]
_READ_BY_NAME = {
    "number": _Planner._read_number,
    "age": _Planner._read_age,
    "birth_date": _Planner._read_birthday,
}
_READ_BY_KIND = {
    Kind.PHONE: _Planner._read_phone,
    Kind.CHOICE: _Planner._read_choice,
    Kind.FLAG: _Planner._read_flag,
    Kind.YEAR: _Planner._read_year,
    Kind.NUMBER: _Planner._read_amount,
    Kind.STAFF: _Planner._read_clerk,
    Kind.CUSTOMER: _Planner._read_referrer,
}


def _attach_current(updates: list[Pending]) -> None:
    """Give each update the customer's present values, to compare against."""
    referrer = Customer.alias()
    by_id = {p.customer_id: p for p in updates}
    ids = list(by_id)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            Customer.select(
                Customer,
                Staff.name.alias("clerk_name"),
                referrer.number.alias("referrer_number"),
                referrer.phone.alias("referrer_phone"),
            )
            .join(Staff, JOIN.LEFT_OUTER, on=(Customer.clerk == Staff.id))
            .switch(Customer)
            .join(referrer, JOIN.LEFT_OUTER, on=(Customer.referred_by == referrer.id))
            .where(Customer.id.in_(chunk))
            .dicts()
        )
        for values in query:
            values["key_birthday"] = None
            by_id[values["id"]].current = values
        birthdays = KeyDate.select().where(
            KeyDate.customer.in_(chunk) & (KeyDate.kind == "birthday")
        )
        for key_date in birthdays.order_by(KeyDate.id.desc()):
            current = by_id[key_date.customer_id].current
            assert current is not None
            current["key_birthday"] = key_date  # the first one wins, as in the export


def _blank(value: Any) -> bool:
    return value is None or value == "" or value is False


def _same_referrer(key: str, current: dict[str, Any]) -> bool:
    if key == current["referrer_number"]:
        return True
    try:
        found = cleaning.phones(key)
    except ValueError:
        return False
    return bool(found) and found[0] == current["referrer_phone"]


def _changes(pending: Pending, policy: str) -> dict[str, Any]:
    """The fields this row would really change, under the duplicates policy."""
    current = pending.current
    assert current is not None
    overwrite = policy == "overwrite"
    changes = {
        name: value
        for name, value in pending.values.items()
        if current[name] != value and (overwrite or _blank(current[name]))
    }
    wanted = pending.key_birthday
    if wanted is not None and current["birth_date"] is None:
        existing = current["key_birthday"]
        same = existing is not None and (existing.month, existing.day, existing.lunar) == (
            wanted.month,
            wanted.day,
            wanted.lunar,
        )
        if not same and (overwrite or existing is None):
            changes["key_birthday"] = wanted
    if (
        pending.clerk
        and current["clerk_name"] != pending.clerk
        and (overwrite or current["clerk_name"] is None)
    ):
        changes["clerk"] = pending.clerk
    if (
        pending.referrer
        and not _same_referrer(pending.referrer, current)
        and (overwrite or current["referred_by"] is None)
    ):
        changes["referred_by"] = pending.referrer
    return changes


def plan_import(
    table: Table,
    policy: str = "skip",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportPlan:
    """Read and clean every row and decide what it does; nothing is written."""
    planner = _Planner(table, policy)
    total = table.spreadsheet.row_count(table.sheet)
    for number, cells in table.spreadsheet.rows(table.sheet):
        if number <= table.header_row:
            continue
        if number % BATCH == 0:
            if cancelled and cancelled():
                raise ImportCancelled(tr("Import cancelled: nothing was written."))
            if progress:
                progress(number, total)
        if planner.left_out(number, cells):
            continue
        row = planner.clean(number, cells)
        if row is not None:
            planner.decide(number, cells, row)
    table.spreadsheet.release()
    plan = planner.finish()
    if progress:
        progress(total, total)
    return plan


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    skipped: int
    rejected: int

    def as_dict(self) -> dict[str, int]:
        return {
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
        }


_INSERT_COLUMNS = tuple(name for name in Customer._meta.fields if name != "id")


class _RowShape:
    """The columns an import writes, each with its default in database form: those its
    rows fill and those with a default; a column nobody fills is left to SQLite (NULL),
    so a row binds a few dozen values, not every column of the table."""

    def __init__(self, filled: set[str], defaults: dict[str, Any]) -> None:
        fields = Customer._meta.fields
        template = {}
        for name in _INSERT_COLUMNS:
            model_field = fields[name]
            default = model_field.default
            template[name] = model_field.db_value(default() if callable(default) else default)
        template.update(defaults)
        columns = [n for n in _INSERT_COLUMNS if n in filled or template[n] is not None]
        self.template = [template[name] for name in columns]
        self.slots = {name: (i, fields[name].db_value) for i, name in enumerate(columns)}
        names = ", ".join(f'"{fields[name].column_name}"' for name in columns)
        marks = ", ".join("?" * len(columns))
        self.insert = f"INSERT INTO customer ({names}) VALUES ({marks})"

    def row(self, values: dict[str, Any], extra: dict[str, Any]) -> tuple[Any, ...]:
        """One customer row in column order; the plan's own values are left as they are."""
        row = list(self.template)
        slots = self.slots
        for source in (values, extra):
            for name, value in source.items():
                index, stored = slots[name]
                row[index] = stored(value)
        return tuple(row)


def _insert_batch(shape: _RowShape, rows: list[tuple[Any, ...]]) -> None:
    database.cursor().executemany(shape.insert, rows)


def _entry_tier() -> Tier | None:
    """The tier a customer with no purchases is in: the highest with a zero threshold."""
    return Tier.select().where(Tier.threshold <= 0).order_by(Tier.rank.desc()).first()


class _Writer:
    """Writes a plan a chunk at a time, each chunk its own short transaction, so a sale at
    the counter gets through while a large file goes in; `undo` takes back what was
    written when a later chunk fails or the import is cancelled, so for the owner it is
    all or nothing."""

    def __init__(self, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None):
        self.plan = plan
        self.progress = progress
        self.cancelled = cancelled
        self.total = len(plan.adds) + len(plan.updates)
        self.done = 0
        self.clerks: dict[str, int] = {}
        self.new_clerks: list[int] = []
        self.added: list[int] = []
        self.before: list[tuple[int, dict[str, Any]]] = []
        self.removed_key_dates: list[dict[str, Any]] = []
        self.written_key_dates: list[int] = []
        self.audit: list[int] = []
        self.numbers: list[str] = []
        # Into a shop with no customers yet the plan goes in as one transaction, loaded in
        # bulk: nobody sells to a customer who is not there, so no pauses are needed.
        self.at_once = False

    def step(self, count: int) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled(tr("Import cancelled: nothing was written."))
        self.done += count
        if self.progress:
            self.progress(self.done, self.total)

    def key_date(self, customer_id: int, found: cleaning.Birthday) -> dict[str, Any]:
        return {
            "customer": customer_id,
            "kind": "birthday",
            "label": "",
            "month": found.month,
            "day": found.day,
            "year": found.year,
            "lunar": found.lunar,
        }

    def write_key_dates(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            self.written_key_dates.append(KeyDate.insert(row).execute())

    def write(self, actor: Staff) -> None:
        with database.atomic("IMMEDIATE"):
            for name in self.plan.new_clerks:
                self.new_clerks.append(Staff.create(name=name).id)
            self.clerks = dict(Staff.select(Staff.name, Staff.id).tuples())
            self.numbers = (
                settings.take_customer_numbers(len(self.plan.adds)) if self.plan.adds else []
            )
            self.at_once = not Customer.select().exists()
            if self.at_once:
                with loaded_in_bulk(BULK_TABLES), page_cache(BULK_CACHE_KIB):
                    self.add_customers(self.numbers)
                self.finish(actor)
                return
        self.add_customers(self.numbers)
        self.update_customers(actor.id)
        with database.atomic("IMMEDIATE"):
            self.finish(actor)

    def finish(self, actor: Staff) -> None:
        self.link_referrers()
        self.audit.append(
            audit.record("import", actor, file=self.plan.table.path.name, **self.plan.counts())
        )

    def add_customers(self, numbers: list[str]) -> None:
        adds = self.plan.adds
        entry = _entry_tier()
        stamp = now().isoformat(" ")  # as sqlite3 stores a datetime, once for every row
        filled = {"number", "clerk", *SEARCH_COLUMNS}.union(*(p.values for p in adds))
        shape = _RowShape(
            filled,
            {"tier": entry.id if entry else None, "created_at": stamp, "updated_at": stamp},
        )
        reason = tuple(because("imported").columns().values())
        paired = list(zip(adds, numbers, strict=True))
        parts = chunked(paired, BATCH) if self.at_once else busy.paced(paired, BATCH)
        for part in parts:
            chunk, taken = [p for p, _ in part], [n for _, n in part]
            with database.atomic("IMMEDIATE"):
                rows = []
                for pending, number in zip(chunk, taken, strict=True):
                    values = pending.values
                    extra = search_columns(values["name"], values.get("phone"))
                    extra["number"] = number
                    if pending.clerk:
                        extra["clerk"] = self.clerks[pending.clerk]
                    rows.append(shape.row(values, extra))
                # New rows take ids above the largest, and this transaction holds the lock:
                # found by key even while a bulk load has the number index set aside.
                last = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
                _insert_batch(shape, rows)
                ids = dict(
                    database.execute_sql(
                        "SELECT number, id FROM customer WHERE id > ?", (last or 0,)
                    ).fetchall()
                )
                births = []
                for pending, number in zip(chunk, taken, strict=True):
                    pending.customer_id = ids[number]
                    self.added.append(ids[number])
                    if pending.key_birthday is not None:
                        births.append(self.key_date(ids[number], pending.key_birthday))
                self.write_key_dates(births)
                if entry is not None:
                    database.cursor().executemany(
                        "INSERT INTO tier_change (customer_id, to_tier_id, reason, reason_code, "
                        "reason_args, changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                        [(ids[number], entry.id, *reason, stamp) for number in taken],
                    )
            self.step(len(rows))

    def update_customers(self, staff_id: int | None) -> None:
        for chunk in busy.paced(self.plan.updates, BATCH):
            with database.atomic("IMMEDIATE"):
                for pending in chunk:
                    self.update_one(pending, staff_id)
            self.step(len(chunk))

    def update_one(self, pending: Pending, staff_id: int | None) -> None:
        changes = dict(pending.changes)
        found = changes.pop("key_birthday", None)
        changes.pop("referred_by", None)
        if found is not None:
            old = KeyDate.select().where(
                (KeyDate.customer == pending.customer_id) & (KeyDate.kind == "birthday")
            )
            self.removed_key_dates += [
                {name: getattr(k, name) for name in KeyDate._meta.fields if name != "id"}
                for k in old
            ]
            KeyDate.delete().where(KeyDate.id.in_([k.id for k in old])).execute()
            self.write_key_dates([self.key_date(pending.customer_id, found)])
        if "clerk" in changes:
            changes["clerk"] = self.clerks[changes["clerk"]]
        if changes:
            customer = Customer.get_by_id(pending.customer_id)
            if "name" in changes or "phone" in changes:
                changes.update(
                    search_columns(
                        changes.get("name", customer.name), changes.get("phone", customer.phone)
                    )
                )
            changes["updated_at"] = now()
            self.before.append((customer.id, {name: getattr(customer, name) for name in changes}))
            Customer.update(**changes).where(Customer.id == pending.customer_id).execute()
        self.audit.append(
            AuditLog.insert(
                action="import",
                customer=pending.customer_id,
                staff=staff_id,
                detail=",".join(sorted(pending.changes)),
            ).execute()
        )

    def link_referrers(self) -> None:
        """Referrers may be customers added by this same import, so they come last."""
        wanted = [p for p in self.plan.adds if p.referrer] + [
            p for p in self.plan.updates if "referred_by" in p.changes
        ]
        if not wanted:
            return
        for pending in wanted:
            key = pending.referrer or ""
            referrer = Customer.select(Customer.id).where(Customer.number == key).scalar()
            if referrer is None:
                referrer = (
                    Customer.select(Customer.id)
                    .where(
                        (Customer.phone == cleaning.phones(key)[0]) & Customer.deleted_at.is_null()
                    )
                    .scalar()
                )
            if referrer is not None and referrer != pending.customer_id:
                customer = Customer.get_by_id(pending.customer_id)
                self.before.append((customer.id, {"referred_by": customer.referred_by_id}))
                Customer.update(referred_by=referrer).where(
                    Customer.id == pending.customer_id
                ).execute()

    def undo(self) -> None:
        """Take back every chunk written, newest change first; customers a clerk has sold
        to in the meantime stay, as their sales do. Written at once, it was rolled back."""
        if self.at_once:
            return
        with database.atomic("IMMEDIATE"):
            for customer_id, values in reversed(self.before):
                Customer.update(**values).where(Customer.id == customer_id).execute()
            for chunk in chunked(self.written_key_dates, 500):
                KeyDate.delete().where(KeyDate.id.in_(chunk)).execute()
            for chunk in chunked(self.removed_key_dates, 100):
                KeyDate.insert_many(chunk).execute()
            for chunk in chunked(self.audit, 500):
                AuditLog.delete().where(AuditLog.id.in_(chunk)).execute()
            for chunk in chunked(self.added, 500):
                bought = Purchase.select(Purchase.customer).where(Purchase.customer.in_(chunk))
                sold = {customer_id for (customer_id,) in bought.tuples()}
                gone = [cid for cid in chunk if cid not in sold]
                TierChange.delete().where(TierChange.customer.in_(gone)).execute()
                Customer.delete().where(Customer.id.in_(gone)).execute()
            for clerk in self.new_clerks:
                if not Customer.select().where(Customer.clerk == clerk).exists():
                    Staff.delete().where(Staff.id == clerk).execute()
            settings.give_back_customer_numbers(self.numbers)


def apply_import(
    actor: Staff,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Write the plan: every accepted row, or (on failure or cancel) none. Only the owner
    imports."""
    permissions.require(actor, "import")
    writer = _Writer(plan, progress, cancelled)
    try:
        with busy.holding("import", actor.name):
            writer.write(actor)
    except BaseException as error:
        writer.undo()
        if isinstance(error, IntegrityError | sqlite3.IntegrityError):
            raise ShopError(
                tr(
                    "Someone changed the customers while the import was running (a phone is "
                    "now taken). Nothing was imported: run the import again."
                )
            ) from None
        raise
    return ImportResult(**plan.counts())


REJECTS_TITLE = marked("Rows not imported", "export")
SOURCE_ROW = marked("Source row", "export")
PROBLEM = marked("Problem", "export")
NOTES_TITLE = marked("Look at these", "export")
COLUMN = marked("Column", "export")
VALUE = marked("Value", "export")
NOTE = marked("Note", "export")


def write_rejects(plan: ImportPlan, path: Path, language: str = "zh_CN") -> Path:
    """The rejected rows as they were, with the reasons, ready to fix and import again; then
    the rows imported with a warning, the totals left out and the repeats."""
    words = in_language(language)
    width = max([len(plan.table.headers), *(len(r.cells) for r in plan.rejected)])
    headers = [plan.table.headers[i] if i < len(plan.table.headers) else "" for i in range(width)]
    table_columns = [
        *(TableColumn(header or f"#{i + 1}") for i, header in enumerate(headers)),
        TableColumn(words.tr(SOURCE_ROW), "integer", 10),
        TableColumn(words.tr(PROBLEM), "text", 60),
    ]
    rows = (
        [
            *(rejected.cells + [None] * (width - len(rejected.cells))),
            rejected.row,
            "；".join(f"{p.column}「{p.value}」: {p.reason}" for p in rejected.problems),
        ]
        for rejected in plan.rejected
    )
    sheets = [SheetSpec(words.tr(REJECTS_TITLE), table_columns, rows)]
    if notes := plan.notes():
        noted = [
            TableColumn(words.tr(SOURCE_ROW), "integer", 10),
            TableColumn(words.tr(COLUMN), "text", 16),
            TableColumn(words.tr(VALUE), "text", 24),
            TableColumn(words.tr(NOTE), "text", 80),
        ]
        lines = ([n.row, n.column, n.value, n.reason] for n in notes)
        sheets.append(SheetSpec(words.tr(NOTES_TITLE), noted, lines))
    return write_workbook(path, sheets)

"""The pass over a sheet's XML: the table's real block, far cells, uncalculated formulas."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from shopcrm.spreadsheets import sheet_survey
from shopcrm.spreadsheets.reader import Spreadsheet, UnreadableFile
from tests.helpers.spreadsheets import replace_part, write_xlsx

SHEET = "xl/worksheets/sheet1.xml"


def _with_rows(tmp_path: Path, extra: str) -> Path:
    """A two-row list with `extra` sheet XML added after its rows."""
    whole = write_xlsx(tmp_path / "whole.xlsx", {"s": [["姓名", "手机"], ["张三", "13812345678"]]})
    with zipfile.ZipFile(whole) as archive:
        xml = archive.read(SHEET).decode()
    xml = xml.replace("</sheetData>", extra + "</sheetData>")
    return replace_part(whole, tmp_path / "edited.xlsx", SHEET, xml.encode())


def test_a_table_that_is_itself_too_wide_is_refused(tmp_path: Path) -> None:
    wide = [[f"列{n}" for n in range(300)], ["张三", *range(299)]]
    path = write_xlsx(tmp_path / "wide.xlsx", {"s": wide})
    with pytest.raises(UnreadableFile, match="column 300, row 2"):
        list(Spreadsheet(path).rows("s"))


def test_many_cells_far_from_the_table_are_refused_not_dropped(tmp_path: Path) -> None:
    start = 1_040_000  # far enough that reading the sheet whole is not affordable
    far = "".join(
        f'<row r="{start + n}"><c r="A{start + n}" t="inlineStr"><is><t>顾客{n}</t></is></c></row>'
        for n in range(30)
    )
    path = _with_rows(tmp_path, far)
    with pytest.raises(
        UnreadableFile, match=rf"30 cells far from the table \(the first is A{start}\)"
    ):
        list(Spreadsheet(path).rows("s"))


def test_a_list_with_a_gap_and_a_far_column_is_read_whole(tmp_path: Path) -> None:
    later = "".join(
        f'<row r="{1300 + n}"><c r="A{1300 + n}" t="inlineStr"><is><t>顾客{n}</t></is></c>'
        f'<c r="AE{1300 + n}" t="inlineStr"><is><t>备注{n}</t></is></c></row>'
        for n in range(6)
    )
    spreadsheet = Spreadsheet(_with_rows(tmp_path, later))
    rows = [cells for _, cells in spreadsheet.rows("s") if any(c is not None for c in cells)]
    assert len(rows) == 2 + 6 and rows[-1][0] == "顾客5" and rows[-1][30] == "备注5"
    assert spreadsheet.far_cells("s") == []


def test_far_cells_with_only_a_style_are_dropped_without_a_word(tmp_path: Path) -> None:
    path = _with_rows(tmp_path, '<row r="1048576"><c r="XFD1048576" s="0"/><c r="A1048576"/></row>')
    spreadsheet = Spreadsheet(path)
    assert [cells for _, cells in spreadsheet.rows("s")] == [
        ["姓名", "手机"],
        ["张三", "13812345678"],
    ]
    assert spreadsheet.far_cells("s") == []


def test_a_far_cell_hidden_behind_odd_whitespace_is_still_found(tmp_path: Path) -> None:
    path = _with_rows(tmp_path, '<row r="1048576"><c\n\tr="XFD1048576"\nt="n"><v>7</v></c></row>')
    spreadsheet = Spreadsheet(path)
    assert spreadsheet.row_count("s") == 2
    assert [(c.reference, c.value) for c in spreadsheet.far_cells("s")] == [("XFD1048576", "7")]


def test_only_formulas_saved_without_a_value_are_uncalculated(tmp_path: Path) -> None:
    cells = (
        '<row r="3"><c r="A3"><f>CONCAT("a","b")</f><v></v></c>'  # never calculated
        '<c r="B3"><f>1+1</f><v>2</v></c>'  # calculated
        '<c r="C3" t="str"><f>""</f><v></v></c>'  # calculated to empty text
        '<c r="D3"><f>A1&amp;"x"</f></c></row>'  # never calculated, no value at all
    )
    found = sheet_survey.survey(_with_rows(tmp_path, cells), SHEET)
    assert found.formulas == {3: {0: '=CONCAT("a","b")', 3: '=A1&"x"'}}
    assert (found.first_row, found.last_row, found.first_column, found.last_column) == (1, 3, 1, 4)
    assert not found.outside

"""Test spreadsheets made on the fly: messy lists, hostile files, second readers."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook


class Formula(str):
    """A cell written as a real formula, with no value, as programs that never calculate
    (openpyxl among them) save it."""


def write_xlsx(
    path: Path,
    sheets: dict[str, Sequence[Sequence[Any]]],
    merged: Mapping[str, Sequence[str]] | None = None,
) -> Path:
    """One workbook, a sheet per entry; text starting with = stays text, as in a real list,
    unless it is a Formula. `merged` names each sheet's merged ranges ("A2:A3")."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for number, row in enumerate(rows, start=1):
            sheet.append(list(row))
            for column, value in enumerate(row, start=1):
                if (
                    isinstance(value, str)
                    and value.startswith("=")
                    and not isinstance(value, Formula)
                ):
                    sheet.cell(number, column).data_type = "s"
        for cells in (merged or {}).get(title, ()):
            sheet.merge_cells(cells)
    book.save(path)
    return path


def add_shared_string_cell(path: Path, reference: str, text: str) -> Path:
    """Add one cell holding `text` as Excel stores text (a shared string), in a row of its
    own after the others, to the first sheet of a workbook openpyxl wrote."""
    row = "".join(ch for ch in reference if ch.isdigit())
    parts = {
        "[Content_Types].xml": (
            "</Types>",
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        ),
        "xl/_rels/workbook.xml.rels": (
            "</Relationships>",
            '<Relationship Id="rIdStrings" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>",
        ),
        "xl/worksheets/sheet1.xml": (
            "</sheetData>",
            f'<row r="{row}"><c r="{reference}" t="s"><v>1</v></c></row></sheetData>',
        ),
    }
    strings = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
        f'uniqueCount="2"><si><t>unused</t></si><si><t>{text}</t></si></sst>'
    )
    source = path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(source)) as zin, zipfile.ZipFile(path, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename).decode()
            if info.filename in parts:
                old, new = parts[info.filename]
                data = data.replace(old, new)
            zout.writestr(info, data)
        zout.writestr("xl/sharedStrings.xml", strings)
    return path


def replace_part(source: Path, target: Path, member: str, data: bytes) -> Path:
    """A copy of an .xlsx with one part's bytes swapped."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == member else zin.read(info.filename))
    return target


def libreoffice_convert(path: Path, folder: Path, to: str) -> Path | None:
    """`path` converted by LibreOffice headless (`to` is its filter, e.g. "pdf") into
    `folder`; None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{folder / 'lo-profile'}",
            "--headless",
            "--convert-to",
            to,
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return folder / f"{path.stem}.{to.split(':')[0]}"


def libreoffice_csv(path: Path, folder: Path) -> str | None:
    """The first sheet as CSV through LibreOffice headless, or None when it is not installed."""
    converted = libreoffice_convert(path, folder, "csv:Text - txt - csv (StarCalc):44,34,76")
    return None if converted is None else converted.read_text(encoding="utf-8")

"""The import wizard end to end, and the export actions, driven like a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWizard

from shopcrm.customers import profiles
from shopcrm.spreadsheets import columns, importing
from shopcrm.storage.models import Customer
from shopcrm.ui.spreadsheets import export_actions
from shopcrm.ui.spreadsheets.import_wizard import ImportWizard


def _book(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


ROWS = [
    ["顾客名单"],
    ["姓名", "手机", "生日", "其它号码"],
    ["张小丽", 13812345678, "1990-05-03", None],
    ["李娜", "139 0000 1111", "5月3日", None],
    ["王芳", "1.38123E+10", None, None],
    ["赵敏", "13700002222", "1990-02-30", None],
]


def _open(qtbot, path: Path) -> ImportWizard:
    wizard = ImportWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load()
    return wizard


def test_wizard_imports_a_file_end_to_end(qtbot, db, tmp_path: Path, monkeypatch) -> None:
    profiles.quick_add("李娜", "13900001111")
    wizard = _open(qtbot, _book(tmp_path / "list.xlsx", {"会员": ROWS}))
    assert wizard.objectName() == "importWizard"
    assert wizard.file_page.isComplete() and wizard.file_page.sheet.isHidden()

    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert [combo.currentData() for combo in combos] == ["name", "phone", "birth_date", ""]
    combos[3].setCurrentIndex(combos[3].findData("phone2"))

    wizard.next()
    assert columns.saved_mapping()["其它号码"] == "phone2"
    wizard.policy_page.findChild(object, "policyFill").setChecked(True)

    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert "1 to add, 1 to update, 0 to skip, 2 rejected" in preview.summary.text()
    model = preview.model
    assert model.rowCount() == 2
    assert [model.index(0, c).data() for c in range(3)] == [5, "手机", "1.38123E+10"]
    assert Customer.select().count() == 1  # nothing written by the preview

    with qtbot.waitSignal(wizard.imported, timeout=10_000) as imported:
        wizard.next()
    assert imported.args[0].as_dict() == {"added": 1, "updated": 1, "skipped": 0, "rejected": 2}
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert "1 customer added, 1 updated" in wizard.result_page.summary.text()
    assert Customer.select().count() == 2
    li = Customer.get(Customer.phone == "13900001111")
    assert [(k.month, k.day) for k in li.key_dates] == [(5, 3)]

    target = tmp_path / "rejected.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert wizard.result_page.save.isEnabled()
    wizard.result_page.save.click()
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert [row[0] for row in rows[1:]] == ["王芳", "赵敏"]
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()


def test_wizard_asks_which_sheet_and_explains_unusable_files(qtbot, db, tmp_path: Path) -> None:
    two = _book(
        tmp_path / "two.xlsx", {"老店": ROWS, "新店": [["Name", "Phone"], ["Li", "13900001111"]]}
    )
    wizard = _open(qtbot, two)
    sheet = wizard.file_page.sheet
    assert not sheet.isHidden() and [sheet.itemText(i) for i in range(sheet.count())] == [
        "老店",
        "新店",
    ]
    sheet.setCurrentIndex(1)
    assert wizard.table is not None and wizard.table.sheet == "新店"

    bad = tmp_path / "notes.xlsx"
    bad.write_text("hello", encoding="utf-8")
    wizard.file_page.path.setText(str(bad))
    wizard.file_page.load()
    assert not wizard.file_page.isComplete()
    assert "not a spreadsheet" in wizard.file_page.message.text()


def test_cancel_during_import_writes_nothing(qtbot, db, tmp_path: Path, monkeypatch) -> None:
    rows = [["姓名", "手机"]] + [[f"顾客{n}", f"1380000{n:04d}"] for n in range(30)]
    wizard = _open(qtbot, _book(tmp_path / "many.xlsx", {"s": rows}))
    wizard.next()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(wizard.preview_page.isComplete, timeout=10_000)
    monkeypatch.setattr(importing, "BATCH", 5)
    real = importing._insert_batch

    def slow_batch(shape, batch: list) -> None:
        real(shape, batch)
        wizard.runner.cancel()  # as if the owner pressed Cancel after the first batch

    monkeypatch.setattr(importing, "_insert_batch", slow_batch)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert "nothing was written" in wizard.result_page.summary.text()
    assert Customer.select().count() == 0


@pytest.mark.parametrize("which", ["profiles", "template", "vip"])
def test_export_actions_write_where_the_owner_chose(
    qtbot, db, tmp_path: Path, monkeypatch, which: str
) -> None:
    profiles.quick_add("张小丽", "13812345678")
    target = tmp_path / f"{which}.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2025-03", True))
    action = {
        "profiles": lambda: export_actions.export_profiles(None, None, "zh_CN"),
        "template": lambda: export_actions.export_template(None, "en"),
        "vip": lambda: export_actions.export_vip_list(None),
    }[which]
    assert action() == target
    assert load_workbook(target).sheetnames


def test_wizard_shows_what_happens_to_every_row_and_column(qtbot, db, tmp_path: Path) -> None:
    rows = [
        ["姓名", "手机", "备注", "备注"],
        ["张小丽", 13812345678, "老客户", "喜欢红色"],
        ["李娜", 1087654321, None, None],  # 010-87654321 lost its 0 in a number cell
        ["张小丽", "138 1234 5678", None, None],
        ["合计", None, "3人", None],
    ]
    wizard = _open(qtbot, _book(tmp_path / "list.xlsx", {"会员": rows}))
    wizard.next()
    combos = wizard.mapping_page.combos
    assert [combo.currentData() for combo in combos] == ["name", "phone", "notes", "+notes"]
    assert combos[3].currentText() == "(add to the notes as “备注: …”)"

    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    summary = preview.summary.text()
    assert "2 to add, 0 to update, 1 to skip, 0 rejected" in summary
    assert "1 row left out as a total or footer." in summary
    assert "1 row repeats an earlier row of the file." in summary
    assert "1 warning to check." in summary
    notes = preview.notes
    lines = [[notes.index(r, c).data() for c in range(4)] for r in range(notes.rowCount())]
    assert [line[:3] for line in lines] == [
        [3, "手机", "1087654321"],
        [4, "手机", "138 1234 5678"],
        [5, "姓名", "合计"],
    ]
    assert "010 8765 4321" in lines[0][3] and lines[1][3] == "Repeats row 2: skipped."

    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert "1 row left out as a total or footer." in wizard.result_page.summary.text()
    assert dict(Customer.select(Customer.name, Customer.notes).tuples()) == {
        "张小丽": "老客户\n备注: 喜欢红色",
        "李娜": None,
    }
    assert Customer.get(Customer.name == "李娜").phone == "01087654321"

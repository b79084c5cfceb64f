"""The owner's tier dialog: preview before apply, errors in place, nothing saved half-way;
the VIP rules page; the points, referral and lifecycle options."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QPushButton

from shopcrm.core import i18n
from shopcrm.customers import profiles
from shopcrm.loyalty import tiers
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import settings
from shopcrm.storage.models import AuditLog, Customer, Tier
from shopcrm.ui.app import install_translations
from shopcrm.ui.loyalty.loyalty_settings import LoyaltySettingsDialog
from shopcrm.ui.loyalty.tier_settings import COLUMNS, TierSettingsDialog
from shopcrm.ui.loyalty.vip_rules_dialog import VipRulesDialog


@pytest.fixture
def dialog(qtbot, db) -> TierSettingsDialog:
    xiaoli = profiles.quick_add("张小丽", "13812345678")
    record_sale(xiaoli.id, [SaleLine(Decimal("2500"))])
    shown = TierSettingsDialog()
    qtbot.addWidget(shown)
    shown.show()
    return shown


def set_cell(dialog: TierSettingsDialog, row: int, column: str, value: str) -> None:
    dialog.model.setData(dialog.model.index(row, COLUMNS.index(column)), value)


def type_in_cell(qtbot, dialog: TierSettingsDialog, row: int, column: str, text: str) -> None:
    """Double-click the cell, type as the owner does (setText: keyClicks types ASCII
    only) and press Enter."""
    index = dialog.model.index(row, COLUMNS.index(column))
    viewport, spot = dialog.table.viewport(), dialog.table.visualRect(index).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=spot)
    [editor] = [line for line in viewport.findChildren(QLineEdit) if line.isVisible()]
    editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    editing = dialog.table.State.EditingState
    qtbot.waitUntil(lambda: dialog.table.state() != editing)  # the view commits queued


def cell(dialog: TierSettingsDialog, row: int, column: str, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.data(dialog.model.index(row, COLUMNS.index(column)), role)


def test_apply_waits_for_a_preview_and_saves_what_was_previewed(dialog) -> None:
    assert dialog.objectName() == "tierSettings"
    assert dialog.model.rowCount() == 4
    assert not dialog.apply_button.isEnabled()
    set_cell(dialog, 1, "threshold", "3000")
    dialog.findChild(type(dialog.apply_button), "previewButton").click()
    assert dialog.apply_button.isEnabled()
    assert "0 move up, 0 move down" in dialog.preview_text.text()
    assert "1 keeps a tier" in dialog.preview_text.text()
    dialog.downgrade.setCurrentIndex(dialog.downgrade.findData("drop"))
    assert not dialog.apply_button.isEnabled()
    assert dialog.preview() is not None
    assert "1 move down" in dialog.preview_text.text()
    dialog.apply_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.applied.down == 1
    assert Tier.get(Tier.rank == 1).threshold == Decimal("3000.00")
    assert settings.get("tier_downgrade") == "drop"
    assert Customer.get().tier.rank == 0
    assert AuditLog.select().where(AuditLog.action == "tier_rules").count() == 1


def test_bad_rules_show_on_the_cells_and_nothing_is_saved(dialog) -> None:
    set_cell(dialog, 0, "threshold", "100")
    set_cell(dialog, 2, "threshold", "1000")
    set_cell(dialog, 3, "discount_pct", "150")
    set_cell(dialog, 3, "name", "银卡")
    assert dialog.preview() is None
    assert not dialog.apply_button.isEnabled()
    assert dialog.errors.isVisible()
    assert "must start at 0" in dialog.errors.text()
    for row, column in ((0, "threshold"), (2, "threshold"), (3, "discount_pct"), (3, "name")):
        index = dialog.model.index(row, COLUMNS.index(column))
        assert dialog.model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert dialog.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert [t.threshold for t in tiers.tiers()][:3] == [0, 2000, 8000]
    set_cell(dialog, 0, "threshold", "0")
    set_cell(dialog, 2, "threshold", "8000")
    set_cell(dialog, 3, "discount_pct", "15")
    set_cell(dialog, 3, "name", "钻石")
    assert dialog.preview() is not None
    assert not dialog.errors.isVisible()


def test_a_discount_is_typed_as_zhe_or_percentage_and_shown_both_ways(qtbot, dialog) -> None:
    preview = dialog.findChild(QPushButton, "previewButton")
    assert cell(dialog, 1, "discount_pct") == "5% off (pays 95%)"
    type_in_cell(qtbot, dialog, 1, "discount_pct", "九五折")
    type_in_cell(qtbot, dialog, 2, "discount_pct", "12")
    assert cell(dialog, 1, "discount_pct") == "5% off (pays 95%)"
    assert cell(dialog, 1, "discount_pct", Qt.ItemDataRole.EditRole) == "九五折"
    assert cell(dialog, 2, "discount_pct") == "12% off (pays 88%)"
    type_in_cell(qtbot, dialog, 3, "discount_pct", "120折")
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    assert not dialog.apply_button.isEnabled()
    assert "Tier 4, discount: “120折”" in dialog.errors.text()
    assert "less than 10折" in cell(dialog, 3, "discount_pct", Qt.ItemDataRole.ToolTipRole)
    assert cell(dialog, 3, "discount_pct") == "120折"  # what she typed stays, to correct
    type_in_cell(qtbot, dialog, 3, "discount_pct", "85折")
    qtbot.mouseClick(preview, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [t.discount_pct for t in tiers.tiers()][1:] == [Decimal(5), Decimal(12), Decimal(15)]


def test_adding_and_removing_tiers(dialog) -> None:
    dialog.findChild(type(dialog.apply_button), "addTierButton").click()
    row = dialog.model.rowCount() - 1
    set_cell(dialog, row, "name", "黑金")
    set_cell(dialog, row, "threshold", "50000")
    dialog.table.selectRow(1)
    dialog.findChild(type(dialog.apply_button), "removeTierButton").click()
    assert dialog.preview() is not None
    assert "1 moves off a tier you removed" in dialog.preview_text.text()
    dialog.apply()
    assert [t.name for t in tiers.tiers()] == ["普通会员", "金卡", "钻石", "黑金"]


def test_the_visits_rule_relabels_the_threshold_and_enables_fields(dialog) -> None:
    header = dialog.model.headerData(1, Qt.Orientation.Horizontal)
    dialog.rule.setCurrentIndex(dialog.rule.findData("visits"))
    assert dialog.model.headerData(1, Qt.Orientation.Horizontal) != header
    assert not dialog.grace.isEnabled() and not dialog.review_date.isEnabled()
    dialog.rule.setCurrentIndex(dialog.rule.findData("last_12_months"))
    dialog.downgrade.setCurrentIndex(dialog.downgrade.findData("review"))
    assert dialog.grace.isEnabled() and dialog.review_date.isEnabled()


def test_vip_rules_page_saves_as_pdf_and_web_page(qtbot, db, tmp_path, monkeypatch) -> None:
    page = VipRulesDialog()
    qtbot.addWidget(page)
    assert "银卡" in page.page.toPlainText()
    html = page.save_html(tmp_path / "rules.html")
    assert "钻石" in html.read_text(encoding="utf-8")
    chosen = str(tmp_path / "rules")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (chosen, ""))
    page.findChild(type(page.findChild(object, "pdfButton")), "pdfButton").click()
    assert (tmp_path / "rules.pdf").read_bytes().startswith(b"%PDF")


def test_loyalty_options_show_errors_in_place_then_save(qtbot, db) -> None:
    dialog = LoyaltySettingsDialog()
    qtbot.addWidget(dialog)
    fields = dialog.options.form.fields
    value, lost = fields["point_value"].widget, fields["lost_days"].widget
    value.setText("abc")
    lost.setValue(30)
    dialog.save()
    assert fields["point_value"].error.text()
    assert "dormant" in fields["lost_days"].error.text()
    assert settings.get("point_value") == "0.01"
    value.setText("0.05")
    lost.setValue(400)
    dialog.save()
    assert (settings.get("point_value"), settings.get("lost_days")) == ("0.05", "400")
    assert dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize(
    ("language", "hers", "customer"),
    [("en", r"\b(she|her|hers|herself)\b", "a customer"), ("zh_CN", "她", "顾客")],
)
def test_the_rules_speak_of_a_customer_without_a_gender(
    qtbot, qapp, db, language: str, hers: str, customer: str
) -> None:
    translators = install_translations(qapp, language)
    try:
        shown = TierSettingsDialog()
        qtbot.addWidget(shown)
        said = [label.text() for label in shown.findChildren(QLabel) if label.text()]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.install(None)
    assert [text for text in said if re.search(hers, text, re.I)] == []
    assert any(customer in text for text in said)  # the grace period's rule

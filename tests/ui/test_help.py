"""F1: the guide, at the part about what is in front, and the shortcuts sheet to print."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from shopcrm.core import i18n
from shopcrm.ui import app as app_module
from shopcrm.ui import help_dialog, preferences
from shopcrm.ui.help_dialog import GuideDialog, ShortcutsDialog
from shopcrm.ui.sales.sale_dialog import SaleDialog
from tests.helpers.pdf import read_pdf


def _guide(qtbot) -> GuideDialog:
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, GuideDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
    )
    shown = next(w for w in QApplication.topLevelWidgets() if isinstance(w, GuideDialog))
    qtbot.addWidget(shown)
    return shown


def test_f1_opens_the_guide_with_the_keys_this_version_has(qtbot, window) -> None:
    window.activateWindow()
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_F1)
    guide = _guide(qtbot)
    text = guide.page.toPlainText()
    assert "The counter: finding the customer" in text and "Importing an old list" in text
    assert "Keyboard shortcuts" in text
    assert "Ctrl+N" in text and "New customer" in text and "Record sale" in text
    assert help_dialog.anchor_for(window) == "counter"


def test_f1_in_a_sale_is_about_the_sale_and_opens_beside_it(qtbot, window, shop) -> None:
    sale = SaleDialog(shop["xiaoli"], window)
    qtbot.addWidget(sale)
    sale.open()
    qtbot.waitExposed(sale)
    sale.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sale)
    assert help_dialog.anchor_for(window) == "sale"
    window.guide_action.trigger()
    guide = _guide(qtbot)
    assert guide.parentWidget() is sale  # readable while the sale waits for her
    assert sale.isVisible()


def test_the_shortcuts_sheet_prints_every_key(qtbot, window, tmp_path) -> None:
    sheet = ShortcutsDialog(window)
    qtbot.addWidget(sheet)
    saved = sheet.save_pdf(tmp_path / "keys.pdf")
    (page,), _sizes = read_pdf(saved)
    for keys, _does in help_dialog.shortcuts(window):
        assert keys.split(" / ")[0] in page
    assert "Lock" in page and "Ctrl+L" in page


def test_the_guide_is_in_the_shops_language(qtbot, qapp, shop, db_path) -> None:
    QCoreApplication.setOrganizationName("shopcrm-tests")
    preferences.save("zh_CN", 12)
    runner = app_module.Shop(qapp, db_path)
    window = runner.show_window()
    qtbot.addWidget(window)
    try:
        guide = GuideDialog(window)
        qtbot.addWidget(guide)
        text = guide.page.toPlainText()
        assert "柜台：找到顾客" in text and "快捷键" in text and "新顾客" in text
    finally:
        for translator in runner.translators:
            qapp.removeTranslator(translator)
        i18n.install(None)

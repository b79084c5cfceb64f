"""Every text the clerk can see is translated into Chinese, and the translations load."""

from __future__ import annotations

import re
import string

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from shopcrm.core import i18n
from shopcrm.ui import app as app_module
from shopcrm.ui import preferences
from shopcrm.ui.main_window import MainWindow
from tools import translation_catalog

TS = translation_catalog.ts_path


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_text_has_a_chinese_translation_with_the_same_placeholders() -> None:
    sources = translation_catalog.messages()
    chinese = i18n.read_ts(TS("zh_CN"))
    missing = sorted(set(sources) - set(chinese))
    assert missing == [], f"untranslated: {missing[:10]}"
    for key, message in sources.items():
        done = chinese[key]
        forms = done if isinstance(done, list) else [done]
        assert isinstance(done, list) == (message.singular is not None), key
        for form in forms:
            assert fields(form) == fields(key[1]), key
            assert form.count("<a ") == key[1].count("<a "), key


def test_compiled_catalogue_matches_the_sources(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(TS("zh_CN").with_suffix(".qm")))
    chinese = i18n.read_ts(TS("zh_CN"))
    stale = [
        key
        for key, message in translation_catalog.messages().items()
        if translator.translate(key[0], key[1], None, 1 if message.singular else -1)
        != (chinese[key][0] if message.singular else chinese[key])
    ]
    assert stale == [], "run `python tools/translation_catalog.py` to recompile"


def test_each_feature_has_its_own_context_and_counts_take_the_plural(window) -> None:
    assert i18n.context_of("shopcrm.ui.customers.customer_page") == "customers"
    assert i18n.context_of("shopcrm.loyalty.points") == "loyalty"
    assert i18n.context_of("shopcrm.ui.main_window") == i18n.GENERAL
    assert window.count_label.text() == "4 customers"
    # Through Qt's translator with the English catalogue: the singular for one.
    assert i18n.trn("{n} customer", "{n} customers", 1) == "{n} customer"
    assert i18n.trn("{n} customer", "{n} customers", 4) == "{n} customers"


def test_one_word_has_one_translation_per_context() -> None:
    chinese = i18n.in_language("zh_CN")
    assert chinese.tr(i18n.marked("Phone", "export")) == "手机"
    assert chinese.tr(i18n.marked("Phone", "customers")) == "电话"


def test_words_in_files_come_from_the_catalogue_of_their_language() -> None:
    from shopcrm.customers.labels import STATUS_WORDS

    chinese = i18n.in_language("zh_CN")
    assert chinese.tr(STATUS_WORDS["regular"]) == "老顾客"
    assert i18n.in_language("en").tr(STATUS_WORDS["regular"]) == "Regular"
    assert chinese.trn("{n} customer", "{n} customers", 2) == "{n} 位顾客"


def test_tr_takes_only_literals(tmp_path) -> None:
    (tmp_path / "bad.py").write_text("from shopcrm.core.i18n import tr\nx = tr(f'{1}')\n")
    with pytest.raises(translation_catalog.CatalogError):
        translation_catalog.messages(tmp_path)


def visible_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        # Each language is offered under its own name, so that chooser stays as it is.
        if isinstance(widget, QComboBox) and widget.objectName() != "languageChoice":
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    for action in root.findChildren(type(root.actions()[0])) if root.actions() else []:
        texts.append(action.text())
    return [t for t in texts if t]


@pytest.fixture
def chinese_shop(qapp, shop, db_path):
    QCoreApplication.setOrganizationName("shopcrm-tests")
    preferences.save("zh_CN", 12)
    runner = app_module.Shop(qapp, db_path)
    runner.apply_preferences()
    yield runner
    for translator in runner.translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


def test_no_visible_text_is_left_in_english(qtbot, chinese_shop, shop) -> None:
    assert i18n.tr("Customers") == "顾客"
    window = chinese_shop.show_window()
    qtbot.addWidget(window)
    card = window.open_customer(shop["xiaoli"])
    card.record_sale()
    window.quick_add()
    window.show_settings()
    # Any word of three Latin letters is English left over, marked for translation or
    # not, except names: the program's, keys (Ctrl+S, Enter, Home), VIP, a path, zxl.
    english = re.compile(r"[A-Za-z]{3,}")
    allowed = re.compile(r"Ctrl\+\w+|Enter|Home|VIP|zxl|shopcrm|\S*/\S*")
    roots = [window, card, *window.findChildren(QWidget)]
    left = {
        text
        for root in roots
        if root.isWindow()
        for text in visible_texts(root)
        if english.search(allowed.sub("", text))
    }
    assert sorted(left) == []
    assert card.header.figures["total"].text() == "¥1,500.00"
    assert card.tabs.tabText(0) == "基本档案"


def test_language_switch_rebuilds_the_window(qtbot, chinese_shop) -> None:
    window = chinese_shop.show_window()
    assert window.pages.tabText(0) == "顾客"
    preferences.save("en", 14)
    window.settings_changed.emit()
    rebuilt = chinese_shop.window
    qtbot.addWidget(rebuilt)
    assert rebuilt is not window
    assert rebuilt.pages.tabText(0) == "Customers"
    assert chinese_shop.app.font().pointSize() == 14
    assert isinstance(rebuilt, MainWindow)

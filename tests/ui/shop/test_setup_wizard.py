"""A new shop's setup, walked through as its owner would, mistakes included."""

from __future__ import annotations

import sqlite3
import sys
from contextlib import closing

import pytest
from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWizard

from shopcrm.customers import profiles
from shopcrm.shop import seeding, setup
from shopcrm.staff import accounts, roster
from shopcrm.storage import options
from shopcrm.ui import app, session
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.shop import demo_shop, setup_wizard
from shopcrm.ui.shop.setup_wizard import SetupWizard
from shopcrm.ui.spreadsheets.import_wizard import ImportWizard


@pytest.fixture
def wizard(qtbot, english, db, db_path) -> SetupWizard:
    shown = SetupWizard(db_path)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _choose(group, code: str) -> None:
    next(b for b in group.buttons() if b.property("code") == code).click()


def _column(tab, column: int = 0) -> list[str]:
    return [tab.model.item(row, column).text() for row in range(tab.model.rowCount())]


def test_she_sets_up_a_furniture_shop_with_a_clerk_and_a_second_copy(
    qtbot, wizard, tmp_path
) -> None:
    shop = wizard.shop_page
    _choose(shop.kind, "furniture")
    name = shop.details.editor("shop_name")
    name.setText("丽" * 61)  # longer than a receipt's line
    wizard.next()
    assert wizard.currentPage() is shop and name.text() == "丽" * 61
    name.setText("丽影家居")
    shop.details.editor("shop_phone").setText("0571-8888 6666")
    wizard.next()

    assert wizard.currentPage() is wizard.tiers_page
    furniture = seeding.tier_presets()["furniture"]
    assert _column(wizard.tiers_page.list) == [t["name"]["en"] for t in furniture]
    assert "¥10,000.00" in _column(wizard.tiers_page.list, 1)[1]
    wizard.next()

    clerks = wizard.clerks_page
    clerks.name.setText("小周")
    qtbot.keyClicks(clerks.pin, "12")
    clerks.add_button.click()
    assert "4 to 6 digits" in clerks.message.text()
    assert clerks.name.text() == "小周"  # nothing typed is lost
    clerks.pin.setText("2468")
    clerks.add_button.click()
    assert _column(clerks.added) == ["小周"] and clerks.name.text() == ""
    clerks.name.setText("小李")
    clerks.pin.setText("1357")
    wizard.next()  # typed but not added: added, not dropped
    assert wizard.currentPage() is wizard.backups_page
    assert sorted(s.name for s in roster.active_staff() if s.role == "clerk") == ["小周", "小李"]

    stick = tmp_path / "stick"
    stick.mkdir()
    wizard.backups_page.form.editor("second_copy_folder").setText(str(stick))
    wizard.next()
    assert options.get("second_copy_folder") == str(stick)

    _choose(wizard.begin_page.begin, setup_wizard.IMPORT)
    assert setup.needs_setup()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.begin == setup_wizard.IMPORT and not setup.needs_setup()
    assert options.get("shop_kind") == "furniture"
    assert (options.get("shop_name"), options.get("shop_phone")) == ("丽影家居", "0571-8888 6666")


def test_it_is_asked_of_a_new_shops_owner_only(qtbot, english, db, db_path, owner) -> None:
    asked: list[bool] = []

    class Answered(SetupWizard):
        def exec(self) -> int:
            asked.append(True)
            return 0  # "Later": asked again at the next start

    original = setup_wizard.SetupWizard
    setup_wizard.SetupWizard = Answered
    try:
        assert app.set_up(db_path) is None and asked == [True]
        session.set_current(accounts.add_clerk(owner, "小周", "2468"))
        assert app.set_up(db_path) is None and asked == [True]  # not a clerk's to answer
        session.set_current(owner)
        profiles.quick_add("张小丽", "13812345678")
        assert app.set_up(db_path) is None and asked == [True]  # a shop in use
    finally:
        setup_wizard.SetupWizard = original


def test_importing_first_opens_the_import(qtbot, window, db_path) -> None:
    running = app.Shop(QApplication.instance(), db_path)
    running.window = window
    running.begin(setup_wizard.IMPORT)
    found = window.findChild(ImportWizard)
    assert found is not None
    qtbot.addWidget(found)
    assert found.isVisible()


def test_a_demo_shop_is_made_beside_hers_and_opened_in_its_own_window(
    qtbot, window, db_path, monkeypatch
) -> None:
    monkeypatch.setattr(demo_shop, "DEMO_CUSTOMERS", 20)
    opened: list[list[str]] = []
    monkeypatch.setattr(QProcess, "startDetached", lambda program, args: opened.append(args))
    before = db_path.read_bytes()
    demo_shop.open_demo(window)
    told = window.findChild(QMessageBox, "demoShopBox")
    assert told is not None and "password demo" in told.text()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    path = demo_shop.demo_path()
    assert opened == [["-m", "shopcrm", "--db", str(path)]]
    with closing(sqlite3.connect(path)) as made:
        assert made.execute("SELECT count(*) FROM customer").fetchone()[0] == 20
    assert path != db_path and db_path.read_bytes() == before
    demo_shop.open_demo(window)  # made already: it opens at once
    assert len(opened) == 2
    monkeypatch.setattr(sys, "frozen", True, raising=False)  # the installed bundle
    demo_shop.open_demo(window)
    assert opened[-1] == ["--db", str(path)]  # its executable is the program itself


def test_an_empty_shop_says_how_to_begin(qtbot, english, db, db_path) -> None:
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    steps = window.customers.first_steps
    assert steps.isVisible()
    actions = [b.defaultAction() for b in steps.findChildren(QToolButton)]
    assert actions == [window.new_action, window.import_action]
    profiles.quick_add("张小丽", "13812345678")
    window.customers.refresh()
    assert not steps.isVisible()

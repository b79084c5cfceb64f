"""A shop with clerks and customers, and the main window over it, in English."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from shopcrm.core import clock, i18n
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.ui import preferences, session
from shopcrm.ui.app import install_translations
from shopcrm.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _own_preferences(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Qt finds the settings folder once per process: each test gets a folder of its own,
    so a clerk chosen on one test's follow-up page does not filter the next one's."""
    folder = str(tmp_path_factory.mktemp("preferences"))
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)


@pytest.fixture(autouse=True)
def _signed_in(request: pytest.FixtureRequest) -> Iterator[None]:
    """A screen over a shop is driven by its owner, signed in, unless the test is about
    signing in itself (the mark nobody_signed_in) or signs someone in of its own."""
    if "db" in request.fixturenames and not request.node.get_closest_marker("nobody_signed_in"):
        session.set_current(request.getfixturevalue("owner"))
    yield
    session.set_current(None)


@pytest.fixture
def english(qapp):
    QCoreApplication.setOrganizationName("shopcrm-tests")
    preferences.save("en", 12)
    translators = install_translations(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


@pytest.fixture
def shop(db):
    chen = roster.add_staff("小陈")
    xiaoli = profiles.quick_add("张小丽", "13812345678", "1990-05-03", clerk_id=chen.id)
    record_sale(
        xiaoli.id,
        [SaleLine(Decimal("1500"), 1, "F23-1045", "羊毛大衣")],
        on=clock.today() - dt.timedelta(days=30),
        clerk_id=chen.id,
    )
    others = [
        profiles.quick_add(name, phone, clerk_id=chen.id)
        for name, phone in (
            ("李娜", "13900001111"),
            ("陳美玲", "18600002222"),
            ("王芳", "13700003333"),
        )
    ]
    return {"clerk": chen.id, "xiaoli": xiaoli.id, "others": [c.id for c in others]}


@pytest.fixture
def window(qtbot, english, shop, db, db_path) -> MainWindow:
    db.make_interactive()  # as the app opens it: the window's thread waits only a moment
    main = MainWindow(db_path)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main

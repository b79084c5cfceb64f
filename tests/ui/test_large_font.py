"""At the largest font on a small screen nothing a clerk needs is cut off or hidden:
every toolbar button is on screen, the list's figures are whole, her card's figures
grow with the font like every other text."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication

from shopcrm.core.money import money
from shopcrm.core.phones import display_phone
from shopcrm.customers import listing
from shopcrm.customers.summary import summarize
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage.models import Customer
from shopcrm.ui.customers.card_header import CardHeader
from shopcrm.ui.dates import date_text
from shopcrm.ui.preferences import FONT_SIZES
from shopcrm.ui.style_sheet import style_sheet

LARGEST = max(FONT_SIZES)


@pytest.fixture
def large_font(qapp):
    before, sheet = qapp.font(), qapp.styleSheet()
    font = qapp.font()
    font.setPointSize(LARGEST)
    qapp.setFont(font)
    qapp.setStyleSheet(style_sheet(LARGEST))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(before)


def test_every_toolbar_button_stays_on_a_small_screen(qtbot, large_font, window) -> None:
    window.resize(1366, 768)
    bars = (window.toolbar, window.shop_toolbar)
    actions = [action for bar in bars for action in bar.actions()]
    qtbot.waitUntil(
        lambda: all(b.widgetForAction(a).isVisible() for b in bars for a in b.actions())
    )
    for bar in bars:
        assert bar.geometry().right() <= window.width()
    assert len(actions) == 7
    assert window.toolBarBreak(window.shop_toolbar)  # on a second row
    window.resize(3000, 768)
    qtbot.waitUntil(lambda: not window.toolBarBreak(window.shop_toolbar))  # room for one


def test_the_lists_figures_are_whole_at_the_largest_font(qtbot, large_font, window, shop) -> None:
    record_sale(shop["xiaoli"], [SaleLine(Decimal("123456.78"), 1, "S9", "沙发")])
    her = Customer.get_by_id(shop["xiaoli"])
    page = window.customers
    page.refresh()
    table, metrics = page.table, page.table.fontMetrics()
    shown = {
        "number": her.number,
        "phone": display_phone(her.phone),
        "total_spent": money(her.total_spent),
        "last_purchase_on": date_text(her.last_purchase_on),
    }
    for key, text in shown.items():
        column = listing.COLUMNS.index(key)
        assert metrics.horizontalAdvance(text) < table.columnWidth(column), key
        heading = table.horizontalHeader().sectionSizeHint(column)
        assert heading <= table.columnWidth(column), key


def test_her_cards_figures_follow_the_font(qtbot, large_font, db, shop) -> None:
    header = CardHeader()
    qtbot.addWidget(header)
    header.show_summary(summarize(shop["xiaoli"]))
    header.show()
    base = QApplication.font().pointSizeF()
    assert header.figures["total"].font().pointSizeF() > base
    assert header.name.font().pointSizeF() > header.figures["total"].font().pointSizeF()

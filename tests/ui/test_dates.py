"""One style of date on every screen, whichever the language: the list, her card, the
date editors and the messages all write 2027-02-28, never 2027/2/28 beside 2/28/27."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.customers.listing import COLUMNS, ListFilter
from shopcrm.customers.summary import summarize
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage.models import Customer
from shopcrm.ui.customers.card_header import CardHeader
from shopcrm.ui.customers.customer_table import CustomerTableModel
from shopcrm.ui.dates import date_text, day_edit

DAY = dt.date(2027, 2, 28)


def test_a_day_and_a_moment_are_written_the_same_way_everywhere() -> None:
    assert date_text(DAY) == "2027-02-28"
    assert date_text(dt.datetime(2027, 2, 28, 9, 5)) == "2027-02-28 09:05"
    assert date_text(None) == ""


@pytest.fixture(params=["zh_CN", "en_US"])
def language(request: pytest.FixtureRequest):
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def test_the_list_her_card_and_the_date_editors_agree_in_either_language(
    qtbot, db, language
) -> None:
    day = clock.today() - dt.timedelta(days=40)
    shown = day.isoformat()
    her = profiles.quick_add("张小丽", "13812345678")
    record_sale(her.id, [SaleLine(Decimal("100"), 1, "S9", "袜子")], on=day)
    assert Customer.get_by_id(her.id).last_purchase_on == day

    model = CustomerTableModel()
    model.set_view(ListFilter())
    column = COLUMNS.index("last_purchase_on")
    assert model.data(model.index(0, column)) == shown

    header = CardHeader()
    qtbot.addWidget(header)
    header.show_summary(summarize(her.id))
    assert header.figures["last"].text() == shown

    edit = day_edit(day)
    qtbot.addWidget(edit)
    assert edit.text() == shown

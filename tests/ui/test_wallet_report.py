"""The owner's view of stored value and gifts, against the domain's figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import options
from shopcrm.ui import session
from shopcrm.ui.wallet_report import WalletReport, first_of_months_ago
from shopcrm.wallet import gifts, stored_value


def test_the_report_shows_what_the_shop_holds_and_each_month(qtbot, english, shop) -> None:
    options.set_many(
        {"stored_value": "yes", "top_up_bonus": "1000:150", "gift_month_budget": "100"}
    )
    owner = session.current()
    stored_value.top_up(owner, shop["xiaoli"], Decimal("1000"), "wechat")
    record_sale(shop["xiaoli"], [SaleLine(Decimal("230"), 1)], from_balance=Decimal("230"))
    gifts.issue(owner, shop["xiaoli"], "蛋糕", Decimal("168"), "生日")
    report = WalletReport()
    qtbot.addWidget(report)
    assert report.held.text() == (
        "The shop holds ¥920.00 for 1 customer: ¥800.00 paid in and ¥120.00 of bonus."
    )
    month = report.months.model
    assert [month.item(0, c).text() for c in range(5)] == [
        clock.today().strftime("%Y-%m"), "¥1,000.00", "¥150.00", "¥230.00", "¥0.00",
    ]  # fmt: skip
    assert report.gifts.text() == (
        "Gifts this month: ¥0.00 handed over, ¥168.00 to hand over; over the budget of ¥100.00"
    )


def test_twelve_months_back_cross_the_new_year() -> None:
    assert first_of_months_ago(dt.date(2027, 1, 31), 11) == dt.date(2026, 2, 1)
    assert first_of_months_ago(dt.date(2028, 2, 29), 0) == dt.date(2028, 2, 1)

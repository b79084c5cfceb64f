"""What the shop holds for its customers in stored value, and what it gives in gifts.

Stored value is money the shop owes: the owner sees the balances held now (paid in
and bonus), and the last twelve months' top-ups, spending and refunds, beside this
month's gifts against her budget.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from shopcrm.core import clock
from shopcrm.core.i18n import tr
from shopcrm.core.money import money
from shopcrm.ui import session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.widgets import FormDialog, fit_to_screen
from shopcrm.wallet import gifts, stored_value

MONTHS = 12


def first_of_months_ago(today: dt.date, months: int) -> dt.date:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, 1)


class WalletReport(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("walletReport", tr("Stored value and gifts"), parent)
        today = clock.today()
        report = stored_value.liability(
            session.actor(), first_of_months_ago(today, MONTHS - 1), today
        )
        held = QLabel(report.words())
        held.setObjectName("walletHeld")
        held.setWordWrap(True)
        self.months = ListTab(
            [tr("Month"), tr("Paid in"), tr("Bonus given"), tr("Spent"), tr("Refunded")],
            "walletMonths",
        )
        for month in reversed(report.months):
            self.months.model.appendRow(
                item_row(
                    (
                        month.month,
                        money(month.paid_in),
                        money(month.bonus),
                        money(month.spent),
                        money(month.refunded),
                    ),
                    right=(1, 2, 3, 4),
                )
            )
        self.months.fit_columns()
        self.gifts = QLabel(gifts.month_spending(today).words())
        self.gifts.setObjectName("giftSpending")
        self.gifts.setWordWrap(True)
        self.held = held
        char = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, char * 90, self.fontMetrics().height() * 24)
        self.lay_out([held, self.months, self.gifts])

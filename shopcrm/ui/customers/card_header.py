"""The top of a customer's card: who she is and where she stands, at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr
from shopcrm.core.money import money
from shopcrm.core.phones import display_phone
from shopcrm.customers import privacy
from shopcrm.customers.labels import status_label
from shopcrm.customers.summary import CustomerSummary
from shopcrm.ui.dates import date_text


class CardHeader(QWidget):
    copied = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self.name = QLabel()
        self.name.setObjectName("cardName")
        self.number = QLabel()
        self.number.setObjectName("muted")
        self.tier = QLabel()
        self.tier.setObjectName("tierBadge")
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.phone = QPushButton()
        self.phone.setObjectName("phoneButton")
        self.phone.setToolTip(tr("Click to copy the number"))
        self.phone.setAutoDefault(False)
        self.phone.clicked.connect(self._copy_phone)
        self.progress = QProgressBar()
        self.progress.setObjectName("tierProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress_text = QLabel()
        self.progress_text.setObjectName("muted")

        top = QHBoxLayout()
        for widget in (self.name, self.number, self.tier, self.status):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.phone)

        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout()
        # A figure's text (a date, a sum) can be as wide as its caption: keep them apart.
        grid.setHorizontalSpacing(self.fontMetrics().horizontalAdvance("0000"))
        captions = {
            "total": tr("Total spent"),
            "visits": tr("Visits"),
            "last": tr("Last visit"),
            "points": tr("Points"),
            "referrals": tr("Referrals made"),
            "value": tr("Customer value"),
            "clerk": tr("Clerk in charge"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            label = QLabel(caption)
            label.setObjectName("muted")
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            self.figures[key] = value
            grid.addWidget(label, 0, column)
            grid.addWidget(value, 1, column)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_text)
        layout.addLayout(grid)
        self._phone = ""
        self._reveal: Callable[[], str] | None = None

    def show_summary(self, summary: CustomerSummary) -> None:
        customer = summary.customer
        self.name.setText(customer.name)
        self.number.setText(customer.number)
        self.tier.setText(summary.tier or tr("No tier"))
        self.status.setText(status_label(customer.status))
        self._phone = customer.phone or ""
        self._reveal = None
        self.phone.setText(display_phone(customer.phone) or tr("no phone"))
        self.phone.setEnabled(bool(customer.phone))
        self.progress.setValue(int(summary.tier_progress * 1000))
        self.progress_text.setText(summary.tier_outlook)
        last = customer.last_purchase_on
        self.figures["total"].setText(money(customer.total_spent))
        self.figures["visits"].setText(str(customer.visit_count))
        self.figures["last"].setText(date_text(last) if last else tr("never"))
        self.figures["points"].setText(f"{customer.points:,}")
        made = summary.referrals
        self.figures["referrals"].setText(
            tr("{made} ({converted} bought)").format(made=made.made, converted=made.converted)
        )
        self.figures["value"].setText(money(summary.value.total))
        self.figures["clerk"].setText(summary.clerk or tr("(none)"))

    def hide_phone(self, reveal: Callable[[], str]) -> None:
        """Show her number masked; a click asks `reveal` (which is logged) for the whole."""
        self._reveal = reveal
        self.phone.setText(privacy.masked(self._phone) or tr("no phone"))
        self.phone.setToolTip(tr("Click to show and copy the number (the owner sees who did)"))

    def _copy_phone(self) -> None:
        if self._reveal is not None:
            self._phone = self._reveal()
            self._reveal = None
            self.phone.setText(display_phone(self._phone))
            self.phone.setToolTip(tr("Click to copy the number"))
        QGuiApplication.clipboard().setText(self._phone)
        self.copied.emit(self._phone)

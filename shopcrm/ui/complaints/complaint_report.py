"""The complaints report: per category or cause, how many, how fast closed, how satisfied."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.complaints import report
from shopcrm.core.i18n import tr
from shopcrm.ui.customers.history_tabs import item_row
from shopcrm.ui.printing.sheets_dialog import SheetsDialog
from shopcrm.ui.widgets import combo


def _shown(value: object) -> object:
    """A figure as the page shows it: an average to one decimal, "—" for none."""
    if value is None:
        return "—"
    return f"{value:.1f}" if isinstance(value, float) else value


class ComplaintReport(QWidget):
    """Lets the owner see which causes to fix first; refreshes when its choices change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintReport")
        self.group = combo((("category", tr("By category")), ("cause", tr("By cause"))), blank=None)
        self.group.setObjectName("reportGroup")
        self.period = combo(report.period_choices(), blank=None)
        self.period.setObjectName("reportPeriod")
        self.period.setCurrentIndex(self.period.findData("year"))
        self.model = QStandardItemModel(self)
        self.table = QTableView()
        self.table.setObjectName("complaintReportTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        explain = QLabel(
            tr(
                "A repeat complaint comes from a customer who had complained about the same kind "
                "of thing before; a second chance is a complaint reopened because the first answer"
                " did not satisfy the customer. Fix the causes at the top first."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.print_button.clicked.connect(self.print_report)
        choices = QHBoxLayout()
        choices.addWidget(self.group)
        choices.addWidget(self.period)
        choices.addStretch(1)
        choices.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(explain)
        self.group.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.shown = report.sheet(self.group.currentData(), self.period.currentData())
        self.model.clear()
        self.model.setHorizontalHeaderLabels([column.header for column in self.shown.columns])
        rows = [item_row([_shown(v) for v in row], right=range(1, 7)) for row in self.shown.rows]
        for cell in rows[-1]:  # the whole period's
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        for row in rows:
            self.model.appendRow(row)

    def print_report(self) -> SheetsDialog:
        """The report as shown, on A4 across, to print or save as PDF."""
        rows = len(list(self.shown.rows))
        dialog = SheetsDialog(
            "complaint_report", self.shown.title, self.shown.title, [self.shown], rows, self
        )
        dialog.open()
        return dialog

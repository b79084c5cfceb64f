"""The complaints report: per category or cause, how many, how fast closed, how satisfied."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.complaints import report
from shopcrm.complaints.report import ReportRow
from shopcrm.core.i18n import tr
from shopcrm.ui.customers.history_tabs import item_row
from shopcrm.ui.widgets import combo


def _headers(group: str) -> list[str]:
    return [
        tr("Category") if group == "category" else tr("Cause"),
        tr("Complaints"),
        tr("Closed"),
        tr("Average days to close"),
        tr("Satisfied"),
        tr("Repeat complaints"),
        tr("Second chances"),
    ]


def _cells(row: ReportRow) -> list[object]:
    days = row.average_days_to_close
    rate = row.satisfaction_rate
    return [
        row.label,
        row.complaints,
        row.closed,
        "—" if days is None else f"{days:.1f}",
        "—" if rate is None else f"{rate:.0%} ({row.satisfied}/{row.answered})",
        row.repeats,
        row.reopened,
    ]


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
                "A repeat complaint comes from a customer who had complained about the same "
                "kind of thing before; a second chance is a complaint reopened because the "
                "first answer did not satisfy her. Fix the causes at the top first."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        choices = QHBoxLayout()
        choices.addWidget(self.group)
        choices.addWidget(self.period)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(explain)
        self.group.currentIndexChanged.connect(self.refresh)
        self.period.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        group = self.group.currentData()
        found = report.report(group, start=report.period_start(self.period.currentData()))
        self.model.clear()
        self.model.setHorizontalHeaderLabels(_headers(group))
        for row in found.rows:
            self.model.appendRow(item_row(_cells(row), right=range(1, 7)))
        total = item_row(_cells(found.total), right=range(1, 7))
        for cell in total:
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
        self.model.appendRow(total)

"""The owner's view of each clerk's follow-up work in a month, exportable to Excel."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care import clerk_stats
from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.ui import session
from shopcrm.ui.printing.sheets_dialog import SheetsDialog
from shopcrm.ui.rows_model import Index, RowsModel


class ClerkStatsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        self.columns = clerk_stats.columns()
        super().__init__([column.header for column in self.columns], parent)

    def set_rows(self, rows: Sequence[clerk_stats.ClerkMonth]) -> None:
        super().set_rows([clerk_stats.table_row(row) for row in rows])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.rows[index.row()][index.column()]
        kind = self.columns[index.column()].kind
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{value:.0%}" if kind == "percent" else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ClerkStatsPage(QWidget):
    """Per clerk: contacts, tasks done / skipped / overdue, calls on time, her customers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clerkStats")
        self.month = QDateEdit(QDate(clock.today()))
        self.month.setObjectName("statsMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.setObjectName("exportButton")
        self.print_button = QPushButton(tr("Print…"))
        self.print_button.setObjectName("printButton")
        for button in (self.export_button, self.print_button):
            session.guard(button, "export")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.model = ClerkStatsModel(self)
        self.table = QTableView()
        self.table.setObjectName("clerkStatsTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        top.addStretch(1)
        hint = QLabel(
            tr(
                "Tasks count for the clerk in charge, contacts for the clerk who made them; "
                "customers and profile completeness are as they stand today."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(self.notice)
        self.month.dateChanged.connect(self.reload)
        self.export_button.clicked.connect(self.export)
        self.print_button.clicked.connect(self.print_sheet)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(clerk_stats.month_stats(self.month.date().toPython()))
        self.table.resizeColumnsToContents()

    def print_sheet(self) -> SheetsDialog | None:
        """The month's figures on A4 across, to print or save as PDF."""
        try:
            figures = clerk_stats.sheet(session.actor(), self.month.date().toPython())
        except ShopError as exc:
            self.notice.setText(str(exc))
            return None
        clerks = len(list(figures.rows))
        dialog = SheetsDialog(
            "clerkStatsPrint", figures.title, figures.title, [figures], clerks, self
        )
        dialog.open()
        return dialog

    def export(self) -> None:
        month = self.month.date().toString("yyyy-MM")
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export the clerk statistics"),
            tr("clerks-{month}.xlsx").format(month=month),
            tr("Excel workbook (*.xlsx)"),
        )
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> Path | None:
        try:
            written = clerk_stats.export(session.actor(), path, self.month.date().toPython())
        except ShopError as exc:
            self.notice.setText(str(exc))
            return None
        self.notice.setText(tr("Written: {path}").format(path=written))
        return written

"""The complaints register: every complaint, filtered, the overdue ones in red; and the report.

Opening a complaint shows every step's record, from where it can be resumed
in the wizard; "New complaint…" starts the wizard with a customer search.
The page refreshes itself when complaints (or the customers, or the settings)
change anywhere, keeping the complaint chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.complaints.labels import (
    complaint_category_label,
    complaint_progress_label,
    complaint_status_label,
    severity_label,
)
from shopcrm.complaints.register import RegisterFilter, RegisterRow, register
from shopcrm.core.i18n import tr, trn
from shopcrm.storage.models import COMPLAINT_CATEGORIES, COMPLAINT_STATUS
from shopcrm.ui import operations, session
from shopcrm.ui.complaints.complaint_record import ComplaintRecordDialog, show_complaint
from shopcrm.ui.complaints.complaint_report import ComplaintReport
from shopcrm.ui.complaints.complaint_settings import ComplaintSettingsDialog
from shopcrm.ui.complaints.complaint_wizard import ComplaintWizard, start_complaint
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import COMPLAINTS, CUSTOMERS, SETTINGS
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.widgets import clerk_combo, combo

COLUMNS = ("opened_at", "customer", "category", "severity", "step", "status", "due_on", "clerk")
OVERDUE_BACKGROUND = QColor("#fdecea")
OVERDUE_TEXT = QColor("#a93226")


def _headers() -> list[str]:
    return [
        tr("Opened"),
        tr("Customer"),
        tr("Category"),
        tr("Severity"),
        tr("Step reached"),
        tr("Status"),
        tr("Due"),
        tr("Clerk"),
    ]


def _text(row: RegisterRow, column: str) -> str:
    if column == "opened_at":
        return date_text(row.opened_at)
    if column == "category":
        return complaint_category_label(row.category)
    if column == "severity":
        return severity_label(row.severity)
    if column == "step":
        return complaint_progress_label(row.step)
    if column == "status":
        return complaint_status_label(row.status)
    if column == "due_on":
        return date_text(row.due_on)
    return str(getattr(row, column))


class ComplaintTableModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(_headers(), parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _text(row, COLUMNS[index.column()])
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("Overdue: it was due on {date}.").format(date=date_text(row.due_on))
        return None


class ComplaintsPage(QWidget):
    """The register and the report, for the main window's Complaints page."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self.status = combo(
            [
                ("active", tr("Not closed")),
                *((code, complaint_status_label(code)) for code in COMPLAINT_STATUS),
            ],
            blank=tr("All statuses"),
        )
        self.status.setObjectName("statusFilter")
        self.status.setCurrentIndex(self.status.findData("active"))
        self.category = combo(
            ((code, complaint_category_label(code)) for code in COMPLAINT_CATEGORIES),
            blank=tr("All categories"),
        )
        self.category.setObjectName("categoryFilter")
        self.clerk = clerk_combo(blank=tr("All clerks"))
        self.clerk.setObjectName("clerkFilter")
        self.overdue = QCheckBox(tr("Overdue only"))
        self.overdue.setObjectName("overdueOnly")
        self.new_button = QPushButton(tr("New complaint…"))
        self.new_button.setObjectName("newComplaintButton")
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setObjectName("openComplaintButton")
        self.settings_button = QPushButton(tr("Standard replies and follow-up…"))
        self.settings_button.setObjectName("complaintSettingsButton")
        session.guard(self.settings_button, "replies")

        self.model = ComplaintTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("complaintTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        filters = QHBoxLayout()
        for widget in (self.status, self.category, self.clerk, self.overdue):
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.open_button, self.new_button, self.settings_button):
            filters.addWidget(button)
        register_tab = QWidget()
        register_tab.setObjectName("complaintRegister")
        register_layout = QVBoxLayout(register_tab)
        register_layout.addLayout(filters)
        register_layout.addWidget(self.table, 1)
        register_layout.addWidget(self.summary)
        self.report = ComplaintReport()
        self.tabs = QTabWidget()
        self.tabs.addTab(register_tab, tr("Register"))
        self.tabs.addTab(self.report, tr("Report by category and cause"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for box in (self.status, self.category, self.clerk):
            box.currentIndexChanged.connect(self.refresh)
        self.overdue.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_complaint)
        self.open_button.clicked.connect(self.open_selected)
        self.settings_button.clicked.connect(self.show_settings)
        self.table.activated.connect(
            lambda index: self.show_record(self.model.rows[index.row()].id)
        )
        operations.subscribe(self, (COMPLAINTS, CUSTOMERS, SETTINGS), lambda _: self._changed())
        self.refresh()

    def current_filter(self) -> RegisterFilter:
        return RegisterFilter(
            status=self.status.currentData(),
            category=self.category.currentData(),
            clerk_id=self.clerk.currentData(),
            overdue_only=self.overdue.isChecked(),
        )

    def refresh(self) -> None:
        """The register for the filters, the same complaint chosen if it is still listed."""
        chosen = self.selected_id()
        rows = register(self.current_filter())
        self.model.set_rows(rows)
        self.summary.setText(
            trn(
                "{n} complaint, {late} overdue", "{n} complaints, {late} overdue", len(rows)
            ).format(n=len(rows), late=sum(row.overdue for row in rows))
        )
        still = [number for number, row in enumerate(rows) if row.id == chosen]
        if still:
            self.table.selectRow(still[0])

    def _changed(self) -> None:
        self.refresh()
        self.report.refresh()

    def selected_id(self) -> int | None:
        chosen = self.table.selectionModel().selectedRows()
        return self.model.rows[chosen[0].row()].id if chosen else None

    def new_complaint(self) -> ComplaintWizard:
        return start_complaint(None, self)

    def open_selected(self) -> None:
        complaint_id = self.selected_id()
        if complaint_id is not None:
            self.show_record(complaint_id)

    def show_record(self, complaint_id: int) -> ComplaintRecordDialog:
        return show_complaint(complaint_id, self, lambda: operations.announce(COMPLAINTS))

    def show_settings(self) -> ComplaintSettingsDialog:
        """The follow-up delay moves due days: the register and the follow-ups show it."""
        dialog = ComplaintSettingsDialog(self)
        dialog.finished.connect(lambda _: operations.announce(SETTINGS))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

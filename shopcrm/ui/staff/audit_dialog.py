"""The audit trail for the owner: who signed in, exported, restored or changed what, and
when, narrowed to one kind of line, one person and a span of days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QDate,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.staff import accounts, audit
from shopcrm.storage.models import Staff
from shopcrm.ui.dates import date_text, day_edit
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.widgets import combo, dialog_buttons

DAYS_SHOWN = 30
LIMIT = 1000  # lines read at once; more than this, and she narrows the filters


class AuditTableModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [tr("When"), tr("Who"), tr("Action"), tr("Customer"), tr("Detail")], parent
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.detail if index.column() == 4 and entry.detail else None
        return (date_text(entry.at), entry.who, entry.action, entry.customer, entry.detail)[
            index.column()
        ]


class AuditDialog(QDialog):
    """The trail as `actor` may read it (the owner); filters apply as they are changed."""

    def __init__(self, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(tr("Audit trail"))
        self.actor = actor
        today = clock.today()
        self.action = combo(((code, audit.label(code)) for code in audit.EVENTS), blank=tr("All"))
        self.action.setObjectName("auditAction")
        self.person = combo(((p.id, p.name) for p in accounts.everyone()), blank=tr("Everyone"))
        self.person.setObjectName("auditPerson")
        self.since = day_edit(today - dt.timedelta(days=DAYS_SHOWN))
        self.since.setObjectName("auditSince")
        self.until = day_edit(today)
        self.until.setObjectName("auditUntil")
        self.model = AuditTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count = QLabel()
        self.count.setObjectName("muted")
        self.count.setWordWrap(True)
        filters = QHBoxLayout()
        for label, editor in (
            (tr("Action"), self.action),
            (tr("Person"), self.person),
            (tr("From"), self.since),
            (tr("To"), self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(editor)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(dialog_buttons(self))
        self.action.currentIndexChanged.connect(self.reload)
        self.person.currentIndexChanged.connect(self.reload)
        self.since.dateChanged.connect(self._since_changed)
        self.until.dateChanged.connect(self._until_changed)
        self.resize(900, 520)
        self.reload()

    def _since_changed(self, day: QDate) -> None:
        """A start after the end takes the end along, so the span is never empty."""
        if self.until.date() < day:
            with QSignalBlocker(self.until):
                self.until.setDate(day)
        self.reload()

    def _until_changed(self, day: QDate) -> None:
        if self.since.date() > day:
            with QSignalBlocker(self.since):
                self.since.setDate(day)
        self.reload()

    def reload(self) -> None:
        try:
            found = audit.entries(
                self.actor,
                action=self.action.currentData(),
                staff_id=self.person.currentData(),
                since=self.since.date().toPython(),
                until=self.until.date().toPython(),
                limit=LIMIT,
            )
        except ShopError as exc:
            self.model.set_rows([])
            self.count.setText(str(exc))
            return
        self.model.set_rows(found)
        self.table.resizeColumnsToContents()
        if len(found) >= LIMIT:
            self.count.setText(
                tr(
                    "The newest {n} entries are shown: narrow the filters to see older ones."
                ).format(n=LIMIT)
            )
        else:
            self.count.setText(trn("{n} entry", "{n} entries", len(found)).format(n=len(found)))

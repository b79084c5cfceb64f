"""The customers behind a figure, as the customer list shows them: a page at a time, so a
tier of a hundred thousand opens at once, and each opens her card."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from shopcrm.core.i18n import trn
from shopcrm.customers.listing import ListFilter
from shopcrm.ui.customers.customer_table import CustomerTableModel
from shopcrm.ui.widgets import FormDialog, fit_to_screen


class CustomerListDialog(FormDialog):
    open_customer = Signal(int)

    def __init__(self, title: str, view: ListFilter, parent: QWidget | None = None) -> None:
        super().__init__("customerListDialog", title, parent)
        self.model = CustomerTableModel(self)
        self.model.set_view(view)
        self.table = QTableView()
        self.table.setObjectName("customerList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self._open)
        count = self.model.rowCount()
        self.count_label = QLabel(trn("{n} customer", "{n} customers", count).format(n=count))
        self.count_label.setObjectName("muted")
        self.lay_out([self.table, self.count_label])
        fit_to_screen(self, 900, 600)
        if count:
            self.table.selectRow(0)

    def _open(self, index: QModelIndex) -> None:
        customer_id = self.model.customer_id(index.row())
        if customer_id is not None:
            self.open_customer.emit(customer_id)

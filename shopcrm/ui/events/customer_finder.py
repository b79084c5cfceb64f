"""Finding one customer for an event as at the counter: phone ending, name or pinyin.

Enter takes the customer the counter's search means when she alone is the best
match (search.SearchResult.top); when several match as well, the results take
the focus and the clerk chooses with the arrows and Enter, or a double click.
Each result says where she stands with the event (invited, here, not invited),
so the door and the invitation dialog show the same thing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.customers import search
from shopcrm.storage.models import Customer
from shopcrm.ui import session
from shopcrm.ui.customers.customer_page import SearchBox
from shopcrm.ui.rows_model import Index, RowsModel

SHOWN = 20  # results: enough to choose among, few enough to read
ROWS_SEEN = 5  # the results show at least this many rows at the shop's font


@dataclass(frozen=True)
class Found:
    customer_id: int
    name: str
    phone: str
    number: str
    standing: str  # where she stands with the event


class FoundModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Name"), tr("Phone"), tr("Number"), tr("At this event")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return (row.name, row.phone, row.number, row.standing)[index.column()]


def _found(customer: Customer, standing: str) -> Found:
    in_charge = customer.clerk.name if customer.clerk_id else None
    return Found(
        customer.id,
        customer.name,
        session.phone_for(customer.phone, in_charge),
        customer.number or "",
        standing,
    )


class CustomerFinder(QWidget):
    """A search box over its results; `chosen` is the customer the clerk took."""

    chosen = Signal(int)

    def __init__(self, standing: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.standing = standing
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            tr("Last digits of the phone, name or pinyin initials (zxl)")
        )
        self.model = FoundModel(self)
        self.results = QTableView()
        self.results.setObjectName("foundCustomers")
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        # A row or two would hide the matches but one: the clerk must see whom she chooses.
        self.results.setMinimumHeight(
            header.sizeHint().height()
            + ROWS_SEEN * self.results.verticalHeader().defaultSectionSize()
            + 2 * self.results.frameWidth()
        )
        self.count = QLabel()
        self.count.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)

        self.search_box.textChanged.connect(self.refresh)
        self.search_box.returnPressed.connect(self.take_best)
        self.search_box.down.connect(self.focus_results)
        # Enter on a result and a double click both activate it.
        self.results.activated.connect(lambda index: self._take(index.row()))

    def refresh(self) -> None:
        """The customers matching what is typed, each with where she stands now."""
        query = self.search_box.text().strip()
        found = search.search(query, limit=SHOWN) if query else []
        self.model.set_rows([_found(customer, self.standing(customer.id)) for customer in found])
        count = self.model.rowCount()
        self.count.setText(trn("{n} match", "{n} matches", count).format(n=count) if query else "")
        if count:
            self.results.selectRow(0)

    def take_best(self) -> None:
        """Enter in the box: the one customer meant, else the clerk is asked to choose."""
        query = self.search_box.text().strip()
        if not query:
            return
        top = search.find(query, limit=SHOWN).top
        if top is not None:
            self.chosen.emit(top)
            return
        self.refresh()
        if self.model.rowCount():
            self.focus_results()
            found = self.model.rowCount()
            self.count.setText(
                trn(
                    "{n} customer matches — choose with ↑↓ and Enter",
                    "{n} customers match — choose one with ↑↓ and Enter",
                    found,
                ).format(n=found)
            )

    def focus_results(self) -> None:
        self.results.setFocus()
        if self.model.rowCount() and not self.results.currentIndex().isValid():
            self.results.selectRow(0)

    def name_of(self, customer_id: int) -> str:
        """The name of a customer among the results, to say what became of her."""
        return next((row.name for row in self.model.rows if row.customer_id == customer_id), "")

    def _take(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            self.chosen.emit(self.model.rows[row].customer_id)

    def start_again(self) -> None:
        """Ready for the next customer: the box empty and in focus."""
        self.search_box.clear()
        self.search_box.setFocus()

"""The customer list model: the whole (filtered) list in row count, pages read on demand.

The view asks only for rows it paints; each page of rows is one indexed query
and a few pages are cached, so a million customers scroll like a hundred.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from shopcrm.core.i18n import tr
from shopcrm.core.money import money
from shopcrm.core.phones import display_phone
from shopcrm.customers import listing, privacy
from shopcrm.customers.labels import field_label, status_label
from shopcrm.customers.listing import ListFilter, ListRow
from shopcrm.ui import session
from shopcrm.ui.dates import date_text

PAGE = 200
CACHED_PAGES = 16

Index = QModelIndex | QPersistentModelIndex


def headers() -> dict[str, str]:
    """Column headers: a profile field's label, but a short "Clerk" for a narrow column."""
    return {
        "number": tr("No."),
        "name": field_label("name"),
        "phone": field_label("phone"),
        "tier": tr("Tier"),
        "clerk": tr("Clerk"),
        "total_spent": tr("Total spent"),
        "last_purchase_on": tr("Last visit"),
        "status": field_label("status"),
    }


class CustomerTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view = ListFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._headers = headers()
        self._columns = listing.COLUMNS
        self._in_full: str | None = None  # whose phones are shown whole; None: everyone's

    @property
    def view(self) -> ListFilter:
        return self._view

    def set_view(self, view: ListFilter, *, recount: bool = True) -> None:
        """Show `view`; a new order alone keeps the row count, which costs a scan to learn."""
        self.beginResetModel()
        self._view = view
        self._in_full = privacy.phones_in_full(session.current())
        if recount:
            self._count = listing.count(view)
        self._pages.clear()
        self.endResetModel()

    def refresh(self) -> None:
        self.set_view(self._view)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def row_at(self, row: int) -> ListRow | None:
        number, offset = divmod(row, PAGE)
        rows = self._pages.get(number)
        if rows is None:
            rows = listing.page(self._view, number * PAGE, PAGE, self._count)
            self._pages[number] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None

    def customer_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return found.id if found else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "total_spent":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        value = getattr(row, column)
        if column == "phone":
            whole = privacy.sees_whole(row.clerk, self._in_full)
            return display_phone(value) if whole else privacy.masked(value)
        if column == "total_spent":
            return money(value)
        if column == "last_purchase_on":
            return date_text(value)
        if column == "status":
            return status_label(value)
        return value or ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[self._columns[section]]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        key = self._columns[column]
        if (key, descending) != (self._view.sort, self._view.descending):
            self.set_view(replace(self._view, sort=key, descending=descending), recount=False)

"""The Customers page: search box, filters and the list, keyboard first.

Typing anywhere in the list goes to the search box; Enter opens the customer
the search found, when the search says she alone is the best match; when
several match as well, Enter moves into the results and asks the clerk to
choose. Down moves from the search box into the results.

The list refreshes itself when customers, sales or the shop's settings change,
keeping the clerk's place: the same customers stay selected and the focus
stays where it is. An event planned, or a guest invited or checked in, renews
the choice of events to filter by as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.core.phones import display_phone
from shopcrm.customers import listing, search
from shopcrm.customers.labels import status_label
from shopcrm.customers.listing import EventChoice, ListFilter
from shopcrm.events.labels import event_title
from shopcrm.loyalty import tiers
from shopcrm.staff import roster
from shopcrm.storage.models import LIFECYCLE
from shopcrm.ui import operations
from shopcrm.ui.customers.customer_table import CustomerTableModel
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import CUSTOMERS, EVENTS, SALES, SETTINGS
from shopcrm.ui.widgets import combo

SEARCH_DELAY_MS = 120
# After a refresh the chosen customers are looked for this many rows either side of
# where the clerk was: a sale or a new customer moves a row a little, and a million
# rows are never read to find one.
NEAR_ROWS = 100
INVITED, CAME = "invited", "came"


def event_words(event: EventChoice) -> str:
    """An event as the filter offers it: its day first, since titles come back each year."""
    return tr("{date} {title}").format(
        date=date_text(event.starts_at.date()), title=event_title(event.title, event.cancelled)
    )


class CustomerTableView(QTableView):
    """A list that hands printable keystrokes to the search box."""

    typed = Signal(str)
    activated_row = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if text and text.isprintable() and not text.isspace() and plain:
            self.typed.emit(text)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self.currentIndex().isValid():
                self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Down arrow leaves the box for the results."""

    down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down.emit()
            return
        super().keyPressEvent(event)


class CustomerPage(QWidget):
    open_customer = Signal(int)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerPage")
        self.search_box = SearchBox()
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setPlaceholderText(
            tr("Search: last digits of the phone, name, pinyin initials (zxl) or number")
        )
        self.tier_filter = combo(((t.id, t.name) for t in tiers.tiers()), blank=tr("All tiers"))
        self.clerk_filter = combo(
            ((s.id, s.name) for s in roster.active_staff()), blank=tr("All clerks")
        )
        self.status_filter = combo(
            ((code, status_label(code)) for code in LIFECYCLE), blank=tr("All statuses")
        )
        self.event_filter = combo((), blank=tr("Any event"))
        self.event_filter.setObjectName("eventFilter")
        self.guest_filter = combo(((INVITED, tr("Invited")), (CAME, tr("Came"))), blank=None)
        self.guest_filter.setObjectName("guestFilter")
        self._fill_events()
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self._found: search.SearchResult | None = None

        self.model = CustomerTableModel(self)
        self.table = CustomerTableView()
        self.table.setObjectName("customerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.fit_columns()

        bar = QHBoxLayout()
        bar.addWidget(self.search_box, 3)
        for box in (self.tier_filter, self.clerk_filter, self.status_filter, self.event_filter):
            bar.addWidget(box, 1)
        bar.addWidget(self.guest_filter)
        self.first_steps = QFrame()
        self.first_steps.setObjectName("firstSteps")
        self.first_steps.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.first_steps)
        layout.addWidget(self.table)
        layout.addWidget(self.result_label)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply)
        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.returnPressed.connect(self.open_top_hit)
        self.search_box.down.connect(self.focus_results)
        for box in (
            self.tier_filter,
            self.clerk_filter,
            self.status_filter,
            self.event_filter,
            self.guest_filter,
        ):
            box.currentIndexChanged.connect(self.apply)
        self.table.typed.connect(self._type_into_search)
        self.table.activated_row.connect(self._open_row)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(self.selection_changed)
        # At once even while another page is shown: the window's count is read from the list.
        operations.subscribe(
            self, (CUSTOMERS, SALES, SETTINGS), lambda _: self.refresh(), defer_while_hidden=False
        )
        operations.subscribe(self, (EVENTS,), lambda _: self._events_changed())
        self.apply()

    def _fill_events(self) -> None:
        """The events to filter by, the latest first, keeping the one chosen."""
        chosen = self.event_filter.currentData()
        self.event_filter.blockSignals(True)
        while self.event_filter.count() > 1:
            self.event_filter.removeItem(1)
        for event in listing.event_choices():
            self.event_filter.addItem(event_words(event), event.id)
        self.event_filter.setCurrentIndex(max(self.event_filter.findData(chosen), 0))
        self.event_filter.blockSignals(False)

    def _events_changed(self) -> None:
        """New or changed events to choose from; the guests shown may have changed too."""
        self._fill_events()
        self.refresh()

    def apply(self) -> None:
        """Show the list for the current search text and filters."""
        self._timer.stop()
        self.guest_filter.setEnabled(self.event_filter.currentData() is not None)
        query = self.search_box.text().strip()
        current = self.model.view
        view = ListFilter(
            tier_id=self.tier_filter.currentData(),
            clerk_id=self.clerk_filter.currentData(),
            status=self.status_filter.currentData(),
            event_id=self.event_filter.currentData(),
            came=self.guest_filter.currentData() == CAME,
            sort=current.sort if current.sort != "rank" else "number",
            descending=current.descending,
        )
        self._found = search.find(query) if query else None
        if self._found is not None:
            view = replace(view, ids=tuple(self._found.ids), sort="rank")
        self.model.set_view(view)
        self._show_count()
        if self.model.rowCount():
            self.table.selectRow(0)

    def offer_first_steps(self, actions: Sequence[QAction]) -> None:
        """On a shop with nobody in it yet, the list says how to begin: these actions
        (add a customer, import the old list), each greyed as the window greys it."""
        hint = QLabel(
            tr(
                "No customers yet. Add the first one (Ctrl+N) when a customer comes to the "
                "counter, then record the sale; or bring in your old list from Excel."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout(self.first_steps)
        row.addWidget(hint, 1)
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            row.addWidget(button)
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.first_steps.setVisible(
            self.first_steps.layout() is not None and self.total_customers() == 0
        )
        self.result_label.setText(
            trn("{n} match", "{n} matches", count).format(n=count)
            if self._found is not None
            else trn("{n} customer", "{n} customers", count).format(n=count)
        )

    def refresh(self) -> None:
        """Show the stored list again, keeping the clerk's place in it."""
        place = self.table.currentIndex().row()
        current = self.current_id()
        chosen = set(self.selected_ids())
        self.model.refresh()
        self._show_count()
        if place >= 0:
            self._keep_place(place, current, chosen)

    def _keep_place(self, place: int, current: int | None, chosen: set[int]) -> None:
        """Select the same customers again near `place`. If she left the list (merged, in
        the trash), the customer now at her place is chosen, as after a follow-up is done."""
        count = self.model.rowCount()
        if not count:
            return
        wanted = chosen if current is None else chosen | {current}
        rows = range(max(place - NEAR_ROWS, 0), min(place + NEAR_ROWS + 1, count))
        found = {cid: row for row in rows if (cid := self.model.customer_id(row)) in wanted}
        target = found.get(current, min(place, count - 1))
        selection = QItemSelection()
        for row in [found[cid] for cid in chosen if cid in found] or [target]:
            selection.select(self.model.index(row, 0), self.model.index(row, 0))
        selected = self.table.selectionModel()
        flag = QItemSelectionModel.SelectionFlag
        selected.setCurrentIndex(self.model.index(target, 0), flag.NoUpdate)
        selected.select(selection, flag.ClearAndSelect | flag.Rows)

    def total_customers(self) -> int:
        """All active customers: the list's own count when it shows them all."""
        view = self.model.view
        unfiltered = ListFilter(sort=view.sort, descending=view.descending)
        return self.model.rowCount() if view == unfiltered else listing.count(ListFilter())

    def open_top_hit(self) -> None:
        chosen = self.best_match()
        if chosen is not None:
            self.open_customer.emit(chosen)

    def best_match(self) -> int | None:
        """The one best match of what is typed; with a tie (or a list sorted or filtered
        away from her) nobody, and the list asks the clerk to choose, so no sale goes
        to a customer the clerk did not mean."""
        # Searched again, not read from the list: a customer may have been added since.
        self.apply()
        top = self._found.top if self._found is not None else None
        if top is not None and self.model.customer_id(0) == top:
            return top
        if not self.model.rowCount():
            return None
        self.table.setFocus()
        self.table.selectRow(0)
        if self._found is not None:
            self.result_label.setText(
                tr("{n} customers match — choose one with ↑↓ and Enter").format(
                    n=self.model.rowCount()
                )
            )
        return None

    def chosen_id(self) -> int | None:
        """The customer an action such as Ctrl+Enter is for: the row the clerk moved to
        in the list, or, straight from the search box, the one best match."""
        if self.search_box.hasFocus() or self._timer.isActive():
            return self.best_match()
        return self.current_id()

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _type_into_search(self, text: str) -> None:
        self.search_box.setFocus()
        self.search_box.setText(self.search_box.text() + text)

    def _open_row(self, row: int) -> None:
        customer_id = self.model.customer_id(row)
        if customer_id is not None:
            self.open_customer.emit(customer_id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.customer_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [cid for cid in (self.model.customer_id(r) for r in rows) if cid is not None]

    def fit_columns(self) -> None:
        """Each column as wide as its heading and its widest usual contents in the font in
        use; the status, last, takes what is left and gives way first on a narrow screen."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = metrics.horizontalAdvance("00")
        widest = self._widest()
        for column, key in enumerate(listing.COLUMNS):
            contents = max(metrics.horizontalAdvance(text) for text in widest[key]) + margin
            self.table.setColumnWidth(column, max(header.sectionSizeHint(column), contents))

    def _widest(self) -> dict[str, list[str]]:
        """The longest text each column usually shows: the shop's own tiers, clerks and
        statuses from the filters beside the list, and a large customer's figures."""

        def choices(box: QComboBox) -> list[str]:
            return [box.itemText(i) for i in range(box.count())]

        return {
            "number": ["C0000000"],
            "name": ["欧阳明明明"],
            "phone": [display_phone("13888888888")],
            "tier": choices(self.tier_filter),
            "clerk": choices(self.clerk_filter),
            "total_spent": [money(Decimal("888888.88"))],
            "last_purchase_on": [date_text(dt.date.max)],
            "status": choices(self.status_filter),
        }

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(self._header_key(), self.table.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        """The widths she gave the columns, at this font size: at another they would cut
        its texts or waste the screen, and the columns fit the font afresh."""
        state = settings.value(self._header_key())
        if isinstance(state, QByteArray):
            self.table.horizontalHeader().restoreState(state)

    def _header_key(self) -> str:
        return f"customers/header-{self.font().pointSize()}pt"

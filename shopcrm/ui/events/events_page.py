"""The VIP events page: the coming events (soonest first), then the past ones.

The owner plans, changes, copies (last year's, a year on), cancels and invites;
her clerks see the same page with those buttons greyed, record the guests'
replies and work the door. What the chosen event no longer allows is greyed too,
with the reason (a cancelled one is not changed, cancelled or invited to; a past
one is not cancelled or invited to), and the domain refuses it all the same. Under
the list, the chosen event's guests, its door and its report. The page refreshes
itself when events (or customers, sales and settings, which its figures read)
change anywhere, keeping the event chosen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr
from shopcrm.events import figures, planning
from shopcrm.events.figures import EventLine
from shopcrm.events.labels import event_title, kind_label
from shopcrm.ui import operations, session
from shopcrm.ui.dates import date_text
from shopcrm.ui.events.door_view import DoorView
from shopcrm.ui.events.event_dialog import EventDialog
from shopcrm.ui.events.guests_view import GuestsView
from shopcrm.ui.events.invite_dialog import InviteDialog
from shopcrm.ui.events.report_view import ReportView
from shopcrm.ui.operations import CUSTOMERS, EVENTS, FOLLOWUPS, SALES, SETTINGS
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.widgets import call_domain, waiting

CANCELLED_TEXT = QColor("#a93226")
PAST_TEXT = QColor("#6b7472")


def _headers() -> list[str]:
    return [
        tr("Date and time"),
        tr("Title"),
        tr("Kind"),
        tr("Place"),
        tr("Invited"),
        tr("Accepted"),
        tr("Attended"),
        tr("No-shows"),
        tr("Places"),
    ]


def _cells(line: EventLine) -> tuple[object, ...]:
    return (
        date_text(line.starts_at),
        event_title(line.title, line.cancelled),
        kind_label(line.kind),
        line.place,
        line.invited,
        line.accepted,
        line.attended,
        line.no_shows,
        tr("no limit") if line.capacity is None else line.capacity,
    )


FIRST_NUMBER = 4  # the columns from here on are counts, aligned right


def _refusals(line: EventLine | None) -> tuple[str, str, str]:
    """Why the event cannot be changed, cancelled or invited to (empty: it can), in the
    domain's words: a button that would only be refused is greyed with its reason."""
    if line is None:
        return "", "", ""
    found = planning.refusals(planning.get_event(line.id))
    return found.change, found.cancel, found.invite


class EventTableModel(RowsModel):
    """The events, a cancelled one struck through in red, a past one greyed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(_headers(), parent)
        self.struck = QFont()
        self.struck.setStrikeOut(True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line: EventLine = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(_cells(line)[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= FIRST_NUMBER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return CANCELLED_TEXT if line.cancelled else PAST_TEXT if line.past else None
        if role == Qt.ItemDataRole.FontRole and line.cancelled:
            return self.struck
        if role == Qt.ItemDataRole.ToolTipRole and line.cancelled:
            return tr("Cancelled: the guests who had been told hear it from their clerk.")
        return None


class EventsPage(QWidget):
    """The events list, its buttons, and the chosen event's guests, door and report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventsPage")
        self.goal = QLabel()
        self.goal.setObjectName("notice")
        self.goal.setWordWrap(True)
        self._listing = False  # the list is being refilled: its selection moves on its own
        self.new_button = self._owners_button(tr("New event…"), "newEventButton")
        self.edit_button = self._owners_button(tr("Change…"), "editEventButton")
        self.copy_button = self._owners_button(tr("Copy a year on"), "copyEventButton")
        self.copy_button.setToolTip(tr("Last year's event again, a year on, without its guests"))
        self.cancel_button = self._owners_button(tr("Cancel event…"), "cancelEventButton")
        self.invite_button = self._owners_button(tr("Invite guests…"), "inviteGuestsButton")

        self.model = EventTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("eventTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)

        self.guests = GuestsView()
        self.door = DoorView()
        self.report = ReportView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eventTabs")
        self.tabs.addTab(self.guests, tr("Guests"))
        self.tabs.addTab(self.door, tr("At the door"))
        self.tabs.addTab(self.report, tr("Report"))

        bar = QHBoxLayout()
        for button in (
            self.new_button,
            self.edit_button,
            self.copy_button,
            self.cancel_button,
            self.invite_button,
        ):
            bar.addWidget(button)
        bar.addStretch(1)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.goal)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.notice)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 400])  # some eight events over the chosen one's tabs
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.new_button.clicked.connect(self.new_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.copy_button.clicked.connect(self.copy_event)
        self.cancel_button.clicked.connect(self.cancel_event)
        self.invite_button.clicked.connect(self.invite_guests)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: None if self._listing else self._show_chosen()
        )
        # Enter or a double click changes the event, when Change… may.
        self.table.activated.connect(
            lambda _: self.edit_event() if self.edit_button.isEnabled() else None
        )
        operations.subscribe(self, (EVENTS, CUSTOMERS, SALES, SETTINGS), lambda _: self.refresh())
        self.refresh()
        if self.model.rows:
            self.table.selectRow(0)  # the soonest event to come

    @staticmethod
    def _owners_button(text: str, name: str) -> QPushButton:
        """A button for what only the owner may do: greyed, with the reason, for a clerk."""
        button = QPushButton(text)
        button.setObjectName(name)
        session.guard(button, "events")
        return button

    def refresh(self) -> None:
        """The events as stored, the same one chosen if it is still listed."""
        chosen = self.selected_id()
        reminder = planning.goal().reminder()
        self.goal.setText(reminder)
        self.goal.setVisible(bool(reminder))
        # The chosen event's tabs are read once, after the list: not at each step of it.
        self._listing = True
        try:
            self.model.set_rows(figures.event_lines())
            self.choose(chosen)
        finally:
            self._listing = False
        self._show_chosen()

    def choose(self, event_id: int | None) -> None:
        """Choose the event `event_id` in the list, if it is listed."""
        rows = [number for number, line in enumerate(self.model.rows) if line.id == event_id]
        if rows:
            self.table.selectRow(rows[0])

    def selected_id(self) -> int | None:
        line = self.selected()
        return line.id if line is not None else None

    def selected(self) -> EventLine | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_chosen(self) -> None:
        event_id = self.selected_id()
        for view in (self.guests, self.door, self.report):
            view.show_event(event_id)
        self._show_allowed()

    def _show_allowed(self) -> None:
        """Grey what the chosen event no longer allows, saying why; the owner's buttons
        stay greyed for a clerk, with the reason the guard gave them."""
        if not session.may("events"):
            return
        buttons = (self.edit_button, self.cancel_button, self.invite_button)
        for button, reason in zip(buttons, _refusals(self.selected()), strict=True):
            button.setEnabled(not reason)
            button.setToolTip(reason)

    def _chosen_or_say(self) -> EventLine | None:
        line = self.selected()
        if line is None:
            self.notice.setText(tr("Choose an event in the list first."))
        return line

    def _tell(self, errors: dict[str, str]) -> None:
        self.notice.setText(" ".join(errors.values()))

    def _edit(self, dialog: EventDialog) -> EventDialog:
        # The dialog announced the change, and the page has shown it: choose what was saved.
        dialog.finished.connect(lambda: self.choose(dialog.saved.id) if dialog.saved else None)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def new_event(self) -> EventDialog:
        return self._edit(EventDialog(None, self))

    def edit_event(self) -> EventDialog | None:
        line = self._chosen_or_say()
        return self._edit(EventDialog(line.id, self)) if line is not None else None

    def _copy_anyway(self, line: EventLine) -> bool:
        """Whether to copy when the copy looks like a mistake: a copy of that day is
        planned already (Copy pressed twice), or the event to copy has not been held yet
        (the copy chosen after copying, copied again). Asked, not refused: the owner may
        mean it."""
        target = planning.same_day_next_year(line.starts_at)
        twin = planning.copied_already(line.id)
        if twin is not None:
            why = tr("{title} is already planned on {when}.").format(
                title=twin.title, when=date_text(twin.starts_at)
            )
        elif not (line.past or line.cancelled):
            why = tr("{title} on {when} has not been held yet.").format(
                title=line.title, when=date_text(line.starts_at)
            )
        else:
            return True
        question = tr("{why} Copy it to {when} all the same?").format(
            why=why, when=date_text(target)
        )
        answer = QMessageBox.question(
            self,
            tr("Copy a year on"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def copy_event(self) -> None:
        """Last year's event again, a year on; the copy is chosen, to change if need be."""
        line = self._chosen_or_say()
        if line is None or not self._copy_anyway(line):
            return
        copy = waiting(
            lambda: call_domain(lambda: planning.copy_event(session.actor(), line.id), self._tell)
        )
        if copy is None:
            return
        operations.announce(EVENTS, FOLLOWUPS, source=self)
        self.refresh()
        self.choose(copy.id)
        self.notice.setText(
            tr("Copied to {when}: change the day with Change… if it differs.").format(
                when=date_text(copy.starts_at)
            )
        )

    def cancel_event(self) -> None:
        """After asking: the event is off, and the guests who had been told hear it."""
        line = self._chosen_or_say()
        if line is None:
            return
        question = tr(
            "Cancel {title} on {when}? The guests who had been told get a call from their "
            "clerk to hear it is off; this cannot be undone."
        ).format(title=line.title, when=date_text(line.starts_at))
        answer = QMessageBox.question(self, tr("Cancel event"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if waiting(
            lambda: call_domain(lambda: planning.cancel_event(session.actor(), line.id), self._tell)
        ):
            operations.announce(EVENTS, FOLLOWUPS, source=self)
            self.refresh()
            self.notice.setText(tr("{title} is cancelled.").format(title=line.title))

    def invite_guests(self) -> InviteDialog | None:
        line = self._chosen_or_say()
        if line is None:
            return None
        dialog = InviteDialog(line.id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

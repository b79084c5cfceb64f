"""An event's guests and their replies; the clerk who rang her records what she said.

The reply starts blank for each guest chosen, so one click never records an answer
nobody gave. Recording a reply closes her clerk's invitation task and, for a yes,
plans the reminder the day before (events.guests.record_reply); a yes beyond the
places is refused in words, and the clerk can record a maybe instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
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

from shopcrm.core.i18n import tr
from shopcrm.events import guests
from shopcrm.events.guests import GuestRow
from shopcrm.events.labels import reply_label
from shopcrm.storage.models import REPLIES
from shopcrm.ui import operations, session
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import EVENTS, FOLLOWUPS
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.widgets import call_domain, combo, set_invalid


def standing(guest: GuestRow | None) -> str:
    """Where a customer stands with the event, in a word or two."""
    if guest is None:
        return tr("Not invited")
    if guest.attended:
        return tr("Here")
    return tr("Invited: {reply}").format(reply=reply_label(guest.reply))


def how_she_came(guest: GuestRow) -> str:
    """Invited, walked in, or brought by a guest."""
    if guest.brought_by:
        return tr("Brought by {name}").format(name=guest.brought_by)
    return tr("Walk-in") if guest.walk_in else tr("Invited")


def tick(flag: bool) -> str:
    return "✓" if flag else ""


def guest_table(model: RowsModel, name: str) -> QTableView:
    """A table of guests, one chosen at a time."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def chosen_guest(table: QTableView, model: RowsModel) -> GuestRow | None:
    index = table.currentIndex()
    return model.rows[index.row()] if index.isValid() else None


def choose_guest(table: QTableView, model: RowsModel, guest_id: int | None) -> None:
    """Choose the guest with `guest_id` again after a refresh, if she is still listed."""
    rows = [number for number, row in enumerate(model.rows) if row.id == guest_id]
    if rows:
        table.selectRow(rows[0])


class GuestTableModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                tr("Name"),
                tr("Phone"),
                tr("Clerk"),
                tr("Invited on"),
                tr("Reply"),
                tr("Here"),
                tr("Gift"),
                tr("How the guest came"),
            ],
            parent,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: GuestRow = self.rows[index.row()]
        return (
            row.name,
            session.phone_for(row.phone, row.clerk or None),
            row.clerk,
            date_text(row.invited_on),
            reply_label(row.reply) if row.invited_on else "",
            tick(row.attended),
            tick(row.gift_given),
            how_she_came(row),
        )[index.column()]


class GuestsView(QWidget):
    """The guest list of one event, with her reply to record."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guestsView")
        self.event_id: int | None = None
        self.model = GuestTableModel(self)
        self.table = guest_table(self.model, "guestTable")
        self.reply = combo(
            ((code, reply_label(code)) for code in REPLIES), blank=tr("Choose the reply")
        )
        self.reply.setObjectName("replyChoice")
        self.record_button = QPushButton(tr("Record the reply"))
        self.record_button.setObjectName("recordReplyButton")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(QLabel(tr("Reply")))
        bar.addWidget(self.reply)
        bar.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        self.record_button.clicked.connect(self.record_reply)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._clear_reply())
        self.reply.currentIndexChanged.connect(lambda: set_invalid(self.reply, None))

    def show_event(self, event_id: int | None) -> None:
        """The guests of `event_id` as stored, the same guest chosen if still listed."""
        if event_id != self.event_id:
            self.notice.clear()
        kept = chosen_guest(self.table, self.model)
        self.event_id = event_id
        rows = guests.guest_list(event_id) if event_id is not None else []
        self.model.set_rows(rows)
        choose_guest(self.table, self.model, kept.id if kept else None)
        invited = [row for row in rows if row.invited_on]
        self.summary.setText(
            tr("{n} invited: {yes} yes, {maybe} maybe, {no} no, {open} still to answer").format(
                n=len(invited),
                yes=sum(row.reply == "yes" for row in invited),
                maybe=sum(row.reply == "maybe" for row in invited),
                no=sum(row.reply == "no" for row in invited),
                open=sum(row.reply in (None, "no_answer") for row in invited),
            )
        )

    def _clear_reply(self) -> None:
        """Another guest: what the last one said must not be recorded for her."""
        self.reply.setCurrentIndex(0)

    def _tell(self, errors: dict[str, str]) -> None:
        """The domain's refusal in words; no reply chosen, the choice is marked too."""
        if "reply" in errors and self.reply.currentData() is None:
            set_invalid(self.reply, errors["reply"])
            self.reply.setFocus()
        self.notice.setText(" ".join(errors.values()))

    def record_reply(self) -> None:
        guest = chosen_guest(self.table, self.model)
        if guest is None:
            self.notice.setText(tr("Choose a guest in the list first."))
            return
        reply = self.reply.currentData()
        saved = call_domain(
            lambda: guests.record_reply(session.actor(), guest.id, reply), self._tell
        )
        if saved is None:
            return
        self.notice.setText(
            tr("{name}'s reply is recorded: {reply}.").format(
                name=guest.name, reply=reply_label(reply)
            )
        )
        operations.announce(EVENTS, FOLLOWUPS, customers=[guest.customer_id], source=self)

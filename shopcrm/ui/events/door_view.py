"""At the door: find each guest as at the counter, tick her, hand her the gift.

Enter ticks the customer the search means (or the one chosen in its results);
someone not invited is ticked all the same, as a walk-in. The guest just ticked
is chosen in the list of those here, so the friend she brings (found by her phone
or added on the spot with her name, as that guest's referral) and her gift need
no other click. A tick or a gift recorded by mistake is undone from that list, a
tick after asking. The domain keeps the door to the event's day.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.events import door, guests
from shopcrm.events.guests import GuestRow
from shopcrm.ui import operations, session
from shopcrm.ui.events.customer_finder import CustomerFinder
from shopcrm.ui.events.guests_view import (
    choose_guest,
    chosen_guest,
    guest_table,
    how_she_came,
    standing,
    tick,
)
from shopcrm.ui.operations import CUSTOMERS, EVENTS, FOLLOWUPS
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.widgets import FieldForm, call_domain, waiting

T = TypeVar("T")


class HereModel(RowsModel):
    """Those ticked as here."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__([tr("Name"), tr("How the guest came"), tr("Gift")], parent)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row: GuestRow = self.rows[index.row()]
        return (row.name, how_she_came(row), tick(row.gift_given))[index.column()]


class DoorView(QWidget):
    """The door of one event."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doorView")
        self.event_id: int | None = None
        self.guests: dict[int, GuestRow] = {}  # by customer
        self.finder = CustomerFinder(lambda cid: standing(self.guests.get(cid)))
        self.finder.search_box.setObjectName("doorSearch")
        self.here_model = HereModel(self)
        self.here = guest_table(self.here_model, "hereTable")
        self.undo_button = QPushButton(tr("Undo tick"))
        self.undo_button.setObjectName("undoTickButton")
        self.gift_button = QPushButton(tr("Hand over the gift"))
        self.gift_button.setObjectName("giftButton")
        self.summary = QLabel()
        self.summary.setObjectName("doorSummary")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)

        self.friend = FieldForm()
        self.friend_name = QLineEdit()
        self.friend_phone = QLineEdit()
        self.friend_phone.setPlaceholderText(tr("e.g. 138 1234 5678"))
        self.bring_button = QPushButton(tr("Add and mark as arrived"))
        self.bring_button.setObjectName("bringGuestButton")
        # Name, phone and the button on one line: the door's lists keep the height.
        friend_fields = QHBoxLayout()
        for name, field, label in (
            ("name", self.friend_name, tr("Guest's name")),
            ("phone", self.friend_phone, tr("Guest's phone")),
        ):
            form = QFormLayout()
            self.friend.add(form, name, field, label)
            friend_fields.addLayout(form, 1)
        friend_fields.addWidget(self.bring_button, 0, Qt.AlignmentFlag.AlignTop)
        self.brought = QGroupBox()
        self.brought.setObjectName("broughtBox")
        self.brought.setLayout(friend_fields)

        # The search has the whole left side: its results show several matches at once.
        # What is done for a guest here (her gift, her friend, an undo) is under her list.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(tr("Find the guest and press Enter to tick as here:")))
        left_layout.addWidget(self.finder, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.here, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.gift_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.brought)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([1, 1])  # half each, whatever the widths the two sides would wish
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.notice)

        self.finder.chosen.connect(self.check_in)
        self.undo_button.clicked.connect(self.undo_check_in)
        self.gift_button.clicked.connect(self.hand_gift)
        self.bring_button.clicked.connect(self.bring_guest)
        self.friend_phone.returnPressed.connect(self.bring_guest)
        self.here.selectionModel().currentRowChanged.connect(lambda *_: self._show_chosen())

    def show_event(self, event_id: int | None) -> None:
        """The event's guests as stored; what is typed and chosen stays."""
        if event_id != self.event_id:
            self.notice.clear()
            self.friend.show_errors({})
        kept = chosen_guest(self.here, self.here_model)
        self.event_id = event_id
        rows = guests.guest_list(event_id) if event_id is not None else []
        self.guests = {row.customer_id: row for row in rows}
        here = [row for row in rows if row.attended]
        self.here_model.set_rows(here)
        choose_guest(self.here, self.here_model, kept.id if kept else None)
        self.finder.refresh()
        gifts = sum(row.gift_given for row in here)
        self.summary.setText(
            tr("{n} here: {walk_ins} walked in, {brought} brought by a guest; {gifts}").format(
                n=len(here),
                walk_ins=sum(row.walk_in for row in here),
                brought=sum(bool(row.brought_by) for row in here),
                gifts=trn("{n} gift handed over", "{n} gifts handed over", gifts).format(n=gifts),
            )
        )
        self._show_chosen()

    def _show_chosen(self) -> None:
        """The buttons for the guest chosen among those here, her friend's box named after
        her: nobody chosen, there is nobody to bring a friend."""
        guest = chosen_guest(self.here, self.here_model)
        given = guest is not None and guest.gift_given
        self.gift_button.setText(tr("Take back the gift") if given else tr("Hand over the gift"))
        self.brought.setEnabled(guest is not None)
        self.brought.setTitle(
            tr("Brought by {name}").format(name=guest.name)
            if guest is not None
            else tr("Brought by a guest: choose the guest among those here")
        )

    def _call(self, call: Callable[[], T], show: Callable[[dict[str, str]], None]) -> T | None:
        return waiting(lambda: call_domain(call, show))

    def _tell(self, errors: dict[str, str]) -> None:
        if errors:
            self.notice.setText(" ".join(errors.values()))

    def _changed(self, words: str, customer_id: int, *topics: str) -> None:
        self.notice.setText(words)
        operations.announce(EVENTS, FOLLOWUPS, *topics, customers=[customer_id], source=self)

    def check_in(self, customer_id: int) -> None:
        """Tick her as here (not invited, she is a walk-in) and choose her among those
        here, for her gift or the friend she brought."""
        event_id = self.event_id
        if event_id is None:
            return
        before = self.guests.get(customer_id)
        guest = self._call(
            lambda: door.check_in(session.actor(), event_id, customer_id), self._tell
        )
        if guest is None:
            return
        self.finder.start_again()
        name = guest.customer.name
        if before is not None and before.attended:
            self.notice.setText(tr("{name} is already here.").format(name=name))
        else:
            self._changed(
                tr("{name} is here: a walk-in.").format(name=name)
                if guest.invited_on is None
                else tr("{name} is here.").format(name=name),
                customer_id,
            )
        choose_guest(self.here, self.here_model, guest.id)

    def undo_check_in(self) -> None:
        """After asking: a tick by mistake comes off (and a walk-in off the guest list)."""
        guest = chosen_guest(self.here, self.here_model)
        if guest is None:
            self.notice.setText(tr("Choose the guest in the list of those here first."))
            return
        question = (
            tr("Untick {name}? Without an invitation, {name} also comes off the guest list.")
            if guest.invited_on is None
            else tr("Untick {name}? A gift ticked as handed over is taken back too.")
        ).format(name=guest.name)
        answer = QMessageBox.question(self, tr("Undo tick"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        # A walk-in unticked is no guest at all: the call returns nothing, and that is done.
        undone = self._call(
            lambda: door.undo_check_in(session.actor(), guest.id) or guest, self._tell
        )
        if undone is not None:
            self._changed(
                tr("{name} is no longer ticked as here.").format(name=guest.name),
                guest.customer_id,
            )

    def hand_gift(self) -> None:
        guest = chosen_guest(self.here, self.here_model)
        if guest is None:
            self.notice.setText(tr("Choose the guest in the list of those here first."))
            return
        given = not guest.gift_given
        if self._call(lambda: door.hand_gift(session.actor(), guest.id, given), self._tell):
            self._changed(
                tr("Gift handed over to {name}.").format(name=guest.name)
                if given
                else tr("The gift for {name} is no longer ticked as handed over.").format(
                    name=guest.name
                ),
                guest.customer_id,
            )

    def _tell_friend(self, errors: dict[str, str]) -> None:
        self.friend.show_errors(errors)
        self.notice.setText(
            " ".join(text for name, text in errors.items() if name not in self.friend.fields)
        )

    def bring_guest(self) -> None:
        """Her friend: found by phone or added, ticked as brought by the chosen guest."""
        event_id, host = self.event_id, chosen_guest(self.here, self.here_model)
        if event_id is None or host is None:  # her box is greyed until a guest is chosen
            return
        friend = self._call(
            lambda: door.bring_guest(
                session.actor(),
                event_id,
                host.id,
                self.friend_name.text(),
                self.friend_phone.text(),
            ),
            self._tell_friend,
        )
        if friend is None:
            return
        self.friend.load({"name": "", "phone": ""})
        self._changed(
            tr("{name} is here, brought by {host}.").format(
                name=friend.customer.name, host=host.name
            ),
            friend.customer_id,
            CUSTOMERS,
        )

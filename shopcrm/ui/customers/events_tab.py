"""Her VIP events on her card: those she was invited to or came to, and what she enjoys.

The kinds of event she likes and the days and times that suit her are what the
owner chooses guests by (events/guests.py); her clerk asks and records them here.
They are edited on this tab alone: the "About her" (or "About him") tab shows the best times
read-only, so saving one tab never writes the other's stale text back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from shopcrm.core import clock
from shopcrm.core.errors import ShopError, ValidationError
from shopcrm.core.i18n import by_gender, tr, trn
from shopcrm.customers import profiles
from shopcrm.customers.fields import BY_NAME
from shopcrm.customers.labels import field_label
from shopcrm.events import guests
from shopcrm.events.guests import HerEvent
from shopcrm.events.labels import event_title, kind_label, reply_label
from shopcrm.storage.models import EVENT_KINDS, Customer
from shopcrm.ui import session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import set_invalid

Preferences = tuple[tuple[str, ...], str]


def came_words(event: HerEvent) -> str:
    """Whether she came; nothing yet for an event still ahead or called off."""
    if event.attended:
        return tr("Yes")
    if event.cancelled or event.starts_at > clock.now():
        return ""
    return tr("No")


def event_row(event: HerEvent) -> tuple[str, ...]:
    title = event_title(event.title, event.cancelled)
    return (
        date_text(event.starts_at.date()),
        title,
        kind_label(event.kind),
        reply_label(event.reply) if event.invited else tr("Not invited"),
        came_words(event),
    )


class EventsTab(ListTab):
    """Her events, latest first, over her event preferences and their own Save."""

    saved = Signal()  # her preferences are stored: the card shows them on its other tabs

    def __init__(self) -> None:
        super().__init__(
            [tr("Date"), tr("Event"), tr("Kind"), tr("Reply"), tr("Came")], "eventList"
        )
        self.customer_id: int | None = None
        self._stored: Preferences = ((), "")
        self._locked = False

        self.prompt = QLabel()
        self.prompt.setObjectName("hint")
        self.prompt.setWordWrap(True)
        self.kinds = {kind: QCheckBox(kind_label(kind)) for kind in EVENT_KINDS}
        kinds_row = QHBoxLayout()
        for kind, box in self.kinds.items():
            box.setObjectName(f"likes_{kind}")
            box.toggled.connect(self._show_state)
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        times_field = BY_NAME["event_times"]
        self.times = QLineEdit()
        self.times.setObjectName("eventTimes")
        if times_field.max_length is not None:
            self.times.setMaxLength(times_field.max_length)
        if times_field.hint is not None:
            self.times.setPlaceholderText(times_field.hint())
        self.times.textEdited.connect(self._show_state)
        self.times.returnPressed.connect(self.save)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.save_button = QPushButton(tr("Save preferences"))
        self.save_button.setObjectName("savePreferencesButton")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)

        self.enjoys = QLabel()
        form = QFormLayout()
        form.addRow(self.enjoys, kinds_row)
        form.addRow(field_label("event_times"), self.times)
        save_row = QHBoxLayout()
        save_row.addWidget(self.problem, 1)
        save_row.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        self.box = QGroupBox()
        column = QVBoxLayout(self.box)
        column.addWidget(self.prompt)
        column.addLayout(form)
        column.addLayout(save_row)
        self.layout().addWidget(self.box)

    def show_for(self, customer: Customer) -> None:
        """Her events as stored now; preferences being typed are kept."""
        self.customer_id = customer.id
        self._speak_of(customer.gender)
        self.clear()
        found = guests.of_customer(customer.id)
        for event in found:
            self.model.appendRow(item_row(event_row(event)))
        came = sum(1 for event in found if event.attended)
        self.footer.setText(
            trn("{n} event, came to {came}", "{n} events, came to {came}", len(found)).format(
                n=len(found), came=came
            )
        )
        self.fit_columns()
        if not self.edited():
            self._load(customer)

    def _speak_of(self, gender: str | None) -> None:
        """Her preferences in the words her gender takes."""
        self.prompt.setText(
            by_gender(
                gender,
                tr(
                    "Ask her which events she would enjoy (a product preview, an outing, a "
                    "talk, a birthday party) and which days and times suit her: the owner "
                    "invites those who would like to come."
                ),
                tr(
                    "Ask him which events he would enjoy (a product preview, an outing, a "
                    "talk, a birthday party) and which days and times suit him: the owner "
                    "invites those who would like to come."
                ),
                tr(
                    "Ask the customer which events they would enjoy (a product preview, an "
                    "outing, a talk, a birthday party) and which days and times suit them: the "
                    "owner invites those who would like to come."
                ),
            )
        )
        self.enjoys.setText(
            by_gender(gender, tr("She would enjoy"), tr("He would enjoy"), tr("Would enjoy"))
        )
        self.box.setTitle(
            by_gender(
                gender,
                tr("Her event preferences"),
                tr("His event preferences"),
                tr("Event preferences"),
            )
        )

    def _load(self, customer: Customer) -> None:
        self._put((tuple(guests.liked_kinds(customer)), customer.event_times or ""))

    def _put(self, stored: Preferences) -> None:
        """Show `stored` as what is stored, and nothing as edited."""
        self._stored = stored
        liked, times = stored
        for kind, box in self.kinds.items():
            box.blockSignals(True)
            box.setChecked(kind in liked)
            box.blockSignals(False)
        self.times.setText(times)
        self._show_problem(None, False)
        self._show_state()

    def _typed(self) -> Preferences:
        chosen = tuple(kind for kind, box in self.kinds.items() if box.isChecked())
        return chosen, self.times.text().strip()

    def edited(self) -> bool:
        """Whether what is ticked or typed differs from what is stored."""
        return not self._locked and self._typed() != self._stored

    def _show_state(self) -> None:
        self.save_button.setEnabled(self.edited())
        self.prompt.setVisible(not self._locked and self._stored == ((), ""))

    def lock(self) -> None:
        """An erased record: her events stay as figures, her preferences are not asked."""
        self._locked = True
        for widget in (*self.kinds.values(), self.times):
            widget.setEnabled(False)
        self._show_state()

    def discard(self) -> None:
        """Drop what is ticked or typed, for a card closing without saving it."""
        self._put(self._stored)

    def save(self) -> bool:
        """Store what is ticked and typed; a refusal shows under the line, keeping it."""
        if self.customer_id is None or not self.edited():
            return True
        kinds, times = self._typed()
        try:
            guests.set_preferences(self.customer_id, kinds, times, session.clerk_id())
        except ShopError as exc:
            on_times = isinstance(exc, ValidationError) and "event_times" in exc.errors
            self._show_problem(str(exc), on_times)
            return False
        self._load(profiles.get_customer(self.customer_id))
        self.saved.emit()
        return True

    def _show_problem(self, message: str | None, on_times: bool) -> None:
        set_invalid(self.times, message if on_times else None)
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))

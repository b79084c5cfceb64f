"""Planning one event: what, when, where, for how many, and who organises it.

The owner types a capacity or a budget as she would say it (empty for none): a
capacity of "20人" reads as 20, as a budget of "500元" reads as 500; what is not a
number, and whatever the domain refuses, is shown beside its field and nothing
typed is lost.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_SALE, AmountError, parse_count, parse_yuan, plain
from shopcrm.events import planning
from shopcrm.events.labels import kind_label
from shopcrm.storage.models import EVENT_KINDS, Event
from shopcrm.ui import operations, session
from shopcrm.ui.dates import MOMENT_EDIT
from shopcrm.ui.operations import EVENTS, FOLLOWUPS
from shopcrm.ui.widgets import Binding, FieldForm, FormDialog, call_domain, clerk_combo, combo

# A new event is first offered a fortnight ahead, 2 pm: time for the invitations to go out.
NEW_EVENT_DAYS_AHEAD = 14
NEW_EVENT_TIME = dt.time(14, 0)

N = TypeVar("N", int, Decimal)
# A count of guests typed with its unit, in either language: 20人, 20 位, 20 people.
CAPACITY_UNIT = re.compile(r"\s*(人|位|名|people|persons|places|guests)\s*$", re.IGNORECASE)


def _capacity(text: str) -> int:
    """The places typed, their unit left off."""
    return parse_count(
        CAPACITY_UNIT.sub("", text.strip()), minimum=1, maximum=planning.CAPACITY_LIMIT
    )


def _when_field(form: FieldForm, layout: QFormLayout, label: str) -> QDateTimeEdit:
    """The day and time it starts, bound in `form` like its other fields (FieldForm knows
    no date with a time), its error under it."""
    edit = QDateTimeEdit()
    edit.setObjectName("field_starts_at")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(MOMENT_EDIT)
    error = QLabel()
    error.setObjectName("fieldError")
    error.setWordWrap(True)
    error.hide()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(edit)
    column.addWidget(error)
    layout.addRow(label, holder)
    form.fields["starts_at"] = Binding(
        edit, lambda: edit.dateTime().toPython(), edit.setDateTime, error
    )
    return edit


def _typed_number(
    values: dict[str, Any], field: str, parse: Callable[[str], N], errors: dict[str, str]
) -> N | None:
    """What was typed in `field` as a number, None when empty; its problem into `errors`."""
    text = values[field]
    if not text.strip():
        return None
    try:
        return parse(text)
    except AmountError as exc:
        errors[field] = str(exc)
        return None


class EventDialog(FormDialog):
    """A new event (`event_id` None), or one to change; `saved` is the event once saved."""

    def __init__(self, event_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            "eventDialog", tr("New event") if event_id is None else tr("Change event"), parent
        )
        self.event_id = event_id
        self.saved: Event | None = None
        self.form = FieldForm()
        fields = QFormLayout()
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("e.g. Spring preview"))
        self.form.add(fields, "title", self.title, tr("Title"))
        self.kind = combo(((code, kind_label(code)) for code in EVENT_KINDS), blank=None)
        self.form.add(fields, "kind", self.kind, tr("Kind"))
        self.starts_at = _when_field(self.form, fields, tr("Starts"))
        self.place = QLineEdit()
        self.place.setPlaceholderText(tr("e.g. the shop's first floor"))
        self.form.add(fields, "place", self.place, tr("Place"))
        self.capacity = QLineEdit()
        self.capacity.setPlaceholderText(tr("empty: no limit"))
        self.form.add(fields, "capacity", self.capacity, tr("Places"))
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(tr("¥, optional"))
        self.form.add(fields, "budget", self.budget, tr("Budget"))
        self.gift = QLineEdit()
        self.gift.setPlaceholderText(tr("optional, e.g. a care kit"))
        self.form.add(fields, "gift", self.gift, tr("Gift per guest"))
        self.organiser = clerk_combo(blank=tr("(nobody)"))
        self.form.add(fields, "organiser", self.organiser, tr("Organiser"))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(tr("What to prepare, who to call, …"))
        self.notes.setFixedHeight(80)
        self.form.add(fields, "notes", self.notes, tr("Notes"))
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.lay_out([fields, self.message], self.save)
        self.form.load(self._values())
        if event_id is not None and planning.begun(planning.get_event(event_id)):
            self.starts_at.setEnabled(False)  # the domain keeps a begun event's day too
            self.starts_at.setToolTip(
                tr("This event has begun: its day and time stay as they were.")
            )
        self.setMinimumWidth(480)

    def _values(self) -> dict[str, object]:
        if self.event_id is None:
            day = clock.today() + dt.timedelta(days=NEW_EVENT_DAYS_AHEAD)
            return {
                "kind": EVENT_KINDS[0],
                "starts_at": dt.datetime.combine(day, NEW_EVENT_TIME),
                "organiser": session.clerk_id(),
            }
        event = planning.get_event(self.event_id)
        return {
            "title": event.title,
            "kind": event.kind,
            "starts_at": event.starts_at,
            "place": event.place,
            "capacity": event.capacity,
            "budget": None if event.budget is None else plain(event.budget),
            "gift": event.gift,
            "organiser": event.organiser_id,
            "notes": event.notes,
        }

    def typed(self) -> planning.EventInput:
        """The event as typed; a capacity or budget that is not a number is refused here."""
        values = self.form.values()
        errors: dict[str, str] = {}
        capacity = _typed_number(values, "capacity", _capacity, errors)
        budget = _typed_number(
            values, "budget", lambda text: parse_yuan(text, maximum=MAX_SALE), errors
        )
        if errors:
            raise ValidationError(errors)
        return planning.EventInput(
            title=values["title"],
            kind=values["kind"],
            starts_at=values["starts_at"],
            place=values["place"],
            capacity=capacity,
            budget=budget,
            gift=values["gift"],
            organiser_id=values["organiser"],
            notes=values["notes"],
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        others = [text for name, text in errors.items() if name not in self.form.fields]
        self.message.setText(" ".join(others))
        self.message.setVisible(bool(others))
        widget = self.form.first_invalid(errors)
        if widget is not None:
            widget.setFocus()

    def save(self) -> None:
        """Save it; refused, the reasons show beside the fields and the dialog stays."""
        saved = call_domain(
            lambda: planning.save_event(session.actor(), self.typed(), self.event_id),
            self.show_errors,
        )
        if saved is None:
            return
        self.saved = saved
        operations.announce(EVENTS, FOLLOWUPS, source=self)
        self.accept()

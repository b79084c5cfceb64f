"""Choosing an event's guests: a segment of customers, or one customer at a time.

As the owner sets the segment the dialog says how many would be invited and who
is left out and why (no consent to promotions, no place left, invited already),
from the same rules the invitation follows (events.guests.choose). Each guest
invited becomes a follow-up task for her clerk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.customers.labels import status_label
from shopcrm.events import guests, planning
from shopcrm.events.guests import NEXT_MONTH, NO_CLERK, THIS_MONTH, Choice, GuestRow, Segment
from shopcrm.events.labels import kind_label
from shopcrm.loyalty import tiers
from shopcrm.loyalty.segments import SEGMENTS, segment_name
from shopcrm.staff import roster
from shopcrm.storage.models import LIFECYCLE
from shopcrm.ui import operations, session
from shopcrm.ui.events.customer_finder import CustomerFinder
from shopcrm.ui.events.guests_view import standing
from shopcrm.ui.operations import EVENTS, FOLLOWUPS
from shopcrm.ui.widgets import FormDialog, call_domain, combo, fit_to_screen, waiting

BOXES_A_ROW = 3
T = TypeVar("T")


def _boxes(title: str, choices: Sequence[tuple[T, str]]) -> tuple[QGroupBox, dict[T, QCheckBox]]:
    """A group of check boxes, one per choice, by its code."""
    group = QGroupBox(title)
    grid = QGridLayout(group)
    boxes: dict[T, QCheckBox] = {}
    for place, (code, label) in enumerate(choices):
        box = QCheckBox(label)
        grid.addWidget(box, place // BOXES_A_ROW, place % BOXES_A_ROW)
        boxes[code] = box
    return group, boxes


def _places(event_id: int) -> str:
    left = guests.places_left(planning.get_event(event_id))
    if left is None:
        return tr("No limit on places.")
    return trn("{n} place left.", "{n} places left.", left).format(n=left)


class InviteDialog(FormDialog):
    """Invite guests to the event `event_id`."""

    def __init__(self, event_id: int, parent: QWidget | None = None) -> None:
        event = planning.get_event(event_id)
        super().__init__(
            "inviteDialog", tr("Invite guests to {title}").format(title=event.title), parent
        )
        self.event_id = event_id

        tier_group, self.tier_boxes = _boxes(tr("Tiers"), [(t.id, t.name) for t in tiers.tiers()])
        status_group, self.status_boxes = _boxes(
            tr("Lifecycle"), [(code, status_label(code)) for code in LIFECYCLE]
        )
        self.birthdays = combo(
            ((THIS_MONTH, tr("This month")), (NEXT_MONTH, tr("Next month"))), blank=tr("Any")
        )
        self.birthdays.setObjectName("birthdayChoice")
        self.rfm = combo(((code, segment_name(code)) for code in SEGMENTS), blank=tr("Any"))
        self.rfm.setObjectName("rfmChoice")
        self.clerk = combo(
            [
                (NO_CLERK, tr("Nobody in charge")),
                *((person.id, person.name) for person in roster.active_staff()),
            ],
            blank=tr("Any clerk"),
        )
        self.clerk.setObjectName("clerkChoice")
        self.likes_kind = QCheckBox(
            tr("Only customers who said they like this kind of event ({kind})").format(
                kind=kind_label(event.kind)
            )
        )
        self.likes_kind.setObjectName("likesKind")
        rows = QFormLayout()
        rows.addRow(tr("Birthday"), self.birthdays)
        rows.addRow(tr("Customer group"), self.rfm)
        rows.addRow(tr("Clerk in charge"), self.clerk)
        rows.addRow("", self.likes_kind)

        self.places = QLabel()
        self.places.setObjectName("muted")
        self.count = QLabel()
        self.count.setObjectName("inviteCount")
        self.left_out = QLabel()
        self.left_out.setObjectName("muted")
        self.left_out.setWordWrap(True)
        self.invite_button = QPushButton(tr("Invite them"))
        self.invite_button.setObjectName("inviteButton")
        session.guard(self.invite_button, "events")
        self.guests: dict[int, GuestRow] = {}  # by customer, for where each one found stands
        self._load_guests()
        self.finder = CustomerFinder(lambda cid: standing(self.guests.get(cid)))
        self.finder.search_box.setObjectName("inviteSearch")
        self.finder.setMinimumHeight(140)
        one = QGroupBox(tr("Or one customer: find her and press Enter to invite her"))
        QVBoxLayout(one).addWidget(self.finder)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        segment = QGroupBox(tr("Customers to invite"))
        segment_layout = QVBoxLayout(segment)
        for part in (tier_group, status_group):
            segment_layout.addWidget(part)
        segment_layout.addLayout(rows)
        buttons = self.lay_out([self.places, segment, self.count, self.left_out, one, self.notice])
        buttons.addButton(self.invite_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Enter belongs to the search box: it must never invite a whole segment, nor close.
        for button in buttons.buttons():
            button.setAutoDefault(False)
        fit_to_screen(self, 640, 760)

        for box in (*self.tier_boxes.values(), *self.status_boxes.values(), self.likes_kind):
            box.toggled.connect(self.recount)
        for chooser in (self.birthdays, self.rfm, self.clerk):
            chooser.currentIndexChanged.connect(self.recount)
        self.invite_button.clicked.connect(self.invite)
        self.finder.chosen.connect(self.invite_one)
        self.recount()

    def segment(self) -> Segment:
        return Segment(
            tier_ids=tuple(code for code, box in self.tier_boxes.items() if box.isChecked()),
            birthdays=self.birthdays.currentData(),
            rfm=self.rfm.currentData(),
            statuses=tuple(code for code, box in self.status_boxes.items() if box.isChecked()),
            clerk_id=self.clerk.currentData(),
            likes_kind=self.likes_kind.isChecked(),
        )

    def _load_guests(self) -> None:
        self.guests = {row.customer_id: row for row in guests.guest_list(self.event_id)}

    def _tell(self, errors: dict[str, str]) -> None:
        if errors:
            self.notice.setText(" ".join(errors.values()))

    def recount(self) -> None:
        """How many the segment would invite now, and who it leaves out and why."""
        self.places.setText(_places(self.event_id))
        choice = waiting(
            lambda: call_domain(lambda: guests.choose(self.event_id, self.segment()), self._tell)
        )
        if choice is None:
            return
        n = len(choice.chosen)
        self.count.setText(
            trn("{n} customer would be invited.", "{n} customers would be invited.", n).format(n=n)
        )
        self.left_out.setText(guests.refusal(choice))
        self.invite_button.setText(
            trn("Invite {n} customer", "Invite {n} customers", n).format(n=n)
        )

    def _invited(self, choice: Choice | None) -> None:
        if choice is None:
            return
        n = len(choice.chosen)
        words = trn(
            "{n} invited: a follow-up task for her clerk.",
            "{n} invited: each is a follow-up task for her clerk.",
            n,
        ).format(n=n)
        self.notice.setText(" ".join(part for part in (words, guests.refusal(choice)) if part))
        if n:
            operations.announce(EVENTS, FOLLOWUPS, customers=choice.chosen, source=self)
        self._load_guests()
        self.finder.refresh()
        self.recount()

    def invite(self) -> None:
        """Invite the segment, within the consent and place rules."""
        segment = self.segment()
        self._invited(
            waiting(
                lambda: call_domain(
                    lambda: guests.invite(session.actor(), self.event_id, segment), self._tell
                )
            )
        )

    def invite_one(self, customer_id: int) -> None:
        """Invite the customer found, within the same rules."""
        self._invited(
            waiting(
                lambda: call_domain(
                    lambda: guests.invite_customers(session.actor(), self.event_id, [customer_id]),
                    self._tell,
                )
            )
        )
        self.finder.start_again()

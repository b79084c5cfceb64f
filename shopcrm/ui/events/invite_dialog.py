"""Choosing an event's guests: a segment of customers, or one customer at a time.

As the owner sets the segment the dialog says how many would be invited and who
is left out and why (no consent to promotions, no place left, invited already),
from the same rules the invitation follows (events.guests.choose). A segment with
no condition is the whole shop: Invite waits until she sets a condition or asks for
every customer. Each guest invited becomes a follow-up task for her clerk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
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
from shopcrm.ui.widgets import FormDialog, call_domain, combo, fit_to_screen, scrolling, waiting

# Two boxes a row, the tiers beside the lifecycle stages: a 16 pt font keeps them narrow
# enough, and the conditions short enough for a 768-pixel screen.
BOXES_A_ROW = 2
ONE_CUSTOMER = 1  # the tab that invites one customer found, after the segment's
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


def _one_invited(name: str, choice: Choice) -> str:
    """What became of inviting one customer, said of her by name."""
    if choice.chosen:
        return tr("{name} is invited: a follow-up task for the clerk in charge.").format(name=name)
    if choice.already:
        return tr("{name} was invited already.").format(name=name)
    if choice.no_consent:
        return tr("{name} does not accept promotional messages: not invited.").format(name=name)
    return tr("No place left: {name} is not invited.").format(name=name)


class InviteDialog(FormDialog):
    """Invite guests to the event `event_id`: a group of customers on one tab, one
    customer found as at the counter on the other, so each has the dialog's height."""

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
        # With no condition the whole shop is found: that has to be asked for, not fallen into.
        self.everyone = QCheckBox(tr("Or every customer, with no condition (the best first)"))
        self.everyone.setObjectName("everyone")
        rows = QFormLayout()
        rows.addRow(tr("Birthday"), self.birthdays)
        rows.addRow(tr("Customer group"), self.rfm)
        rows.addRow(tr("Clerk in charge"), self.clerk)
        rows.addRow("", self.likes_kind)
        rows.addRow("", self.everyone)
        groups = QHBoxLayout()
        groups.addWidget(tier_group)
        groups.addWidget(status_group, 1)
        conditions = QWidget()
        conditions_layout = QVBoxLayout(conditions)
        conditions_layout.setContentsMargins(0, 0, 0, 0)
        conditions_layout.addLayout(groups)
        conditions_layout.addLayout(rows)
        conditions_layout.addStretch(1)

        self.places = QLabel()
        self.places.setObjectName("muted")
        self.count = QLabel()
        self.count.setObjectName("inviteCount")
        self.count.setWordWrap(True)
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
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)

        group_page = QWidget()
        group_layout = QVBoxLayout(group_page)
        group_layout.addWidget(scrolling(conditions, "inviteConditions"), 1)
        group_layout.addWidget(self.count)
        group_layout.addWidget(self.left_out)
        invite_row = QHBoxLayout()
        invite_row.addStretch(1)
        invite_row.addWidget(self.invite_button)
        group_layout.addLayout(invite_row)
        one_page = QWidget()
        one_layout = QVBoxLayout(one_page)
        one_layout.addWidget(QLabel(tr("Find the customer and press Enter to invite:")))
        one_layout.addWidget(self.finder, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inviteTabs")
        self.tabs.addTab(group_page, tr("Customers by condition"))
        self.tabs.insertTab(ONE_CUSTOMER, one_page, tr("One customer"))
        buttons = self.lay_out([self.places, self.tabs, self.notice])
        # Enter belongs to the search box: it must never invite a whole segment, nor close.
        for button in (*buttons.buttons(), self.invite_button):
            button.setAutoDefault(False)
        fit_to_screen(self, 720, 760)

        for box in (*self.tier_boxes.values(), *self.status_boxes.values(), self.likes_kind):
            box.toggled.connect(self._condition_changed)
        for chooser in (self.birthdays, self.rfm, self.clerk):
            chooser.currentIndexChanged.connect(self._condition_changed)
        self.everyone.toggled.connect(self._everyone_toggled)
        self.invite_button.clicked.connect(self.invite)
        self.finder.chosen.connect(self.invite_one)
        # On the one-customer tab the cursor waits in its search box.
        self.tabs.currentChanged.connect(
            lambda index: self.finder.search_box.setFocus() if index == ONE_CUSTOMER else None
        )
        self.recount()

    def segment(self) -> Segment:
        return Segment(
            tier_ids=tuple(code for code, box in self.tier_boxes.items() if box.isChecked()),
            birthdays=self.birthdays.currentData(),
            rfm=self.rfm.currentData(),
            statuses=tuple(code for code, box in self.status_boxes.items() if box.isChecked()),
            clerk_id=self.clerk.currentData(),
            likes_kind=self.likes_kind.isChecked(),
            everyone=self.everyone.isChecked(),
        )

    def _load_guests(self) -> None:
        self.guests = {row.customer_id: row for row in guests.guest_list(self.event_id)}

    def _tell(self, errors: dict[str, str]) -> None:
        if errors:
            self.notice.setText(" ".join(errors.values()))

    def has_condition(self) -> bool:
        """Whether the owner set at least one condition on who is invited."""
        return self.segment().conditions

    def _condition_changed(self) -> None:
        """A condition set: the customers are no longer every one of them."""
        if self.everyone.isChecked() and self.has_condition():
            with QSignalBlocker(self.everyone):
                self.everyone.setChecked(False)
        self.recount()

    def _everyone_toggled(self, checked: bool) -> None:
        """Every customer: the conditions set before are cleared, not silently ignored."""
        if checked:
            for box in (*self.tier_boxes.values(), *self.status_boxes.values(), self.likes_kind):
                with QSignalBlocker(box):
                    box.setChecked(False)
            for chooser in (self.birthdays, self.rfm, self.clerk):
                with QSignalBlocker(chooser):
                    chooser.setCurrentIndex(0)
        self.recount()

    def recount(self) -> None:
        """How many the segment would invite now, and who it leaves out and why; Invite
        waits for a condition, or for every customer to be asked for."""
        self.places.setText(_places(self.event_id))
        self.invite_button.setEnabled(False)
        if not (self.has_condition() or self.everyone.isChecked()):
            self.count.setText(tr("Choose who to invite: set a condition, or tick every customer."))
            self.left_out.clear()
            self.invite_button.setText(tr("Invite them"))
            return
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
        self.invite_button.setEnabled(n > 0 and session.may("events"))

    def _invited(self, choice: Choice, words: str) -> None:
        """Say what was done, tell the other screens, and show where everyone stands now."""
        self.notice.setText(words)
        if choice.chosen:
            operations.announce(EVENTS, FOLLOWUPS, customers=choice.chosen, source=self)
        self._load_guests()
        self.finder.refresh()
        self.recount()

    def invite(self) -> None:
        """Invite the segment, within the consent and place rules."""
        segment = self.segment()
        choice = waiting(
            lambda: call_domain(
                lambda: guests.invite(session.actor(), self.event_id, segment), self._tell
            )
        )
        if choice is None:
            return
        n = len(choice.chosen)
        words = trn(
            "{n} customer invited: a follow-up task for the clerk in charge.",
            "{n} customers invited: a follow-up task for each one's clerk.",
            n,
        ).format(n=n)
        self._invited(choice, " ".join(part for part in (words, guests.refusal(choice)) if part))

    def invite_one(self, customer_id: int) -> None:
        """Invite the customer found, within the same rules."""
        name = self.finder.name_of(customer_id)
        choice = waiting(
            lambda: call_domain(
                lambda: guests.invite_customers(session.actor(), self.event_id, [customer_id]),
                self._tell,
            )
        )
        if choice is not None:
            self._invited(choice, _one_invited(name, choice))
        self.finder.start_again()

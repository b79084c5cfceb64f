"""Today's follow-ups: the clerk's to-do list, with the message ready to send.

The day's greeting batches come first, one row per clerk and festival, so a
festival is a few rows and not hundreds of tasks; choosing one shows it where
a task would be (batch_view.py), to copy, export and mark sent.

Keyboard first: the list has the focus; Enter opens her card, Ctrl+Shift+C
copies the message, Ctrl+D marks the task done with what is typed as the
outcome, Ctrl+K skips it with that text as the reason, Ctrl+P snoozes it to
the chosen day, F5 plans again (a referral registered this morning is
thanked today). Left open overnight, it moves to the new day once the window
has started it (app.py). The clerk filter is kept for this PC.

An event invitation is done by choosing her reply (yes, no, maybe, no answer):
it goes on the guest list, which closes the task, logs the contact and, for a
yes, plans her reminder the day before.

A sale, a new customer, a complaint or a changed rule anywhere plans again by
itself, off the GUI thread, so a big purchase's call appears without F5. A
refresh keeps the clerk on her task, with what she typed for it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care import batches, followups, messages, rules
from shopcrm.care.batches import BatchRow
from shopcrm.care.followups import FollowUpRow
from shopcrm.core import clock
from shopcrm.core.errors import ShopError, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.customers.labels import channel_label
from shopcrm.events import guests
from shopcrm.events.labels import reply_label
from shopcrm.staff import roster
from shopcrm.storage.models import CONTACT_CHANNELS, REPLIES
from shopcrm.ui import operations, preferences, session
from shopcrm.ui.care.batch_view import BatchView, batch_size, batch_title
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text, day_edit
from shopcrm.ui.operations import (
    COMPLAINTS,
    CUSTOMERS,
    EVENTS,
    FOLLOWUPS,
    PLANNED,
    SALES,
    SETTINGS,
    Change,
    Operation,
)
from shopcrm.ui.widgets import combo, set_invalid

Index = QModelIndex | QPersistentModelIndex
Item = FollowUpRow | BatchRow
GREETINGS = "greetings"  # the group of the day's greeting batches, shown first
ALL_CLERKS = -1
MESSAGE_LINES = 4  # the message editor shows at least this many lines
OVERDUE = QColor("#b3261e")
# What the care plan is made from: a change to any of these plans the tasks again.
PLANNED_FROM = (CUSTOMERS, SALES, COMPLAINTS, SETTINGS)
INVITATION = "event_invitation"  # done by recording her reply (events/guests.py)


class TaskTreeModel(QAbstractItemModel):
    """Groups with their items under them: the day's greeting batches, then the tasks of
    each kind, the most important first; cheap for many rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.groups: list[tuple[str, list[Item]]] = []
        self.headers = [tr("Customer"), tr("Due"), tr("Clerk"), tr("What to do")]
        self.bold = QFont()
        self.bold.setBold(True)

    def set_rows(self, rows: list[FollowUpRow], greetings: list[BatchRow]) -> None:
        self.beginResetModel()
        self.groups = [(GREETINGS, list(greetings))] if greetings else []
        self.groups += followups.grouped(rows)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        # internalId 0 is a group; n > 0 is a task of group n - 1.
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.headers)

    def item(self, index: Index) -> Item | None:
        """The task or batch at `index`; None for a group."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def task(self, index: Index) -> FollowUpRow | None:
        found = self.item(index)
        return found if isinstance(found, FollowUpRow) else None

    def batch(self, index: Index) -> BatchRow | None:
        found = self.item(index)
        return found if isinstance(found, BatchRow) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        found = self.item(index)
        if found is None:
            code, members = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                label = tr("Greetings to many") if code == GREETINGS else followups.kind_label(code)
                return f"{label} ({len(members)})"
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            return None
        if isinstance(found, BatchRow):
            return self._batch_data(found, index.column(), role)
        row = found
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.customer or followups.kind_label(row.kind),
                date_text(row.due_on),
                row.clerk,
                followups.reason(row),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return followups.reason(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() == 1:
            return QBrush(OVERDUE)
        return None

    @staticmethod
    def _batch_data(batch: BatchRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            whose = batch.clerk or tr("Nobody in charge")
            return (batch_title(batch), date_text(batch.on), whose, batch_size(batch))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return batch_size(batch)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


class BirthdayList(ListTab):
    """The month's birthdays of a birthday-list task; Enter opens the customer."""

    def __init__(self) -> None:
        super().__init__([tr("Date"), tr("Name"), tr("Phone"), tr("Calendar")], "birthdayList")
        self.customer_ids: list[int] = []

    def show_for(self, row: FollowUpRow) -> None:
        self.clear()
        found = followups.birthday_list(row)
        self.customer_ids = [b.customer_id for b in found]
        for birthday in found:
            self.model.appendRow(
                item_row(
                    (
                        date_text(birthday.on),
                        birthday.name,
                        session.phone_for(birthday.phone, row.clerk),
                        tr("Lunar") if birthday.lunar else tr("Solar"),
                    )
                )
            )
        self.footer.setText(trn("{n} birthday", "{n} birthdays", len(found)).format(n=len(found)))
        self.fit_columns()


class FollowUpsPage(QWidget):
    """The day's open care tasks of one clerk (or all), and what she does with each."""

    open_customer = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.current: FollowUpRow | None = None
        self.planning: Operation[rules.PlanResult] | None = None
        self.plan_again = False

        self.clerk = QComboBox()
        self.clerk.setObjectName("clerkFilter")
        self.clerk.addItem(tr("All clerks"), ALL_CLERKS)
        self.clerk.addItem(tr("Nobody in charge"), followups.UNASSIGNED)
        for person in roster.active_staff():
            self.clerk.addItem(person.name, person.id)
        kept = self.clerk.findData(preferences.store().value("followups/clerk", ALL_CLERKS, int))
        self.clerk.setCurrentIndex(max(kept, 0))
        self._select_signed_in_clerk()
        self.shown_today = clock.today()
        self.day = day_edit(self.shown_today)
        self.day.setObjectName("taskDay")
        self.refresh_button = QPushButton(tr("Plan again (F5)"))
        self.refresh_button.setObjectName("refreshButton")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Clerk")))
        top.addWidget(self.clerk)
        top.addWidget(QLabel(tr("Day")))
        top.addWidget(self.day)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.summary)

        self.model = TaskTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("taskTable")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.task_panel = self._detail_panel()
        self.batch_view = BatchView()
        self.detail = QStackedWidget()
        self.detail.addWidget(self.task_panel)
        self.detail.addWidget(self.batch_view)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.detail, 1)
        side_layout.addWidget(self.notice)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([760, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.clerk.currentIndexChanged.connect(self._clerk_chosen)
        self.day.dateChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.refresh)
        self.tree.selectionModel().currentChanged.connect(self._task_chosen)
        self.tree.activated.connect(self._activated)
        self.template.currentIndexChanged.connect(self._fill_message)
        self.birthdays.view.activated.connect(
            lambda index: self.open_customer.emit(self.birthdays.customer_ids[index.row()])
        )
        self.batch_view.told.connect(self.notice.setText)
        self.batch_view.sent.connect(self._batch_sent)
        for keys, slot in (
            ("F5", self.refresh),
            ("Ctrl+D", self.mark_done),
            ("Ctrl+K", self.skip),
            ("Ctrl+P", self.snooze),
            ("Ctrl+Shift+C", self.copy_message),
        ):
            QShortcut(QKeySequence(keys), self, slot)
        # Events plan their guests' tasks as they change: the list is only shown again.
        operations.subscribe(self, (*PLANNED_FROM, FOLLOWUPS, EVENTS), self._data_changed)
        self.reload()

    def _select_signed_in_clerk(self) -> bool:
        """A clerk who signs in sees her own list first; the owner keeps the one she chose
        (a clerk's list is shown, not kept as the PC's choice)."""
        person = session.current()
        if person is None or person.role != "clerk":
            return False
        with QSignalBlocker(self.clerk):
            self.clerk.setCurrentIndex(max(self.clerk.findData(person.id), 0))
        return True

    def show_signed_in_clerk(self) -> None:
        if self._select_signed_in_clerk():
            self.reload()

    def _detail_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("taskDetail")
        self.who = QLabel()
        self.who.setObjectName("taskCustomer")
        self.open_button = QPushButton(tr("Open card (Enter)"))
        self.open_button.setObjectName("openCardButton")
        self.open_button.clicked.connect(self._open_current)
        self.why = QLabel()
        self.why.setObjectName("taskReason")
        self.why.setWordWrap(True)

        self.template = QComboBox()
        self.template.setObjectName("templateChoice")
        self.message = QPlainTextEdit()
        self.message.setObjectName("messageEditor")
        # Four lines at the shop's font: at 16 pt the side panel's form would squeeze the
        # message to a line and a half, too little to read it before sending.
        self.message.setMinimumHeight(
            MESSAGE_LINES * self.message.fontMetrics().lineSpacing()
            + 2 * (self.message.frameWidth() + round(self.message.document().documentMargin()))
        )
        self.copy_button = QPushButton(tr("Copy message (Ctrl+Shift+C)"))
        self.copy_button.setObjectName("copyButton")
        self.copy_button.clicked.connect(self.copy_message)
        message_box = QWidget()
        message_layout = QVBoxLayout(message_box)
        message_layout.setContentsMargins(0, 0, 0, 0)
        message_layout.addWidget(self.template)
        message_layout.addWidget(self.message, 1)
        message_layout.addWidget(self.copy_button)
        self.birthdays = BirthdayList()
        self.body = QStackedWidget()
        self.body.addWidget(message_box)
        self.body.addWidget(self.birthdays)

        self.channel = combo(((c, channel_label(c)) for c in CONTACT_CHANNELS), blank=None)
        self.channel.setObjectName("channelChoice")
        self.reply = combo(((r, reply_label(r)) for r in REPLIES), blank=tr("Choose the reply"))
        self.reply.setObjectName("replyChoice")
        self.outcome = QLineEdit()
        self.outcome.setObjectName("outcomeEdit")
        self.outcome.setPlaceholderText(tr("What the customer said, or why it is skipped"))
        self.outcome.returnPressed.connect(self.mark_done)
        self.until = day_edit()
        self.until.setObjectName("snoozeUntil")
        self.task_form = form = QFormLayout()
        form.addRow(tr("Channel"), self.channel)
        form.addRow(tr("Reply"), self.reply)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow(tr("Snooze until"), self.until)
        self.done_button = QPushButton(tr("Done (Ctrl+D)"))
        self.done_button.setObjectName("saveButton")
        self.done_button.clicked.connect(self.mark_done)
        self.skip_button = QPushButton(tr("Skip (Ctrl+K)"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(self.skip)
        self.snooze_button = QPushButton(tr("Snooze (Ctrl+P)"))
        self.snooze_button.setObjectName("snoozeButton")
        self.snooze_button.clicked.connect(self.snooze)
        buttons = QHBoxLayout()
        for button in (self.done_button, self.skip_button, self.snooze_button):
            buttons.addWidget(button)

        head = QHBoxLayout()
        head.addWidget(self.who, 1)
        head.addWidget(self.open_button)
        layout = QVBoxLayout(panel)
        layout.addLayout(head)
        layout.addWidget(self.why)
        layout.addWidget(self.body, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return panel

    # --- the list ------------------------------------------------------------------------

    def clerk_id(self) -> int | None:
        chosen = self.clerk.currentData()
        return None if chosen == ALL_CLERKS else chosen

    def signing_clerk(self) -> int | None:
        """Who signs the messages: the chosen clerk, else each task's own clerk (she is the
        one the customer knows)."""
        return self.clerk_id() or None

    def _clerk_chosen(self) -> None:
        preferences.store().setValue("followups/clerk", self.clerk.currentData())
        self.reload()

    def refresh(self) -> None:
        """Plan again from today's data, then show the list."""
        rules.plan()
        self.reload()

    def _data_changed(self, change: Change) -> None:
        self._follow_the_day()
        if change.touches(PLANNED_FROM) and PLANNED not in change.topics:
            self.plan_in_background()
        else:
            self.reload()

    def _follow_the_day(self) -> None:
        """Past midnight, a list showing yesterday's "today" moves to the new today; a day
        the clerk chose herself stays."""
        today = clock.today()
        if today == self.shown_today:
            return
        if self.day.date().toPython() == self.shown_today:
            self.day.setDate(QDate(today))
        self.shown_today = today

    def plan_in_background(self) -> None:
        """Plan again on a worker, then show the list; a change meanwhile plans once more."""
        if self.planning is not None:
            self.plan_again = True
            return
        self.planning = operations.run_in_background(
            self, lambda _job: rules.plan(), on_done=self._planned, on_failed=self._not_planned
        )

    def _planned(self, _result: rules.PlanResult) -> None:
        self.planning = None
        if self.plan_again:
            self.plan_again = False
            self.plan_in_background()
        self.reload()

    def _not_planned(self, message: str) -> None:
        self.planning = None
        self.plan_again = False
        self.notice.setText(message)

    def reload(self) -> None:
        """Show the list as stored, keeping the place in it: the same task or batch, else
        the one now at its place."""
        place = self.tree.currentIndex()
        position = (place.parent().row(), place.row()) if place.isValid() else (-1, -1)
        kept = self.model.item(place)
        day = self.day.date().toPython()
        share = followups.day_share(day, self.clerk_id())
        rows = share.rows
        self.model.set_rows(rows, batches.batches_of(day, self.clerk_id()))
        self.tree.expandAll()
        for column in range(self.model.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        overdue = sum(1 for row in rows if row.overdue)
        summary = tr("{n} to do, {late} overdue")
        if share.waiting:
            summary = trn(
                "{n} to do, {late} overdue; {waiting} more waits for the next days",
                "{n} to do, {late} overdue; {waiting} more wait for the next days",
                share.waiting,
            )
        self.summary.setText(summary.format(n=len(rows), late=overdue, waiting=share.waiting))
        same = self._index_of(kept)
        if same is not None:
            self.tree.setCurrentIndex(same)
        else:
            self._select_near(*position)

    def _index_of(self, item: Item | None) -> QModelIndex | None:
        """Where the same task or batch is now, if it is still listed."""
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                found = self.model.item(index)
                if item is not None and type(found) is type(item) and found.id == item.id:
                    return index
        return None

    def _select_near(self, group: int, row: int) -> None:
        """Select the task now at the old place (the next one after a task is dealt with)."""
        groups = self.model.rowCount()
        if not groups:
            self._show_task(None)
            return
        group = min(max(group, 0), groups - 1)
        parent = self.model.index(group, 0)
        count = self.model.rowCount(parent)
        if count == 0:
            self.tree.setCurrentIndex(parent)
            return
        self.tree.setCurrentIndex(self.model.index(min(max(row, 0), count - 1), 0, parent))

    def _task_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        batch = self.model.batch(current)
        self._show_task(self.model.task(current))
        if batch is not None:
            self.batch_view.show_batch(batch)
        self.detail.setCurrentWidget(self.task_panel if batch is None else self.batch_view)

    def _batch_sent(self, words: str) -> None:
        """The batch leaves the list; its contacts are on the cards."""
        self.reload()
        self.notice.setText(words)
        operations.announce(FOLLOWUPS, source=self)
        self.tree.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        if self.model.task(index) is not None:
            self._open_current()

    def _open_current(self) -> None:
        if self.current is not None and self.current.customer_id is not None:
            self.open_customer.emit(self.current.customer_id)

    # --- one task ------------------------------------------------------------------------

    def _show_task(self, row: FollowUpRow | None) -> None:
        if row is not None and self.current is not None and row.id == self.current.id:
            # The same task after a refresh: its facts anew, what is typed for it kept.
            self.current = row
            self._show_facts(row)
            return
        self.current = row
        self.outcome.clear()
        self.reply.setCurrentIndex(0)
        for field in (self.outcome, self.until, self.reply):
            set_invalid(field, None)
        self.task_form.setRowVisible(self.reply, row is not None and row.kind == INVITATION)
        for widget in (
            self.done_button,
            self.skip_button,
            self.snooze_button,
            self.outcome,
            self.until,
            self.channel,
        ):
            widget.setEnabled(row is not None)
        self.open_button.setEnabled(row is not None and row.customer_id is not None)
        tomorrow = QDate(clock.today()).addDays(1)
        self.until.setMinimumDate(tomorrow)
        self.until.setDate(tomorrow)
        if row is None:
            self.who.setText(tr("Nothing to do here."))
            self.why.clear()
            self.template.clear()
            self.message.clear()
            return
        self._show_facts(row)
        self.channel.setCurrentIndex(self.channel.findData(followups.default_channel(row)))
        if row.kind == "birthday_list":
            self.body.setCurrentWidget(self.birthdays)
            self.birthdays.show_for(row)
            return
        self.body.setCurrentIndex(0)
        self.template.blockSignals(True)
        self.template.clear()
        for template in followups.templates_for(row):
            self.template.addItem(template.title, template.id)
        self.template.blockSignals(False)
        self._fill_message()

    def _show_facts(self, row: FollowUpRow) -> None:
        self.who.setText(
            " · ".join(p for p in (row.customer, session.phone_for(row.phone, row.clerk)) if p)
            or followups.kind_label(row.kind)
        )
        self.why.setText(followups.reason(row))

    def _fill_message(self) -> None:
        row = self.current
        template = messages.template(self.template.currentData())
        if row is None or template is None:
            self.message.setPlainText("")
            self.message.setPlaceholderText(
                tr("No message of this kind in the library yet: the owner adds one in Settings.")
            )
            return
        signer = self.clerk.currentText() if self.signing_clerk() else None
        self.message.setPlainText(followups.message(row, template, signer))

    def copy_message(self) -> None:
        text = self.message.toPlainText().strip()
        if not text:
            return
        QGuiApplication.clipboard().setText(text)
        self.notice.setText(tr("Message copied: paste it into WeChat or a text message."))

    def _act(self, action: Any, success: str, topics: tuple[str, ...] = (FOLLOWUPS,)) -> None:
        """Run one domain action on the current task, showing a refusal in place."""
        if self.current is None:
            return
        try:
            action(self.current.id)
        except ValidationError as exc:
            fields = {"until": self.until, "reply": self.reply}
            field = next((fields[name] for name in exc.errors if name in fields), self.outcome)
            set_invalid(field, str(exc))
            self.notice.setText(str(exc))
            field.setFocus()
            return
        except ShopError as exc:
            self.notice.setText(str(exc))
            self.reload()
            return
        done = self.current
        name = done.customer or followups.kind_label(done.kind)
        self.reload()
        self.notice.setText(success.format(name=name))
        operations.announce(*topics, customers=[done.customer_id], source=self)
        self.tree.setFocus()

    def mark_done(self) -> None:
        if self.current is not None and self.current.kind == INVITATION:
            self.record_reply(self.current)
            return
        self._act(
            lambda task_id: followups.complete(
                task_id,
                self.outcome.text(),
                channel=self.channel.currentData(),
                message_text=self.message.toPlainText(),
                staff_id=session.clerk_id() or self.signing_clerk(),
            ),
            tr("Done: {name}. The contact is on the card."),
        )

    def record_reply(self, row: FollowUpRow) -> None:
        """Her answer to the invitation goes on the guest list; that closes the task, logs
        the contact and, for a yes, plans the reminder the day before."""
        self._act(
            lambda _task_id: guests.record_reply(
                session.actor(),
                followups.guest_of(row),
                self.reply.currentData(),
                channel=self.channel.currentData(),
                note=self.outcome.text().strip(),
                message_text=self.message.toPlainText(),
            ),
            tr("Reply recorded: {name}. The contact is on the card."),
            (FOLLOWUPS, EVENTS),
        )

    def skip(self) -> None:
        self._act(
            lambda task_id: followups.skip(task_id, self.outcome.text(), self.signing_clerk()),
            tr("Skipped: {name}."),
        )

    def snooze(self) -> None:
        self._act(
            lambda task_id: followups.snooze(task_id, self.until.date().toPython()),
            tr("Snoozed: {name}."),
        )

"""The owner's staff: who works here and who has left, adding a clerk with her PIN,
renaming, a new PIN for one who forgot hers, and a clerk who leaves handed over.

Each small form saves only on Save, so Cancel leaves the shop exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.phones import display_phone
from shopcrm.staff import accounts, permissions, roster
from shopcrm.storage.models import Staff
from shopcrm.ui import operations
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import CUSTOMERS, FOLLOWUPS
from shopcrm.ui.rows_model import Index, RowsModel
from shopcrm.ui.staff.owner_password import secret_kind
from shopcrm.ui.widgets import FieldForm, call_domain, combo, dialog_buttons, dialog_layout


def role_words(role: str) -> str:
    return tr("Owner") if role == "owner" else tr("Clerk")


def may_sign_in(person: Staff) -> bool:
    """Whether she can sign in now: still here, with a PIN or password."""
    return bool(person.active and person.secret)


class StaffTableModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [tr("Name"), tr("Role"), tr("Phone"), tr("Status"), tr("Can sign in")], parent
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.rows[index.row()]
        return (
            person.name,
            role_words(person.role),
            display_phone(person.phone),
            self._status(person),
            tr("yes") if may_sign_in(person) else tr("no"),
        )[index.column()]

    @staticmethod
    def _status(person: Staff) -> str:
        if person.active:
            return tr("Active")
        if person.left_at is None:
            return tr("Left")
        return tr("Left on {date}").format(date=date_text(person.left_at.date()))


def pin_line() -> QLineEdit:
    """A line for a PIN: digits only, at most six, hidden as they are typed."""
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    secret_kind(line, pin=True)
    line.setPlaceholderText(tr("4 to 6 digits"))
    return line


def same_pin(pin: str, again: str) -> None:
    if pin != again:
        raise ValidationError(
            {"pin_again": tr("The two PINs are not the same. Type the same one twice.")}
        )


class StaffForm(QDialog):
    """A small form over one accounts call, made by `save` from the values typed: its
    errors beside their fields, what was typed kept, nothing saved before Save.
    `saved` is what the call returned, once it succeeded."""

    def __init__(
        self,
        name: str,
        title: str,
        save: Callable[[dict[str, Any]], Staff],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.fields = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.saved: Staff | None = None
        self._save = save
        dialog_layout(self, [self.fields, self.message], dialog_buttons(self, self.save))
        self.setMinimumWidth(360)

    def add(self, name: str, label: str, widget: QLineEdit) -> QLineEdit:
        self.form.add(self.fields, name, widget, label)
        return widget

    def save(self) -> None:
        self.saved = call_domain(lambda: self._save(self.form.values()), self.show_errors)
        if self.saved is not None:
            self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.message.setText(errors.get("", ""))
        self.message.setVisible("" in errors)
        self.adjustSize()
        widget = self.form.first_invalid(errors)
        if widget is not None:
            widget.setFocus()


class DeactivateDialog(QDialog):
    """A clerk who leaves: who takes over her customers and open follow-ups, and how many
    move, said before anything does. `hand_over` is what moved, once it is done."""

    def __init__(self, actor: Staff, leaving: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deactivateDialog")
        self.setWindowTitle(tr("Deactivate {name}").format(name=leaving.name))
        self.actor = actor
        self.leaving = leaving
        self.hand_over: accounts.HandOver | None = None
        handing = accounts.hand_over_of(leaving.id)
        self.customers, self.follow_ups = handing.customers, handing.follow_ups
        others = [p for p in roster.active_staff() if p.id != leaving.id]
        self.successor = combo(  # another clerk first: the owner is seldom the one to call
            ((p.id, p.name) for p in sorted(others, key=lambda p: p.role == "owner")), blank=None
        )
        self.form = FieldForm()
        fields = QFormLayout()
        self.form.add(fields, "successor", self.successor, tr("Takes over"))
        self.successor.setObjectName("successor")
        self.summary = QLabel()
        self.summary.setObjectName("handOverSummary")
        self.summary.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.deactivate_button = buttons.addButton(
            tr("Deactivate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.deactivate_button.setObjectName("deactivateConfirm")
        buttons.accepted.connect(self.deactivate)
        buttons.rejected.connect(self.reject)
        dialog_layout(self, [fields, self.summary, self.message], buttons)
        self.successor.currentIndexChanged.connect(self._describe)
        self._describe()
        self.setMinimumWidth(460)

    def _describe(self) -> None:
        self.summary.setText(
            tr(
                "{name} will no longer be able to sign in. The {customers} and {follow_ups} "
                "move to {successor}. Sales, contacts and the audit trail keep the name."
            ).format(
                name=self.leaving.name,
                customers=trn("{n} customer", "{n} customers", self.customers).format(
                    n=self.customers
                ),
                follow_ups=trn("{n} open follow-up", "{n} open follow-ups", self.follow_ups).format(
                    n=self.follow_ups
                ),
                successor=self.successor.currentText(),
            )
        )

    def deactivate(self) -> None:
        self.hand_over = call_domain(
            lambda: accounts.deactivate(self.actor, self.leaving.id, self.successor.currentData()),
            self.show_errors,
        )
        if self.hand_over is not None:
            self.accept()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.message.setText(errors.get("", ""))
        self.message.setVisible("" in errors)
        self.adjustSize()


class StaffDialog(QDialog):
    """The owner's list of staff and what she does with it, as `actor`; a clerk sees the
    list with every action greyed out and the reason as its tooltip.

    `staff_changed` is emitted after each change, for screens that list the staff.
    """

    staff_changed = Signal()

    def __init__(self, actor: Staff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffDialog")
        self.setWindowTitle(tr("Staff"))
        self.actor = actor
        self.model = StaffTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.add_button = QPushButton(tr("Add clerk…"))
        self.add_button.setObjectName("addClerkButton")
        self.rename_button = QPushButton(tr("Rename…"))
        self.rename_button.setObjectName("renameButton")
        self.pin_button = QPushButton(tr("New PIN…"))
        self.pin_button.setObjectName("newPinButton")
        self.deactivate_button = QPushButton(tr("Deactivate…"))
        self.deactivate_button.setObjectName("deactivateButton")
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.pin_button,
            self.deactivate_button,
        ):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        layout.addWidget(dialog_buttons(self))
        self.add_button.clicked.connect(self.add_clerk)
        self.rename_button.clicked.connect(self.rename)
        self.pin_button.clicked.connect(self.new_pin)
        self.deactivate_button.clicked.connect(self.deactivate)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(720, 420)
        self.load()

    def load(self, chosen_id: int | None = None) -> None:
        """Read the staff again, keeping `chosen_id` (else the one chosen) selected."""
        if chosen_id is None and self.selected() is not None:
            chosen_id = self.selected().id
        self.model.set_rows(accounts.everyone())
        for row, person in enumerate(self.model.rows):
            if person.id == chosen_id:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> Staff | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        """Grey out what cannot be done to the one chosen, saying why."""
        person = self.selected()
        may = permissions.allowed(self.actor, "staff")
        refused = "" if may else permissions.refusal("staff")
        clerk_here = person is not None and person.role == "clerk" and person.active
        why_not = refused
        if may and person is not None and person.role == "owner":
            why_not = tr("The owner cannot be deactivated.")
        elif may and person is not None and not person.active:
            why_not = tr("{name} has left already.").format(name=person.name)
        self.add_button.setEnabled(may)
        self.add_button.setToolTip(refused)
        self.rename_button.setEnabled(may and person is not None)
        self.rename_button.setToolTip(refused)
        self.pin_button.setEnabled(may and clerk_here)
        self.pin_button.setToolTip(
            tr("The owner signs in with a password, not a PIN.")
            if may and person is not None and person.role == "owner"
            else why_not
        )
        self.deactivate_button.setEnabled(may and clerk_here)
        self.deactivate_button.setToolTip(why_not)

    def _open(self, dialog: QDialog, done: Callable[[], None]) -> None:
        dialog.accepted.connect(done)
        dialog.open()

    def add_clerk(self) -> StaffForm:
        def save(values: dict[str, Any]) -> Staff:
            same_pin(values["pin"], values["pin_again"])
            return accounts.add_clerk(self.actor, values["name"], values["pin"])

        form = StaffForm("addClerkDialog", tr("Add a clerk"), save, self)
        form.add("name", tr("Name"), QLineEdit())
        form.add("pin", tr("PIN"), pin_line())
        form.add("pin_again", tr("PIN again"), pin_line())
        self._open(
            form,
            lambda: self._changed(
                form.saved,
                tr("{name} can sign in now with the new PIN.").format(name=form.saved.name),
            ),
        )
        return form

    def rename(self) -> StaffForm | None:
        person = self.selected()
        if person is None:
            return None
        form = StaffForm(
            "renameDialog",
            tr("Rename {name}").format(name=person.name),
            lambda values: accounts.rename(self.actor, person.id, values["name"]),
            self,
        )
        form.add("name", tr("New name"), QLineEdit(person.name))

        def renamed() -> None:
            self._changed(
                form.saved,
                tr("{old} is now called {new}.").format(old=person.name, new=form.saved.name),
            )
            operations.announce(CUSTOMERS, FOLLOWUPS, source=self)

        self._open(form, renamed)
        return form

    def new_pin(self) -> StaffForm | None:
        person = self.selected()
        if person is None:
            return None

        def save(values: dict[str, Any]) -> Staff:
            same_pin(values["pin"], values["pin_again"])
            accounts.set_pin(self.actor, person.id, values["pin"])
            return person

        form = StaffForm(
            "newPinDialog", tr("New PIN for {name}").format(name=person.name), save, self
        )
        form.add("pin", tr("New PIN"), pin_line())
        form.add("pin_again", tr("PIN again"), pin_line())
        self._open(
            form,
            lambda: self._changed(
                person, tr("{name} signs in with the new PIN now.").format(name=person.name)
            ),
        )
        return form

    def deactivate(self) -> DeactivateDialog | None:
        person = self.selected()
        if person is None:
            return None
        dialog = DeactivateDialog(self.actor, person, self)

        def done() -> None:
            moved = dialog.hand_over
            self._changed(
                person,
                tr(
                    "{name} is deactivated: {customers} and {follow_ups} went to {successor}."
                ).format(
                    name=person.name,
                    customers=trn("{n} customer", "{n} customers", moved.customers).format(
                        n=moved.customers
                    ),
                    follow_ups=trn(
                        "{n} open follow-up", "{n} open follow-ups", moved.follow_ups
                    ).format(n=moved.follow_ups),
                    successor=dialog.successor.currentText(),
                ),
            )
            operations.announce(CUSTOMERS, FOLLOWUPS, source=self)

        self._open(dialog, done)
        return dialog

    def _changed(self, person: Staff, message: str) -> None:
        self.notice.setText(message)
        self.load(person.id)
        self.staff_changed.emit()

"""Registering a customer at the counter: name and phone, birthday if she offers it.

The phone is checked as it is typed: if it is already registered, the dialog
names that customer and offers to open her instead of making a duplicate.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import by_gender, tr
from shopcrm.customers import profiles
from shopcrm.staff import roster
from shopcrm.storage.models import Customer
from shopcrm.ui import operations
from shopcrm.ui.operations import CUSTOMERS
from shopcrm.ui.widgets import FieldForm, combo


class QuickAddDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, clerk_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAddDialog")
        self.setWindowTitle(tr("New customer"))
        self.created: Customer | None = None
        self.existing: Customer | None = None

        self.name = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(tr("e.g. 138 1234 5678"))
        self.birthday = QLineEdit()
        self.birthday.setPlaceholderText(tr("optional, e.g. 1990-05-03"))
        self.clerk = combo(((s.id, s.name) for s in roster.active_staff()), blank=tr("(none)"))
        self.clerk.setCurrentIndex(max(self.clerk.findData(clerk_id), 0))
        self.referrer = QLineEdit()
        self.referrer.setPlaceholderText(
            tr("optional: phone or number of the friend who brought this customer")
        )

        form = QFormLayout()
        self.form = FieldForm()
        self.form.add(form, "name", self.name)
        self.form.add(form, "phone", self.phone)
        self.duplicate = QLabel()
        self.duplicate.setObjectName("duplicateNotice")
        self.duplicate.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate.setWordWrap(True)
        self.duplicate.linkActivated.connect(self._open_existing)
        self.duplicate.hide()
        form.addRow("", self.duplicate)
        self.form.add(form, "birth_date", self.birthday)
        self.form.add(form, "clerk", self.clerk)
        self.form.add(form, "referred_by", self.referrer)

        privacy = QLabel(
            tr(
                "Only a name and phone are needed. What the customer tells us stays in "
                "this shop and is never shared."
            )
        )
        privacy.setObjectName("hint")
        privacy.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(privacy)
        layout.addWidget(buttons)
        self.phone.textChanged.connect(self._check_phone)
        self.setMinimumWidth(440)

    def _check_phone(self, text: str) -> None:
        self.existing = profiles.find_by_phone(text)
        if self.existing is None:
            self.duplicate.hide()
            return
        self.duplicate.setText(
            by_gender(
                self.existing.gender,
                tr("Already registered: {name} ({number}). <a href='open'>Open her card</a>"),
                tr("Already registered: {name} ({number}). <a href='open'>Open his card</a>"),
                tr("Already registered: {name} ({number}). <a href='open'>Open the card</a>"),
            ).format(name=self.existing.name, number=self.existing.number)
        )
        self.duplicate.show()
        self.adjustSize()

    def _open_existing(self) -> None:
        self.done(QDialog.DialogCode.Accepted)

    def _referrer_id(self) -> int | None:
        text = self.referrer.text().strip()
        if not text:
            return None
        found = profiles.find_by_phone_or_number(text)
        if found is None:
            raise ValidationError({"referred_by": tr("No customer has this phone or number.")})
        return found.id

    def save(self) -> None:
        try:
            self.created = profiles.quick_add(
                self.name.text(),
                self.phone.text(),
                self.birthday.text().strip() or None,
                clerk_id=self.clerk.currentData(),
                referred_by_id=self._referrer_id(),
            )
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            widget = self.form.first_invalid(exc.errors)
            if widget is not None:
                widget.setFocus()
            return
        self.existing = None
        operations.announce(CUSTOMERS, customers=[self.created.id], source=self)
        self.accept()

    def chosen_id(self) -> int | None:
        """The customer to open after the dialog: the new one, or the duplicate found."""
        if self.created is not None:
            return self.created.id
        return self.existing.id if self.existing is not None else None

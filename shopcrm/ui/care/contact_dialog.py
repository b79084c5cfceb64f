"""Logging a call, message, visit or gift by hand, from her card."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from shopcrm.care import contacts
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers.labels import channel_label
from shopcrm.customers.profiles import get_customer
from shopcrm.storage.models import CONTACT_CHANNELS, CONTACT_KINDS
from shopcrm.ui import session
from shopcrm.ui.widgets import FieldForm, clerk_combo, combo, form_dialog_layout


class ContactDialog(QDialog):
    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactDialog")
        customer = get_customer(customer_id)
        self.setWindowTitle(tr("Log a contact with {name}").format(name=customer.name))
        self.customer_id = customer_id
        self.channel = combo(((c, channel_label(c)) for c in CONTACT_CHANNELS), blank=None)
        self.channel.setCurrentIndex(
            max(self.channel.findData(customer.preferred_channel or "phone"), 0)
        )
        self.kind = combo(((k, contacts.kind_label(k)) for k in CONTACT_KINDS), blank=None)
        self.kind.setCurrentIndex(self.kind.findData("follow_up"))
        self.clerk = clerk_combo()
        self.clerk.setCurrentIndex(
            max(self.clerk.findData(session.clerk_id() or customer.clerk_id), 0)
        )
        self.outcome = QLineEdit()
        self.outcome.setPlaceholderText(tr("e.g. the coat fits well; wants a matching scarf"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(tr("The message sent, or anything to remember"))
        self.form = FieldForm()
        layout = QFormLayout()
        self.form.add(layout, "channel", self.channel, tr("Channel"))
        self.form.add(layout, "kind", self.kind, tr("About"))
        self.form.add(layout, "staff", self.clerk, tr("Clerk"))
        self.form.add(layout, "outcome", self.outcome, tr("Outcome"))
        self.form.add(layout, "note", self.note, tr("Note"))
        form_dialog_layout(self, layout, self.save)

    def save(self) -> None:
        try:
            contacts.log_contact(
                self.customer_id,
                self.channel.currentData(),
                self.kind.currentData(),
                self.outcome.text(),
                self.note.toPlainText(),
                self.clerk.currentData(),
            )
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.accept()

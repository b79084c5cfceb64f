"""The trash: deleted customers the owner can bring back."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.phones import display_phone
from shopcrm.customers import profiles
from shopcrm.storage.models import Customer
from shopcrm.ui import operations
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.operations import CUSTOMERS


class TrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(tr("Trash"))
        self.resize(640, 420)
        self.list = ListTab([tr("No."), tr("Name"), tr("Phone"), tr("Deleted")], "trashList")
        self.message = QLabel()
        self.message.setObjectName("notice")
        restore = QPushButton(tr("Restore"))
        restore.setObjectName("restoreButton")
        close = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(restore)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        restore.clicked.connect(self.restore)
        close.clicked.connect(self.accept)
        self.rows: list[Customer] = []
        self.restored: list[int] = []
        self.load()

    def load(self) -> None:
        self.list.clear()
        self.rows = profiles.trash()
        locale = QLocale()
        for customer in self.rows:
            self.list.model.appendRow(
                item_row(
                    (
                        customer.number,
                        customer.name,
                        display_phone(customer.phone),
                        locale.toString(customer.deleted_at, QLocale.FormatType.ShortFormat),
                    )
                )
            )
        self.list.footer.setText(
            trn("{n} customer in the trash", "{n} customers in the trash", len(self.rows)).format(
                n=len(self.rows)
            )
        )

    def restore(self) -> None:
        index = self.list.view.currentIndex()
        if not index.isValid():
            self.message.setText(tr("Choose a customer to restore."))
            return
        customer = self.rows[index.row()]
        try:
            profiles.restore_customer(customer.id)
        except ShopError as exc:
            self.message.setText(str(exc))
            return
        self.restored.append(customer.id)
        operations.announce(CUSTOMERS, customers=[customer.id], source=self)
        self.message.setText(tr("{name} is back in the list.").format(name=customer.name))
        self.load()

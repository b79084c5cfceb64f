"""The trash: deleted customers the owner can bring back, and merges she can undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.phones import display_phone
from shopcrm.customers import merge, profiles
from shopcrm.storage.models import Customer
from shopcrm.ui import operations, session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import CUSTOMERS


class TrashDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(tr("Trash"))
        self.resize(640, 420)
        self.list = ListTab([tr("No."), tr("Name"), tr("Phone"), tr("Deleted")], "trashList")
        self.merged = ListTab(
            [tr("Merged"), tr("Kept"), tr("Merged into it"), tr("Undone")], "mergeList"
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.list, tr("Deleted customers"))
        self.tabs.addTab(self.merged, tr("Merges"))
        self.message = QLabel()
        self.message.setObjectName("notice")
        self.message.setWordWrap(True)
        restore = QPushButton(tr("Restore"))
        restore.setObjectName("restoreButton")
        self.undo_button = QPushButton(tr("Undo the merge"))
        self.undo_button.setObjectName("undoMergeButton")
        close = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(restore)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        restore.clicked.connect(self.restore)
        self.undo_button.clicked.connect(self.undo_merge)
        close.clicked.connect(self.accept)
        self.tabs.currentChanged.connect(
            lambda page: (restore.setVisible(page == 0), self.undo_button.setVisible(page == 1))
        )
        self.undo_button.setVisible(False)
        self.rows: list[Customer] = []
        self.merges: list[merge.MergeEntry] = []
        self.restored: list[int] = []
        self.load()

    def load(self) -> None:
        self.list.clear()
        self.rows = profiles.trash()
        for customer in self.rows:
            self.list.model.appendRow(
                item_row(
                    (
                        customer.number,
                        customer.name,
                        display_phone(customer.phone),
                        date_text(customer.deleted_at),
                    )
                )
            )
        self.list.footer.setText(
            trn("{n} customer in the trash", "{n} customers in the trash", len(self.rows)).format(
                n=len(self.rows)
            )
        )
        self.merged.clear()
        self.merges = merge.merges()
        for entry in self.merges:
            self.merged.model.appendRow(
                item_row(
                    (
                        date_text(entry.at),
                        entry.survivor,
                        entry.absorbed,
                        tr("yes") if entry.undone else "",
                    )
                )
            )
        self.merged.fit_columns()

    def restore(self) -> None:
        index = self.list.view.currentIndex()
        if not index.isValid():
            self.message.setText(tr("Choose a customer to restore."))
            return
        customer = self.rows[index.row()]
        try:
            profiles.restore_customer(session.actor(), customer.id)
        except ShopError as exc:
            self.message.setText(str(exc))
            return
        self.restored.append(customer.id)
        operations.announce(CUSTOMERS, customers=[customer.id], source=self)
        self.message.setText(tr("{name} is back in the list.").format(name=customer.name))
        self.load()

    def undo_merge(self) -> None:
        index = self.merged.view.currentIndex()
        if not index.isValid():
            self.message.setText(tr("Choose a merge to undo."))
            return
        entry = self.merges[index.row()]
        try:
            survivor, absorbed = merge.undo_merge(session.actor(), entry.id)
        except ShopError as exc:
            self.message.setText(str(exc))
            return
        self.restored.append(absorbed.id)
        operations.announce(CUSTOMERS, customers=[survivor.id, absorbed.id], source=self)
        self.message.setText(
            tr("{absorbed} and {survivor} are two customers again.").format(
                absorbed=absorbed.name, survivor=survivor.name
            )
        )
        self.load()

"""Read-only views of her history: purchases with their items, complaints, contacts, tiers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care.contacts import kind_label as contact_kind_label
from shopcrm.complaints.labels import (
    complaint_category_label,
    complaint_progress_label,
    complaint_status_label,
)
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.customers import history, privacy
from shopcrm.customers.labels import channel_label
from shopcrm.sales import returns
from shopcrm.sales.payments import payment_label
from shopcrm.storage.models import Purchase
from shopcrm.ui import session
from shopcrm.ui.care.contact_dialog import ContactDialog
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import call_domain


def item_row(values: Iterable[object], right: Sequence[int] = ()) -> list[QStandardItem]:
    items = []
    for column, value in enumerate(values):
        item = QStandardItem("" if value is None else str(value))
        item.setEditable(False)
        if column in right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items.append(item)
    return items


class ListTab(QWidget):
    """A tree over a QStandardItemModel, with a line of totals under it."""

    def __init__(self, headers: list[str], name: str) -> None:
        super().__init__()
        self.model = QStandardItemModel(0, len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        self.view = QTreeView()
        self.view.setObjectName(name)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.footer = QLabel()
        self.footer.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.footer)

    def clear(self) -> None:
        self.model.removeRows(0, self.model.rowCount())

    def fit_columns(self) -> None:
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)


class PurchasesTab(ListTab):
    """Her sales with their items; a sale's receipt prints again, and a whole sale comes back."""

    changed = Signal()  # a sale came back: her figures changed

    def __init__(self) -> None:
        super().__init__(
            [
                tr("Date"),
                tr("Item"),
                tr("Size"),
                tr("Colour"),
                tr("Qty"),
                tr("Amount"),
                tr("Discount"),
                tr("Paid"),
                tr("Paid by"),
                tr("Points"),
                tr("Clerk"),
            ],
            "purchaseTree",
        )
        self.customer_id: int | None = None
        self.receipt_button = QPushButton(tr("Receipt…"))
        self.receipt_button.setObjectName("receiptButton")
        self.receipt_button.clicked.connect(self.print_receipt)
        self.return_button = QPushButton(tr("Return this sale…"))
        self.return_button.setObjectName("returnSaleButton")
        self.return_button.clicked.connect(self.return_chosen)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.receipt_button)
        row.addWidget(self.return_button)
        row.addWidget(self.problem, 1)
        self.layout().addLayout(row)

    def chosen_sale(self) -> int | None:
        """The sale of the selected line (an item's line names its sale)."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        top = index.parent() if index.parent().isValid() else index
        return self.model.item(top.row(), 0).data(Qt.ItemDataRole.UserRole)

    def print_receipt(self) -> None:
        from shopcrm.ui.printing import receipt_page

        sale_id = self.chosen_sale()
        if sale_id is not None:
            receipt_page.print_receipt(self, sale_id)

    def return_chosen(self) -> None:
        sale_id = self.chosen_sale()
        if sale_id is None:
            self.problem.setText(tr("Choose the sale that comes back."))
            return
        sale = Purchase.get_by_id(sale_id)
        asked = QMessageBox.question(
            self,
            tr("Return this sale"),
            tr(
                "Take back the whole sale of {date} ({total})? Everything it took comes "
                "back: the money, the balance, the points and the vouchers."
            ).format(date=date_text(sale.date), total=money(sale.total)),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        back = call_domain(
            lambda: returns.return_sale(sale_id, clerk_id=session.clerk_id()),
            lambda errors: self.problem.setText(" ".join(errors.values())),
        )
        if back is not None:
            self.problem.setText(returned_words(back))
            self.show_for(sale.customer_id)
            self.changed.emit()

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.clear()
        sales = history.purchases(customer_id)
        came_back = {v.purchase.returned_from_id for v in sales if v.purchase.returned_from_id}
        for view in sales:
            sale = view.purchase
            summary = trn("{n} pc", "{n} pcs", sum(i.quantity for i in view.items)).format(
                n=sum(i.quantity for i in view.items)
            )
            if sale.id in came_back:
                summary = tr("{items}, returned").format(items=summary)
            parent = item_row(
                (
                    date_text(sale.date),
                    summary,
                    "",
                    "",
                    "",
                    money(sale.subtotal),
                    money(sale.discount),
                    money(sale.total),
                    payment_label(sale.payment),
                    sale.points,
                    sale.clerk.name if sale.clerk_id else "",
                ),
                right=(5, 6, 7, 9),
            )
            parent[0].setData(sale.id, Qt.ItemDataRole.UserRole)
            for item in view.items:
                label = " ".join(part for part in (item.style_no, item.description) if part)
                parent[0].appendRow(
                    item_row(
                        (
                            "",
                            label,
                            item.size,
                            item.colour,
                            item.quantity,
                            money(item.unit_price * item.quantity),
                        ),
                        right=(4, 5),
                    )
                )
            self.model.appendRow(parent)
        total = sum((v.purchase.total for v in sales), start=0)
        self.footer.setText(
            trn("{n} sale, {total} in all", "{n} sales, {total} in all", len(sales)).format(
                n=len(sales), total=money(total)
            )
        )
        self.view.expandAll()
        self.fit_columns()


def returned_words(back: returns.Returned) -> str:
    """What the return gave back, to tell her."""
    parts = [tr("Give back {money}.").format(money=money(back.money_back))]
    if back.balance_back:
        parts.append(tr("{amount} is back on the balance.").format(amount=money(back.balance_back)))
    if back.points_back:
        parts.append(tr("{n} points are back.").format(n=f"{back.points_back:,}"))
    if back.vouchers_back:
        parts.append(
            tr("These vouchers can be used again: {codes}.").format(
                codes=", ".join(back.vouchers_back)
            )
        )
    return " ".join(parts)


class ComplaintsTab(ListTab):
    """Her complaints; opening one shows every step's record, from where it can be resumed."""

    def __init__(self) -> None:
        super().__init__(
            [tr("Opened"), tr("Category"), tr("Step"), tr("Status"), tr("In the customer's words")],
            "complaintList",
        )
        self.customer_id: int | None = None
        self.view.activated.connect(self.open_complaint)

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.clear()
        found = history.complaints(customer_id)
        for complaint in found:
            row = item_row(
                (
                    date_text(complaint.opened_at.date()),
                    complaint_category_label(complaint.category),
                    complaint_progress_label(complaint.current_step),
                    complaint_status_label(complaint.status),
                    complaint.description,
                )
            )
            row[0].setData(complaint.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.footer.setText(trn("{n} complaint", "{n} complaints", len(found)).format(n=len(found)))
        self.fit_columns()

    def open_complaint(self, index: QModelIndex) -> None:
        from shopcrm.ui.complaints.complaint_record import show_complaint

        complaint_id = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        show_complaint(complaint_id, self, lambda: self.show_for(self.customer_id))


def _consent_words(history: list[privacy.Consent]) -> str:
    """Her consent to messages in one line per change, newest last."""
    if not history:
        return tr("Messages: not asked yet, or declined at registration.")
    lines = []
    for event in history:
        said = tr("agreed to messages") if event.given else tr("withdrew from messages")
        who = f" ({event.who})" if event.who else ""
        lines.append(f"{event.at:%Y-%m-%d %H:%M} {said}{who}")
    return "\n".join(lines)


class ContactsTab(ListTab):
    """Her calls, messages, visits and gifts; one made outside the to-do list is added here."""

    def __init__(self) -> None:
        super().__init__(
            [tr("When"), tr("Channel"), tr("About"), tr("Clerk"), tr("Outcome"), tr("Note")],
            "contactList",
        )
        self.customer_id: int | None = None
        # Her consent to messages, as a history: when, before whom, how (PIPL).
        self.consent = QLabel()
        self.consent.setObjectName("consentHistory")
        self.consent.setWordWrap(True)
        self.layout().insertWidget(0, self.consent)
        self.add_button = QPushButton(tr("Add contact…"))
        self.add_button.setObjectName("addContactButton")
        self.add_button.clicked.connect(self.add_contact)
        self.layout().addWidget(self.add_button)

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.consent.setText(_consent_words(privacy.consent_history(customer_id)))
        self.clear()
        found = history.contacts(customer_id)
        for contact in found:
            self.model.appendRow(
                item_row(
                    (
                        date_text(contact.at.date()),
                        channel_label(contact.channel),
                        contact_kind_label(contact.kind),
                        contact.staff.name if contact.staff_id else "",
                        contact.outcome,
                        contact.note,
                    )
                )
            )
        self.footer.setText(trn("{n} contact", "{n} contacts", len(found)).format(n=len(found)))
        self.fit_columns()

    def add_contact(self) -> ContactDialog | None:
        if self.customer_id is None:
            return None
        dialog = ContactDialog(self.customer_id, self)
        dialog.accepted.connect(lambda: self.show_for(dialog.customer_id))
        dialog.open()
        return dialog

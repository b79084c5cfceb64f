"""Read-only views of her history: purchases with their items, complaints, contacts, tiers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from shopcrm import history
from shopcrm.formatting import money
from shopcrm.i18n import tr
from shopcrm.labels import channel_label, complaint_status_label


def item_row(values: Iterable[object], right: Sequence[int] = ()) -> list[QStandardItem]:
    items = []
    for column, value in enumerate(values):
        item = QStandardItem("" if value is None else str(value))
        item.setEditable(False)
        if column in right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        items.append(item)
    return items


def date_text(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""


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


class PurchasesTab(ListTab):
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
                tr("Points"),
                tr("Clerk"),
            ],
            "purchaseTree",
        )

    def show_for(self, customer_id: int) -> None:
        self.clear()
        sales = history.purchases(customer_id)
        for view in sales:
            sale = view.purchase
            summary = tr("{n} pcs").format(n=sum(i.quantity for i in view.items))
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
                    sale.points,
                    sale.clerk.name if sale.clerk_id else "",
                ),
                right=(5, 6, 7, 8),
            )
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
            tr("{n} sales, {total} in all").format(n=len(sales), total=money(total))
        )
        self.view.expandAll()
        for column in range(self.model.columnCount()):
            self.view.resizeColumnToContents(column)


class ComplaintsTab(ListTab):
    def __init__(self) -> None:
        super().__init__(
            [tr("Opened"), tr("Category"), tr("Step"), tr("Status"), tr("What she said")],
            "complaintList",
        )

    def show_for(self, customer_id: int) -> None:
        self.clear()
        found = history.complaints(customer_id)
        for complaint in found:
            self.model.appendRow(
                item_row(
                    (
                        date_text(complaint.opened_at.date()),
                        complaint.category,
                        f"{complaint.current_step}/9",
                        complaint_status_label(complaint.status),
                        complaint.description,
                    )
                )
            )
        self.footer.setText(tr("{n} complaints").format(n=len(found)))


class ContactsTab(ListTab):
    def __init__(self) -> None:
        super().__init__(
            [tr("When"), tr("Channel"), tr("Clerk"), tr("Outcome"), tr("Note")], "contactList"
        )

    def show_for(self, customer_id: int) -> None:
        self.clear()
        found = history.contacts(customer_id)
        for contact in found:
            self.model.appendRow(
                item_row(
                    (
                        date_text(contact.at.date()),
                        channel_label(contact.channel),
                        contact.staff.name if contact.staff_id else "",
                        contact.outcome,
                        contact.note,
                    )
                )
            )
        self.footer.setText(tr("{n} contacts").format(n=len(found)))


class TierHistoryTab(ListTab):
    def __init__(self) -> None:
        super().__init__([tr("When"), tr("From"), tr("To"), tr("Why")], "tierHistory")

    def show_for(self, customer_id: int) -> None:
        self.clear()
        for change in history.tier_changes(customer_id):
            self.model.appendRow(
                item_row(
                    (
                        date_text(change.changed_at.date()),
                        change.from_tier.name if change.from_tier_id else "",
                        change.to_tier.name if change.to_tier_id else "",
                        change.reason,
                    )
                )
            )

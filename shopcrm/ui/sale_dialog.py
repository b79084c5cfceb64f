"""Recording a sale at the counter: item rows, discounts shown as they apply, one save.

The price is worked out by the domain (tier discount, birthday discount) as the
rows are typed, so the clerk sees what the customer pays before saving.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm import clock, history, sales, staff
from shopcrm.customers import get_customer
from shopcrm.errors import ShopError, ValidationError
from shopcrm.formatting import money
from shopcrm.i18n import tr
from shopcrm.sales import SaleLine, SaleResult
from shopcrm.ui.forms import combo, set_invalid

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("style_no", "description", "category", "size", "colour", "quantity", "unit_price")
AMOUNT = len(FIELDS)


def _headers() -> list[str]:
    return [
        tr("Style no."),
        tr("Description"),
        tr("Category"),
        tr("Size"),
        tr("Colour"),
        tr("Qty"),
        tr("Unit price"),
        tr("Amount"),
    ]


class ItemsModel(QAbstractTableModel):
    """The sale's rows as typed; a blank row is always kept at the end."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, str]] = [self._blank()]
        self.bad: set[tuple[int, str]] = set()
        self._headers = _headers()

    @staticmethod
    def _blank() -> dict[str, str]:
        return {name: "" for name in FIELDS} | {"quantity": "1"}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(FIELDS) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if index.column() == AMOUNT else base | Qt.ItemFlag.ItemIsEditable

    def line(self, row: int) -> SaleLine | None:
        """The row as a sale line; None for the blank row, ValueError for bad numbers."""
        values = self.rows[row]
        if all(not values[name].strip() for name in FIELDS if name != "quantity"):
            return None
        try:
            quantity = int(values["quantity"].strip() or "0")
        except ValueError:
            raise ValueError((row, "quantity")) from None
        try:
            price = Decimal(values["unit_price"].replace(",", "").replace("¥", "").strip())
        except InvalidOperation:
            raise ValueError((row, "unit_price")) from None
        return SaleLine(
            unit_price=price,
            quantity=quantity,
            style_no=values["style_no"].strip(),
            description=values["description"].strip(),
            category=values["category"].strip() or None,
            size=values["size"].strip() or None,
            colour=values["colour"].strip() or None,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.BackgroundRole:
            name = FIELDS[column] if column < AMOUNT else ""
            return QBrush(QColor("#fdecea")) if (row, name) in self.bad else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= FIELDS.index("quantity"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        if column == AMOUNT:
            try:
                line = self.line(row)
            except ValueError:
                return ""
            return money(line.amount) if line else ""
        return self.rows[row][FIELDS[column]]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == AMOUNT:
            return False
        row, name = index.row(), FIELDS[index.column()]
        self.rows[row][name] = str(value)
        self.bad.discard((row, name))
        if name == "style_no":
            self._fill_from_history(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, AMOUNT))
        if row == len(self.rows) - 1 and str(value).strip():
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
            self.rows.append(self._blank())
            self.endInsertRows()
        return True

    def _fill_from_history(self, row: int) -> None:
        """A style sold before brings its description, category and last price."""
        values = self.rows[row]
        earlier = history.last_item_with_style(values["style_no"].strip())
        if earlier is None:
            return
        for name in ("description", "category", "unit_price"):
            if not values[name].strip():
                values[name] = str(getattr(earlier, name) or "")

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows) - 1:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()


class StyleDelegate(QStyledItemDelegate):
    """The style-number editor completes from styles sold before."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        words = QStringListModel(editor)
        completer = QCompleter(words, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        editor.setCompleter(completer)
        editor.textEdited.connect(lambda text: words.setStringList(history.style_numbers(text)))
        return editor


class SaleDialog(QDialog):
    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDialog")
        self.customer_id = customer_id
        self.customer = get_customer(customer_id)
        self.result_: SaleResult | None = None
        self.setWindowTitle(tr("Sale to {name}").format(name=self.customer.name))
        self.resize(1040, 560)

        self.items = ItemsModel(self)
        self.table = QTableView()
        self.table.setObjectName("saleItems")
        self.table.setModel(self.items)
        self.table.setItemDelegateForColumn(0, StyleDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 110), (2, 90), (3, 60), (4, 70), (5, 50), (6, 90), (7, 100)):
            self.table.setColumnWidth(column, width)
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(lambda: self.items.remove(self.table.currentIndex().row()))

        self.date = QDateEdit(QDate(clock.today()))
        self.date.setObjectName("saleDate")
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(QDate(clock.today()))
        self.clerk = combo(((s.id, s.name) for s in staff.active_staff()), blank=tr("(none)"))
        self.clerk.setCurrentIndex(max(self.clerk.findData(self.customer.clerk_id), 0))
        self.extra = QLineEdit()
        self.extra.setObjectName("extraDiscount")
        self.extra.setPlaceholderText("0.00")
        self.note = QLineEdit()
        self.summary = {key: QLabel() for key in ("subtotal", "tier", "birthday", "total")}
        self.summary["total"].setObjectName("saleTotal")
        self.errors = QLabel()
        self.errors.setObjectName("fieldError")
        self.errors.setWordWrap(True)

        side = QFormLayout()
        side.addRow(tr("Date"), self.date)
        side.addRow(tr("Clerk"), self.clerk)
        side.addRow(tr("Extra discount (¥)"), self.extra)
        side.addRow(tr("Note"), self.note)
        side.addRow(tr("Subtotal"), self.summary["subtotal"])
        side.addRow(tr("Tier discount"), self.summary["tier"])
        side.addRow(tr("Birthday discount"), self.summary["birthday"])
        side.addRow(tr("To pay"), self.summary["total"])
        side.addRow(self.errors)

        self.save_button = QPushButton(tr("Record sale (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        cancel = QPushButton(tr("Cancel"))
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        for keys in (
            QKeySequence.StandardKey.Save,
            QKeySequence("Ctrl+Return"),
            QKeySequence("Ctrl+Enter"),
        ):
            QShortcut(keys, self, self.save)
        self.items.dataChanged.connect(self.update_quote)
        self.items.rowsRemoved.connect(self.update_quote)
        self.date.dateChanged.connect(self.update_quote)
        self.extra.textChanged.connect(self.update_quote)
        self.update_quote()
        self.table.setCurrentIndex(self.items.index(0, 0))
        self.table.setFocus()

    def _lines(self) -> list[SaleLine]:
        lines, bad = [], set()
        for row in range(self.items.rowCount()):
            try:
                line = self.items.line(row)
            except ValueError as exc:
                bad.add(exc.args[0])
                continue
            if line is not None:
                lines.append(line)
        self.items.bad = bad
        if bad:
            raise ValidationError({"items": tr("Check the quantities and prices marked in red.")})
        return lines

    def _extra(self) -> Decimal:
        text = self.extra.text().replace(",", "").replace("¥", "").strip()
        try:
            return Decimal(text or "0")
        except InvalidOperation:
            raise ValidationError(
                {"discount": tr("Type the discount as an amount, e.g. 50.")}
            ) from None

    def _on(self) -> dt.date:
        return self.date.date().toPython()

    def update_quote(self) -> None:
        try:
            priced = sales.quote(self.customer, self._lines(), self._on(), self._extra())
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        self._show_errors({})
        self.summary["subtotal"].setText(money(priced.subtotal))
        self.summary["tier"].setText(
            f"{money(-priced.tier_discount)} ({priced.tier_pct:g}%)"
            if priced.tier_discount
            else money(0)
        )
        self.summary["birthday"].setText(
            tr("{amount} (her birthday, {pct}%)").format(
                amount=money(-priced.birthday_discount), pct=f"{priced.birthday_pct:g}"
            )
            if priced.birthday_discount
            else money(0)
        )
        self.summary["total"].setText(money(priced.total))

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.setText("\n".join(errors.values()))
        set_invalid(self.extra, errors.get("discount"))
        set_invalid(self.date, errors.get("date"))
        self.items.bad |= {
            (int(key.split(".")[1]) - 1, key.split(".")[2])
            for key in errors
            if key.startswith("items.")
        }
        self.table.viewport().update()

    def save(self) -> None:
        try:
            self.result_ = sales.record_sale(
                self.customer_id,
                self._lines(),
                on=self._on(),
                clerk_id=self.clerk.currentData(),
                extra_discount=self._extra(),
                note=self.note.text().strip() or None,
            )
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except ShopError as exc:
            self._show_errors({"sale": str(exc)})
            return
        self.accept()

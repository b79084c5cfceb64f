"""Recording a sale at the counter: item rows, every discount on its own line, one save.

The price is worked out by the domain as the rows are typed, so the clerk reads
out what she pays before saving. Save first takes in the cell still being
typed: what is on the screen is what is recorded, or the row is named in an
error and nothing is lost. Keyboard: the cursor starts on the first price;
Enter keeps a cell, Down goes to the next item, Home to the style number,
whose completion fills the row with one Enter; Ctrl+S records the sale.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import MAX_QUANTITY, AmountError, money, parse_count, parse_yuan
from shopcrm.customers import history
from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import points
from shopcrm.sales import payments, pricing, recording
from shopcrm.sales.pricing import Buyer, Quote, SaleLine
from shopcrm.sales.recording import SaleResult
from shopcrm.ui import preferences, session
from shopcrm.ui.dates import day_edit
from shopcrm.ui.sales.wallet_panel import WalletPanel
from shopcrm.ui.widgets import (
    call_domain,
    clerk_combo,
    combo,
    fit_to_screen,
    scrolling,
    set_invalid,
)

Index = QModelIndex | QPersistentModelIndex
BUSY_RETRY_MS = 2000  # a sale met another writer: tried again this often, till the shop is free
FIELDS = ("style_no", "description", "category", "size", "colour", "quantity", "unit_price")
STYLE, PRICE, AMOUNT = 0, FIELDS.index("unit_price"), len(FIELDS)
TEXT_FIELDS = ("style_no", "description", "category", "size", "colour")


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

    def is_blank(self, row: int) -> bool:
        values = self.rows[row]
        return not any(values[name].strip() for name in (*TEXT_FIELDS, "unit_price")) and (
            values["quantity"].strip() in ("", "1")
        )

    def line(self, row: int) -> SaleLine | None:
        """The row as a sale line; None for a blank row.

        A row with anything typed in it is a line or an error naming it: a
        description without a price is never dropped.
        """
        if self.is_blank(row):
            return None
        values = self.rows[row]
        errors: dict[str, str] = {}
        number = row + 1
        try:
            quantity = parse_count(values["quantity"], minimum=-MAX_QUANTITY, maximum=MAX_QUANTITY)
            if quantity == 0:
                raise AmountError(tr("the quantity cannot be 0 (a negative one is a return)."))
        except AmountError as exc:
            errors[f"items.{number}.quantity"] = tr("Item {n}, quantity: {problem}").format(
                n=number, problem=exc
            )
            quantity = 1
        if not values["unit_price"].strip():
            errors[f"items.{number}.unit_price"] = tr(
                "Item {n}: type its price, or remove the row."
            ).format(n=number)
            price = Decimal(0)
        else:
            try:
                price = parse_yuan(values["unit_price"])
            except AmountError as exc:
                errors[f"items.{number}.unit_price"] = tr("Item {n}, price: {problem}").format(
                    n=number, problem=exc
                )
                price = Decimal(0)
        if errors:
            raise ValidationError(errors)
        return SaleLine(
            unit_price=price,
            quantity=quantity,
            style_no=values["style_no"].strip(),
            description=values["description"].strip(),
            category=values["category"].strip() or None,
            size=values["size"].strip() or None,
            colour=values["colour"].strip() or None,
        )

    def read(self) -> tuple[list[SaleLine], dict[str, str]]:
        """The rows that are sale lines, and why each of the others is not."""
        found, errors = [], {}
        for row in range(len(self.rows)):
            try:
                line = self.line(row)
            except ValidationError as exc:
                errors.update(exc.errors)
                continue
            if line is not None:
                found.append(line)
        return found, errors

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
            except ValidationError:
                return ""
            return money(line.amount) if line else ""
        return self.rows[row][FIELDS[column]]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() == AMOUNT:
            return False
        row, name = index.row(), FIELDS[index.column()]
        if self.rows[row][name] == str(value):
            return True
        self.rows[row][name] = str(value)
        self.bad = {(r, n) for r, n in self.bad if r != row}
        if name == "style_no":
            self._fill_from_history(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, AMOUNT))
        if row == len(self.rows) - 1 and not self.is_blank(row):
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
            self.bad = set()


class ItemDelegate(QStyledItemDelegate):
    """Keeps the open editor at hand, so Save can take in what is still being typed;
    the style number completes from styles sold before, and choosing one keeps it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if index.column() != STYLE and isinstance(editor, QLineEdit):
            # Quantities and prices reach the total as they are typed. A style number
            # waits for Enter: half of one could fill the row from another style.
            editor.textEdited.connect(lambda _text: self.commitData.emit(editor))
        if index.column() == STYLE and isinstance(editor, QLineEdit):
            words = QStringListModel(editor)
            completer = QCompleter(words, editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            editor.setCompleter(completer)
            editor.textEdited.connect(lambda text: words.setStringList(history.style_numbers(text)))
            # The Enter that picks a completion also ends the edit: no second Enter.
            completer.activated.connect(lambda _: QTimer.singleShot(0, self.commit_open_editor))
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def commit_open_editor(self) -> None:
        """Write what the open editor holds into the model and close it."""
        editor, self.editor = self.editor, None
        if editor is not None:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class BuyerPanel(QFrame):
    """Who she is, in the dialog's body: name, number, tier, points, her birthday discount."""

    def __init__(self, facts: Buyer, on: dt.date) -> None:
        super().__init__()
        self.setObjectName("saleBuyer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel(facts.name)
        self.name.setObjectName("saleBuyerName")
        bigger = self.name.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.4)
        self.name.setFont(bigger)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("saleBuyerFacts")
        self.facts.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.name)
        layout.addWidget(self.facts, 1)
        self.show_for(facts, on)

    def show_for(self, facts: Buyer, on: dt.date) -> None:
        parts = [
            facts.number,
            facts.tier or tr("no tier"),
            trn("{n} point (worth {amount})", "{n} points (worth {amount})", facts.points).format(
                n=f"{facts.points:,}", amount=money(points.value_of(facts.points))
            ),
        ]
        if facts.birthday == on:
            parts.append(
                tr("birthday today: {pct}% extra off").format(pct=f"{facts.birthday_pct:g}")
                if facts.birthday_pct
                else tr("birthday today")
            )
        elif facts.birthday and facts.birthday_pct:
            parts.append(
                tr("birthday {date}: {pct}% extra off that day").format(
                    date=facts.birthday.strftime("%m-%d"), pct=f"{facts.birthday_pct:g}"
                )
            )
        if facts.referral_pct:
            parts.append(
                tr("first purchase as a referred friend: {pct}% off").format(
                    pct=f"{facts.referral_pct:g}"
                )
            )
        self.facts.setText("  ·  ".join(parts))


class SaleDialog(QDialog):
    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saleDialog")
        self.customer_id = customer_id
        self.customer = get_customer(customer_id)
        self.result_: SaleResult | None = None
        self.receipt_dialog: QDialog | None = None
        self.setWindowTitle(tr("Sale to {name}").format(name=self.customer.name))
        char = self.fontMetrics().averageCharWidth()
        fit_to_screen(self, char * 160, self.fontMetrics().height() * 26)
        today = clock.today()
        self.buyer = BuyerPanel(pricing.buyer(self.customer, today), today)

        self.items = ItemsModel(self)
        self.delegate = ItemDelegate(self)
        self.table = QTableView()
        self.table.setObjectName("saleItems")
        self.table.setModel(self.items)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        # Columns as wide as their header or content in the font in use; the description
        # takes the rest, so a larger font keeps every header whole.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        hint = QLabel(
            tr(
                "Type the price and Enter; ↓ for the next item. Home goes to the style "
                "number, which fills in what was sold before. Ctrl+S records the sale."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        remove = QPushButton(tr("Remove row"))
        remove.clicked.connect(self.remove_row)

        self.date = day_edit(today)
        self.date.setObjectName("saleDate")
        self.date.setMaximumDate(QDate(today))
        self.clerk = clerk_combo(blank=tr("(none)"))
        # Whoever is signed in sold it, unless she says otherwise.
        sold_by = session.clerk_id() or self.customer.clerk_id
        self.clerk.setCurrentIndex(max(self.clerk.findData(sold_by), 0))
        self.payment = combo(payments.payment_choices(), blank=None)
        self.payment.setObjectName("payment")
        kept = preferences.store().value("sale/payment", "wechat")
        self.payment.setCurrentIndex(max(self.payment.findData(kept), 0))
        self.extra = QLineEdit()
        self.extra.setObjectName("extraDiscount")
        self.extra.setPlaceholderText("0.00")
        self.use_points = QLineEdit()
        self.use_points.setObjectName("usePoints")
        self.use_points.setPlaceholderText("0")
        self.most_points = QPushButton()
        self.most_points.setObjectName("mostPoints")
        self.most_points.clicked.connect(self.use_most_points)
        points_row = QHBoxLayout()
        points_row.addWidget(self.use_points, 1)
        points_row.addWidget(self.most_points)
        self.points_help = QLabel()
        self.points_help.setObjectName("pointsHelp")
        self.points_help.setWordWrap(True)
        self.wallet = WalletPanel(self.customer, today)
        self.wallet.changed.connect(self.update_quote)
        self.note = QLineEdit()
        self.summary = {key: QLabel() for key in pricing.QUOTE_LINES}
        self.summary["total"].setObjectName("saleTotal")
        self.errors = QLabel()
        self.errors.setObjectName("fieldError")
        self.errors.setWordWrap(True)

        self.side = QFormLayout()
        self.side.addRow(tr("Date"), self.date)
        self.side.addRow(tr("Clerk"), self.clerk)
        self.side.addRow(tr("Paid by"), self.payment)
        self.side.addRow(tr("Extra discount (¥)"), self.extra)
        self.side.addRow(tr("Use points"), points_row)
        self.side.addRow("", self.points_help)
        self.wallet.add_voucher_rows(self.side)
        self.side.addRow(tr("Note"), self.note)
        # What she pays stays in sight under the fields, which scroll on a short screen.
        self.price = QFormLayout()
        for key in pricing.QUOTE_LINES:
            self.price.addRow(pricing.quote_line_label(key), self.summary[key])
        self.wallet.add_balance_rows(self.price)
        self.price.addRow(self.errors)

        self.save_button = QPushButton(tr("Record sale (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.save_button.setAutoDefault(False)
        cancel = QPushButton(tr("Cancel"))
        cancel.setAutoDefault(False)
        self.receipt = QCheckBox(tr("Print a receipt"))
        self.receipt.setObjectName("printReceipt")
        self.receipt.setChecked(preferences.store().value("sale/receipt", False, type=bool))
        left = QVBoxLayout()
        left.addWidget(self.table)
        left.addWidget(hint)
        left.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        side = QWidget()
        side.setLayout(self.side)
        right = QVBoxLayout()
        right.addWidget(scrolling(side, "saleSide"), 1)
        right.addLayout(self.price)
        right_side = QWidget()
        right_side.setLayout(right)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(right_side)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.buyer)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

        self.retry = QTimer(self, singleShot=True, interval=BUSY_RETRY_MS)
        self.retry.timeout.connect(self._retry_save)
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
        self.date.dateChanged.connect(self._date_changed)
        for box in (self.extra, self.use_points):
            box.textChanged.connect(self.update_quote)
        self.update_quote()
        self.table.setCurrentIndex(self.items.index(0, PRICE))
        self.table.setFocus()

    def _on(self) -> dt.date:
        return self.date.date().toPython()

    def _extra(self) -> Decimal:
        if not self.extra.text().strip():
            return Decimal(0)
        try:
            return parse_yuan(self.extra.text())
        except AmountError as exc:
            raise ValidationError(
                {"discount": tr("Discount: {problem}").format(problem=exc)}
            ) from None

    def _points(self) -> int:
        if not self.use_points.text().strip():
            return 0
        try:
            return parse_count(self.use_points.text(), minimum=0, maximum=self.customer.points)
        except AmountError:
            raise ValidationError(
                {
                    "redeem_points": tr("Points: type 0 to {n}, the points on the card.").format(
                        n=f"{self.customer.points:,}"
                    )
                }
            ) from None

    def _typed(self) -> tuple[list[SaleLine], Decimal, int, dict[str, str]]:
        """Items, extra discount and points as typed, and every problem with them."""
        lines, errors = self.items.read()
        extra, redeem = Decimal(0), 0
        try:
            extra = self._extra()
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            redeem = self._points()
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            self.wallet.from_balance()
        except ValidationError as exc:
            errors.update(exc.errors)
        if self.wallet.problem:
            errors["voucher_code"] = self.wallet.problem
        return lines, extra, redeem, errors

    def _show_points(self, due: Decimal) -> None:
        most = points.most_usable(self.customer, due)
        self.most_points.setText(tr("Use {n}").format(n=f"{most:,}"))
        self.most_points.setEnabled(most > 0)
        self.most_points.setProperty("points", most)
        self.points_help.setText(
            trn(
                "{n} point; 1 point = {value}",
                "{n} points; 1 point = {value}",
                self.customer.points,
            ).format(n=f"{self.customer.points:,}", value=money(points.point_value()))
        )

    def use_most_points(self) -> None:
        self.use_points.setText(str(self.most_points.property("points") or 0))

    def _date_changed(self) -> None:
        self.buyer.show_for(pricing.buyer(self.customer, self._on()), self._on())
        self.wallet.fill(self._on())
        self.update_quote()

    def _priced(
        self, lines: list[SaleLine], extra: Decimal, redeem: int
    ) -> tuple[Quote, dict[str, str]]:
        """The quote with her ticked vouchers, or without them and why they cannot apply."""
        chosen = self.wallet.chosen()
        try:
            return pricing.quote(self.customer, lines, self._on(), extra, redeem, chosen), {}
        except ValidationError as exc:
            return pricing.quote(self.customer, lines, self._on(), extra, redeem), exc.errors

    def update_quote(self) -> None:
        """The price of what is on the screen so far; rows still being filled in wait."""
        lines, extra, redeem, errors = self._typed()
        priced, refused = self._priced(lines, extra, redeem)
        errors.update(refused)
        due = priced.total + priced.points_discount
        self._show_points(due)
        left = due + priced.voucher_discount
        self.wallet.offer_best(lines, left, priced.subtotal, self._on())
        self.wallet.show_due(priced.total)
        try:
            points.check_redemption(self.customer, redeem, due)
        except ValidationError as exc:
            errors.update(exc.errors)
        self._show_errors(errors, quiet=True)
        self._show_summary(priced)

    def _show_summary(self, priced: Quote) -> None:
        """Each discount that applies on its own line; To pay is what the lines add up to."""
        shown = dict(pricing.quote_lines(priced))
        why = {
            "tier": f" ({priced.tier_pct:g}%)",
            "birthday": f" ({priced.birthday_pct:g}%)",
            "referral": f" ({priced.referral_pct:g}%)",
            "points": " "
            + trn("({n} point)", "({n} points)", priced.points_redeemed).format(
                n=f"{priced.points_redeemed:,}"
            ),
        }
        for key, label in self.summary.items():
            label.setText(money(shown.get(key, 0)) + (why.get(key, "") if key in shown else ""))
            self.price.setRowVisible(label, key in shown)

    def _show_errors(self, errors: dict[str, str], *, quiet: bool = False) -> None:
        """Mark the fields in error; while typing (`quiet`) a row being filled in is not
        called wrong yet, only a number that cannot be one."""
        shown = {
            key: text
            for key, text in errors.items()
            if not (quiet and key.endswith(".unit_price") and self._price_missing(key))
        }
        self.errors.setText("\n".join(shown.values()))
        set_invalid(self.extra, shown.get("discount"))
        set_invalid(self.use_points, shown.get("redeem_points"))
        set_invalid(self.date, shown.get("date"))
        self.wallet.mark(shown)
        self.items.bad = {
            (int(key.split(".")[1]) - 1, key.split(".")[2])
            for key in shown
            if key.startswith("items.") and key.count(".") == 2
        }
        self.table.viewport().update()

    def _price_missing(self, key: str) -> bool:
        row = int(key.split(".")[1]) - 1
        return row < len(self.items.rows) and not self.items.rows[row]["unit_price"].strip()

    def remove_row(self) -> None:
        self.delegate.commit_open_editor()
        self.items.remove(self.table.currentIndex().row())

    def save(self) -> None:
        self.delegate.commit_open_editor()
        lines, extra, redeem, errors = self._typed()
        if errors:
            self._show_errors(errors)
            return
        self.result_ = call_domain(
            lambda: recording.record_sale(
                self.customer_id,
                lines,
                on=self._on(),
                clerk_id=self.clerk.currentData(),
                extra_discount=extra,
                redeem_points=redeem,
                vouchers=[voucher.id for voucher in self.wallet.chosen()],
                from_balance=self.wallet.from_balance(),
                payment=self.payment.currentData(),
                note=self.note.text().strip() or None,
            ),
            self._show_errors,
            on_busy=self.retry.start,
        )
        if self.result_ is None:
            return
        preferences.store().setValue("sale/payment", self.payment.currentData())
        preferences.store().setValue("sale/receipt", self.receipt.isChecked())
        if self.receipt.isChecked():
            from shopcrm.ui.printing.receipt_page import print_receipt

            self.receipt_dialog = print_receipt(self.parentWidget(), self.result_.purchase.id)
        self.accept()

    def _retry_save(self) -> None:
        """Another writer held the shop: the sale on the screen is saved once it is free."""
        if self.isVisible() and self.result_ is None:
            self.save()


def announce_tier_change(parent: QWidget, result: SaleResult, name: str) -> QMessageBox | None:
    """A tier upgrade is told where the clerk looks, with the benefits to read out to her."""
    change = result.tier_change
    if change is None or change.direction <= 0 or change.to_tier_id is None:
        return None
    tier = change.to_tier
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("Tier upgrade"),
        tr("{name} is now {tier}!").format(name=name, tier=tier.name),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("tierUpgradeBox")
    benefits = tier.benefits.strip()
    box.setInformativeText(
        tr("Tell {name} the good news and the new benefits:").format(name=name) + "\n\n" + benefits
        if benefits
        else tr("Tell {name} the good news.").format(name=name)
    )
    box.open()
    return box

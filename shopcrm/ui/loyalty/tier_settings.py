"""The owner's VIP tier settings: the tiers, how customers qualify, when they go down.

Edits stay in the dialog until the owner has seen a preview of who moves up
and down; Apply saves everything in one transaction or nothing at all, and a
rejected rule shows its reason on the cell or field concerned. A discount is typed
as a percentage off or as 折 (core.discounts) and shown in both forms.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.discounts import described, parse_discount
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import AmountError, plain
from shopcrm.loyalty import tiers
from shopcrm.loyalty.tiers import RulePreview, TierRules, TierSpec
from shopcrm.storage import options
from shopcrm.ui import session
from shopcrm.ui.widgets import (
    FieldForm,
    FormDialog,
    call_domain,
    fit_to_screen,
    option_editor,
    option_shown,
    wrapped_label,
)

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    "name",
    "threshold",
    "discount_pct",
    "birthday_discount_pct",
    "birthday_voucher",
    "points_multiplier",
    "benefits",
)
DISCOUNTS = ("discount_pct", "birthday_discount_pct")
INVALID = QBrush(QColor("#fdecea"))


class TierTableModel(QAbstractTableModel):
    """The tiers as typed, lowest first; cells keep the owner's text until it is saved."""

    def __init__(self, specs: list[TierSpec], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = [
            {**{column: _text(getattr(spec, column)) for column in COLUMNS}, "id": spec.id}
            for spec in specs
        ]
        self.errors: dict[str, str] = {}
        self.visits = False

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        labels = {
            "name": tr("Tier name"),  # not a customer's: 姓名 would mislead
            "threshold": tr("Visits") if self.visits else tr("Threshold (¥)"),
            "discount_pct": tr("Discount"),
            "birthday_discount_pct": tr("Birthday extra"),
            "birthday_voucher": tr("Birthday voucher ¥"),
            "points_multiplier": tr("Points ×"),
            "benefits": tr("Benefits"),
        }
        return labels[COLUMNS[section]]

    def _key(self, index: Index) -> str:
        return f"tiers.{index.row() + 1}.{COLUMNS[index.column()]}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = COLUMNS[index.column()]
        typed = self.rows[index.row()][column]
        if role == Qt.ItemDataRole.DisplayRole and column in DISCOUNTS:
            return _discount_shown(typed)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return typed
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.errors.get(self._key(index))
        if role == Qt.ItemDataRole.BackgroundRole and self._key(index) in self.errors:
            return INVALID
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][COLUMNS[index.column()]] = str(value)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def add_tier(self) -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(
            {
                "name": "",
                "threshold": "",
                "discount_pct": "0",
                "birthday_discount_pct": "0",
                "birthday_voucher": "0",
                "points_multiplier": "1",
                "benefits": "",
                "id": None,
            }
        )
        self.endInsertRows()
        return row

    def remove_tier(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()

    def specs(self) -> list[TierSpec]:
        return [
            TierSpec(**{column: row[column] for column in COLUMNS}, id=row["id"])
            for row in self.rows
        ]

    def show_errors(self, errors: dict[str, str]) -> None:
        self.errors = {key: text for key, text in errors.items() if key.startswith("tiers.")}
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )

    def set_visits(self, visits: bool) -> None:
        self.visits = visits
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)


def _text(value: Any) -> str:
    """A stored value as the owner would type it: 2000, not 2000.00."""
    if isinstance(value, Decimal):
        return plain(value)
    return "" if value is None else str(value)


def _discount_shown(typed: str) -> str:
    """A discount in both forms (5% off = 九五折), or as typed while it is not one."""
    try:
        return described(parse_discount(typed))
    except AmountError:
        return typed


class TierSettingsDialog(FormDialog):
    """Edit the tiers and rules, preview the moves, then apply them all at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tierSettings", tr("VIP tiers"), parent)
        self.applied: RulePreview | None = None
        self._previewed: TierRules | None = None
        rules = tiers.current_rules()

        self.model = TierTableModel(rules.tiers, self)
        self.table = QTableView()
        self.table.setObjectName("tierTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        add = QPushButton(tr("&Add tier"))
        add.setObjectName("addTierButton")
        add.clicked.connect(self._add_tier)
        remove = QPushButton(tr("&Remove tier"))
        remove.setObjectName("removeTierButton")
        remove.clicked.connect(self._remove_tier)
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch()
        discount_hint = wrapped_label(
            "hint",
            tr(
                "Type a discount as the percentage off or as 折: 5, 95折, 9.5折 and 九五折 "
                "are all 5% off. A number without 折 is always the percentage off."
            ),
        )

        # The rules are shop options, edited here with the tiers they apply to.
        self.form = FieldForm()
        form = QFormLayout()
        for field, name in tiers.RULE_OPTIONS.items():
            editor = option_editor(name)
            self.form.add(form, field, editor, options.OPTIONS[name].describe())
            self.form.fields[field].put(option_shown(name, editor))
        self.rule = self.form.fields["rule"].widget
        self.downgrade = self.form.fields["downgrade"].widget
        self.review_date = self.form.fields["review_date"].widget
        self.grace = self.form.fields["grace_days"].widget
        self.grace.setSuffix(tr(" days"))
        grace_hint = wrapped_label(
            "hint",
            tr(
                "With the 12-month rule, a customer keeps their tier while their spending over "
                "the last 12 months plus the grace period still reaches it."
            ),
        )
        form.addRow("", grace_hint)

        self.errors = QLabel()
        self.errors.setObjectName("errorText")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.preview_text = QLabel(tr("Preview the change before applying it."))
        self.preview_text.setObjectName("previewText")
        self.preview_text.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        preview = self.buttons.addButton(tr("&Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        preview.setObjectName("previewButton")
        preview.clicked.connect(self.preview)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("applyButton")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row_buttons)
        layout.addWidget(discount_hint)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.preview_text)
        layout.addWidget(self.buttons)
        self._fit()

        self.model.dataChanged.connect(self._edited)
        self.model.rowsInserted.connect(self._edited)
        self.model.rowsRemoved.connect(self._edited)
        self.rule.currentIndexChanged.connect(self._edited)
        self.downgrade.currentIndexChanged.connect(self._edited)
        self.review_date.dateChanged.connect(self._edited)
        self.grace.valueChanged.connect(self._edited)
        self._sync_fields()

    def _fit(self) -> None:
        """As wide as the columns need, within the screen: both forms of a discount and a
        large font would otherwise push the benefits out of sight."""
        header, char = self.table.horizontalHeader(), self.fontMetrics().averageCharWidth()
        columns = sum(
            max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(len(COLUMNS) - 1)
        )
        table = columns + self.table.verticalHeader().sizeHint().width() + char * 30
        fit_to_screen(self, max(860, table), max(560, self.fontMetrics().height() * 30))

    def rules(self) -> TierRules:
        return TierRules(
            self.model.specs(),
            self.rule.currentData(),
            self.downgrade.currentData(),
            self.review_date.date().toPython().strftime("%m-%d"),
            self.grace.value(),
        )

    def _sync_fields(self) -> None:
        self.model.set_visits(self.rule.currentData() == "visits")
        self.review_date.setEnabled(self.downgrade.currentData() == "review")
        self.grace.setEnabled(
            self.rule.currentData() == "last_12_months" and self.downgrade.currentData() != "never"
        )

    def _edited(self, *_: Any) -> None:
        """Any edit makes the last preview stale: Apply waits for a new one."""
        if self._previewed is not None and self.rules() == self._previewed:
            return
        self._previewed = None
        self.apply_button.setEnabled(False)
        self.preview_text.setText(tr("Preview the change before applying it."))
        self._sync_fields()

    def _add_tier(self) -> None:
        row = self.model.add_tier()
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))

    def _remove_tier(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self.model.remove_tier(row)

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.model.show_errors(errors)
        self.form.show_errors(errors)
        self.errors.setText("\n".join(errors.values()))
        self.errors.setVisible(bool(errors))

    def preview(self) -> RulePreview | None:
        rules = self.rules()
        shown = call_domain(lambda: tiers.preview(rules), self._show_errors)
        if shown is None:
            return None
        self._previewed = rules
        self.apply_button.setEnabled(True)
        self.preview_text.setText(self._describe(shown))
        return shown

    def _describe(self, shown: RulePreview) -> str:
        lines = [
            trn(
                "Of {n} customer: {up} move up, {down} move down, {same} stay where they are.",
                "Of {n} customers: {up} move up, {down} move down, {same} stay where they are.",
                shown.customers,
            ).format(n=shown.customers, up=shown.up, down=shown.down, same=shown.unchanged)
        ]
        if shown.reassigned:
            lines.append(
                trn(
                    "{n} moves off a tier you removed.",
                    "{n} move off a tier you removed.",
                    shown.reassigned,
                ).format(n=shown.reassigned)
            )
        if shown.kept:
            lines.append(
                trn(
                    "{n} keeps a tier no longer qualified for, by the downgrade rule.",
                    "{n} keep a tier they no longer qualify for, by the downgrade rule.",
                    shown.kept,
                ).format(n=shown.kept)
            )
        lines.append(" · ".join(f"{name}: {count}" for name, count in shown.per_tier))
        return "\n".join(lines)

    def apply(self) -> None:
        if self._previewed is None:
            return
        rules = self._previewed
        self.applied = call_domain(
            lambda: tiers.apply_rules(session.actor(), rules), self._show_errors
        )
        if self.applied is not None:
            self.accept()

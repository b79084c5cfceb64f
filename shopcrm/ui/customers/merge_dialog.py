"""Merging two records of one customer, after seeing exactly what will move."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.core.phones import display_phone
from shopcrm.customers import merge
from shopcrm.customers.labels import field_label
from shopcrm.customers.profiles import get_customer
from shopcrm.ui import operations, session
from shopcrm.ui.operations import COMPLAINTS, CUSTOMERS, SALES


def _moves_text(plan: merge.MergePlan) -> str:
    names = {
        "purchases": tr("sales"),
        "key_dates": tr("key dates"),
        "points_entries": tr("points entries"),
        "complaints": tr("complaints"),
        "contacts": tr("contacts"),
        "tier_changes": tr("tier changes"),
        "referrals": tr("referred friends"),
    }
    moved = [f"{count} {names[key]}" for key, count in plan.moves.items() if count]
    filled = ", ".join(field_label(name) for name in sorted(plan.fills)) or tr("none")
    return tr(
        "{absorbed} will be merged into {survivor}.\nMoves: {moved}.\n"
        "Empty fields filled from {absorbed}: {filled}.\n"
        "{absorbed} then goes to the trash, marked as merged."
    ).format(
        absorbed=plan.absorbed.number,
        survivor=plan.survivor.number,
        moved=", ".join(moved) or tr("nothing"),
        filled=filled,
    )


class MergeDialog(QDialog):
    def __init__(self, first_id: int, second_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(tr("Merge two customers"))
        self.ids = (first_id, second_id)
        self.choice = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Keep which record? The other one is merged into it.")))
        for position, customer_id in enumerate(self.ids):
            customer = get_customer(customer_id)
            button = QRadioButton(
                f"{customer.number}  {customer.name}  {display_phone(customer.phone)}"
            )
            self.choice.addButton(button, position)
            layout.addWidget(button)
        self.choice.button(0).setChecked(True)
        self.plan = QLabel()
        self.plan.setObjectName("mergePlan")
        self.plan.setWordWrap(True)
        layout.addWidget(self.plan)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Merge"))
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.idToggled.connect(self.show_plan)
        self.show_plan()

    def _order(self) -> tuple[int, int]:
        first, second = self.ids
        return (first, second) if self.choice.checkedId() == 0 else (second, first)

    def show_plan(self) -> None:
        try:
            self.plan.setText(_moves_text(merge.plan_merge(*self._order())))
        except ShopError as exc:
            self.plan.setText(str(exc))

    def run(self) -> None:
        try:
            merge.merge_customers(session.actor(), *self._order())
        except ShopError as exc:
            self.plan.setText(str(exc))
            return
        # Her sales and complaints move to the record kept.
        operations.announce(CUSTOMERS, SALES, COMPLAINTS, customers=self.ids, source=self)
        self.accept()

    def survivor_id(self) -> int:
        return self._order()[0]

"""Her key care dates: a list with the next occurrence, and a small editor."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import by_gender, tr, trn
from shopcrm.customers import key_dates, profiles
from shopcrm.customers.key_dates import KeyDateInput
from shopcrm.customers.labels import key_date_label
from shopcrm.storage.models import KEY_DATE_KINDS, KeyDate
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import FieldForm, combo, form_dialog_layout


class KeyDateDialog(QDialog):
    def __init__(self, customer_id: int, existing: KeyDate | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("keyDateDialog")
        self.setWindowTitle(tr("Key date"))
        self.customer_id = customer_id
        self.existing = existing
        self.kind = combo(((k, key_date_label(k)) for k in KEY_DATE_KINDS), blank=None)
        self.label = QLineEdit()
        self.label.setPlaceholderText(tr("e.g. daughter Lili, wedding"))
        self.month = QSpinBox(minimum=1, maximum=12)
        self.day = QSpinBox(minimum=1, maximum=31)
        self.year = QLineEdit()
        self.year.setPlaceholderText(tr("optional"))
        self.lunar = QCheckBox()
        self.greet = QCheckBox(
            by_gender(
                profiles.get_customer(customer_id).gender,
                tr("She would like us to remember this day"),
                tr("He would like us to remember this day"),
                tr("The customer would like us to remember this day"),
            )
        )
        self.form = FieldForm()
        layout = QFormLayout()
        self.form.add(layout, "kind", self.kind, tr("Kind"))
        self.form.add(layout, "label", self.label, tr("Whose / what"))
        self.form.add(layout, "month", self.month, tr("Month"))
        self.form.add(layout, "day", self.day, tr("Day"))
        self.form.add(layout, "year", self.year, tr("Year"))
        self.form.add(layout, "lunar", self.lunar, tr("Lunar calendar"))
        self.form.add(layout, "greet", self.greet, tr("Greeting"))
        if existing is not None:
            self.kind.setCurrentIndex(self.kind.findData(existing.kind))
            self.label.setText(existing.label)
            self.month.setValue(existing.month)
            self.day.setValue(existing.day)
            self.year.setText(str(existing.year or ""))
            self.lunar.setChecked(existing.lunar)
            self.greet.setChecked(existing.greet)
        form_dialog_layout(self, layout, self.save)

    def save(self) -> None:
        year_text = self.year.text().strip()
        if year_text and not year_text.isdigit():
            self.form.show_errors({"year": tr("Type a year, e.g. 1985.")})
            return
        data = KeyDateInput(
            kind=self.kind.currentData(),
            month=self.month.value(),
            day=self.day.value(),
            label=self.label.text(),
            year=int(year_text) if year_text else None,
            lunar=self.lunar.isChecked(),
            greet=self.greet.isChecked(),
        )
        try:
            key_dates.save_key_date(
                self.customer_id, data, self.existing.id if self.existing else None
            )
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.accept()


class KeyDatesTab(ListTab):
    def __init__(self) -> None:
        super().__init__(
            [tr("Kind"), tr("Whose / what"), tr("Date"), tr("Calendar"), tr("Next"), tr("In days")],
            "keyDateList",
        )
        self.customer_id: int | None = None
        self._rows: list[KeyDate] = []
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("Add…"), self.add),
            (tr("Edit…"), self.edit),
            (tr("Remove"), self.remove),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout().addLayout(buttons)
        self.view.doubleClicked.connect(self.edit)

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        self.clear()
        today = clock.today()
        upcoming = key_dates.key_dates(customer_id, today)
        self._rows = [u.key_date for u in upcoming]
        for item in upcoming:
            kd = item.key_date
            date = f"{kd.year}-{kd.month:02d}-{kd.day:02d}" if kd.year else f"{kd.month}/{kd.day}"
            self.model.appendRow(
                item_row(
                    (
                        key_date_label(kd.kind),
                        kd.label,
                        date,
                        tr("Lunar") if kd.lunar else tr("Solar"),
                        date_text(item.next_on),
                        (item.next_on - today).days,
                    ),
                    right=(5,),
                )
            )
        self.footer.setText(
            trn("{n} key date", "{n} key dates", len(upcoming)).format(n=len(upcoming))
        )

    def _selected(self) -> KeyDate | None:
        index = self.view.currentIndex()
        return self._rows[index.row()] if index.isValid() else None

    def add(self) -> None:
        self._open(None)

    def edit(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._open(chosen)

    def _open(self, existing: KeyDate | None) -> None:
        if self.customer_id is None:
            return
        if KeyDateDialog(self.customer_id, existing, self).exec():
            self.show_for(self.customer_id)

    def remove(self) -> None:
        chosen = self._selected()
        if chosen is None or self.customer_id is None:
            return
        answer = QMessageBox.question(
            self,
            tr("Remove key date"),
            tr("Remove {what}?").format(what=key_date_label(chosen.kind)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            key_dates.remove_key_date(self.customer_id, chosen.id)
            self.show_for(self.customer_id)

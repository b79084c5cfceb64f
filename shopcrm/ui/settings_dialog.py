"""Settings: this PC's language and font size, the shop's kind and name, its clerks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.staff import roster
from shopcrm.storage import settings
from shopcrm.ui import preferences
from shopcrm.ui.widgets import combo, set_invalid


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("Settings"))
        self.language = combo((("zh_CN", "简体中文"), ("en", "English")), blank=None)
        self.language.setObjectName("languageChoice")
        self.language.setCurrentIndex(self.language.findData(preferences.language()))
        self.font_size = QComboBox()
        for size in preferences.FONT_SIZES:
            self.font_size.addItem(f"{size} pt", size)
        self.font_size.setCurrentIndex(self.font_size.findData(preferences.font_size()))
        self.shop_kind = combo(
            (("clothing", tr("Clothing shop")), ("furniture", tr("Furniture shop"))), blank=None
        )
        self.shop_kind.setCurrentIndex(self.shop_kind.findData(settings.get("shop_kind")))
        self.shop_name = QLineEdit(settings.get("shop_name"))

        this_pc = QGroupBox(tr("This computer"))
        pc_form = QFormLayout(this_pc)
        pc_form.addRow(tr("Language"), self.language)
        pc_form.addRow(tr("Font size"), self.font_size)
        shop = QGroupBox(tr("The shop"))
        shop_form = QFormLayout(shop)
        shop_form.addRow(tr("Kind of shop"), self.shop_kind)
        shop_form.addRow(tr("Shop name"), self.shop_name)

        people = QGroupBox(tr("Clerks"))
        self.clerks = QListWidget()
        self.new_clerk = QLineEdit()
        self.new_clerk.setPlaceholderText(tr("Name of a new clerk"))
        add = QPushButton(tr("Add clerk"))
        add.clicked.connect(self.add_clerk)
        self.new_clerk.returnPressed.connect(self.add_clerk)
        self.clerk_error = QLabel()
        self.clerk_error.setObjectName("fieldError")
        row = QHBoxLayout()
        row.addWidget(self.new_clerk)
        row.addWidget(add)
        people_layout = QVBoxLayout(people)
        people_layout.addWidget(self.clerks)
        people_layout.addLayout(row)
        people_layout.addWidget(self.clerk_error)
        self._load_clerks()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for group in (this_pc, shop, people):
            layout.addWidget(group)
        layout.addWidget(buttons)

    def _load_clerks(self) -> None:
        self.clerks.clear()
        for person in roster.active_staff():
            self.clerks.addItem(person.name)

    def add_clerk(self) -> None:
        try:
            roster.add_staff(self.new_clerk.text())
        except ValidationError as exc:
            set_invalid(self.new_clerk, str(exc))
            self.clerk_error.setText(str(exc))
            return
        set_invalid(self.new_clerk, None)
        self.clerk_error.clear()
        self.new_clerk.clear()
        self._load_clerks()

    def save(self) -> None:
        settings.put_many(
            {"shop_kind": self.shop_kind.currentData(), "shop_name": self.shop_name.text().strip()}
        )
        preferences.save(self.language.currentData(), self.font_size.currentData())
        self.accept()

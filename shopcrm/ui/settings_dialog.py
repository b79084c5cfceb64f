"""Settings: this PC's language and font size, the shop's kind and name, its clerks."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
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

from shopcrm.core.i18n import tr
from shopcrm.staff import roster
from shopcrm.storage import options
from shopcrm.ui import preferences
from shopcrm.ui.widgets import FormDialog, OptionsForm, call_domain, combo, set_invalid


class SettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("settingsDialog", tr("Settings"), parent)
        self.language = combo((("zh_CN", "简体中文"), ("en", "English")), blank=None)
        self.language.setObjectName("languageChoice")
        self.language.setCurrentIndex(self.language.findData(preferences.language()))
        self.font_size = QComboBox()
        for size in preferences.FONT_SIZES:
            self.font_size.addItem(f"{size} pt", size)
        self.font_size.setCurrentIndex(self.font_size.findData(preferences.font_size()))

        this_pc = QGroupBox(tr("This computer"))
        pc_form = QFormLayout(this_pc)
        pc_form.addRow(tr("Language"), self.language)
        pc_form.addRow(tr("Font size"), self.font_size)
        self.shop = OptionsForm([(tr("The shop"), options.on_screen(options.SHOP))])

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
        self.lay_out([this_pc, self.shop, people], self.save)

    def _load_clerks(self) -> None:
        self.clerks.clear()
        for person in roster.active_staff():
            self.clerks.addItem(person.name)

    def _show_clerk_error(self, errors: dict[str, str]) -> None:
        message = "; ".join(errors.values())
        set_invalid(self.new_clerk, message or None)
        self.clerk_error.setText(message)

    def add_clerk(self) -> None:
        added = call_domain(lambda: roster.add_staff(self.new_clerk.text()), self._show_clerk_error)
        if added is not None:
            self.new_clerk.clear()
            self._load_clerks()

    def save(self) -> None:
        """The shop's options are checked first: nothing is saved while one is refused."""
        if self.shop.save():
            preferences.save(self.language.currentData(), self.font_size.currentData())
            self.accept()

"""Settings: this PC's language and font size; the shop's kind, name, sign-in and privacy
options, which only the owner changes (the staff have a dialog of their own)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QWidget

from shopcrm.core.i18n import tr
from shopcrm.staff import permissions
from shopcrm.storage import options
from shopcrm.ui import preferences, session
from shopcrm.ui.widgets import FormDialog, OptionsForm, combo


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
        self.shop = OptionsForm(
            [
                (tr("The shop"), options.on_screen(options.SHOP)),
                (tr("Sign-in and privacy"), options.on_screen(options.PRIVACY)),
            ]
        )
        self.owner = session.may("settings")
        self.shop.setEnabled(self.owner)
        self.shop.setToolTip("" if self.owner else permissions.refusal("settings"))
        self.lay_out([this_pc, self.shop], self.save)

    def save(self) -> None:
        """The shop's options are checked first: nothing is saved while one is refused."""
        if not self.owner or self.shop.save():
            preferences.save(self.language.currentData(), self.font_size.currentData())
            self.accept()

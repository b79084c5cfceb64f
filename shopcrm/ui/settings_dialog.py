"""Settings: this PC's language and font size; the shop's kind, name, sign-in and privacy
options, and the protection of its file, which only the owner changes (the staff have a
dialog of their own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr
from shopcrm.shop import protection
from shopcrm.staff import permissions
from shopcrm.storage import options
from shopcrm.storage.models import database
from shopcrm.ui import preferences, session
from shopcrm.ui.widgets import FormDialog, OptionsForm, combo, scrolling


class ProtectionBox(QGroupBox):
    """Whether the shop's file is protected with the owner's password, and her button to
    change that."""

    def __init__(self, owner: bool, parent: QWidget | None = None) -> None:
        super().__init__(tr("Protection of the database"), parent)
        self.setObjectName("protectionBox")
        self.state = QLabel()
        self.state.setObjectName("protectionState")
        self.state.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("protectButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.change)
        self.button.setEnabled(owner)
        self.button.setToolTip("" if owner else permissions.refusal("settings"))
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.button)
        column = QVBoxLayout(self)
        column.addWidget(self.state)
        column.addLayout(line)
        self.show_state()

    def show_state(self) -> None:
        if protection.is_protected(Path(database.obj.database)):
            self.state.setText(
                tr(
                    "The database and its backups are encrypted with the owner's password: "
                    "a copy of the file cannot be read without it or the recovery code."
                )
            )
            self.button.setText(tr("Take the protection off…"))
        else:
            self.state.setText(
                tr(
                    "The database is a plain file: whoever copies it can read the names, "
                    "phones and addresses in it."
                )
            )
            self.button.setText(tr("Protect the database with my password…"))

    def change(self) -> None:
        from shopcrm.ui.staff.protect_dialog import ProtectDialog

        dialog = ProtectDialog(self)
        dialog.finished.connect(lambda _result: self.show_state())
        dialog.open()


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
                (tr("Vouchers, stored value and receipts"), options.on_screen(options.WALLET)),
                (tr("Sign-in and privacy"), options.on_screen(options.PRIVACY)),
            ]
        )
        self.owner = session.may("settings")
        self.shop.setEnabled(self.owner)
        self.shop.setToolTip("" if self.owner else permissions.refusal("settings"))
        self.protection = ProtectionBox(self.owner)
        self.lay_out([this_pc, scrolling(self.shop, "shopOptions"), self.protection], self.save)

    def save(self) -> None:
        """The shop's options are checked first: nothing is saved while one is refused."""
        if not self.owner or self.shop.save():
            preferences.save(self.language.currentData(), self.font_size.currentData())
            self.accept()

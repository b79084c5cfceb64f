"""The owner's password over the shop's file: the question a protected shop asks before it
opens, and the owner's dialog that protects the database (or takes the protection off).

The conversion's long part (the backup first, the converted copy made and compared)
runs off the window's thread with its progress shown; the swap of files is quick and
happens back on the window's thread, which holds the shop's connection.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.shop import protection
from shopcrm.staff import accounts
from shopcrm.storage.models import database
from shopcrm.ui import operations, session
from shopcrm.ui.widgets import call_domain, set_invalid, waiting

REFUSED_STYLE = "color: #c0392b;"


def _secret_line(name: str, placeholder: str) -> QLineEdit:
    line = QLineEdit()
    line.setObjectName(name)
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setPlaceholderText(placeholder)
    return line


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("protectMessage")
    label.setStyleSheet(REFUSED_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class UnlockDialog(QDialog):
    """A protected shop opens with the owner's password or the recovery code; accepted,
    its key is open for this run."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(tr("The shop is protected"))
        self.db_path = Path(db_path)
        intro = QLabel(
            tr(
                "The shop's database {path} is protected with the owner's password. Type "
                "the owner's password, or the recovery code written down at setup."
            ).format(path=self.db_path)
        )
        intro.setWordWrap(True)
        intro.setMinimumWidth(420)
        self.secret = _secret_line("unlockSecret", tr("Password or recovery code"))
        self.message = _message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = buttons.addButton(tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setObjectName("saveButton")
        self.open_button.setDefault(True)
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Password"), self.secret)
        form.addRow("", self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.secret.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_invalid(self.secret, text or None)

    def unlock(self) -> None:
        if not self.secret.text():
            self.show_message(tr("Type the owner's password or the recovery code."))
            return
        typed = self.secret.text()
        opened = waiting(
            lambda: call_domain(
                lambda: protection.unlock(self.db_path, typed),
                lambda errors: self.show_message("; ".join(errors.values())),
            )
        )
        if opened is None:
            self.secret.clear()
            self.secret.setFocus()
            return
        self.accept()


def unlock_shop(db_path: Path, parent: QWidget | None = None) -> bool:
    """Whether the shop at `db_path` may be opened: plain, unlocked already, or unlocked
    now by the owner (False: she cancelled)."""
    if not protection.needs_unlocking(db_path):
        return True
    return UnlockDialog(db_path, parent).exec() == QDialog.DialogCode.Accepted


class ProtectDialog(QDialog):
    """The owner protects the database with her password (her recovery code too, which
    opens it if the password is lost), or takes the protection off it again.

    `converted` is what was done, once the dialog is accepted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("protectDialog")
        self.db_path = Path(database.obj.database)
        self.protecting = not protection.is_protected(self.db_path)
        self.converted: protection.Converted | None = None
        self.operation: operations.Operation[None] | None = None
        if self.protecting:
            self.setWindowTitle(tr("Protect the database"))
            words = tr(
                "The database and its new backups are encrypted with your password: "
                "whoever copies the file cannot read the names, phones and addresses in "
                "it. Each start of shopcrm then asks for your password or the recovery "
                "code. If both are lost, nobody can open the data again. A backup is "
                "made first; while the copy is made (a minute or two for a large shop) "
                "the counter cannot save."
            )
        else:
            self.setWindowTitle(tr("Take the protection off"))
            words = tr(
                "The database becomes a plain file again: whoever copies it can read the "
                "names, phones and addresses in it. The backups made while it was "
                "protected stay protected. A backup is made first; while the copy is made "
                "(a minute or two for a large shop) the counter cannot save."
            )
        intro = QLabel(words)
        intro.setWordWrap(True)
        intro.setMinimumWidth(440)
        self.password = _secret_line("protectPassword", tr("Your password"))
        self.code = _secret_line("protectRecoveryCode", "XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setEchoMode(QLineEdit.EchoMode.Normal)
        self.message = _message_label()
        self.progress = QProgressBar()
        self.progress.setObjectName("protectProgress")
        self.progress.hide()
        form = QFormLayout()
        form.addRow(tr("Owner's password"), self.password)
        if self.protecting:
            form.addRow(tr("Recovery code"), self.code)
        form.addRow("", self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        action = tr("Protect") if self.protecting else tr("Take the protection off")
        self.go_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setObjectName("saveButton")
        self.go_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.password.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _begin(self) -> protection.Conversion:
        """Her password, checked as a sign-in (wrong tries slow down), then the start."""
        owner = session.current()
        if owner is None:
            raise ShopError(tr("Sign in first."))
        owner = accounts.sign_in(owner.id, self.password.text())
        if self.protecting:
            return protection.start_protecting(owner, self.password.text(), self.code.text())
        return protection.start_unprotecting(owner, self.password.text())

    def start(self) -> None:
        if not self.password.text():
            self.show_message(tr("Type your password."))
            return
        conversion = waiting(
            lambda: call_domain(
                self._begin, lambda errors: self.show_message("; ".join(errors.values()))
            )
        )
        if conversion is None:
            self.password.clear()
            self.password.setFocus()
            return
        self._working(True)
        self.operation = operations.run_in_background(
            self,
            lambda job: conversion.prepare(job.report),
            on_done=lambda _none: self._finish(conversion),
            on_failed=self._failed,
            progress=self.progress,
        )

    def _working(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.password, self.code, self.go_button, self.cancel_button):
            widget.setEnabled(not busy)

    def _finish(self, conversion: protection.Conversion) -> None:
        """Back on the window's thread: the swap of files, then what was done."""
        done = waiting(
            lambda: call_domain(
                lambda: conversion.finish(interactive=True),
                lambda errors: self.show_message("; ".join(errors.values())),
            )
        )
        self._working(False)
        if done is None:
            return
        self.converted = done
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.windowTitle(),
            done.words(),
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.setObjectName("protectDoneBox")
        box.open()
        self.accept()

    def _failed(self, message: str) -> None:
        self._working(False)
        self.show_message(message)

    def reject(self) -> None:
        """While the copy is being made, the dialog waits for it: it ends by itself."""
        if self.operation is None or not self.operation.running():
            super().reject()

"""Who is at the counter: she picks her name and types her PIN (the owner her password),
so what she does is recorded under her name; also the lock screen, and the way back in
for an owner who forgot her password."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.staff import accounts
from shopcrm.storage.models import Staff
from shopcrm.ui.staff.owner_password import (
    CodeOnceDialog,
    password_line,
    same_password,
    secret_kind,
)
from shopcrm.ui.widgets import call_domain, set_invalid

# The red of a refused field in style.qss, for the one message of this dialog.
REFUSED_STYLE = "color: #c0392b;"


class ResetPasswordDialog(CodeOnceDialog):
    """A forgotten owner password: the recovery code written down at setup and a new
    password; the old code is spent, so the new one is shown to write down instead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "resetPasswordDialog",
            tr("Forgot the password"),
            tr("Type the recovery code written down when the shop was set up, and a new password."),
            tr("Set the new password"),
            parent,
        )
        self.owner: Staff | None = None
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.password = password_line()
        self.password_again = password_line()
        self.form.add(self.fields, "code", self.code, tr("Recovery code"))
        self.form.add(self.fields, "password", self.password, tr("New password"))
        self.form.add(self.fields, "password_again", self.password_again, tr("Password again"))
        self.code.setObjectName("recoveryCodeTyped")
        self.password.setObjectName("newPassword")
        self.password_again.setObjectName("newPasswordAgain")
        self.code.setFocus()

    def submit(self) -> str:
        same_password(self.password.text(), self.password_again.text())
        try:
            self.owner, code = accounts.reset_password(self.code.text(), self.password.text())
        except accounts.SignInRefused as refused:
            raise ValidationError({"code": str(refused)}) from refused
        return code


class SignInDialog(QDialog):
    """`signed_in` is who signed in once the dialog is accepted; rejected, no one did.

    `last_name` is chosen at first (who signed in last on this PC); `locked_by` names
    who locked the window, said at the top.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        last_name: str | None = None,
        locked_by: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self.setWindowTitle(tr("Sign in"))
        self.signed_in: Staff | None = None
        self.people = {person.id: person for person in accounts.can_sign_in()}

        self.locked = QLabel()
        self.locked.setObjectName("lockedBy")
        self.locked.setWordWrap(True)
        bold = self.locked.font()
        bold.setBold(True)
        self.locked.setFont(bold)
        if locked_by is not None:
            self.locked.setText(tr("Locked by {name}. Sign in to go on.").format(name=locked_by))
        self.locked.setVisible(locked_by is not None)
        self.name = QComboBox()
        self.name.setObjectName("signInName")
        for person in self.people.values():
            self.name.addItem(person.name, person.id)
        self.secret = QLineEdit()
        self.secret.setObjectName("signInSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_label = QLabel()
        self.message = QLabel()
        self.message.setObjectName("signInMessage")
        self.message.setStyleSheet(REFUSED_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.forgot_button = QPushButton(tr("Forgot the password?"))
        self.forgot_button.setObjectName("forgotPasswordButton")
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.clicked.connect(self.forgot_password)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.addButton(
            tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setObjectName("saveButton")
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Name"), self.name)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.message)
        forgot = QHBoxLayout()
        forgot.addWidget(self.forgot_button)
        forgot.addStretch(1)
        form.addRow("", forgot)
        layout = QVBoxLayout(self)
        layout.addWidget(self.locked)
        layout.addLayout(form)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)
        self.sign_in_button.setDefault(True)

        self.name.currentIndexChanged.connect(self._chosen)
        if last_name is not None:
            self.name.setCurrentIndex(max(self.name.findText(last_name), 0))
        self._chosen()
        self.secret.setFocus()

    def chosen(self) -> Staff | None:
        return self.people.get(self.name.currentData())

    def _chosen(self) -> None:
        """Ask the person chosen for her own kind of secret: a PIN of digits, or the password."""
        person = self.chosen()
        owner = person is not None and person.role == "owner"
        self.secret_label.setText(tr("Password") if owner else tr("PIN"))
        self.secret.setPlaceholderText(tr("Password") if owner else tr("PIN"))
        secret_kind(self.secret, pin=not owner)
        self.forgot_button.setVisible(owner)
        self.sign_in_button.setEnabled(person is not None)
        self.secret.clear()
        self.show_message("")
        self.secret.setFocus()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        set_invalid(self.secret, text or None)
        self.adjustSize()

    def sign_in(self) -> None:
        person = self.chosen()
        if person is None:
            return
        if not self.secret.text():
            self.show_message(
                tr("Type the password.") if person.role == "owner" else tr("Type your PIN.")
            )
            self.secret.setFocus()
            return
        found = call_domain(
            lambda: accounts.sign_in(person.id, self.secret.text()),
            lambda errors: self.show_message("; ".join(errors.values())),
        )
        if found is None:
            self.secret.clear()
            self.secret.setFocus()
            return
        self.signed_in = found
        self.accept()

    def forgot_password(self) -> ResetPasswordDialog:
        dialog = ResetPasswordDialog(self)
        dialog.accepted.connect(self._password_reset)
        dialog.open()
        return dialog

    def _password_reset(self) -> None:
        self.notice.setText(tr("The password is changed. Sign in with the new one."))
        self.notice.show()
        self.show_message("")
        self.secret.clear()
        self.secret.setFocus()

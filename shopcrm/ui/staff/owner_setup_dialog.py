"""The first start of a new shop: the owner gives her name and a password, then writes
down the recovery code that is her only way back in if the password is forgotten."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from shopcrm.core.i18n import tr
from shopcrm.staff import accounts
from shopcrm.storage.models import Staff
from shopcrm.ui.staff.owner_password import CodeOnceDialog, password_line, same_password


class OwnerSetupDialog(CodeOnceDialog):
    """`owner` is the shop's owner once she is set up (before the code is shown, so a
    caller finds her even if the program stops on the code page)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "ownerSetupDialog",
            tr("Set up the shop"),
            tr(
                "Welcome. This shop has no owner yet: that is you. You sign in with a "
                "password; the clerks you add sign in with a PIN."
            ),
            tr("Set up"),
            parent,
        )
        self.owner: Staff | None = None
        self.name = QLineEdit()
        self.password = password_line()
        self.password_again = password_line()
        self.form.add(self.fields, "name", self.name, tr("Your name"))
        self.form.add(self.fields, "password", self.password, tr("Password"))
        self.form.add(self.fields, "password_again", self.password_again, tr("Password again"))
        self.name.setObjectName("ownerName")
        self.password.setObjectName("ownerPassword")
        self.password_again.setObjectName("ownerPasswordAgain")
        protects = QLabel(tr("The password protects exports, restores and the shop's settings."))
        protects.setObjectName("hint")
        protects.setWordWrap(True)
        self.fields.addRow(protects)
        earlier = accounts.owner()  # a shop from before sign-in knows her name already
        if earlier is not None:
            self.name.setText(earlier.name)
        self.name.setFocus()

    def submit(self) -> str:
        same_password(self.password.text(), self.password_again.text())
        self.owner, code = accounts.set_up_owner(self.name.text(), self.password.text())
        return code

"""The owner's password and recovery code, as the first setup and a reset both ask for
them: the new password typed twice, so a slip of a finger cannot lock her out, then the
new recovery code on a page of its own. The code is shown this once and never stored
in clear, so that page is left only when she says she has written it down."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.staff import accounts
from shopcrm.ui.widgets import FieldForm, call_domain


def password_line() -> QLineEdit:
    """A line for a password, its letters hidden, saying how long it must be."""
    line = QLineEdit()
    line.setEchoMode(QLineEdit.EchoMode.Password)
    line.setPlaceholderText(
        trn("at least {n} character", "at least {n} characters", accounts.MIN_PASSWORD).format(
            n=accounts.MIN_PASSWORD
        )
    )
    return line


def secret_kind(line: QLineEdit, pin: bool) -> None:
    """What `line` takes: a PIN is digits only, at most six; a password anything."""
    line.setValidator(
        QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), line) if pin else None
    )
    hidden = Qt.InputMethodHint.ImhHiddenText
    line.setInputMethodHints(hidden | Qt.InputMethodHint.ImhDigitsOnly if pin else hidden)


def same_password(password: str, again: str) -> None:
    """Refuse two different passwords before anything is saved: a typo would lock her out."""
    if password != again:
        raise ValidationError(
            {"password_again": tr("The two passwords are not the same. Type the same one twice.")}
        )


class RecoveryCodeView(QWidget):
    """The recovery code in large, unmistakable letters to copy onto paper, and her word
    that she has (`written`), which the dialog waits for before it lets her go on."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel()
        self.code.setObjectName("recoveryCode")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.8)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setFrameShape(QLabel.Shape.StyledPanel)
        self.code.setMargin(10)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(tr("Copy"))
        self.copy_button.setObjectName("copyCodeButton")
        self.copy_button.clicked.connect(self.copy)
        advice = QLabel(
            tr(
                "This is the recovery code. Write it down on paper and keep it away from "
                "this PC. If the password is ever forgotten, it is the only way to set a new "
                "one. It is shown only this once."
            )
        )
        advice.setWordWrap(True)
        self.written = QCheckBox(tr("I have written it down"))
        self.written.setObjectName("codeWrittenDown")
        copy_line = QHBoxLayout()
        copy_line.addStretch(1)
        copy_line.addWidget(self.copy_button)
        copy_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(advice)
        layout.addWidget(self.code)
        layout.addLayout(copy_line)
        layout.addWidget(self.written)
        layout.addStretch(1)

    def show_code(self, code: str) -> None:
        self.code.setText(code)
        self.copy_button.setText(tr("Copy"))
        self.written.setChecked(False)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code.text())
        self.copy_button.setText(tr("Copied"))


class CodeOnceDialog(QDialog):
    """A form whose success is a new recovery code: the form first, then the code on a
    page that only Finish leaves. A subclass adds its fields to `fields` (bound through
    `form`) and does its one domain call in `submit`, which returns the code."""

    def __init__(
        self, name: str, title: str, intro: str, action: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form = FieldForm()
        self.fields = QFormLayout()
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        asking = QWidget()
        column = QVBoxLayout(asking)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addSpacing(6)
        column.addLayout(self.fields)
        column.addWidget(self.message)
        column.addStretch(1)
        column.addWidget(buttons)

        self.code_view = RecoveryCodeView()
        self.finish_button = QPushButton(tr("Finish"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setEnabled(False)
        self.code_view.written.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.accept)
        showing = QWidget()
        column = QVBoxLayout(showing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.code_view, 1)
        column.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)

        self.pages = QStackedWidget()
        self.pages.addWidget(asking)
        self.pages.addWidget(showing)
        # On the words, not the dialog: a code wider than the form still widens the dialog.
        self.intro.setMinimumWidth(440)
        QVBoxLayout(self).addWidget(self.pages)
        self.submit_button.setDefault(True)

    def submit(self) -> str:
        """Do the dialog's domain call with what was typed; the new recovery code."""
        raise NotImplementedError

    def save(self) -> None:
        code = call_domain(self.submit, self.show_errors)
        if code is None:
            return
        self.code_view.show_code(code)
        self.pages.setCurrentIndex(1)
        self.finish_button.setDefault(True)
        self.code_view.written.setFocus()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.message.setText(errors.get("", ""))
        self.message.setVisible("" in errors)
        self.adjustSize()
        widget = self.form.first_invalid(errors)
        if widget is not None:
            widget.setFocus()

    def showing_code(self) -> bool:
        return self.pages.currentIndex() == 1

    def reject(self) -> None:
        """Once the code is shown, only Finish closes the dialog: it is never shown again."""
        if not self.showing_code():
            super().reject()

"""The first start sets up the owner and shows her recovery code once; signing in takes
a clerk's PIN or the owner's password, slows down wrong guesses and lets a forgotten
password be reset with the code."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit

from shopcrm.core import clock
from shopcrm.staff import accounts
from shopcrm.storage.models import AuditLog, Staff
from shopcrm.ui.staff.owner_setup_dialog import OwnerSetupDialog
from shopcrm.ui.staff.sign_in_dialog import ResetPasswordDialog, SignInDialog
from tests.conftest import OWNER_PASSWORD

NEW_PASSWORD = "spring-coats"

pytestmark = pytest.mark.nobody_signed_in


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_in(qtbot, line: QLineEdit, text: str, enter: bool = False) -> None:
    line.setFocus()
    qtbot.keyClicks(line, text)
    if enter:
        qtbot.keyClick(line, Qt.Key.Key_Return)


def write_code_down(qtbot, dialog) -> str:
    """Read the code off the page, say it is written down and finish."""
    code = dialog.findChild(QLabel, "recoveryCode")
    assert code.isVisible() and code.text()
    assert not dialog.finish_button.isEnabled()
    qtbot.keyClick(dialog.code_view.written, Qt.Key.Key_Space)
    assert dialog.finish_button.isEnabled()
    qtbot.mouseClick(dialog.finish_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    return code.text()


def test_the_owner_set_up_at_first_start_gets_a_code_that_resets_her_password(
    qtbot, english, db
) -> None:
    dialog = shown(qtbot, OwnerSetupDialog())
    assert dialog.objectName() == "ownerSetupDialog"
    assert "exports, restores" in dialog.findChild(QLabel, "hint").text()
    dialog.findChild(QLineEdit, "ownerName").insert("王店长")  # keyClicks types ASCII only
    type_in(qtbot, dialog.findChild(QLineEdit, "ownerPassword"), OWNER_PASSWORD)
    type_in(qtbot, dialog.findChild(QLineEdit, "ownerPasswordAgain"), OWNER_PASSWORD, enter=True)
    assert accounts.has_owner() and dialog.owner.name == "王店长"
    assert dialog.owner.role == "owner"
    qtbot.mouseClick(dialog.code_view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == dialog.code_view.code.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the code is shown once: no closing it unread
    assert dialog.isVisible() and dialog.showing_code()
    code = write_code_down(qtbot, dialog)
    owner, _ = accounts.reset_password(code, NEW_PASSWORD)
    assert owner.id == dialog.owner.id
    assert accounts.sign_in(owner.id, NEW_PASSWORD).id == owner.id


def test_two_different_passwords_are_refused_and_nothing_typed_is_lost(qtbot, english, db) -> None:
    dialog = shown(qtbot, OwnerSetupDialog())
    dialog.name.insert("王店长")
    type_in(qtbot, dialog.password, OWNER_PASSWORD)
    type_in(qtbot, dialog.password_again, "owner-secrte", enter=True)
    assert not accounts.has_owner() and not dialog.showing_code()
    assert dialog.password_again.property("invalid") is True
    assert "not the same" in dialog.password_again.toolTip()
    errors = [e.text() for e in dialog.findChildren(QLabel, "fieldError") if e.isVisible()]
    assert errors == ["The two passwords are not the same. Type the same one twice."]
    assert (dialog.name.text(), dialog.password.text(), dialog.password_again.text()) == (
        "王店长",
        OWNER_PASSWORD,
        "owner-secrte",
    )
    assert dialog.focusWidget() is dialog.password_again
    dialog.password_again.selectAll()
    type_in(qtbot, dialog.password_again, OWNER_PASSWORD, enter=True)
    assert dialog.showing_code() and accounts.owner().name == "王店长"


def test_a_short_password_is_refused_beside_its_field(qtbot, english, db) -> None:
    dialog = shown(qtbot, OwnerSetupDialog())
    dialog.name.insert("王店长")
    type_in(qtbot, dialog.password, "abc")
    type_in(qtbot, dialog.password_again, "abc", enter=True)
    assert not accounts.has_owner()
    assert "at least 6 characters" in dialog.password.toolTip()
    assert dialog.password.text() == "abc" and dialog.name.text() == "王店长"


def test_a_clerk_signs_in_with_her_pin(qtbot, english, counter_clerk) -> None:
    dialog = shown(qtbot, SignInDialog(last_name="小周"))
    names = dialog.findChild(type(dialog.name), "signInName")
    assert [names.itemText(i) for i in range(names.count())] == ["王店长", "小周"]
    assert names.currentText() == "小周"
    secret = dialog.findChild(QLineEdit, "signInSecret")
    assert secret.placeholderText() == "PIN"
    assert secret.echoMode() == QLineEdit.EchoMode.Password
    assert not dialog.forgot_button.isVisible()
    type_in(qtbot, secret, "24ab68")  # a PIN takes digits only
    assert secret.text() == "2468"
    qtbot.keyClick(secret, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.signed_in.id == counter_clerk.id
    assert AuditLog.select().where(AuditLog.action == "sign_in").count() == 1


def test_a_wrong_pin_is_said_in_place_and_three_make_her_wait(
    qtbot, english, counter_clerk
) -> None:
    dialog = shown(qtbot, SignInDialog(last_name="小周"))
    message = dialog.findChild(QLabel, "signInMessage")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)  # nothing typed costs no try
    assert message.text() == "Type your PIN."
    assert Staff.get_by_id(counter_clerk.id).failed_attempts == 0
    for _ in range(accounts.FREE_TRIES - 1):
        type_in(qtbot, dialog.secret, "1111", enter=True)
        assert message.isVisible() and message.text() == "That PIN is not right."
        assert dialog.secret.text() == "" and dialog.focusWidget() is dialog.secret
        assert dialog.isVisible() and dialog.signed_in is None
    type_in(qtbot, dialog.secret, "1111", enter=True)
    assert message.text() == "That PIN is not right. Wait 30 seconds before the next try."
    type_in(qtbot, dialog.secret, "2468", enter=True)  # even the right PIN waits
    assert message.text().startswith("Too many wrong tries: wait")
    assert dialog.signed_in is None
    with clock.set_to(clock.now() + dt.timedelta(seconds=31)):
        type_in(qtbot, dialog.secret, "2468", enter=True)
    assert dialog.signed_in.id == counter_clerk.id


def test_the_owner_types_a_password_and_may_say_she_forgot_it(
    qtbot, english, counter_clerk
) -> None:
    dialog = shown(qtbot, SignInDialog(locked_by="小周"))
    assert dialog.findChild(QLabel, "lockedBy").text() == "Locked by 小周. Sign in to go on."
    assert dialog.name.currentText() == "王店长"
    assert dialog.secret.placeholderText() == "Password"
    assert dialog.forgot_button.isVisible()
    type_in(qtbot, dialog.secret, "a wrong one", enter=True)
    assert dialog.message.text() == "That password is not right."
    dialog.name.setCurrentIndex(dialog.name.findText("小周"))
    assert not dialog.forgot_button.isVisible() and not dialog.message.isVisible()
    dialog.name.setCurrentIndex(dialog.name.findText("王店长"))
    type_in(qtbot, dialog.secret, OWNER_PASSWORD, enter=True)
    assert dialog.signed_in.role == "owner"


@pytest.fixture
def first_code(db) -> str:
    return accounts.set_up_owner("王店长", OWNER_PASSWORD)[1]


def test_a_forgotten_password_is_reset_with_the_code_and_a_new_code_is_shown(
    qtbot, english, first_code
) -> None:
    dialog = shown(qtbot, SignInDialog())
    qtbot.mouseClick(dialog.forgot_button, Qt.MouseButton.LeftButton)
    reset = dialog.findChild(ResetPasswordDialog)
    assert reset.isVisible()
    type_in(qtbot, reset.code, "AAAA-BBBB-CCCC-DDDD-EEEE")
    type_in(qtbot, reset.password, NEW_PASSWORD)
    type_in(qtbot, reset.password_again, NEW_PASSWORD, enter=True)
    assert "not the recovery code" in reset.code.toolTip()
    assert reset.password.text() == NEW_PASSWORD and not reset.showing_code()
    reset.code.clear()
    type_in(qtbot, reset.code, first_code.lower().replace("-", " "), enter=True)
    assert reset.showing_code()
    new_code = write_code_down(qtbot, reset)
    assert new_code != first_code
    assert "Sign in with the new one" in dialog.notice.text()
    with pytest.raises(accounts.SignInRefused):
        accounts.reset_password(first_code, "another-one")
    type_in(qtbot, dialog.secret, NEW_PASSWORD, enter=True)
    assert dialog.signed_in.role == "owner"


def test_a_shop_from_before_sign_in_asks_its_owner_only_for_a_password(qtbot, english, db) -> None:
    earlier = Staff.create(name="刘振帅", role="owner")  # as the upgrade leaves her
    dialog = shown(qtbot, OwnerSetupDialog())
    assert dialog.name.text() == "刘振帅"
    type_in(qtbot, dialog.password, OWNER_PASSWORD)
    type_in(qtbot, dialog.password_again, OWNER_PASSWORD, enter=True)
    assert dialog.owner.id == earlier.id and accounts.has_owner()

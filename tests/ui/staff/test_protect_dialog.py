"""The owner protects the shop's file from the settings, and a protected shop asks for her
password or the recovery code before the window opens."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shopcrm.customers import search
from shopcrm.shop import protection
from shopcrm.staff import accounts, secrets
from shopcrm.storage import encryption, settings
from shopcrm.storage.models import Customer, database
from shopcrm.ui import session
from shopcrm.ui.settings_dialog import SettingsDialog
from shopcrm.ui.staff.protect_dialog import ProtectDialog, UnlockDialog
from tests.conftest import OWNER_PASSWORD
from tests.helpers.protected import light_key_wrapping, readable

CODE = "ABCD-EFGH-JKMN-PQRS-TUVW"


@pytest.fixture(autouse=True)
def _light_keys() -> Iterator[None]:
    with light_key_wrapping():
        yield


@pytest.fixture
def recovery_code(owner) -> str:
    """The owner's recovery code, one the test knows (setup shows it only once)."""
    settings.put(accounts.RECOVERY_KEY, secrets.hashed(CODE))
    return CODE


def _protect_dialog(qtbot, settings_dialog: SettingsDialog) -> ProtectDialog:
    qtbot.mouseClick(settings_dialog.protection.button, Qt.MouseButton.LeftButton)
    found = settings_dialog.protection.findChild(ProtectDialog)
    assert found is not None and found.isVisible()
    return found


def test_the_owner_protects_the_database_from_the_settings(
    qtbot, english, shop, db, db_path: Path, recovery_code: str
) -> None:
    db.make_interactive()
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    box = dialog.protection
    assert box.button.isEnabled()
    assert box.button.text() == "Protect the database with my password…"
    protect = _protect_dialog(qtbot, dialog)
    protect.password.setText(OWNER_PASSWORD)
    protect.code.setText(recovery_code.lower())
    qtbot.mouseClick(protect.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: protect.converted is not None, timeout=20_000)
    assert protect.result() == ProtectDialog.DialogCode.Accepted
    assert protection.is_protected(db_path) and readable(db_path) == []
    assert box.button.text() == "Take the protection off…"
    said = box.findChild(QMessageBox, "protectDoneBox")
    assert said is not None and "still plain" in said.text()
    said.close()
    # The window goes on over the protected file, its thread waiting only a moment.
    assert type(database.obj).__name__ == "EncryptedShopDatabase"
    assert database.obj.interactive_thread is not None
    assert search.search_ids("5678") == [shop["xiaoli"]]
    assert Customer.select().count() == 4


def test_a_wrong_password_changes_nothing(qtbot, english, db, db_path, recovery_code) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    protect = _protect_dialog(qtbot, dialog)
    protect.password.setText("not-her-password")
    protect.code.setText(recovery_code)
    qtbot.mouseClick(protect.go_button, Qt.MouseButton.LeftButton)
    assert protect.message.isVisible() and "not right" in protect.message.text()
    assert protect.isVisible() and protect.operation is None
    assert not protection.is_protected(db_path)


def test_taking_the_protection_off_from_the_settings(
    qtbot, english, db, db_path, recovery_code
) -> None:
    protection.protect(accounts.owner(), OWNER_PASSWORD, recovery_code)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert dialog.protection.button.text() == "Take the protection off…"
    protect = _protect_dialog(qtbot, dialog)
    assert not protect.code.isVisible()  # only her password is asked for
    protect.password.setText(OWNER_PASSWORD)
    qtbot.mouseClick(protect.go_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: protect.converted is not None, timeout=20_000)
    assert not protection.is_protected(db_path)
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    dialog.protection.findChild(QMessageBox, "protectDoneBox").close()


def test_a_clerk_sees_the_protection_but_cannot_change_it(
    qtbot, english, db, counter_clerk
) -> None:
    session.set_current(counter_clerk)
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    assert not dialog.protection.button.isEnabled()
    assert "Only the owner" in dialog.protection.button.toolTip()


def test_the_unlock_dialog_refuses_a_wrong_password_and_opens_with_the_right_one(
    qtbot, english, db, db_path, recovery_code
) -> None:
    protection.protect(accounts.owner(), OWNER_PASSWORD, recovery_code)
    database.close()
    encryption.forget_all()
    dialog = UnlockDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.secret.setText("a guess")
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert "neither the owner's password nor the recovery code" in dialog.message.text()
    assert dialog.secret.text() == "" and protection.needs_unlocking(db_path)
    dialog.secret.setText(recovery_code.replace("-", ""))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == UnlockDialog.DialogCode.Accepted
    assert not protection.needs_unlocking(db_path)


def test_the_window_does_not_open_a_protected_shop_until_it_is_unlocked(
    qtbot, db, db_path, recovery_code, monkeypatch
) -> None:
    from shopcrm.ui import app
    from shopcrm.ui.staff import protect_dialog

    protection.protect(accounts.owner(), OWNER_PASSWORD, recovery_code)
    database.close()
    encryption.forget_all()
    asked: list[Path] = []

    def cancelled(self) -> int:
        asked.append(self.db_path)
        return UnlockDialog.DialogCode.Rejected

    monkeypatch.setattr(protect_dialog.UnlockDialog, "exec", cancelled)
    assert app.run(db_path) == 0
    assert asked == [db_path]
    assert database.is_closed()


def test_a_damaged_protected_shop_unlocks_its_backup_before_restoring_it(
    qtbot, english, shop, db, db_path, recovery_code, monkeypatch
) -> None:
    import random

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog

    from shopcrm.core.errors import DamagedDatabase
    from shopcrm.shop import day_start
    from shopcrm.storage import backup
    from shopcrm.ui import app

    protection.protect(accounts.owner(), OWNER_PASSWORD, recovery_code)
    backup.backup_now(database.obj, db_path)
    count = Customer.select().count()
    # The customers' own pages: damage there is found by the check, not by the first read
    # of the schema, wherever a new schema's pages fall.
    (page,) = database.execute_sql(
        "SELECT rootpage FROM sqlite_master WHERE name = 'customer'"
    ).fetchone()
    database.close()
    data = bytearray(db_path.read_bytes())
    start = (page - 1) * 4096
    data[start : start + 4096] = random.Random(5).randbytes(4096)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as damaged:
        app._start_shop(db_path)
        day_start.start_the_day(db_path)
    encryption.forget_all()  # as when the backup was protected under an earlier password
    asked: list[Path] = []

    def typed_password(self) -> int:
        asked.append(self.db_path)
        self.secret.setText(OWNER_PASSWORD)
        self.unlock()
        return self.result()

    def press_restore() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "damagedBox")
        next(b for b in box.buttons() if b.text() == "Restore that backup").click()

    monkeypatch.setattr(UnlockDialog, "exec", typed_password)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (OWNER_PASSWORD, True))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    QTimer.singleShot(200, press_restore)
    assert app._offer_restore(db_path, damaged.value)
    assert asked == [damaged.value.backup.path]
    assert protection.is_protected(db_path)
    assert Customer.select().count() == count

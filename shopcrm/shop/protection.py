"""The owner's choice to protect the shop's file with her password, and to take it back.

Protecting converts the shop into an encrypted copy of itself (storage/encryption.py,
storage/keyfile.py): a verified backup is made first, and that backup, not the live
file, is exported into the encrypted copy, which is compared with it (every table's
rows, the schema, search results, integrity) before the two files are swapped. While
this runs the shop keeps its write lock, so a sale meanwhile waits (and is told what
runs) instead of going into the file about to be replaced; the swap itself happens
only when nothing else has the file open. Taking the protection off is the same road
back. The long part (`Conversion.prepare`) may run on a worker thread; starting and
finishing belong to the thread that holds the shop's connection (the window's).

Unlocking reads only the key file: the owner's password or the recovery code opens the
data key, which this process then remembers for the shop and its backups.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.paths import make_private
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts, audit, permissions, secrets
from shopcrm.storage import backup, busy, encryption, faults, keyfile, settings
from shopcrm.storage.models import Staff, database

LOCK_WAIT_S = 2.0
STEPS = 4
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Converted:
    """What a conversion did: the shop is now `protected` or not; `backup` is the copy
    of the shop as it was, made first; `left_as_before` counts the copies in the backups
    folder still as the shop was (plain after protecting, protected after unprotecting)."""

    protected: bool
    backup: Path
    left_as_before: int

    def words(self) -> str:
        """What the owner is told, the backups left as they were among it."""
        if self.protected:
            said = tr(
                "The database is protected with the owner's password. Its key file (.keys) "
                "must stay beside it: it holds no secret, but without it the database "
                "cannot be opened. shopcrm now asks for the owner's password or the "
                "recovery code when it starts. The backup made first, as the shop was: "
                "{path}"
            ).format(path=self.backup)
            if self.left_as_before:
                said += "\n" + trn(
                    "{n} backup in {folder} is still plain: names, phones and addresses can "
                    "be read in it. The new backups are protected. Delete the plain one once "
                    "you have checked the protected shop, or keep it somewhere safe.",
                    "{n} backups in {folder} are still plain: names, phones and addresses "
                    "can be read in them. The new backups are protected. Delete the plain "
                    "ones once you have checked the protected shop, or keep them somewhere "
                    "safe.",
                    self.left_as_before,
                ).format(n=self.left_as_before, folder=self.backup.parent)
            return said
        said = tr(
            "The protection is off: the database is a plain file again. The backup made "
            "first, as the shop was: {path}"
        ).format(path=self.backup)
        if self.left_as_before:
            said += "\n" + trn(
                "{n} backup stays protected: it opens with the owner's password or the "
                "recovery code of its time, with the .keys file beside it.",
                "{n} backups stay protected: they open with the owner's password or the "
                "recovery code of their time, with the .keys file beside each.",
                self.left_as_before,
            ).format(n=self.left_as_before)
        return said


def is_protected(db_path: Path) -> bool:
    return encryption.is_encrypted(Path(db_path))


def needs_unlocking(db_path: Path) -> bool:
    """Whether the shop is protected and its key has not been given in this process."""
    return is_protected(db_path) and encryption.known_key(Path(db_path)) is None


def unlock(db_path: Path, typed: str) -> str:
    """Open the key of the protected file at `db_path` (a shop or a backup) with the
    owner's password or the recovery code; return which one it was ("password" or
    "recovery"). Wrong, it raises keyfile.WrongSecret and nothing is remembered."""
    keys = keyfile.read(keyfile.path_beside(Path(db_path)))
    slot, data_key = keyfile.unlock(
        keys, {keyfile.PASSWORD: typed, keyfile.RECOVERY: secrets.typed_code(typed)}
    )
    encryption.remember(keys, data_key)
    return slot


def _check_owner(owner: Staff, password: str) -> None:
    permissions.require(owner, "settings")
    found = Staff.get_or_none(Staff.id == owner.id)
    if found is None or found.role != "owner" or not secrets.matches(found.secret, password):
        raise accounts.SignInRefused(tr("That is not the owner's password."))


def _check_recovery_code(code: str) -> str:
    typed = secrets.typed_code(code)
    if not secrets.matches(settings.get(accounts.RECOVERY_KEY), typed):
        raise accounts.SignInRefused(
            tr(
                "That is not the recovery code written down when the shop was set up. "
                "It is needed too: it opens the database if the password is forgotten."
            )
        )
    return typed


def _side_files(db_path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps while any connection has the file open."""
    beside = (db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm"))
    return [path for path in beside if path.exists()]


class Conversion:
    """One protect or unprotect of the open shop, from its start to the swap of files."""

    def __init__(
        self,
        owner: Staff,
        *,
        password: str,
        recovery_code: str | None,
    ) -> None:
        self.owner = owner
        self.db_path = Path(database.obj.database)
        self.protecting = recovery_code is not None
        self.password = password
        self.recovery_code = recovery_code
        self.staged = encryption.staged_path(self.db_path)
        self.backup: Path | None = None
        self.keys: keyfile.ShopKeys | None = None
        self.new_key: bytes | None = None
        self.old_key: bytes | None = getattr(database.obj, "data_key", None)
        self._note = contextlib.ExitStack()
        self._hold = self._take_write_lock()

    def _take_write_lock(self) -> Any:
        """A connection of its own holding the shop's write lock until the swap: writers
        wait, readers (the window's list) go on."""
        self.staged.unlink(missing_ok=True)
        # Let go from whichever thread gives up (a failed prepare on the worker).
        options = {"isolation_level": None, "timeout": LOCK_WAIT_S, "check_same_thread": False}
        if self.old_key is None:
            hold = sqlite3.connect(self.db_path, **options)
        else:
            hold = encryption.connect(self.db_path, self.old_key, **options)
        try:
            hold.execute("BEGIN IMMEDIATE")
        except BaseException:
            hold.close()
            raise
        self._note.enter_context(
            busy.holding("protect" if self.protecting else "unprotect", self.owner.name)
        )
        return hold

    def prepare(self, progress: Progress | None = None) -> None:
        """The long part, on any thread: the backup first, then the converted copy, made
        and compared. Nothing is swapped yet; a failure leaves the shop as it was."""
        step = progress or (lambda done, total: None)
        try:
            step(0, STEPS)
            label = "before-protect" if self.protecting else "before-unprotect"
            # Checked whole as every backup is; the converted copy then gets the full
            # integrity check, and is compared with this one.
            self.backup = backup.backup_now(database.obj, self.db_path, label=label)
            step(1, STEPS)
            if self.protecting:
                assert self.recovery_code is not None
                self.keys, self.new_key = keyfile.create(self.password, self.recovery_code)
            step(2, STEPS)
            encryption.export(self.backup, self.old_key, self.staged, self.new_key)
            step(3, STEPS)
            self._compare()
            step(STEPS, STEPS)
        except BaseException:
            self.abandon()
            raise

    def _compare(self) -> None:
        before = encryption.connect(self.backup, self.old_key)
        try:
            after = encryption.connect(self.staged, self.new_key)
            try:
                found = encryption.differences(before, after, encrypted=self.protecting)
            finally:
                after.close()
        finally:
            before.close()
        if found:
            raise ShopError(
                tr(
                    "The converted copy of the shop is not the same as the shop ({what}), "
                    "so nothing was changed. The backup made first is kept: {path}"
                ).format(what="; ".join(found[:3]), path=self.backup)
            )

    def abandon(self) -> None:
        """Give up: the converted copy goes, the write lock and the busy note are let go."""
        with contextlib.suppress(*encryption.sqlite_errors()):
            self._hold.close()
        self._note.close()
        self.staged.unlink(missing_ok=True)

    def finish(self, *, interactive: bool = False) -> Converted:
        """On the thread that holds the shop's connection: swap the converted copy in, once
        nothing else has the file open, and open it."""
        assert self.backup is not None, "prepare() first"
        database.close()
        self._hold.execute("ROLLBACK")
        self._hold.close()
        try:
            if _side_files(self.db_path):
                raise faults.ShopBusy(
                    tr(
                        "Another program (a second shopcrm window, or an import) has the "
                        "shop open, so it was not converted and nothing was changed. Close "
                        "it and try again."
                    )
                )
            make_private(self.staged)
            if self.protecting:
                assert self.keys is not None and self.new_key is not None
                keyfile.write(keyfile.path_beside(self.db_path), self.keys)
                encryption.remember(self.keys, self.new_key)
            os.replace(self.staged, self.db_path)
        except BaseException:
            self.abandon()
            if self.protecting and encryption.has_plain_header(self.db_path):
                keyfile.path_beside(self.db_path).unlink(missing_ok=True)
            open_shop(self.db_path, interactive=interactive)
            raise
        if not self.protecting:
            keyfile.path_beside(self.db_path).unlink(missing_ok=True)
        self._note.close()
        open_shop(self.db_path, interactive=interactive)
        with database.atomic("IMMEDIATE"):
            audit.record("protected" if self.protecting else "unprotected", self.owner)
        return Converted(self.protecting, self.backup, self._left_as_before())

    def _left_as_before(self) -> int:
        """The copies in the backups folder still as the shop was before the change."""
        return sum(
            1
            for info in backup.backups(self.db_path)
            if encryption.has_plain_header(info.path) == self.protecting
        )


def start_protecting(owner: Staff, password: str, recovery_code: str) -> Conversion:
    """Begin protecting the open shop with the owner's password; the recovery code written
    down at setup is asked for too, and opens the database if the password is lost."""
    _check_owner(owner, password)
    code = _check_recovery_code(recovery_code)
    if is_protected(Path(database.obj.database)):
        raise ShopError(tr("The database is protected already."))
    return Conversion(owner, password=password, recovery_code=code)


def start_unprotecting(owner: Staff, password: str) -> Conversion:
    """Begin taking the protection off the open shop: its file becomes plain again."""
    _check_owner(owner, password)
    if getattr(database.obj, "data_key", None) is None:
        raise ShopError(tr("The database is not protected."))
    return Conversion(owner, password=password, recovery_code=None)


def protect(owner: Staff, password: str, recovery_code: str) -> Converted:
    """Protect the open shop at once (the command line)."""
    conversion = start_protecting(owner, password, recovery_code)
    conversion.prepare()
    return conversion.finish()


def unprotect(owner: Staff, password: str) -> Converted:
    conversion = start_unprotecting(owner, password)
    conversion.prepare()
    return conversion.finish()

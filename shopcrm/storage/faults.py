"""What went wrong, in words the shop can act on, from the errors SQLite and the disk raise.

A full disk, a read-only folder, a second program holding the file, a damaged
page: each arrives as a low-level error (sqlite3's or sqlcipher3's, OSError)
that would otherwise end as "unexpected error", or worse as advice to
restore a backup for a database that is intact. `explain` turns each into the
ShopError that says what happened, that nothing was changed, and what to do.
"""

from __future__ import annotations

import errno
from pathlib import Path

from peewee import DatabaseError, OperationalError

from shopcrm.core.errors import DamagedDatabase, ShopError
from shopcrm.core.i18n import tr
from shopcrm.storage.encryption import operational_errors, sqlite_errors


class DiskFull(ShopError):
    """The disk (or the USB stick) is full; what was being done was not done."""


class NoPermission(ShopError):
    """The file or its folder cannot be written by this user."""


class ShopBusy(ShopError):
    """Another program (a second window, an import) holds the shop's file just now."""


_FULL = ("database or disk is full", "no space left")
_READ_ONLY = ("readonly database", "read-only", "unable to open database file", "permission")
_LOCKED = ("database is locked", "database table is locked")
_DAMAGED = ("malformed", "file is not a database", "disk i/o error", "file is encrypted")


def explain(error: BaseException, db_path: Path) -> ShopError | None:
    """The ShopError for a low-level fault of the shop at `db_path`, or None if it is not one.

    The first error that says something counts, from the one raised inward: a full
    disk often surfaces as the rollback that followed failing ("cannot rollback -
    no transaction is active"), which says nothing itself.
    """
    for cause in _chain(error):
        found = _explain_one(cause, db_path)
        if found is not None:
            return found
    return None


def _chain(error: BaseException) -> list[BaseException]:
    """The error and the ones it was raised from or while handling, outermost first."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        hidden = current.__suppress_context__ and current.__cause__ is None  # `from None`
        current = None if hidden else current.__cause__ or current.__context__
    return found


def _explain_one(error: BaseException, db_path: Path) -> ShopError | None:
    if isinstance(error, ShopError):
        return error
    text = str(error).lower()
    if (isinstance(error, OSError) and error.errno == errno.ENOSPC) or any(
        words in text for words in _FULL
    ):
        return DiskFull(
            tr(
                "The disk is full, so that was not done and nothing was changed. Free some "
                "space (or choose another disk or folder) and try again."
            )
        )
    if isinstance(error, OSError) and error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return NoPermission(
            tr(
                "shopcrm may not write to {path}: it or its folder is read-only for this "
                "user. Nothing was changed; choose another place, or ask for the folder to "
                "be made writable."
            ).format(path=error.filename or db_path)
        )
    if not isinstance(error, (*sqlite_errors(), DatabaseError)):
        return None
    if any(words in text for words in _LOCKED):
        from shopcrm.storage.busy import holder

        who = holder(db_path)
        if who:
            return ShopBusy(
                tr(
                    "The shop is busy with {who}. Nothing was lost: what you typed is still "
                    "here and is saved as soon as the shop is free."
                ).format(who=who)
            )
        return ShopBusy(
            tr(
                "Another program is writing to the shop just now (a second shopcrm window, "
                "or an import). Nothing was lost: what you typed is still here. Try again "
                "in a moment."
            )
        )
    if isinstance(error, (*operational_errors(), OperationalError)) and any(
        words in text for words in _READ_ONLY
    ):
        return NoPermission(
            tr(
                "shopcrm may not write to {path}: it or its folder is read-only for this "
                "user. Nothing was changed; choose another place, or ask for the folder to "
                "be made writable."
            ).format(path=db_path)
        )
    if any(words in text for words in _DAMAGED):
        from shopcrm.storage import backup

        found: DamagedDatabase = backup.damaged(db_path, str(error))
        return found
    return None

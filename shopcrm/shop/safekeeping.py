"""The owner's hold on the shop's file: restoring a backup and copying the database to a
place of her choice. The routine copies (the daily backup, "back up now" into the
shop's own backups folder) need no one's say."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from shopcrm.shop.opening import open_shop
from shopcrm.staff import audit, permissions
from shopcrm.storage import backup
from shopcrm.storage.models import Staff, database


def restore(actor: Staff, db_path: Path, source: Path) -> Path | None:
    """Replace the shop with a verified backup and open it; the copy of the shop as it was
    (returned) keeps the restore undoable, and the restored shop's trail records it."""
    permissions.require(actor, "restore")
    aside = backup.restore(db_path, source)
    open_shop(db_path)
    with database.atomic("IMMEDIATE"):
        # Her row in the restored file may not be the same one: the trail names her.
        audit.record("restore", None, file=Path(source).name, by=actor.name)
    return aside


def backup_to(actor: Staff, db: SqliteDatabase, dest: Path, *, force: bool = False) -> Path:
    permissions.require(actor, "backup_to")
    made = backup.backup_to(db, dest, force=force)
    with database.atomic("IMMEDIATE"):
        audit.record("backup", actor, file=str(made))
    return made

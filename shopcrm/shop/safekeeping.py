"""The owner's hold on the shop's file: restoring a backup and copying the database to a
place of her choice. The routine copies (the daily backup, "back up now" into the
shop's own backups folder) need no one's say."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

from peewee import SqliteDatabase

from shopcrm.core.i18n import tr
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts, audit, permissions, secrets
from shopcrm.storage import backup, dbfile, settings
from shopcrm.storage.models import Staff, database


def restore(actor: Staff, db_path: Path, source: Path) -> Path | None:
    """Replace the shop with a verified backup and open it; the copy of the shop as it was
    (returned) keeps the restore undoable, and the restored shop's trail records it."""
    permissions.require(actor, "restore")
    backup.verify(Path(source))  # a damaged backup is refused while the shop is still open
    recovery = settings.get(accounts.RECOVERY_KEY) or None
    database.close()
    try:
        aside = backup.restore(db_path, source)
    finally:
        open_shop(db_path)  # the restored shop, or the shop as it was if the restore failed
    accounts.keep_owner(actor.name, actor.secret, recovery)
    with database.atomic("IMMEDIATE"):
        # Her row in the restored file may not be the same one: the trail names her.
        audit.record("restore", None, file=Path(source).name, by=actor.name)
    return aside


def backup_owner_secret(source: Path) -> str | None:
    """The owner's password hash kept in a backup (None: a shop from before sign-in)."""
    with closing(dbfile.read_only(Path(source))) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "staff" not in tables:
            return None
        columns = {row[1] for row in conn.execute("PRAGMA table_info(staff)")}
        if "secret" not in columns:
            return None
        row = conn.execute(
            "SELECT secret FROM staff WHERE role = 'owner' AND active ORDER BY id LIMIT 1"
        ).fetchone()
    return row[0] if row else None


def restore_damaged(db_path: Path, source: Path, password: str) -> Path | None:
    """A damaged or missing shop cannot say who its owner is: the backup that replaces it
    can, so its owner's password lets it in. A shop that can be read is restored by its
    own owner (restore above), never this way."""
    kept = backup_owner_secret(source)
    if kept is not None and not secrets.matches(kept, password):
        raise accounts.SignInRefused(tr("That is not the owner's password of this backup."))
    aside = backup.restore(db_path, source)
    open_shop(db_path)
    with database.atomic("IMMEDIATE"):
        audit.record("restore", None, file=Path(source).name, by=tr("the owner"))
    return aside


def backup_to(actor: Staff, db: SqliteDatabase, dest: Path, *, force: bool = False) -> Path:
    permissions.require(actor, "backup_to")
    made = backup.backup_to(db, dest, force=force)
    with database.atomic("IMMEDIATE"):
        audit.record("backup", actor, file=str(made))
    return made

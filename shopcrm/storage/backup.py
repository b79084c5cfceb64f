"""Copies of the database made with SQLite's online backup API.

The API copies a consistent snapshot even while the shop is writing. Every
copy is written beside its destination and renamed into place only when
complete, so a crash never leaves a half copy where a good one is expected.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from shopcrm.core import clock
from shopcrm.core.errors import UnusableDatabase
from shopcrm.core.i18n import tr
from shopcrm.core.paths import backup_dir
from shopcrm.storage.dbfile import inspect, read_only

KEEP_DAILY = 14
DAILY = "daily"


def _copy(source: sqlite3.Connection, dest: Path) -> None:
    partial = dest.with_name(dest.name + ".part")
    partial.unlink(missing_ok=True)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode = delete")
    finally:
        target.close()
    os.replace(partial, dest)


def backup_now(
    db: SqliteDatabase, db_path: Path, label: str = "manual", *, when: dt.datetime | None = None
) -> Path:
    """Back up into the backups folder beside the database; return the copy's path."""
    stamp = (when or clock.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    dest = folder / f"{db_path.stem}-{stamp}-{label}.db"
    _copy(db.connection(), dest)
    return dest


def backup_to(db: SqliteDatabase, dest: Path) -> Path:
    """Back up to a chosen file, or into a chosen folder."""
    if dest.is_dir():
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        dest = dest / f"shopcrm-{stamp}.db"
    if dest.resolve() == Path(db.database).resolve():
        raise UnusableDatabase(tr("Choose another file: that one is the database itself."))
    dest.parent.mkdir(parents=True, exist_ok=True)
    _copy(db.connection(), dest)
    return dest


def daily_backups(db_path: Path) -> list[Path]:
    """The automatic backups of this database, oldest first."""
    return sorted(backup_dir(db_path).glob(f"{db_path.stem}-*-{DAILY}.db"))


def daily_backup(db: SqliteDatabase, db_path: Path, today: dt.date | None = None) -> Path | None:
    """Once a day at start: back up unless today's copy exists; keep the last 14."""
    moment = dt.datetime.combine(today or clock.today(), clock.now().time())
    day = moment.strftime("%Y%m%d")
    existing = daily_backups(db_path)
    if any(f"-{day}-" in path.name for path in existing):
        return None
    # Named by the day checked above, so the once-a-day test sees this copy.
    made = backup_now(db, db_path, label=DAILY, when=moment)
    for old in daily_backups(db_path)[:-KEEP_DAILY]:
        old.unlink()
    return made


def verify(path: Path) -> int:
    """Check a file can be restored; return its schema version or raise UnusableDatabase."""
    version = inspect(path)
    if version is None:
        raise UnusableDatabase(tr("{path} holds no shop data.").format(path=path))
    conn = read_only(path)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:  # damage bad enough that the check itself fails
        result, broken_links = [str(exc)], []
    finally:
        conn.close()
    if result != ["ok"]:
        raise UnusableDatabase(
            tr("{path} is damaged ({reason}); choose another backup.").format(
                path=path, reason=result[0]
            )
        )
    if broken_links:
        raise UnusableDatabase(
            tr("{path} has {count} broken links between records; choose another backup.").format(
                path=path, count=len(broken_links)
            )
        )
    return version


def _unused(path: Path) -> Path:
    """`path`, or `path` numbered -2, -3… if taken: a kept copy is never replaced."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database with `source` after verifying it.

    The current database is first copied aside (returned), so a restore can
    itself be undone. The caller opens the database afterwards, which upgrades
    an older backup.
    """
    source = Path(source)
    verify(source)
    if source.resolve() == db_path.resolve():
        raise UnusableDatabase(tr("That file is the database itself; choose a backup."))
    aside = None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    current = sqlite3.connect(db_path)
    try:
        if db_path.stat().st_size:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            aside = _unused(db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.db"))
            _copy(current, aside)
        incoming = read_only(source)
        try:
            incoming.backup(current)
        finally:
            incoming.close()
        current.execute("PRAGMA journal_mode = wal")
    finally:
        current.close()
    return aside

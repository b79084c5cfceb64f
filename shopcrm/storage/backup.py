"""Copies of the database made with SQLite's online backup API.

The API copies a consistent snapshot even while the shop is writing. Every
copy is written beside its destination, checked (`PRAGMA quick_check`) and
renamed into place only when whole and sound, so a crash never leaves a half
copy where a good one is expected, and damage never spreads into the backups:
the page-for-page copy of a damaged file fails the check, is thrown away, and
the shop is told which good backup to restore. The backups folder keeps a
record of the copies found sound (`verified.json`); rotating the daily copies
never deletes the newest of those.

A protected shop's copies are encrypted with its own key (the backup API between two
connections keyed alike; SQLCipher checks each page's HMAC as it is read), verified
page by page (`cipher_integrity_check`) as well when a copy is verified, and its key
file is copied beside each of them, so each copy opens on its own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from peewee import SqliteDatabase

from shopcrm.core import clock
from shopcrm.core.errors import DamagedDatabase, UnusableDatabase
from shopcrm.core.i18n import tr, trn
from shopcrm.core.paths import backup_dir, make_private
from shopcrm.storage import encryption, keyfile
from shopcrm.storage.dbfile import inspect, read_only

KEEP_DAILY = 14
DAILY = "daily"
MANIFEST = "verified.json"
PARTIAL = ".part"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-|\.db$)")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime | None
    size: int
    verified: bool | None  # checked sound (True), found damaged (False), not checked (None)


def _quick_check(conn: Any) -> str:
    """'ok', or the first problem SQLite finds in the file."""
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0]
    except encryption.database_errors() as exc:
        return str(exc)


def _discard(partial: Path) -> None:
    for leftover in (
        partial,
        partial.with_name(partial.name + "-journal"),
        keyfile.path_beside(partial),
    ):
        leftover.unlink(missing_ok=True)


def _connect_copy(path: Path, data_key: bytes | None) -> Any:
    """A connection to a copy being written: keyed like the shop, or plain."""
    if data_key is None:
        conn = sqlite3.connect(path)
        conn.execute(encryption.CHECK_CACHE)
        return conn
    return encryption.connect(path, data_key)


def _copy_keys(db_file: Path, copy: Path) -> None:
    """The key file of `db_file` beside its copy, so the copy opens on its own."""
    keyfile.write(keyfile.path_beside(copy), keyfile.read(keyfile.path_beside(db_file)))


def unlink_copy(copy: Path) -> None:
    """Delete a backup with the key file beside it."""
    copy.unlink(missing_ok=True)
    keyfile.path_beside(copy).unlink(missing_ok=True)


def _copy(source: Any, dest: Path, db_path: Path, data_key: bytes | None = None) -> None:
    """Copy `source`, the database at `db_path`, to `dest`: sound or not at all.

    A damaged source raises DamagedDatabase naming the newest good backup; a copy
    into the shop's backups folder is recorded there as verified. An encrypted shop
    (`data_key`) gives an encrypted copy with its key file beside it.
    """
    partial = dest.with_name(dest.name + PARTIAL)
    _discard(partial)
    try:
        target = _connect_copy(partial, data_key)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode = delete")
            # An encrypted page's HMAC is checked as it is read, and quick_check reads
            # every page in use: SQLCipher's own page check is left to verify().
            problem = _quick_check(target)
        finally:
            target.close()
    except BaseException:
        _discard(partial)
        raise
    if problem != "ok":
        _discard(partial)
        raise damaged(db_path, problem)
    make_private(partial)
    if data_key is not None:
        _copy_keys(db_path, dest)
    os.replace(partial, dest)
    if dest.parent == backup_dir(db_path):
        _record(dest, True)


def _manifest(folder: Path) -> dict[str, bool]:
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _record(copy: Path, sound: bool) -> None:
    found = _manifest(copy.parent)
    found[copy.name] = sound
    found = {name: ok for name, ok in found.items() if (copy.parent / name).exists()}
    written = copy.parent / (MANIFEST + PARTIAL)
    written.write_text(json.dumps(found, indent=1, sort_keys=True), encoding="utf-8")
    make_private(written)
    os.replace(written, copy.parent / MANIFEST)


def _made_at(path: Path) -> dt.datetime | None:
    found = _STAMP.search(path.name)
    try:
        return dt.datetime.strptime(found.group(1), "%Y%m%d-%H%M%S") if found else None
    except ValueError:
        return None


def backups(db_path: Path) -> list[BackupInfo]:
    """Every copy in the shop's backups folder, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    verified = _manifest(folder)
    found = [
        BackupInfo(path, _made_at(path), path.stat().st_size, verified.get(path.name))
        for path in folder.glob("*.db")
        if path.is_file()
    ]
    oldest = dt.datetime.min
    return sorted(found, key=lambda b: (b.made_at or oldest, b.path.name), reverse=True)


def check(path: Path) -> bool | None:
    """Verify a copy in the backups folder and note what was found: sound (True), damaged
    (False), or None for a protected copy whose key is not at hand (neither)."""
    try:
        verify(path)
        sound = True
    except encryption.ShopLocked:
        return None
    except UnusableDatabase:
        sound = False
    _record(path, sound)
    return sound


def newest_good(db_path: Path) -> BackupInfo | None:
    """The newest copy found sound, checking the unchecked ones newest first."""
    for info in backups(db_path):
        sound = check(info.path) if info.verified is None else info.verified
        if sound:
            return BackupInfo(info.path, info.made_at, info.size, sound)
    return None


def damaged(db_path: Path, reason: str) -> DamagedDatabase:
    """The message for a damaged shop: what is wrong and which backup to restore."""
    good = newest_good(db_path)
    if good is None:
        return DamagedDatabase(
            tr(
                "The shop's database {path} is damaged ({reason}) and there is no good "
                "backup of it. Nothing was changed; copy the file somewhere safe and ask "
                "for help before working on."
            ).format(path=db_path, reason=reason)
        )
    when = good.made_at.strftime("%Y-%m-%d %H:%M") if good.made_at else good.path.name
    return DamagedDatabase(
        tr(
            "The shop's database {path} is damaged ({reason}). Nothing was changed. "
            "Restore the newest good backup, made {when}: shopcrm restore {backup}"
        ).format(path=db_path, reason=reason, when=when, backup=good.path),
        backup=good,
    )


def discard_partial_copies(db_path: Path) -> None:
    """Remove the half copies an interrupted backup left in the backups folder."""
    folder = backup_dir(db_path)
    if folder.is_dir():
        for partial in folder.glob(f"*{PARTIAL}*"):
            partial.unlink(missing_ok=True)


def backup_now(
    db: SqliteDatabase, db_path: Path, label: str = "manual", *, when: dt.datetime | None = None
) -> Path:
    """Back up into the backups folder beside the database; return the copy's path."""
    stamp = (when or clock.now()).strftime("%Y%m%d-%H%M%S")
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    make_private(folder)
    dest = _unused(folder / f"{db_path.stem}-{stamp}-{label}.db")
    _copy(db.connection(), dest, db_path, getattr(db, "data_key", None))
    return dest


def backup_to(db: SqliteDatabase, dest: Path, *, force: bool = False) -> Path:
    """Back up to a chosen file, or into a chosen folder.

    An existing file is replaced only if it is an earlier shopcrm backup (or with
    `force`, a regular file): a mistyped destination must not destroy something else.
    """
    if dest.is_dir():
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        dest = _unused(dest / f"shopcrm-{stamp}.db")
    if dest.resolve() == Path(db.database).resolve():
        raise UnusableDatabase(tr("Choose another file: that one is the database itself."))
    if dest.exists() or dest.is_symlink():
        _may_replace(dest, force)
    dest.parent.mkdir(parents=True, exist_ok=True)
    _copy(db.connection(), dest, Path(db.database), getattr(db, "data_key", None))
    return dest


def _may_replace(dest: Path, force: bool) -> None:
    if not dest.is_file() or dest.is_symlink():
        raise UnusableDatabase(
            tr("{path} is not a plain file; choose a file name or a folder for the backup.").format(
                path=dest
            )
        )
    if force:
        return
    try:
        if inspect(dest) is not None:
            return
    except UnusableDatabase:
        pass
    raise UnusableDatabase(
        tr(
            "{path} already exists and is not a shopcrm backup; nothing was written. "
            "Choose another name, or replace it on purpose with --force."
        ).format(path=dest)
    )


ELSEWHERE_FOLDER = "shopcrm-backups"


def _dailies(folder: Path, db_path: Path) -> list[Path]:
    """This database's daily copies in `folder`, oldest first: named for it exactly, so
    another shop's ("shop-branch2" beside "shop") is never taken for one, nor pruned."""
    named = re.compile(rf"{re.escape(db_path.stem)}-\d{{8}}-\d{{6}}-{DAILY}\.db")
    return sorted(p for p in folder.glob(f"{db_path.stem}-*-{DAILY}.db") if named.fullmatch(p.name))


def elsewhere_backups(db_path: Path, folder: Path) -> list[Path]:
    """The daily second copies in `folder` (a USB stick, another disk), oldest first."""
    return _dailies(folder / ELSEWHERE_FOLDER, db_path)


def daily_copy_elsewhere(
    db: SqliteDatabase, db_path: Path, folder: Path, keep: int = KEEP_DAILY
) -> Path | None:
    """Once a day: the shop's second copy into `folder`, away from the shop's own disk,
    the last `keep` days kept there; None when today's copy is there already.

    The folder must be there (a stick not plugged in is not a folder to make on the
    shop's own disk): a missing one is refused, to be said, not made.
    """
    if not folder.is_dir():
        raise UnusableDatabase(
            tr(
                "The folder for the second copy, {folder}, is not there: plug in the USB "
                "stick or the disk, or choose another folder in Backups."
            ).format(folder=folder)
        )
    day = clock.today().strftime("%Y%m%d")
    if any(f"-{day}-" in made.name for made in elsewhere_backups(db_path, folder)):
        return None
    stamp = clock.now().strftime("%H%M%S")
    target = folder / ELSEWHERE_FOLDER / f"{db_path.stem}-{day}-{stamp}-{DAILY}.db"
    made = backup_to(db, target)
    for old in elsewhere_backups(db_path, folder)[:-keep]:
        unlink_copy(old)
    return made


def daily_backups(db_path: Path) -> list[Path]:
    """The automatic backups of this database, oldest first."""
    return _dailies(backup_dir(db_path), db_path)


def daily_backup(
    db: SqliteDatabase, db_path: Path, today: dt.date | None = None, keep: int = KEEP_DAILY
) -> Path | None:
    """Once a day at start: back up unless today's copy exists; keep the last `keep`."""
    moment = dt.datetime.combine(today or clock.today(), clock.now().time())
    day = moment.strftime("%Y%m%d")
    existing = daily_backups(db_path)
    if any(f"-{day}-" in path.name for path in existing):
        return None
    # Named by the day checked above, so the once-a-day test sees this copy.
    made = backup_now(db, db_path, label=DAILY, when=moment)
    good = newest_good(db_path)
    for old in daily_backups(db_path)[:-keep]:
        if good is None or old != good.path:
            unlink_copy(old)
    return made


def verify(path: Path) -> int:
    """Check a file can be restored; return its schema version or raise UnusableDatabase."""
    version = inspect(path)
    if version is None:
        raise UnusableDatabase(tr("{path} holds no shop data.").format(path=path))
    encrypted = encryption.is_encrypted(path)
    conn = read_only(path)
    try:
        result = encryption.cipher_problems(conn) if encrypted else []
        result = result or [row[0] for row in conn.execute("PRAGMA integrity_check")]
        broken_links = conn.execute("PRAGMA foreign_key_check").fetchall()
    except encryption.database_errors() as exc:  # damage bad enough that the check fails
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
            trn(
                "{path} has {count} broken link between records; choose another backup.",
                "{path} has {count} broken links between records; choose another backup.",
                len(broken_links),
            ).format(path=path, count=len(broken_links))
        )
    return version


def _unused(path: Path) -> Path:
    """`path`, or `path` numbered -2, -3… if taken: a kept copy is never replaced."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate


def _keep_aside(current: Any, db_path: Path, aside: Path, data_key: bytes | None) -> None:
    """The database as it was before a restore, kept whole even if it is damaged:
    that may be what the restore is for, and it must not be lost either."""
    partial = aside.with_name(aside.name + PARTIAL)
    _discard(partial)
    try:
        target = _connect_copy(partial, data_key)
        try:
            current.backup(target)
            target.execute("PRAGMA journal_mode = delete")
        finally:
            target.close()
    except encryption.database_errors():
        # Too damaged to read: keep its bytes, with the write-ahead log beside them.
        _discard(partial)
        shutil.copyfile(db_path, partial)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, aside.with_name(aside.name + "-wal"))
    make_private(partial)
    if data_key is not None:
        _copy_keys(db_path, aside)
    os.replace(partial, aside)


def _shop_key(db_path: Path, source: Path, source_key: bytes | None) -> bytes | None:
    """The key the restored shop is encrypted with: the shop's own (a restore keeps the
    shop protected, or plain, as the owner chose); a shop that is not there yet takes
    the backup's, with its key file."""
    if db_path.exists() and db_path.stat().st_size:
        return encryption.key_of(db_path) if encryption.is_encrypted(db_path) else None
    if source_key is not None:
        _copy_keys(source, db_path)
    return source_key


def restore(db_path: Path, source: Path) -> Path | None:
    """Replace the database with `source` after verifying it.

    The current database is first copied aside (returned), so a restore can
    itself be undone. The caller opens the database afterwards, which upgrades
    an older backup. The backup is copied into a new file beside the shop, keyed
    like the shop (a plain backup into a protected shop is encrypted, and the
    reverse), which then takes the shop's place: nothing is written into a shop that
    may be damaged, where SQLite would read its broken pages again.
    """
    source = Path(source)
    verify(source)
    if source.resolve() == db_path.resolve():
        raise UnusableDatabase(tr("That file is the database itself; choose a backup."))
    aside = None
    db_path.parent.mkdir(parents=True, exist_ok=True)
    source_key = encryption.key_of(source) if encryption.is_encrypted(source) else None
    shop_key = _shop_key(db_path, source, source_key)
    fresh = db_path.with_name(db_path.name + ".restoring")
    _discard(fresh)
    try:
        if (source_key is None) != (shop_key is None):
            encryption.export(source, source_key, fresh, shop_key)
        else:
            with (
                closing(read_only(source)) as incoming,
                closing(_connect_copy(fresh, shop_key)) as copy,
            ):
                incoming.backup(copy)
        with closing(_connect_copy(fresh, shop_key)) as copy:
            copy.execute("PRAGMA journal_mode = wal")
        make_private(fresh)
        if db_path.exists() and db_path.stat().st_size:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            aside = _unused(db_path.with_name(f"{db_path.stem}-before-restore-{stamp}.db"))
            with closing(_connect_copy(db_path, shop_key)) as before:
                _keep_aside(before, db_path, aside, shop_key)
        # The old write-ahead log is in the copy kept aside; left here, SQLite would
        # lay its pages over the restored file.
        for side in ("-wal", "-shm"):
            db_path.with_name(db_path.name + side).unlink(missing_ok=True)
        os.replace(fresh, db_path)
    finally:
        _discard(fresh)
    return aside

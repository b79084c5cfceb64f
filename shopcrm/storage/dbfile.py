"""Reading what a file is, without writing a byte to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from shopcrm.core.errors import UnusableDatabase
from shopcrm.core.i18n import tr
from shopcrm.storage import encryption, keyfile, schema

HEADER_SIZE = 100
WAL_MODE = b"\x02\x02"  # header bytes 18-19: write and read versions 2 mean WAL


def read_only(path: Path) -> Any:
    """Open `path` so that nothing is written to it or created beside it.

    SQLite reads a WAL-mode file through its -wal and -shm files and, read-only,
    creates them when missing and leaves them behind. Without a -wal file all
    data is in the main file, so it is then opened as immutable: no side files.
    An encrypted file's header is encrypted too, so its journal mode cannot be
    read: it is immutable when no -wal and no rollback journal lies beside it.
    A protected file opens (through sqlcipher3) with the key unlocked in this
    process, else ShopLocked.
    """
    path = Path(path).resolve()
    wal_file = path.with_name(path.name + "-wal")
    if encryption.is_encrypted(path):
        data_key = encryption.key_of(path)
        journal = path.with_name(path.name + "-journal")
        immutable = not wal_file.exists() and not journal.exists()
        query = "mode=ro&immutable=1" if immutable else "mode=ro"
        return encryption.connect(f"{path.as_uri()}?{query}", data_key, uri=True)
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    immutable = header[18:20] == WAL_MODE and not wal_file.exists()
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True)
    conn.execute(encryption.CHECK_CACHE)
    return conn


def inspect(path: Path) -> int | None:
    """The schema version of the file, None if it is new; raise if unusable."""
    if path.is_dir():  # before the size test: a folder's size is 0 on Windows
        raise UnusableDatabase(tr("{path} is a folder, not a database file.").format(path=path))
    if path.exists() and not path.is_file():  # a device such as /dev/null, a pipe
        raise UnusableDatabase(
            tr("{path} is not a file; choose a file for the shop's database.").format(path=path)
        )
    if not path.exists() or path.stat().st_size == 0:
        return None
    encrypted = not encryption.has_plain_header(path)
    if encrypted and not keyfile.path_beside(path).is_file():
        raise UnusableDatabase(
            tr(
                "{path} is not a shopcrm database (not an SQLite file). If it is a "
                "protected shop, put its key file {keys} back beside it."
            ).format(path=path, keys=keyfile.path_beside(path).name)
        )
    try:
        conn = read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except encryption.database_errors() as exc:
        if encrypted:
            raise UnusableDatabase(
                tr(
                    "{path} cannot be read with the key file beside it ({reason}): the file "
                    "is damaged, or the key file belongs to another copy. Restore a backup."
                ).format(path=path, reason=exc)
            ) from None
        raise UnusableDatabase(
            tr("{path} cannot be read ({reason}). Restore a backup.").format(path=path, reason=exc)
        ) from None
    if app_id != schema.APPLICATION_ID:
        if app_id == 0 and tables == 0:
            return None
        raise UnusableDatabase(
            tr("{path} belongs to another program, not shopcrm; nothing was changed.").format(
                path=path
            )
        )
    if version > schema.SCHEMA_VERSION:
        raise UnusableDatabase(
            tr(
                "{path} was written by a newer shopcrm (data version {found}, this one "
                "knows {known}). Update shopcrm to open it; nothing was changed."
            ).format(path=path, found=version, known=schema.SCHEMA_VERSION)
        )
    return version

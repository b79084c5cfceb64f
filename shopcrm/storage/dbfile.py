"""Reading what a file is, without writing a byte to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from shopcrm.core.errors import UnusableDatabase
from shopcrm.core.i18n import tr
from shopcrm.storage import schema

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100
WAL_MODE = b"\x02\x02"  # header bytes 18-19: write and read versions 2 mean WAL


def read_only(path: Path) -> sqlite3.Connection:
    """Open `path` so that nothing is written to it or created beside it.

    SQLite reads a WAL-mode file through its -wal and -shm files and, read-only,
    creates them when missing and leaves them behind. Without a -wal file all
    data is in the main file, so it is then opened as immutable: no side files.
    """
    path = Path(path).resolve()
    with path.open("rb") as handle:
        header = handle.read(HEADER_SIZE)
    wal_file = path.with_name(path.name + "-wal")
    immutable = header[18:20] == WAL_MODE and not wal_file.exists()
    query = "mode=ro&immutable=1" if immutable else "mode=ro"
    return sqlite3.connect(f"{path.as_uri()}?{query}", uri=True)


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
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise UnusableDatabase(
                tr("{path} is not a shopcrm database (not an SQLite file).").format(path=path)
            )
    try:
        conn = read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
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

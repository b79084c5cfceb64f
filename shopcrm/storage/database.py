"""Opening the shop's database safely.

A file is inspected read-only before anything is written to it: a foreign or
newer file is refused untouched. A new file gets the current schema; an older
one is backed up, then upgraded in one transaction.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from shopcrm.core.errors import FileReplaced, UnusableDatabase
from shopcrm.core.i18n import tr
from shopcrm.core.paths import make_private
from shopcrm.storage import backup, encryption, keyfile, schema
from shopcrm.storage.dbfile import inspect
from shopcrm.storage.models import database

# WAL with synchronous=FULL: a committed sale survives a power cut.
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": 10_000,
    "cache_size": -64_000,
    "temp_store": "memory",
}


# How long the window's own thread waits for another writer before saying the shop is busy.
INTERACTIVE_WAIT_MS = 1500
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class ShopDatabase(SqliteDatabase):
    """The shop's file, which is checked to still be the one opened before each write.

    The window's own thread waits only a moment for a write lock (`interactive`):
    a clerk is told the shop is busy and her dialog retries, instead of the whole
    window freezing for the ten seconds a background job may wait.

    A file removed or replaced while the window is open (a clean-up, a sync tool)
    would otherwise take sales into an unlinked file, lost at close: the write is
    refused instead, with a message that says what happened.
    """

    identity: tuple[int, int] | None = None
    interactive_thread: int | None = None
    data_key: bytes | None = None  # the key of an encrypted file (encrypted_database.py)

    def _connect(self) -> object:
        conn = super()._connect()
        self.identity = _identity(Path(self.database))
        if threading.get_ident() == self.interactive_thread:
            conn.execute(f"PRAGMA busy_timeout = {INTERACTIVE_WAIT_MS}")
        return conn

    def make_interactive(self) -> None:
        """From now on this thread (the window's) waits only a moment for a write lock."""
        self.interactive_thread = threading.get_ident()
        if not self.is_closed():
            self.execute_sql(f"PRAGMA busy_timeout = {INTERACTIVE_WAIT_MS}")

    def check_identity(self) -> None:
        if self.identity is not None and _identity(Path(self.database)) != self.identity:
            raise FileReplaced(
                tr(
                    "The shop's database {path} was removed or replaced while shopcrm was "
                    "open, so nothing more is written to it. What you typed is still on "
                    "the screen: close shopcrm and start it again; if the file is gone, "
                    "restore the newest backup."
                ).format(path=self.database)
            )

    def begin(self, lock_type: str | None = None) -> None:
        self.check_identity()
        super().begin(lock_type)

    def execute_sql(self, sql: str, params: object = None) -> object:
        if not self.in_transaction() and sql.lstrip()[:7].upper().startswith(_WRITES):
            self.check_identity()
        return super().execute_sql(sql, params)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except FileNotFoundError:
        return None
    return found.st_dev, found.st_ino


def connect(
    path: Path, *, interactive: bool = False, data_key: bytes | None = None
) -> SqliteDatabase:
    """Bind the models to the file at `path`: encrypted with `data_key`, else plain."""
    if data_key is None:
        db: ShopDatabase = ShopDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    else:
        encryption.sqlcipher()  # a missing package said in words, before peewee's import
        from shopcrm.storage.encrypted_database import EncryptedShopDatabase

        db = EncryptedShopDatabase(path, data_key)
    database.initialize(db)
    db.connect(reuse_if_open=True)
    if interactive:
        db.make_interactive()
    return db


def open_database(
    path: Path,
    *,
    create: bool = True,
    seed: Callable[[], None] | None = None,
    interactive: bool = False,
) -> SqliteDatabase:
    """Open (creating or upgrading) the database at `path` and bind the models to it.

    A new file gets the schema, then `seed` fills in what a new shop starts
    with (shop.opening passes the features' presets, which storage must not
    know). With `create` False a missing file is refused: a command that reads
    a shop must not make an empty one at a mistyped path and report it all good.
    A protected (encrypted) file opens with the data key unlocked in this process
    (shop.protection.unlock), else ShopLocked is raised and nothing is touched.
    """
    path = Path(path)
    version = inspect(path)
    data_key = encryption.key_of(path) if encryption.is_encrypted(path) else None
    if version is None and not create:
        raise UnusableDatabase(
            tr(
                "There is no shop database at {path}. Check the path given with --db, "
                "or start a shop with `demo` or `import`."
            ).format(path=path)
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path, interactive=interactive, data_key=data_key)
    # Files an older version made world-readable become the user's alone.
    beside = ("-wal", "-shm", keyfile.SUFFIX)
    for private in (path, *(path.with_name(path.name + suffix) for suffix in beside)):
        make_private(private)
    # The migration machinery loads only when needed: most starts open a current file.
    if version is None:
        schema.create_schema(db)
        if seed is not None:
            seed()
    elif version < schema.SCHEMA_VERSION:
        from shopcrm.storage import migrations

        backup.backup_now(db, path, label=f"before-v{schema.SCHEMA_VERSION}")
        migrations.migrate(db, version, schema.SCHEMA_VERSION)
    return db

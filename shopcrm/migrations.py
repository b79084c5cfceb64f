"""Forward schema migrations, one function per version step.

MIGRATIONS[n] upgrades a database at version n-1 to version n, using
playhouse.migrate so column changes survive SQLite's limited ALTER TABLE.
Version 1 is the first released schema (schema.create_schema).
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

Migration = Callable[[SqliteMigrator], None]

MIGRATIONS: dict[int, Migration] = {}


def migrate(db: SqliteDatabase, from_version: int, to_version: int) -> None:
    """Run every step in one transaction: a failure leaves the old version intact."""
    migrator = SqliteMigrator(db)
    with db.atomic("IMMEDIATE"):
        for version in range(from_version + 1, to_version + 1):
            MIGRATIONS[version](migrator)
        db.execute_sql(f"PRAGMA user_version = {to_version}")

"""Upgrading an older file: backed up first, upgraded whole or not at all, no row lost.

Version 1 is the first release, so the mechanism is tested with a pretend
version 2 whose step adds a column through playhouse.migrate.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import CharField, SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from shopcrm import backup, migrations, schema
from shopcrm.customers import quick_add
from shopcrm.database import open_database
from shopcrm.models import MODELS
from shopcrm.paths import backup_dir
from shopcrm.sales import SaleLine, record_sale


class MigrationFailed(Exception):
    pass


def add_nickname(migrator: SqliteMigrator) -> None:
    migrate(migrator.add_column("customer", "nickname", CharField(null=True)))


def add_nickname_then_fail(migrator: SqliteMigrator) -> None:
    add_nickname(migrator)
    raise MigrationFailed("step 2 broke half-way")


def add_note_index(migrator: SqliteMigrator) -> None:
    migrate(migrator.add_index("customer", ("notes",), False))


def fail(migrator: SqliteMigrator) -> None:
    raise MigrationFailed("step 3 broke")


def _raw(path: Path) -> closing[sqlite3.Connection]:
    return closing(sqlite3.connect(path))


def _version(path: Path) -> int:
    with _raw(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def _columns(path: Path, table: str) -> set[str]:
    with _raw(path) as conn:
        return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def _counts(path: Path) -> dict[str, int]:
    with _raw(path) as conn:
        return {
            model._meta.table_name: conn.execute(
                f"SELECT count(*) FROM {model._meta.table_name}"
            ).fetchone()[0]
            for model in MODELS
        }


@pytest.fixture
def v1_file(db: SqliteDatabase, db_path: Path) -> Iterator[Path]:
    """A closed version-1 database with customers, sales and points."""
    for n in range(5):
        customer = quick_add(f"顾客{n}", f"1381234567{n}")
        record_sale(customer.id, [SaleLine(Decimal("88.00"), 2)], on=dt.date(2024, 3, n + 1))
    db.close()
    assert _version(db_path) == 1
    yield db_path


def _pretend(
    monkeypatch: pytest.MonkeyPatch, version: int, steps: dict[int, migrations.Migration]
) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)


def test_current_file_is_opened_without_backup_or_change(v1_file: Path) -> None:
    counts = _counts(v1_file)
    open_database(v1_file).close()
    assert _version(v1_file) == 1
    assert _counts(v1_file) == counts
    assert not backup_dir(v1_file).exists()


def test_older_file_is_backed_up_then_upgraded_keeping_every_row(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(v1_file)
    _pretend(monkeypatch, 2, {2: add_nickname})

    open_database(v1_file).close()

    assert _version(v1_file) == 2
    assert "nickname" in _columns(v1_file, "customer")
    assert _counts(v1_file) == counts
    (copy,) = backup_dir(v1_file).iterdir()
    assert copy.name.endswith("-before-v2.db")
    assert _version(copy) == 1
    assert "nickname" not in _columns(copy, "customer")
    assert _counts(copy) == counts
    assert backup.verify(copy) == 1


def test_backup_taken_before_upgrade_restores_the_old_version(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(v1_file)
    _pretend(monkeypatch, 2, {2: add_nickname})
    open_database(v1_file).close()
    (copy,) = backup_dir(v1_file).iterdir()

    aside = backup.restore(v1_file, copy)

    assert aside is not None and _version(aside) == 2
    assert _version(v1_file) == 1
    assert "nickname" not in _columns(v1_file, "customer")
    assert _counts(v1_file) == counts


def test_failing_migration_leaves_version_1_untouched_and_raises(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(v1_file)
    _pretend(monkeypatch, 2, {2: add_nickname_then_fail})

    with pytest.raises(MigrationFailed):
        open_database(v1_file).close()

    assert _version(v1_file) == 1
    assert "nickname" not in _columns(v1_file, "customer")
    assert _counts(v1_file) == counts
    with _raw(v1_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (copy,) = backup_dir(v1_file).iterdir()
    assert _version(copy) == 1


def test_steps_run_as_one_transaction(v1_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later step failing undoes the earlier, successful steps too."""
    _pretend(monkeypatch, 3, {2: add_nickname, 3: fail})

    with pytest.raises(MigrationFailed):
        open_database(v1_file).close()

    assert _version(v1_file) == 1
    assert "nickname" not in _columns(v1_file, "customer")


def test_after_a_failed_upgrade_the_fixed_release_upgrades(
    v1_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(v1_file)
    _pretend(monkeypatch, 3, {2: add_nickname, 3: fail})
    with pytest.raises(MigrationFailed):
        open_database(v1_file).close()

    _pretend(monkeypatch, 3, {2: add_nickname, 3: add_note_index})
    open_database(v1_file).close()

    assert _version(v1_file) == 3
    assert "nickname" in _columns(v1_file, "customer")
    assert _counts(v1_file) == counts

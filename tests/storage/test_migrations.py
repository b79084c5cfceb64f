"""Upgrading an older file: backed up first, upgraded whole or not at all, no row lost.

The mechanism is tested with pretend versions after the current one, whose steps
add a column or an index through playhouse.migrate; the real steps are tested on
a file as the version before wrote it.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import CharField, IntegrityError, SqliteDatabase
from playhouse.migrate import SqliteMigrator, migrate

from shopcrm.core.paths import backup_dir
from shopcrm.customers import search
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.shop.opening import open_shop
from shopcrm.storage import backup, migrations, schema
from shopcrm.storage.models import MODELS, Customer, Purchase


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


NOW = schema.SCHEMA_VERSION
NEXT, AFTER = NOW + 1, NOW + 2


@pytest.fixture
def current_file(db: SqliteDatabase, db_path: Path) -> Iterator[Path]:
    """A closed database of the current version with customers, sales and points."""
    for n in range(5):
        customer = quick_add(f"顾客{n}", f"1381234567{n}")
        record_sale(customer.id, [SaleLine(Decimal("88.00"), 2)], on=dt.date(2024, 3, n + 1))
    db.close()
    assert _version(db_path) == NOW
    yield db_path


def _pretend(
    monkeypatch: pytest.MonkeyPatch, version: int, steps: dict[int, migrations.Migration]
) -> None:
    monkeypatch.setattr(schema, "SCHEMA_VERSION", version)
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)


def test_current_file_is_opened_without_backup_or_change(current_file: Path) -> None:
    counts = _counts(current_file)
    open_shop(current_file).close()
    assert _version(current_file) == NOW
    assert _counts(current_file) == counts
    assert not backup_dir(current_file).exists()


def test_older_file_is_backed_up_then_upgraded_keeping_every_row(
    current_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(current_file)
    _pretend(monkeypatch, NEXT, {NEXT: add_nickname})

    open_shop(current_file).close()

    assert _version(current_file) == NEXT
    assert "nickname" in _columns(current_file, "customer")
    assert _counts(current_file) == counts
    (copy,) = backup_dir(current_file).glob("*.db")
    assert copy.name.endswith(f"-before-v{NEXT}.db")
    assert _version(copy) == NOW
    assert "nickname" not in _columns(copy, "customer")
    assert _counts(copy) == counts
    assert backup.verify(copy) == NOW


def test_backup_taken_before_upgrade_restores_the_old_version(
    current_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(current_file)
    _pretend(monkeypatch, NEXT, {NEXT: add_nickname})
    open_shop(current_file).close()
    (copy,) = backup_dir(current_file).glob("*.db")

    aside = backup.restore(current_file, copy)

    assert aside is not None and _version(aside) == NEXT
    assert _version(current_file) == NOW
    assert "nickname" not in _columns(current_file, "customer")
    assert _counts(current_file) == counts


def test_failing_migration_leaves_the_file_untouched_and_raises(
    current_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(current_file)
    _pretend(monkeypatch, NEXT, {NEXT: add_nickname_then_fail})

    with pytest.raises(MigrationFailed):
        open_shop(current_file).close()

    assert _version(current_file) == NOW
    assert "nickname" not in _columns(current_file, "customer")
    assert _counts(current_file) == counts
    with _raw(current_file) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (copy,) = backup_dir(current_file).glob("*.db")
    assert _version(copy) == NOW


def test_steps_run_as_one_transaction(current_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A later step failing undoes the earlier, successful steps too."""
    _pretend(monkeypatch, AFTER, {NEXT: add_nickname, AFTER: fail})

    with pytest.raises(MigrationFailed):
        open_shop(current_file).close()

    assert _version(current_file) == NOW
    assert "nickname" not in _columns(current_file, "customer")


def test_after_a_failed_upgrade_the_fixed_release_upgrades(
    current_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counts(current_file)
    _pretend(monkeypatch, AFTER, {NEXT: add_nickname, AFTER: fail})
    with pytest.raises(MigrationFailed):
        open_shop(current_file).close()

    _pretend(monkeypatch, AFTER, {NEXT: add_nickname, AFTER: add_note_index})
    open_shop(current_file).close()

    assert _version(current_file) == AFTER
    assert "nickname" in _columns(current_file, "customer")
    assert _counts(current_file) == counts


def _without_column(conn: sqlite3.Connection, table: str, column: str, target: str) -> None:
    """`table` without the foreign key `column` (to `target`): SQLite drops no column a
    foreign key names, so the table is made again without it, and its indexes."""
    (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    old = sql.replace(f', "{column}" INTEGER', "").replace(
        f', FOREIGN KEY ("{column}") REFERENCES "{target}" ("id") ON DELETE SET NULL', ""
    )
    indexes = [
        row[0]
        for row in conn.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type = 'index'"
            " AND name <> ? AND sql IS NOT NULL",
            (table, f"{table}_{column}"),
        )
    ]
    columns = ", ".join(
        f'"{row[1]}"' for row in conn.execute(f"PRAGMA table_info({table})") if row[1] != column
    )
    conn.execute(old.replace(f'"{table}"', f'"{table}_old"', 1))
    conn.execute(f"INSERT INTO {table}_old SELECT {columns} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
    for statement in indexes:
        conn.execute(statement)


def _without_kinds(conn: sqlite3.Connection, tables: tuple[str, ...], kinds: str) -> None:
    """The kinds of follow-up, contact and message as before a version: no `kinds`."""
    conn.execute("PRAGMA writable_schema = ON")
    for table in tables:
        (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        narrow = re.sub(kinds, "", sql)
        assert narrow != sql
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (narrow, table))
    (version,) = conn.execute("PRAGMA schema_version").fetchone()
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")


def _as_version_10(path: Path) -> None:
    """Turn a current file into what version 10 wrote: sales by date alone, and only the
    referred customers by the day they were added."""
    with _raw(path) as conn:
        conn.execute("DROP INDEX purchase_date")
        conn.execute("DROP INDEX customer_created_at")
        conn.execute("CREATE INDEX purchase_date ON purchase (date)")
        conn.execute(
            "CREATE INDEX customer_referred_on ON customer (created_at)"
            " WHERE deleted_at IS NULL AND referred_by_id IS NOT NULL"
        )
        conn.execute("PRAGMA user_version = 10")
        conn.commit()


def _index_sql(path: Path) -> dict[str, str]:
    with _raw(path) as conn:
        return dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'"))


def test_version_10_reads_the_days_from_indexes_as_a_new_shop_does(current_file: Path) -> None:
    counts = _counts(current_file)
    fresh = _index_sql(current_file)
    _as_version_10(current_file)
    open_shop(current_file).close()
    assert _version(current_file) == NOW
    assert _index_sql(current_file) == fresh
    assert "customer_referred_on" not in fresh
    assert _counts(current_file) == counts


def _as_version_9(path: Path) -> None:
    """Turn a current file into what version 9 wrote: no parts of names, no gifts by day."""
    _as_version_10(path)
    with _raw(path) as conn:
        conn.execute("DROP INDEX gift_issued_at")
        for trigger in ("insert", "update", "delete"):
            conn.execute(f"DROP TRIGGER name_part_{trigger}")
        conn.execute("DROP TABLE name_part")
        conn.execute("DROP TABLE name_slot")
        conn.execute("PRAGMA user_version = 9")
        conn.commit()


def _as_version_8(path: Path) -> None:
    """Turn a current file into what version 8 wrote: no wallet."""
    _as_version_9(path)
    with _raw(path) as conn:
        conn.execute("DELETE FROM message_template WHERE kind = 'voucher_expiry'")
        for table in ("voucher", "balance_entry", "gift"):
            conn.execute(f"DROP TABLE {table}")
        _without_kinds(conn, ("follow_up", "message_template"), r", 'voucher_expiry'")
        conn.execute("ALTER TABLE customer DROP COLUMN balance")
        conn.execute("ALTER TABLE tier DROP COLUMN birthday_voucher")
        for column in ("discounts", "from_balance"):
            conn.execute(f"ALTER TABLE purchase DROP COLUMN {column}")
        _without_column(conn, "purchase", "returned_from_id", "purchase")
        conn.execute("PRAGMA user_version = 8")
        conn.commit()


def _as_version_7(path: Path) -> None:
    """Turn a current file into what version 7 wrote: no events."""
    _as_version_8(path)
    with _raw(path) as conn:
        conn.execute("DELETE FROM message_template WHERE kind LIKE 'event%' OR kind = 'invitation'")
        conn.execute("DROP TABLE event_guest")
        conn.execute("DROP TABLE event")
        for column in ("event_kinds", "event_times"):
            conn.execute(f"ALTER TABLE customer DROP COLUMN {column}")
        conn.execute("ALTER TABLE greeting_batch DROP COLUMN wording")
        _without_kinds(
            conn,
            ("follow_up", "contact_log", "message_template"),
            r", 'event[a-z_]*'|, 'invitation'",
        )
        conn.execute("PRAGMA user_version = 7")
        conn.commit()


def _as_version_1(path: Path) -> None:
    """Turn a current file into what version 1 wrote: no payment method on sales, the
    follow-ups in a table called care_task, reasons in words only, no merge records, no
    sign-in, consent events or erased phones, no greeting batches, no events."""
    _as_version_7(path)
    with _raw(path) as conn:
        _without_column(conn, "contact_log", "batch_id", "greeting_batch")
        conn.execute("DROP TABLE greeting_batch")
        conn.execute("ALTER TABLE purchase DROP COLUMN payment")
        conn.execute("DROP TABLE merge_record")
        conn.execute("DROP TABLE consent_event")
        conn.execute("DROP TABLE erased_phone")
        for column in ("secret", "failed_attempts", "locked_until", "left_at"):
            conn.execute(f"ALTER TABLE staff DROP COLUMN {column}")
        for table in ("points_entry", "tier_change"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN reason_code")
            conn.execute(f"ALTER TABLE {table} DROP COLUMN reason_args")
        conn.execute("ALTER TABLE follow_up RENAME TO care_task")
        conn.execute("DROP INDEX follow_up_open")
        conn.execute("DROP INDEX follow_up_kind_due")
        conn.execute("DROP INDEX follow_up_clerk_due")
        conn.execute("CREATE INDEX care_task_open ON care_task (due_on) WHERE status = 'open'")
        conn.execute("CREATE INDEX care_task_kind_due ON care_task (kind, due_on)")
        conn.execute("CREATE INDEX care_task_clerk_due ON care_task (clerk_id, due_on)")
        conn.execute("PRAGMA user_version = 1")
        conn.commit()


def _indexes(path: Path) -> set[str]:
    with _raw(path) as conn:
        return {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }


def test_version_1_is_upgraded_to_the_current_schema_keeping_every_row(current_file: Path) -> None:
    counts = _counts(current_file)
    current_indexes = _indexes(current_file)
    _as_version_1(current_file)
    open_shop(current_file)
    assert _version(current_file) == NOW
    assert "payment" in _columns(current_file, "purchase")
    assert "batch_id" in _columns(current_file, "contact_log")
    assert _indexes(current_file) == current_indexes
    assert _counts(current_file) == counts
    assert {p.payment for p in Purchase.select()} == {None}
    (copy,) = backup_dir(current_file).glob("*.db")
    assert _version(copy) == 1
    customer = Customer.select().first()
    sale = record_sale(customer.id, [SaleLine(Decimal("10"), 1)], payment="alipay")
    assert Purchase.get_by_id(sale.purchase.id).payment == "alipay"
    with pytest.raises(IntegrityError):
        Purchase.update(payment="bitcoin").where(Purchase.id == sale.purchase.id).execute()


def test_version_7_takes_follow_ups_contacts_and_messages_about_events(
    current_file: Path,
) -> None:
    contact = (
        "INSERT INTO contact_log (customer_id, at, channel, kind, outcome, note)"
        " SELECT id, '2026-01-01', 'phone', ?, '', '' FROM customer LIMIT 1"
    )
    _as_version_7(current_file)
    with _raw(current_file) as conn, pytest.raises(sqlite3.IntegrityError):
        conn.execute(contact, ("event",))
    open_shop(current_file)
    with _raw(current_file) as conn:
        conn.execute(contact, ("event",))
        conn.execute("UPDATE message_template SET kind = 'invitation'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute(contact, ("party",))
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert {"event_kinds", "event_times"} <= _columns(current_file, "customer")
    with _raw(current_file) as conn:
        kinds = {row[0] for row in conn.execute("SELECT kind FROM message_template")}
    assert {"invitation", "event_reminder", "event_cancelled"} <= kinds
    assert "customer_id" in _columns(current_file, "event_guest")


def _name_parts(path: Path) -> list[tuple[str, int]]:
    with _raw(path) as conn:
        return conn.execute("SELECT part, customer_id FROM name_part ORDER BY 1, 2").fetchall()


def test_version_9_takes_the_parts_of_active_names(current_file: Path) -> None:
    indexes = _indexes(current_file)
    with _raw(current_file) as conn:
        conn.execute("UPDATE customer SET name = '欧阳娜娜' WHERE id = 1")
        conn.execute(
            "UPDATE customer SET name = '欧阳小红', deleted_at = '2026-01-01' WHERE id = 2"
        )
        conn.commit()
    parts = _name_parts(current_file)
    assert ("阳娜", 1) in parts and not [p for p in parts if p[1] == 2]
    _as_version_9(current_file)
    open_shop(current_file)
    assert _version(current_file) == NOW
    assert _name_parts(current_file) == parts
    assert _indexes(current_file) == indexes
    assert search.search_ids("阳") == [1]


def test_version_8_takes_the_wallet(current_file: Path) -> None:
    counts = _counts(current_file)
    indexes = _indexes(current_file)
    _as_version_8(current_file)
    assert "balance" not in _columns(current_file, "customer")
    open_shop(current_file)
    assert _version(current_file) == NOW
    assert _indexes(current_file) == indexes
    assert _counts(current_file) == counts
    assert {"discounts", "from_balance", "returned_from_id"} <= _columns(current_file, "purchase")
    with _raw(current_file) as conn:
        kinds = {row[0] for row in conn.execute("SELECT kind FROM message_template")}
        assert "voucher_expiry" in kinds
        conn.execute("UPDATE message_template SET kind = 'voucher_expiry'")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE message_template SET kind = 'coupon'")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    customer = Customer.select().first()
    sale = record_sale(customer.id, [SaleLine(Decimal("10"), 1)], payment="cash")
    assert Purchase.get_by_id(sale.purchase.id).from_balance == 0
    assert Customer.get_by_id(customer.id).balance == 0

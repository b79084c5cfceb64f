"""Backups are whole, consistent copies; a restore never loses the data it replaces."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from shopcrm import cli
from shopcrm.core import clock
from shopcrm.core.errors import UnusableDatabase
from shopcrm.core.paths import backup_dir
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.shop.opening import open_shop
from shopcrm.storage import backup, schema
from shopcrm.storage.models import Customer
from tests.conftest import OWNER_PASSWORD
from tests.helpers.owners import password_args


def _count(path: Path, table: str = "customer") -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add_customers(count: int, first: int = 0) -> list[int]:
    return [quick_add(f"顾客{n}", f"1390000{n:04d}").id for n in range(first, first + count)]


def _bulk_customers(db: SqliteDatabase, count: int) -> None:
    with db.atomic():
        for start in range(0, count, 500):
            Customer.insert_many(
                [
                    {"number": f"B{n:06d}", "name": f"批量客户{n}", "notes": "备注" * 40}
                    for n in range(start, min(start + 500, count))
                ]
            ).execute()


# --- making copies ---------------------------------------------------------------------------


def _to_backups(db: SqliteDatabase, db_path: Path) -> Path:
    return backup.backup_now(db, db_path)


def _to_file(db: SqliteDatabase, db_path: Path) -> Path:
    return backup.backup_to(db, db_path.parent / "usb" / "copy.db")


def _to_folder(db: SqliteDatabase, db_path: Path) -> Path:
    folder = db_path.parent / "usb"
    folder.mkdir()
    made = backup.backup_to(db, folder)
    assert made.parent == folder
    return made


@pytest.mark.parametrize("make", [_to_backups, _to_file, _to_folder])
def test_copy_holds_committed_data_from_the_wal_and_nothing_uncommitted(
    db: SqliteDatabase, db_path: Path, make: Callable[[SqliteDatabase, Path], Path]
) -> None:
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # committed rows stay in the -wal file
    _add_customers(5)
    assert Path(f"{db_path}-wal").stat().st_size > 0
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO setting (key, value) VALUES ('half_done', 'x')")
    try:
        made = make(db, db_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()

    assert _count(made) == 5
    assert _count(made, "setting") == _count(db_path, "setting")
    with closing(sqlite3.connect(made)) as conn:
        assert conn.execute("SELECT 1 FROM setting WHERE key = 'half_done'").fetchone() is None
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _pragma(made, "journal_mode") == "delete"  # a single self-contained file
    assert _pragma(made, "application_id") == schema.APPLICATION_ID
    assert backup.verify(made) == schema.SCHEMA_VERSION
    beside = {p.name for p in made.parent.iterdir()} - {backup.MANIFEST}
    assert beside == {made.name}  # no .part, -wal or -shm


def test_backup_to_replaces_an_older_copy_at_the_same_place(
    db: SqliteDatabase, db_path: Path
) -> None:
    dest = db_path.parent / "copy.db"
    backup.backup_to(db, dest)
    _add_customers(3)
    assert backup.backup_to(db, dest) == dest
    assert _count(dest) == 3


# --- daily copies ----------------------------------------------------------------------------


def test_daily_backup_makes_at_most_one_a_day(db: SqliteDatabase, db_path: Path) -> None:
    day = dt.date(2024, 3, 1)
    made = backup.daily_backup(db, db_path, today=day)
    assert made is not None and "-20240301-" in made.name
    _add_customers(1)
    assert backup.daily_backup(db, db_path, today=day) is None
    assert backup.daily_backups(db_path) == [made]
    assert _count(made) == 0
    following = backup.daily_backup(db, db_path, today=day + dt.timedelta(days=1))
    assert following is not None and _count(following) == 1
    assert backup.daily_backups(db_path) == [made, following]


@pytest.mark.parametrize("keep", [backup.KEEP_DAILY, 3])
def test_daily_backup_keeps_the_newest_days_asked_for(
    db: SqliteDatabase, db_path: Path, keep: int
) -> None:
    first = dt.date(2024, 1, 1)
    for offset in range(20):
        backup.daily_backup(db, db_path, today=first + dt.timedelta(days=offset), keep=keep)
        assert len(backup.daily_backups(db_path)) == min(offset + 1, keep)
    kept = [p.name.split("-")[1] for p in backup.daily_backups(db_path)]
    assert kept == [f"{first + dt.timedelta(days=d):%Y%m%d}" for d in range(20 - keep, 20)]


def test_daily_backup_prunes_old_copies_but_not_other_backups(
    db: SqliteDatabase, db_path: Path
) -> None:
    folder = backup_dir(db_path)
    folder.mkdir()
    old = [folder / f"shop-202312{d:02d}-090000-daily.db" for d in range(1, 21)]
    for path in old:
        path.write_bytes(b"older copy")
    manual = backup.backup_now(db, db_path)
    elsewhere = folder / "other-20231201-090000-daily.db"  # another database's copy
    elsewhere.write_bytes(b"not ours")

    made = backup.daily_backup(db, db_path, today=dt.date(2024, 1, 2))

    assert backup.daily_backups(db_path) == [*old[-13:], made]
    assert manual.exists() and elsewhere.exists()


# --- verifying -------------------------------------------------------------------------------


@pytest.fixture
def big_copy(db: SqliteDatabase, db_path: Path) -> Path:
    """A healthy backup of a database with a few thousand customers."""
    _bulk_customers(db, 3000)
    return backup.backup_now(db, db_path)


def _damaged(copy: Path) -> Path:
    data = bytearray(copy.read_bytes())
    page = 4096
    middle = (len(data) // 2) // page * page
    rng = random.Random(11)
    for start in range(middle - 2 * page, middle + 3 * page, page):
        data[start : start + page] = rng.randbytes(page)
    damaged = copy.with_name("damaged.db")
    damaged.write_bytes(bytes(data))
    return damaged


def _truncated(copy: Path) -> Path:
    cut = copy.with_name("cut.db")
    cut.write_bytes(copy.read_bytes()[: copy.stat().st_size // 3])
    return cut


def _foreign(copy: Path) -> Path:
    other = copy.with_name("other.db")
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE song (title TEXT)")
        conn.commit()
    return other


def _empty_sqlite(copy: Path) -> Path:
    empty = copy.with_name("empty.db")
    with closing(sqlite3.connect(empty)) as conn:
        conn.execute("PRAGMA user_version = 1")
    return empty


def _text(copy: Path) -> Path:
    text = copy.with_name("notes.db")
    text.write_text("not a database\n" * 100, encoding="utf-8")
    return text


def _broken_links(copy: Path) -> Path:
    broken = copy.with_name("broken.db")
    shutil.copyfile(copy, broken)
    with closing(sqlite3.connect(broken)) as conn:
        conn.execute(
            "INSERT INTO key_date (customer_id, kind, label, month, day, lunar)"
            " VALUES (987654, 'birthday', '', 1, 1, 0)"
        )
        conn.commit()
    return broken


BAD = [
    pytest.param(_damaged, r"damaged|cannot be read", id="damaged"),
    pytest.param(_truncated, r"cannot be read", id="truncated"),
    pytest.param(_foreign, r"another program", id="foreign"),
    pytest.param(_empty_sqlite, r"holds no shop data", id="empty-sqlite"),
    pytest.param(_text, r"not an SQLite file", id="text"),
    pytest.param(_broken_links, r"has 1 broken link between", id="broken-links"),
]


def test_verify_accepts_a_good_copy(big_copy: Path) -> None:
    assert backup.verify(big_copy) == schema.SCHEMA_VERSION


@pytest.mark.parametrize(("spoil", "reason"), BAD)
def test_verify_rejects_a_bad_file(
    big_copy: Path, spoil: Callable[[Path], Path], reason: str
) -> None:
    bad = spoil(big_copy)
    before = _sha256(bad)
    with pytest.raises(UnusableDatabase, match=reason):
        backup.verify(bad)
    assert _sha256(bad) == before
    assert not Path(f"{bad}-wal").exists() and not Path(f"{bad}-shm").exists()


# --- restoring -------------------------------------------------------------------------------


def test_restore_puts_the_backup_in_place_and_keeps_the_current_aside(
    db: SqliteDatabase, db_path: Path
) -> None:
    _add_customers(2)
    copy = backup.backup_now(db, db_path)
    _add_customers(3, first=2)
    record_sale(Customer.get().id, [SaleLine(Decimal("50.00"))], on=dt.date(2024, 6, 1))
    db.close()

    aside = backup.restore(db_path, copy)

    assert aside is not None and aside.parent == db_path.parent
    assert _count(aside) == 5 and _count(aside, "purchase") == 1
    assert backup.verify(aside) == schema.SCHEMA_VERSION
    assert _count(db_path) == 2 and _count(db_path, "purchase") == 0
    reopened = open_shop(db_path)
    try:
        assert Customer.select().count() == 2
        assert reopened.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
        _add_customers(1, first=10)  # the restored database takes new work
    finally:
        reopened.close()


def test_two_restores_in_a_row_keep_both_earlier_databases(
    db: SqliteDatabase, db_path: Path
) -> None:
    _add_customers(1)
    one = backup.backup_now(db, db_path, label="one")
    _add_customers(1, first=1)
    two = backup.backup_now(db, db_path, label="two")
    _add_customers(1, first=2)
    db.close()

    first_aside = backup.restore(db_path, one)
    second_aside = backup.restore(db_path, two)

    assert first_aside is not None and second_aside is not None
    assert first_aside != second_aside
    assert _count(first_aside) == 3  # the original database survives the second restore
    assert _count(second_aside) == 1
    assert _count(db_path) == 2


def test_restore_into_a_missing_database_keeps_nothing_aside(
    big_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new" / "shop.db"
    assert backup.restore(target, big_copy) is None
    assert _count(target) == 3000


@pytest.mark.parametrize(("spoil", "reason"), BAD)
def test_restoring_a_bad_file_changes_nothing(
    db: SqliteDatabase, db_path: Path, big_copy: Path, spoil: Callable[[Path], Path], reason: str
) -> None:
    bad = spoil(big_copy)
    db.close()
    before = _sha256(db_path)
    files = sorted(p.name for p in db_path.parent.iterdir())

    with pytest.raises(UnusableDatabase, match=reason):
        backup.restore(db_path, bad)

    assert _sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == files


def test_restore_refuses_the_database_itself(db: SqliteDatabase, db_path: Path) -> None:
    db.close()
    with pytest.raises(UnusableDatabase, match="database itself"):
        backup.restore(db_path, db_path)
    assert list(db_path.parent.glob("*before-restore*")) == []


# --- command line ----------------------------------------------------------------------------


def test_cli_backup_to_a_destination(
    db: SqliteDatabase, owner, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_customers(4)
    db.close()
    dest = db_path.parent / "usb" / "shop-copy.db"
    backup_to = ["--db", str(db_path), "backup", str(dest)]

    assert cli.main([*password_args(db_path.parent, "not-hers"), *backup_to]) == 2
    assert "not right" in capsys.readouterr().err and not dest.exists()
    assert cli.main([*password_args(db_path.parent, OWNER_PASSWORD), *backup_to]) == 0

    assert str(dest) in capsys.readouterr().out
    assert backup.verify(dest) == schema.SCHEMA_VERSION
    assert _count(dest) == 4


def test_cli_backup_without_destination_goes_to_the_backups_folder(
    db: SqliteDatabase, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    assert cli.main(["--db", str(db_path), "backup"]) == 0
    (made,) = backup_dir(db_path).glob("*.db")
    assert str(made) in capsys.readouterr().out


def test_cli_restore_with_a_relative_path(
    db: SqliteDatabase,
    owner,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _add_customers(1)
    copy = backup.backup_now(db, db_path)
    _add_customers(2, first=1)
    db.close()
    monkeypatch.chdir(copy.parent)
    restore = ["--db", str(db_path), "restore", copy.name]

    # The shop's owner lets it in: her password, not any other.
    assert cli.main([*password_args(db_path.parent, "not-hers"), *restore]) == 2
    assert "password is not right" in capsys.readouterr().err
    assert _count(db_path) == 3 and list(db_path.parent.glob("*before-restore*")) == []
    assert cli.main([*password_args(db_path.parent, OWNER_PASSWORD), *restore]) == 0

    out = capsys.readouterr().out
    (aside,) = db_path.parent.glob("shop-before-restore-*.db")
    assert str(aside) in out
    assert _count(aside) == 3
    assert _count(db_path) == 1


def test_cli_restore_of_an_unusable_file_exits_2_and_changes_nothing(
    db: SqliteDatabase, db_path: Path, big_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _damaged(big_copy)
    db.close()
    before = _sha256(db_path)

    assert cli.main(["--db", str(db_path), "restore", str(bad)]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and err.startswith("shopcrm: ")
    assert _sha256(db_path) == before
    assert list(db_path.parent.glob("*before-restore*")) == []


def test_cli_check_finds_a_tampered_figure_and_repair_fixes_it(
    db: SqliteDatabase, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (customer_id,) = _add_customers(1)
    record_sale(customer_id, [SaleLine(Decimal("120.00"))], on=dt.date(2024, 6, 1))
    db.close()
    args = ["--db", str(db_path), "check"]
    assert cli.main(args) == 0
    capsys.readouterr()

    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("UPDATE customer SET total_spent = 12345")
        conn.commit()

    assert cli.main(args) == 1
    out, err = capsys.readouterr()
    assert "total_spent" in err and "1 problem." in out

    assert cli.main([*args, "--repair"]) == 0
    assert "Recomputed the figures of 1 customer." in capsys.readouterr().out
    assert cli.main(args) == 0
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT total_spent FROM customer").fetchone()[0] == 12000


def test_backup_onto_the_database_itself_is_refused(db, db_path) -> None:
    with pytest.raises(UnusableDatabase):
        backup.backup_to(db, db_path)
    assert backup.verify(db_path) >= 1


# --- damage never spreads into the backups ---------------------------------------------------


def _damage_in_place(db: SqliteDatabase, db_path: Path) -> SqliteDatabase:
    """Flip pages in the middle of the file, as a failing disk would; the shop opens it again."""
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(db_path.read_bytes())
    middle = (len(data) // 2) // 4096 * 4096
    data[middle : middle + 3 * 4096] = random.Random(5).randbytes(3 * 4096)
    db_path.write_bytes(bytes(data))
    return open_shop(db_path)


def test_a_damaged_database_is_not_copied_and_the_good_copy_is_named(
    db: SqliteDatabase, db_path: Path
) -> None:
    _bulk_customers(db, 3000)
    good = backup.daily_backup(db, db_path, today=dt.date(2026, 3, 1))
    db = _damage_in_place(db, db_path)
    with pytest.raises(backup.DamagedDatabase) as refused:
        backup.backup_now(db, db_path)
    assert refused.value.backup.path == good
    assert "Restore the newest good backup, made 2026-03-01" in str(refused.value)
    assert str(good) in str(refused.value)
    assert [b.path for b in backup.backups(db_path)] == [good]
    assert not list(backup_dir(db_path).glob("*.part*"))


def test_two_weeks_on_a_damaged_database_keep_the_last_good_copy(
    db: SqliteDatabase, db_path: Path
) -> None:
    _bulk_customers(db, 3000)
    first = dt.date(2026, 3, 1)
    good = [backup.daily_backup(db, db_path, today=first + dt.timedelta(days=d)) for d in range(3)]
    db = _damage_in_place(db, db_path)
    for day in range(3, 3 + 2 * backup.KEEP_DAILY):
        with pytest.raises(backup.DamagedDatabase):
            backup.daily_backup(db, db_path, today=first + dt.timedelta(days=day))
    assert backup.daily_backups(db_path) == good
    assert backup.newest_good(db_path).path == good[-1]
    assert all(info.verified for info in backup.backups(db_path))


def test_unchecked_copies_are_checked_when_a_good_one_is_needed(
    db: SqliteDatabase, db_path: Path
) -> None:
    copy = backup.backup_now(db, db_path)
    (backup_dir(db_path) / backup.MANIFEST).unlink()
    (unknown,) = backup.backups(db_path)
    assert unknown.verified is None
    assert backup.newest_good(db_path).path == copy
    assert backup.backups(db_path)[0].verified is True


def test_a_failed_copy_leaves_no_half_file(
    db: SqliteDatabase, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class DiskGone(OSError):
        pass

    def broken(conn: sqlite3.Connection) -> str:
        raise DiskGone("the USB stick was pulled")

    dest = db_path.parent / "usb" / "copy.db"
    dest.parent.mkdir()
    monkeypatch.setattr(backup, "_quick_check", broken)
    with pytest.raises(DiskGone):
        backup.backup_to(db, dest)
    assert list(dest.parent.iterdir()) == []


def test_half_copies_of_an_interrupted_backup_are_removed_at_the_next_start(
    db: SqliteDatabase, db_path: Path
) -> None:
    made = backup.backup_now(db, db_path)
    left = backup_dir(db_path) / "shop-20260301-090000-daily.db.part"
    left.write_bytes(b"half")
    (backup_dir(db_path) / "shop-20260301-090000-daily.db.part-journal").write_bytes(b"j")
    backup.discard_partial_copies(db_path)
    assert sorted(p.name for p in backup_dir(db_path).iterdir()) == sorted(
        [made.name, backup.MANIFEST]
    )


# --- a backup never destroys what is at its destination --------------------------------------


def test_backup_to_refuses_a_file_that_is_not_a_shopcrm_backup(
    db: SqliteDatabase, db_path: Path
) -> None:
    letter = db_path.parent / "letter.docx"
    letter.write_bytes(b"PK\x03\x04 the owner's letter")
    with pytest.raises(UnusableDatabase, match="not a shopcrm backup"):
        backup.backup_to(db, letter)
    assert letter.read_bytes() == b"PK\x03\x04 the owner's letter"
    assert backup.backup_to(db, letter, force=True) == letter
    assert backup.verify(letter) == schema.SCHEMA_VERSION


def test_backup_to_refuses_a_device(db: SqliteDatabase) -> None:
    with pytest.raises(UnusableDatabase, match="not a plain file"):
        backup.backup_to(db, Path(os.devnull), force=True)


def test_backups_are_private_to_the_user(db: SqliteDatabase, db_path: Path) -> None:
    made = backup.backup_now(db, db_path)
    assert made.stat().st_mode & 0o777 == 0o600
    assert backup_dir(db_path).stat().st_mode & 0o777 == 0o700


def test_a_stick_shared_with_another_shop_keeps_its_copies(
    db: SqliteDatabase, db_path: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    theirs = stick / backup.ELSEWHERE_FOLDER
    theirs.mkdir(parents=True)
    other = [theirs / f"{db_path.stem}-branch2-202401{d:02d}-090000-daily.db" for d in (1, 2)]
    for path in other:
        path.write_bytes(b"another shop's copy")
    made = backup.daily_copy_elsewhere(db, db_path, stick, keep=3)
    assert backup.elsewhere_backups(db_path, stick) == [made]
    for day in range(1, 6):
        with clock.set_to(clock.today() + dt.timedelta(days=day)):
            backup.daily_copy_elsewhere(db, db_path, stick, keep=3)
    assert len(backup.elsewhere_backups(db_path, stick)) == 3
    assert all(path.exists() for path in other)

"""The database file: safe pragmas, marked as ours, chosen by --db, never harmed when refused."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from peewee import IntegrityError, SqliteDatabase

from shopcrm import cli
from shopcrm.core import paths
from shopcrm.core.errors import FileReplaced, UnusableDatabase
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.shop.opening import open_shop
from shopcrm.storage import schema, settings
from shopcrm.storage.models import Customer, Purchase, Tier


def _pragmas(conn: sqlite3.Connection) -> dict[str, object]:
    names = ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    return {name: conn.execute(f"PRAGMA {name}").fetchone()[0] for name in names}


SAFE = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2}


def _assert_safe(conn: sqlite3.Connection) -> None:
    found = _pragmas(conn)
    assert {name: found[name] for name in SAFE} == SAFE
    assert found["busy_timeout"] > 0


def test_first_connection_has_the_safe_pragmas(db: SqliteDatabase) -> None:
    _assert_safe(db.connection())


def test_a_reconnection_has_the_safe_pragmas_again(db: SqliteDatabase) -> None:
    db.close()
    db.connect()
    _assert_safe(db.connection())


def test_another_thread_gets_its_own_connection_with_the_pragmas(db: SqliteDatabase) -> None:
    found: list[tuple[sqlite3.Connection, dict[str, object]]] = []

    def work() -> None:
        conn = db.connection()
        found.append((conn, _pragmas(conn)))
        db.close()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    ((conn, pragmas),) = found
    assert conn is not db.connection()
    assert {name: pragmas[name] for name in SAFE} == SAFE
    assert pragmas["busy_timeout"] > 0


def test_foreign_keys_are_enforced(db: SqliteDatabase, db_path: Path) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        Purchase.create(customer=999_999)
    assert Purchase.select().count() == 0
    # Control: the same row goes in on a connection without the pragma, so the
    # refusal above came from foreign_keys=1 and nothing else.
    raw = sqlite3.connect(db_path)
    raw.execute(
        "INSERT INTO purchase (customer_id, date, subtotal, discount, total, points,"
        " created_at) VALUES (999999, '2024-01-01', 0, 0, 0, 0, '2024-01-01')"
    )
    raw.commit()
    raw.close()
    assert Purchase.select().count() == 1


def test_a_new_file_is_marked_as_a_shopcrm_database(db: SqliteDatabase, db_path: Path) -> None:
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    raw.close()


def test_an_empty_file_becomes_a_new_database(db_path: Path) -> None:
    db_path.touch()
    db = open_shop(db_path)
    assert Tier.select().count() > 0
    db.close()
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    raw.close()


def test_reopening_keeps_the_data_and_does_not_reseed(db: SqliteDatabase, db_path: Path) -> None:
    customer = quick_add("王芳", "13812345678")
    record_sale(customer.id, [SaleLine(Decimal("199.00"))], on=dt.date(2024, 5, 1))
    tiers = [(t.id, t.name) for t in Tier.select().order_by(Tier.id)]
    db.close()

    reopened = open_shop(db_path, language="en")
    try:
        again = Customer.get(Customer.phone == "13812345678")
        assert again.name == "王芳"
        assert again.total_spent == Decimal("199.00")
        assert Purchase.select().count() == 1
        assert [(t.id, t.name) for t in Tier.select().order_by(Tier.id)] == tiers
        assert settings.get("next_customer_number") == "2"
    finally:
        reopened.close()


# --- which file ------------------------------------------------------------------------------


def test_db_argument_chooses_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.database_path("shop.db") == tmp_path.resolve() / "shop.db"


def test_environment_chooses_the_file_when_no_argument(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SHOPCRM_DB", str(tmp_path / "env.db"))
    assert paths.database_path() == (tmp_path / "env.db").resolve()
    assert paths.database_path(tmp_path / "arg.db") == (tmp_path / "arg.db").resolve()


def test_default_file_is_in_the_data_folder() -> None:
    expected = Path(os.environ["XDG_DATA_HOME"]) / "shopcrm" / "shopcrm.db"
    assert paths.database_path() == expected


def _is_shop_db(path: Path) -> bool:
    if not path.is_file():
        return False
    raw = sqlite3.connect(path)
    try:
        return raw.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    finally:
        raw.close()


def test_cli_opens_the_file_given_by_db_then_env_then_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    default = Path(os.environ["XDG_DATA_HOME"]) / "shopcrm" / "shopcrm.db"
    from_env = tmp_path / "env.db"
    from_arg = tmp_path / "arg.db"
    monkeypatch.setenv("SHOPCRM_DB", str(from_env))

    demo = ["demo", "--customers", "3"]
    assert cli.main(["--db", str(from_arg), *demo]) == 0
    assert _is_shop_db(from_arg) and not from_env.exists() and not default.exists()
    assert cli.main(["--db", str(from_arg), "check"]) == 0

    assert cli.main(["check"]) == cli.UNUSABLE  # $SHOPCRM_DB names no shop yet
    assert cli.main(demo) == 0
    assert _is_shop_db(from_env) and not default.exists()

    monkeypatch.delenv("SHOPCRM_DB")
    assert cli.main(demo) == 0
    assert _is_shop_db(default)
    assert cli.main(["check"]) == 0


# --- files that are refused ------------------------------------------------------------------


def _real_database(folder: Path) -> Path:
    """A shopcrm file in WAL mode with a few hundred rows."""
    path = folder / "real" / "shop.db"
    db = open_shop(path, language="en")
    with db.atomic():
        Customer.insert_many(
            [{"number": f"C{n:06d}", "name": f"客户{n}"} for n in range(1, 400)]
        ).execute()
    db.close()
    return path


def _text(folder: Path) -> Path:
    path = folder / "customers.db"
    path.write_text("name,phone\n王芳,13812345678\n", encoding="utf-8")
    return path


def _garbage(folder: Path) -> Path:
    path = folder / "garbage.db"
    path.write_bytes(b"SQLite format 3\x00" + random.Random(7).randbytes(20_000))
    return path


def _truncated(folder: Path) -> Path:
    data = _real_database(folder).read_bytes()
    path = folder / "truncated.db"
    path.write_bytes(data[: len(data) // 2])
    return path


def _foreign(journal_mode: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / f"other-{journal_mode}.db"
        raw = sqlite3.connect(path)
        raw.execute(f"PRAGMA journal_mode = {journal_mode}")
        raw.execute("CREATE TABLE invoice (id INTEGER PRIMARY KEY, amount REAL)")
        raw.execute("INSERT INTO invoice (amount) VALUES (12.5)")
        raw.commit()
        raw.close()
        return path

    return make


def _newer(folder: Path) -> Path:
    path = _real_database(folder)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    raw.close()
    return path


UNUSABLE = [
    pytest.param(_text, r"not an SQLite file", id="text"),
    pytest.param(_garbage, r"cannot be read .*Restore a backup", id="garbage"),
    pytest.param(_truncated, r"cannot be read .*Restore a backup", id="truncated"),
    pytest.param(_foreign("delete"), r"another program.*nothing was changed", id="foreign"),
    pytest.param(_foreign("wal"), r"another program.*nothing was changed", id="foreign-wal"),
    pytest.param(_newer, r"newer shopcrm .*Update shopcrm", id="newer"),
]


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _beside(path: Path) -> list[str]:
    """The file and anything SQLite (-wal, -shm) or a backup would create next to it."""
    return sorted(
        p.name for p in path.parent.iterdir() if p.name.startswith(path.name) or p.name == "backups"
    )


@pytest.mark.parametrize(("make", "message"), UNUSABLE)
def test_unusable_file_is_refused_untouched(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    path = make(tmp_path)
    before, files = _sha256(path), _beside(path)
    assert files == [path.name]

    with pytest.raises(UnusableDatabase, match=message) as caught:
        open_shop(path)

    assert str(path) in str(caught.value)
    assert _sha256(path) == before
    assert _beside(path) == files


@pytest.mark.parametrize(("make", "message"), UNUSABLE)
def test_cli_reports_unusable_file_in_one_line(
    tmp_path: Path, make: Callable[[Path], Path], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = make(tmp_path)
    before = _sha256(path)

    assert cli.main(["--db", str(path), "check"]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1
    assert re.match(rf"shopcrm: .*{message}", err)
    assert "Traceback" not in err
    assert _sha256(path) == before
    assert _beside(path) == [path.name]


def test_a_folder_is_refused_and_left_empty(tmp_path: Path) -> None:
    folder = tmp_path / "shop.db"
    folder.mkdir()
    with pytest.raises(UnusableDatabase, match="is a folder"):
        open_shop(folder)
    assert list(folder.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["shop.db"]


def test_cli_as_a_program_reports_a_newer_file_without_traceback(tmp_path: Path) -> None:
    path = _newer(tmp_path)
    before = _sha256(path)

    done = subprocess.run(
        [sys.executable, "-m", "shopcrm", "--db", str(path), "check"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )

    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith("shopcrm: ")
    assert "newer shopcrm" in done.stderr
    assert "Traceback" not in done.stderr
    assert _sha256(path) == before


def test_a_reader_that_stops_early_is_not_an_error(tmp_path) -> None:
    db_path = tmp_path / "shop.db"
    subprocess.run(
        [sys.executable, "-m", "shopcrm", "--db", str(db_path), "demo", "--customers", "50"],
        check=True,
        capture_output=True,
    )
    shell = f"{sys.executable} -m shopcrm --db {db_path} tasks --json | head -c 10"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "unexpected" not in done.stderr


# --- the file removed or replaced while the shop is open -------------------------------------


def test_a_replaced_file_takes_no_more_writes(db: SqliteDatabase, db_path: Path) -> None:
    xiaoli = quick_add("张小丽", "13812345678")
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stranger = db_path.with_name("synced.db")
    stranger.write_bytes(db_path.read_bytes())
    before = hashlib.sha256(stranger.read_bytes()).hexdigest()
    os.replace(stranger, db_path)  # a sync tool puts "its" copy in place
    with pytest.raises(FileReplaced, match="removed or replaced while shopcrm was open"):
        record_sale(xiaoli.id, [SaleLine(Decimal("399"))])
    with pytest.raises(FileReplaced):
        quick_add("李娜", "13900001111")
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


def test_a_removed_file_takes_no_more_writes(db: SqliteDatabase, db_path: Path) -> None:
    quick_add("张小丽", "13812345678")
    db_path.unlink()
    with pytest.raises(FileReplaced):
        quick_add("李娜", "13900001111")
    with pytest.raises(FileReplaced):
        settings.put("shop_name", "新店名")  # a write outside any transaction too
    assert not db_path.exists()


def test_reading_a_shop_never_creates_one(tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "shop.db"
    with pytest.raises(UnusableDatabase, match="There is no shop database"):
        open_shop(missing, create=False)
    assert not missing.parent.exists()

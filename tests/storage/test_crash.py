"""A shop process killed mid-write leaves a sound database: all of a transaction or none."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from shopcrm.customers.profiles import quick_add
from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import Customer

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

ROOT = Path(__file__).parents[2]
WRITER = ROOT / "tests" / "helpers" / "crash_writer.py"
ROWS = 20_000
BEFORE = 3


@pytest.fixture
def shop(db: SqliteDatabase, db_path: Path) -> Path:
    """A closed database holding BEFORE customers."""
    for n in range(BEFORE):
        quick_add(f"老客户{n}", f"1381234567{n}")
    db.close()
    return db_path


class Writer:
    """The writer process, its printed lines collected by a thread as they come."""

    def __init__(self, db_path: Path) -> None:
        # The shop's code of this checkout, whichever copy the environment has installed.
        path = os.pathsep.join(filter(None, (str(ROOT), os.environ.get("PYTHONPATH"))))
        self.process = subprocess.Popen(
            [sys.executable, str(WRITER), str(db_path), str(ROWS)],
            env={**os.environ, "PYTHONPATH": path},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def wait_for(self, marker: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                stderr = "" if self.process.poll() is None else self.process.communicate()[1]
                pytest.fail(f"writer never printed {marker!r}. {stderr}")
            if line == marker:
                return

    def kill(self) -> list[str]:
        """SIGKILL the writer; return the lines it printed after the last one waited for."""
        self.process.send_signal(signal.SIGKILL)
        assert self.process.wait(timeout=10) == -signal.SIGKILL
        self.reader.join(timeout=10)
        late = []
        while not self.lines.empty():
            late.append(self.lines.get())
        return late


@pytest.fixture
def writer(shop: Path) -> Iterator[Writer]:
    started = Writer(shop)
    yield started
    if started.process.poll() is None:
        started.process.kill()
    started.process.communicate(timeout=10)


def _state(path: Path) -> tuple[str, int]:
    """integrity_check and the customer count, as the next program to open the file sees them."""
    with closing(sqlite3.connect(path)) as conn:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        count = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    return check, count


def _still_works(path: Path, expected: int) -> None:
    """The shop opens the file and takes a new customer after the crash."""
    db = open_shop(path)
    try:
        assert Customer.select().count() == expected
        quick_add("事后客户", "13900001111")
        assert Customer.select().count() == expected + 1
        (fts,) = db.execute_sql(
            "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH '事后客户'"
        ).fetchone()
        assert fts == 1
    finally:
        db.close()


def test_kill_inside_the_transaction_leaves_none_of_it(shop: Path, writer: Writer) -> None:
    writer.wait_for("half-way")
    late = writer.kill()
    wal = Path(f"{shop}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # uncommitted pages reached the disk

    check, count = _state(shop)

    assert check == "ok"
    if "committed" in late:  # the writer outran the kill: then every row must be there
        assert count == BEFORE + ROWS
    else:
        assert count == BEFORE
    _still_works(shop, count)


def test_kill_after_commit_keeps_every_row(shop: Path, writer: Writer) -> None:
    writer.wait_for("committed")
    writer.kill()
    wal = Path(f"{shop}-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the rows live only in the -wal file

    check, count = _state(shop)

    assert check == "ok"
    assert count == BEFORE + ROWS
    _still_works(shop, count)

"""The shop's bad days, brought about by real means: a full disk, a read-only folder, a
damaged file, a second writer, odd paths and dates.

Each scenario runs the command line on a shop of its own and returns what
happened: whether every row survived (`check` passes and the counts are as
before) and whether the message was a clear one (not "unexpected error", the
exit code the kind of fault has, the words expected). The tests run each one;
benchmarks/faults.py prints the tally.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

from shopcrm import cli
from tests.helpers.owners import DEMO_PASSWORD, password_args

TABLES = ("customer", "purchase", "purchase_item", "points_entry", "key_date", "follow_up")


@dataclass(frozen=True)
class Outcome:
    name: str
    survived: bool
    clear: bool
    said: str


@dataclass
class Ran:
    code: int
    out: str
    err: str


def run_cli(*argv: object, password: str | None = None) -> Ran:
    """The command line as a script would run it; the shop's file is closed after.

    `password`: the owner's, given as a script gives it (--password-file, in a folder of
    its own, so a full or read-only disk of the scenario does not stop it being written).
    """
    from shopcrm.storage.models import database

    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        given: list[str] = []
        if password is not None:
            folder = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="shopcrm-pw-")))
            given = password_args(folder, password)
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = cli.main([*given, *(str(a) for a in argv)])
            except SystemExit as stop:  # argparse refusing what was typed
                code = int(stop.code or 0)
    if database.obj is not None and not database.is_closed():
        database.close()
    return Ran(code, out.getvalue(), err.getvalue())


def counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def make_shop(folder: Path, customers: int = 60) -> Path:
    """A demo shop: its owner's password is DEMO_PASSWORD."""
    db = folder / "shop.db"
    made = run_cli("--db", db, "demo", "--customers", customers, "--seed", 3)
    assert made.code == cli.OK, made.err
    return db


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[Path]:
    """A real file system of `size` (tmpfs), mounted for the scenario and unmounted after."""
    folder.mkdir(parents=True, exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        raise RuntimeError(
            "The disk-full scenarios mount a small tmpfs and need the right to mount "
            f"(root in CI): {mounted.stderr.strip()}"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path, leave: int) -> None:
    """Fill `disk` until only about `leave` bytes are free."""
    free = shutil.disk_usage(disk).free - leave
    if free > 0:
        (disk / "filler.bin").write_bytes(b"\0" * free)


def _spreadsheet(path: Path, rows: int) -> Path:
    from tests.helpers.spreadsheets import write_xlsx

    data = [["姓名", "手机", "备注"]] + [
        [f"导入客户{n}", f"1350000{n:04d}", "很长的备注" * 40] for n in range(rows)
    ]
    return write_xlsx(path, {"客户": data})


def _clear(ran: Ran, code: int, *words: str) -> bool:
    said = ran.err + ran.out
    return (
        ran.code == code
        and "unexpected error" not in said
        and "Traceback" not in said
        and all(word in said for word in words)
    )


def _intact(db: Path, before: dict[str, int]) -> bool:
    checked = run_cli("--db", db, "check")
    return checked.code == cli.OK and counts(db) == before


# --- the scenarios -----------------------------------------------------------------------


def disk_full_during_import(work: Path) -> Outcome:
    with small_disk(work / "disk", "3m") as disk:
        db = make_shop(disk, customers=30)
        before = counts(db)
        sheet = _spreadsheet(work / "big.xlsx", 3000)
        fill(disk, 60_000)
        ran = run_cli("--db", db, "import", sheet, password=DEMO_PASSWORD)
        (disk / "filler.bin").unlink()
        return Outcome(
            "disk full during an import",
            _intact(db, before),
            _clear(ran, cli.BLOCKED, "disk is full"),
            ran.err.strip(),
        )


def disk_full_during_backup(work: Path) -> Outcome:
    db = make_shop(work)
    before = counts(db)
    with small_disk(work / "usb", "300k") as usb:
        ran = run_cli("--db", db, "backup", usb / "copy.db", password=DEMO_PASSWORD)
        leftovers = sorted(p.name for p in usb.iterdir())
    return Outcome(
        "disk full during a backup to a USB stick",
        _intact(db, before) and leftovers == [],
        _clear(ran, cli.BLOCKED, "disk is full"),
        ran.err.strip(),
    )


def disk_full_during_export(work: Path) -> Outcome:
    db = make_shop(work, customers=400)
    before = counts(db)
    with small_disk(work / "usb", "1m") as usb:
        fill(usb, 8_000)
        ran = run_cli(
            "--db", db, "export", "profiles", usb / "customers.xlsx", password=DEMO_PASSWORD
        )
        leftovers = sorted(p.name for p in usb.iterdir() if p.name != "filler.bin")
    return Outcome(
        "disk full during an export",
        _intact(db, before) and leftovers == [],
        _clear(ran, cli.BLOCKED, "disk is full"),
        ran.err.strip(),
    )


def read_only_folder(work: Path) -> Outcome:
    with small_disk(work / "disk", "20m") as disk:
        db = make_shop(disk)
        before = counts(db)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        try:
            ran = run_cli("--db", db, "sale", "C000001", "--item", "99", "--pay", "cash")
        finally:
            subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
        return Outcome(
            "a read-only folder",
            _intact(db, before),
            _clear(ran, cli.BLOCKED, "read-only"),
            ran.err.strip(),
        )


def damaged_spreadsheet(work: Path) -> Outcome:
    db = make_shop(work)
    before = counts(db)
    whole = _spreadsheet(work / "whole.xlsx", 2000)
    cut = work / "cut.xlsx"
    data = whole.read_bytes()
    # Keep the zip's directory but spoil the compressed sheet: reading fails half-way.
    with zipfile.ZipFile(whole) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 200
    spoiled = bytearray(data)
    spoiled[start : start + 4000] = random.Random(3).randbytes(4000)
    cut.write_bytes(bytes(spoiled))
    ran = run_cli("--db", db, "import", cut, password=DEMO_PASSWORD)
    return Outcome(
        "a damaged workbook that fails half-way through",
        _intact(db, before),
        _clear(ran, cli.UNUSABLE, "damaged or incomplete"),
        ran.err.strip(),
    )


def export_into_a_missing_folder(work: Path) -> Outcome:
    db = make_shop(work)
    before = counts(db)
    ran = run_cli(
        "--db", db, "export", "vip", work / "no such folder" / "vip.xlsx", password=DEMO_PASSWORD
    )
    return Outcome(
        "an export into a folder that does not exist",
        _intact(db, before),
        _clear(ran, cli.UNUSABLE, "no such folder"),
        ran.err.strip(),
    )


def export_onto_a_folder(work: Path) -> Outcome:
    db = make_shop(work)
    before = counts(db)
    (work / "reports.xlsx").mkdir()
    ran = run_cli("--db", db, "export", "profiles", work / "reports.xlsx", password=DEMO_PASSWORD)
    return Outcome(
        "an export whose name is a folder",
        _intact(db, before) and (work / "reports.xlsx").is_dir(),
        _clear(ran, cli.UNUSABLE, "folder"),
        ran.err.strip(),
    )


def device_as_database(work: Path) -> Outcome:
    ran = run_cli("--db", os.devnull, "check")
    return Outcome(
        "/dev/null as the database",
        Path(os.devnull).is_char_device(),
        _clear(ran, cli.UNUSABLE, "not a file"),
        ran.err.strip(),
    )


def missing_shop(work: Path) -> Outcome:
    ran = run_cli("--db", work / "typo" / "shop.db", "check")
    return Outcome(
        "a mistyped --db for a command that reads",
        not (work / "typo").exists(),
        _clear(ran, cli.UNUSABLE, "no shop database"),
        ran.err.strip(),
    )


def dates_at_the_edges(work: Path) -> Outcome:
    db = make_shop(work)
    before = counts(db)
    tried = [
        ("loyalty", "--today", "0001-01-01"),
        ("followups", "--date", "9999-12-31"),
        ("export", "vip", work / "a.xlsx", "--month", "0000-01"),
        ("export", "vip", work / "b.xlsx", "--month", "9999-12"),
    ]
    said, clear = [], True
    for argv in tried:
        ran = run_cli("--db", db, *argv, password=DEMO_PASSWORD)
        said.append(ran.err.strip().splitlines()[-1] if ran.err.strip() else "")
        clear = clear and _clear(ran, cli.UNUSABLE) and "choose" in ran.err.lower()
    return Outcome(
        "dates at the edges of the calendar",
        _intact(db, before),
        clear,
        " | ".join(said),
    )


def damaged_database(work: Path) -> Outcome:
    """Pages of the customer table, in the middle of the file, overwritten: every command
    reads them (where a page of rows no command of the day touches lands is luck: `check`
    alone finds such a page, and a backup refuses to copy it)."""
    db = make_shop(work, customers=800)
    first = run_cli("--db", db, "backup")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = 'customer'"
        ).fetchone()
    data = bytearray(db.read_bytes())
    middle = (root - 1) * 4096
    data[middle : middle + 3 * 4096] = random.Random(9).randbytes(3 * 4096)
    db.write_bytes(bytes(data))
    damaged = db.read_bytes()
    checked = run_cli("--db", db, "check")
    listed = run_cli("--db", db, "followups")
    copied = run_cli("--db", db, "backup")
    # An export reads only the customers: it may finish, or meet the damage and say so.
    exported = run_cli("--db", db, "export", "profiles", work / "p.xlsx", password=DEMO_PASSWORD)
    clear = (
        _clear(checked, cli.PROBLEMS, "damaged", "shopcrm restore")
        and _clear(listed, cli.DAMAGED, "damaged", "shopcrm restore")
        and _clear(copied, cli.DAMAGED, "damaged", "shopcrm restore")
        and (exported.code == cli.OK or _clear(exported, cli.DAMAGED, "damaged"))
        and first.code == cli.OK
    )
    return Outcome(
        "a damaged page in the middle of the database",
        db.read_bytes() == damaged and len(list((work / "backups").glob("*.db"))) == 1,
        clear,
        checked.err.strip(),
    )


def second_writer(work: Path) -> Outcome:
    """Another program holds the shop for two seconds: the sale waits its turn."""
    import threading
    import time

    db = make_shop(work)
    before = counts(db)
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")

    def release_later() -> None:
        time.sleep(2.0)  # not threading.Timer, whose timed wait never ends under faketime
        holder.execute("ROLLBACK")
        holder.close()

    release = threading.Thread(target=release_later)
    release.start()
    started = time.monotonic()
    ran = run_cli("--db", db, "sale", "C000001", "--item", "99", "--pay", "cash")
    waited = time.monotonic() - started
    release.join()
    after = counts(db)
    return Outcome(
        "a second writer holding the shop for two seconds",
        after["purchase"] == before["purchase"] + 1 and run_cli("--db", db, "check").code == 0,
        ran.code == cli.OK and waited >= 1.5,
        ran.out.strip().splitlines()[-1] if ran.out.strip() else ran.err.strip(),
    )


def replaced_while_open(work: Path) -> Outcome:
    """A sync tool puts another copy in place while the shop is open: no write goes astray."""
    from shopcrm.core.errors import FileReplaced
    from shopcrm.customers import profiles
    from shopcrm.shop.opening import open_shop
    from shopcrm.storage.models import database

    db = make_shop(work)
    open_shop(db)
    copy = work / "synced.db"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(db, copy)
    before = counts(copy)
    os.replace(copy, db)
    try:
        profiles.quick_add("李娜", "13900001111")
        said, clear = "the write went into the replaced file", False
    except FileReplaced as refused:
        said, clear = str(refused), "removed or replaced" in str(refused)
    finally:
        database.close()
    return Outcome(
        "the database file replaced while the shop is open",
        counts(db) == before,
        clear,
        said,
    )


SCENARIOS: tuple[Callable[[Path], Outcome], ...] = (
    disk_full_during_import,
    disk_full_during_backup,
    disk_full_during_export,
    read_only_folder,
    damaged_spreadsheet,
    export_into_a_missing_folder,
    export_onto_a_folder,
    device_as_database,
    missing_shop,
    dates_at_the_edges,
    damaged_database,
    second_writer,
    replaced_while_open,
)


def run_all() -> list[Outcome]:
    found = []
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory(prefix="shopcrm-fault-") as work:
            found.append(scenario(Path(work)))
    return found

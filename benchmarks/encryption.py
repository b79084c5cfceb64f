"""What protecting the shop's file costs: the same demo shop plain and encrypted, one run.

    python benchmarks/encryption.py [--customers 100000] [--import-rows 10000] [--out DIR]

One demo shop (shopcrm.demo.generator.fill_demo, seed 1) is built, copied, and the
copy protected with the owner's password (shop.protection, real argon2 cost). Then,
on both, in turns: opening the shop plus the first 50 customers of the list; the
counter's typical searches (search.search_ids, taken from real customers, after one
untimed pass, as on a shop PC that has run all day) and the same searches on a fresh
connection (SQLCipher decrypts each page as it is first read); an import of a 10k-row
workbook (spreadsheets.importing) into a copy of each; a backup into the backups
folder (the copy checked whole, as every backup is) and its full verification.
Each figure is printed beside the plain one, with the ratio encrypted/plain; the
plain shop is the same-run baseline.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from excel import make_file  # benchmarks/excel.py: the realistic old member list

from shopcrm.customers.search import search_ids
from shopcrm.demo import generator
from shopcrm.demo.people import DEMO_PASSWORD
from shopcrm.shop import protection
from shopcrm.shop.opening import open_shop
from shopcrm.spreadsheets import importing
from shopcrm.staff import accounts, secrets
from shopcrm.storage import backup, encryption, keyfile, settings
from shopcrm.storage.models import Customer, database

CODE = "ABCD-EFGH-JKMN-PQRS-TUVW"
OPEN_ROUNDS = 7
QUERIES_PER_SET = 30
BACKUP_ROUNDS = 3


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def copy_shop(source: Path, dest: Path) -> Path:
    """The shop's file with its key file, if it has one (closed shops only)."""
    shutil.copyfile(source, dest)
    if keyfile.path_beside(source).exists():
        shutil.copyfile(keyfile.path_beside(source), keyfile.path_beside(dest))
    return dest


def build(folder: Path, customers: int) -> tuple[Path, Path, dict[str, float]]:
    """The plain demo shop and its protected copy, and what making them took."""
    plain = folder / "plain" / "shop.db"
    plain.parent.mkdir(parents=True)
    open_shop(plain, language="zh_CN")
    started = time.perf_counter()
    generator.fill_demo(customers, seed=1)
    built = time.perf_counter() - started
    # The demo's owner wrote no recovery code down: give her one the benchmark knows.
    settings.put(accounts.RECOVERY_KEY, secrets.hashed(CODE))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    protected = folder / "protected" / "shop.db"
    protected.parent.mkdir()
    copy_shop(plain, protected)
    open_shop(protected)
    owner = accounts.sign_in(accounts.owner().id, DEMO_PASSWORD)
    started = time.perf_counter()
    protection.protect(owner, DEMO_PASSWORD, CODE)
    converted = time.perf_counter() - started
    database.close()
    encryption.forget_all()
    started = time.perf_counter()
    protection.unlock(protected, DEMO_PASSWORD)
    unlocked = time.perf_counter() - started
    return plain, protected, {"build": built, "protect": converted, "unlock": unlocked}


def first_screen() -> None:
    list(Customer.select().where(Customer.deleted_at.is_null()).order_by(Customer.number)[:50])


def open_and_first_screen(path: Path) -> float:
    def once() -> None:
        open_shop(path)
        first_screen()
        database.close()

    return statistics.median(timed(once) for _ in range(OPEN_ROUNDS))


def query_sets(path: Path) -> dict[str, list[str]]:
    """What clerks type, taken from real customers (the same for both shops)."""
    open_shop(path)
    rng = random.Random(2)
    top = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    ids = rng.sample(range(1, top + 1), QUERIES_PER_SET * 4)
    marks = ", ".join("?" * len(ids))
    rows = database.execute_sql(
        f"SELECT name, phone, py_initials FROM customer WHERE id IN ({marks})", ids
    ).fetchall()
    database.close()
    three = [name for name, *_ in rows if len(name) == 3]
    sets = {
        "phone last 4 digits": [phone[-4:] for _, phone, _ in rows],
        "phone middle 5 digits (FTS)": [phone[3:8] for _, phone, _ in rows],
        "surname (1 char)": [name[0] for name, *_ in rows],
        "full name (3 chars, FTS too)": three,
        "pinyin initials": [initials for *_, initials in rows],
    }
    return {label: queries[:QUERIES_PER_SET] for label, queries in sets.items()}


def search_times(path: Path, sets: dict[str, list[str]]) -> dict[str, float]:
    """Per set: the median of a warm search; and every search once on a fresh connection."""
    found: dict[str, float] = {}
    open_shop(path)
    started = time.perf_counter()
    for queries in sets.values():
        for query in queries:
            search_ids(query)
    found["all searches once, fresh connection"] = time.perf_counter() - started
    for label, queries in sets.items():
        found[label] = statistics.median(timed(lambda q=q: search_ids(q)) for q in queries)
    database.close()
    return found


def import_time(path: Path, workbook: Path, work: Path) -> tuple[float, int]:
    target = copy_shop(path, work / "shop.db")
    open_shop(target)
    owner = accounts.owner()
    started = time.perf_counter()
    plan = importing.plan_import(importing.find_table(workbook), "skip")
    result = importing.apply_import(owner, plan)
    seconds = time.perf_counter() - started
    database.close()
    return seconds, result.added


def backup_times(path: Path) -> tuple[float, float]:
    open_shop(path)
    made: list[Path] = []
    copies = [
        timed(lambda: made.append(backup.backup_now(database.obj, path)))
        for _ in range(BACKUP_ROUNDS)
    ]
    checks = [timed(lambda copy=copy: backup.verify(copy)) for copy in made]
    database.close()
    return statistics.median(copies), statistics.median(checks)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--import-rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args(argv)
    folder = args.out or Path(tempfile.mkdtemp(prefix="shopcrm-encryption-"))
    folder.mkdir(parents=True, exist_ok=True)
    from sqlcipher3 import dbapi2

    cipher = dbapi2.connect(":memory:").execute("PRAGMA cipher_version").fetchone()[0]
    print(
        f"files in {folder}; sqlite3 {sqlite3.sqlite_version}, SQLCipher {cipher} "
        f"on SQLite {dbapi2.sqlite_version}",
        flush=True,
    )
    try:
        plain, protected, making = build(folder, args.customers)
        print(
            f"built {args.customers:,} customers in {making['build']:.1f} s; protected the "
            f"copy in {making['protect']:.1f} s; unlock (argon2id, once a start) "
            f"{making['unlock'] * 1000:.0f} ms",
            flush=True,
        )
        workbook = folder / f"import-{args.import_rows}.xlsx"
        make_file(workbook, args.import_rows)
        sets = query_sets(plain)
        opened = (open_and_first_screen(plain), open_and_first_screen(protected))
        rows: list[tuple[str, float, float, str]] = [("open + first 50 customers", *opened, "ms")]
        plain_search, protected_search = search_times(plain, sets), search_times(protected, sets)
        for label in plain_search:
            rows.append((f"search: {label}", plain_search[label], protected_search[label], "ms"))
        imports = {}
        for name, path in (("plain", plain), ("protected", protected)):
            work = folder / f"import-{name}"
            work.mkdir()
            imports[name] = import_time(path, workbook, work)
        if imports["plain"][1] != imports["protected"][1]:
            raise SystemExit(f"the imports differ: {imports}")
        rows.append(
            (
                f"import {args.import_rows:,} rows ({imports['plain'][1]:,} added)",
                imports["plain"][0],
                imports["protected"][0],
                "s",
            )
        )
        plain_backup, protected_backup = backup_times(plain), backup_times(protected)
        rows.append(("backup (copy + its check)", plain_backup[0], protected_backup[0], "ms"))
        rows.append(("verify a backup (integrity)", plain_backup[1], protected_backup[1], "ms"))
        sizes = (plain.stat().st_size / 1e6, protected.stat().st_size / 1e6)
        print()
        print(f"{'measure':<44} {'plain':>11} {'protected':>11} {'ratio':>7}")
        for label, base, ours, unit in rows:
            scale = 1000 if unit == "ms" else 1
            print(
                f"{label:<44} {base * scale:>8.2f} {unit:<2} {ours * scale:>8.2f} {unit:<2} "
                f"{ours / base:>6.2f}x"
            )
        ratio = sizes[1] / sizes[0]
        print(f"{'file size':<44} {sizes[0]:>8.1f} MB {sizes[1]:>8.1f} MB {ratio:>6.2f}x")
        print(f"{'protect the shop (once, conversion)':<44} {'':>11} {making['protect']:>8.2f} s")
        print(
            f"{'unlock at start (argon2id, once)':<44} {'':>11} {making['unlock'] * 1000:>8.0f} ms"
        )
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""How fast the counter stays as the shop grows, each figure beside a same-run baseline.

    python benchmarks/run.py [--sizes 100000,1000000] [--quick] [--out DIR [--reuse]]

Builds demo shops of the given sizes (or, with --reuse, measures those kept in
--out, upgrading an older file first and timing that), then measures: search
as you type (`search.search_ids`), terms that find someone and terms that find
nobody, against one seek of the name index (the fastest a lookup can be) and a
naive LIKE '%x%' scan; her RFM segment as her card shows it against reading her
row by key, and the day's cut points it compares with; the demo's bulk insert
against raw sqlite3 executemany of the very same customer rows; and opening
the database plus the first screen of the customer list against a bare
sqlite3.connect. Machines are noisy, so figures are medians (and p95), and
each baseline runs in the same process, on the same files, in between.
Shops are real demo shops at every size, with every customer's sales.
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

from shopcrm.core import clock
from shopcrm.customers.search import search_ids
from shopcrm.demo import generator
from shopcrm.loyalty import segments
from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import Customer, database

QUERIES_PER_SET = 50
DEMO_GOAL = 1_000_000 // 300  # customers a second: a million-customer demo in 5 minutes
BASELINE_QUERIES = 5
OPEN_ROUNDS = 7
SEARCH_GOAL_MS = 20.0
INSERT_GOAL = 0.5
FIRST_SCREEN = (
    "SELECT * FROM customer WHERE deleted_at IS NULL ORDER BY number LIMIT 50"  # as a list view
)
INDEX_SEEK = "SELECT id FROM customer WHERE deleted_at IS NULL AND name GLOB ? LIMIT 50"
BY_KEY = "SELECT * FROM customer WHERE id = ?"
LIKE_SCAN = (
    "SELECT id FROM customer WHERE deleted_at IS NULL AND (name LIKE ?1 OR phone LIKE ?1"
    " OR py_initials LIKE ?1 OR py_full LIKE ?1) LIMIT 50"
)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def p95(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def build(path: Path, size: int) -> tuple[generator.DemoSummary, float]:
    remove_db(path)
    db = open_shop(path, language="zh_CN")
    start = time.perf_counter()
    summary = generator.fill_demo(size, seed=1)
    seconds = time.perf_counter() - start
    db.close()
    return summary, seconds


def build_row(path: Path, size: int) -> tuple[str, str, str, str]:
    summary, seconds = build(path, size)
    print(f"built {size:,} customers in {seconds:.1f} s", flush=True)
    return (
        "demo build (fill_demo)",
        f"{seconds:8.1f} s",
        f"{summary.purchases:,} sales, {summary.items:,} items",
        f"{size / seconds:,.0f} customers/s (goal ≥ {DEMO_GOAL:,}/s: 1M in 5 min)",
    )


def query_sets(rng: random.Random, count: int) -> dict[str, list[str]]:
    """What clerks type, taken from real customers of the open database."""
    top = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    ids = rng.sample(range(1, top + 1), min(top, count * 4))
    marks = ", ".join("?" * len(ids))
    rows = database.execute_sql(
        f"SELECT name, phone, py_initials, py_full FROM customer WHERE id IN ({marks})", ids
    ).fetchall()
    three = [name for name, *_ in rows if len(name) == 3]
    sets = {
        "phone last 4 digits": [phone[-4:] for _, phone, *_ in rows],
        "surname (1 char)": [name[0] for name, *_ in rows],
        "given name (2 chars)": [name[-2:] for name in three],
        "full name (3 chars)": three,
        "pinyin initials": [initials for *_, initials, _ in rows],
        "full pinyin prefix": [full[: max(4, len(full) - 2)] for *_, full in rows],
    }
    sets.update(misses(rng, count))
    return {label: queries[:count] for label, queries in sets.items()}


# Characters no demo name holds; a clerk's typo or a name from another shop.
RARE = "饕餮魑魅魍魉耄耋醍醐蹊跷龃龉踌躇鳏寡犄角旮旯邂逅嗫嚅"


def misses(rng: random.Random, count: int) -> dict[str, list[str]]:
    """Terms that find nobody, each checked against every name (once, untimed)."""
    taken = {
        ch
        for (ch,) in database.execute_sql(
            "SELECT DISTINCT substr(name, n, 1) FROM customer, "
            "(SELECT 1 AS n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4) WHERE n <= length(name)"
        )
    }
    free = [ch for ch in RARE if ch not in taken]
    return {
        "nobody: 1 char": [rng.choice(free) for _ in range(count)],
        "nobody: 2 chars": [rng.choice(free) + rng.choice(free) for _ in range(count)],
        "nobody: Latin": ["".join(rng.choices("qxzv", k=4)) for _ in range(count)],
    }


def like_scan(query: str) -> list[tuple[int]]:
    return database.execute_sql(LIKE_SCAN, (f"%{query}%",)).fetchall()


def seek(query: str) -> list[tuple[int]]:
    """The fastest a lookup can be: one seek of the name index."""
    return database.execute_sql(INDEX_SEEK, (f"{query}*",)).fetchall()


def search_rows(path: Path) -> list[tuple[str, str, str, str]]:
    open_shop(path)
    rows = []
    for label, queries in query_sets(random.Random(2), QUERIES_PER_SET).items():
        for query in queries:  # warm the page cache, as a shop PC that has run all day
            search_ids(query)
        times = [timed(lambda q=query: search_ids(q)) for query in queries]
        seeks = statistics.median(timed(lambda q=query: seek(q)) for query in queries)
        scans = [timed(lambda q=query: like_scan(q)) for query in queries[:BASELINE_QUERIES]]
        median = statistics.median(times)
        rows.append(
            (
                f"search: {label} (n={len(times)})",
                f"{ms(median)} med, {ms(p95(times))} p95",
                f"index seek {ms(seeks)}, LIKE scan {ms(statistics.median(scans))}",
                f"{median / seeks:7.1f}x a seek"
                + ("" if median * 1000 <= SEARCH_GOAL_MS else "  ABOVE GOAL"),
            )
        )
    rows += segment_rows()
    database.close()
    return rows


def segment_rows() -> list[tuple[str, str, str, str]]:
    """Her RFM segment on her card, from the day's cut points, beside reading her row."""
    top = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    ids = random.Random(4).sample(range(1, top + 1), QUERIES_PER_SET)
    refresh = timed(lambda: segments.refresh_cut_points(clock.today()))
    times = [timed(lambda i=i: segments.rfm_of(i)) for i in ids]
    rows = [timed(lambda i=i: database.execute_sql(BY_KEY, (i,)).fetchone()) for i in ids]
    median, baseline = statistics.median(times), statistics.median(rows)
    return [
        (
            f"her RFM segment (n={len(ids)})",
            f"{ms(median)} med, {ms(p95(times))} p95",
            f"her row by key {ms(baseline)}",
            f"{median / baseline:7.1f}x",
        ),
        (
            "the day's RFM cut points (catch-up)",
            f"{ms(refresh)}",
            f"her row by key {ms(baseline)}",
            "once a day",
        ),
    ]


def insert_rows(folder: Path, count: int, rounds: int) -> list[tuple[str, str, str, str]]:
    """The demo insert path against raw executemany, the same rows into the same fresh schema."""
    demo_path, raw_path = folder / "insert-generator.db", folder / "insert-raw.db"
    remove_db(demo_path)
    db = open_shop(demo_path, language="zh_CN")
    with database.atomic():
        rng = random.Random(1)
        shop = generator.setup_shop(count, rng, "clothing")
        rows = generator.customer_rows(count, rng, shop, shop.first_id)
    db.close()
    columns = ", ".join(f'"{name}"' for name in generator.CUSTOMER_COLUMNS)
    marks = ", ".join("?" * len(generator.CUSTOMER_COLUMNS))
    insert = f"INSERT INTO customer ({columns}) VALUES ({marks})"

    def through_demo() -> float:
        remove_db(demo_path)
        db = open_shop(demo_path, language="zh_CN")
        with database.atomic():
            generator.setup_shop(count, random.Random(1), "clothing")
        start = time.perf_counter()
        with database.atomic():
            generator.insert_rows("customer", generator.CUSTOMER_COLUMNS, rows)
        seconds = time.perf_counter() - start
        db.close()
        return seconds

    def through_raw() -> float:
        remove_db(raw_path)
        db = open_shop(raw_path, language="zh_CN")
        with database.atomic():
            generator.setup_shop(count, random.Random(1), "clothing")
        db.close()
        conn = sqlite3.connect(raw_path, isolation_level=None)
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany(insert, rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - start
        conn.close()
        return seconds

    demo_times, raw_times = [], []
    for _ in range(rounds):
        demo_times.append(through_demo())
        raw_times.append(through_raw())
    for path in (demo_path, raw_path):
        remove_db(path)
    demo_rate = count / statistics.median(demo_times)
    raw_rate = count / statistics.median(raw_times)
    ratio = demo_rate / raw_rate
    return [
        (
            f"bulk insert: {count:,} customers (x{rounds})",
            f"{demo_rate:>12,.0f} rows/s",
            f"raw executemany {raw_rate:,.0f} rows/s",
            f"{ratio:7.2f}x raw" + ("" if ratio >= INSERT_GOAL else "  BELOW GOAL"),
        )
    ]


def open_rows(path: Path) -> list[tuple[str, str, str, str]]:
    """Opening the file and showing the first 50 customers, cold connection each time."""

    def shopcrm_open() -> None:
        db = open_shop(path)
        list(Customer.select().where(Customer.deleted_at.is_null()).order_by(Customer.number)[:50])
        db.close()

    def bare_open() -> None:
        conn = sqlite3.connect(path)
        conn.execute(FIRST_SCREEN).fetchall()
        conn.close()

    ours, bare = [], []
    for _ in range(OPEN_ROUNDS):
        ours.append(timed(shopcrm_open))
        bare.append(timed(bare_open))
    median, baseline = statistics.median(ours), statistics.median(bare)
    return [
        (
            "open database + first 50 customers",
            f"{ms(median)} med",
            f"sqlite3.connect + SELECT {ms(baseline)} med",
            f"{median / baseline:7.1f}x slower",
        )
    ]


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    header = ("measure", "figure", "baseline (same run)", "ratio")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(4)]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100000,1000000", help="customers per shop")
    parser.add_argument("--quick", action="store_true", help="small shops (5,000 and 20,000)")
    parser.add_argument("--out", type=Path, help="keep the databases here (default: a temp dir)")
    parser.add_argument(
        "--reuse", action="store_true", help="measure the shops already kept in --out"
    )
    parser.add_argument("--insert-rows", type=int, default=100_000, help="rows of the insert test")
    args = parser.parse_args(argv)
    sizes = [5_000, 20_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    insert_count = min(args.insert_rows, 20_000) if args.quick else args.insert_rows
    folder = args.out or Path(tempfile.mkdtemp(prefix="shopcrm-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"databases in {folder}; SQLite {sqlite3.sqlite_version}", flush=True)
    try:
        rows = insert_rows(folder, insert_count, rounds=2)
        for size in sizes:
            path = folder / f"shop-{size}.db"
            rows.append((f"== shop of {size:,} customers", "", "", ""))
            if not (args.reuse and path.exists()):
                rows.append(build_row(path, size))
            started = time.perf_counter()
            open_shop(path).close()  # a kept shop of an older version is upgraded first
            rows.append(
                ("open (and upgrade) the file", f"{time.perf_counter() - started:8.1f} s", "", "")
            )
            rows += search_rows(path)
            rows += open_rows(path)
        print()
        print_table(rows)
    finally:
        if args.out is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Re-evaluating every customer's tier after a rule change, against a plain UPDATE, in one run.

    python benchmarks/tiers.py [--customers 100000] [--sales 3]

A fresh shop of N customers with about `--sales` purchases each over two
years is built with raw inserts. Then, each timed on its own:
- preview of a threshold change (nothing written);
- apply of that change (cumulative rule, downgrade as soon as she no longer qualifies);
- apply of a switch to the 12-month rule (every purchase is read again);
- the baseline: `UPDATE customer SET tier_id = tier_id` over the same rows,
  the cheapest statement that writes every customer row once.
Each apply is one transaction that also records every move as a TierChange.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from shopcrm.core import clock
from shopcrm.loyalty import tiers
from shopcrm.shop.opening import open_shop
from shopcrm.storage import derived
from shopcrm.storage.models import database

T = TypeVar("T")


def purchase_rows(customers: int, sales: int) -> Iterator[tuple[int, str, int, int, str]]:
    """About `sales` purchases per customer, spread over the last two years."""
    rng = random.Random(4)
    today = clock.today()
    for customer in range(1, customers + 1):
        for _ in range(rng.randint(0, 2 * sales)):
            day = (today - dt.timedelta(days=rng.randint(0, 730))).isoformat()
            fen = rng.randint(50, 4000) * 100
            yield customer, day, fen, fen, day


def build(customers: int, sales: int) -> None:
    with database.atomic("IMMEDIATE"):
        database.execute_sql("DROP TRIGGER customer_fts_insert")  # search is not measured here
        database.connection().executemany(
            "INSERT INTO customer (id, number, name, status, total_spent, visit_count, points,"
            " created_at, updated_at, accepts_promotions, birthday_lunar)"
            " VALUES (?, ?, ?, 'visitor', 0, 0, 0, ?, ?, 0, 0)",
            (
                (n, f"C{n:07d}", f"顾客{n}", "2024-01-01 00:00:00", "2024-01-01 00:00:00")
                for n in range(1, customers + 1)
            ),
        )
        database.connection().executemany(
            "INSERT INTO purchase (customer_id, date, subtotal, discount, total, points,"
            " created_at) VALUES (?, ?, ?, 0, ?, 0, ?)",
            purchase_rows(customers, sales),
        )
        derived.refresh()
        tiers.reevaluate_all()


def timed(action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    return result, time.perf_counter() - start


def baseline() -> None:
    with database.atomic("IMMEDIATE"):
        database.execute_sql("UPDATE customer SET tier_id = tier_id WHERE deleted_at IS NULL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--sales", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        open_shop(Path(folder) / "bench.db", language="en")
        _, built = timed(lambda: build(args.customers, args.sales))
        purchases = database.execute_sql("SELECT count(*) FROM purchase").fetchone()[0]
        print(f"shop: {args.customers} customers, {purchases} purchases (built in {built:.1f} s)")
        rules = tiers.current_rules()
        for spec, threshold in zip(rules.tiers, ("0", "3000", "9000", "25000"), strict=True):
            spec.threshold = threshold
        changed = replace(rules, downgrade="drop")
        yearly = replace(changed, rule="last_12_months", grace_days=30)
        _, base = min((timed(baseline) for _ in range(3)), key=lambda run: run[1])
        print(f"baseline UPDATE customer SET tier_id = tier_id: {base:.3f} s")
        for label, action in (
            ("preview of new thresholds", lambda: tiers.preview(changed)),
            ("apply new thresholds", lambda: tiers.apply_rules(changed)),
            ("apply the 12-month rule", lambda: tiers.apply_rules(yearly)),
        ):
            shown, seconds = timed(action)
            print(
                f"{label}: {seconds:.3f} s ({seconds / base:.1f}x baseline); "
                f"{shown.up} up, {shown.down} down, {shown.kept} kept by policy"
            )


if __name__ == "__main__":
    main()

"""Planning the care tasks of a large shop, against one full scan of its customer table.

    python benchmarks/care.py [--customers 100000] [--seed 7] [--kind clothing]

Builds a demo shop (shopcrm.demo.fill_demo), then times, each on its own:
- the first plan of the day, which adds a fortnight of tasks;
- the same plan again, which finds nothing to change (the idempotent rerun
  the follow-ups page does on F5);
- the plan on the shop's next festival day, which greets every customer who
  welcomes messages: one batch per clerk, a task only for the top tiers;
- the day's list as the page reads it (followups.day_share, within each clerk's
  daily load), all clerks, and the festival's batches with their counts;
- the largest batch written as an SMS file, each message filled in for her;
- how long a counter write (one small transaction from a second connection, as a
  sale is) waits at most while the first plan and the festival plan run, and
  while the loyalty catch-up of the festival day runs (still one transaction);
- the baseline: one full scan of the customer table reading the columns the
  rules use (a query that cannot be skipped by any index).
Figures are the best of a few runs, beside the baseline of the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from timing import best

from shopcrm.care import batches, festivals, followups, rules
from shopcrm.core import clock
from shopcrm.demo import generator
from shopcrm.loyalty import upkeep
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts
from shopcrm.storage.models import FollowUp, GreetingBatch, database

T = TypeVar("T")
BASELINE = """SELECT count(*), max(birth_date), max(last_purchase_on), sum(accepts_promotions),
                     max(created_at), sum(total_spent), count(clerk_id), count(referred_by_id)
                FROM customer WHERE deleted_at IS NULL"""


def counter_waits(db: Path, action: Callable[[], T]) -> tuple[T, float, int]:
    """Run `action` on a thread while a second connection writes every 20 ms, as the
    counter would; the result, the longest a write waited, and how many got through."""
    outcome: list[T] = []
    worker = threading.Thread(target=lambda: outcome.append(action()))
    counter = sqlite3.connect(db, timeout=30, isolation_level=None)
    counter.execute("CREATE TABLE IF NOT EXISTS counter_probe (at REAL)")
    longest, writes = 0.0, 0
    worker.start()
    while worker.is_alive():
        start = time.perf_counter()
        counter.execute("BEGIN IMMEDIATE")
        counter.execute("INSERT INTO counter_probe VALUES (?)", (start,))
        counter.execute("COMMIT")
        longest, writes = max(longest, time.perf_counter() - start), writes + 1
        time.sleep(0.02)
    worker.join()
    counter.execute("DROP TABLE counter_probe")
    counter.close()
    return outcome[0], longest, writes


def next_festival(today: dt.date) -> tuple[dt.date, str]:
    found = [
        (day, festival.name)
        for festival in festivals.active_festivals()
        for day in festivals.occurrences(festival, today, today + dt.timedelta(days=366))
    ]
    return min(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kind", choices=("clothing", "furniture"), default="clothing")
    args = parser.parse_args()
    today = clock.today()
    with tempfile.TemporaryDirectory() as folder:
        shop = Path(folder) / "care.db"
        open_shop(shop, language="zh_CN")
        start = time.perf_counter()
        made = generator.fill_demo(args.customers, seed=args.seed, kind=args.kind)
        print(
            f"shop: {made.customers} customers, {made.purchases} sales, "
            f"{made.key_dates} key dates (built in {time.perf_counter() - start:.0f} s)"
        )
        _, base = best(lambda: database.execute_sql(BASELINE).fetchall())
        print(f"baseline, one full scan of the customer table: {base * 1000:.1f} ms")

        def report(label: str, seconds: float, detail: str) -> None:
            print(f"{label}: {seconds * 1000:.0f} ms ({seconds / base:.1f}x baseline); {detail}")

        def beside_the_counter(label: str, action: Callable[[], object], detail: str) -> None:
            start = time.perf_counter()
            result, longest, writes = counter_waits(shop, action)
            report(label, time.perf_counter() - start, detail.format(result=result))
            print(
                f"  a counter write meanwhile waited at most {longest * 1000:.0f} ms "
                f"({longest / base:.1f}x baseline; {writes} writes)"
            )

        added = "{result.created} tasks added"
        beside_the_counter("first plan of the day", lambda: rules.plan(today), added)
        again, seconds = best(lambda: rules.plan(today))
        report("the same plan again", seconds, f"{again.created} added, {again.updated} updated")
        share, seconds = best(lambda: followups.day_share(today))
        waiting = f"{len(share.rows)} tasks, {share.waiting} waiting"
        report("the day's list, all clerks", seconds, waiting)
        day, name = next_festival(today)
        beside_the_counter(f"loyalty catch-up on {name}", lambda: upkeep.catch_up(day), "{result}")
        tasks_before, batches_before = FollowUp.select().count(), GreetingBatch.select().count()
        beside_the_counter(
            f"plan on {name} ({day})",
            lambda: rules.plan(day),
            "{result.created} tasks and {result.batches.created} batches added",
        )
        print(
            f"  rows written on {name}: {FollowUp.select().count() - tasks_before} tasks, "
            f"{GreetingBatch.select().count() - batches_before} batches"
        )
        again, seconds = best(lambda: rules.plan(day))
        report(f"{name} planned again", seconds, f"{again.created} added, {again.updated} updated")
        share, seconds = best(lambda: followups.day_share(day))
        report(f"the list on {name}", seconds, f"{len(share.rows)} tasks, {share.waiting} waiting")
        found, seconds = best(lambda: batches.batches_of(day), rounds=1)
        greeted = sum(batch.members for batch in found)
        report(f"the batches on {name}", seconds, f"{len(found)} batches, {greeted} customers")
        largest = max(found, key=lambda batch: batch.members)
        owner = accounts.owner()
        sms, seconds = best(
            lambda: batches.export_sms(owner, largest.id, Path(folder) / "sms.csv"), rounds=1
        )
        report("the largest batch as an SMS file", seconds, f"{sms.written} messages")


if __name__ == "__main__":
    main()

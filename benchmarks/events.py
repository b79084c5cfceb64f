"""Inviting a segment of 10,000 customers to a VIP event, against one full scan of the
customer table in the same run.

    python benchmarks/events.py [--customers 100000] [--shop PATH] [--seed 7]

Builds a demo shop (shopcrm.demo.fill_demo; with --shop the file is kept there and
reused by the next run), works on a copy of it, and times, each on its own:
- the owner's preview of the segment (guests.choose, nothing written): a talk, no
  capacity, for the customers who said they like talks (every tenth customer);
- the invitation itself (guests.invite): the guests written and their invitation
  tasks planned (rules.plan_events), in one transaction;
- the event rule alone again, which finds nothing to change;
- the event rule after 60% of the guests said yes: a reminder each;
- the events page's list (figures.event_lines) and the big event's figures
  (figures.report) once 55% of the guests came;
- the baseline: one full scan of the customer table reading the columns the
  segment uses (a query no index can skip).
Figures that write are timed once; the others are the best of three.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from timing import best

from shopcrm.care import rules
from shopcrm.core import clock
from shopcrm.demo import generator
from shopcrm.events import figures, guests, planning
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts
from shopcrm.storage.models import FollowUp, database

SEGMENT = 10_000
BASELINE = """SELECT count(*), max(tier_id), sum(total_spent), count(clerk_id),
                     sum(accepts_promotions), max(event_kinds)
                FROM customer WHERE deleted_at IS NULL"""


def shop_file(path: Path, customers: int, seed: int) -> Path:
    """A demo shop of `customers` at `path`, built unless a run before left it there."""
    if path.exists():
        print(f"shop: reusing {path}")
        return path
    open_shop(path, language="zh_CN")
    start = time.perf_counter()
    made = generator.fill_demo(customers, seed=seed)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    print(
        f"shop: {made.customers} customers, {made.purchases} sales, {made.events} events "
        f"(built in {time.perf_counter() - start:.0f} s)"
    )
    return path


def likers(customers: int) -> int:
    """Make every n-th customer one who likes talks, so the segment finds SEGMENT."""
    step = max(customers // SEGMENT, 1)
    return database.execute_sql(
        "UPDATE customer SET event_kinds = 'talk' WHERE id % ? = 0 AND deleted_at IS NULL",
        (step,),
    ).rowcount


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--shop", type=Path, help="keep the demo shop here, and reuse it")
    args = parser.parse_args()
    today = clock.today()
    with tempfile.TemporaryDirectory() as folder:
        kept = shop_file(args.shop or Path(folder) / "kept.db", args.customers, args.seed)
        work = Path(folder) / "events.db"
        shutil.copyfile(kept, work)
        open_shop(work)
        with database.atomic("IMMEDIATE"):
            found = likers(args.customers)
        owner = accounts.owner()
        _, base = best(lambda: database.execute_sql(BASELINE).fetchall())
        print(f"baseline, one full scan of the customer table: {base * 1000:.1f} ms")

        def report(label: str, seconds: float, detail: str) -> None:
            print(f"{label}: {seconds * 1000:.0f} ms ({seconds / base:.2f}x baseline); {detail}")

        starts = dt.datetime.combine(today + dt.timedelta(days=5), dt.time(19))
        event = planning.save_event(owner, planning.EventInput("秋季保养讲座", "talk", starts))
        segment = guests.Segment(likes_kind=True)
        choice, seconds = best(lambda: guests.choose(event.id, segment))
        detail = f"{len(choice.ids)} found ({found} set to like talks), {len(choice.chosen)} chosen"
        report("the segment's preview (choose)", seconds, detail)
        tasks = FollowUp.select().where(FollowUp.kind == "event_invitation")
        before = tasks.count()
        choice, seconds = best(lambda: guests.invite(owner, event.id, segment, today), rounds=1)
        made = tasks.count() - before
        report("invite the segment", seconds, f"{len(choice.chosen)} invited, {made} tasks")
        changed, seconds = best(lambda: rules.plan_events(today))
        report("the event rule again", seconds, f"{changed} tasks changed")
        with database.atomic("IMMEDIATE"):
            database.execute_sql(
                """UPDATE event_guest SET reply = 'yes', replied_at = ?, replied_for = ?
                    WHERE event_id = ? AND id % 5 < 3""",
                (str(clock.now()), starts.date().isoformat(), event.id),
            )
        changed, seconds = best(lambda: rules.plan_events(today), rounds=1)
        detail = f"{changed} tasks added: a reminder each (a we-missed-you waits for the day after)"
        report("the event rule after 60% said yes", seconds, detail)
        with database.atomic("IMMEDIATE"):
            database.execute_sql(
                "UPDATE event_guest SET attended = 1 WHERE event_id = ? AND id % 20 < 11",
                (event.id,),
            )
        lines, seconds = best(figures.event_lines)
        report("the events page's list", seconds, f"{len(lines)} events")
        with clock.set_to(starts + dt.timedelta(days=40)):  # both windows are over
            done, seconds = best(lambda: figures.report(event.id))
        week, month = done.lifts
        report(
            "the big event's figures (report)",
            seconds,
            f"{done.line.attended} came; expected ¥{week.expected} in 7 days, "
            f"¥{month.expected} in 30",
        )
        database.close()


if __name__ == "__main__":
    main()

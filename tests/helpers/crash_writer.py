"""A shop process to be killed: writes ROWS customers in one transaction.

Usage: crash_writer.py DB ROWS

Prints "half-way" once half the rows are written (the transaction still open),
"committed" after the commit, then sleeps so the test can kill it either way.
Run by tests/domain/test_crash.py; not a test itself.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import Customer

CHUNK = 500


def rows(start: int, stop: int) -> list[dict[str, object]]:
    return [
        {"number": f"K{n:06d}", "name": f"夜班客户{n}", "phone": f"1370{n:07d}", "notes": "x" * 200}
        for n in range(start, stop)
    ]


def main(argv: list[str]) -> int:
    path, total = Path(argv[1]), int(argv[2])
    db = open_shop(path)
    # A small page cache makes the open transaction spill its pages into the
    # -wal file, so the killed process leaves uncommitted frames on disk; no
    # automatic checkpoint, so committed rows too live only in the -wal file.
    db.execute_sql("PRAGMA cache_size = 20")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    half = total // 2
    with db.atomic():
        for start in range(0, total, CHUNK):
            Customer.insert_many(rows(start, min(start + CHUNK, total))).execute()
            if start < half <= start + CHUNK:
                print("half-way", flush=True)
    print("committed", flush=True)
    time.sleep(120)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Counting the SQL statements a piece of code runs, to pin the query count of a hot path.

The same count as peewee's own `playhouse.test_utils.count_queries`: peewee logs
every statement it executes to the "peewee" logger at DEBUG, model queries and
raw `database.execute_sql(...)` alike, and the log records are counted. Unlike
`assert_query_count` the statements are kept, so a broken pin says which
statements ran, and nothing is asserted on the way out of the block, so an
exception in the counted code is not hidden behind a count mismatch.

Not counted, because peewee runs them on the sqlite3 cursor without logging:
BEGIN and COMMIT of a transaction (SAVEPOINTs are counted), and anything run on
the raw connection (`database.connection().execute…`, `database.cursor().executemany`).
A hot path must not move its reads there to escape its pin.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from shopcrm.storage.models import database

_PEEWEE = logging.getLogger("peewee")


@dataclass
class Statements:
    """The statements run inside a `counting()` block, in order, with their parameters."""

    ran: list[tuple[str, tuple[object, ...]]] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ran)

    @property
    def sql(self) -> list[str]:
        return [" ".join(sql.split()) for sql, _ in self.ran]

    def __str__(self) -> str:
        """One numbered line per statement, for the message of a failed pin."""
        lines = (f"{n:3}. {sql[:160]}" for n, sql in enumerate(self.sql, start=1))
        return f"{len(self)} statements:\n" + "\n".join(lines)


class _Collector(logging.Handler):
    def __init__(self, into: Statements) -> None:
        super().__init__(logging.DEBUG)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        # peewee logs (sql, params) as the message of each statement it executes.
        if isinstance(record.msg, tuple) and len(record.msg) == 2:
            sql, params = record.msg
            self.into.ran.append((str(sql), tuple(params or ())))


@contextmanager
def counting() -> Iterator[Statements]:
    """Collect every statement peewee executes inside the block, from any thread.

    The records are kept out of the other log handlers (the shop's log file,
    pytest's capture) while counting: a page of queries is noise there.
    """
    statements = Statements()
    handler = _Collector(statements)
    level, propagate = _PEEWEE.level, _PEEWEE.propagate
    _PEEWEE.addHandler(handler)
    _PEEWEE.setLevel(logging.DEBUG)
    _PEEWEE.propagate = False
    try:
        yield statements
    finally:
        _PEEWEE.removeHandler(handler)
        _PEEWEE.setLevel(level)
        _PEEWEE.propagate = propagate


# Tables that grow with the shop and her history; a hot path seeks them, never scans them.
# The others (tiers, clerks, settings, festivals, templates, replies, events) stay small.
GROWING = {
    "customer",
    "customer_fts",
    "name_part",
    "key_date",
    "purchase",
    "purchase_item",
    "points_entry",
    "tier_change",
    "referral_reward",
    "complaint",
    "complaint_step",
    "greeting_batch",
    "contact_log",
    "follow_up",
    "event_guest",
    "voucher",
    "balance_entry",
    "gift",
    "audit_log",
    "consent_event",
    "erased_phone",
    "merge_record",
}
_NAMED = re.compile(r'(?:FROM|JOIN)\s+"?(\w+)"?(?:\s+(?:AS\s+)?"?(\w+)"?)?', re.IGNORECASE)
# An FTS5 table answering a MATCH (its index string holds an M) seeks its index.
_SCAN = re.compile(r"^SCAN (\w+)(?! VIRTUAL TABLE INDEX \d+:\S*M)")


def full_scans(statements: Statements) -> list[str]:
    """The statements whose query plan reads the whole of a table that grows, each with
    the plan's line: a cost that grows with the shop however few rows it returns."""
    found = []
    for sql, params in statements.ran:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        tables = {}
        for table, alias in _NAMED.findall(sql):
            tables[table] = table
            if alias and alias.upper() not in {"WHERE", "ON", "LEFT", "INNER", "JOIN", "ORDER"}:
                tables[alias] = table
        for *_, detail in database.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params):
            scanned = _SCAN.match(detail)
            if scanned and tables.get(scanned.group(1), scanned.group(1)) in GROWING:
                found.append(f"{detail}: {' '.join(sql.split())[:200]}")
    return found

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

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

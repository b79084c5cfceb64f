"""Filling empty tables in bulk: their indexes built once over all the rows, not row by row.

A row written into a table with a score of indexes updates every one of them at
a random place; past the page cache (a million customers) each insert waits on
the disk. Built after the rows are in, an index is one sorted pass. The indexes
are dropped and made again inside the caller's transaction, so a load that
fails is rolled back with them in place, and a unique index made again refuses
the whole load when two rows share its key.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from shopcrm.storage.models import database


@contextmanager
def indexes_built_after(tables: Sequence[str]) -> Iterator[None]:
    """Within a write transaction: the block writes into `tables` without their indexes,
    which are made again when it ends."""
    if not database.in_transaction():
        raise RuntimeError("indexes_built_after needs the caller's write transaction")
    marks = ", ".join("?" * len(tables))
    found = database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).fetchall()
    for name, _sql in found:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, sql in found:
        database.execute_sql(sql)

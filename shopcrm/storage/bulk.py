"""Filling tables in bulk: their indexes and what their triggers keep made once over all
the rows, not row by row.

A row written into a table with a score of indexes updates every one of them at
a random place; past the page cache (a million customers) each insert waits on
the disk. Built after the rows are in, an index is one sorted pass; the search
tables the customer triggers keep (trigram text, name parts, the count) are a
few set-wise statements (schema.KEPT_BY_TRIGGERS). Indexes and triggers are
dropped and made again inside the caller's transaction, so a load that fails is
rolled back with them in place, and a unique index made again refuses the whole
load when two rows share its key.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from shopcrm.storage.models import database
from shopcrm.storage.schema import KEPT_BY_TRIGGERS


def _schema_of(kind: str, tables: Sequence[str]) -> list[tuple[str, str, str]]:
    """(name, table, the statement that makes it) of the tables' indexes or triggers."""
    marks = ", ".join("?" * len(tables))
    return database.execute_sql(
        f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks}) ORDER BY name",
        (kind, *tables),
    ).fetchall()


@contextmanager
def loaded_in_bulk(tables: Sequence[str]) -> Iterator[None]:
    """Within a write transaction: the block writes into `tables` without their indexes
    and triggers; the indexes are made again when it ends, and what the triggers keep is
    made again from every row."""
    if not database.in_transaction():
        raise RuntimeError("loaded_in_bulk needs the caller's write transaction")
    indexes, triggers = _schema_of("index", tables), _schema_of("trigger", tables)
    kept = {table for _name, table, _sql in triggers}
    if unknown := kept - set(KEPT_BY_TRIGGERS):
        raise RuntimeError(f"no bulk rebuild for the triggers of {sorted(unknown)}")
    for name, _table, _sql in triggers:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    for name, _table, _sql in indexes:
        database.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _name, _table, sql in indexes:
        database.execute_sql(sql)
    for table in sorted(kept):
        for statement in KEPT_BY_TRIGGERS[table]:
            database.execute_sql(statement)
    for _name, _table, sql in triggers:
        database.execute_sql(sql)


@contextmanager
def page_cache(kib: int) -> Iterator[None]:
    """The connection's page cache at `kib` for the block, as it was after: a load that
    builds its indexes by sorting gains nothing from a large cache, which would only
    hold pages already written."""
    (before,) = database.execute_sql("PRAGMA cache_size").fetchone()
    database.execute_sql(f"PRAGMA cache_size = {-kib}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA cache_size = {before}")

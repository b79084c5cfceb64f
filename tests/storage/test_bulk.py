"""Indexes and triggers set aside for a bulk load come back, what the triggers keep is
the same as row by row, and a failed load leaves everything as it was."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from shopcrm.storage.bulk import loaded_in_bulk, page_cache
from shopcrm.storage.models import database


def _indexes(table: str) -> set[str]:
    found = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    )
    return {name for (name,) in found}


def _add(number: str, phone: str, name: str = "张丽", deleted_at: str | None = None) -> None:
    database.execute_sql(
        "INSERT INTO customer (number, name, birthday_lunar, phone, accepts_promotions, status,"
        " total_spent, visit_count, points, created_at, updated_at, py_full, deleted_at)"
        " VALUES (?, ?, 0, ?, 0, 'visitor', 0, 0, 0, '2026-01-01', '2026-01-01', 'pinyin', ?)",
        (number, name, phone, deleted_at),
    )


PEOPLE = [
    ("B1", "13800000001", "欧阳娜娜", None),
    ("B2", "13800000002", "张丽", None),
    ("B3", "13800000003", "王小红", "2026-02-01"),  # in the trash: never searched
]
TERMS = ("欧阳娜", "阳娜", "阳", "00000002", "小红", "pinyin")
NOTHING_KEPT = (0, [], {term: [] for term in TERMS})


def _kept() -> tuple[object, ...]:
    """What the customer triggers keep: the count, the name parts, and what the trigram
    table finds for a few terms."""
    parts = database.execute_sql("SELECT part, customer_id FROM name_part ORDER BY 1, 2")
    found = {
        term: database.execute_sql(
            "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rowid",
            (f'"{term}"',),
        ).fetchall()
        for term in TERMS
    }
    count = database.execute_sql("SELECT active FROM customer_count").fetchone()[0]
    return count, parts.fetchall(), found


def test_what_the_triggers_keep_is_the_same_as_row_by_row(db) -> None:
    with database.atomic("IMMEDIATE"), loaded_in_bulk(["customer"]):
        for person in PEOPLE:
            _add(*person)
    in_bulk = _kept()
    assert in_bulk[0] == 2 and in_bulk[1] and in_bulk[2]["pinyin"]
    database.execute_sql("DELETE FROM customer")  # the triggers are back: they forget all
    assert _kept() == NOTHING_KEPT
    for person in PEOPLE:
        _add(*person)
    assert _kept() == in_bulk


def test_the_indexes_are_built_again_over_the_rows_loaded(db) -> None:
    before = _indexes("customer")
    with database.atomic("IMMEDIATE"), loaded_in_bulk(["customer"]):
        assert _indexes("customer") == set()
        _add("B1", "13800000001")
    assert _indexes("customer") == before
    plan = database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT id FROM customer WHERE phone = '13800000001'"
        " AND deleted_at IS NULL"
    ).fetchall()
    assert "INDEX" in " ".join(str(step) for step in plan)


def test_a_duplicate_key_refuses_the_whole_load_with_the_indexes_in_place(db) -> None:
    before = _indexes("customer")
    with (
        pytest.raises(IntegrityError),
        database.atomic("IMMEDIATE"),
        loaded_in_bulk(["customer"]),
    ):
        _add("B1", "13800000001")
        _add("B2", "13800000001")
    assert _indexes("customer") == before
    assert database.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0
    assert _kept() == NOTHING_KEPT
    _add("B3", "13800000003", "欧阳娜娜")
    assert _kept()[0] == 1  # the triggers are in place again


def test_it_runs_only_inside_a_write_transaction(db) -> None:
    with pytest.raises(RuntimeError), loaded_in_bulk(["customer"]):
        pass
    assert _indexes("customer")


def _search_index() -> list[tuple[object, ...]]:
    return database.execute_sql("SELECT id, block FROM customer_fts_data ORDER BY id").fetchall()


def test_the_search_index_is_left_merged_so_later_writes_pay_no_merging(db) -> None:
    # A small in-memory budget, so that filling the index flushes it in many segments, as
    # a load of a hundred thousand customers does with the usual one.
    database.execute_sql("INSERT INTO customer_fts (customer_fts, rank) VALUES ('hashsize', 64)")
    with database.atomic("IMMEDIATE"), loaded_in_bulk(["customer"]):
        for n in range(300):
            _add(f"B{n}", f"138{n:08d}", f"欧阳娜{n}")
    loaded = _search_index()
    database.execute_sql("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")
    assert _search_index() == loaded  # already one segment: nothing left to merge
    assert len(_kept()[2]["欧阳娜"]) == 300


def test_a_smaller_page_cache_is_for_the_block_only(db) -> None:
    def cache() -> int:
        return database.execute_sql("PRAGMA cache_size").fetchone()[0]

    usual = cache()
    with page_cache(16_000):
        assert cache() == -16_000
    assert cache() == usual
    with pytest.raises(IntegrityError), database.atomic(), page_cache(8_000):  # a failed load
        _add("B1", "13800000001")
        _add("B1", "13800000002")
    assert cache() == usual

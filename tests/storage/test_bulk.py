"""Indexes set aside for a bulk load come back, and a failed load leaves them as they were."""

from __future__ import annotations

import pytest
from peewee import IntegrityError

from shopcrm.storage.bulk import indexes_built_after
from shopcrm.storage.models import database


def _indexes(table: str) -> set[str]:
    found = database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
        (table,),
    )
    return {name for (name,) in found}


def _add(number: str, phone: str) -> None:
    database.execute_sql(
        "INSERT INTO customer (number, name, birthday_lunar, phone, accepts_promotions, status,"
        " total_spent, visit_count, points, created_at, updated_at)"
        " VALUES (?, '张丽', 0, ?, 0, 'visitor', 0, 0, 0, '2026-01-01', '2026-01-01')",
        (number, phone),
    )


def test_the_indexes_are_built_again_over_the_rows_loaded(db) -> None:
    before = _indexes("customer")
    with database.atomic("IMMEDIATE"), indexes_built_after(["customer"]):
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
        indexes_built_after(["customer"]),
    ):
        _add("B1", "13800000001")
        _add("B2", "13800000001")
    assert _indexes("customer") == before
    assert database.execute_sql("SELECT count(*) FROM customer").fetchone()[0] == 0


def test_it_runs_only_inside_a_write_transaction(db) -> None:
    with pytest.raises(RuntimeError), indexes_built_after(["customer"]):
        pass
    assert _indexes("customer")

"""Figures kept for speed, and their one true definition.

Totals, visits, first/last purchase, the points balance and the stored-value balance
are copies of what the purchases and the two ledgers say. `refresh` rewrites the copies inside
the caller's transaction; `mismatches` lists customers whose copies disagree.
Both use the same SQL, so the check verifies exactly what the writer writes.
The number of active customers is kept the same way, by triggers (schema.py).
A sale is a purchase with total >= 0; a return (negative total) reduces the
spend but is not a visit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shopcrm.storage.models import database
from shopcrm.storage.schema import ACTIVE_COUNT, RECOUNT_ACTIVE

EXPECTED = """
    SELECT c.id AS customer_id,
           coalesce(p.total, 0) AS total_spent,
           coalesce(p.visits, 0) AS visit_count,
           p.first_on AS first_purchase_on,
           p.last_on AS last_purchase_on,
           coalesce(l.points, 0) AS points,
           coalesce(b.balance, 0) AS balance
      FROM customer c
      LEFT JOIN (SELECT customer_id,
                        sum(total) AS total,
                        sum(total >= 0) AS visits,
                        min(CASE WHEN total >= 0 THEN date END) AS first_on,
                        max(CASE WHEN total >= 0 THEN date END) AS last_on
                   FROM purchase {purchase_filter} GROUP BY customer_id) p
             ON p.customer_id = c.id
      LEFT JOIN (SELECT customer_id, sum(points) AS points
                   FROM points_entry {ledger_filter} GROUP BY customer_id) l
             ON l.customer_id = c.id
      LEFT JOIN (SELECT customer_id, sum(amount) AS balance
                   FROM balance_entry {ledger_filter} GROUP BY customer_id) b
             ON b.customer_id = c.id
     {customer_filter}
"""

COLUMNS = (
    "total_spent",
    "visit_count",
    "first_purchase_on",
    "last_purchase_on",
    "points",
    "balance",
)


def _expected(ids: list[int] | None) -> tuple[str, list[int]]:
    if ids is None:
        return EXPECTED.format(purchase_filter="", ledger_filter="", customer_filter=""), []
    marks = ", ".join("?" * len(ids))
    sql = EXPECTED.format(
        purchase_filter=f"WHERE customer_id IN ({marks})",
        ledger_filter=f"WHERE customer_id IN ({marks})",
        customer_filter=f"WHERE c.id IN ({marks})",
    )
    return sql, ids * 4


BATCH = 5_000  # ids per statement: four uses each stay under SQLite's variable limit


def refresh(customer_ids: Iterable[int] | None = None) -> None:
    """Recompute the copies for these customers (all when None)."""
    if customer_ids is None:
        _refresh(None)
        return
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), BATCH):
        _refresh(ids[start : start + BATCH])


def _refresh(ids: list[int] | None) -> None:
    sql, params = _expected(ids)
    assignments = ", ".join(f"{col} = e.{col}" for col in COLUMNS)
    database.execute_sql(
        f"UPDATE customer SET {assignments} FROM ({sql}) AS e WHERE customer.id = e.customer_id",
        params,
    )


@dataclass(frozen=True)
class Mismatch:
    customer_id: int
    number: str
    column: str
    stored: object
    expected: object


def mismatches() -> list[Mismatch]:
    """Every stored figure that disagrees with the purchases and the ledger."""
    sql, params = _expected(None)
    differs = " OR ".join(f"c.{col} IS NOT e.{col}" for col in COLUMNS)
    selected = ", ".join(f"c.{col}, e.{col}" for col in COLUMNS)
    rows = database.execute_sql(
        f"SELECT c.id, c.number, {selected} FROM customer c "
        f"JOIN ({sql}) AS e ON e.customer_id = c.id WHERE {differs}",
        params,
    ).fetchall()
    found = []
    for row in rows:
        for index, column in enumerate(COLUMNS):
            stored, expected = row[2 + 2 * index], row[3 + 2 * index]
            if stored != expected:
                found.append(Mismatch(row[0], row[1], column, stored, expected))
    return found


def purchase_mismatches() -> list[tuple[int, str]]:
    """Purchases whose subtotal or total disagrees with their items and discount."""
    rows = database.execute_sql(
        """SELECT p.id, p.subtotal, coalesce(i.sum, 0), p.total, p.discount
             FROM purchase p
             LEFT JOIN (SELECT purchase_id, sum(quantity * unit_price) AS sum
                          FROM purchase_item GROUP BY purchase_id) i ON i.purchase_id = p.id
            WHERE p.subtotal IS NOT coalesce(i.sum, 0) OR p.total IS NOT p.subtotal - p.discount"""
    ).fetchall()
    return [
        (row[0], f"subtotal {row[1]} items {row[2]} total {row[3]} discount {row[4]}")
        for row in rows
    ]


def active_customers() -> int:
    """The number of active customers, as the triggers keep it (no scan)."""
    return database.execute_sql("SELECT active FROM customer_count").fetchone()[0]


def active_count_mismatch() -> tuple[int, int] | None:
    """(stored, counted) when the kept number of active customers is wrong."""
    stored = active_customers()
    counted = database.execute_sql(ACTIVE_COUNT).fetchone()[0]
    return None if stored == counted else (stored, counted)


def refresh_active_count() -> None:
    database.execute_sql(RECOUNT_ACTIVE)

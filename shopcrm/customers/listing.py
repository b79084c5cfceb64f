"""The customer list as the counter browses it: filtered, sorted, read a page at a time.

A page is one indexed walk (every sortable column has an index over active
customers), so the first screen of a million customers costs the same as the
first screen of a hundred, and the list never holds more than it shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

from shopcrm.storage import derived
from shopcrm.storage.models import Customer, Staff, Tier, database

SORT_COLUMNS = {
    "number": "c.number",
    "name": "c.name",
    "phone": "c.phone",
    "tier": "c.tier_id",
    "clerk": "c.clerk_id",
    "total_spent": "c.total_spent",
    "last_purchase_on": "c.last_purchase_on",
    "status": "c.status",
}
COLUMNS = tuple(SORT_COLUMNS)


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: filters, an optional search result, and the order."""

    tier_id: int | None = None
    clerk_id: int | None = None
    status: str | None = None
    ids: tuple[int, ...] | None = None
    sort: str = "number"  # a SORT_COLUMNS key, or "rank" to keep the order of `ids`
    descending: bool = False


@dataclass(frozen=True)
class ListRow:
    id: int
    number: str
    name: str
    phone: str | None
    tier: str | None
    clerk: str | None
    total_spent: Decimal
    last_purchase_on: dt.date | None
    status: str


def _where(view: ListFilter) -> tuple[str, list[object]]:
    clauses, params = ["c.deleted_at IS NULL"], []
    for column, value in (
        ("tier_id", view.tier_id),
        ("clerk_id", view.clerk_id),
        ("status", view.status),
    ):
        if value is not None:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if view.ids is not None:
        clauses.append(f"c.id IN ({', '.join('?' * len(view.ids))})")
        params.extend(view.ids)
    return " AND ".join(clauses), params


def count(view: ListFilter) -> int:
    if replace(view, sort="number", descending=False) == ListFilter():
        return derived.active_customers()
    where, params = _where(view)
    if view.ids is not None and not view.ids:
        return 0
    return database.execute_sql(
        f"SELECT count(*) FROM customer c WHERE {where}", params
    ).fetchone()[0]


def page(view: ListFilter, offset: int, limit: int, total: int | None = None) -> list[ListRow]:
    """Rows `offset`…`offset+limit` of the list in its order (search hits keep their rank).

    Given the list's `total`, a page in the second half is read from the end in the
    opposite order, so the last screen of a million rows costs what the first does.
    """
    if view.ids is not None and not view.ids:
        return []
    backwards = total is not None and view.sort != "rank" and limit > 0 and offset > total // 2
    if backwards:
        limit = min(limit, total - offset)
        if limit <= 0:
            return []
        offset = total - offset - limit
    where, params = _where(view)
    direction = "DESC" if view.descending != backwards else "ASC"
    if view.ids is not None and view.sort == "rank":
        rank = " ".join(f"WHEN {i} THEN {n}" for n, i in enumerate(view.ids))
        order = f"CASE c.id {rank} END"
    else:
        order = f"{SORT_COLUMNS[view.sort]} {direction}, c.id {direction}"
    rows = database.execute_sql(
        f"""SELECT c.id, c.number, c.name, c.phone, t.name, s.name, c.total_spent,
                   c.last_purchase_on, c.status
              FROM customer c
              LEFT JOIN {Tier._meta.table_name} t ON t.id = c.tier_id
              LEFT JOIN {Staff._meta.table_name} s ON s.id = c.clerk_id
             WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    ).fetchall()
    if backwards:
        rows.reverse()
    money = Customer.total_spent.python_value
    return [
        ListRow(
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            row[5],
            money(row[6]),
            dt.date.fromisoformat(row[7]) if row[7] else None,
            row[8],
        )
        for row in rows
    ]


def ids(view: ListFilter) -> list[int]:
    """Every customer id of the list in its order, for exporting what the list shows."""
    return [row.id for row in page(view, 0, -1)]

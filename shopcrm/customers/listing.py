"""The customer list as the counter browses it: filtered, sorted, read a page at a time.

A page is one indexed walk (every sortable column has an index over active
customers), so the first screen of a million customers costs the same as the
first screen of a hundred, and the list never holds more than it shows.

The guests of an event are read first, through the index on event_guest(event_id,
…), and their customers looked up by id: a page costs the size of the guest list,
not of the shop. An EXISTS probed per customer walked the whole shop for a small
event (300,000 customers, 80 guests: 100-270 ms a page against under 1 ms).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from decimal import Decimal

from shopcrm.storage import derived
from shopcrm.storage.models import Customer, Event, Staff, Tier, database

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
NO_TIER = 0  # no tier's id: SQLite's ids start at 1


@dataclass(frozen=True)
class ListFilter:
    """What the list shows: filters, an optional search result, and the order."""

    tier_id: int | None = None  # NO_TIER: the customers in no tier
    clerk_id: int | None = None
    status: str | None = None
    ids: tuple[int, ...] | None = None
    event_id: int | None = None  # her clerk invited her to this event…
    came: bool = False  # …or, when set, she came to it (invited or not)
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
    if view.tier_id == NO_TIER:
        clauses.append("c.tier_id IS NULL")
        view = replace(view, tier_id=None)
    for column, value in (
        ("tier_id", view.tier_id),
        ("clerk_id", view.clerk_id),
        ("status", view.status),
    ):
        if value is not None:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if view.ids is not None:
        # One parameter however many: the dashboard's 80/20 few are a fifth of the shop,
        # more than SQLite takes as parameters of their own.
        clauses.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(view.ids))
    if view.event_id is not None:
        guest = "g.attended" if view.came else "g.invited_on IS NOT NULL"
        clauses.append(
            f"c.id IN (SELECT g.customer_id FROM event_guest g WHERE g.event_id = ? AND {guest})"
        )
        params.append(view.event_id)
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
    ranked, rank_params = "", []
    if view.ids is not None and view.sort == "rank":
        # Her place in the list joined in, not a CASE of every id for every row: that
        # costs the square of the list (two minutes for the 80/20 few of a million).
        ranked, rank_params = "JOIN json_each(?) r ON r.value = c.id", [json.dumps(view.ids)]
        order = "r.key"
    else:
        order = f"{SORT_COLUMNS[view.sort]} {direction}, c.id {direction}"
    rows = database.execute_sql(
        f"""SELECT c.id, c.number, c.name, c.phone, t.name, s.name, c.total_spent,
                   c.last_purchase_on, c.status
              FROM customer c {ranked}
              LEFT JOIN {Tier._meta.table_name} t ON t.id = c.tier_id
              LEFT JOIN {Staff._meta.table_name} s ON s.id = c.clerk_id
             WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?""",
        [*rank_params, *params, limit, offset],
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


@dataclass(frozen=True)
class EventChoice:
    """An event the list can show the guests of."""

    id: int
    title: str
    starts_at: dt.datetime
    cancelled: bool


def event_choices() -> list[EventChoice]:
    """Every event, the latest first: the one asked about is most often the last one."""
    query = Event.select(Event.id, Event.title, Event.starts_at, Event.status).order_by(
        Event.starts_at.desc(), Event.id.desc()
    )
    return [EventChoice(e.id, e.title, e.starts_at, e.status == "cancelled") for e in query]

"""The demo's rows, as plain tuples in each table's column order, and their bulk insert.

Tuples cost a fraction of model instances; a million customers and their
history are written in minutes rather than hours.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from shopcrm.storage.models import database

Row = tuple  # one table row: its values in the order of that table's *_COLUMNS

CUSTOMER_COLUMNS = (
    "id", "number", "name", "gender", "ethnicity", "birth_date", "birth_year_approx",
    "birthday_lunar", "phone", "phone2", "wechat", "email", "address", "native_place",
    "size_top", "size_bottom", "size_shoe", "occupation", "employer", "position",
    "income_band", "family", "personality", "spending_habits", "style_preferences",
    "hobbies", "lifestyle", "preferred_channel", "accepts_promotions", "values",
    "home_community", "home_type", "home_area_m2", "home_layout", "home_building_year",
    "notes", "status", "clerk_id", "referred_by_id", "total_spent", "visit_count", "points",
    "phone_rev", "name_rev", "py_initials", "py_full", "py_alt", "created_at", "updated_at",
)  # fmt: skip
C = {name: index for index, name in enumerate(CUSTOMER_COLUMNS)}
PURCHASE_COLUMNS = (
    "id", "customer_id", "date", "clerk_id", "subtotal", "discount", "total", "points",
    "payment", "note", "delivery_address", "room", "delivery_date", "installation_date",
    "created_at",
)  # fmt: skip
ITEM_COLUMNS = (
    "purchase_id", "style_no", "description", "category", "size", "colour", "material",
    "quantity", "unit_price",
)  # fmt: skip
POINTS_COLUMNS = (
    "customer_id", "purchase_id", "kind", "points", "reason", "reason_code", "reason_args",
    "staff_id", "created_at", "expires_on",
)  # fmt: skip
TIER_CHANGE_COLUMNS = (
    "customer_id", "from_tier_id", "to_tier_id", "from_name", "to_name", "reason", "reason_code",
    "reason_args", "changed_at",
)  # fmt: skip
REWARD_COLUMNS = (
    "friend_id", "referrer_id", "purchase_id", "converted_on", "referrer_points", "referrer_gift",
    "referrer_voucher", "friend_discount", "created_at",
)  # fmt: skip
KEY_DATE_COLUMNS = ("customer_id", "kind", "label", "month", "day", "year", "lunar")
COMPLAINT_COLUMNS = (
    "id", "customer_id", "purchase_id", "opened_at", "channel", "category", "severity",
    "description", "status", "current_step", "clerk_id", "closed_at", "apologised", "cause",
    "solution", "compensation", "compensation_value", "satisfaction", "thanked", "followup_due",
)  # fmt: skip
STEP_COLUMNS = ("complaint_id", "step", "note", "staff_id", "done_at")
CONTACT_COLUMNS = ("customer_id", "staff_id", "at", "channel", "kind", "outcome", "note")
EVENT_COLUMNS = (
    "id", "title", "kind", "starts_at", "place", "capacity", "budget", "gift", "organiser_id",
    "notes", "status", "created_at", "updated_at",
)  # fmt: skip
GUEST_COLUMNS = (
    "event_id", "customer_id", "clerk_id", "invited_on", "invited_by_id", "reply", "replied_at",
    "attended", "arrived_at", "brought_by_id", "gift_given", "gift_by_id",
)  # fmt: skip


@dataclass
class History:
    """Rows of everything that happened to a batch of customers, per table."""

    purchases: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    points: list[Row] = field(default_factory=list)
    tier_changes: list[Row] = field(default_factory=list)
    rewards: list[Row] = field(default_factory=list)
    complaints: list[Row] = field(default_factory=list)
    steps: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)

    def tables(self) -> tuple[tuple[str, tuple[str, ...], list[Row]], ...]:
        """(table, columns, rows) in an order that satisfies the foreign keys."""
        return (
            ("purchase", PURCHASE_COLUMNS, self.purchases),
            ("purchase_item", ITEM_COLUMNS, self.items),
            ("points_entry", POINTS_COLUMNS, self.points),
            ("tier_change", TIER_CHANGE_COLUMNS, self.tier_changes),
            ("referral_reward", REWARD_COLUMNS, self.rewards),
            ("complaint", COMPLAINT_COLUMNS, self.complaints),
            ("complaint_step", STEP_COLUMNS, self.steps),
            ("contact_log", CONTACT_COLUMNS, self.contacts),
        )


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write rows (values in `columns` order, money in fen) with one prepared statement.

    The raw connection's executemany runs inside the caller's transaction and
    skips peewee's per-value conversion: several times faster than insert_many.
    """
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" * len(columns))
    cursor = database.connection().executemany(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows
    )
    return cursor.rowcount


def next_id(table: str) -> int:
    """The first id free in `table`: the demo writes its rows with their ids."""
    return database.execute_sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').fetchone()[0]

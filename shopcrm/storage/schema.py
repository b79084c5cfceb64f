"""The schema of a new database, and the indexes peewee cannot declare.

Search indexes are partial (active customers only) so a deleted customer costs
nothing at the counter; the FTS5 trigram table answers substring searches of
three characters or more and is kept in step by triggers, whatever writes.
The trigram index cannot answer a shorter term, so the one and two characters
inside an active customer's name (阳 and 阳娜 in 欧阳娜娜; not its first or last
character, which the name and reversed-name indexes already find) are kept in
a table of their own by triggers too.
"""

from __future__ import annotations

from peewee import SqliteDatabase

from shopcrm.storage.models import MODELS

APPLICATION_ID = 0x53435243  # "SCRC": marks a file as a shopcrm database.
SCHEMA_VERSION = 11

_ACTIVE = "WHERE deleted_at IS NULL"


def _fts_values(row: str) -> str:
    """The indexed text of a customer row, as SQL over `new` or `old`."""
    return (
        f"{row}.name, "
        f"coalesce({row}.phone, '') || ' ' || coalesce({row}.phone2, ''), "
        f"coalesce({row}.py_full, '') || ' ' || coalesce({row}.py_initials, '')"
        f" || ' ' || coalesce({row}.py_alt, '')"
    )


# A name is at most fields.NAME_LENGTH characters: the places a part can start at.
_NAME_POSITIONS = 64


def name_part_of(row: str) -> str:
    """Where `name_slot` picks a part inside the name of `row` (a table or new/old):
    not its first or last character, and not Latin letters alone (never searched)."""
    part = f"substr({row}.name, n, width)"
    # The bound without `width` lets the slots be a range of the key, not all of them.
    return (
        f"n BETWEEN 2 AND length({row}.name) - 1 AND n <= length({row}.name) - width"
        f" AND NOT {part} GLOB substr('[ -~][ -~]', 1, 5 * width)"
    )


def _name_parts(row: str) -> str:
    return f"SELECT substr({row}.name, n, width) AS part FROM name_slot WHERE {name_part_of(row)}"


# The month's gifts against the gift budget, read on her card.
GIFT_MONTH_SQL = "CREATE INDEX gift_issued_at ON gift (issued_at)"
# The days' sales and newcomers, read by the day, the month and the year (the dashboard,
# the care rules' new referrals): the sales' index holds what those sums need.
DAYS_SQL = (
    "CREATE INDEX purchase_date ON purchase (date, customer_id, total)",
    # Not partial: one on every undeleted row would be the planner's choice for scanning
    # the whole shop, a row lookup for each.
    "CREATE INDEX customer_created_at ON customer (created_at)",
)

NAME_PART_SQL = (
    "CREATE TABLE name_slot (n INTEGER, width INTEGER, PRIMARY KEY (n, width)) WITHOUT ROWID",
    f"""INSERT INTO name_slot (n, width) WITH RECURSIVE k(n) AS
         (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < {_NAME_POSITIONS})
       SELECT n, width FROM k, (SELECT 1 AS width UNION SELECT 2)""",
    "CREATE TABLE name_part (part TEXT NOT NULL, customer_id INTEGER NOT NULL,"
    " PRIMARY KEY (part, customer_id)) WITHOUT ROWID",
    f"""CREATE TRIGGER name_part_insert AFTER INSERT ON customer
       WHEN new.deleted_at IS NULL BEGIN
         INSERT OR IGNORE INTO name_part (part, customer_id)
         SELECT part, new.id FROM ({_name_parts("new")});
       END""",
    f"""CREATE TRIGGER name_part_update AFTER UPDATE OF name, deleted_at ON customer BEGIN
         DELETE FROM name_part WHERE customer_id = old.id
            AND part IN ({_name_parts("old")});
         INSERT OR IGNORE INTO name_part (part, customer_id)
         SELECT part, new.id FROM ({_name_parts("new")}) WHERE new.deleted_at IS NULL;
       END""",
    f"""CREATE TRIGGER name_part_delete AFTER DELETE ON customer BEGIN
         DELETE FROM name_part WHERE customer_id = old.id
            AND part IN ({_name_parts("old")});
       END""",
)

EXTRA_SQL = (
    f"CREATE UNIQUE INDEX customer_phone_active ON customer (phone) "
    f"{_ACTIVE} AND phone IS NOT NULL",
    f"CREATE INDEX customer_phone_rev ON customer (phone_rev) {_ACTIVE}",
    f"CREATE INDEX customer_phone2 ON customer (phone2) {_ACTIVE} AND phone2 IS NOT NULL",
    f"CREATE INDEX customer_name ON customer (name) {_ACTIVE}",
    f"CREATE INDEX customer_name_rev ON customer (name_rev) {_ACTIVE}",
    f"CREATE INDEX customer_py_initials ON customer (py_initials) {_ACTIVE}",
    f"CREATE INDEX customer_py_full ON customer (py_full) {_ACTIVE}",
    # Orderings of the customer list, so any page of a sorted list is an index walk.
    *(
        f"CREATE INDEX customer_by_{column} ON customer ({column}, id) {_ACTIVE}"
        for column in ("phone", "tier_id", "clerk_id", "total_spent", "last_purchase_on", "status")
    ),
    "CREATE INDEX customer_deleted ON customer (deleted_at) WHERE deleted_at IS NOT NULL",
    "CREATE INDEX purchase_customer_date ON purchase (customer_id, date)",
    *DAYS_SQL,
    "CREATE INDEX purchase_item_style ON purchase_item (style_no)",
    "CREATE INDEX key_date_month_day ON key_date (month, day)",
    # Today's follow-ups walk the open tasks by day; the care rules revisit one kind's days.
    "CREATE INDEX follow_up_open ON follow_up (due_on) WHERE status = 'open'",
    "CREATE INDEX follow_up_kind_due ON follow_up (kind, due_on)",
    "CREATE INDEX follow_up_clerk_due ON follow_up (clerk_id, due_on)",
    "CREATE INDEX contact_log_staff_at ON contact_log (staff_id, at)",
    # The care plan finds the vouchers about to run out unused.
    "CREATE INDEX voucher_open_until ON voucher (valid_to)"
    " WHERE purchase_id IS NULL AND cancelled_at IS NULL",
    GIFT_MONTH_SQL,
    "CREATE INDEX customer_birthday ON customer (substr(birth_date, 6, 5), birthday_lunar) "
    f"{_ACTIVE} AND birth_date IS NOT NULL",
    "CREATE VIRTUAL TABLE customer_fts USING fts5("
    "name, phones, pinyin, content='', tokenize='trigram')",
    # Only active customers are indexed. A contentless table forgets a row by
    # being told the values it indexed, so both triggers rebuild them from old.*.
    f"""CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer
       WHEN new.deleted_at IS NULL BEGIN
         INSERT INTO customer_fts (rowid, name, phones, pinyin)
         VALUES (new.id, {_fts_values("new")});
       END""",
    f"""CREATE TRIGGER customer_fts_update AFTER UPDATE OF
         name, phone, phone2, py_full, py_initials, py_alt, deleted_at ON customer BEGIN
         INSERT INTO customer_fts (customer_fts, rowid, name, phones, pinyin)
         SELECT 'delete', old.id, {_fts_values("old")} WHERE old.deleted_at IS NULL;
         INSERT INTO customer_fts (rowid, name, phones, pinyin)
         SELECT new.id, {_fts_values("new")} WHERE new.deleted_at IS NULL;
       END""",
    f"""CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer
       WHEN old.deleted_at IS NULL BEGIN
         INSERT INTO customer_fts (customer_fts, rowid, name, phones, pinyin)
         VALUES ('delete', old.id, {_fts_values("old")});
       END""",
    # The number of active customers, kept by triggers: the list and the status bar
    # read it at start instead of counting a million rows.
    "CREATE TABLE customer_count (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "active INTEGER NOT NULL CHECK (active >= 0))",
    "INSERT INTO customer_count (id, active) VALUES (1, 0)",
    """CREATE TRIGGER customer_count_insert AFTER INSERT ON customer
       WHEN new.deleted_at IS NULL BEGIN
         UPDATE customer_count SET active = active + 1;
       END""",
    """CREATE TRIGGER customer_count_update AFTER UPDATE OF deleted_at ON customer
       WHEN (old.deleted_at IS NULL) <> (new.deleted_at IS NULL) BEGIN
         UPDATE customer_count
            SET active = active + CASE WHEN new.deleted_at IS NULL THEN 1 ELSE -1 END;
       END""",
    """CREATE TRIGGER customer_count_delete AFTER DELETE ON customer
       WHEN old.deleted_at IS NULL BEGIN
         UPDATE customer_count SET active = active - 1;
       END""",
    *NAME_PART_SQL,
)


ACTIVE_COUNT = "SELECT count(*) FROM customer WHERE deleted_at IS NULL"
RECOUNT_ACTIVE = f"UPDATE customer_count SET active = ({ACTIVE_COUNT})"

# The name parts of every active customer, as the triggers write them one row at a time.
NAME_PARTS_OF_ALL = (
    "INSERT OR IGNORE INTO name_part (part, customer_id)"
    " SELECT substr(c.name, n, width) AS part, c.id FROM customer c, name_slot"
    f" WHERE c.deleted_at IS NULL AND {name_part_of('c')} ORDER BY part, c.id"
)

# What the triggers on a table keep, made again from all of its rows in a few statements:
# a bulk load runs without the triggers and then these (storage/bulk.py). One statement
# fills the search index as many segments; left so, every later write transaction pays
# part of merging them (at a million customers, an import of 10,000 took half as long
# again), so they are merged into one at once.
KEPT_BY_TRIGGERS = {
    "customer": (
        "INSERT INTO customer_fts (customer_fts) VALUES ('delete-all')",
        f"INSERT INTO customer_fts (rowid, name, phones, pinyin)"
        f" SELECT id, {_fts_values('customer')} FROM customer WHERE deleted_at IS NULL",
        "INSERT INTO customer_fts (customer_fts) VALUES ('optimize')",
        "DELETE FROM name_part",
        NAME_PARTS_OF_ALL,
        RECOUNT_ACTIVE,
    ),
}


def create_schema(db: SqliteDatabase) -> None:
    """Create every table of the current version in one transaction."""
    with db.atomic():
        db.create_tables(MODELS)
        for statement in EXTRA_SQL:
            db.execute_sql(statement)
        db.execute_sql(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")

"""Forward schema migrations, one function per version step.

MIGRATIONS[n] upgrades a database at version n-1 to version n, using
playhouse.migrate so column changes survive SQLite's limited ALTER TABLE.
Version 1 is the first released schema; schema.create_schema writes the
current one for a new file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

from peewee import SQL, CharField, DateTimeField, IntegerField, SqliteDatabase, TextField
from playhouse.migrate import SqliteMigrator
from playhouse.migrate import migrate as run

from shopcrm.core.paths import RESOURCES
from shopcrm.storage import schema

Migration = Callable[[SqliteMigrator], None]


def add_payment_method(migrator: SqliteMigrator) -> None:
    """Version 2: how each sale was paid (older sales stay unknown)."""
    # Spelled out, not taken from the model, so this step stays what version 2 was.
    methods = "'cash', 'wechat', 'alipay', 'card', 'other'"
    column = CharField(
        null=True, constraints=[SQL(f"CHECK (payment IS NULL OR payment IN ({methods}))")]
    )
    run(migrator.add_column("purchase", "payment", column))


def rename_care_task_to_follow_up(migrator: SqliteMigrator) -> None:
    """Version 3: one name for one thing; the follow-ups' table and indexes take it."""
    db = migrator.database
    db.execute_sql("ALTER TABLE care_task RENAME TO follow_up")
    for old, new, columns in (
        ("care_task_open", "follow_up_open", "(due_on) WHERE status = 'open'"),
        ("care_task_kind_due", "follow_up_kind_due", "(kind, due_on)"),
        ("care_task_clerk_due", "follow_up_clerk_due", "(clerk_id, due_on)"),
    ):
        db.execute_sql(f"DROP INDEX {old}")
        db.execute_sql(f"CREATE INDEX {new} ON follow_up {columns}")


def add_reason_codes(migrator: SqliteMigrator) -> None:
    """Version 4: reasons for points and tier changes as a code and values, worded when
    shown; the reasons written before keep their words."""
    run(
        *(
            migrator.add_column(table, column, field)
            for table in ("points_entry", "tier_change")
            for column, field in (
                ("reason_code", CharField(null=True)),
                ("reason_args", TextField(null=True)),
            )
        )
    )


def add_merge_records(migrator: SqliteMigrator) -> None:
    """Version 5: each merge keeps what it moved, so it can be undone."""
    for statement in (
        'CREATE TABLE "merge_record" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"survivor_id" INTEGER NOT NULL, "absorbed_id" INTEGER NOT NULL, '
        '"at" DATETIME NOT NULL, "staff_id" INTEGER, "moved" TEXT NOT NULL, '
        '"before" TEXT NOT NULL, "filled" TEXT NOT NULL, "undone_at" DATETIME, '
        'FOREIGN KEY ("survivor_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("absorbed_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
        *(
            f'CREATE INDEX "merge_record_{column}" ON "merge_record" ("{column}")'
            for column in ("survivor_id", "absorbed_id", "staff_id")
        ),
    ):
        migrator.database.execute_sql(statement)


def add_sign_in_and_consent(migrator: SqliteMigrator) -> None:
    """Version 6: staff sign in (a hashed secret, lockout, the day a clerk left); her
    consent to messages as events; digests of erased customers' phones."""
    run(
        migrator.add_column("staff", "secret", CharField(null=True)),
        migrator.add_column("staff", "failed_attempts", IntegerField(default=0)),
        migrator.add_column("staff", "locked_until", DateTimeField(null=True)),
        migrator.add_column("staff", "left_at", DateTimeField(null=True)),
    )
    for statement in (
        'CREATE TABLE "consent_event" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"customer_id" INTEGER NOT NULL, "at" DATETIME NOT NULL, "staff_id" INTEGER, '
        '"given" INTEGER NOT NULL, "how" VARCHAR(255) NOT NULL, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "consent_event_customer_id" ON "consent_event" ("customer_id")',
        'CREATE INDEX "consent_event_staff_id" ON "consent_event" ("staff_id")',
        'CREATE TABLE "erased_phone" ("digest" VARCHAR(255) NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL)',
    ):
        migrator.database.execute_sql(statement)


def add_greeting_batches(migrator: SqliteMigrator) -> None:
    """Version 7: a festival's greeting goes to many in one batch, and each contact it
    logs says which batch it was part of."""
    for statement in (
        'CREATE TABLE "greeting_batch" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"key" VARCHAR(255) NOT NULL, '
        "\"kind\" VARCHAR(255) NOT NULL CHECK (kind IN ('festival', 'season')), "
        '"clerk_id" INTEGER, "due_on" DATE NOT NULL, "deadline" DATE NOT NULL, '
        '"detail" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL '
        "CHECK (status IN ('open', 'sent', 'cancelled', 'lapsed')), "
        '"members" TEXT, "sent_at" DATETIME, "sent_by_id" INTEGER, '
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("clerk_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("sent_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
        "CHECK (deadline >= due_on))",
        'CREATE UNIQUE INDEX "greeting_batch_key" ON "greeting_batch" ("key")',
        'CREATE INDEX "greeting_batch_clerk_id" ON "greeting_batch" ("clerk_id")',
        'CREATE INDEX "greeting_batch_sent_by_id" ON "greeting_batch" ("sent_by_id")',
        'ALTER TABLE "contact_log" ADD COLUMN "batch_id" INTEGER '
        'REFERENCES "greeting_batch" ("id") ON DELETE SET NULL',
        'CREATE INDEX "contact_log_batch_id" ON "contact_log" ("batch_id")',
    ):
        migrator.database.execute_sql(statement)


# The kinds each table takes from version 8 on, spelled out as that version wrote them.
_KINDS_V8 = {
    "follow_up": (
        "complaint_followup", "purchase_call", "delivery_check", "installation_check",
        "satisfaction_call", "referral_thanks", "referral_welcome", "referral_call",
        "spend_thanks", "top_spender_visit", "birthday_list", "birthday_gift", "birthday",
        "family_day", "festival", "season", "miss_you", "event_invitation", "event_reminder",
        "event_thanks", "event_missed", "event_cancelled",
    ),
    "contact_log": (
        "follow_up", "greeting", "birthday", "festival", "miss_you", "thanks",
        "referral_thanks", "gift", "visit", "complaint", "event", "other",
    ),
    "message_template": (
        "holiday", "birthday", "season", "keep_in_touch", "thanks", "referral_thanks",
        "referral_welcome", "post_purchase", "home_care", "family_day", "complaint_followup",
        "invitation", "event_reminder", "event_thanks", "event_missed", "event_cancelled",
    ),
}  # fmt: skip
_GUEST_LINKS = (
    "event_id",
    "customer_id",
    "clerk_id",
    "invited_by_id",
    "brought_by_id",
    "gift_by_id",
)
_KIND_CHECK = re.compile(r"CHECK \(kind IN \([^)]*\)\)")


def _widen_kinds(db: SqliteDatabase, table: str, kinds: tuple[str, ...]) -> None:
    """Let `table`'s kind column take more values without copying the table.

    Accepting more values changes nothing a row on disk holds, so the table's stored
    definition is rewritten in place, as SQLite's documentation allows for loosening a
    CHECK constraint (sqlite.org/lang_altertable.html, "other kinds of table schema
    changes"); every row still satisfies the wider check.
    """
    (sql,) = db.execute_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    allowed = ", ".join(f"'{kind}'" for kind in kinds)
    wider, found = _KIND_CHECK.subn(f"CHECK (kind IN ({allowed}))", sql)
    if found != 1:
        raise RuntimeError(f"{table}: expected one check of its kinds, found {found}")
    (version,) = db.execute_sql("PRAGMA schema_version").fetchone()
    db.execute_sql("PRAGMA writable_schema = ON")
    try:
        db.execute_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = ?", (wider, table)
        )
        db.execute_sql(f"PRAGMA schema_version = {version + 1}")
    finally:
        db.execute_sql("PRAGMA writable_schema = OFF")


def _add_messages(db: SqliteDatabase, new_kinds: set[str]) -> None:
    """Our messages for the new kinds, in the language of the shop's library, after it."""
    row = db.execute_sql(
        "SELECT language, max(position) FROM message_template GROUP BY language"
        " ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    language, last = row if row else ("zh_CN", -1)
    ours = json.loads((RESOURCES / "message_templates.json").read_text(encoding="utf-8"))
    for position, template in enumerate(
        (t for t in ours if t["kind"] in new_kinds), start=last + 1
    ):
        db.execute_sql(
            "INSERT INTO message_template (kind, language, title, text, position)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                template["kind"],
                language,
                template["title"][language],
                template["text"][language],
                position,
            ),
        )


def add_events(migrator: SqliteMigrator) -> None:
    """Version 8: VIP events and their guests; what events she likes; follow-ups, contacts
    and messages about events, with our messages for them in the library; the wording a
    greeting batch was handed out with."""
    db = migrator.database
    for table, kinds in _KINDS_V8.items():
        _widen_kinds(db, table, kinds)
    _add_messages(db, set(_KINDS_V8["message_template"][-5:]))
    for statement in (
        'ALTER TABLE "customer" ADD COLUMN "event_kinds" VARCHAR(255)',
        'ALTER TABLE "customer" ADD COLUMN "event_times" VARCHAR(255)',
        'ALTER TABLE "greeting_batch" ADD COLUMN "wording" TEXT',
        'CREATE TABLE "event" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL, '
        "\"kind\" VARCHAR(255) NOT NULL CHECK (kind IN ('preview', 'outing', 'talk', "
        "'birthday_party', 'other')), \"starts_at\" DATETIME NOT NULL, "
        '"place" VARCHAR(255) NOT NULL, "capacity" INTEGER CHECK (capacity > 0), '
        '"budget" INTEGER CHECK (budget >= 0), "gift" VARCHAR(255) NOT NULL, '
        '"organiser_id" INTEGER, "notes" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL '
        "CHECK (status IN ('planned', 'cancelled')), \"cancelled_at\" DATETIME, "
        '"created_at" DATETIME NOT NULL, "updated_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("organiser_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
        'CREATE INDEX "event_organiser_id" ON "event" ("organiser_id")',
        'CREATE TABLE "event_guest" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"event_id" INTEGER NOT NULL, "customer_id" INTEGER NOT NULL, "clerk_id" INTEGER, '
        '"invited_on" DATE, "invited_by_id" INTEGER, "reply" VARCHAR(255) CHECK '
        "(reply IS NULL OR reply IN ('yes', 'no', 'maybe', 'no_answer')), "
        '"replied_at" DATETIME, "replied_for" DATE, "attended" INTEGER NOT NULL, '
        '"arrived_at" DATETIME, '
        '"brought_by_id" INTEGER, "gift_given" INTEGER NOT NULL, "gift_by_id" INTEGER, '
        'FOREIGN KEY ("event_id") REFERENCES "event" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("clerk_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("invited_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("brought_by_id") REFERENCES "customer" ("id") ON DELETE SET NULL, '
        'FOREIGN KEY ("gift_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
        *(
            f'CREATE INDEX "event_guest_{column}" ON "event_guest" ("{column}")'
            for column in _GUEST_LINKS
        ),
        'CREATE UNIQUE INDEX "event_guest_event_id_customer_id" '
        'ON "event_guest" ("event_id", "customer_id")',
    ):
        db.execute_sql(statement)


_V9_TABLES = (
    'CREATE TABLE "voucher" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
    '"code" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL CHECK '
    "(kind IN ('amount', 'percent')), \"value\" INTEGER CHECK (value > 0), "
    '"percent" DECIMAL(5, 2) CHECK (percent > 0 AND percent < 100), '
    '"min_spend" INTEGER NOT NULL CHECK (min_spend >= 0), "valid_from" DATE NOT NULL, '
    '"valid_to" DATE NOT NULL, "categories" VARCHAR(255) NOT NULL, '
    "\"source\" VARCHAR(255) NOT NULL CHECK (source IN ('owner', 'birthday', 'referral', "
    "'complaint', 'event')), \"source_key\" VARCHAR(255), \"reason\" TEXT NOT NULL, "
    '"issued_by_id" INTEGER, "issued_at" DATETIME NOT NULL, "purchase_id" INTEGER, '
    '"discount" INTEGER CHECK (discount >= 0), "cancelled_at" DATETIME, '
    '"cancel_reason" TEXT NOT NULL, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("issued_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("purchase_id") REFERENCES "purchase" ("id") ON DELETE SET NULL, '
    "CHECK ((kind = 'amount') = (value IS NOT NULL)), "
    "CHECK ((kind = 'percent') = (percent IS NOT NULL)), CHECK (valid_to >= valid_from), "
    "CHECK ((purchase_id IS NULL) = (discount IS NULL)))",
    'CREATE TABLE "balance_entry" ("id" INTEGER NOT NULL PRIMARY KEY, '
    '"customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL CHECK (kind IN '
    "('top_up', 'spent', 'returned', 'refund', 'forfeited', 'correction')), "
    '"amount" INTEGER NOT NULL, '
    '"bonus" INTEGER NOT NULL, "purchase_id" INTEGER, "payment" VARCHAR(255) CHECK '
    "(payment IS NULL OR payment IN ('cash', 'wechat', 'alipay', 'card', 'other')), "
    '"reason" TEXT NOT NULL, "staff_id" INTEGER, "created_at" DATETIME NOT NULL, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("purchase_id") REFERENCES "purchase" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("staff_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
    'CREATE TABLE "gift" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, '
    '"description" VARCHAR(255) NOT NULL, "cost" INTEGER NOT NULL CHECK (cost >= 0), '
    "\"source\" VARCHAR(255) NOT NULL CHECK (source IN ('owner', 'birthday', 'festival', "
    "'event', 'referral', 'complaint')), \"source_key\" VARCHAR(255), "
    '"reason" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL CHECK '
    "(status IN ('issued', 'handed', 'cancelled')), \"issued_by_id\" INTEGER, "
    '"issued_at" DATETIME NOT NULL, "handed_by_id" INTEGER, "handed_at" DATETIME, '
    '"cancelled_at" DATETIME, "cancel_reason" TEXT NOT NULL, '
    'FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, '
    'FOREIGN KEY ("issued_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL, '
    'FOREIGN KEY ("handed_by_id") REFERENCES "staff" ("id") ON DELETE SET NULL)',
)
_V9_INDEXES = {
    "voucher": ("customer_id", "code!", "source_key!", "issued_by_id", "purchase_id"),
    "balance_entry": ("customer_id", "purchase_id", "staff_id"),
    "gift": ("customer_id", "source_key!", "issued_by_id", "handed_by_id"),
    "purchase": ("returned_from_id!",),
}


def add_wallet(migrator: SqliteMigrator) -> None:
    """Version 9: her wallet — vouchers, stored value, gifts; a sale keeps its discounts
    by kind, what she paid from her balance and the sale a whole return gives back; a
    tier's birthday voucher; follow-ups and messages about a voucher that runs out."""
    db = migrator.database
    for table in ("follow_up", "message_template"):
        _widen_kinds(db, table, (*_KINDS_V8[table], "voucher_expiry"))
    _add_messages(db, {"voucher_expiry"})
    for statement in (
        *_V9_TABLES,
        'ALTER TABLE "purchase" ADD COLUMN "discounts" TEXT',
        'ALTER TABLE "purchase" ADD COLUMN "from_balance" INTEGER NOT NULL DEFAULT 0',
        'ALTER TABLE "purchase" ADD COLUMN "returned_from_id" INTEGER '
        'REFERENCES "purchase" ("id") ON DELETE SET NULL',
        'ALTER TABLE "customer" ADD COLUMN "balance" INTEGER NOT NULL DEFAULT 0 '
        "CHECK (balance >= 0)",
        'ALTER TABLE "tier" ADD COLUMN "birthday_voucher" INTEGER NOT NULL DEFAULT 0 '
        "CHECK (birthday_voucher >= 0)",
        *(
            f"CREATE {'UNIQUE ' if column.endswith('!') else ''}INDEX "
            f'"{table}_{column.rstrip("!")}" ON "{table}" ("{column.rstrip("!")}")'
            for table, columns in _V9_INDEXES.items()
            for column in columns
        ),
        "CREATE INDEX voucher_open_until ON voucher (valid_to)"
        " WHERE purchase_id IS NULL AND cancelled_at IS NULL",
    ):
        db.execute_sql(statement)


def add_counter_indexes(migrator: SqliteMigrator) -> None:
    """Version 10: what keeps the counter flat in the size of the shop — the characters
    inside names, so a one- or two-character search that finds nobody by the start or
    end of a name is a seek, not a scan of every name; the gifts by the day issued, for
    the month's gift budget on her card."""
    db = migrator.database
    for statement in (*schema.NAME_PART_SQL, schema.GIFT_MONTH_SQL):
        db.execute_sql(statement)
    db.execute_sql(schema.NAME_PARTS_OF_ALL)


def add_day_indexes(migrator: SqliteMigrator) -> None:
    """Version 11: the dashboard's figures by the day, month and year read from indexes —
    the sales' date index holds the buyer and the total, and the customers are found by
    the day they were added (which the new referrals' index did for the referred only)."""
    db = migrator.database
    for old in ("purchase_date", "customer_referred_on"):
        db.execute_sql(f"DROP INDEX IF EXISTS {old}")
    for statement in schema.DAYS_SQL:
        db.execute_sql(statement)


MIGRATIONS: dict[int, Migration] = {
    2: add_payment_method,
    3: rename_care_task_to_follow_up,
    4: add_reason_codes,
    5: add_merge_records,
    6: add_sign_in_and_consent,
    7: add_greeting_batches,
    8: add_events,
    9: add_wallet,
    10: add_counter_indexes,
    11: add_day_indexes,
}


def migrate(db: SqliteDatabase, from_version: int, to_version: int) -> None:
    """Run every step in one transaction: a failure leaves the old version intact."""
    migrator = SqliteMigrator(db)
    with db.atomic("IMMEDIATE"):
        for version in range(from_version + 1, to_version + 1):
            MIGRATIONS[version](migrator)
        db.execute_sql(f"PRAGMA user_version = {to_version}")

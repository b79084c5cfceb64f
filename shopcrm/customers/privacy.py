"""Her rights over her data (PIPL): consent recorded as events, erasure at her request,
and visitors who never bought forgotten after the period the owner sets.

Erasure removes what identifies her and keeps what the shop's figures need: her
sales, points and totals stay, under a placeholder name with her customer number.
The search index and the freed pages are wiped too (secure_delete, the index
merged, the write-ahead log emptied), so the file keeps no trace of her; the
backups made before keep her until they are rotated out, and the message says so.
While another connection (a second window) reads, the log cannot be emptied: the
erasure says so, and her last traces leave the file when that connection closes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import operator
import secrets as token
import time
from dataclasses import dataclass
from functools import reduce
from typing import Any

from peewee import JOIN, TextField, fn

from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.customers.profiles import get_customer
from shopcrm.customers.search_keys import search_columns
from shopcrm.staff import audit, permissions
from shopcrm.storage import options, settings
from shopcrm.storage.models import (
    AuditLog,
    BalanceEntry,
    Complaint,
    ComplaintStep,
    ConsentEvent,
    ContactLog,
    Customer,
    ErasedPhone,
    FollowUp,
    Gift,
    KeyDate,
    MergeRecord,
    PointsEntry,
    Purchase,
    ReferralReward,
    Staff,
    TierChange,
    Voucher,
    database,
)

SALT_KEY = "privacy_salt"
# How often, and how long apart, emptying the write-ahead log is tried while another
# connection reads: about two seconds in all.
CHECKPOINT_TRIES, CHECKPOINT_PAUSE = 8, 0.25
# What erasure clears: every profile field that tells who she is or what she is like.
ERASED_FIELDS = (
    "gender", "ethnicity", "birth_date", "birth_year_approx", "phone", "phone2", "wechat",
    "email", "address", "native_place", "size_top", "size_bottom", "size_shoe", "occupation",
    "employer", "position", "income_band", "family", "personality", "spending_habits",
    "style_preferences", "hobbies", "lifestyle", "preferred_channel", "values",
    "home_community", "home_type", "home_area_m2", "home_layout", "home_building_year", "notes",
)  # fmt: skip

# The records whose texts may name a customer or hold her phone: other customers' notes,
# their sales, contacts, complaints and tasks (a referral's "came through …"), reasons.
NAMING = (
    Customer, Purchase, PointsEntry, TierChange, Complaint, ComplaintStep, ContactLog, FollowUp,
    MergeRecord, Voucher, BalanceEntry, Gift,
)  # fmt: skip


@dataclass(frozen=True)
class Erasure:
    customer: Customer
    # False while another connection reads: her old pages stay in the file until it closes.
    traces_gone: bool


@dataclass(frozen=True)
class Consent:
    at: dt.datetime
    given: bool
    who: str
    how: str


def consent_history(customer_id: int) -> list[Consent]:
    rows = (
        ConsentEvent.select(ConsentEvent.at, ConsentEvent.given, Staff.name, ConsentEvent.how)
        .join(Staff, JOIN.LEFT_OUTER, on=(ConsentEvent.staff == Staff.id))
        .where(ConsentEvent.customer == customer_id)
        .order_by(ConsentEvent.at, ConsentEvent.id)
        .tuples()
    )
    return [Consent(at, bool(given), who or "", how) for at, given, who, how in rows]


def _salt() -> bytes:
    """The shop's own key for phone digests, made on first use: without it a digest
    cannot be matched to a number by trying every phone number there is."""
    salt = settings.get(SALT_KEY)
    if not salt:
        salt = token.token_hex(32)
        settings.put(SALT_KEY, salt)
    return bytes.fromhex(salt)


def phone_digest(phone: str) -> str:
    return hmac.new(_salt(), phone.encode(), hashlib.sha256).hexdigest()


def was_erased(phone: str | None) -> bool:
    """Whether this stored phone number belonged to a customer whose data was erased."""
    if not phone or not ErasedPhone.select().exists():
        return False
    return ErasedPhone.select().where(ErasedPhone.digest == phone_digest(phone)).exists()


def phones_in_full(viewer: Staff | None) -> str | None:
    """Whose customers' phones `viewer` sees in full when the owner masks them: None means
    every customer's (the owner, or a shop that does not mask), else her own name."""
    if viewer is None or viewer.role == "owner" or options.get("mask_phones") != "yes":
        return None
    return viewer.name


def sees_whole(in_charge: str | None, in_full: str | None) -> bool:
    """Whether the viewer, who sees `in_full`'s customers' phones whole (phones_in_full),
    sees whole the phone of a customer in `in_charge`'s care."""
    return in_full is None or in_charge == in_full


def masked(phone: str | None) -> str:
    """138****5678: enough to tell two customers apart, not enough to call her."""
    if not phone:
        return ""
    return phone[:3] + "*" * max(len(phone) - 7, 1) + phone[-4:]


def reveal_phone(viewer: Staff, customer_id: int) -> str:
    """Her full number for a clerk who needs it: the trail says who looked, and when."""
    permissions.require(viewer, "reveal_phone")
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        audit.record("reveal_phone", viewer, customer=customer_id)
    return customer.phone or ""


def erase(actor: Staff, customer_id: int) -> Erasure:
    """Remove her personal data for good, at her request; her sales stay as figures.
    Her older records merged into her go too: each still holds the profile it had."""
    permissions.require(actor, "erase")
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id, include_deleted=True)
        if customer.merged_into_id:
            raise ShopError(
                tr("This customer was merged into {number}: erase that customer.").format(
                    number=customer.merged_into.number
                )
            )
        database.execute_sql("PRAGMA secure_delete = ON")
        records = [customer, *_merged_away(customer_id)]
        _unname(records)
        for record in records:
            _forget(record)
        _blank_records([record.id for record in records])
        for record in records:
            audit.record("erase", actor, customer=record.id)
    gone = _wipe_traces()
    return Erasure(get_customer(customer_id, include_deleted=True), gone)


def erased_customers() -> set[int]:
    """The customers whose personal data was erased: nothing may fill them in again."""
    rows = AuditLog.select(AuditLog.customer).where(AuditLog.action == "erase").tuples()
    return {customer_id for (customer_id,) in rows if customer_id is not None}


def _merged_away(customer_id: int) -> list[Customer]:
    """The records merged into her, and into those, in the trash with what they held."""
    found: list[Customer] = []
    into = [customer_id]
    while into:
        merged = list(Customer.select().where(Customer.merged_into.in_(into)))
        found += merged
        into = [record.id for record in merged]
    return found


def _forget(customer: Customer) -> None:
    """One record of hers keeps only her number; her phones stay as digests, so an old
    spreadsheet cannot bring her back unnoticed."""
    for phone in filter(None, (customer.phone, customer.phone2)):
        ErasedPhone.insert(digest=phone_digest(phone)).on_conflict_ignore().execute()
    placeholder = _placeholder(customer)
    Customer.update(
        {getattr(Customer, name): None for name in ERASED_FIELDS}
        | {
            Customer.name: placeholder,
            Customer.accepts_promotions: False,
            Customer.birthday_lunar: False,
            Customer.updated_at: now(),
            **{getattr(Customer, k): v for k, v in search_columns(placeholder, None).items()},
        }
    ).where(Customer.id == customer.id).execute()


def _placeholder(customer: Customer) -> str:
    return tr("Erased customer {number}").format(number=customer.number)


def _unname(records: list[Customer]) -> None:
    """Wherever a text names her or holds her phone, her placeholder stands instead: a
    friend's task "came through 欧阳娜娜", a note about her sister. Longer words go first
    (欧阳娜娜(旧) before 欧阳娜娜); a one-letter name is left, as replacing it would
    rewrite every text that has the letter."""
    words = {
        word: _placeholder(record)
        for record in records
        for word in (record.name, record.phone, record.phone2)
        if word and len(word) > 1
    }
    ordered = sorted(words.items(), key=lambda pair: -len(pair[0]))
    kept = _names_holding([word for word, _ in ordered], [record.id for record in records])
    for model in NAMING if ordered else ():
        texts = [f for f in model._meta.sorted_fields if isinstance(f, TextField)]
        named = reduce(operator.or_, [fn.instr(f, word) > 0 for f in texts for word, _ in ordered])
        model.update({f: _replaced(f, ordered, kept) for f in texts}).where(named).execute()


def _names_holding(words: list[str], ids: list[int]) -> list[str]:
    """Other customers' longer names that hold one of her words (李娜娜 for 李娜): they
    name somebody else and must stay as they are."""
    found: set[str] = set()
    for word in words:
        found |= {
            row.name
            for row in Customer.select(Customer.name).where(
                fn.instr(Customer.name, word) > 0, Customer.name != word, Customer.id.not_in(ids)
            )
        }
    return sorted(found - set(words), key=len, reverse=True)


def _replaced(text: Any, words: list[tuple[str, str]], kept: list[str]) -> Any:
    """The SQL of `text` with each word replaced by its placeholder, except inside the
    names in `kept`, which are set aside under a mark no text holds and put back after."""
    marks = [(name, f"\ue000{index}\ue001") for index, name in enumerate(kept)]
    for name, mark in marks:
        text = fn.replace(text, name, mark)
    for word, placeholder in words:
        text = fn.replace(text, word, placeholder)
    for name, mark in marks:
        text = fn.replace(text, mark, name)
    return text


def _blank_records(ids: list[int]) -> None:
    """What she told the shop, in its other records: her words, dates and snapshots, and
    where her sales went (their amounts, items and dates stay for the figures)."""
    KeyDate.delete().where(KeyDate.customer.in_(ids)).execute()
    Purchase.update(note=None, delivery_address=None, room=None).where(
        Purchase.customer.in_(ids)
    ).execute()
    ContactLog.update(note="", outcome="").where(ContactLog.customer.in_(ids)).execute()
    complaints = Complaint.select(Complaint.id).where(Complaint.customer.in_(ids))
    for model in (Complaint, Voucher, BalanceEntry, Gift):
        said = {f: "" for f in model._meta.sorted_fields if isinstance(f, TextField)}
        model.update(said).where(model.customer.in_(ids)).execute()
    ComplaintStep.update(note="", details="{}").where(
        ComplaintStep.complaint.in_(complaints)
    ).execute()
    FollowUp.update(detail=fn.json_remove(FollowUp.detail, "$.label")).where(
        FollowUp.customer.in_(ids) & (FollowUp.kind == "family_day")
    ).execute()
    FollowUp.update(status="cancelled", reason="", updated_at=now()).where(
        (FollowUp.customer.in_(ids)) & (FollowUp.status == "open")
    ).execute()
    MergeRecord.update(before="{}", filled="{}").where(
        (MergeRecord.survivor.in_(ids)) | (MergeRecord.absorbed.in_(ids))
    ).execute()
    ReferralReward.update(referrer_gift="").where(ReferralReward.referrer.in_(ids)).execute()
    AuditLog.update(detail="").where(
        (AuditLog.customer.in_(ids)) & (AuditLog.action != "erase")
    ).execute()


def _wipe_traces() -> bool:
    """The search index forgets her trigrams for good, and no old page keeps her; False
    when another connection's read keeps the old pages in the file for now."""
    database.execute_sql("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')")
    return _empty_log()


def _empty_log() -> bool:
    """Copy the write-ahead log into the file and empty it, trying again for a moment
    while another connection reads: the checkpoint cannot pass a reader's snapshot.
    The busy timeout is off meanwhile, so each try answers at once."""
    (waited,) = database.execute_sql("PRAGMA busy_timeout").fetchone()
    database.execute_sql("PRAGMA busy_timeout = 0")
    try:
        for attempt in range(CHECKPOINT_TRIES):
            if attempt:
                time.sleep(CHECKPOINT_PAUSE)
            (busy, *_) = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy:
                return True
        return False
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {int(waited)}")


def purge_visitors(today: dt.date | None = None) -> int:
    """Forget visitors who never bought, after the owner's retention period (0: never);
    those with a complaint, a referral or a merge stay. How many were forgotten."""
    days = options.get("visitor_retention_days")
    if not days:
        return 0
    today = today or clock.today()
    before = dt.datetime.combine(today - dt.timedelta(days=days), dt.time())
    with database.atomic("IMMEDIATE"):
        database.execute_sql("PRAGMA secure_delete = ON")
        forgotten = database.execute_sql(
            """DELETE FROM customer
                WHERE created_at < ? AND visit_count = 0 AND merged_into_id IS NULL
                  AND referred_by_id IS NULL
                  AND NOT EXISTS (SELECT 1 FROM purchase p WHERE p.customer_id = customer.id)
                  AND NOT EXISTS (SELECT 1 FROM points_entry e WHERE e.customer_id = customer.id)
                  AND NOT EXISTS (SELECT 1 FROM complaint c WHERE c.customer_id = customer.id)
                  AND NOT EXISTS (SELECT 1 FROM customer r
                                   WHERE r.referred_by_id = customer.id
                                      OR r.merged_into_id = customer.id)""",
            (Customer.created_at.db_value(before),),
        ).rowcount
    if forgotten:
        _wipe_traces()
    return forgotten

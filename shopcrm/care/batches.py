"""Greetings to many in one go: a festival's batch, its messages, the SMS file, sent.

A batch is one row (batch_plan.py), its members a rule (audience.IN_BATCH):
her clerk's customers who accept messages, but for the few greeted one by one.
Each member's message is the library's, filled in for her and signed by the
sender, made when it is asked for. The clerk hands the batch out as a list to
copy for a WeChat broadcast or as a file for the shop's bulk-SMS platform
(phone, message); the members handed out last are kept with the batch, and
marking it sent logs one contact for each of them, in one transaction, linked
to the batch: so the log says exactly who got it, even if a customer changed
between the file and the sending. A batch is sent once.

Only the batch's clerk or the owner hands it out or marks it sent: the list
holds her customers' phones, which no other clerk needs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from peewee import JOIN

from shopcrm.care import audience, messages
from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import in_language, marked, tr, trn
from shopcrm.core.phones import is_mobile
from shopcrm.customers import privacy
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_csv, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage.models import (
    ContactLog,
    Customer,
    GreetingBatch,
    MessageTemplate,
    Staff,
    Tier,
    database,
)

UNASSIGNED = 0  # the clerk filter for the batch of customers no clerk is in charge of
MESSAGE_KIND = {"festival": "holiday", "season": "season"}
CONTACT_KIND = {"festival": "festival", "season": "greeting"}
CHANNELS = ("sms", "wechat")
CHUNK = 500  # customers read or contacts written at a time
# The SMS file's words, in the language of its messages.
SMS_HEADER = (marked("Mobile number"), marked("Message text"))
SMS_SHEET = marked("SMS")


@dataclass(frozen=True)
class BatchRow:
    """A batch as the day's list shows it: what, for whose customers, how many."""

    id: int
    kind: str
    festival: str
    on: dt.date
    clerk_id: int | None
    clerk: str
    status: str
    members: int  # in it now, or who got it once it was sent
    mobiles: int  # of them, with a mobile number an SMS reaches


@dataclass(frozen=True)
class Member:
    customer_id: int
    name: str
    phone: str
    message: str


@dataclass(frozen=True)
class SmsFile:
    path: Path
    written: int
    without_mobile: int  # members left out: no mobile number to text

    def words(self) -> list[str]:
        """What was written, as the window and the command line say it."""
        said = [
            trn(
                "{n} text message written to {path}.",
                "{n} text messages written to {path}.",
                self.written,
            ).format(n=self.written, path=self.path)
        ]
        if self.without_mobile:
            said.append(
                trn(
                    "{n} customer has no mobile number: greet her another way.",
                    "{n} customers have no mobile number: greet them another way.",
                    self.without_mobile,
                ).format(n=self.without_mobile)
            )
        return said


def _batch(batch_id: int) -> GreetingBatch:
    batch = GreetingBatch.get_or_none(GreetingBatch.id == batch_id)
    if batch is None:
        raise NotFound(tr("There is no such greeting batch (any more)."))
    return batch


def _open(batch_id: int) -> GreetingBatch:
    batch = _batch(batch_id)
    if batch.status == "sent":
        raise ValidationError({"batch": tr("This batch was already marked sent.")})
    if batch.status == "cancelled":
        raise ValidationError(
            {"batch": tr("This batch was cancelled: its customers are in another batch now.")}
        )
    if batch.status != "open":
        raise ValidationError(
            {"batch": tr("This greeting's day has passed; it is no longer sent.")}
        )
    return batch


def refusal(actor: Staff | None, clerk_id: int | None) -> str | None:
    """Why `actor` may not hand out or send the batch of `clerk_id`'s customers, or None:
    her clerk or the owner may, since the batch holds the phones of that clerk's customers.
    The window greys its buttons with this sentence."""
    if not permissions.allowed(actor, "greet"):
        return tr("Sign in first.")
    assert actor is not None
    if actor.role != "owner" and actor.id != clerk_id:
        return tr("Only the clerk in charge of these customers or the owner can send this batch.")
    return None


def _require_sender(actor: Staff, batch: GreetingBatch) -> None:
    reason = refusal(actor, batch.clerk_id)
    if reason is not None:
        raise permissions.PermissionDenied(reason)


def _live(batch: GreetingBatch) -> list[tuple[int, str | None]]:
    """Who is in an open batch now, by the rule, but for those greeted already: each
    with her phone."""
    festival = batch.key.rsplit(":", 1)[0]  # kind:festival:year, made by the plan
    greeted = audience.greeted_already(f"'{festival}'", str(batch.id))
    rows = database.execute_sql(
        f"""SELECT c.id, c.phone FROM customer c
             WHERE {audience.IN_BATCH} AND c.clerk_id IS ? AND NOT {greeted} ORDER BY c.id""",
        (audience.personal_rank(), batch.clerk_id),
    )
    return [(customer_id, phone) for customer_id, phone in rows]


def _live_ids(batch: GreetingBatch) -> list[int]:
    return [customer_id for customer_id, _ in _live(batch)]


def _ids(batch: GreetingBatch) -> list[int]:
    """Who is in it: once sent, those who got it; handed out, those it was handed to;
    before, the rule's members now."""
    if batch.status == "sent":
        query = ContactLog.select(ContactLog.customer_id).where(ContactLog.batch == batch.id)
        return sorted(row.customer_id for row in query)
    if batch.members is not None:
        return json.loads(batch.members)
    return _live_ids(batch)


def _row(batch: GreetingBatch) -> BatchRow:
    detail = json.loads(batch.detail)
    if batch.status == "open" and batch.members is None:
        live = _live(batch)  # the day's list: one read for who and their phones
        ids, phones = [i for i, _ in live], (phone for _, phone in live)
    else:
        ids = _ids(batch)
        phones = _phones(ids)
    mobiles = sum(is_mobile(phone) for phone in phones)
    return BatchRow(
        batch.id,
        batch.kind,
        detail.get("name", ""),
        dt.date.fromisoformat(detail["date"]),
        batch.clerk_id,
        batch.clerk.name if batch.clerk_id else "",
        batch.status,
        len(ids),
        mobiles,
    )


def _phones(ids: list[int]) -> Iterator[str | None]:
    """Their phones, read as plain rows: a festival's batches hold most of the shop, and
    the list counts their mobiles at every refresh."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = database.execute_sql(f"SELECT phone FROM customer WHERE id IN ({marks})", chunk)
        yield from (phone for (phone,) in rows)


def batches_of(day: dt.date | None = None, clerk_id: int | None = None) -> list[BatchRow]:
    """The open batches due by `day` (run `rules.plan` first); `clerk_id` None is every
    clerk's, UNASSIGNED the batch of customers no clerk is in charge of."""
    day = day or clock.today()
    query = GreetingBatch.select().where(
        GreetingBatch.status == "open", GreetingBatch.due_on <= day
    )
    if clerk_id == UNASSIGNED:
        query = query.where(GreetingBatch.clerk.is_null())
    elif clerk_id is not None:
        query = query.where(GreetingBatch.clerk == clerk_id)
    return [_row(batch) for batch in query.order_by(GreetingBatch.due_on, GreetingBatch.id)]


def batch_row(batch_id: int) -> BatchRow:
    return _row(_batch(batch_id))


def _customers(ids: list[int]) -> Iterator[Customer]:
    """The customers with these ids, with their tier (the message may name it)."""
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        yield from (
            Customer.select(Customer, Tier)
            .join(Tier, JOIN.LEFT_OUTER)
            .where(Customer.id << chunk)
            .order_by(Customer.id)
        )


def _sender(batch: GreetingBatch, actor: Staff | None) -> str:
    """Who signs the messages: her clerk, else whoever sends the batch."""
    if batch.clerk_id:
        return batch.clerk.name
    return actor.name if actor is not None else ""


def _template(batch: GreetingBatch) -> MessageTemplate | None:
    """The library's message for the batch: the festival's own, else the first of its kind."""
    festival = json.loads(batch.detail).get("festival")
    found = messages.for_festival(MESSAGE_KIND[batch.kind], festival)
    return found[0] if found else None


@dataclass(frozen=True)
class Wording:
    """The message a batch goes out with and who signs it: the library's now, or, once
    handed out, what was handed out, so her log keeps what she was sent."""

    text: str
    language: str
    sender: str


def _current(batch: GreetingBatch, actor: Staff | None) -> Wording | None:
    template = _template(batch)
    if template is None:
        return None
    return Wording(template.text, template.language, _sender(batch, actor))


def _wording(batch: GreetingBatch, actor: Staff | None) -> Wording | None:
    return Wording(**json.loads(batch.wording)) if batch.wording else _current(batch, actor)


def _members(batch: GreetingBatch, ids: list[int], wording: Wording | None) -> list[Member]:
    detail = json.loads(batch.detail)
    about = messages.Occasion(
        date=dt.date.fromisoformat(detail["date"]), festival=detail.get("name", "")
    )

    def message(customer: Customer) -> str:
        if wording is None:
            return ""
        values = messages.values_for(customer, wording.language, wording.sender, about)
        return messages.render(wording.text, values)

    return [
        Member(customer.id, customer.name, customer.phone or "", message(customer))
        for customer in _customers(ids)
    ]


def members(batch_id: int, actor: Staff | None = None) -> list[Member]:
    """Who is in the batch, each with her message (signed by `actor` where no clerk is)."""
    batch = _batch(batch_id)
    return _members(batch, _ids(batch), _wording(batch, actor))


def preview(batch_id: int, actor: Staff | None = None, count: int = 3) -> list[Member]:
    """The first few members with their messages: what the clerk reads before sending,
    without filling in the messages of hundreds."""
    batch = _batch(batch_id)
    return _members(batch, _ids(batch)[:count], _wording(batch, actor))


def hand_out(actor: Staff, batch_id: int, *, texted: bool = False) -> list[Member]:
    """The members now, with their messages, kept with the batch as the ones handed out
    (`texted`: only those with a mobile number, the rows of an SMS file). Handed out, the
    batch waits to be marked sent, past its day too: the greeting went."""
    with database.atomic("IMMEDIATE"):
        batch = _open(batch_id)
        _require_sender(actor, batch)
        wording = _current(batch, actor)
        members = _members(batch, _live_ids(batch), wording)
        if texted:
            members = [m for m in members if is_mobile(m.phone)]
        GreetingBatch.update(
            members=json.dumps([m.customer_id for m in members]),
            wording=json.dumps(asdict(wording), ensure_ascii=False) if wording else None,
            updated_at=now(),
        ).where(GreetingBatch.id == batch.id).execute()
    return members


def copy_list(actor: Staff, batch_id: int) -> str:
    """The batch as text to paste for a WeChat broadcast: one line per customer, her name
    and her message."""
    return "\n".join(f"{m.name}\t{m.message}" for m in hand_out(actor, batch_id))


def export_sms(actor: Staff, batch_id: int, path: Path) -> SmsFile:
    """Write the batch for a bulk-SMS platform: phone and message, one customer a row.

    `.xlsx` writes a workbook, anything else a CSV in UTF-8 with a byte-order mark (what
    the platforms take). Only members with a mobile number are in it; all of them
    accept messages (audience.py).
    """
    everyone = len(_ids(_open(batch_id)))
    handed = hand_out(actor, batch_id, texted=True)
    rows = [(m.phone, m.message) for m in handed]
    template = _template(_batch(batch_id))
    words = in_language(template.language if template else "zh_CN")
    header = tuple(words.tr(text) for text in SMS_HEADER)
    if Path(path).suffix.lower() == ".xlsx":
        columns = [TableColumn(header[0], "text", 14), TableColumn(header[1], "text", 80)]
        written = write_workbook(path, [SheetSpec(words.tr(SMS_SHEET), columns, rows)])
    else:
        written = write_csv(path, header, rows)
    audit.exported(actor, "sms_batch", len(rows), written)
    return SmsFile(written, len(rows), everyone - len(rows))


def mark_sent(actor: Staff, batch_id: int, channel: str = "sms") -> int:
    """Log one contact per customer the batch was handed out to (else its members now),
    linked to it, and close it; all in one transaction. Returns how many were logged."""
    if channel not in CHANNELS:
        raise ValidationError({"channel": tr("Choose how it went out: text or WeChat.")})
    with database.atomic("IMMEDIATE"):
        batch = _open(batch_id)
        _require_sender(actor, batch)
        ids = json.loads(batch.members) if batch.members is not None else _live_ids(batch)
        erased = privacy.erased_customers()
        existing = {
            row.id for start in range(0, len(ids), CHUNK)
            for row in Customer.select(Customer.id).where(Customer.id << ids[start : start + CHUNK])
            if row.id not in erased
        }  # fmt: skip
        at = now()
        rows = [
            {
                "customer": member.customer_id,
                "staff": batch.clerk_id or actor.id,  # the clerk whose name signs it
                "at": at,
                "channel": channel,
                "kind": CONTACT_KIND[batch.kind],
                "outcome": tr("Message sent"),
                "note": member.message,
                "batch": batch.id,
            }
            for member in _members(batch, [i for i in ids if i in existing], _wording(batch, actor))
        ]
        for start in range(0, len(rows), CHUNK):
            ContactLog.insert_many(rows[start : start + CHUNK]).execute()
        GreetingBatch.update(
            status="sent", sent_at=at, sent_by=actor.id, members=None, updated_at=at
        ).where(GreetingBatch.id == batch.id).execute()
    return len(rows)

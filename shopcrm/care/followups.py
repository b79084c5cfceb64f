"""Today's follow-ups: the open care tasks of a day, worded, and what a clerk does with them.

The list shows what is due on the day (or earlier and still open), the most
important first (priorities.py); a clerk's day holds the owner's daily load of
them and the rest wait for the next days. A snoozed task stays out of sight
until its day. Marking
a task done writes the contact to her log in the same transaction; a
complaint's follow-up also records step 9 of the complaint with what she
said. Skipping needs a reason, so the owner can see why.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from shopcrm.care import audience, contacts, messages, priorities, rules
from shopcrm.complaints import workflow
from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import from_fen, money, plain
from shopcrm.core.text import too_long
from shopcrm.customers.labels import key_date_label
from shopcrm.customers.profiles import get_customer
from shopcrm.storage import options
from shopcrm.storage.models import EventGuest, FollowUp, MessageTemplate, Staff, database
from shopcrm.wallet import gifts

UNASSIGNED = 0  # the clerk filter for tasks no clerk is in charge of
SNOOZE_LIMIT_DAYS = 90
REASON_LIMIT = 200
CALL_KINDS = (
    "complaint_followup",
    "purchase_call",
    "delivery_check",
    "installation_check",
    "satisfaction_call",
    "referral_call",
)
VISIT_KINDS = ("top_spender_visit", "birthday_gift")
WRITTEN_CHANNELS = ("sms", "wechat")  # the message sent is kept with the contact
# The library's kind of message for each kind of task (the birthday list has none).
MESSAGE_KIND = {
    "complaint_followup": "complaint_followup",
    "purchase_call": "post_purchase",
    "delivery_check": "home_care",
    "installation_check": "home_care",
    "satisfaction_call": "home_care",
    "referral_thanks": "referral_thanks",
    "referral_welcome": "referral_welcome",
    "referral_call": "referral_welcome",
    "spend_thanks": "thanks",
    "top_spender_visit": "thanks",
    "birthday_gift": "birthday",
    "birthday": "birthday",
    "family_day": "family_day",
    "festival": "holiday",
    "season": "season",
    "miss_you": "keep_in_touch",
    "event_invitation": "invitation",
    "event_reminder": "event_reminder",
    "event_thanks": "event_thanks",
    "event_missed": "event_missed",
    "event_cancelled": "event_cancelled",
    "voucher_expiry": "voucher_expiry",
}
CONTACT_KIND = {
    "complaint_followup": "complaint",
    "purchase_call": "follow_up",
    "delivery_check": "follow_up",
    "installation_check": "follow_up",
    "satisfaction_call": "follow_up",
    "referral_thanks": "referral_thanks",
    "referral_welcome": "greeting",
    "referral_call": "follow_up",
    "spend_thanks": "thanks",
    "top_spender_visit": "visit",
    "birthday_gift": "gift",
    "birthday": "birthday",
    "family_day": "greeting",
    "festival": "festival",
    "season": "greeting",
    "miss_you": "miss_you",
    **dict.fromkeys(rules.EVENT_KINDS, "event"),
    "voucher_expiry": "follow_up",
}


def kind_label(kind: str) -> str:
    """The heading of a group of tasks."""
    return {
        "overdue": tr("Overdue"),
        "complaint_followup": tr("Complaint follow-ups"),
        "purchase_call": tr("Calls after a purchase"),
        "delivery_check": tr("Delivery checks"),
        "installation_check": tr("Installation checks"),
        "satisfaction_call": tr("Satisfaction calls"),
        "referral_thanks": tr("Thanks for a referral"),
        "referral_welcome": tr("Welcome a referred friend"),
        "referral_call": tr("Calls to referred friends"),
        "spend_thanks": tr("Thank-you letters"),
        "top_spender_visit": tr("Visits to top customers"),
        "birthday_list": tr("This month's birthdays"),
        "birthday_gift": tr("Birthday gifts"),
        "birthday": tr("Birthday greetings"),
        "family_day": tr("Family days"),
        "festival": tr("Festival greetings one by one"),
        "season": tr("Change of season"),
        "miss_you": tr("We miss you"),
        "event_invitation": tr("Event invitations"),
        "event_reminder": tr("Event reminders"),
        "event_thanks": tr("Thanks for coming to an event"),
        "event_missed": tr("Missed at an event"),
        "event_cancelled": tr("Events called off"),
        "voucher_expiry": tr("Vouchers running out"),
    }.get(kind, kind)


def default_furniture_text(kind: str) -> str:
    """Our wording of a furniture check, when the owner has not written her own."""
    return {
        "delivery_check": tr(
            "The day after the sale: check the delivery came on time and nothing was damaged."
        ),
        "installation_check": tr(
            "Days 5 to 15: check the installation is finished and everything works."
        ),
        "satisfaction_call": tr(
            "Days 15 to 30: ask how it is at home and explain how to care for it."
        ),
    }[kind]


FURNITURE_TEXT_KEYS = {
    "delivery_check": "furniture_day1_text",
    "installation_check": "furniture_day5_text",
    "satisfaction_call": "furniture_day15_text",
}


def furniture_text(kind: str) -> str:
    """The owner's wording for a furniture check (her options), else ours."""
    return options.get(FURNITURE_TEXT_KEYS[kind]) or default_furniture_text(kind)


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    kind: str
    customer_id: int | None
    customer: str
    phone: str
    due_on: dt.date
    deadline: dt.date
    clerk_id: int | None
    clerk: str
    detail: dict[str, Any]
    budget: Decimal | None
    overdue: bool
    vip: bool = False  # her tier is one the owner greets one by one: she comes first

    @property
    def group(self) -> str:
        return self.kind

    @property
    def message_kind(self) -> str | None:
        return MESSAGE_KIND.get(self.kind)


def reason(row: FollowUpRow) -> str:
    """Why the task is there and what to do, in a line."""
    d = row.detail
    if row.kind == "complaint_followup":
        return tr("Call back about the complaint of {date}: did the remedy hold?").format(
            date=d.get("opened", "")
        )
    if row.kind == "purchase_call":
        return tr("Bought {item} ({amount}) on {date}: call about fit and care.").format(
            item=d.get("item") or tr("something"),
            amount=money(from_fen(d.get("amount"))),
            date=d["date"],
        )
    if row.kind in ("delivery_check", "installation_check", "satisfaction_call"):
        return tr("{action} (sale of {date}, {amount})").format(
            action=furniture_text(row.kind), date=d["date"], amount=money(from_fen(d.get("amount")))
        )
    if row.kind == "referral_thanks":
        return tr("Brought a friend, {friend}: say thank you today.").format(friend=d["friend"])
    if row.kind == "referral_welcome":
        return tr("Came through {referrer}: a welcome and thanks today.").format(
            referrer=d["referrer"]
        )
    if row.kind == "referral_call":
        return tr("Came through {referrer}: call by {date}.").format(
            referrer=d["referrer"], date=row.deadline.isoformat()
        )
    if row.kind == "spend_thanks":
        return tr("Spending has passed {amount}: send a thank-you letter.").format(
            amount=money(from_fen(d.get("amount")))
        )
    if row.kind == "top_spender_visit":
        return tr(
            "One of the top spenders of {year} ({amount}): a visit with flowers, up to {budget}."
        ).format(year=d["year"], amount=money(from_fen(d.get("spent"))), budget=money(row.budget))
    if row.kind == "birthday_list":
        return trn(
            "{n} birthday in {month}: go through the list and plan the greeting.",
            "{n} birthdays in {month}: go through the list and plan the greetings.",
            d["count"],
        ).format(n=d["count"], month=d["month"])
    if row.kind == "birthday_gift":
        return tr("Birthday on {date}: a cake or flowers, up to {budget}.").format(
            date=d["date"], budget=money(row.budget)
        )
    if row.kind == "birthday":
        text = tr("Birthday, {date} (lunar calendar).") if d.get("lunar") else None
        return (text or tr("Birthday, {date}.")).format(date=d["date"])
    if row.kind == "family_day":
        occasion = d.get("label") or key_date_label(d.get("kind", "other"))
        return tr("{occasion} on {date}.").format(occasion=occasion, date=d["date"])
    if row.kind in ("festival", "season"):
        # Her tier is greeted one by one (audience.PERSONAL); everyone else is in a batch.
        return tr("{festival} on {date}: a greeting of their own, not in the batch.").format(
            festival=d["name"], date=d["date"]
        )
    if row.kind == "voucher_expiry":
        return tr("Voucher {code} ({worth}) runs out on {date}: remind the customer.").format(
            code=d["code"], worth=voucher_worth(d), date=d["date"]
        )
    if row.kind in rules.EVENT_KINDS:
        kind = "event_moved" if d.get("moved") else row.kind
        return _event_reason(kind).format(
            event=d["title"], date=d["date"], time=d["time"], place=d["place"] or "—"
        )
    return tr("No purchase since {date}: a “we miss you” note.").format(date=d.get("last", ""))


def voucher_worth(detail: dict) -> str:
    """A voucher's worth from a task's facts: ¥50, or 10%."""
    if detail.get("value"):
        return money(from_fen(detail["value"]))
    return f"{plain(Decimal(str(detail['percent'])))}%"


def _event_reason(kind: str) -> str:
    return {
        "event_invitation": tr(
            "Invite the customer to {event} on {date} at {time}, {place}, and record the reply."
        ),
        "event_moved": tr(
            "{event} moved to {date} at {time}, {place}: tell the customer and record the reply "
            "again."
        ),
        "event_reminder": tr("{event} is on {date} at {time}, {place}: remind the customer."),
        "event_thanks": tr("Came to {event} on {date}: say thank you."),
        "event_missed": tr("Said yes to {event} on {date} but did not come: a “we missed you”."),
        "event_cancelled": tr(
            "{event} on {date} is called off: tell the customer, with an apology."
        ),
    }[kind]


_ROWS = """
    SELECT t.id, t.kind, t.customer_id, coalesce(c.name, ''), coalesce(c.phone, ''),
           t.due_on, t.deadline, t.clerk_id, coalesce(s.name, ''), t.detail, t.budget,
           coalesce(r.rank >= ?, 0)
      FROM follow_up t
      LEFT JOIN customer c ON c.id = t.customer_id
      LEFT JOIN tier r ON r.id = c.tier_id
      LEFT JOIN staff s ON s.id = t.clerk_id
     WHERE t.status = 'open' AND t.due_on <= ? AND coalesce(t.snoozed_until, t.due_on) <= ?
"""


@dataclass(frozen=True)
class DayShare:
    """What a day holds: its tasks, most important first, and how many wait for later days."""

    rows: list[FollowUpRow]
    waiting: int


def day_list(day: dt.date | None = None, clerk_id: int | None = None) -> list[FollowUpRow]:
    """Every open task due by `day`, the most important first (priorities.in_order).

    `clerk_id` None is everyone's; UNASSIGNED is the tasks nobody is in charge of.
    """
    day = day or clock.today()
    sql, params = _ROWS, [audience.personal_rank(), day.isoformat(), day.isoformat()]
    if clerk_id == UNASSIGNED:
        sql += " AND t.clerk_id IS NULL"
    elif clerk_id is not None:
        sql += " AND t.clerk_id = ?"
        params.append(clerk_id)
    rows = []
    for row in database.execute_sql(sql, params):
        deadline = dt.date.fromisoformat(row[6])
        rows.append(
            FollowUpRow(
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                dt.date.fromisoformat(row[5]),
                deadline,
                row[7],
                row[8],
                json.loads(row[9] or "{}"),
                None if row[10] is None else from_fen(row[10]),
                deadline < day,
                bool(row[11]),
            )
        )
    return priorities.in_order(rows, day)


def day_share(day: dt.date | None = None, clerk_id: int | None = None) -> DayShare:
    """What fits in `day`: each clerk's first tasks up to the daily load, and how many of
    the rest wait for the next days (none is dropped: they come first then)."""
    day = day or clock.today()
    load = priorities.daily_load()
    by_clerk: dict[int | None, list[FollowUpRow]] = {}
    for row in day_list(day, clerk_id):
        by_clerk.setdefault(row.clerk_id, []).append(row)
    shown: list[FollowUpRow] = []
    waiting = 0
    for rows in by_clerk.values():
        days = priorities.spread(rows, day, load)
        shown += days[0]
        waiting += sum(len(later) for later in days[1:])
    return DayShare(priorities.in_order(shown, day), waiting)


def grouped(rows: list[FollowUpRow]) -> list[tuple[str, list[FollowUpRow]]]:
    """The rows by kind, in the order the rows come (the most important kind first)."""
    groups: dict[str, list[FollowUpRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    return list(groups.items())


def as_dicts(rows: list[FollowUpRow]) -> list[dict[str, Any]]:
    """The list as plain data, for `shopcrm tasks --json`."""
    return [
        {
            "id": row.id,
            "group": row.group,
            "kind": row.kind,
            "customer_id": row.customer_id,
            "customer": row.customer,
            "phone": row.phone,
            "due_on": row.due_on.isoformat(),
            "deadline": row.deadline.isoformat(),
            "overdue": row.overdue,
            "clerk": row.clerk,
            "reason": reason(row),
        }
        for row in rows
    ]


# --- the message ---------------------------------------------------------------------------


def templates_for(row: FollowUpRow) -> list[MessageTemplate]:
    """The library's messages for this task; a festival's own message comes first."""
    if row.message_kind is None:
        return []
    return messages.for_festival(row.message_kind, row.detail.get("festival"))


def occasion(row: FollowUpRow) -> messages.Occasion:
    d = row.detail
    dated = ("birthday", "birthday_gift", "family_day", "voucher_expiry", *rules.EVENT_KINDS)
    day = d.get("date") if row.kind in dated else None
    return messages.Occasion(
        date=dt.date.fromisoformat(day) if day else row.due_on,
        festival=d.get("name", ""),
        occasion=d.get("label") or d.get("kind", ""),
        friend=d.get("friend") or d.get("referrer", ""),
        item=d.get("item") or "",
        event=d.get("title", ""),
        time=d.get("time", ""),
        place=d.get("place", ""),
        voucher=voucher_worth(d) if row.kind == "voucher_expiry" else "",
    )


def message(row: FollowUpRow, template: MessageTemplate, clerk: str | None = None) -> str:
    """The template filled in for the task's customer; `clerk` signs it (else her clerk)."""
    if row.customer_id is None:
        return ""
    customer = get_customer(row.customer_id)
    return messages.fill(template, customer, clerk or row.clerk or None, occasion(row))


def default_channel(row: FollowUpRow) -> str:
    if row.kind in CALL_KINDS:
        return "phone"
    if row.kind in VISIT_KINDS:
        return "visit"
    if row.customer_id is None:
        return "wechat"
    return get_customer(row.customer_id).preferred_channel or "wechat"


# --- doing it ------------------------------------------------------------------------------


def _open_task(task_id: int) -> FollowUp:
    task = FollowUp.get_or_none(FollowUp.id == task_id)
    if task is None:
        raise NotFound(tr("That task is gone; refresh the list."))
    if task.status != "open":
        raise ValidationError({"task": tr("This task was already dealt with; refresh the list.")})
    return task


def _close_complaint(task: FollowUp, outcome: str, staff_id: int | None, today: dt.date) -> None:
    """Her answer on the follow-up call is step 9 of the complaint, which closes it."""
    complaint = workflow.get_complaint(json.loads(task.detail)["complaint"])
    if complaint.status != "awaiting_followup":
        return
    try:
        workflow.save_step(complaint.id, 9, {"note": outcome}, staff_id, done=True, today=today)
    except ValidationError as exc:
        raise ValidationError({"outcome": str(exc)}) from None


def _guest_id(task: FollowUp) -> int:
    """An event task's key is `<kind>:<guest id>`, and the event's day for an invitation
    or a reminder (care/rules.py, the event rule)."""
    return int(task.key.split(":")[1])


def guest_of(row: FollowUpRow) -> int:
    """The event guest an event task is about, whose reply an invitation task records."""
    task = FollowUp.get_or_none(FollowUp.id == row.id)
    if task is None:
        raise NotFound(tr("That task is gone; refresh the list."))
    return _guest_id(task)


def _replied(task: FollowUp) -> bool:
    """Whether the guest of an invitation task has answered (events/guests.record_reply)."""
    guest = EventGuest.get_or_none(EventGuest.id == _guest_id(task))
    day = dt.date.fromisoformat(task.key.split(":")[2])
    return guest is not None and guest.reply is not None and guest.replied_for == day


def _gift_handed(task: FollowUp, outcome: str, staff_id: int | None) -> None:
    """Her birthday cake or flowers, done: in her wallet as handed over, at the budget."""
    gifts.write(
        task.customer_id,
        outcome.splitlines()[0][: gifts.DESCRIPTION_LIMIT] if outcome else tr("Birthday gift"),
        task.budget or Decimal(0),
        "birthday",
        key=f"follow_up:{task.id}",
        by=Staff.get_or_none(Staff.id == staff_id) if staff_id else None,
        handed=True,
    )


def complete(
    task_id: int,
    outcome: str = "",
    *,
    channel: str | None = None,
    message_text: str = "",
    staff_id: int | None = None,
    today: dt.date | None = None,
) -> FollowUp:
    """Mark a task done; the contact (channel, outcome, a message sent) goes to her log.

    A call needs its outcome; for a message, "sent" is outcome enough. The
    message is kept when it went by text or WeChat, where she read it as written.
    """
    today = today or clock.today()
    with database.atomic("IMMEDIATE"):
        task = _open_task(task_id)
        staff_id = staff_id or task.clerk_id
        contact = None
        if task.customer_id is not None:
            if task.kind in CALL_KINDS and not outcome.strip():
                raise ValidationError(
                    {
                        "outcome": tr(
                            "Write what the customer said: the next clerk reads it on the card."
                        )
                    }
                )
            if task.kind == "complaint_followup":
                _close_complaint(task, outcome.strip(), staff_id, today)
            if task.kind == "event_invitation" and not _replied(task):
                raise ValidationError(
                    {"reply": tr("Record the reply first: yes, no, maybe or no answer.")}
                )
            if task.kind == "birthday_gift":
                _gift_handed(task, outcome.strip(), staff_id)
            row = _row(task, today)
            channel = channel or default_channel(row)
            contact = contacts.log_contact(
                task.customer_id,
                channel,
                CONTACT_KIND[task.kind],
                outcome.strip() or tr("Message sent"),
                message_text if channel in WRITTEN_CHANNELS else "",
                staff_id,
            )
        FollowUp.update(
            status="done", done_at=now(), done_by=staff_id, contact=contact, updated_at=now()
        ).where(FollowUp.id == task_id).execute()
    return FollowUp.get_by_id(task_id)


def snooze(task_id: int, until: dt.date, today: dt.date | None = None) -> FollowUp:
    """Put a task out of sight until `until`; it comes back on that day."""
    today = today or clock.today()
    if not today < until <= today + dt.timedelta(days=SNOOZE_LIMIT_DAYS):
        most = trn(
            "Choose a day after today, at most {n} day ahead.",
            "Choose a day after today, at most {n} days ahead.",
            SNOOZE_LIMIT_DAYS,
        )
        raise ValidationError({"until": most.format(n=SNOOZE_LIMIT_DAYS)})
    with database.atomic("IMMEDIATE"):
        _open_task(task_id)
        FollowUp.update(snoozed_until=until, updated_at=now()).where(
            FollowUp.id == task_id
        ).execute()
    return FollowUp.get_by_id(task_id)


def skip(task_id: int, why: str, staff_id: int | None = None) -> FollowUp:
    """Leave a task undone on purpose, saying why (she asked not to be called…)."""
    why = " ".join(why.split())
    if not why:
        raise ValidationError(
            {"reason": tr("Say why it is skipped, e.g. the customer asked not to be called.")}
        )
    if len(why) > REASON_LIMIT:
        raise ValidationError({"reason": too_long(REASON_LIMIT)})
    with database.atomic("IMMEDIATE"):
        task = _open_task(task_id)
        FollowUp.update(
            status="skipped",
            reason=why,
            done_at=now(),
            done_by=staff_id or task.clerk_id,
            updated_at=now(),
        ).where(FollowUp.id == task_id).execute()
    return FollowUp.get_by_id(task_id)


def _row(task: FollowUp, day: dt.date) -> FollowUpRow:
    customer = get_customer(task.customer_id) if task.customer_id else None
    rank = customer.tier.rank if customer and customer.tier_id else None
    return FollowUpRow(
        task.id,
        task.kind,
        task.customer_id,
        customer.name if customer else "",
        (customer.phone or "") if customer else "",
        task.due_on,
        task.deadline,
        task.clerk_id,
        task.clerk.name if task.clerk_id else "",
        json.loads(task.detail),
        task.budget,
        task.deadline < day,
        rank is not None and rank >= audience.personal_rank(),
    )


def task_row(task_id: int, day: dt.date | None = None) -> FollowUpRow:
    """One task as the list shows it."""
    task = FollowUp.get_or_none(FollowUp.id == task_id)
    if task is None:
        raise NotFound(tr("That task is gone; refresh the list."))
    return _row(task, day or clock.today())


def birthday_list(row: FollowUpRow) -> list[rules.Birthday]:
    """The birthdays of a birthday-list task's month, among that clerk's customers."""
    first = dt.date.fromisoformat(row.detail["month"] + "-01")
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return rules.birthdays_between(first, last, row.clerk_id)

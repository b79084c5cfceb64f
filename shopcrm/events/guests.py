"""Whom an event invites, and what each guest answered.

The owner chooses guests from a segment (tiers, this or next month's birthdays, an
RFM group, lifecycle, clerk, the kinds of event she likes) or one by one. Two rules
hold whoever is chosen: the event's kind may need her consent to promotional
messages (an option per kind, care/rules.consent_kinds), and the places: no more are
invited than there are places left, counting every guest who has not said no, so
the best customers (highest tier, then spending) come first. Each invitation becomes
a follow-up task for her clerk; her reply is recorded on the guest and closes it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import ModelSelect

from shopcrm.care import followups, rules
from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.customers import profiles
from shopcrm.events import planning
from shopcrm.events.planning import get_event
from shopcrm.loyalty import segments
from shopcrm.staff import audit, permissions
from shopcrm.storage.models import (
    EVENT_KINDS,
    LIFECYCLE,
    REPLIES,
    Customer,
    Event,
    EventGuest,
    FollowUp,
    Staff,
    database,
)

THIS_MONTH, NEXT_MONTH = "this_month", "next_month"
ANY_CLERK, NO_CLERK = None, 0


@dataclass(frozen=True)
class Segment:
    """Who to invite: every condition given must hold (an empty one is no condition)."""

    tier_ids: tuple[int, ...] = ()
    birthdays: str | None = None  # THIS_MONTH or NEXT_MONTH, from today
    rfm: str | None = None  # a code of loyalty.segments.SEGMENTS
    statuses: tuple[str, ...] = ()
    clerk_id: int | None = ANY_CLERK  # NO_CLERK: customers nobody is in charge of
    likes_kind: bool = False  # she said she likes this kind of event
    everyone: bool = False  # no condition, asked for in so many words

    @property
    def conditions(self) -> bool:
        return self != Segment(everyone=self.everyone)


@dataclass(frozen=True)
class Choice:
    """The customers a segment finds, and who of them cannot be invited and why."""

    chosen: list[int]  # in the order they are invited: best customers first
    no_consent: int
    no_place: int
    already: int = 0
    ids: list[int] = field(default_factory=list)  # everyone found, before the rules


def _month_start(today: dt.date, which: str) -> dt.date:
    first = today.replace(day=1)
    return first if which == THIS_MONTH else (first + dt.timedelta(days=32)).replace(day=1)


def _segment_sql(event: Event, segment: Segment, today: dt.date) -> tuple[str, list[object]]:
    where = ["c.deleted_at IS NULL", "c.id NOT IN (SELECT customer_id FROM erased)"]
    params: list[object] = []
    if segment.tier_ids:
        where.append(f"c.tier_id IN ({', '.join('?' * len(segment.tier_ids))})")
        params += segment.tier_ids
    if segment.statuses:
        unknown = set(segment.statuses) - set(LIFECYCLE)
        if unknown:
            raise ValidationError({"statuses": tr("Choose lifecycle stages from the list.")})
        where.append(f"c.status IN ({', '.join('?' * len(segment.statuses))})")
        params += segment.statuses
    if segment.clerk_id == NO_CLERK:
        where.append("c.clerk_id IS NULL")
    elif segment.clerk_id is not None:
        where.append("c.clerk_id = ?")
        params.append(segment.clerk_id)
    if segment.likes_kind:
        where.append("instr(',' || coalesce(c.event_kinds, '') || ',', ?) > 0")
        params.append(f",{event.kind},")
    if segment.birthdays is not None:
        if segment.birthdays not in (THIS_MONTH, NEXT_MONTH):
            raise ValidationError({"birthdays": tr("Choose this month or next month.")})
        first = _month_start(today, segment.birthdays)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        # Her birthday as the care plan keeps it: the profile's or a key date, lunar too.
        where.append("c.id IN (SELECT value FROM json_each(?))")
        params.append(json.dumps(rules.birthday_ids(first, last)))
    sql = f"""
        WITH erased AS (SELECT customer_id FROM audit_log WHERE action = 'erase')
        SELECT c.id, c.accepts_promotions,
               EXISTS (SELECT 1 FROM event_guest g WHERE g.event_id = ? AND g.customer_id = c.id)
          FROM customer c LEFT JOIN tier t ON t.id = c.tier_id
         WHERE {" AND ".join(where)}
         ORDER BY coalesce(t.rank, -1) DESC, c.total_spent DESC, c.id"""
    return sql, [event.id, *params]


def _guests_of(event_id: int) -> ModelSelect:
    """The event's guests who are still customers (one deleted since leaves the list)."""
    return (
        EventGuest.select()
        .join(Customer, on=EventGuest.customer == Customer.id)
        .where(Customer.deleted_at.is_null(), EventGuest.event == event_id)
    )


def places_left(event: Event) -> int | None:
    """Places not yet promised: the capacity less every guest who has not said no."""
    if event.capacity is None:
        return None
    taken = (
        _guests_of(event.id)
        .where(
            EventGuest.invited_on.is_null(False) | EventGuest.attended,
            EventGuest.reply.is_null() | (EventGuest.reply != "no"),
        )
        .count()
    )
    return max(event.capacity - taken, 0)


def _needs_consent(event: Event) -> bool:
    return event.kind in rules.consent_kinds()


def _apply_rules(event: Event, rows: Sequence[tuple[int, bool, bool]]) -> Choice:
    """Consent, then places, over candidates in the order they should be invited."""
    consent = _needs_consent(event)
    fresh = [(cid, ok) for cid, ok, there in rows if not there]
    allowed = [cid for cid, ok in fresh if ok or not consent]
    left = places_left(event)
    chosen = allowed if left is None else allowed[:left]
    return Choice(
        chosen,
        len(fresh) - len(allowed),
        len(allowed) - len(chosen),
        len(rows) - len(fresh),
        [row[0] for row in rows],
    )


def _found(event: Event, segment: Segment, today: dt.date) -> list[tuple[int, bool, bool]]:
    sql, params = _segment_sql(event, segment, today)
    rows = [(r[0], bool(r[1]), bool(r[2])) for r in database.execute_sql(sql, params)]
    if segment.rfm is not None:
        if segment.rfm not in segments.SEGMENTS:
            raise ValidationError({"rfm": tr("Choose a customer group from the list.")})
        group = {s.customer_id for s in segments.rfm_scores(today) if s.segment == segment.rfm}
        rows = [row for row in rows if row[0] in group]
    return rows


def choose(event_id: int, segment: Segment, today: dt.date | None = None) -> Choice:
    """Who the segment would invite now, without inviting anyone: for the owner to see."""
    event = get_event(event_id)
    return _apply_rules(event, _found(event, segment, today or clock.today()))


def _open_for_guests(event: Event) -> None:
    if why := planning.refusals(event).invite:
        raise ValidationError({"event": why})


def _invite(actor: Staff, event: Event, choice: Choice, today: dt.date) -> Choice:
    if choice.chosen:
        clerks = dict(
            database.execute_sql(
                "SELECT id, clerk_id FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                (f"[{','.join(map(str, choice.chosen))}]",),
            ).fetchall()
        )
        EventGuest.insert_many(
            [
                {
                    "event": event.id,
                    "customer": cid,
                    "clerk": clerks.get(cid),
                    "invited_on": today,
                    "invited_by": actor.id,
                }
                for cid in choice.chosen
            ]
        ).on_conflict_ignore().execute()
        audit.record("event_guests", actor, title=event.title, n=len(choice.chosen))
        rules.plan_events(today)
    return choice


def invite(actor: Staff, event_id: int, segment: Segment, today: dt.date | None = None) -> Choice:
    """Invite the segment's customers, within the rules; each gets a task for her clerk."""
    permissions.require(actor, "events")
    if not segment.conditions and not segment.everyone:
        raise ValidationError(
            {"segment": tr("Choose who to invite: set a condition, or ask for every customer.")}
        )
    today = today or clock.today()
    with database.atomic("IMMEDIATE"):
        event = get_event(event_id)
        _open_for_guests(event)
        return _invite(actor, event, _apply_rules(event, _found(event, segment, today)), today)


def invite_customers(
    actor: Staff, event_id: int, customer_ids: Sequence[int], today: dt.date | None = None
) -> Choice:
    """Invite customers picked one by one, in the order given, within the same rules."""
    permissions.require(actor, "events")
    today = today or clock.today()
    with database.atomic("IMMEDIATE"):
        event = get_event(event_id)
        _open_for_guests(event)
        found = {
            r[0]: (r[0], bool(r[1]), bool(r[2]))
            for r in database.execute_sql(
                """SELECT c.id, c.accepts_promotions,
                          EXISTS (SELECT 1 FROM event_guest g
                                   WHERE g.event_id = ? AND g.customer_id = c.id)
                     FROM customer c
                    WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL
                      AND c.id NOT IN (SELECT customer_id FROM audit_log WHERE action = 'erase')""",
                (event.id, f"[{','.join(str(int(i)) for i in customer_ids)}]"),
            )
        }
        rows = [found[cid] for cid in dict.fromkeys(customer_ids) if cid in found]
        return _invite(actor, event, _apply_rules(event, rows), today)


def refusal(choice: Choice) -> str:
    """Who of those found are not invited and why, in a line; empty when none is left out.
    Those invited before are said apart: they are not refused, only not asked twice."""
    parts = []
    if choice.no_consent:
        parts.append(
            trn(
                "{n} does not accept promotional messages",
                "{n} do not accept promotional messages",
                choice.no_consent,
            ).format(n=choice.no_consent)
        )
    if choice.no_place:
        parts.append(
            trn(
                "{n} more than the places left",
                "{n} more than the places left",
                choice.no_place,
            ).format(n=choice.no_place)
        )
    # The list's separator is the language's own (a full-width semicolon in Chinese).
    lines = [tr("Left out: {reasons}.").format(reasons=tr("; ").join(parts))] if parts else []
    if choice.already:
        lines.append(
            trn(
                "{n} of them was invited before.",
                "{n} of them were invited before.",
                choice.already,
            ).format(n=choice.already)
        )
    return " ".join(lines)


def get_guest(guest_id: int) -> EventGuest:
    guest = EventGuest.get_or_none(EventGuest.id == guest_id)
    if guest is None:
        raise NotFound(tr("That guest is no longer on the list; refresh it."))
    return guest


def record_reply(
    actor: Staff,
    guest_id: int,
    reply: str,
    *,
    channel: str | None = None,
    note: str = "",
    message_text: str = "",
    today: dt.date | None = None,
) -> EventGuest:
    """Her answer to the invitation; it closes her clerk's invitation task (the contact
    goes to her log) and a yes brings a reminder the day before."""
    permissions.require(actor, "serve")
    today = today or clock.today()
    if reply not in REPLIES:
        raise ValidationError({"reply": tr("Choose the reply: yes, no, maybe or no answer.")})
    with database.atomic("IMMEDIATE"):
        guest = get_guest(guest_id)
        event = get_event(guest.event_id)
        if event.status == "cancelled":
            raise ValidationError({"reply": tr("This event was cancelled.")})
        if event.starts_at.date() < today:
            raise ValidationError(
                {"reply": tr("This event has taken place: a reply no longer counts.")}
            )
        if guest.invited_on is None:
            raise ValidationError(
                {"reply": tr("This guest came without an invitation: there is no reply to record.")}
            )
        day = event.starts_at.date()
        if (
            reply == "yes"
            and not (guest.reply == "yes" and guest.replied_for == day)
            and event.capacity is not None
        ):
            accepted = planning.accepted(event.id)
            if accepted >= event.capacity:
                raise ValidationError(
                    {
                        "reply": tr(
                            "All {n} places are taken: raise the capacity, or record the guest as "
                            "maybe."
                        ).format(n=event.capacity)
                    }
                )
        EventGuest.update(reply=reply, replied_at=clock.now(), replied_for=day).where(
            EventGuest.id == guest_id
        ).execute()
        task = FollowUp.get_or_none(
            FollowUp.key == f"event_invitation:{guest_id}:{day.isoformat()}",
            FollowUp.status == "open",
        )
        if task is not None:
            followups.complete(
                task.id,
                f"{reply_words(reply)} {note}".strip(),
                channel=channel,
                message_text=message_text,
                staff_id=actor.id,
                today=today,
            )
        rules.plan_events(today)
    return get_guest(guest_id)


def reply_words(reply: str) -> str:
    """The outcome her log shows for a reply."""
    return {
        "yes": tr("Invited: coming."),
        "no": tr("Invited: cannot come."),
        "maybe": tr("Invited: may come."),
        "no_answer": tr("Invited: no answer yet."),
    }[reply]


@dataclass(frozen=True)
class GuestRow:
    id: int
    customer_id: int
    name: str
    phone: str
    clerk: str
    invited_on: dt.date | None
    reply: str | None
    attended: bool
    walk_in: bool
    brought_by: str
    gift_given: bool


def guest_list(event_id: int) -> list[GuestRow]:
    """The event's guests: invited first by name, then walk-ins and guests brought."""
    rows = database.execute_sql(
        """SELECT g.id, c.id, c.name, coalesce(c.phone, ''), coalesce(s.name, ''),
                  g.invited_on, g.reply, g.attended, coalesce(b.name, ''), g.gift_given
             FROM event_guest g JOIN customer c ON c.id = g.customer_id
             LEFT JOIN staff s ON s.id = coalesce(c.clerk_id, g.clerk_id)
             LEFT JOIN customer b ON b.id = g.brought_by_id
            WHERE g.event_id = ? AND c.deleted_at IS NULL
            ORDER BY g.invited_on IS NULL, c.name, g.id""",
        (event_id,),
    )
    return [
        GuestRow(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            dt.date.fromisoformat(r[5]) if r[5] else None,
            r[6],
            bool(r[7]),
            r[5] is None and not r[8],
            r[8],
            bool(r[9]),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class HerEvent:
    """One event on her card."""

    event_id: int
    title: str
    kind: str
    starts_at: dt.datetime
    cancelled: bool
    invited: bool
    reply: str | None
    attended: bool


def of_customer(customer_id: int) -> list[HerEvent]:
    """The events she was invited to or came to, the latest first."""
    query = (
        EventGuest.select(EventGuest, Event)
        .join(Event)
        .where(EventGuest.customer == customer_id)
        .order_by(Event.starts_at.desc())
    )
    return [
        HerEvent(
            g.event.id,
            g.event.title,
            g.event.kind,
            g.event.starts_at,
            g.event.status == "cancelled",
            g.invited_on is not None,
            g.reply,
            g.attended,
        )
        for g in query
    ]


def set_preferences(
    customer_id: int, kinds: Sequence[str], times: str, staff_id: int | None = None
) -> None:
    """What events she likes and when she can come, as she told her clerk."""
    unknown = set(kinds) - set(EVENT_KINDS)
    if unknown:
        raise ValidationError({"event_kinds": tr("Choose kinds of event from the list.")})
    codes = ",".join(kind for kind in EVENT_KINDS if kind in kinds)
    profiles.update_customer(
        customer_id,
        {"event_kinds": codes or None, "event_times": " ".join(times.split())},
        staff_id,
    )


def liked_kinds(customer: Customer) -> list[str]:
    """The kinds of event she said she likes, as codes."""
    return [kind for kind in (customer.event_kinds or "").split(",") if kind in EVENT_KINDS]

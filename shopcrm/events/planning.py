"""Planning VIP events: create, change, cancel, copy last year's, and the year's goal.

The owner plans; her guests' follow-up tasks come from the care plan's event rule
(care/rules.py), which runs at once after each change so the clerks see them the
same minute. A cancelled event keeps its guests: those who had been told get a
task to hear it is off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from peewee import fn

from shopcrm.care import rules
from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import MAX_SALE, check_amount
from shopcrm.core.text import too_long
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import EVENT_KINDS, Customer, Event, EventGuest, Staff, database

TITLE_LIMIT = 60
PLACE_LIMIT = 100
GIFT_LIMIT = 100
NOTES_LIMIT = 2000
CAPACITY_LIMIT = 10_000


@dataclass(frozen=True)
class EventInput:
    title: str
    kind: str
    starts_at: dt.datetime | None
    place: str = ""
    capacity: int | None = None
    budget: Decimal | None = None
    gift: str = ""
    organiser_id: int | None = None
    notes: str = ""


def get_event(event_id: int) -> Event:
    event = Event.get_or_none(Event.id == event_id)
    if event is None:
        raise NotFound(tr("That event no longer exists; refresh the list."))
    return event


def accepted(event_id: int) -> int:
    """Guests who said yes to the event on its present day and are still customers: the
    places promised, whatever screen counts them."""
    return (
        EventGuest.select()
        .join(Customer, on=EventGuest.customer == Customer.id)
        .join(Event, on=EventGuest.event == Event.id)
        .where(
            Customer.deleted_at.is_null(),
            EventGuest.event == event_id,
            EventGuest.reply == "yes",
            EventGuest.replied_for == fn.date(Event.starts_at),
        )
        .count()
    )


def begun(event: Event) -> bool:
    """Under way or over: its start has passed, or a guest is ticked in."""
    here = EventGuest.select().where(EventGuest.event == event.id, EventGuest.attended)
    return event.starts_at <= clock.now() or here.exists()


@dataclass(frozen=True)
class Refusals:
    """Why an event can no longer be changed, cancelled or invited to (empty: it can):
    the domain refuses with these words and the window greys its buttons with them."""

    change: str
    cancel: str
    invite: str


def refusals(event: Event) -> Refusals:
    if event.status == "cancelled":
        return Refusals(
            tr("This event was cancelled: copy it instead."),
            tr("This event is already cancelled."),
            tr("This event was cancelled: nobody can be invited."),
        )
    past = event.starts_at.date() < clock.today()
    return Refusals(
        "",
        tr("This event has begun: it can no longer be cancelled.") if begun(event) else "",
        tr("This event has taken place: invite to the next one.") if past else "",
    )


def _check(data: EventInput, event_id: int | None) -> dict[str, object]:
    errors: dict[str, str] = {}
    title = " ".join(data.title.split())
    if not title:
        errors["title"] = tr("Give the event a title, e.g. Spring preview.")
    elif len(title) > TITLE_LIMIT:
        errors["title"] = too_long(TITLE_LIMIT)
    if data.kind not in EVENT_KINDS:
        errors["kind"] = tr("Choose what kind of event it is.")
    today = clock.today()
    if data.starts_at is None:
        errors["starts_at"] = tr("Choose the day and time it starts.")
    elif not 2000 <= data.starts_at.year <= today.year + rules.EVENT_YEARS_AHEAD:
        errors["starts_at"] = tr("Choose a day between 2000 and {year}.").format(
            year=today.year + rules.EVENT_YEARS_AHEAD
        )
    for name, text, limit in (
        ("place", data.place, PLACE_LIMIT),
        ("gift", data.gift, GIFT_LIMIT),
        ("notes", data.notes, NOTES_LIMIT),
    ):
        if len(text.strip()) > limit:
            errors[name] = too_long(limit)
    if data.capacity is not None:
        if not 1 <= data.capacity <= CAPACITY_LIMIT:
            errors["capacity"] = tr("Type how many guests fit, from 1 to {n}.").format(
                n=f"{CAPACITY_LIMIT:,}"
            )
        elif event_id is not None and (taken := accepted(event_id)) > data.capacity:
            errors["capacity"] = trn(
                "{n} guest has already said yes: the capacity cannot be lower.",
                "{n} guests have already said yes: the capacity cannot be lower.",
                taken,
            ).format(n=taken)
    if data.budget is not None:
        problem = check_amount(data.budget, maximum=MAX_SALE)
        if data.budget < 0:
            problem = tr("The budget cannot be below zero.")
        if problem:
            errors["budget"] = problem
    if data.organiser_id is not None and Staff.get_or_none(Staff.id == data.organiser_id) is None:
        errors["organiser"] = tr("Choose who organises it.")
    if errors:
        raise ValidationError(errors)
    return {
        "title": title,
        "kind": data.kind,
        "starts_at": data.starts_at.replace(second=0, microsecond=0),  # type: ignore[union-attr]
        "place": data.place.strip(),
        "capacity": data.capacity,
        "budget": data.budget,
        "gift": data.gift.strip(),
        "organiser": data.organiser_id,
        "notes": data.notes.strip(),
    }


def save_event(actor: Staff, data: EventInput, event_id: int | None = None) -> Event:
    """Add an event, or change the one with `event_id`; its guests' tasks follow."""
    permissions.require(actor, "events")
    with database.atomic("IMMEDIATE"):
        values = _check(data, event_id)
        if event_id is None:
            event = Event.create(**values)
            audit.record("event_planned", actor, title=event.title)
        else:
            event = get_event(event_id)
            if why := refusals(event).change:
                raise ValidationError({"event": why})
            if values["starts_at"] != event.starts_at and begun(event):
                raise ValidationError(
                    {"starts_at": tr("This event has begun: its day and time stay as they were.")}
                )
            Event.update(**values, updated_at=clock.now()).where(Event.id == event_id).execute()
            audit.record("event_changed", actor, title=values["title"])
        rules.plan_events()
    return get_event(event.id)


def cancel_event(actor: Staff, event_id: int) -> Event:
    """Call an event off; the guests who had been told hear it through their clerk."""
    permissions.require(actor, "events")
    with database.atomic("IMMEDIATE"):
        event = get_event(event_id)
        if why := refusals(event).cancel:
            raise ValidationError({"event": why})
        Event.update(status="cancelled", cancelled_at=clock.now(), updated_at=clock.now()).where(
            Event.id == event_id
        ).execute()
        audit.record("event_cancelled", actor, title=event.title)
        rules.plan_events()
    return get_event(event_id)


def same_day_next_year(moment: dt.datetime) -> dt.datetime:
    """A year on; 29 February becomes the 28th."""
    try:
        return moment.replace(year=moment.year + 1)
    except ValueError:
        return moment.replace(year=moment.year + 1, day=28)


def copied_already(event_id: int) -> Event | None:
    """The event already planned under the same title on the day its copy a year on would
    start, if any: pressing Copy twice would plan the same event twice on one day."""
    source = get_event(event_id)
    day = same_day_next_year(source.starts_at).date()
    return (
        Event.select()
        .where(
            Event.id != source.id,
            Event.title == source.title,
            Event.status != "cancelled",
            Event.starts_at >= dt.datetime.combine(day, dt.time()),
            Event.starts_at < dt.datetime.combine(day + dt.timedelta(days=1), dt.time()),
        )
        .order_by(Event.starts_at)
        .first()
    )


def copy_event(actor: Staff, event_id: int, starts_at: dt.datetime | None = None) -> Event:
    """Last year's event again (a year on, unless another day is given), with no guests."""
    source = get_event(event_id)
    when = starts_at or same_day_next_year(source.starts_at)
    return save_event(
        actor,
        EventInput(
            source.title,
            source.kind,
            when,
            source.place,
            source.capacity,
            source.budget,
            source.gift,
            source.organiser_id,
            source.notes,
        ),
    )


@dataclass(frozen=True)
class Goal:
    """The year's events against the owner's goal (option events_a_year)."""

    year: int
    held: int  # taken place
    planned: int  # still to come this year
    goal: int

    @property
    def missing(self) -> int:
        return max(self.goal - self.held - self.planned, 0)

    def reminder(self) -> str:
        """What the events page says when the shop is behind its goal; empty when on track."""
        if not self.missing:
            return ""
        return trn(
            "{count} of at least {goal} events for {year} held or planned: plan {n} more.",
            "{count} of at least {goal} events for {year} held or planned: plan {n} more.",
            self.missing,
        ).format(count=self.held + self.planned, goal=self.goal, year=self.year, n=self.missing)


def goal(today: dt.date | None = None) -> Goal:
    today = today or clock.today()
    start, end = dt.datetime(today.year, 1, 1), dt.datetime(today.year + 1, 1, 1)
    events = list(
        Event.select(Event.starts_at).where(
            Event.status == "planned", Event.starts_at >= start, Event.starts_at < end
        )
    )
    held = sum(1 for e in events if e.starts_at.date() < today)
    return Goal(today.year, held, len(events) - held, options.get("events_a_year"))

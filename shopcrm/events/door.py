"""At the door: who came, who walked in uninvited, whom she brought, and the gifts handed out.

The clerk at the door finds each guest with the counter's search (phone ending,
pinyin, name) and ticks her; a customer who was not invited is ticked all the same,
as a walk-in. A friend she brings is found or quick-added on the spot, and a new
customer brought this way is recorded as her referral.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from shopcrm.care import rules
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers import profiles
from shopcrm.events.guests import get_guest
from shopcrm.events.labels import event_title
from shopcrm.events.planning import get_event
from shopcrm.staff import permissions
from shopcrm.storage.models import Event, EventGuest, Gift, Staff, database
from shopcrm.wallet import gifts

LATE_TICK_DAYS = 7  # who came can still be ticked a week after, from the list at the door


def _at_the_door(event: Event) -> None:
    """Guests are ticked on the day, or in the week after from the paper list; later
    ticks would rewrite what an event brought long after it was read."""
    if event.status == "cancelled":
        raise ValidationError({"event": tr("This event was cancelled.")})
    day = event.starts_at.date()
    if day > clock.today():
        raise ValidationError(
            {
                "event": tr("The event is on {date}: guests are ticked on the day.").format(
                    date=day.isoformat()
                )
            }
        )
    last = day + dt.timedelta(days=LATE_TICK_DAYS)
    if last < clock.today():
        raise ValidationError(
            {
                "event": tr(
                    "The event was on {date}: who came could be ticked until {last}."
                ).format(date=day.isoformat(), last=last.isoformat())
            }
        )


def check_in(
    actor: Staff, event_id: int, customer_id: int, brought_by_id: int | None = None
) -> EventGuest:
    """She is here: her invitation is ticked, or she is added as a walk-in."""
    permissions.require(actor, "serve")
    with database.atomic("IMMEDIATE"):
        event = get_event(event_id)
        _at_the_door(event)
        customer = profiles.get_customer(customer_id)
        if profiles.was_erased(customer_id):
            raise ValidationError({"customer": profiles.erased_words()})
        guest = EventGuest.get_or_none(event=event_id, customer=customer_id)
        if guest is None:
            guest = EventGuest.create(
                event=event_id,
                customer=customer_id,
                clerk=customer.clerk_id,
                brought_by=brought_by_id,
            )
        EventGuest.update(attended=True, arrived_at=guest.arrived_at or clock.now()).where(
            EventGuest.id == guest.id
        ).execute()
        rules.plan_events()
    return get_guest(guest.id)


def undo_check_in(actor: Staff, guest_id: int) -> EventGuest | None:
    """Ticked by mistake: a walk-in comes off the list (None), an invited guest is unticked."""
    permissions.require(actor, "serve")
    with database.atomic("IMMEDIATE"):
        guest = get_guest(guest_id)
        _at_the_door(get_event(guest.event_id))
        walk_in = guest.invited_on is None
        _gift_in_wallet(actor, guest, False)
        if walk_in:
            guest.delete_instance()
        else:
            EventGuest.update(
                attended=False, arrived_at=None, gift_given=False, gift_by=None
            ).where(EventGuest.id == guest_id).execute()
        rules.plan_events()
    return None if walk_in else get_guest(guest_id)


def bring_guest(actor: Staff, event_id: int, by_guest_id: int, name: str, phone: str) -> EventGuest:
    """A friend she brought: found by phone, or added as a new customer she referred."""
    permissions.require(actor, "serve")
    with database.atomic("IMMEDIATE"):
        host = get_guest(by_guest_id)
        if host.event_id != event_id or not host.attended:
            raise ValidationError({"guest": tr("Choose who brought this guest from those here.")})
        _at_the_door(get_event(event_id))
        friend = profiles.find_by_phone(phone)
        if friend is None:
            friend = profiles.quick_add(
                name,
                phone,
                clerk_id=host.customer.clerk_id,
                referred_by_id=host.customer_id,
                staff_id=actor.id,
            )
        if friend.id == host.customer_id:
            raise ValidationError(
                {"phone": tr("That is the phone of the guest who brought this one.")}
            )
        return check_in(actor, event_id, friend.id, brought_by_id=host.customer_id)


def hand_gift(actor: Staff, guest_id: int, given: bool = True) -> EventGuest:
    """The event's gift was handed to her (by `actor`), or that was a mistake."""
    permissions.require(actor, "serve")
    with database.atomic("IMMEDIATE"):
        guest = get_guest(guest_id)
        if given and not guest.attended:
            raise ValidationError(
                {"gift": tr("Tick the guest as here first: gifts go to those who came.")}
            )
        EventGuest.update(gift_given=given, gift_by=actor.id if given else None).where(
            EventGuest.id == guest_id
        ).execute()
        _gift_in_wallet(actor, guest, given)
    return get_guest(guest_id)


def _gift_in_wallet(actor: Staff, guest: EventGuest, given: bool) -> None:
    """The event's gift is in her wallet as handed over; a tick taken back takes it out."""
    key = f"event_guest:{guest.id}"
    if given:
        gifts.write(
            guest.customer_id,
            guest.event.gift or event_title(guest.event.title, False),
            Decimal(0),
            "event",
            key=key,
            by=actor,
            handed=True,
        )
    else:
        Gift.delete().where(Gift.source_key == key).execute()

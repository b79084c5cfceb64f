"""A year of VIP events, one coming within the fortnight and one planned further ahead.

The owner invites her best customers, those who told their clerk they like that kind
of event first; the month's birthday party invites those born that month. A kind that
asks for consent to promotions (care.rules.consent_kinds: a preview) invites only
those who gave it. Most who said yes come, some who said maybe, a few walk in, and now
and then a guest brings a friend who registers at the door as her referral. The
coming event's invitations went out this morning, for the clerks to make today.

Guests are a few dozen an event whatever the size of the shop: they come from one
indexed query of the best customers, and the rows are written in bulk.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from shopcrm.care import rules
from shopcrm.demo import vocabulary as words
from shopcrm.demo.draws import Weighted
from shopcrm.demo.people import registered_after
from shopcrm.demo.shop import Shop
from shopcrm.demo.writer import EVENT_COLUMNS, GUEST_COLUMNS, Row, insert_rows, next_id
from shopcrm.staff import accounts
from shopcrm.storage.models import EVENT_KINDS, database

POOL = 400  # the best customers the owner chooses her guests from
TOLD_LIKES = 0.3  # of them, who told her clerk what events she likes
TOLD_TIMES = 0.6  # of those, who also said when she can come
LIKED_FIRST = 0.3  # how far ahead in the owner's list liking the kind puts her
CHANCE = 0.5  # how far behind or ahead the owner's mood puts her
REPLIES = Weighted([("yes", 55), ("no", 20), ("maybe", 10), ("no_answer", 15)])
SAYS_YES = 0.4  # a guest who likes the kind, and would not have said yes, says it after all
COMES = {"yes": 0.88, "maybe": 0.45, "no_answer": 0.1, "no": 0.0}
WALK_INS, FRIENDS = 4, 2  # at most, an event
GIFTED = 0.95  # of those who came, handed the gift (a few left early)


@dataclass(frozen=True)
class Candidate:
    """One of the best customers, as the owner sees her when choosing guests."""

    id: int
    rank: float  # her place in the list by spending, 0 the best
    clerk_id: int | None
    consents: bool
    birth_month: int | None
    registered: str
    likes: frozenset[str]


@dataclass(frozen=True)
class Made:
    """What the events added, for the demo's summary."""

    events: int
    referrals: int  # friends brought to an event who registered there


@dataclass
class Writing:
    """The event rows being made, and what every event shares."""

    shop: Shop
    owner: int | None
    consent: frozenset[str]
    first_id: int
    events: list[Row]
    guests: list[Row]


def _stamp(moment: dt.datetime) -> str:
    return moment.isoformat(" ", "seconds")


def _pool(rng: random.Random) -> list[Candidate]:
    """The best customers by spending (an index walk), some with the events they like."""
    rows = database.execute_sql(
        """SELECT id, clerk_id, accepts_promotions, CAST(substr(birth_date, 6, 2) AS INTEGER),
                  created_at
             FROM customer WHERE deleted_at IS NULL AND visit_count > 0
            ORDER BY total_spent DESC, id DESC LIMIT ?""",
        (POOL,),
    ).fetchall()
    pool, told = [], []
    for n, (cid, clerk, consents, month, registered) in enumerate(rows):
        likes: frozenset[str] = frozenset()
        if rng.random() < TOLD_LIKES:
            likes = frozenset(words.LIKED_KINDS(rng) for _ in range(rng.randint(1, 2)))
            times = rng.choice(words.EVENT_TIMES) if rng.random() < TOLD_TIMES else None
            told.append((",".join(k for k in EVENT_KINDS if k in likes), times, cid))
        pool.append(Candidate(cid, n / len(rows), clerk, bool(consents), month, registered, likes))
    database.connection().executemany(
        "UPDATE customer SET event_kinds = ?, event_times = ? WHERE id = ?", told
    )
    return pool


def _invited(
    rng: random.Random,
    plan: words.EventPlan,
    day: dt.date,
    invited_on: dt.date,
    pool: list[Candidate],
    w: Writing,
) -> list[Candidate]:
    """Whom the owner invites on `invited_on`: within the consent rule and the places, the
    best and the keen first, each event a little differently."""
    before = invited_on.isoformat()
    fits = [
        c
        for c in pool
        if c.registered < before
        and (c.consents or plan.kind not in w.consent)
        and (plan.kind != "birthday_party" or c.birth_month == day.month)
    ]
    scored = [
        (c.rank + rng.random() * CHANCE - (LIKED_FIRST if plan.kind in c.likes else 0), c.id, c)
        for c in fits
    ]
    return [c for _, _, c in sorted(scored)[: plan.capacity]]


def _event(rng: random.Random, plan: words.EventPlan, start: dt.datetime, w: Writing) -> int:
    """The event's row, planned a week or two before its invitations went out."""
    event_id = w.first_id + len(w.events)
    planned_ago = (w.shop.today - start.date()).days + rules.INVITE_LEAD_DAYS + rng.randint(5, 15)
    planned = w.shop.stamp(rng, planned_ago)
    w.events.append(
        (event_id, plan.titled(start.date()), plan.kind, _stamp(start), plan.place,
         plan.capacity, plan.budget * 100, plan.gift, w.owner, "", "planned", planned, planned)
    )  # fmt: skip
    return event_id


def _came(
    rng: random.Random, start: dt.datetime, w: Writing
) -> tuple[bool, str | None, bool, int | None]:
    """(attended, arrived at, gift given, given by) of a guest who came."""
    arrived = _stamp(start + dt.timedelta(minutes=rng.randint(-10, 40)))
    gifted = rng.random() < GIFTED
    return True, arrived, gifted, rng.choice(w.shop.clerk_ids) if gifted else None


def _held(
    rng: random.Random, plan: words.EventPlan, day: dt.date, pool: list[Candidate], w: Writing
) -> int:
    """A past event: invitations ten days ahead, the replies, the door; the friends brought."""
    start = dt.datetime.combine(day, dt.time.fromisoformat(plan.time))
    event_id = _event(rng, plan, start, w)
    invited_on = day - dt.timedelta(days=rules.INVITE_LEAD_DAYS + rng.randint(0, 3))
    invited = _invited(rng, plan, day, invited_on, pool, w)
    came: list[Candidate] = []
    for guest in invited:
        reply = REPLIES(rng)
        if plan.kind in guest.likes and reply != "yes" and rng.random() < SAYS_YES:
            reply = "yes"
        replied_ago = (w.shop.today - day).days + rules.INVITE_LEAD_DAYS - rng.randint(0, 5)
        door: tuple[bool, str | None, bool, int | None] = (False, None, False, None)
        if rng.random() < COMES[reply]:
            door = _came(rng, start, w)
            came.append(guest)
        w.guests.append(
            (event_id, guest.id, guest.clerk_id, invited_on.isoformat(), w.owner, reply,
             w.shop.stamp(rng, replied_ago), door[0], door[1], None, *door[2:])
        )  # fmt: skip
    asked = {c.id for c in invited}
    strangers = [c for c in pool if c.id not in asked and c.registered < day.isoformat()]
    for guest in rng.sample(strangers, min(len(strangers), rng.randint(1, WALK_INS))):
        door = _came(rng, start, w)
        w.guests.append(
            (event_id, guest.id, guest.clerk_id, None, None, None, None, *door[:2], None,
             *door[2:])
        )  # fmt: skip
    if came:
        friends = _friends(day, rng.randint(1, FRIENDS), w)
        for friend in friends:
            host = rng.choice(came)
            door = _came(rng, start, w)
            database.execute_sql(
                """UPDATE customer SET created_at = ?, updated_at = ?, referred_by_id = ?,
                                        clerk_id = ?
                    WHERE id = ?""",
                (door[1], door[1], host.id, host.clerk_id, friend),
            )
            w.guests.append(
                (event_id, friend, host.clerk_id, None, None, None, None, *door[:2], host.id,
                 *door[2:])
            )  # fmt: skip
        return len(friends)
    return 0


def _friends(day: dt.date, count: int, w: Writing) -> list[int]:
    """Visitors who registered after the event, unreferred and never buying: moved back
    to the door, where her friend brought them, they become her referrals (and are no
    longer found for a later event)."""
    days_ago = (w.shop.today - day).days
    return [
        row[0]
        for row in database.execute_sql(
            """SELECT id FROM customer
                WHERE status = 'visitor' AND deleted_at IS NULL AND id >= ?
                  AND created_at > ? AND referred_by_id IS NULL
                ORDER BY id LIMIT ?""",
            (registered_after(w.shop, days_ago), f"{day} 23:59:59", count),
        )
    ]


def _coming(
    rng: random.Random, plan: words.EventPlan, day: dt.date, pool: list[Candidate], w: Writing
) -> None:
    """A coming event; when its invitations went out this morning, nobody has replied yet."""
    event_id = _event(rng, plan, dt.datetime.combine(day, dt.time.fromisoformat(plan.time)), w)
    if plan.invited:
        today = w.shop.today
        w.guests.extend(
            (event_id, c.id, c.clerk_id, today.isoformat(), w.owner, None, None, False, None,
             None, False, None)
            for c in _invited(rng, plan, day, today, pool, w)
        )  # fmt: skip


def _last_held(plan: words.EventPlan, today: dt.date) -> dt.date:
    """The latest day before today it was held on, within the year."""
    month, day = (int(part) for part in (plan.on or "").split("-"))
    held = dt.date(today.year, month, day)
    return held if held < today else held.replace(year=today.year - 1)


def fill_events(rng: random.Random, shop: Shop) -> Made:
    """The demo's events and their guests, written in the demo's transaction after the
    figures are settled (the owner invites by spending)."""
    owner = accounts.owner()
    w = Writing(
        shop,
        owner.id if owner else None,
        frozenset(rules.consent_kinds()),
        next_id("event"),
        [],
        [],
    )
    pool = _pool(rng)
    year = words.EVENTS[shop.kind]
    referrals = 0
    for plan in sorted(year.past, key=lambda p: _last_held(p, shop.today)):
        referrals += _held(rng, plan, _last_held(plan, shop.today), pool, w)
    for plan in year.coming:
        _coming(rng, plan, shop.today + dt.timedelta(days=plan.in_days or 0), pool, w)
    insert_rows("event", EVENT_COLUMNS, w.events)
    insert_rows("event_guest", GUEST_COLUMNS, w.guests)
    database.execute_sql(
        """UPDATE event_guest SET replied_for =
                  (SELECT date(e.starts_at) FROM event e WHERE e.id = event_guest.event_id)
            WHERE reply IS NOT NULL"""
    )
    return Made(len(w.events), referrals)

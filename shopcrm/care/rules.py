"""The care plan: the follow-up rules of PRODUCT.md section 6 turned into CareTasks.

`plan(today)` runs at start-up, at night and when the follow-ups page is
refreshed. Each rule states in one set-based query which tasks the data asks
for, due within the rule's window of days; planning then writes only the
difference, so it stays cheap for a shop of 100,000 customers:

- a task asked for and not there yet is added; its `key` (kind, fact,
  occurrence) makes a second run add nothing twice;
- an open or cancelled task whose facts changed (due day, clerk, what it is
  about) is updated, or opened again;
- an open task in a rule's window that the data no longer asks for (the sale
  was corrected, the birthday moved, she withdrew her consent, she was
  deleted, the complaint was reopened) is cancelled.
Done, skipped and lapsed tasks are history and are never touched.

Consent: festival, change-of-season and "we miss you" messages only go to
customers who accept promotional messages; calls about her purchase,
complaint or referral, thanks, and her own and her family's days are service
and go to everyone. A festival greets most customers in one batch per clerk
(batch_plan.py) and only the few who matter one by one (audience.py). A task
lapses once it has lost its point (priorities.STILL_WORTH): a festival's
greeting the day after, a birthday's a week after. Two "we miss you" notes
skipped on purpose are her answer: she gets no more. A follow-up recorded in
the complaint wizard counts as done.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from shopcrm.care import audience, batch_plan, festivals, priorities
from shopcrm.core import clock
from shopcrm.core.calendar_dates import yearly_dates_on
from shopcrm.core.clock import now
from shopcrm.core.money import to_fen
from shopcrm.storage import busy, options, settings
from shopcrm.storage.models import EVENT_KINDS as EVENT_KIND_CODES
from shopcrm.storage.models import database

LOOKBACK_DAYS = 14  # a call up to two weeks late still helps; older facts are history
LEAD_DAYS = 7  # tasks appear a week ahead, so the coming days can be planned
LAPSE_DAYS = priorities.STILL_WORTH["birthday"]  # her day is greeted up to a week late
GIFT_LEAD_DAYS = 3  # cake or flowers are ordered three days before her birthday
THANKS_DAYS = 7
MISS_YOU_DAYS = 14
MISS_YOU_SKIPS = 2  # notes skipped on purpose after which she gets no more
VOUCHER_NOTICE_DAYS = 7  # a voucher's reminder comes a week before it runs out

CONSENT_KINDS = ("festival", "season", "miss_you")
PURCHASE_KINDS = ("purchase_call", "delivery_check", "installation_check", "satisfaction_call")
REFERRAL_KINDS = ("referral_thanks", "referral_welcome", "referral_call")
# Furniture: (kind, first day, last day) after the sale: delivery, installation, satisfaction.
FURNITURE_STEPS = (
    ("delivery_check", 1, 1),
    ("installation_check", 5, 15),
    ("satisfaction_call", 15, 30),
)

_DESIRED = (
    "INSERT INTO temp.desired_follow_up"
    " (key, customer_id, kind, due_on, deadline, clerk_id, detail, budget) "
)
_TEMP_TABLES = (
    """CREATE TEMP TABLE IF NOT EXISTS desired_follow_up (
         key TEXT PRIMARY KEY, customer_id INTEGER, kind TEXT, due_on TEXT, deadline TEXT,
         clerk_id INTEGER, detail TEXT, budget INTEGER)""",
    # month_day has no type, like the index expression it is compared with, so that
    # no affinity conversion keeps SQLite from seeking in that index.
    """CREATE TEMP TABLE IF NOT EXISTS care_days (
         on_date TEXT, month INTEGER, day INTEGER, lunar INTEGER, year INTEGER, month_day)""",
    """CREATE TEMP TABLE IF NOT EXISTS care_birthdays (
         customer_id INTEGER, clerk_id INTEGER, tier_id INTEGER, on_date TEXT, lunar INTEGER,
         year INTEGER)""",
    """CREATE TEMP TABLE IF NOT EXISTS care_festivals (
         festival_id INTEGER, name TEXT, kind TEXT, on_date TEXT, year INTEGER)""",
)
# Her own birthdays on the planned days: the profile's date, else her first key date of
# kind birthday. Both halves look each day up in an index (schema.py), not every
# customer: CROSS JOIN keeps the few days as the outer loop.
_BIRTHDAYS = """
    SELECT c.id AS customer_id, c.clerk_id, c.tier_id, w.on_date, w.lunar, w.year
      FROM temp.care_days w
      CROSS JOIN customer c
        ON substr(c.birth_date, 6, 5) = w.month_day AND c.birthday_lunar = w.lunar
     WHERE c.deleted_at IS NULL AND c.birth_date IS NOT NULL
    UNION ALL
    SELECT c.id, c.clerk_id, c.tier_id, w.on_date, w.lunar, w.year
      FROM temp.care_days w
      CROSS JOIN key_date k ON k.month = w.month AND k.day = w.day AND k.lunar = w.lunar
      JOIN customer c ON c.id = k.customer_id
     WHERE c.deleted_at IS NULL AND c.birth_date IS NULL AND k.kind = 'birthday'
       AND k.id = (SELECT min(k2.id) FROM key_date k2
                    WHERE k2.customer_id = k.customer_id AND k2.kind = 'birthday')
"""


@dataclass(frozen=True)
class Window:
    """The tasks a rule owns: these kinds, due from `start` to `end` (None: on any day)."""

    kinds: tuple[str, ...]
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Birthday:
    on: dt.date
    customer_id: int
    name: str
    phone: str
    lunar: bool


@dataclass(frozen=True)
class PlanResult:
    created: int
    updated: int
    cancelled: int
    lapsed: int
    batches: batch_plan.BatchChanges


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _days(count: int) -> str:
    """A date modifier for SQLite's date(): '+7 days'."""
    return f"{count:+d} days"


def _want(select: str, params: Sequence[object]) -> None:
    database.execute_sql(_DESIRED + select, list(params))


def _span(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=LOOKBACK_DAYS), today + dt.timedelta(days=LEAD_DAYS)


def _greeting_span(today: dt.date) -> tuple[dt.date, dt.date]:
    return today - dt.timedelta(days=LAPSE_DAYS), today + dt.timedelta(days=LEAD_DAYS)


# --- the rules -----------------------------------------------------------------------------


def _purchase_steps() -> tuple[tuple[str, int, int], ...]:
    if options.get("shop_kind") == "furniture":
        return FURNITURE_STEPS
    after = options.get("care_call_after_days")
    return (("purchase_call", after, after + options.get("care_call_window_days")),)


def _purchases(today: dt.date) -> list[Window]:
    """A sale of at least X: a call after N days (furniture: three checks).

    Planned from the day of the sale (shown from its due day), so a changed
    number of days moves the call instead of cancelling it.
    """
    start, end = _span(today)
    minimum = to_fen(options.get("care_call_min_amount"))
    for kind, first, last in _purchase_steps():
        _want(
            """SELECT ? || ':' || p.id, p.customer_id, ?, date(p.date, ?), date(p.date, ?),
                      coalesce(c.clerk_id, p.clerk_id),
                      json_object('purchase', p.id, 'date', p.date, 'amount', p.total,
                                  'item', (SELECT i.description FROM purchase_item i
                                            WHERE i.purchase_id = p.id ORDER BY i.id LIMIT 1)),
                      NULL
                 FROM purchase p JOIN customer c ON c.id = p.customer_id
                WHERE c.deleted_at IS NULL AND p.total >= ? AND p.total > 0
                  AND p.date BETWEEN ? AND ?""",
            (
                kind,
                kind,
                _days(first),
                _days(last),
                minimum,
                _iso(start - dt.timedelta(days=first)),
                _iso(end),
            ),
        )
    return [Window(PURCHASE_KINDS, start, end)]


def _referrals(today: dt.date) -> list[Window]:
    """A referred friend registers: thank both the same day, call her within a week."""
    start, end = _span(today)
    call_days = options.get("referral_call_days")
    pairs = """FROM customer f JOIN customer r ON r.id = f.referred_by_id
              WHERE f.deleted_at IS NULL AND f.referred_by_id IS NOT NULL
                AND r.deleted_at IS NULL AND f.created_at >= ? AND f.created_at < ?"""
    span = (_iso(start), _iso(end + dt.timedelta(days=1)))
    _want(
        f"""SELECT 'referral_thanks:' || f.id, r.id, 'referral_thanks', date(f.created_at),
                   date(f.created_at), coalesce(r.clerk_id, f.clerk_id),
                   json_object('friend', f.name, 'friend_id', f.id), NULL {pairs}""",
        span,
    )
    for kind, days in (("referral_welcome", 0), ("referral_call", call_days)):
        _want(
            f"""SELECT ? || ':' || f.id, f.id, ?, date(f.created_at), date(f.created_at, ?),
                       coalesce(f.clerk_id, r.clerk_id),
                       json_object('referrer', r.name, 'referrer_id', r.id), NULL {pairs}""",
            (kind, kind, _days(days), *span),
        )
    return [Window(REFERRAL_KINDS, start, end)]


def thank_you_levels() -> list[int]:
    """The cumulative spends (fen) that earn a thank-you, lowest first."""
    return [to_fen(amount) for amount in options.get("thank_you_thresholds")]


def _spend_thanks(today: dt.date) -> list[Window]:
    """Her spending, all told, reaches a level: a thank-you on the day of that purchase
    (one, for the highest level, when a big purchase passes several).

    Her total after each recent purchase is her stored total less what she spent
    after it, so only the fortnight's sales are read, not her whole history.
    """
    start, end = _span(today)
    levels = thank_you_levels()
    if levels:
        values = ", ".join("(?)" for _ in levels)
        _want(
            f"""WITH recent AS (
                  SELECT p.customer_id, p.date, p.total,
                         c.total_spent - coalesce(sum(p.total) OVER (
                           PARTITION BY p.customer_id ORDER BY p.date DESC, p.id DESC
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS upto
                    FROM purchase p JOIN customer c ON c.id = p.customer_id
                   WHERE p.date >= ? AND c.deleted_at IS NULL),
                levels(amount) AS (VALUES {values}),
                crossed AS (
                  SELECT r.customer_id, l.amount, min(r.date) AS on_date
                    FROM recent r JOIN levels l
                      ON r.upto >= l.amount AND r.upto - r.total < l.amount
                   GROUP BY r.customer_id, l.amount)
                SELECT 'spend_thanks:' || x.customer_id || ':' || x.amount, x.customer_id,
                       'spend_thanks', x.on_date, date(x.on_date, ?), c.clerk_id,
                       json_object('amount', x.amount), NULL
                  FROM crossed x JOIN customer c ON c.id = x.customer_id
                 WHERE x.on_date BETWEEN ? AND ?
                   AND NOT EXISTS (SELECT 1 FROM crossed y
                                    WHERE y.customer_id = x.customer_id
                                      AND y.on_date = x.on_date AND y.amount > x.amount)""",
            (_iso(start), *levels, _days(THANKS_DAYS), _iso(start), _iso(end)),
        )
    return [Window(("spend_thanks",), start, end)]


# The year's top N spenders without summing every sale of the year: the N-th best among
# the biggest spenders of all time who bought this year is a floor, and no one whose
# all-time total is below it can have spent more than that this year.
_TOP_SPENDERS = """
    WITH bought AS (SELECT id, clerk_id, total_spent FROM customer
                     WHERE deleted_at IS NULL AND last_purchase_on >= :first),
         sample AS (SELECT id FROM bought ORDER BY total_spent DESC LIMIT :sample),
         floor AS (SELECT coalesce(min(spent), 0) AS amount FROM (
                     SELECT (SELECT sum(p.total) FROM purchase p WHERE p.customer_id = s.id
                               AND p.date BETWEEN :first AND :last) AS spent
                       FROM sample s ORDER BY spent DESC LIMIT :count)),
         ranked AS (SELECT b.id, b.clerk_id,
                           (SELECT sum(p.total) FROM purchase p WHERE p.customer_id = b.id
                               AND p.date BETWEEN :first AND :last) AS spent
                      FROM bought b, floor WHERE b.total_spent >= floor.amount)
    SELECT 'top_spender_visit:' || id || ':' || :year, id, 'top_spender_visit', :december,
           :last, clerk_id, json_object('year', :year, 'spent', spent), :budget
      FROM ranked WHERE spent > 0 ORDER BY spent DESC, id LIMIT :count
"""
SAMPLE_PER_PLACE = 20


def _top_spenders(today: dt.date) -> list[Window]:
    """The year's top N spenders: a visit with flowers in December."""
    start, end = _span(today)
    count = options.get("top_spenders")
    windows = []
    for year in sorted({start.year, end.year}):
        december, last = dt.date(year, 12, 1), dt.date(year, 12, 31)
        if start > last or end < december:
            continue
        database.execute_sql(
            _DESIRED + _TOP_SPENDERS,
            {
                "first": f"{year}-01-01",
                "last": _iso(last),
                "december": _iso(december),
                "year": year,
                "count": count,
                "sample": max(count * SAMPLE_PER_PLACE, 50),
                "budget": to_fen(options.get("gift_budget")),
            },
        )
        windows.append(Window(("top_spender_visit",), december, december))
    return windows


def _month_firsts(today: dt.date) -> list[dt.date]:
    """The 1sts of the months whose birthday list is in the plan's window."""
    start, end = _span(today)
    first = dt.date(start.year, start.month, 1)
    found = []
    while first <= end:
        if first >= start:
            found.append(first)
        first = (first + dt.timedelta(days=32)).replace(day=1)
    return found


def _month_last(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _fill_days(first: dt.date, last: dt.date) -> None:
    """Which yearly dates (solar and lunar) fall on each day from `first` to `last`."""
    rows = []
    day = first
    while day <= last:
        rows += [
            (_iso(day), month, of_month, lunar, year, f"{month:02d}-{of_month:02d}")
            for month, of_month, lunar, year in yearly_dates_on(day)
        ]
        day += dt.timedelta(days=1)
    database.connection().executemany("INSERT INTO temp.care_days VALUES (?, ?, ?, ?, ?, ?)", rows)


def _birthdays(today: dt.date) -> list[Window]:
    """Birthdays: the month's list on the 1st, a greeting on the day, a gift for key customers."""
    start, end = _greeting_span(today)
    months = _month_firsts(today)
    days_from = min([start, *months])
    days_to = max([end + dt.timedelta(days=GIFT_LEAD_DAYS), *map(_month_last, months)])
    _fill_days(days_from, days_to)
    database.execute_sql(f"INSERT INTO temp.care_birthdays {_BIRTHDAYS}")
    occurrence = "b.customer_id || ':' || CASE b.lunar WHEN 1 THEN 'L' ELSE '' END || b.year"
    detail = "json_object('date', b.on_date, 'lunar', b.lunar)"
    _want(
        f"""SELECT 'birthday:' || {occurrence}, b.customer_id, 'birthday', b.on_date, b.on_date,
                   b.clerk_id, {detail}, NULL
              FROM temp.care_birthdays b WHERE b.on_date BETWEEN ? AND ?""",
        (_iso(start), _iso(end)),
    )
    _want(
        f"""SELECT 'birthday_gift:' || {occurrence}, b.customer_id, 'birthday_gift',
                   date(b.on_date, ?), b.on_date, b.clerk_id, {detail}, ?
              FROM temp.care_birthdays b JOIN tier t ON t.id = b.tier_id
             WHERE t.rank >= ? AND date(b.on_date, ?) BETWEEN ? AND ?""",
        (
            _days(-GIFT_LEAD_DAYS),
            to_fen(options.get("gift_budget")),
            options.get("gift_min_tier_rank"),
            _days(-GIFT_LEAD_DAYS),
            _iso(start),
            _iso(end),
        ),
    )
    for first in months:
        month = first.strftime("%Y-%m")
        _want(
            """SELECT 'birthday_list:' || ? || ':' || coalesce(b.clerk_id, 0), NULL,
                      'birthday_list', ?, ?, b.clerk_id,
                      json_object('month', ?, 'count', count(*)), NULL
                 FROM temp.care_birthdays b WHERE b.on_date BETWEEN ? AND ?
                GROUP BY b.clerk_id""",
            (month, _iso(first), _iso(_month_last(first)), month, _iso(first),
             _iso(_month_last(first))),
        )  # fmt: skip
    return [
        Window(("birthday", "birthday_gift"), start, end),
        Window(("birthday_list",), *_span(today)),
    ]


def _family_days(today: dt.date) -> list[Window]:
    """Family birthdays and anniversaries she would like the shop to remember."""
    start, end = _greeting_span(today)
    _want(
        """SELECT 'family_day:' || k.id || ':' || CASE w.lunar WHEN 1 THEN 'L' ELSE '' END
                  || w.year, c.id, 'family_day', w.on_date, w.on_date, c.clerk_id,
                  json_object('label', k.label, 'kind', k.kind, 'date', w.on_date), NULL
             FROM key_date k
             JOIN customer c ON c.id = k.customer_id
             JOIN temp.care_days w ON w.month = k.month AND w.day = k.day AND w.lunar = k.lunar
            WHERE c.deleted_at IS NULL AND k.greet AND k.kind <> 'birthday'
              AND w.on_date BETWEEN ? AND ?""",
        (_iso(start), _iso(end)),
    )
    return [Window(("family_day",), start, end)]


def _festivals(today: dt.date) -> list[Window]:
    """Festivals and changes of season: a greeting for everyone who welcomes messages, one
    by one for the customers who matter most and in her clerk's batch for the others."""
    start, end = today, today + dt.timedelta(days=LEAD_DAYS)
    rows = [
        (festival.id, festival.name, "season" if festival.message_kind == "season" else "festival",
         _iso(day), day.year)
        for festival in festivals.active_festivals()
        for day in festivals.occurrences(festival, start, end)
    ]  # fmt: skip
    if rows:
        database.connection().executemany(
            "INSERT INTO temp.care_festivals VALUES (?, ?, ?, ?, ?)", rows
        )
        greeted = audience.greeted_already("(f.kind || ':' || f.festival_id || ':' || f.year)")
        _want(
            f"""SELECT f.kind || ':' || f.festival_id || ':' || f.year || ':' || c.id, c.id,
                      f.kind, f.on_date, f.on_date, c.clerk_id,
                      json_object('festival', f.festival_id, 'name', f.name, 'date', f.on_date),
                      NULL
                 FROM temp.care_festivals f CROSS JOIN customer c
                WHERE {audience.PERSONAL} AND NOT {greeted}""",
            (audience.personal_rank(),),
        )
        batch_plan.want()
    return [Window(("festival", "season"), start, end)]


def _miss_you(today: dt.date) -> list[Window]:
    """No purchase for the dormant days: a "we miss you" note from her clerk."""
    start, end = _span(today)
    dormant = options.get("dormant_days")
    _want(
        """SELECT 'miss_you:' || c.id || ':' || c.last_purchase_on, c.id, 'miss_you',
                  date(c.last_purchase_on, ?), date(c.last_purchase_on, ?), c.clerk_id,
                  json_object('last', c.last_purchase_on), NULL
             FROM customer c
            WHERE c.deleted_at IS NULL AND c.accepts_promotions
              AND c.last_purchase_on BETWEEN ? AND ?
              AND (SELECT count(*) FROM follow_up s
                    WHERE s.customer_id = c.id AND s.kind = 'miss_you'
                      AND s.status = 'skipped') < ?""",
        (
            _days(dormant),
            _days(dormant + MISS_YOU_DAYS),
            _iso(start - dt.timedelta(days=dormant)),
            _iso(end - dt.timedelta(days=dormant)),
            MISS_YOU_SKIPS,
        ),
    )
    return [Window(("miss_you",), start, end)]


def _complaints(today: dt.date) -> list[Window]:
    """A complaint awaiting its follow-up call (step 9) on the day the wizard set."""
    _want(
        """SELECT 'complaint_followup:' || cp.id || ':' || cp.attempt, cp.customer_id,
                  'complaint_followup', cp.followup_due, cp.followup_due,
                  coalesce(cp.clerk_id, c.clerk_id),
                  json_object('complaint', cp.id, 'category', cp.category,
                              'opened', date(cp.opened_at),
                              'item', coalesce(
                                (SELECT i.description FROM purchase_item i
                                  WHERE i.id = cp.item_id),
                                (SELECT i.description FROM purchase_item i
                                  WHERE i.purchase_id = cp.purchase_id ORDER BY i.id LIMIT 1))),
                  NULL
             FROM complaint cp JOIN customer c ON c.id = cp.customer_id
            WHERE c.deleted_at IS NULL AND cp.status = 'awaiting_followup'
              AND cp.followup_due IS NOT NULL""",
        (),
    )
    return [Window(("complaint_followup",))]


EVENT_KINDS = (
    "event_invitation",
    "event_reminder",
    "event_thanks",
    "event_missed",
    "event_cancelled",
)
INVITE_LEAD_DAYS = 10  # an invitation goes out about ten days ahead, not months
EVENT_PAST_DAYS = 20  # the events whose tasks planning still looks after, back from today
EVENT_YEARS_AHEAD = 3  # an event planned further ahead is a typing mistake
EVENT_AHEAD_DAYS = 366 * (EVENT_YEARS_AHEAD + 1)  # as far ahead as an event can be planned


def consent_kinds() -> list[str]:
    """The kinds of event only customers who accept promotional messages are invited to."""
    return [kind for kind in EVENT_KIND_CODES if options.get(f"event_consent_{kind}") == "yes"]


def _events(today: dt.date) -> list[Window]:
    """Each guest of an event through her clerk: the invitation (again when the event
    moved since she replied), a reminder the day before when she said yes before the day,
    thanks when she came, "we missed you" when she said yes and did not come, and word that
    it is off when it is cancelled and she had been told of it. Only the invitation asks
    her consent where the event's kind needs it: the rest is service for one who said yes.

    The invitation and the reminder are for the event's day, which their key names: an
    event moved brings new ones and the old ones go.
    """
    day = "date(e.starts_at)"
    invite_due = f"min(max(g.invited_on, date(e.starts_at, ?)), {day})"
    told = f"g.reply = 'yes' AND g.replied_for = {day}"
    _want(
        f"""SELECT t.kind || ':' || g.id
                   || CASE WHEN t.kind IN ('event_invitation', 'event_reminder')
                           THEN ':' || {day} ELSE '' END,
                  g.customer_id, t.kind,
                  CASE t.kind WHEN 'event_invitation' THEN {invite_due}
                              WHEN 'event_reminder' THEN date(e.starts_at, '-1 day')
                              WHEN 'event_cancelled' THEN min(date(e.cancelled_at), {day})
                              ELSE date(e.starts_at, '+1 day') END,
                  CASE t.kind WHEN 'event_invitation'
                                   THEN max({invite_due}, date(e.starts_at, '-1 day'))
                              WHEN 'event_reminder' THEN date(e.starts_at, '-1 day')
                              WHEN 'event_cancelled' THEN {day}
                              ELSE date(e.starts_at, ?) END,
                  c.clerk_id,
                  json_object('event', e.id, 'title', e.title, 'date', {day},
                              'time', strftime('%H:%M', e.starts_at), 'place', e.place,
                              'moved', t.kind = 'event_invitation' AND g.replied_for IS NOT NULL
                                       AND g.replied_for <> {day}),
                  NULL
             FROM event e JOIN event_guest g ON g.event_id = e.id
             JOIN customer c ON c.id = g.customer_id
             JOIN (SELECT 'event_invitation' AS kind UNION ALL SELECT 'event_reminder'
                   UNION ALL SELECT 'event_thanks' UNION ALL SELECT 'event_missed'
                   UNION ALL SELECT 'event_cancelled') t
            WHERE c.deleted_at IS NULL AND {day} BETWEEN ? AND ?
              AND CASE t.kind
                    WHEN 'event_invitation' THEN e.status = 'planned' AND g.invited_on IS NOT NULL
                         AND (c.accepts_promotions
                              OR e.kind NOT IN (SELECT value FROM json_each(?)))
                    WHEN 'event_reminder' THEN e.status = 'planned' AND {told}
                         AND date(g.replied_at) < {day}
                    WHEN 'event_thanks' THEN e.status = 'planned' AND g.attended
                    WHEN 'event_missed' THEN e.status = 'planned' AND {told} AND NOT g.attended
                         AND {day} < ?
                    ELSE e.status = 'cancelled' AND g.reply IN ('yes', 'maybe', 'no_answer')
                  END""",
        (
            _days(-INVITE_LEAD_DAYS),
            _days(-INVITE_LEAD_DAYS),
            _days(THANKS_DAYS),
            _iso(today - dt.timedelta(days=EVENT_PAST_DAYS)),
            _iso(today + dt.timedelta(days=EVENT_AHEAD_DAYS)),
            json.dumps(consent_kinds()),
            _iso(today),
        ),
    )
    start = today - dt.timedelta(days=EVENT_PAST_DAYS + INVITE_LEAD_DAYS)
    return [Window(EVENT_KINDS, start, today + dt.timedelta(days=EVENT_AHEAD_DAYS + 1))]


def _vouchers(today: dt.date) -> list[Window]:
    """A voucher of hers about to run out unused: her clerk reminds her a week before."""
    start, end = _span(today)
    due = f"max(date(v.valid_to, '{_days(-VOUCHER_NOTICE_DAYS)}'), v.valid_from)"
    _want(
        f"""SELECT 'voucher_expiry:' || v.id, v.customer_id, 'voucher_expiry', {due},
                  v.valid_to, c.clerk_id,
                  json_object('voucher', v.id, 'code', v.code, 'date', v.valid_to,
                              'value', v.value, 'percent', v.percent), NULL
             FROM voucher v JOIN customer c ON c.id = v.customer_id
            WHERE v.purchase_id IS NULL AND v.cancelled_at IS NULL
              AND v.valid_to BETWEEN ? AND ? AND {due} BETWEEN ? AND ?
              AND c.deleted_at IS NULL""",
        (
            _iso(start),
            _iso(end + dt.timedelta(days=VOUCHER_NOTICE_DAYS)),
            _iso(start),
            _iso(end),
        ),
    )
    return [Window(("voucher_expiry",), start, end)]


RULES: tuple[Callable[[dt.date], list[Window]], ...] = (
    _complaints,
    _purchases,
    _referrals,
    _spend_thanks,
    _top_spenders,
    _birthdays,
    _family_days,
    _festivals,
    _miss_you,
    _events,
    _vouchers,
)


# --- writing the difference ----------------------------------------------------------------


def _execute(sql: str, params: Sequence[object] = ()) -> int:
    return database.execute_sql(sql, list(params)).rowcount


def _update(stamp: str) -> int:
    """Update the tasks whose facts changed; how many.

    The customer is a fact too: after a merge her sales, and their calls, are the survivor's.
    """
    return _execute(
        """UPDATE follow_up
              SET customer_id = d.customer_id, due_on = d.due_on, deadline = d.deadline,
                  clerk_id = d.clerk_id, detail = d.detail, budget = d.budget, status = 'open',
                  updated_at = ?
             FROM temp.desired_follow_up d
            WHERE follow_up.key = d.key AND follow_up.status IN ('open', 'cancelled')
              AND follow_up.updated_at <= ?
              AND (follow_up.status = 'cancelled' OR follow_up.customer_id IS NOT d.customer_id
                   OR follow_up.due_on IS NOT d.due_on
                   OR follow_up.deadline IS NOT d.deadline
                   OR follow_up.clerk_id IS NOT d.clerk_id
                   OR follow_up.detail IS NOT d.detail OR follow_up.budget IS NOT d.budget)""",
        (stamp, stamp),
    )


def _new_tasks() -> list[int]:
    """The rows of temp.desired_follow_up that are no task yet."""
    return [
        row[0]
        for row in database.execute_sql(
            """SELECT d.rowid FROM temp.desired_follow_up d
                WHERE NOT EXISTS (SELECT 1 FROM follow_up t WHERE t.key = d.key)
                ORDER BY d.rowid"""
        )
    ]


def _add(stamp: str, first: int, last: int) -> int:
    """Add the tasks from these rows of temp.desired_follow_up not added yet; how many."""
    return _execute(
        """INSERT INTO follow_up (key, customer_id, kind, due_on, deadline, clerk_id, detail,
                                  budget, status, reason, created_at, updated_at)
           SELECT d.key, d.customer_id, d.kind, d.due_on, d.deadline, d.clerk_id, d.detail,
                  d.budget, 'open', '', ?, ?
             FROM temp.desired_follow_up d
            WHERE d.rowid BETWEEN ? AND ?
              AND NOT EXISTS (SELECT 1 FROM follow_up t WHERE t.key = d.key)""",
        (stamp, stamp, first, last),
    )


def _complaints_closed_in_wizard(stamp: str) -> None:
    """A follow-up recorded (or waived) in the complaint wizard closes its task the same way."""
    _execute(
        """UPDATE follow_up
              SET status = CASE WHEN cp.waive_reason <> '' THEN 'skipped' ELSE 'done' END,
                  reason = cp.waive_reason, done_at = cp.closed_at, updated_at = ?,
                  done_by_id = (SELECT s.staff_id FROM complaint_step s
                                 WHERE s.complaint_id = cp.id AND s.step = 9
                                   AND s.attempt = cp.attempt)
             FROM complaint cp
            WHERE follow_up.status = 'open' AND follow_up.kind = 'complaint_followup'
              AND follow_up.key = 'complaint_followup:' || cp.id || ':' || cp.attempt
              AND cp.status = 'closed'""",
        (stamp,),
    )


def _forget_erased() -> None:
    """No care for a customer whose data was erased at her request: her figures stay,
    her tasks go (cancelled as unwanted), and none comes back at the next plan."""
    database.execute_sql(
        """DELETE FROM temp.desired_follow_up
            WHERE customer_id IN (SELECT customer_id FROM audit_log WHERE action = 'erase')"""
    )


def _cancel(window: Window, stamp: str) -> int:
    marks = ", ".join("?" * len(window.kinds))
    sql = f"""UPDATE follow_up SET status = 'cancelled', updated_at = ?
               WHERE status = 'open' AND kind IN ({marks}) AND updated_at <= ?
                 AND NOT EXISTS (SELECT 1 FROM temp.desired_follow_up d
                                  WHERE d.key = follow_up.key)"""
    params: list[object] = [stamp, *window.kinds, stamp]
    if window.start is not None and window.end is not None:
        sql += " AND due_on BETWEEN ? AND ?"
        params += [_iso(window.start), _iso(window.end)]
    return _execute(sql, params)


def _cancel_unwanted(stamp: str) -> int:
    """Whatever the window: nothing for deleted customers, no messages without consent."""
    marks = ", ".join("?" * len(CONSENT_KINDS))
    return _execute(
        """UPDATE follow_up SET status = 'cancelled', updated_at = ?
            WHERE status = 'open' AND customer_id IN
                  (SELECT id FROM customer WHERE deleted_at IS NOT NULL)""",
        (stamp,),
    ) + _execute(
        f"""UPDATE follow_up SET status = 'cancelled', updated_at = ?
             WHERE status = 'open' AND kind IN ({marks})
               AND EXISTS (SELECT 1 FROM customer c
                            WHERE c.id = follow_up.customer_id AND NOT c.accepts_promotions)""",
        (stamp, *CONSENT_KINDS),
    )


def _lapse(today: dt.date, stamp: str) -> int:
    """Open tasks past the days they are still worth doing lapse; how many."""
    lapsed = 0
    for grace in sorted(set(priorities.STILL_WORTH.values())):
        kinds = [kind for kind, days in priorities.STILL_WORTH.items() if days == grace]
        marks = ", ".join("?" * len(kinds))
        lapsed += _execute(
            f"""UPDATE follow_up SET status = 'lapsed', updated_at = ?
                 WHERE status = 'open' AND kind IN ({marks}) AND deadline < ?""",
            (stamp, *kinds, _iso(today - dt.timedelta(days=grace))),
        )
    return lapsed


def _fresh_temp_tables() -> None:
    for statement in _TEMP_TABLES:
        database.execute_sql(statement)
    for table in ("desired_follow_up", "care_days", "care_birthdays", "care_festivals"):
        database.execute_sql(f"DELETE FROM temp.{table}")
    batch_plan.fresh()


def birthday_ids(first: dt.date, last: dt.date) -> list[int]:
    """Every customer whose own birthday, solar or lunar, falls from `first` to `last`."""
    return sorted({customer_id for customer_id, _ in birthday_dates(first, last)})


def birthday_dates(first: dt.date, last: dt.date) -> list[tuple[int, dt.date]]:
    """(customer, day) of each of her own birthdays, solar or lunar, from `first` to `last`."""
    with database.atomic():
        _fresh_temp_tables()
        _fill_days(first, last)
        rows = database.execute_sql(f"SELECT customer_id, on_date FROM ({_BIRTHDAYS})")
        return [(row[0], dt.date.fromisoformat(row[1])) for row in rows]


def birthdays_between(first: dt.date, last: dt.date, clerk_id: int | None) -> list[Birthday]:
    """Her own birthdays from `first` to `last` among a clerk's customers (None: nobody's)."""
    with database.atomic():
        _fresh_temp_tables()
        _fill_days(first, last)
        rows = database.execute_sql(
            f"""SELECT b.on_date, c.id, c.name, coalesce(c.phone, ''), b.lunar
                  FROM ({_BIRTHDAYS}) b JOIN customer c ON c.id = b.customer_id
                 WHERE b.clerk_id IS ?
                 ORDER BY b.on_date, c.name""",
            (clerk_id,),
        ).fetchall()
    return [Birthday(dt.date.fromisoformat(r[0]), r[1], r[2], r[3], bool(r[4])) for r in rows]


def plan(today: dt.date | None = None) -> PlanResult:
    """Bring the care tasks in line with the data as of `today`, all or nothing.

    The rules work out the tasks in a read transaction, into the connection's own temp
    table, so the counter writes while they run; the write lock is held only to change
    the tasks, new tasks in paced chunks first. A write made meanwhile is planned the
    next time (the follow-ups page plans again after every change it hears of): the
    tasks are derived from the data, and a task done or skipped meanwhile is never
    opened again. A plan cut short leaves whole tasks, and the next one does the rest.
    """
    today = today or clock.today()
    stamp = str(now())
    with database.atomic():
        _fresh_temp_tables()
        windows = [window for rule in RULES for window in rule(today)]
        _forget_erased()
        new = _new_tasks()
    with busy.holding("planning"):
        # A festival greets most customers: the new tasks go in paced chunks.
        created = busy.paced_writes(new, lambda chunk: _add(stamp, chunk[0], chunk[-1]), 2000)
        with database.atomic("IMMEDIATE"):
            updated = _update(stamp)
            _complaints_closed_in_wizard(stamp)
            cancelled = sum(_cancel(window, stamp) for window in windows)
            cancelled += _cancel_unwanted(stamp)
            lapsed = _lapse(today, stamp)
            batches = batch_plan.write(today, today + dt.timedelta(days=LEAD_DAYS), stamp)
            settings.put_day("care_planned_on", today)
    return PlanResult(created, updated, cancelled, lapsed, batches)


def plan_events(today: dt.date | None = None) -> int:
    """The event rule alone, right after the owner invites, cancels or a reply comes in:
    the guests' tasks are there at once, without planning the whole shop. How many changed."""
    today = today or clock.today()
    stamp = str(now())
    with database.atomic("IMMEDIATE"):
        _fresh_temp_tables()
        windows = _events(today)
        _forget_erased()
        new = _new_tasks()
        changed = _add(stamp, new[0], new[-1]) if new else 0
        changed += _update(stamp)
        changed += sum(_cancel(window, stamp) for window in windows)
    return changed


def daily_plan(today: dt.date | None = None) -> PlanResult | None:
    """`plan` on the first start of a day (and at night); later calls that day cost nothing."""
    today = today or clock.today()
    if settings.day("care_planned_on") == today:
        return None
    return plan(today)

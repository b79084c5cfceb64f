"""How the shop is doing, for the owner's first look of the day: today's counter, a year
of sales against the year before, who the customers are and how they move, the few who
bring most of the money, referrals, this week's birthdays and the clerks' month.

The figures come in two reads: those an index gives at once (`at_a_glance`), and those
that weigh every buyer of the year or every customer (`standings`), so the page shows
the first without waiting for the second. Each figure that counts customers has the
list behind it (`behind`), read only when the owner asks for it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.care import clerk_stats, rules
from shopcrm.care.clerk_stats import ClerkMonth
from shopcrm.core import clock
from shopcrm.core.money import from_fen
from shopcrm.customers.listing import NO_TIER, ListFilter
from shopcrm.loyalty import referrals, segments, tiers
from shopcrm.loyalty.referrals import ReferralRate
from shopcrm.loyalty.vip_report import add_months
from shopcrm.staff import permissions
from shopcrm.storage import bulk, options
from shopcrm.storage.models import LIFECYCLE, Staff, database

MONTHS = 12
# The figures read each page of what they sum once: a large page cache would only hold
# a copy of the shop's tables in the window's memory.
READ_CACHE_KIB = 32_000
GOLD_COVER_PCT = 80


@dataclass(frozen=True)
class Today:
    sales: int
    takings: Decimal
    buyers: int
    new_customers: int
    followups_done: int
    followups_due: int
    open_complaints: int


@dataclass(frozen=True)
class MonthSales:
    month: dt.date  # its first day
    takings: Decimal
    year_before: Decimal


@dataclass(frozen=True)
class Count:
    """A share of the customers: `key` is the tier's id (None: no tier) or the status."""

    key: int | str | None
    name: str
    customers: int


@dataclass(frozen=True)
class Moves:
    """How customers moved along the lifecycle this month, up to today."""

    joined: int
    came_back: int
    fell_dormant: int
    fell_lost: int


@dataclass(frozen=True)
class Gold:
    customers: int
    buyers: int
    sales_share: float


@dataclass(frozen=True)
class Birthday:
    customer_id: int
    name: str
    on: dt.date


@dataclass(frozen=True)
class Glance:
    """The figures read through indexes: there at once, in any size of shop."""

    day: dt.date
    today: Today
    months: list[MonthSales]
    tiers: list[Count]
    lifecycle: list[Count]
    moves: Moves
    birthdays: list[Birthday]


@dataclass(frozen=True)
class Standings:
    """The figures that weigh every buyer of the year or every customer: a moment more."""

    gold: Gold
    referrals: ReferralRate
    clerks: list[ClerkMonth]  # the month's ranking, the most sales first


def _one(sql: str, params: tuple[object, ...] = ()) -> tuple:
    return database.execute_sql(sql, params).fetchone()


def _today(today: dt.date) -> Today:
    day = today.isoformat()
    # Takings net of the day's returns; a return is not a sale, nor its customer a buyer.
    sales, takings, buyers = _one(
        """SELECT count(CASE WHEN p.total > 0 THEN 1 END), coalesce(sum(p.total), 0),
                  count(DISTINCT CASE WHEN p.total > 0 AND c.deleted_at IS NULL
                                      THEN p.customer_id END)
             FROM purchase p JOIN customer c ON c.id = p.customer_id WHERE p.date = ?""",
        (day,),
    )
    (new,) = _one(
        "SELECT count(*) FROM customer WHERE deleted_at IS NULL AND created_at >= ?"
        " AND created_at < ?",
        _day_span(today),
    )
    done, due = _one(
        """SELECT (SELECT count(*) FROM follow_up WHERE status = 'done'
                      AND done_at >= ? AND done_at < ?),
                  (SELECT count(*) FROM follow_up WHERE status = 'open' AND due_on <= ?
                      AND coalesce(snoozed_until, due_on) <= ?)""",
        (*_day_span(today), day, day),
    )
    (complaints,) = _one("SELECT count(*) FROM complaint WHERE status <> 'closed'")
    return Today(sales, from_fen(takings), buyers, new, done, due, complaints)


def _day_span(day: dt.date) -> tuple[str, str]:
    """A day as the stored times that fall in it: from its midnight to the next."""
    midnight = dt.datetime.combine(day, dt.time())
    return midnight.isoformat(" "), (midnight + dt.timedelta(days=1)).isoformat(" ")


def _months(today: dt.date) -> list[MonthSales]:
    this_month = today.replace(day=1)
    first = add_months(this_month, -2 * MONTHS + 1)
    # Summed by the day, which the date index gives in order, then by the month here:
    # grouping by the month in SQL would sort every sale of the two years.
    by_month: dict[str, int] = {}
    for day, fen in database.execute_sql(
        "SELECT date, sum(total) FROM purchase WHERE date >= ? AND date <= ? GROUP BY date",
        (first.isoformat(), today.isoformat()),
    ):
        by_month[day[:7]] = by_month.get(day[:7], 0) + fen

    def takings(month: dt.date) -> Decimal:
        return from_fen(by_month.get(month.isoformat()[:7]) or 0)

    months = [add_months(this_month, n - MONTHS + 1) for n in range(MONTHS)]
    return [MonthSales(m, takings(m), takings(add_months(m, -MONTHS))) for m in months]


def _tiers() -> list[Count]:
    counted = dict(
        database.execute_sql(
            "SELECT tier_id, count(*) FROM customer WHERE deleted_at IS NULL GROUP BY tier_id"
        ).fetchall()
    )
    shown = [Count(t.id, t.name, counted.get(t.id, 0)) for t in reversed(tiers.tiers())]
    return [*shown, Count(None, "", counted.get(None, 0))]


def _lifecycle() -> list[Count]:
    from shopcrm.customers.labels import status_label

    counted = dict(
        database.execute_sql(
            "SELECT status, count(*) FROM customer WHERE deleted_at IS NULL GROUP BY status"
        ).fetchall()
    )
    return [Count(code, status_label(code), counted.get(code, 0)) for code in LIFECYCLE]


def _crossed(today: dt.date, days: int) -> tuple[str, str]:
    """The last purchases that crossed `days` without a visit this month: the day after
    the crossing's start up to today's."""
    first = today.replace(day=1)
    return (
        (first - dt.timedelta(days=days + 1)).isoformat(),
        (today - dt.timedelta(days=days)).isoformat(),
    )


_JOINED = "deleted_at IS NULL AND created_at >= ? AND created_at < ?"
_FELL = "deleted_at IS NULL AND last_purchase_on > ? AND last_purchase_on <= ?"
# Buyers this month who were dormant when they bought: their purchase before that one was
# longer ago than a dormant customer's.
_CAME_BACK = """SELECT DISTINCT p.customer_id FROM purchase p
                  JOIN customer c ON c.id = p.customer_id AND c.deleted_at IS NULL
                 WHERE p.date >= ? AND p.date <= ? AND p.total > 0
                   AND (SELECT max(q.date) FROM purchase q
                         WHERE q.customer_id = p.customer_id AND q.date < p.date
                           AND q.total > 0) <= date(p.date, ?)"""


def _joined_span(today: dt.date) -> tuple[str, str]:
    return _day_span(today.replace(day=1))[0], _day_span(today)[1]


def _came_back_params(today: dt.date) -> tuple[str, ...]:
    dormant = options.get("dormant_days")
    return today.replace(day=1).isoformat(), today.isoformat(), f"-{dormant} days"


def _moves(today: dt.date) -> Moves:
    (joined,) = _one(f"SELECT count(*) FROM customer WHERE {_JOINED}", _joined_span(today))
    (came_back,) = _one(f"SELECT count(*) FROM ({_CAME_BACK})", _came_back_params(today))
    dormant = _crossed(today, options.get("dormant_days"))
    lost = _crossed(today, options.get("lost_days"))
    (fell_dormant,) = _one(f"SELECT count(*) FROM customer WHERE {_FELL}", dormant)
    (fell_lost,) = _one(f"SELECT count(*) FROM customer WHERE {_FELL}", lost)
    return Moves(joined, came_back, fell_dormant, fell_lost)


def _year(today: dt.date) -> tuple[dt.date, dt.date]:
    return add_months(today.replace(day=1), -MONTHS + 1), today


def _gold(today: dt.date) -> Gold:
    group = segments.gold_customers(*_year(today), GOLD_COVER_PCT)
    return Gold(len(group.customer_ids), group.buyers, group.sales_share)


def _week(today: dt.date) -> tuple[dt.date, dt.date]:
    return today, today + dt.timedelta(days=6)


def _birthdays(today: dt.date) -> list[Birthday]:
    found = rules.birthday_dates(*_week(today))
    if not found:
        return []
    names = dict(
        database.execute_sql(
            f"SELECT id, name FROM customer WHERE id IN ({', '.join('?' * len(found))})",
            [customer_id for customer_id, _ in found],
        ).fetchall()
    )
    return sorted(
        (Birthday(customer_id, names[customer_id], on) for customer_id, on in found),
        key=lambda b: (b.on, b.name),
    )


def _clerks(today: dt.date) -> list[ClerkMonth]:
    ranked = clerk_stats.month_stats(today, today)
    return sorted(ranked, key=lambda c: (-c.sales_amount, -c.contacts, c.clerk))


def at_a_glance(actor: Staff | None, today: dt.date | None = None) -> Glance:
    """The day, the year's months, the shares and moves of customers and the week's
    birthdays as of `today`, read in one transaction."""
    permissions.require(actor, "dashboard")
    today = today or clock.today()
    with bulk.page_cache(READ_CACHE_KIB), database.atomic():
        return Glance(
            today,
            _today(today),
            _months(today),
            _tiers(),
            _lifecycle(),
            _moves(today),
            _birthdays(today),
        )


def standings(actor: Staff | None, today: dt.date | None = None) -> Standings:
    """Who brings the sales, the referral rate and the clerks' month, in one transaction:
    read beside `at_a_glance`, so the page shows those first."""
    permissions.require(actor, "dashboard")
    today = today or clock.today()
    with bulk.page_cache(READ_CACHE_KIB), database.atomic():
        return Standings(_gold(today), referrals.shop_rate(), _clerks(today))


# --- the lists behind the figures ----------------------------------------------------------

BEHIND = (
    "bought_today",
    "joined_today",
    "joined",
    "came_back",
    "fell_dormant",
    "fell_lost",
    "gold",
    "referrers",
    "birthdays",
)


def _ids(sql: str, params: tuple[object, ...]) -> tuple[int, ...]:
    return tuple(row[0] for row in database.execute_sql(sql, params))


def behind(actor: Staff | None, what: str, today: dt.date | None = None) -> ListFilter:
    """The customers a figure counts, as a list to show: `what` is one of BEHIND, or
    "tier:<id>" (or "tier:" for no tier), "status:<code>" or "month:<YYYY-MM>" (who
    bought in that month)."""
    permissions.require(actor, "dashboard")
    today = today or clock.today()
    kind, _, value = what.partition(":")
    if kind == "tier":
        return ListFilter(tier_id=int(value) if value else NO_TIER)
    if kind == "status":
        return ListFilter(status=value)
    with database.atomic():
        if kind == "month":
            first, last = clerk_stats.month_bounds(dt.date.fromisoformat(f"{value}-01"))
            found = _ids(
                "SELECT customer_id FROM purchase WHERE date >= ? AND date <= ?"
                " GROUP BY customer_id ORDER BY sum(total) DESC, customer_id",
                (first.isoformat(), last.isoformat()),
            )
        elif what == "bought_today":
            found = _ids(
                "SELECT customer_id FROM purchase WHERE date = ? AND total > 0"
                " GROUP BY customer_id ORDER BY min(id)",
                (today.isoformat(),),
            )
        elif what in ("joined_today", "joined"):
            span = _day_span(today) if what == "joined_today" else _joined_span(today)
            found = _ids(f"SELECT id FROM customer WHERE {_JOINED} ORDER BY created_at, id", span)
        elif what == "came_back":
            found = _ids(_CAME_BACK, _came_back_params(today))
        elif what in ("fell_dormant", "fell_lost"):
            days = options.get("dormant_days" if what == "fell_dormant" else "lost_days")
            found = _ids(
                f"SELECT id FROM customer WHERE {_FELL} ORDER BY last_purchase_on, id",
                _crossed(today, days),
            )
        elif what == "gold":
            found = tuple(segments.gold_customers(*_year(today), GOLD_COVER_PCT).customer_ids)
        elif what == "referrers":
            found = tuple(referrals.referrer_ids())
        elif what == "birthdays":
            found = tuple(b.customer_id for b in _birthdays(today))
        else:
            raise ValueError(what)
    return ListFilter(ids=found, sort="rank")

"""Which customers deserve the owner's limited care budget.

- Lifecycle status from the data and the day settings: visitor (never
  bought), customer, regular (enough visits), dormant and lost (no purchase
  for N and M days). 'Intending buyer' is set by hand and kept until she buys.
- 80/20: the top spenders of a period whose spend covers 80% of its sales.
- RFM: recency, frequency and monetary scored 1–5 by quintile among buying
  customers, named in plain words so the owner knows whom to call first.
- Customer value: her spend plus what the friends she brought have spent.
"""

from __future__ import annotations

import datetime as dt
import json
from array import array
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import from_fen
from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import referrals
from shopcrm.storage import busy, options, settings
from shopcrm.storage.models import AuditLog, Customer, database

# Whom the owner should call first, most urgent first.
SEGMENTS = (
    "at_risk",
    "champions",
    "new",
    "loyal",
    "promising",
    "needs_attention",
    "hibernating",
)


def segment_name(code: str) -> str:
    return {
        "champions": tr("Best customers"),
        "loyal": tr("Loyal"),
        "new": tr("New"),
        "promising": tr("Promising"),
        "at_risk": tr("At risk"),
        "hibernating": tr("Hibernating"),
        "needs_attention": tr("Need attention"),
    }[code]


def segment_advice(code: str) -> str:
    return {
        "champions": tr("Bought recently, often and the most: thank them, invite them to events."),
        "loyal": tr("Buy often: keep in touch and greet them on their days."),
        "new": tr("First purchase lately: call within a week and make the customer welcome."),
        "promising": tr("Came back lately: a little care makes them regulars."),
        "at_risk": tr("Used to buy often or much, not lately: call them first."),
        "hibernating": tr("Few, small, long-ago purchases: a friendly note now and then."),
        "needs_attention": tr("Middling on every count: a personal message may bring them back."),
    }[code]


def segment(r: int, f: int, m: int) -> str:
    """The plain-language group of an RFM score (each 1–5, 5 best)."""
    if r >= 4 and f >= 4 and m >= 4:
        return "champions"
    if r >= 3 and f >= 4:
        return "loyal"
    if r >= 4:
        return "new" if f == 1 else "promising"
    if r <= 2:
        return "at_risk" if f >= 3 or m >= 4 else "hibernating"
    return "needs_attention"


@dataclass(frozen=True)
class Rfm:
    customer_id: int
    recency_days: int
    frequency: int
    monetary: Decimal
    r: int
    f: int
    m: int

    @property
    def segment(self) -> str:
        return segment(self.r, self.f, self.m)


@dataclass(frozen=True)
class GoldGroup:
    """The 80/20 'gold' customers of a period, best first, and the share they make."""

    start: dt.date
    end: dt.date
    customer_ids: list[int]
    gold_spend: Decimal
    total_spend: Decimal
    buyers: int

    @property
    def customer_share(self) -> float:
        return len(self.customer_ids) / self.buyers if self.buyers else 0.0

    @property
    def sales_share(self) -> float:
        return float(self.gold_spend / self.total_spend) if self.total_spend else 0.0


@dataclass(frozen=True)
class CustomerValue:
    """Her worth to the shop: spend to date plus her referrals' spend, and repeat purchases."""

    spend: Decimal
    referral_revenue: Decimal
    visits: int

    @property
    def total(self) -> Decimal:
        return self.spend + self.referral_revenue

    @property
    def repeat_purchases(self) -> int:
        return max(self.visits - 1, 0)


# --- lifecycle -----------------------------------------------------------------------------


def _lifecycle_days() -> tuple[int, int, int]:
    return (
        options.get("regular_visits"),
        options.get("dormant_days"),
        options.get("lost_days"),
    )


def _status_now(today: dt.date) -> tuple[str, list[object]]:
    """Her lifecycle status as SQL over a customer row, with its parameters."""
    regular, dormant, lost = _lifecycle_days()
    status = """CASE WHEN last_purchase_on IS NULL
                     THEN CASE status WHEN 'intending' THEN 'intending' ELSE 'visitor' END
                     WHEN last_purchase_on <= ? THEN 'lost'
                     WHEN last_purchase_on <= ? THEN 'dormant'
                     WHEN visit_count >= ? THEN 'regular'
                     ELSE 'customer' END"""
    params: list[object] = [
        (today - dt.timedelta(days=lost)).isoformat(),
        (today - dt.timedelta(days=dormant)).isoformat(),
        regular,
    ]
    return status, params


def recompute(customer_ids: Sequence[int] | None, today: dt.date | None = None) -> int:
    """Set the lifecycle status of these customers (all when None); returns how many changed.

    Call inside the writing transaction, after the derived figures are refreshed.
    """
    status, params = _status_now(today or clock.today())
    only = ""
    if customer_ids is not None:
        only = f"AND id IN ({', '.join('?' * len(customer_ids))})"
    cursor = database.execute_sql(
        f"UPDATE customer SET status = {status} "
        f"WHERE deleted_at IS NULL {only} AND status IS NOT {status}",
        [*params, *(customer_ids or []), *params],
    )
    return cursor.rowcount


def recompute_all(today: dt.date | None = None) -> int:
    """Every customer's status, at start-up or nightly: time alone makes customers dormant.

    Whose status is out of date is found in a read, which holds no write lock; they
    change in paced chunks (busy.paced), each checking them again, so the counter never
    waits long and a sale meanwhile is counted.
    """
    today = today or clock.today()
    status, params = _status_now(today)
    with database.atomic():
        due = database.execute_sql(
            f"SELECT id FROM customer WHERE deleted_at IS NULL AND status IS NOT {status}"
            " ORDER BY id",
            params,
        ).fetchall()
    return busy.paced_writes(
        [customer_id for (customer_id,) in due], lambda chunk: recompute(chunk, today)
    )


def mark_intending(customer_id: int, intending: bool, staff_id: int | None = None) -> Customer:
    """The clerk marks a visitor as an intending buyer (or takes the mark off)."""
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        if customer.last_purchase_on is not None:
            raise ValidationError(
                {"status": tr("The customer has already bought; the status follows the purchases.")}
            )
        status = "intending" if intending else "visitor"
        Customer.update(status=status, updated_at=now()).where(Customer.id == customer_id).execute()
        AuditLog.create(action="status", customer=customer_id, staff=staff_id, detail=status)
    return get_customer(customer_id)


# --- 80/20 ---------------------------------------------------------------------------------


def gold_customers(start: dt.date, end: dt.date, cover_pct: int = 80) -> GoldGroup:
    """Rank the period's buyers by spend and keep the top ones until `cover_pct`% is covered.

    SQLite sums each buyer's spend from the sales' date index and sorts them; here the
    sums are kept as two arrays of machine integers (a year of a million-customer shop
    is half a million buyers: as Python tuples they would take hundreds of MB), added up,
    then walked until the cover is reached. A running-sum window in SQL took four times
    as long.
    """
    buyers, spends = array("q"), array("q")
    for customer_id, spent in database.execute_sql(
        """SELECT customer_id, sum(total) AS spent FROM purchase
            WHERE date BETWEEN ? AND ?
              AND customer_id NOT IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL)
            GROUP BY customer_id HAVING spent > 0
            ORDER BY spent DESC, customer_id""",
        (start.isoformat(), end.isoformat()),
    ):
        buyers.append(customer_id)
        spends.append(spent)
    total = sum(spends)
    covered = count = 0
    while count < len(spends) and covered * 100 < total * cover_pct:
        covered += spends[count]
        count += 1
    return GoldGroup(
        start, end, list(buyers[:count]), from_fen(covered), from_fen(total), len(buyers)
    )


# --- RFM -----------------------------------------------------------------------------------


def _score(column: str) -> str:
    """SQL for a 1–5 score: 1 + 5 × (rank − 1) / (buyers − 1), capped at 5.

    Ties rank at their lowest, so equal figures always get equal scores; the
    best gets 5 and each score covers about a fifth of the buyers.
    """
    return f"1 + min(4, 5 * (rank() OVER (ORDER BY {column}) - 1) / max(count(*) OVER () - 1, 1))"


RFM_SQL = f"""
    SELECT id, CAST(julianday(?) - julianday(last_purchase_on) AS INTEGER),
           visit_count, total_spent,
           {_score("last_purchase_on")}, {_score("visit_count")}, {_score("total_spent")}
      FROM customer
     WHERE deleted_at IS NULL AND visit_count > 0
"""


def _rfm(rows: list[tuple]) -> list[Rfm]:
    return [Rfm(row[0], row[1], row[2], from_fen(row[3]), *row[4:]) for row in rows]


def rfm_scores(today: dt.date | None = None) -> list[Rfm]:
    """Every buying customer's RFM scores."""
    day = (today or clock.today()).isoformat()
    return _rfm(database.execute_sql(f"{RFM_SQL} ORDER BY id", (day,)).fetchall())


# What is scored, in the order of Rfm's r, f, m; her last visit as a day number.
_MEASURES = ("recency", "frequency", "monetary")
_FIGURES = ("CAST(julianday(last_purchase_on) AS INTEGER)", "visit_count", "total_spent")


def _positions(buyers: int) -> list[int]:
    """The ranks (from 1) whose figure a buyer must beat to score 2, 3, 4 and 5.

    A buyer with `n` others below her scores 1 + min(4, 5n // (buyers − 1)), so she
    scores above k exactly when n ≥ ⌈k(buyers − 1)/5⌉, that is when her figure is
    above the figure ranked there. With one buyer nobody is ranked above.
    """
    spread = max(buyers - 1, 1)
    ranks = (-(-k * spread // 5) for k in range(1, 5))
    return [rank for rank in ranks if rank < buyers]


def cut_points() -> dict[str, list[int]]:
    """The figure to beat for each score above 1, per measure.

    One pass over the table in file order, then sorting in memory: an index walk
    would read a million rows in random order, several times slower.
    """
    figures = [array("q") for _ in _MEASURES]
    rows = database.execute_sql(
        f"SELECT {', '.join(_FIGURES)} FROM customer NOT INDEXED"
        " WHERE deleted_at IS NULL AND visit_count > 0"
    )
    for row in rows:
        for column, value in zip(figures, row, strict=True):
            column.append(value)
    positions = _positions(len(figures[0]))
    cuts = {}
    for measure, column in zip(_MEASURES, figures, strict=True):
        ordered = sorted(column)
        cuts[measure] = [ordered[rank - 1] for rank in positions]
    return cuts


def refresh_cut_points(today: dt.date) -> None:
    """Keep the day's cut points, so opening a card compares instead of counting the shop.

    Run by the daily catch-up, after its transaction.
    """
    settings.put("rfm_cut_points", json.dumps({"on": today.isoformat(), **cut_points()}))


def _todays_cut_points(today: dt.date) -> dict[str, list[int]]:
    """The cut points kept today, or worked out now when the catch-up has not run today.

    A sale later in the day moves her own figures at once and the cut points
    tomorrow: a fifth of the buyers does not move with one sale.
    """
    kept = json.loads(settings.get("rfm_cut_points") or "{}")
    if kept.get("on") == today.isoformat() and all(m in kept for m in _MEASURES):
        return kept
    return cut_points()


def rfm_of(customer_id: int, today: dt.date | None = None) -> Rfm | None:
    """Her RFM scores among all buying customers; None if she has not bought.

    The same scores as `rfm_scores` (as of the day's catch-up), from her own row and
    the day's cut points: no pass over the other buyers.
    """
    today = today or clock.today()
    mine = database.execute_sql(
        f"""SELECT {", ".join(_FIGURES)},
                  CAST(julianday(?) - julianday(last_purchase_on) AS INTEGER)
             FROM customer WHERE id = ? AND deleted_at IS NULL AND visit_count > 0""",
        (today.isoformat(), customer_id),
    ).fetchone()
    if mine is None:
        return None
    cuts = _todays_cut_points(today)
    r, f, m = (
        1 + sum(figure > cut for cut in cuts[column])
        for figure, column in zip(mine[:3], _MEASURES, strict=True)
    )
    return Rfm(customer_id, mine[3], mine[1], from_fen(mine[2]), r, f, m)


def segment_counts(today: dt.date | None = None) -> list[tuple[str, int]]:
    """How many customers are in each segment, in the order to call them."""
    counts = Counter(score.segment for score in rfm_scores(today))
    return [(code, counts[code]) for code in SEGMENTS]


# --- value ---------------------------------------------------------------------------------


def customer_value(customer_id: int) -> CustomerValue:
    return value_of(get_customer(customer_id), referrals.revenue(customer_id))


def value_of(customer: Customer, referral_revenue: Decimal) -> CustomerValue:
    """Her value, when her referrals' revenue is already known."""
    return CustomerValue(customer.total_spent, referral_revenue, customer.visit_count)


def repeat_rate() -> float:
    """The shop's repeat-purchase rate: buying customers who came back / all buying customers."""
    buyers, repeat = database.execute_sql(
        """SELECT count(*), coalesce(sum(visit_count >= 2), 0) FROM customer
            WHERE deleted_at IS NULL AND visit_count > 0"""
    ).fetchone()
    return repeat / buyers if buyers else 0.0

"""Which VIP tier each customer holds, and why.

The shop picks one qualifying rule (cumulative spend, spend in the last 12
months, or number of visits) and one downgrade policy (never; at the yearly
review; as soon as she no longer qualifies). Upgrades are immediate. The
grace period lengthens the 12-month window used for *keeping* a tier, so a
customer keeps it that many days after her spend drops below.

One set-based evaluation serves a single customer at a sale and every
customer after a rule change or at start-up, so the two cannot disagree:

    new = max(earned, min(current, kept))   when a downgrade is allowed
    new = max(earned, current)              otherwise

with tiers as positions 0..n-1 (lowest first). Every move is a TierChange.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.discounts import parse_discount
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import (
    MAX_PRICE,
    AmountError,
    from_fen,
    money,
    parse_count,
    parse_decimal,
    parse_yuan,
    plain,
    to_fen,
)
from shopcrm.loyalty.reasons import Reason, because, words
from shopcrm.staff import permissions
from shopcrm.storage import busy, options, settings
from shopcrm.storage.models import AuditLog, Customer, Staff, Tier, TierChange, database

# TierRules' fields and the shop options they are saved as.
RULE_OPTIONS = {
    "rule": "tier_rule",
    "downgrade": "tier_downgrade",
    "review_date": "tier_review_date",
    "grace_days": "tier_grace_days",
}
# A visit weighs 100 in the comparison, as one yuan does in fen: visit
# thresholds live in the same money column (5 visits is stored as 5.00).
VISIT = 100
MAX_VISITS = 999_999_999
MAX_THRESHOLD = Decimal("999999999.99")
NAME_LIMIT = 20
BENEFITS_LIMIT = 500
MOVES = "temp.tier_move"


@dataclass
class TierSpec:
    """One tier as the owner types it; `id` is set for a tier that already exists."""

    name: str
    threshold: Decimal | str
    discount_pct: Decimal | str = "0"
    birthday_discount_pct: Decimal | str = "0"
    points_multiplier: Decimal | str = "1"
    benefits: str = ""
    id: int | None = None
    birthday_voucher: Decimal | str = "0"  # yuan, given the week before her birthday


@dataclass
class TierRules:
    """Everything the owner sets in the tier dialog, saved together or not at all."""

    tiers: list[TierSpec]
    rule: str = "cumulative"
    downgrade: str = "never"
    review_date: str = "01-01"
    grace_days: int | str = 30


@dataclass(frozen=True)
class RulePreview:
    """How a rule change moves the active customers, shown before it is applied."""

    customers: int
    up: int
    down: int
    kept: int
    reassigned: int
    per_tier: list[tuple[str, int]] = field(default_factory=list)

    @property
    def unchanged(self) -> int:
        return self.customers - self.up - self.down - self.reassigned


@dataclass(frozen=True)
class TierProgress:
    """Where she stands: `measure` and `remaining` are yuan, or visits under the visits rule."""

    rule: str
    current: Tier | None
    next: Tier | None
    measure: Decimal
    remaining: Decimal
    fraction: float


@dataclass(frozen=True)
class TierMove:
    changed_at: dt.datetime
    from_name: str | None
    to_name: str | None
    direction: int
    reason: str


# --- the rules as stored -------------------------------------------------------------------


def tiers() -> list[Tier]:
    return list(Tier.select().order_by(Tier.rank))


def current_rules() -> TierRules:
    return TierRules(
        tiers=[
            TierSpec(
                name=t.name,
                threshold=t.threshold,
                discount_pct=Decimal(t.discount_pct),
                birthday_discount_pct=Decimal(t.birthday_discount_pct),
                points_multiplier=Decimal(t.points_multiplier),
                benefits=t.benefits,
                id=t.id,
                birthday_voucher=t.birthday_voucher,
            )
            for t in tiers()
        ],
        rule=options.get("tier_rule"),
        downgrade=options.get("tier_downgrade"),
        review_date=str(options.get("tier_review_date")),
        grace_days=options.get("tier_grace_days"),
    )


def requirement(threshold: Decimal, rule: str) -> str:
    """What a tier asks of her, in words for the card and the VIP rules page."""
    if threshold <= 0:
        return tr("On registration")
    if rule == "visits":
        return trn("{n} visit", "{n} visits", int(threshold)).format(n=int(threshold))
    if rule == "last_12_months":
        return tr("{amount} spent in the last 12 months").format(amount=money(threshold))
    return tr("{amount} spent in total").format(amount=money(threshold))


# --- validation ----------------------------------------------------------------------------


def _typed(value: Any) -> str:
    """A cell as the owner typed it, or a stored figure (Decimal) as she would type it."""
    return plain(value) if isinstance(value, Decimal) else str(value or "")


def _threshold(value: Any, rule: str) -> Decimal:
    """What a tier asks: a number of visits, or an amount; AmountError otherwise."""
    if rule == "visits":
        return Decimal(parse_count(_typed(value), minimum=0, maximum=MAX_VISITS))
    return parse_yuan(_typed(value), maximum=MAX_THRESHOLD)


def _multiplier(value: Any) -> Decimal | None:
    """A points multiplier, from 0 to 100 to two decimals, or None."""
    try:
        return parse_decimal(_typed(value), places=2, minimum=Decimal(0), maximum=Decimal(100))
    except AmountError:
        return None


def _clean_spec(
    spec: TierSpec, n: int, rule: str, errors: dict[str, str], names: dict[str, int]
) -> TierSpec:
    key = f"tiers.{n}"
    name = " ".join(str(spec.name or "").split())
    if not name:
        errors[f"{key}.name"] = tr("Tier {n}: type a name, e.g. 银卡.").format(n=n)
    elif len(name) > NAME_LIMIT:
        errors[f"{key}.name"] = tr("Tier {n}: a name has at most {limit} characters.").format(
            n=n, limit=NAME_LIMIT
        )
    elif name.casefold() in names:
        errors[f"{key}.name"] = tr(
            "Tier {n}: “{name}” is already tier {m}'s name; give each tier its own name."
        ).format(n=n, name=name, m=names[name.casefold()])
    else:
        names[name.casefold()] = n
    try:
        threshold = _threshold(spec.threshold, rule)
    except AmountError:
        threshold = Decimal(0)
        errors[f"{key}.threshold"] = (
            tr("Tier {n}: a number of visits is a whole number, e.g. 5.")
            if rule == "visits"
            else tr("Tier {n}: the threshold must be from 0 to 999,999,999.")
        ).format(n=n)
    discounts: dict[str, Decimal] = {}
    for column, message in (
        ("discount_pct", tr("Tier {n}, discount: {problem}")),
        ("birthday_discount_pct", tr("Tier {n}, birthday extra: {problem}")),
    ):
        try:
            discounts[column] = parse_discount(_typed(getattr(spec, column)))
        except AmountError as exc:
            discounts[column] = Decimal(0)
            errors[f"{key}.{column}"] = message.format(n=n, problem=exc)
    multiplier = _multiplier(spec.points_multiplier)
    if multiplier is None:
        errors[f"{key}.points_multiplier"] = tr(
            "Tier {n}: the points multiplier must be a number from 0 to 100, e.g. 1.5."
        ).format(n=n)
    try:
        voucher = parse_yuan(_typed(spec.birthday_voucher or "0"), maximum=MAX_PRICE)
    except AmountError:
        voucher = Decimal(0)
        errors[f"{key}.birthday_voucher"] = tr(
            "Tier {n}: the birthday voucher is an amount in yuan, e.g. 50, or 0 for none."
        ).format(n=n)
    benefits = str(spec.benefits or "").strip()
    if len(benefits) > BENEFITS_LIMIT:
        errors[f"{key}.benefits"] = tr(
            "Tier {n}: shorten the benefits to at most {limit} characters."
        ).format(n=n, limit=BENEFITS_LIMIT)
    return TierSpec(
        name=name,
        threshold=threshold,
        discount_pct=discounts["discount_pct"],
        birthday_discount_pct=discounts["birthday_discount_pct"],
        points_multiplier=multiplier or Decimal(0),
        benefits=benefits,
        id=spec.id,
        birthday_voucher=voucher,
    )


def _check_ladder(specs: list[TierSpec], errors: dict[str, str]) -> None:
    """The lowest tier starts at 0 (nobody is left without a tier); thresholds then rise."""
    first = "tiers.1.threshold"
    if first not in errors and specs[0].threshold != 0:
        errors[first] = tr("The lowest tier must start at 0, so that every customer has a tier.")
    for n in range(2, len(specs) + 1):
        key = f"tiers.{n}.threshold"
        if key in errors or f"tiers.{n - 1}.threshold" in errors:
            continue
        if specs[n - 1].threshold <= specs[n - 2].threshold:
            errors[key] = tr(
                "Tier {n}: the threshold must be higher than tier {m}'s; "
                "list the tiers from lowest to highest."
            ).format(n=n, m=n - 1)


def validate_rules(rules: TierRules) -> TierRules:
    """The rules cleaned, or a ValidationError naming every problem ("tiers.N.field" keys)."""
    errors: dict[str, str] = {}
    try:
        chosen = options.clean({name: getattr(rules, f) for f, name in RULE_OPTIONS.items()})
    except ValidationError as exc:
        field = {name: f for f, name in RULE_OPTIONS.items()}
        errors.update({field[name]: message for name, message in exc.errors.items()})
        chosen = {}
    if not rules.tiers:
        errors["tiers"] = tr("Add at least one tier.")
        raise ValidationError(errors)
    names: dict[str, int] = {}
    specs = [
        _clean_spec(spec, n, rules.rule, errors, names)
        for n, spec in enumerate(rules.tiers, start=1)
    ]
    _check_ladder(specs, errors)
    known = {t.id for t in Tier.select(Tier.id)}
    ids = [spec.id for spec in specs if spec.id is not None]
    if len(ids) != len(set(ids)) or not set(ids) <= known:
        errors["tiers"] = tr(
            "The tiers were changed elsewhere; close the settings and open them again."
        )
    if errors:
        raise ValidationError(errors)
    return TierRules(
        specs,
        chosen["tier_rule"],
        chosen["tier_downgrade"],
        str(chosen["tier_review_date"]),
        chosen["tier_grace_days"],
    )


# --- evaluation ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Ladder:
    """Tiers as positions, lowest first, in the units the SQL compares (fen or visits × 100)."""

    thresholds: tuple[int, ...]
    ids: tuple[int | None, ...]
    names: tuple[str, ...]

    @classmethod
    def of(cls, specs: Sequence[TierSpec]) -> _Ladder:
        return cls(
            tuple(to_fen(spec.threshold) for spec in specs),
            tuple(spec.id for spec in specs),
            tuple(spec.name for spec in specs),
        )

    def position(self, measure: str) -> tuple[str, list[Any]]:
        """SQL for the highest position whose threshold `measure` reaches (-1 for none)."""
        cases = " ".join(
            f"WHEN {measure} >= ? THEN {pos}" for pos in reversed(range(len(self.thresholds)))
        )
        return f"CASE {cases} ELSE -1 END", list(reversed(self.thresholds))

    def current(self, column: str) -> tuple[str, list[Any]]:
        """SQL for the position of the tier id in `column` (-1: none or a removed tier)."""
        known = [(tier_id, pos) for pos, tier_id in enumerate(self.ids) if tier_id is not None]
        if not known:
            return "-1", []
        cases = " ".join(f"WHEN ? THEN {pos}" for _, pos in known)
        return f"CASE {column} {cases} ELSE -1 END", [tier_id for tier_id, _ in known]


def _year_before(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _measures(
    rule: str, today: dt.date, grace_days: int, ids: Sequence[int] | None
) -> tuple[str, list[Any]]:
    """SQL giving each active customer's `earn` and `keep` measures, in ladder units."""
    where, params = "c.deleted_at IS NULL", []
    if ids is not None:
        where += f" AND c.id IN ({', '.join('?' * len(ids))})"
        params = list(ids)
    if rule != "last_12_months":
        value = "max(c.total_spent, 0)" if rule == "cumulative" else f"c.visit_count * {VISIT}"
        sql = (
            f"SELECT c.id AS customer_id, c.tier_id AS old_id, {value} AS earn, {value} AS keep"
            f" FROM customer c WHERE {where}"
        )
        return sql, params
    earn_after = _year_before(today)
    keep_after = earn_after - dt.timedelta(days=grace_days)
    only = "" if ids is None else f"AND customer_id IN ({', '.join('?' * len(ids))})"
    sql = f"""
        SELECT c.id AS customer_id, c.tier_id AS old_id,
               max(coalesce(w.earn, 0), 0) AS earn, max(coalesce(w.keep, 0), 0) AS keep
          FROM customer c
          LEFT JOIN (SELECT customer_id,
                            sum(CASE WHEN date > ? THEN total ELSE 0 END) AS earn,
                            sum(total) AS keep
                       FROM purchase WHERE date > ? {only} GROUP BY customer_id) w
                 ON w.customer_id = c.id
         WHERE {where}"""
    return sql, [earn_after.isoformat(), keep_after.isoformat(), *params, *params]


def _stage(
    ladder: _Ladder,
    rule: str,
    today: dt.date,
    grace_days: int,
    downgrade: bool,
    ids: Sequence[int] | None,
) -> None:
    """Write every evaluated customer's current, earned and new position to a temp table."""
    measures, measure_params = _measures(rule, today, grace_days, ids)
    earned, earned_params = ladder.position("earn")
    kept, kept_params = ladder.position("keep")
    current, current_params = ladder.current("old_id")
    new = "max(earned, min(cur, kept))" if downgrade else "max(earned, cur)"
    database.execute_sql(f"DROP TABLE IF EXISTS {MOVES}")
    database.execute_sql(
        f"""CREATE TEMP TABLE tier_move AS
            SELECT customer_id, old_id, old_name, cur, earned, {new} AS new
              FROM (SELECT m.customer_id, m.old_id, t.name AS old_name,
                           {earned} AS earned, {kept} AS kept, {current} AS cur
                      FROM ({measures}) m LEFT JOIN tier t ON t.id = m.old_id)""",
        [*earned_params, *kept_params, *current_params, *measure_params],
    )


def _staged_preview(ladder: _Ladder) -> RulePreview:
    rows = database.execute_sql(
        f"""SELECT new, cur, new > earned, old_id IS NULL, count(*)
              FROM {MOVES} GROUP BY 1, 2, 3, 4"""
    ).fetchall()
    per_tier = [0] * len(ladder.names)
    customers = up = down = kept = reassigned = 0
    for new, cur, above_earned, no_tier, count in rows:
        customers += count
        if new >= 0:
            per_tier[new] += count
        kept += count if above_earned else 0
        if cur < 0 and not no_tier:
            reassigned += count
        elif new > cur:
            up += count
        elif new < cur:
            down += count
    return RulePreview(
        customers, up, down, kept, reassigned, list(zip(ladder.names, per_tier, strict=True))
    )


def _staying(ladder: _Ladder) -> tuple[str, list[object]]:
    """The staged customers who keep their tier: none earned nor kept, or the same one."""
    ids = " ".join(f"WHEN {pos} THEN ?" for pos in range(len(ladder.ids)))
    return f"new < 0 OR old_id IS (CASE new {ids} END)", list(ladder.ids)


def _apply_staged(ladder: _Ladder, reason: Reason) -> int:
    """Move the staged customers whose tier changes and record each move; returns the count."""
    ids = " ".join(f"WHEN {pos} THEN ?" for pos in range(len(ladder.ids)))
    staying, params = _staying(ladder)
    database.execute_sql(f"DELETE FROM {MOVES} WHERE {staying}", params)
    database.execute_sql(
        f"""INSERT INTO tier_change (customer_id, from_tier_id, to_tier_id, from_name, to_name,
                                     direction, reason, reason_code, reason_args, changed_at)
            SELECT customer_id, old_id, CASE new {ids} END, old_name, CASE new {ids} END,
                   CASE WHEN cur < 0 AND old_id IS NOT NULL THEN 0
                        WHEN new > cur THEN 1 ELSE -1 END, ?, ?, ?, ?
              FROM {MOVES}""",
        [*ladder.ids, *ladder.names, *reason.columns().values(), now().isoformat(" ")],
    )
    database.execute_sql(
        f"""UPDATE customer SET tier_id = CASE m.new {ids} END
              FROM {MOVES} m WHERE customer.id = m.customer_id""",
        list(ladder.ids),
    )
    moved = database.execute_sql(f"SELECT count(*) FROM {MOVES}").fetchone()[0]
    database.execute_sql(f"DROP TABLE {MOVES}")
    return moved


def _evaluate(ids: Sequence[int] | None, today: dt.date, reason: Reason, downgrade: bool) -> int:
    """Re-evaluate these customers (all when None) under the stored rules; call in a transaction."""
    ladder = _stage_under_stored_rules(ids, today, downgrade)
    return 0 if ladder is None else _apply_staged(ladder, reason)


def _stage_under_stored_rules(
    ids: Sequence[int] | None, today: dt.date, downgrade: bool
) -> _Ladder | None:
    """Stage these customers (all when None) under the stored rules; None without tiers."""
    ladder = _Ladder.of(current_rules().tiers)
    if not ladder.ids:
        return None
    grace = options.get("tier_grace_days")
    _stage(ladder, options.get("tier_rule"), today, grace, downgrade, ids)
    return ladder


def reevaluate(
    customer: Customer, reason: Reason, today: dt.date | None = None
) -> TierChange | None:
    """Move `customer` to the tier her figures earn, within the downgrade policy.

    Call inside the writing transaction, after her derived figures are refreshed.
    """
    downgrade = options.get("tier_downgrade") == "drop"
    if not _evaluate([customer.id], today or clock.today(), reason, downgrade):
        return None
    change = (
        TierChange.select()
        .where(TierChange.customer == customer.id)
        .order_by(TierChange.id.desc())
        .first()
    )
    customer.tier = change.to_tier_id
    return change


def put_back(customer: Customer, tier_id: int | None, reason: Reason) -> TierChange | None:
    """Give her back the tier she had before a change that is being undone (a merge),
    recording the move like any other; call inside the writing transaction."""
    if customer.tier_id == tier_id:
        return None
    before = Tier.get_or_none(Tier.id == customer.tier_id) if customer.tier_id else None
    after = Tier.get_or_none(Tier.id == tier_id) if tier_id else None
    rank = {None: -1, **{t.id: t.rank for t in (before, after) if t is not None}}
    change = TierChange.create(
        customer=customer.id,
        from_tier=before,
        to_tier=after,
        from_name=before.name if before else None,
        to_name=after.name if after else None,
        direction=1 if rank[tier_id] > rank[customer.tier_id] else -1,
        **reason.columns(),
    )
    Customer.update(tier=after).where(Customer.id == customer.id).execute()
    return change


def review_due(today: dt.date) -> bool:
    """The yearly review date has come since the last review (review policy only)."""
    if options.get("tier_downgrade") != "review":
        return False
    review = options.get("tier_review_date")
    latest = review.on(today.year)
    if latest > today:
        latest = review.on(today.year - 1)
    last = settings.day("tier_last_review")
    return last is None or last < latest


def reevaluate_all(today: dt.date | None = None) -> int:
    """Re-evaluate every active customer (start-up, nightly); runs the yearly review when due.

    Who moves is found in a read, which holds no write lock; they are then moved in
    paced chunks (busy.paced), each its own transaction that evaluates its customers
    again, so a sale meanwhile is counted and the counter never waits long. The review
    is marked done after its last chunk: a run cut short leaves whole customers done and
    the next run does the rest. Returns how many customers moved.
    """
    today = today or clock.today()
    review = review_due(today)
    if review:
        reason, downgrade = because("yearly_review"), True
    else:
        rule = options.get("tier_rule")
        reason = because("last_12_months" if rule == "last_12_months" else "reevaluated")
        downgrade = options.get("tier_downgrade") == "drop"
    moved = busy.paced_writes(
        _moving(today, downgrade),
        lambda chunk: _evaluate(chunk, today, reason, downgrade),
        most=10_000,  # the chunk is listed twice in the staging statement
    )
    if review:
        with database.atomic("IMMEDIATE"):
            settings.put_day("tier_last_review", today)
    return moved


def _moving(today: dt.date, downgrade: bool) -> list[int]:
    """The customers whose tier the stored rules would change today, found in a read."""
    with database.atomic():
        ladder = _stage_under_stored_rules(None, today, downgrade)
        if ladder is None:
            return []
        staying, params = _staying(ladder)
        rows = database.execute_sql(
            f"SELECT customer_id FROM {MOVES} WHERE NOT ({staying}) ORDER BY customer_id",
            params,
        ).fetchall()
        database.execute_sql(f"DROP TABLE {MOVES}")
    return [customer_id for (customer_id,) in rows]


def preview(rules: TierRules, today: dt.date | None = None) -> RulePreview:
    """How many customers the proposed rules would move up and down; writes nothing."""
    cleaned = validate_rules(rules)
    ladder = _Ladder.of(cleaned.tiers)
    with database.atomic():
        _stage(
            ladder,
            cleaned.rule,
            today or clock.today(),
            cleaned.grace_days,
            cleaned.downgrade == "drop",
            None,
        )
        result = _staged_preview(ladder)
        database.execute_sql(f"DROP TABLE {MOVES}")
    return result


def _write_tiers(specs: list[TierSpec]) -> list[TierSpec]:
    """Save the tiers in order; the specs come back with their ids.

    Ranks and names are unique, so every tier is first parked under a rank and
    a name no owner can type (names are stripped); removed tiers stay parked.
    """
    database.execute_sql("UPDATE tier SET rank = -id, name = ' ' || id")
    saved = []
    for rank, spec in enumerate(specs):
        values = {
            "name": spec.name,
            "rank": rank,
            "threshold": spec.threshold,
            "discount_pct": spec.discount_pct,
            "birthday_discount_pct": spec.birthday_discount_pct,
            "points_multiplier": spec.points_multiplier,
            "benefits": spec.benefits,
            "birthday_voucher": spec.birthday_voucher,
        }
        if spec.id is None:
            saved.append(replace(spec, id=Tier.insert(**values).execute()))
        else:
            Tier.update(**values).where(Tier.id == spec.id).execute()
            saved.append(spec)
    return saved


def apply_rules(actor: Staff, rules: TierRules, today: dt.date | None = None) -> RulePreview:
    """Save the tiers and rules and move every customer accordingly, in one transaction."""
    permissions.require(actor, "settings")
    today = today or clock.today()
    cleaned = validate_rules(rules)
    with database.atomic("IMMEDIATE"):
        old_policy = options.get("tier_downgrade")
        staged = _Ladder.of(cleaned.tiers)
        downgrade = cleaned.downgrade == "drop"
        _stage(staged, cleaned.rule, today, cleaned.grace_days, downgrade, None)
        result = _staged_preview(staged)
        saved = _write_tiers(cleaned.tiers)
        options.set_many({name: getattr(cleaned, f) for f, name in RULE_OPTIONS.items()})
        if cleaned.downgrade == "review" and old_policy != "review":
            settings.put_day("tier_last_review", today)
        _apply_staged(_Ladder.of(saved), because("rules_changed"))
        # Only now: the moves above name the removed tiers they leave.
        Tier.delete().where(Tier.id.not_in([spec.id for spec in saved])).execute()
        AuditLog.create(
            action="tier_rules",
            staff=actor,
            detail=f"rule={cleaned.rule} downgrade={cleaned.downgrade} "
            f"up={result.up} down={result.down} reassigned={result.reassigned}",
        )
    return result


# --- for the card --------------------------------------------------------------------------


def progress(customer: Customer, today: dt.date | None = None) -> TierProgress:
    """Her tier, the next one up and how far she is from it, by the shop's rule."""
    rule = options.get("tier_rule")
    sql, params = _measures(rule, today or clock.today(), 0, [customer.id])
    row = database.execute_sql(f"SELECT earn FROM ({sql})", params).fetchone()
    measure = from_fen(row[0] if row else None)
    current = customer.tier if customer.tier_id else None
    rank = current.rank if current else -1
    upper = Tier.select().where(Tier.rank > rank).order_by(Tier.rank).first()
    if upper is None:
        return TierProgress(rule, current, None, measure, Decimal("0.00"), 1.0)
    floor = current.threshold if current else Decimal(0)
    remaining = max(upper.threshold - measure, Decimal("0.00"))
    span = upper.threshold - floor
    fraction = 1.0 if span <= 0 else float((measure - floor) / span)
    return TierProgress(rule, current, upper, measure, remaining, max(0.0, min(fraction, 1.0)))


def next_tier(customer: Customer) -> tuple[Tier | None, Decimal]:
    """The next tier up and how far she is from it, in the rule's units."""
    ahead = progress(customer)
    return ahead.next, ahead.remaining


def history(customer_id: int) -> list[TierMove]:
    """Her tier changes, newest first, with the names the tiers had at the time."""
    rows = database.execute_sql(
        """SELECT tc.changed_at, coalesce(tc.from_name, f.name), coalesce(tc.to_name, t.name),
                  tc.direction, tc.reason_code, tc.reason_args, tc.reason
             FROM tier_change tc
             LEFT JOIN tier f ON f.id = tc.from_tier_id
             LEFT JOIN tier t ON t.id = tc.to_tier_id
            WHERE tc.customer_id = ?
            ORDER BY tc.changed_at DESC, tc.id DESC""",
        (customer_id,),
    ).fetchall()
    return [
        TierMove(
            dt.datetime.fromisoformat(str(at)), before, after, direction, words(code, args, text)
        )
        for at, before, after, direction, code, args, text in rows
    ]

"""The shop's options, each declared once: its type and bounds, its default, what it is
and on which screen the owner sets it.

Like qutebrowser's configdata.yml or Picard's Option classes: reading an option gives
a typed value (`get`), and every change goes through one check (`set_many`): each
value against its type and bounds, then the rules between options, and all of them
are written in one transaction or none. A refused value comes back as a
ValidationError naming the option, with what to type instead.

What the program keeps for itself (the next customer number, the day a daily job
last ran, the import wizard's column choices) is no choice of the owner's, so it is
no option: settings.py keeps it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, Protocol, TypeVar

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.log import log
from shopcrm.core.money import (
    MAX_SALE,
    parse_amounts,
    parse_count,
    parse_decimal,
    parse_yuan,
    plain,
)
from shopcrm.core.text import too_long
from shopcrm.storage.models import Setting, database

T = TypeVar("T", covariant=True)

# The screens the owner sets options on.
SHOP, TIERS, LOYALTY, CARE, COMPLAINTS = "shop", "tiers", "loyalty", "care", "complaints"
PRIVACY = "privacy"
WALLET = "wallet"
BACKUPS = "backups"
# A year without 29 February, which a day of every year cannot be.
COMMON_YEAR = 2001


class Kind(Protocol[T]):
    """The values an option takes: `parse` reads one, typed or as the owner typed it, and
    raises ValueError saying what to type; `text` is how a value is stored and shown."""

    def parse(self, value: Any) -> T: ...

    def text(self, value: Any) -> str: ...


def _typed(value: Any) -> str:
    """A value a program passes (a spin box's int, a Decimal) as the owner would type it."""
    return plain(value) if isinstance(value, Decimal | int) else str(value)


@dataclass(frozen=True)
class Whole:
    """A whole number from `low` to `high`: days, visits, points."""

    low: int
    high: int

    def parse(self, value: Any) -> int:
        return parse_count(_typed(value), minimum=self.low, maximum=self.high)

    def text(self, value: Any) -> str:
        return str(value)


@dataclass(frozen=True)
class Number:
    """A number with at most `places` decimals from `low` to `high`: a rate, a per cent."""

    places: int
    low: Decimal
    high: Decimal

    def parse(self, value: Any) -> Decimal:
        return parse_decimal(_typed(value), places=self.places, minimum=self.low, maximum=self.high)

    def text(self, value: Any) -> str:
        return plain(value)


PERCENT = Number(2, Decimal(0), Decimal(100))


@dataclass(frozen=True)
class Money:
    """An amount in yuan, to the fen, from ¥0 to `high`."""

    high: Decimal

    def parse(self, value: Any) -> Decimal:
        return parse_yuan(_typed(value), maximum=self.high)

    def text(self, value: Any) -> str:
        return plain(value)


@dataclass(frozen=True)
class Amounts:
    """Amounts in yuan typed in one box, kept lowest first and each once: spending levels."""

    high: Decimal

    def parse(self, value: Any) -> tuple[Decimal, ...]:
        typed = value if isinstance(value, str) else ",".join(map(_typed, value))
        return parse_amounts(typed, maximum=self.high)

    def text(self, value: Any) -> str:
        return ",".join(map(plain, value))


@dataclass(frozen=True)
class Steps:
    """Pairs of amounts typed in one box, "500:50, 1000:150", lowest first: a top-up of at
    least the first amount earns the second as a bonus."""

    high: Decimal

    def parse(self, value: Any) -> tuple[tuple[Decimal, Decimal], ...]:
        typed = value if isinstance(value, str) else ", ".join(f"{a}:{b}" for a, b in value)
        steps: dict[Decimal, Decimal] = {}
        for written in filter(None, (part.strip() for part in re.split(r"[,，;；]", typed))):
            pair = re.split(r"\s*[:：=]\s*", written)
            if len(pair) != 2:
                raise ValueError(tr("Write each step as top-up:bonus, e.g. 500:50, 1000:150."))
            amount, bonus = (parse_yuan(part, maximum=self.high) for part in pair)
            if amount <= 0 or bonus <= 0 or bonus >= amount:
                raise ValueError(
                    tr("{step}: the bonus must be more than 0 and less than the top-up.").format(
                        step=written
                    )
                )
            if amount in steps:
                raise ValueError(
                    tr("A top-up of {amount} is given twice.").format(amount=plain(amount))
                )
            steps[amount] = bonus
        return tuple(sorted(steps.items()))

    def text(self, value: Any) -> str:
        return ", ".join(f"{plain(a)}:{plain(b)}" for a, b in value)


@dataclass(frozen=True)
class Text:
    """One line of at most `limit` characters; runs of spaces are tidied to one."""

    limit: int

    def parse(self, value: Any) -> str:
        text = " ".join(str(value or "").split())
        if len(text) > self.limit:
            raise ValueError(too_long(self.limit))
        return text

    def text(self, value: Any) -> str:
        return str(value)


@dataclass(frozen=True)
class Choice:
    """One of a few codes; `labels` gives each code with its words for the owner."""

    labels: Callable[[], tuple[tuple[str, str], ...]]

    def parse(self, value: Any) -> str:
        if value not in (code for code, _ in self.labels()):
            raise ValueError(tr("Choose one of the choices offered."))
        return str(value)

    def text(self, value: Any) -> str:
        return str(value)


class MonthDay(NamedTuple):
    """A day that comes every year (a yearly review): a month and a day, no year."""

    month: int
    day: int

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"

    def on(self, year: int) -> dt.date:
        return dt.date(year, self.month, self.day)


@dataclass(frozen=True)
class Yearly:
    """A day of the year written MM-DD; not 29 February, which most years do not have."""

    def parse(self, value: Any) -> MonthDay:
        if isinstance(value, dt.date):
            return MonthDay(value.month, value.day)
        found = re.fullmatch(r"(\d{1,2})-(\d{1,2})", str(value).strip())
        try:
            day = dt.date(COMMON_YEAR, int(found[1]), int(found[2])) if found else None
        except ValueError:
            day = None
        if day is None:
            raise ValueError(tr("Write the day as month-day, e.g. 01-01."))
        return MonthDay(day.month, day.day)

    def text(self, value: Any) -> str:
        return str(value)


@dataclass(frozen=True)
class Option:
    """One option: `default` is written as the owner would type it; `describe` says in a
    few words what it is, beside its field and wherever it is listed."""

    name: str
    kind: Kind[Any]
    default: str
    screen: str
    describe: Callable[[], str]


@dataclass(frozen=True)
class Rule:
    """A rule between options: `check` gets their values and returns, for each option
    that breaks it, what to type instead."""

    names: tuple[str, ...]
    check: Callable[[Mapping[str, Any]], dict[str, str]]


def _shop_kinds() -> tuple[tuple[str, str], ...]:
    return (("clothing", tr("Clothing shop")), ("furniture", tr("Furniture shop")))


def _tier_rules() -> tuple[tuple[str, str], ...]:
    return (
        ("cumulative", tr("Total spending")),
        ("last_12_months", tr("Spending in the last 12 months")),
        ("visits", tr("Number of visits")),
    )


def _downgrades() -> tuple[tuple[str, str], ...]:
    return (
        ("never", tr("Never: a tier once reached is kept")),
        ("review", tr("At the yearly review")),
        ("drop", tr("As soon as the customer no longer qualifies")),
    )


def _expiries() -> tuple[tuple[str, str], ...]:
    return (
        ("never", tr("Never")),
        ("year_end", tr("At the end of the year they were earned")),
        ("next_year_end", tr("At the end of the year after they were earned")),
    )


def _refund_bonus() -> tuple[tuple[str, str], ...]:
    return (
        ("keep", tr("The shop keeps the bonus not yet spent")),
        ("pay", tr("The bonus not yet spent is paid out too")),
    )


def _receipt_layouts() -> tuple[tuple[str, str], ...]:
    return (
        ("80mm", tr("80 mm receipt printer")),
        ("58mm", tr("58 mm receipt printer")),
        ("a5", tr("A5 sheet")),
        ("a4", tr("A4 sheet")),
    )


def _yes_no() -> tuple[tuple[str, str], ...]:
    return (("no", tr("No")), ("yes", tr("Yes")))


DECLARED = (
    Option("shop_kind", Choice(_shop_kinds), "clothing", SHOP, lambda: tr("Kind of shop")),
    Option("shop_name", Text(60), "", SHOP, lambda: tr("Shop name")),
    Option("shop_address", Text(120), "", SHOP, lambda: tr("Shop address")),
    Option("shop_phone", Text(40), "", SHOP, lambda: tr("Shop phone")),
    # VIP tiers (loyalty/tiers.py): how customers qualify, when they go down a tier.
    Option(
        "tier_rule", Choice(_tier_rules), "cumulative", TIERS, lambda: tr("Customers qualify by")
    ),
    Option(
        "tier_downgrade",
        Choice(_downgrades),
        "never",
        TIERS,
        lambda: tr("A customer goes down a tier"),
    ),
    Option("tier_review_date", Yearly(), "01-01", TIERS, lambda: tr("Yearly review on")),
    Option("tier_grace_days", Whole(0, 365), "30", TIERS, lambda: tr("Grace period")),
    # Points (loyalty/points.py): earned per ¥1 before the tier multiplier; ¥ worth of one.
    Option(
        "points_per_yuan",
        Number(4, Decimal(0), Decimal(100)),
        "1",
        LOYALTY,
        lambda: tr("Points per ¥1 spent"),
    ),
    Option(
        "point_value",
        Number(4, Decimal("0.0001"), Decimal(100)),
        "0.01",
        LOYALTY,
        lambda: tr("Worth of one point (¥)"),
    ),
    Option(
        "points_expiry", Choice(_expiries), "next_year_end", LOYALTY, lambda: tr("Points lapse")
    ),
    # Referrals (loyalty/referrals.py): rewards when the friend first buys; the goal.
    Option(
        "referral_points",
        Whole(0, 1_000_000),
        "200",
        LOYALTY,
        lambda: tr("Points for the referrer"),
    ),
    Option("referral_gift", Text(100), "", LOYALTY, lambda: tr("Gift for the referrer")),
    Option(
        "referral_voucher",
        Money(Decimal(100_000)),
        "0",
        LOYALTY,
        lambda: tr("Voucher for the referrer (¥)"),
    ),
    Option(
        "referral_friend_discount_pct",
        PERCENT,
        "5",
        LOYALTY,
        lambda: tr("Friend's first-purchase extra %"),
    ),
    Option("referral_goal_pct", PERCENT, "20", LOYALTY, lambda: tr("Referral rate goal %")),
    # Lifecycle (loyalty/segments.py).
    Option(
        "regular_visits", Whole(2, 1000), "3", LOYALTY, lambda: tr("Visits that make a regular")
    ),
    Option(
        "dormant_days",
        Whole(1, 3650),
        "180",
        LOYALTY,
        lambda: tr("Dormant after days without a purchase"),
    ),
    Option(
        "lost_days",
        Whole(2, 3650),
        "365",
        LOYALTY,
        lambda: tr("Lost after days without a purchase"),
    ),
    # Complaints (complaints/workflow.py): days after the result (step 8) to call her back.
    Option(
        "complaint_followup_days",
        Whole(1, 60),
        "3",
        COMPLAINTS,
        lambda: tr("Days from the result to the follow-up call"),
    ),
    # The care plan (care/rules.py): a sale of at least ¥X gets a call N days later, on
    # time for a few days more; a referred friend's call; thank-you letters at cumulative
    # spends; December visits to the year's top N; birthday gifts from a tier rank up,
    # within a budget; furniture checks with the owner's wording (empty: ours).
    Option(
        "care_call_min_amount",
        Money(MAX_SALE),
        "1000",
        CARE,
        lambda: tr("A sale from (¥) gets a call"),
    ),
    Option("care_call_after_days", Whole(1, 60), "7", CARE, lambda: tr("Call after (days)")),
    Option(
        "care_call_window_days", Whole(0, 30), "3", CARE, lambda: tr("Still on time for (days)")
    ),
    Option(
        "referral_call_days",
        Whole(1, 30),
        "7",
        CARE,
        lambda: tr("Call a referred friend within (days)"),
    ),
    Option(
        "thank_you_thresholds",
        Amounts(MAX_SALE),
        "5000,20000,50000",
        CARE,
        lambda: tr("Thank-you letter at spending of (¥)"),
    ),
    Option("top_spenders", Whole(0, 100), "3", CARE, lambda: tr("December visits to the top")),
    Option("gift_min_tier_rank", Whole(0, 99), "2", CARE, lambda: tr("Birthday gift from tier")),
    Option("gift_budget", Money(Decimal(100_000)), "200", CARE, lambda: tr("Gift budget (¥)")),
    # A festival greets most customers in one batch per clerk (care/batches.py); her
    # tier from this rank up is greeted one by one. A clerk's day holds this many personal
    # follow-ups, the most important first; the rest wait for the next days (0: all today).
    Option(
        "personal_greeting_min_tier_rank",
        Whole(0, 99),
        "3",
        CARE,
        lambda: tr("Festival greetings one by one from tier"),
    ),
    Option(
        "care_daily_load",
        Whole(0, 500),
        "30",
        CARE,
        lambda: tr("Follow-ups per clerk a day (0: no limit)"),
    ),
    # VIP events (events/): how many a year the shop means to hold, and which kinds only
    # invite customers who accept promotional messages (a preview sells; a talk is care).
    Option("events_a_year", Whole(0, 52), "4", CARE, lambda: tr("VIP events a year, at least")),
    *(
        Option(
            f"event_consent_{kind}",
            Choice(_yes_no),
            default,
            CARE,
            describe,
        )
        for kind, default, describe in (
            ("preview", "yes", lambda: tr("Previews: only customers who accept promotions")),
            ("outing", "no", lambda: tr("Outings: only customers who accept promotions")),
            ("talk", "no", lambda: tr("Talks: only customers who accept promotions")),
            (
                "birthday_party",
                "no",
                lambda: tr("Birthday parties: only customers who accept promotions"),
            ),
            ("other", "yes", lambda: tr("Other events: only customers who accept promotions")),
        )
    ),
    Option("furniture_day1_text", Text(200), "", CARE, lambda: tr("Furniture: the next day")),
    Option("furniture_day5_text", Text(200), "", CARE, lambda: tr("Furniture: days 5 to 15")),
    Option("furniture_day15_text", Text(200), "", CARE, lambda: tr("Furniture: days 15 to 30")),
    # Sign-in and the customers' privacy (staff/accounts.py, customers/privacy.py).
    Option(
        "idle_lock_minutes",
        Whole(0, 240),
        "5",
        PRIVACY,
        lambda: tr("Lock the counter after idle minutes (0: never)"),
    ),
    Option(
        "mask_phones",
        Choice(_yes_no),
        "no",
        PRIVACY,
        lambda: tr("Clerks see only their own customers' full phone numbers"),
    ),
    Option(
        "visitor_retention_days",
        Whole(0, 3650),
        "0",
        PRIVACY,
        lambda: tr("Forget visitors who never bought after days (0: never)"),
    ),
    # Her wallet (wallet/): vouchers, stored value, gifts, the receipt.
    Option("vouchers_per_sale", Whole(1, 5), "1", WALLET, lambda: tr("Vouchers one sale can take")),
    Option(
        "voucher_days",
        Whole(1, 3650),
        "90",
        WALLET,
        lambda: tr("Days a voucher given by a rule is valid"),
    ),
    Option("stored_value", Choice(_yes_no), "no", WALLET, lambda: tr("Customers can top up")),
    Option(
        "top_up_bonus",
        Steps(MAX_SALE),
        "",
        WALLET,
        lambda: tr("Top-up bonus (top-up:bonus, e.g. 500:50, 1000:150)"),
    ),
    Option(
        "refund_bonus",
        Choice(_refund_bonus),
        "keep",
        WALLET,
        lambda: tr("On a refund of the balance"),
    ),
    Option(
        "gift_month_budget",
        Money(Decimal(10_000_000)),
        "0",
        WALLET,
        lambda: tr("Gifts a month, at most (¥; 0: no budget)"),
    ),
    Option("receipt_layout", Choice(_receipt_layouts), "80mm", WALLET, lambda: tr("Receipt paper")),
    Option("receipt_thanks", Text(100), "", WALLET, lambda: tr("Last line of the receipt")),
    # The daily backups (storage/backup.py): how many days of them the backups folder keeps.
    Option("daily_backups_kept", Whole(3, 365), "14", BACKUPS, lambda: tr("Daily backups kept")),
    # A folder on another disk or a USB stick for the day's second copy ("": none).
    Option("second_copy_folder", Text(260), "", BACKUPS, lambda: tr("Second copy each day in")),
)
OPTIONS: dict[str, Option] = {declared.name: declared for declared in DECLARED}


def _lost_after_dormant(values: Mapping[str, Any]) -> dict[str, str]:
    if values["lost_days"] > values["dormant_days"]:
        return {}
    return {
        "lost_days": tr("Lost must come after dormant: type more days than {n}.").format(
            n=values["dormant_days"]
        )
    }


RULES = (Rule(("dormant_days", "lost_days"), _lost_after_dormant),)


def on_screen(screen: str) -> list[str]:
    """The options set on `screen`, in the order they are declared."""
    return [name for name, declared in OPTIONS.items() if declared.screen == screen]


def defaults() -> dict[str, str]:
    """Every option's default, as stored."""
    return {name: declared.default for name, declared in OPTIONS.items()}


def choices(name: str) -> list[tuple[str, str]]:
    """(code, words) of each value a choice option takes."""
    kind = OPTIONS[name].kind
    if not isinstance(kind, Choice):
        raise TypeError(f"{name} is not a choice")
    return list(kind.labels())


def get(name: str) -> Any:
    """The option's value, typed (int, Decimal, str, tuple of amounts, MonthDay).

    A stored text that is no longer valid (edited by hand, or kept from older bounds)
    reads as the default, and the log says so: a bad row never keeps the shop shut.
    """
    declared = OPTIONS[name]
    row = Setting.get_or_none(Setting.key == name)
    if row is not None:
        try:
            return declared.kind.parse(row.value)
        except ValueError:
            log.warning("option %s: stored %r is not valid; the default is used", name, row.value)
    return declared.kind.parse(declared.default)


def text(name: str) -> str:
    """The option's value as the owner would type it."""
    return OPTIONS[name].kind.text(get(name))


def clean(values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` (option -> typed or as typed) checked, typed; a ValidationError maps each
    option refused, by its type or by a rule between options, to what to type instead."""
    errors: dict[str, str] = {}
    cleaned: dict[str, Any] = {}
    for name, value in values.items():
        try:
            cleaned[name] = OPTIONS[name].kind.parse(value)
        except ValueError as exc:
            errors[name] = str(exc)
    for rule in RULES:
        if errors.keys() & set(rule.names) or not values.keys() & set(rule.names):
            continue
        errors.update(rule.check({n: cleaned[n] if n in cleaned else get(n) for n in rule.names}))
    if errors:
        raise ValidationError(errors)
    return cleaned


def set_many(values: Mapping[str, Any]) -> dict[str, Any]:
    """Check `values` and write them all in one transaction, or none; returns them typed.

    Inside a caller's transaction it is part of that one: a feature that must follow
    the change (the lifecycle after new day counts) does so in the same action.
    """
    with database.atomic("IMMEDIATE"):
        cleaned = clean(values)
        rows = [{"key": n, "value": OPTIONS[n].kind.text(v)} for n, v in cleaned.items()]
        if rows:
            Setting.insert_many(rows).on_conflict_replace().execute()
    return cleaned

"""Why her points or her tier changed: stored as a code and its values, worded when shown.

A reason written down in words would stay in the language of the day it was
written (a Chinese window showing "Sale 2023-12-05"); a code is worded in the
language it is read in, the window's or a file's. A reason the owner types
herself (a points adjustment) is kept as she typed it, with no code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from shopcrm.core.i18n import words_for
from shopcrm.core.money import money

CODES = (
    "sale",
    "return",
    "redeemed",
    "lapsed",
    "referral",
    "compensation",
    "registered",
    "imported",
    "merged",
    "unmerged",
    "rules_changed",
    "yearly_review",
    "last_12_months",
    "reevaluated",
)


@dataclass(frozen=True)
class Reason:
    code: str
    values: dict[str, str | int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown reason {self.code!r}")

    def columns(self) -> dict[str, str]:
        """The stored form: the code and its values (the text column stays empty)."""
        return {
            "reason": "",
            "reason_code": self.code,
            "reason_args": json.dumps(self.values, ensure_ascii=False, sort_keys=True),
        }


def because(code: str, **values: str | int) -> Reason:
    return Reason(code, dict(values))


def words(
    code: str | None, args: str | None, written: str = "", language: str | None = None
) -> str:
    """A stored reason in the window's language, or a file's; a typed one as it was typed."""
    if not code:
        return written
    say = words_for(language)
    values = json.loads(args or "{}")
    if code == "sale":
        return say.tr("Sale {date}").format(**values)
    if code == "return":
        return say.tr("Return {date}").format(**values)
    if code == "redeemed":
        n = int(values["n"])
        text = say.trn(
            "{n} point for {amount} off, sale {date}", "{n} points for {amount} off, sale {date}", n
        )
        return text.format(n=n, amount=money(Decimal(values["amount"])), date=values["date"])
    if code == "lapsed":
        return say.tr("Points valid until {date} lapsed").format(**values)
    if code == "referral":
        return say.tr("Referral: {name} made a first purchase").format(**values)
    if code == "compensation":
        return say.tr("Compensation for the complaint of {date}").format(**values)
    if code == "registered":
        return say.tr("Registered")
    if code == "imported":
        return say.tr("Imported")
    if code == "merged":
        return say.tr("Merged with {number}").format(**values)
    if code == "unmerged":
        return say.tr("A merge was undone")
    if code == "rules_changed":
        return say.tr("VIP rules changed")
    if code == "yearly_review":
        return say.tr("Yearly tier review")
    if code == "last_12_months":
        return say.tr("Spending in the last 12 months changed")
    return say.tr("Tier re-evaluated")

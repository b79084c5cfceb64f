"""Money and numbers, in one place: what a clerk types, how the till rounds, how the
database keeps it and how it reads at the counter.

A price is typed as `399`, `¥1,299.50`, `１２９９` or `399元`; what is not a plain
amount to the fen (`1e18`, `NaN`, `1.005`) is refused with a message that says
what to type, never rounded or overflowed behind her back. The database keeps
whole fen (`to_fen`, `from_fen`) so sums never drift; a computed amount (a
discount, points' worth) is rounded to the fen half up, as a till does.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from shopcrm.core.i18n import tr, trn

CENT = Decimal("0.01")

# One unit of anything a clothing or furniture shop sells, and the largest count of it.
MAX_PRICE = Decimal("1000000.00")
MAX_QUANTITY = 9_999
# A whole sale: the largest line times a generous number of lines, far below SQLite's 2**63 fen.
MAX_SALE = Decimal("100000000.00")

_AMOUNT = re.compile(r"^-?\d+(\.\d{1,2})?$")
_CURRENCY = ("¥", "￥", "元", "rmb", "cny", ",", " ")
# What may stand between the amounts of a list: commas and pauses, Chinese or not, or spaces.
_LIST_BREAK = re.compile(r"[,，、;；\s]+")


class AmountError(ValueError):
    """The text is not an amount; str() is the message to show."""


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    for mark in _CURRENCY:
        folded = folded.replace(mark.lower(), "")
    return folded


def parse_yuan(text: str, *, maximum: Decimal = MAX_PRICE, allow_negative: bool = False) -> Decimal:
    """The amount typed in `text`, in yuan to the fen; AmountError says what is wrong."""
    bare = _plain(text)
    if not bare:
        raise AmountError(tr("Type an amount, e.g. 399 or 1299.50."))
    if not _AMOUNT.match(bare):
        if re.match(r"^-?\d+\.\d{3,}$", bare):
            raise AmountError(tr("Type the amount to the fen: two decimals at most."))
        raise AmountError(
            tr("“{text}” is not an amount; type it as e.g. 399 or 1299.50.").format(text=text)
        )
    value = Decimal(bare)
    if value < 0 and not allow_negative:
        raise AmountError(tr("The amount cannot be negative."))
    if abs(value) > maximum:
        raise AmountError(
            tr("The amount is too large: at most {most}.").format(most=money(maximum))
        )
    return value


def parse_count(text: str, *, minimum: int, maximum: int) -> int:
    """A whole number typed in `text`, within bounds; AmountError says what is wrong."""
    bare = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if not re.match(r"^-?\d+$", bare):
        raise AmountError(tr("Type a whole number, e.g. 1."))
    if len(bare.lstrip("-").lstrip("0")) > 9:  # out of any bound, however long
        value = minimum - 1 if bare.startswith("-") else maximum + 1
    else:
        value = int(bare)
    if not minimum <= value <= maximum:
        raise AmountError(
            tr("Type a number from {low} to {high}.").format(low=minimum, high=maximum)
        )
    return value


def parse_decimal(text: str, *, places: int, minimum: Decimal, maximum: Decimal) -> Decimal:
    """A number with at most `places` decimals typed in `text` (an area, a percentage),
    within bounds; AmountError says what is wrong."""
    bare = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    decimals = rf"(\.\d{{1,{places}}})?" if places else ""
    if not re.match(rf"^-?\d{{1,12}}{decimals}$", bare):
        raise AmountError(
            trn(
                "Type a number with at most {n} decimal, e.g. 12.5.",
                "Type a number with at most {n} decimals, e.g. 12.5.",
                places,
            ).format(n=places)
            if places
            else tr("Type a whole number, e.g. 1.")
        )
    value = Decimal(bare)
    if not minimum <= value <= maximum:
        low, high = f"{minimum:g}", f"{maximum:g}"
        raise AmountError(tr("Type a number from {low} to {high}.").format(low=low, high=high))
    return value


def check_amount(value: Decimal, *, maximum: Decimal = MAX_PRICE) -> str | None:
    """Why an amount given by a program (not typed) cannot be stored, or None."""
    if not value.is_finite():
        return tr("The amount must be a number.")
    if abs(value) > maximum:
        return tr("The amount is too large: at most {most}.").format(most=money(maximum))
    if value != value.quantize(Decimal("0.01")):
        return tr("Type the amount to the fen: two decimals at most.")
    return None


def parse_amounts(text: str, *, maximum: Decimal = MAX_SALE) -> tuple[Decimal, ...]:
    """Several amounts typed in one box (`5000, 20000，50000`), lowest first, each once;
    AmountError says which one is wrong. A list may be empty; an amount of 0 is not one."""
    amounts = set()
    for part in _LIST_BREAK.split(unicodedata.normalize("NFKC", text)):
        if not part:
            continue
        amount = parse_yuan(part, maximum=maximum)
        if amount == 0:
            raise AmountError(tr("Leave out the 0: each amount in the list is above ¥0."))
        amounts.add(amount)
    return tuple(sorted(amounts))


def to_money(value: Decimal | int | float | str) -> Decimal:
    """A computed amount rounded to the fen, half up, as a till does."""
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def percent_of(amount: Decimal, pct: Decimal) -> Decimal:
    """`pct` per cent of `amount`, to the fen: what a discount of `pct` % takes off."""
    return to_money(amount * pct / 100)


def to_fen(yuan: Decimal | int | float | str) -> int:
    """Yuan as the whole fen the database keeps, rounded as a till does."""
    return int(to_money(yuan) * 100)


def from_fen(fen: int | Decimal | None) -> Decimal:
    """Whole fen from the database as yuan to the fen; None (an empty sum) is ¥0.00."""
    return (Decimal(fen or 0) / 100).quantize(CENT)


def money(amount: Decimal | int | str | None) -> str:
    """How an amount reads at the counter: ¥1,234.00, a minus sign for a return; a
    recorded amount may come back as its text."""
    if amount is None:
        return ""
    value = Decimal(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"


def plain(number: Decimal | int) -> str:
    """A number as the owner would type it: 2000, 0.01, 12.5 (no trailing zeros, no 1E+3)."""
    return format(Decimal(number).normalize(), "f")

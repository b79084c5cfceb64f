"""Amounts and counts as a clerk types them, and the bounds a shop's figures stay within.

A price is typed as `399`, `¥1,299.50`, `１２９９` or `399元`; what is not a plain
amount to the fen (`1e18`, `NaN`, `1.005`) is refused with a message that says
what to type, never rounded or overflowed behind her back.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from shopcrm.core.i18n import tr

# One unit of anything a clothing or furniture shop sells, and the largest count of it.
MAX_PRICE = Decimal("1000000.00")
MAX_QUANTITY = 9_999
# A whole sale: the largest line times a generous number of lines, far below SQLite's 2**63 fen.
MAX_SALE = Decimal("100000000.00")

_AMOUNT = re.compile(r"^-?\d+(\.\d{1,2})?$")
_CURRENCY = ("¥", "￥", "元", "rmb", "cny", ",", " ")


class AmountError(ValueError):
    """The text is not an amount; str() is the message to show."""


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).strip().lower()
    for mark in _CURRENCY:
        folded = folded.replace(mark.lower(), "")
    return folded


def parse_yuan(text: str, *, maximum: Decimal = MAX_PRICE, allow_negative: bool = False) -> Decimal:
    """The amount typed in `text`, in yuan to the fen; AmountError says what is wrong."""
    plain = _plain(text)
    if not plain:
        raise AmountError(tr("Type an amount, e.g. 399 or 1299.50."))
    if not _AMOUNT.match(plain):
        if re.match(r"^-?\d+\.\d{3,}$", plain):
            raise AmountError(tr("Type the amount to the fen: two decimals at most."))
        raise AmountError(
            tr("“{text}” is not an amount; type it as e.g. 399 or 1299.50.").format(text=text)
        )
    value = Decimal(plain)
    if value < 0 and not allow_negative:
        raise AmountError(tr("The amount cannot be negative."))
    if abs(value) > maximum:
        raise AmountError(
            tr("The amount is too large: at most {most}.").format(most=f"¥{maximum:,.2f}")
        )
    return value


def parse_count(text: str, *, minimum: int, maximum: int) -> int:
    """A whole number typed in `text`, within bounds; AmountError says what is wrong."""
    plain = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    if not re.match(r"^-?\d{1,9}$", plain):
        raise AmountError(tr("Type a whole number, e.g. 1."))
    value = int(plain)
    if not minimum <= value <= maximum:
        raise AmountError(
            tr("Type a number from {low} to {high}.").format(low=minimum, high=maximum)
        )
    return value


def parse_decimal(text: str, *, places: int, minimum: Decimal, maximum: Decimal) -> Decimal:
    """A number with at most `places` decimals typed in `text` (an area, a percentage),
    within bounds; AmountError says what is wrong."""
    plain = unicodedata.normalize("NFKC", text).strip().replace(",", "")
    decimals = rf"(\.\d{{1,{places}}})?" if places else ""
    if not re.match(rf"^-?\d{{1,12}}{decimals}$", plain):
        raise AmountError(
            tr("Type a number with at most {n} decimals, e.g. 12.5.").format(n=places)
            if places
            else tr("Type a whole number, e.g. 1.")
        )
    value = Decimal(plain)
    if not minimum <= value <= maximum:
        low, high = f"{minimum:g}", f"{maximum:g}"
        raise AmountError(tr("Type a number from {low} to {high}.").format(low=low, high=high))
    return value


def check_amount(value: Decimal, *, maximum: Decimal = MAX_PRICE) -> str | None:
    """Why an amount given by a program (not typed) cannot be stored, or None."""
    if not value.is_finite():
        return tr("The amount must be a number.")
    if abs(value) > maximum:
        return tr("The amount is too large: at most {most}.").format(most=f"¥{maximum:,.2f}")
    if value != value.quantize(Decimal("0.01")):
        return tr("Type the amount to the fen: two decimals at most.")
    return None

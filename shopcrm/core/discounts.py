"""A discount as the shop says it: a percentage off, or the 折 of the price paid.

A Chinese shop writes 九五折 for "the customer pays 95%", that is 5% off, and the
owner may think either way. One rule reads what she types, with no guessing:

- A number alone (optionally with %) is the **percentage off**: `5` and `5%` are
  5% off, `12.5` is 12.5% off; from 0 to 100 (all of it, as a tier saved earlier may
  give). `95` is 95% off, never 95折.
- A number ending in **折** is what the customer **pays**, in tenths of the
  price: `9折` and `9.5折` pay 90% and 95%; a whole number of two digits is the
  shorthand for its tenths, so `95折` is 9.5折 and `88折` is 8.8折. Chinese digits
  read the same (`九五折`, `八八折`, `九点五折`, `两折`). It is more than nothing and
  less than all: `0折`, `120折` and `10折` (both 1折 and 十折, no discount) are refused.

The stored figure is always the percentage off; `described` shows it in both forms.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from shopcrm.core.i18n import tr
from shopcrm.core.money import AmountError, plain

ZHE = "折"
_CHINESE_DIGITS = str.maketrans("〇零一二两三四五六七八九点", "001223456789.")
_DIGIT_WORDS = "〇一二三四五六七八九"
_PERCENT = re.compile(r"^-?\d{1,3}(\.\d{1,2})?%?$")
_TENTHS = re.compile(r"^\d{1,3}(\.\d{1,2})?$")
HUNDRED = Decimal(100)


def parse_discount(text: str) -> Decimal:
    """The percentage off typed in `text` (5, 5%, 95折, 9.5折, 九五折; blank is none);
    AmountError says what to type instead."""
    bare = "".join(unicodedata.normalize("NFKC", text).split())
    if not bare:
        return Decimal(0)
    if bare.endswith(ZHE):
        return HUNDRED - _paid(bare.removesuffix(ZHE).translate(_CHINESE_DIGITS), text)
    if not _PERCENT.match(bare):
        raise _not_a_discount(text)
    off = Decimal(bare.removesuffix("%"))
    if not 0 <= off <= HUNDRED:
        raise AmountError(
            tr(
                "“{text}” is out of range: a discount takes from 0 to 100% off, e.g. 5 for 5% off."
            ).format(text=text)
        )
    return off


def _paid(digits: str, text: str) -> Decimal:
    """The per cent paid for the digits before 折 (9.5 or 95: 95%)."""
    if not _TENTHS.match(digits):
        raise _not_a_discount(text)
    number = Decimal(digits)
    shorthand = "." not in digits and 10 < number < HUNDRED  # 95折 is 9.5折
    paid = number if shorthand else number * 10
    if not 0 < paid < HUNDRED:
        raise AmountError(
            tr(
                "“{text}” is out of range: a 折 is more than 0折 and less than 10折, "
                "e.g. 9.5折 or 95折 (5% off)."
            ).format(text=text)
        )
    return paid


def _not_a_discount(text: str) -> AmountError:
    return AmountError(
        tr(
            "“{text}” is not a discount: type the percentage off, e.g. 5, "
            "or the 折, e.g. 95折 or 九五折."
        ).format(text=text)
    )


class Paid:
    """The per cent of the price paid, written in the unit a translation names:
    `{paid:%}` is 95%, `{paid:折}` is 九五折 (9.75折 when it has no name). Each
    language so picks its own form while the catalogue keeps the same placeholders."""

    def __init__(self, share: Decimal) -> None:
        self.share = share

    def __format__(self, unit: str) -> str:
        if unit != ZHE:
            return f"{plain(self.share)}%"
        whole = self.share == self.share.to_integral_value() and 10 <= self.share < HUNDRED
        if not whole:
            return f"{plain(self.share / 10)}{ZHE}"
        digits = str(int(self.share)).removesuffix("0")
        return "".join(_DIGIT_WORDS[int(d)] for d in digits) + ZHE


def described(off: Decimal) -> str:
    """A percentage off in both forms: "5% off (pays 95%)", in Chinese "优惠 5% = 九五折"."""
    if off == 0:
        return tr("No discount")
    return tr("{off}% off (pays {paid:%})").format(off=plain(off), paid=Paid(HUNDRED - off))

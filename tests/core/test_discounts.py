"""A discount typed either way, as a percentage off or as 折, and shown in both forms."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest

from shopcrm.core import i18n
from shopcrm.core.discounts import described, parse_discount
from shopcrm.core.money import AmountError


@pytest.mark.parametrize(
    ("typed", "off"),
    [
        ("5", "5"),
        ("5%", "5"),
        ("１２.５％", "12.5"),
        ("0", "0"),
        ("", "0"),
        ("95", "95"),  # a number alone is always the percentage off
        ("95折", "5"),
        ("9.5折", "5"),
        ("九五折", "5"),
        ("九点五折", "5"),
        ("八八折", "12"),
        ("88折", "12"),
        ("8.8折", "12"),
        ("9折", "10"),
        ("九折", "10"),
        ("两折", "80"),
        (" 9.75 折", "2.5"),
        ("99折", "1"),
        ("11折", "89"),
        ("100", "100"),  # all of it: what a tier saved before this rule may hold
    ],
)
def test_a_discount_is_the_percentage_off_or_the_zhe_paid(typed: str, off: str) -> None:
    assert parse_discount(typed) == Decimal(off)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("0折", "more than 0折"),
        ("120折", "less than 10折"),
        ("10折", "less than 10折"),  # 1折 or 十折: refused rather than guessed
        ("95.5折", "less than 10折"),
        ("100.01", "0 to 100% off"),
        ("-5", "0 to 100% off"),
        ("abc", "is not a discount"),
        ("九五", "is not a discount"),
        ("十折", "is not a discount"),
        ("折", "is not a discount"),
        ("12.345", "is not a discount"),
    ],
)
def test_bad_discounts_say_what_to_type_and_quote_the_text(typed: str, says: str) -> None:
    with pytest.raises(AmountError) as caught:
        parse_discount(typed)
    assert says in str(caught.value)
    assert f"“{typed}”" in str(caught.value)


def test_a_discount_reads_in_both_forms() -> None:
    assert described(Decimal("5")) == "5% off (pays 95%)"
    assert described(Decimal("12.50")) == "12.5% off (pays 87.5%)"
    assert described(Decimal("0.00")) == "No discount"


@pytest.fixture
def chinese() -> Iterator[None]:
    """The window's words in Chinese, from the catalogue the app loads."""
    words = i18n.in_language("zh_CN").entries
    i18n.install(lambda context, text, n: str(words.get((context, text), text)))
    yield
    i18n.install(None)


@pytest.mark.parametrize(
    ("off", "zhe"),
    [
        ("5.00", "优惠 5% = 九五折"),
        ("10", "优惠 10% = 九折"),
        ("12", "优惠 12% = 八八折"),
        ("2.5", "优惠 2.5% = 9.75折"),
        ("95", "优惠 95% = 0.5折"),
    ],
)
def test_in_chinese_the_other_form_is_the_zhe(chinese, off: str, zhe: str) -> None:
    assert described(Decimal(off)) == zhe

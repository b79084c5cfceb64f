"""Money in one module: fen and yuan, the till's rounding, how amounts read and are typed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from shopcrm.core.money import (
    AmountError,
    from_fen,
    money,
    parse_amounts,
    parse_count,
    percent_of,
    plain,
    to_fen,
    to_money,
)


def test_fen_and_yuan_round_trip_as_a_till_rounds() -> None:
    assert to_fen(Decimal("12.345")) == 1235
    assert to_fen("0.005") == 1
    assert from_fen(1235) == Decimal("12.35")
    assert from_fen(None) == Decimal("0.00")
    assert to_fen(from_fen(-99_999)) == -99_999
    assert to_money(2.675) == Decimal("2.68")
    assert percent_of(Decimal("199"), Decimal("5")) == Decimal("9.95")


def test_amounts_read_at_the_counter_and_as_the_owner_types_them() -> None:
    assert money(Decimal("-1234")) == "-¥1,234.00"
    assert money("99.5") == "¥99.50"
    assert money(None) == ""
    assert (plain(Decimal("2000.00")), plain(Decimal("0.0100")), plain(3)) == ("2000", "0.01", "3")


def test_a_list_of_amounts_is_kept_lowest_first_each_once() -> None:
    assert parse_amounts("20000，¥5000、5000; 50000") == (
        Decimal(5000),
        Decimal(20000),
        Decimal(50000),
    )
    assert parse_amounts("  ") == ()
    for wrong in ("5000, 0", "5000, -1", "5000, abc"):
        with pytest.raises(AmountError):
            parse_amounts(wrong)


def test_a_count_of_ten_digits_is_out_of_range_not_unreadable() -> None:
    with pytest.raises(AmountError, match="from 1 to 10000"):
        parse_count("1000000000", minimum=1, maximum=10000)
    with pytest.raises(AmountError, match="from 1 to 10000"):
        parse_count("-99999999999", minimum=1, maximum=10000)
    with pytest.raises(AmountError, match="whole number"):
        parse_count("10x", minimum=1, maximum=10000)
    assert parse_count("0000000000005", minimum=1, maximum=10000) == 5

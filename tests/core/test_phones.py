"""The fast path for plain mainland mobiles gives the library's answer, number for number."""

from __future__ import annotations

import random

import pytest

from shopcrm.core import phones
from shopcrm.core.errors import ValidationError


def _by_the_library(raw: str) -> str | None:
    try:
        return phones.parsed_phone(raw)
    except ValidationError:
        return None


def _samples(count: int) -> list[str]:
    """Eleven digits from 1 in every prefix, typed plainly, grouped, dashed, full-width."""
    rng = random.Random(86)
    numbers = [f"1{rng.randrange(10**10):010d}" for _ in range(count)]
    numbers += [f"1{prefix:02d}{rng.randrange(10**8):08d}" for prefix in range(100)]
    numbers += [f"1{prefix:03d}{rng.randrange(10**7):07d}" for prefix in range(1000)]
    typed = []
    for number in numbers:
        typed += [number, f"{number[:3]} {number[3:7]} {number[7:]}", f"{number[:3]}-{number[3:]}"]
    return [*typed, "１３８１２３４５６７８", "138 1234 567", "+86 13812345678", "13812345678x"]


def test_the_fast_path_agrees_with_phonenumbers_on_every_sample() -> None:
    samples = _samples(1500)
    answers = [(raw, phones._plain_mobile(raw), _by_the_library(raw)) for raw in samples]
    assert [row for row in answers if row[1] and row[1] != row[2]] == []
    # Every plainly typed mobile the library accepts takes the fast path.
    missed = [
        raw
        for raw, fast, slow in answers
        if not fast and raw.isascii() and raw.replace(" ", "").replace("-", "") == slow
    ]
    assert missed == []
    assert sum(1 for _, fast, _ in answers if fast) > len(samples) / 4


@pytest.mark.parametrize("raw", ["12012345678", "10012345678", "1381234567"])
def test_what_the_fast_path_leaves_is_still_refused(raw: str) -> None:
    assert phones._plain_mobile(raw) is None
    with pytest.raises(ValidationError):
        phones.normalize_phone(raw)

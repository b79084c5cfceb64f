"""How the generators draw from the vocabulary: by weight, now and then, or a few at once."""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Iterable, Sequence
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice by bisection: much cheaper than random.choices per draw."""

    def __init__(self, pairs: Iterable[tuple[T, float]]) -> None:
        values, weights = zip(*pairs, strict=True)
        self.values: list[T] = list(values)
        self.cumulative = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> T:
        point = rng.random() * self.cumulative[-1]
        return self.values[bisect.bisect(self.cumulative, point)]


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """`rng.choice` at a fraction of its cost, for the draws made millions of times."""
    return options[int(rng.random() * len(options))]


def below(rng: random.Random, n: int) -> int:
    """`rng.randrange(n)` at a fraction of its cost, for the draws made millions of times."""
    return int(rng.random() * n)


def maybe(rng: random.Random, chance: float, values: Sequence[str]) -> str | None:
    """One of `values`, or nothing: what a clerk has not learnt yet stays empty."""
    return rng.choice(values) if rng.random() < chance else None


def few(rng: random.Random, chance: float, values: Sequence[str]) -> str | None:
    """A short list such as '瑜伽、旅游', or nothing: soft facts come in slowly."""
    if rng.random() >= chance:
        return None
    return "、".join(rng.sample(values, rng.randint(1, 2)))

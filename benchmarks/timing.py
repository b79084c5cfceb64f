"""Timing shared by the benchmark scripts (run as `python benchmarks/NAME.py`, so this
folder is on the path)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def best(action: Callable[[], T], rounds: int = 3) -> tuple[T, float]:
    """The result of the last run and the shortest time."""
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return result, min(times)  # type: ignore[return-value]

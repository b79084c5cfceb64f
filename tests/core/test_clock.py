"""The one clock: tests set it, it keeps running, and nothing else reads the system's time."""

from __future__ import annotations

import datetime as dt
import re
import time
from pathlib import Path

from shopcrm.core import clock

ROOT = Path(__file__).resolve().parents[2]
SYSTEM_CLOCK = re.compile(
    r"\b(?:date\.today|datetime\.(?:now|today|utcnow)|time\.(?:localtime|ctime)"
    r"|QDate\.currentDate|QDateTime\.current\w*|QTime\.currentTime)\b"
)


def test_a_set_clock_reads_that_day_and_keeps_running(today: dt.date) -> None:
    assert clock.today() == today
    with clock.set_to(dt.datetime(2027, 2, 5, 23, 59, 59)):
        assert clock.now() == dt.datetime(2027, 2, 5, 23, 59, 59)
        time.sleep(1.05)
        assert clock.today() == dt.date(2027, 2, 6)
    assert clock.today() == today


def test_a_date_means_shop_hours() -> None:
    with clock.set_to(dt.date(2028, 2, 29)):
        assert clock.now().replace(minute=0, second=0) == dt.datetime(2028, 2, 29, 10, 0)


def test_no_code_reads_the_system_clock_but_the_clock_module() -> None:
    offenders = []
    for folder in ("shopcrm", "tests", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == ROOT / "shopcrm" / "core" / "clock.py" or path == Path(__file__).resolve():
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if SYSTEM_CLOCK.search(line):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []

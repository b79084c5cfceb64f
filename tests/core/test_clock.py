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


# A wait that must run out on a lock or an event: faketime moves the monotonic clock the
# lock's deadline is measured on, so under it (the hostile days in CI) it never ends.
WAIT_RUNNING_OUT = re.compile(r"\bEvent\(\)\.wait\(|\bthreading\.Timer\(|\bTimer\(\d")


def _lines_matching(pattern: re.Pattern[str], exempt: tuple[Path, ...]) -> list[str]:
    found = []
    for folder in ("shopcrm", "tests", "benchmarks", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path in exempt:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_no_code_reads_the_system_clock_but_the_clock_module() -> None:
    exempt = (ROOT / "shopcrm" / "core" / "clock.py", Path(__file__).resolve())
    assert _lines_matching(SYSTEM_CLOCK, exempt) == []


def test_no_code_waits_for_a_lock_or_an_event_to_run_out() -> None:
    assert _lines_matching(WAIT_RUNNING_OUT, (Path(__file__).resolve(),)) == []

"""Who holds the shop just now: a long job leaves a note beside the file while it writes.

A clerk whose sale meets the write lock is told what is running ("an import,
started 10:02 by 店长") instead of a bare "database is locked"; the note goes
when the job ends, and a note left by a job that died is not believed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from shopcrm.core import clock
from shopcrm.core.i18n import tr
from shopcrm.storage.models import database


def _note(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".busy")


def _shop_path() -> Path | None:
    found = getattr(database.obj, "database", None)
    return Path(found) if found and found != ":memory:" else None


@contextmanager
def holding(what: str, by: str | None = None) -> Iterator[None]:
    """Say, for as long as the block runs, that `what` (import, catch_up, planning) runs."""
    db_path = _shop_path()
    note = _note(db_path) if db_path else None
    if note is not None:
        note.write_text(
            json.dumps(
                {"what": what, "by": by, "since": clock.now().isoformat(), "pid": os.getpid()}
            ),
            encoding="utf-8",
        )
    try:
        yield
    finally:
        if note is not None:
            note.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def holder(db_path: Path) -> str | None:
    """What holds the shop, in words, if a running job left its note."""
    try:
        found = json.loads(_note(db_path).read_text(encoding="utf-8"))
        pid, since = int(found["pid"]), dt.datetime.fromisoformat(found["since"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not _alive(pid):
        return None
    what = {
        "import": tr("an import"),
        "catch_up": tr("the daily loyalty catch-up"),
        "planning": tr("the planning of the follow-ups"),
        "protect": tr("protecting the database with the owner's password"),
        "unprotect": tr("taking the protection off the database"),
    }.get(found["what"], found["what"])
    started = since.strftime("%H:%M")
    if found.get("by"):
        return tr("{what}, started {time} by {name}").format(
            what=what, time=started, name=found["by"]
        )
    return tr("{what}, started {time}").format(what=what, time=started)


Item = TypeVar("Item")
# SQLite's waiting writer looks again at most every 100 ms: a pause longer than that
# between two chunks lets a sale in; a chunk of about LOCK_BUDGET keeps its wait short.
PAUSE_S = 0.12
LOCK_BUDGET_S = 0.6


def paced(items: Sequence[Item], first: int = 500, most: int = 20_000) -> Iterator[Sequence[Item]]:
    """`items` in chunks for a long write, one transaction each: every chunk sized to hold
    the write lock about LOCK_BUDGET_S (and at most `most`, for a statement that lists
    them twice within SQLite's variables), with a pause after it for the counter."""
    size, start = first, 0
    while start < len(items):
        chunk = items[start : start + size]
        began = time.monotonic()
        yield chunk
        took = max(time.monotonic() - began, 1e-3)
        start += len(chunk)
        size = max(50, min(most, int(len(chunk) * LOCK_BUDGET_S / took)))
        if start < len(items):
            time.sleep(PAUSE_S)


def paced_writes(
    items: Sequence[Item],
    write: Callable[[Sequence[Item]], int],
    first: int = 500,
    most: int = 20_000,
) -> int:
    """`write` the items a paced chunk at a time, each chunk in its own write transaction
    (so a run cut short leaves whole chunks done); the sum of what the writes returned."""
    done = 0
    for chunk in paced(items, first, most):
        with database.atomic("IMMEDIATE"):
            done += write(chunk)
    return done

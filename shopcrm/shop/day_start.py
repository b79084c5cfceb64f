"""The first start of a day's work: back up, catch up, plan.

Each step runs at most once a day (a later start finds it done and costs
nothing), in this order: the backup keeps the shop as the day found it, before
the catch-up writes; the care plan follows the tiers and statuses the catch-up
moved. The window runs it on a worker once it is up, so the counter can sell
meanwhile: each step writes in transactions of its own, under the same lock
rules as any other long write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import PeeweeException

from shopcrm.care import rules
from shopcrm.care.rules import PlanResult
from shopcrm.core.errors import DamagedDatabase, ShopError
from shopcrm.core.i18n import tr
from shopcrm.core.log import log
from shopcrm.loyalty import upkeep
from shopcrm.loyalty.upkeep import CatchUp
from shopcrm.storage import backup, faults, options
from shopcrm.storage.models import database

STEPS = 3


@dataclass(frozen=True)
class DayStart:
    """What the day's start did; None where a step had been done today already."""

    backup: Path | None
    catch_up: CatchUp | None
    plan: PlanResult | None
    second_copy: Path | None = None
    second_copy_problem: str | None = None  # why the second copy was not made today


def _nobody(done: int, total: int) -> None:
    """Progress nobody watches (the command line, a test)."""


def start_the_day(db_path: Path, report: Callable[[int, int], None] = _nobody) -> DayStart:
    """The day's backup, loyalty catch-up and care plan, each reported as it ends."""
    report(0, STEPS)
    kept = options.get("daily_backups_kept")
    made = backup.daily_backup(database.obj, db_path, keep=kept)
    second, problem = _second_copy(db_path, kept)
    report(1, STEPS)
    caught_up = upkeep.daily_catch_up()
    report(2, STEPS)
    planned = rules.daily_plan()
    report(STEPS, STEPS)
    return DayStart(made, caught_up, planned, second, problem)


def _second_copy(db_path: Path, kept: int) -> tuple[Path | None, str | None]:
    """The day's copy on the other disk or stick, if the owner chose one; a stick not
    plugged in or a full one is said, and the day goes on."""
    folder = options.get("second_copy_folder")
    if not folder:
        return None, None
    try:
        return backup.daily_copy_elsewhere(database.obj, db_path, Path(folder), kept), None
    except (OSError, sqlite3.Error, PeeweeException, ShopError) as error:
        # Whatever went wrong is the stick's or the other disk's: the shop was backed up
        # and checked a moment ago, so a "damaged" copy is the destination failing.
        known = faults.explain(error, Path(folder))
        log.warning("no second copy today: %s", type(known or error).__name__)
        reason = (
            str(known)
            if known is not None and not isinstance(known, DamagedDatabase)
            else tr("it could not be written to {folder}.").format(folder=folder)
        )
        return None, tr("Today's second copy was not made: {reason}").format(reason=reason)

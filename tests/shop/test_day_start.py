"""The first start of a day: the backup, the loyalty catch-up and the care plan, once."""

from __future__ import annotations

import datetime as dt
import errno
import sqlite3

import pytest

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.shop import day_start
from shopcrm.storage import backup, options, settings
from shopcrm.storage.models import FollowUp


def test_the_day_is_backed_up_caught_up_and_planned_once(db, db_path, today) -> None:
    profiles.quick_add("张小丽", "13812345678")
    reported: list[tuple[int, int]] = []
    started = day_start.start_the_day(db_path, lambda done, total: reported.append((done, total)))
    assert reported == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert started.backup in backup.daily_backups(db_path)
    assert started.catch_up is not None and started.plan is not None
    assert settings.day("loyalty_caught_up_on") == settings.day("care_planned_on") == today
    assert settings.get("rfm_cut_points")
    planned = FollowUp.select().count()
    again = day_start.start_the_day(db_path)
    assert (again.backup, again.catch_up, again.plan) == (None, None, None)
    assert FollowUp.select().count() == planned


def test_the_next_day_starts_again_with_a_backup_of_its_own(db, db_path, today) -> None:
    day_start.start_the_day(db_path)
    with clock.set_to(today + dt.timedelta(days=1)):
        tomorrow = day_start.start_the_day(db_path)
    assert tomorrow.backup is not None and tomorrow.catch_up is not None
    assert len(backup.daily_backups(db_path)) == 2


def test_the_days_keep_as_many_daily_backups_as_the_owner_set(db, db_path, today) -> None:
    options.set_many({"daily_backups_kept": 3})
    for days in range(6):
        with clock.set_to(today + dt.timedelta(days=days)):
            day_start.start_the_day(db_path)
    assert len(backup.daily_backups(db_path)) == 3
    assert backup.daily_backups(db_path)[-1].name.startswith(
        f"shop-{today + dt.timedelta(days=5):%Y%m%d}"
    )


def test_the_day_makes_a_second_copy_on_the_stick_the_owner_chose(
    db, db_path, today, tmp_path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    options.set_many({"second_copy_folder": str(stick), "daily_backups_kept": 3})
    for days in range(5):
        with clock.set_to(today + dt.timedelta(days=days)):
            started = day_start.start_the_day(db_path)
            assert started.second_copy is not None and started.second_copy_problem is None
            assert backup.verify(started.second_copy)
            again = day_start.start_the_day(db_path)  # once a day
            assert again.second_copy is None and again.second_copy_problem is None
    kept = backup.elsewhere_backups(db_path, stick)
    assert len(kept) == 3
    assert f"-{today + dt.timedelta(days=4):%Y%m%d}-" in kept[-1].name


def test_a_stick_not_plugged_in_is_said_and_the_day_goes_on(db, db_path, tmp_path) -> None:
    gone = tmp_path / "usb"
    options.set_many({"second_copy_folder": str(gone)})
    started = day_start.start_the_day(db_path)
    assert started.backup is not None and started.plan is not None
    assert started.second_copy is None
    assert "plug in the USB stick" in started.second_copy_problem
    assert not gone.exists()  # not made on the shop's own disk


@pytest.mark.parametrize(
    "failure",
    [
        OSError(errno.EIO, "Input/output error"),  # the stick pulled out halfway
        sqlite3.OperationalError("disk I/O error"),
        OSError(errno.ENOSPC, "No space left on device"),
    ],
    ids=["pulled-out", "io-error", "full"],
)
def test_a_second_copy_failing_halfway_is_said_and_the_day_goes_on(
    db, db_path, tmp_path, monkeypatch, failure
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    options.set_many({"second_copy_folder": str(stick)})

    def failing(*_args, **_kwargs):
        raise failure

    monkeypatch.setattr(backup, "daily_copy_elsewhere", failing)
    started = day_start.start_the_day(db_path)
    assert started.backup is not None and started.catch_up is not None
    assert started.plan is not None
    assert started.second_copy_problem.startswith("Today's second copy was not made")
    assert "damaged" not in started.second_copy_problem

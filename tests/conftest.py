"""A fresh shop database per test, in a temporary folder, on a day the test run sets.

The clock reads the day the run was started on (under faketime, the hostile
day CI chose) or `--today YYYY-MM-DD`, at 10:00, for every test; no test reads
the system clock itself, so a run that crosses midnight stays on one day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from shopcrm.core import clock
from shopcrm.shop.opening import open_shop


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--today",
        type=dt.date.fromisoformat,
        default=None,
        metavar="YYYY-MM-DD",
        help="the shop's day for every test (default: the system's date at the start)",
    )


def pytest_configure(config: pytest.Config) -> None:
    day = config.getoption("--today") or clock.system_now().date()
    config.stash[SHOP_DAY] = day
    # Set at once, so module-level constants read at collection agree with the tests.
    clock.set_now(day)


SHOP_DAY = pytest.StashKey[dt.date]()


@pytest.fixture(autouse=True)
def today(request: pytest.FixtureRequest) -> Iterator[dt.date]:
    """The day of this test; a test may set the clock further, it is reset after."""
    day = request.config.stash[SHOP_DAY]
    with clock.set_to(day):
        yield day


@pytest.fixture(autouse=True)
def _private_data_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Keep logs, QSettings and default databases out of the real home folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("SHOPCRM_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[SqliteDatabase]:
    database = open_shop(db_path, language="zh_CN")
    yield database
    database.close()

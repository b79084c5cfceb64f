"""A fresh shop database per test, in a temporary folder, on a day the test run sets.

A new shop is made (schema and presets) once per run and copied for each test
that asks for `db`: creating it is most of what a small test costs. A test of
creating, first starts or refusing a file uses `db_path` alone, which is
still a path where nothing exists yet.

The clock reads the day the run was started on (under faketime, the hostile
day CI chose) or `--today YYYY-MM-DD`, at 10:00, for every test; no test reads
the system clock itself, so a run that crosses midnight stays on one day.
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from shopcrm.core import clock
from shopcrm.shop.opening import open_shop
from shopcrm.ui.app import collect_as_due
from tests.helpers.sized_shops import SIZES, ShopSize, SizedShop, SizedShops


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


@pytest.fixture(autouse=True, scope="session")
def _quick_hashes() -> None:
    """argon2 at its lightest: the same hashes, checked the same way, without costing
    every test that signs someone in a tenth of a second (tests/staff checks the real
    parameters)."""
    from argon2 import PasswordHasher

    from shopcrm.staff import secrets

    secrets._HASHER = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)


@pytest.fixture(autouse=True, scope="session")
def _garbage_on_the_main_thread() -> Iterator[None]:
    """As the application does (ui/app.GuiThreadCollector): no collection on a worker's
    thread, which would destroy an earlier test's leftover Qt objects there and crash."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test(_garbage_on_the_main_thread: None) -> Iterator[None]:
    yield
    collect_as_due()


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


SEED_LANGUAGE = "zh_CN"


@pytest.fixture(scope="session")
def seeded_shop(tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config) -> Path:
    """A new shop as `open_shop` makes it, in Chinese, made once and never opened again.

    Closed cleanly, so the one file holds everything: WAL checkpointed, no -wal
    or -shm beside it to copy. Read-only, so a test that reached it by mistake
    fails instead of changing every later test's shop.
    """
    folder = tmp_path_factory.mktemp("seeded")
    path = folder / "shop.db"
    with clock.set_to(pytestconfig.stash[SHOP_DAY]):
        database = open_shop(path, language=SEED_LANGUAGE)
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.close()
    beside = sorted(p.name for p in folder.iterdir() if p != path)
    if beside:
        raise RuntimeError(f"the seeded shop was not closed cleanly: {beside} remain")
    path.chmod(0o444)
    return path


@pytest.fixture
def db(seeded_shop: Path, db_path: Path) -> Iterator[SqliteDatabase]:
    """This test's own copy of the seeded shop at `db_path`, open and bound to the models."""
    # copyfile, not copy: the template is read-only, and its mode must not come along.
    shutil.copyfile(seeded_shop, db_path)
    database = open_shop(db_path, language=SEED_LANGUAGE)
    yield database
    database.close()


@pytest.fixture(scope="session")
def sized_shops(
    seeded_shop: Path, tmp_path_factory: pytest.TempPathFactory, pytestconfig: pytest.Config
) -> SizedShops:
    return SizedShops(seeded_shop, tmp_path_factory.mktemp("sized"), pytestconfig.stash[SHOP_DAY])


@pytest.fixture(params=SIZES, ids=lambda size: size.id)
def sized_shop(
    request: pytest.FixtureRequest, sized_shops: SizedShops, db_path: Path
) -> Iterator[SizedShop]:
    """A demo shop of each size in turn (tests/helpers/sized_shops.py), copied to `db_path`
    and open: a query-count pin must hold in every one of them."""
    size: ShopSize = request.param
    built = sized_shops.get(size)
    shutil.copyfile(built.path, db_path)
    database = open_shop(db_path)
    yield built
    database.close()


OWNER_PASSWORD = "owner-secret"


@pytest.fixture
def owner(db):
    """The shop's owner, signed up with OWNER_PASSWORD."""
    from shopcrm.staff import accounts

    return accounts.set_up_owner("王店长", OWNER_PASSWORD)[0]


@pytest.fixture
def counter_clerk(owner):
    """A clerk the owner added, PIN 2468."""
    from shopcrm.staff import accounts

    return accounts.add_clerk(owner, "小周", "2468")

"""Where the shop's files live: the per-user data folder unless told otherwise."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "shopcrm"
DB_FILENAME = "shopcrm.db"
ENV_DB = "SHOPCRM_DB"


def _resources() -> Path:
    """resources/ inside the installed package (a wheel, a bundle), else the checkout's."""
    installed = Path(str(files("shopcrm"))) / "resources"
    return installed if installed.is_dir() else Path(__file__).resolve().parents[2] / "resources"


RESOURCES = _resources()


def make_private(path: Path) -> None:
    """Only this user may read what the shop keeps: folders 0700, files 0600.

    On Windows the per-user data folder is private already and modes mean little.
    """
    if os.name == "posix" and path.exists():
        path.chmod(0o700 if path.is_dir() else 0o600)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def database_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db wins, then $SHOPCRM_DB, then the data folder."""
    chosen = explicit or os.environ.get(ENV_DB)
    return Path(chosen).expanduser().resolve() if chosen else data_dir() / DB_FILENAME


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def log_path(db_path: Path) -> Path:
    return db_path.parent / "shopcrm.log"

"""Opening the shop: the database, and for a new shop what it starts with."""

from __future__ import annotations

from pathlib import Path

from peewee import SqliteDatabase

from shopcrm.storage.database import open_database
from shopcrm.storage.encryption import tidy_staged


def open_shop(
    path: Path, *, language: str | None = None, create: bool = True, interactive: bool = False
) -> SqliteDatabase:
    """Open the shop's database at `path`; a new one gets the presets in `language`.

    `interactive` is for the window: its thread waits only a moment for a lock.
    """

    def seed() -> None:
        # Loaded only for a new shop: most starts open an existing one.
        from shopcrm.shop import seeding

        seeding.seed(language)

    tidy_staged(Path(path))
    return open_database(path, create=create, seed=seed, interactive=interactive)

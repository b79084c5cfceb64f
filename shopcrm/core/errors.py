"""Errors a user can act on. Their text is translated and says what to do."""

from __future__ import annotations


class ShopError(Exception):
    """A problem the user can fix; str() is the one-line message to show."""


class ValidationError(ShopError):
    """One or more fields are wrong; `errors` maps each field to its reason."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(self.errors.values()))


class NotFound(ShopError):
    pass


class UnusableDatabase(ShopError):
    """The file cannot be opened as this shop's database; nothing was changed."""


class DamagedDatabase(UnusableDatabase):
    """The shop's file is damaged; the message names the newest good backup to restore."""

    def __init__(self, message: str, backup: object | None = None) -> None:
        self.backup = backup  # storage.backup.BackupInfo of the newest good copy, if any
        super().__init__(message)


class FileReplaced(ShopError):
    """The database file was removed or replaced while the program had it open;
    nothing more is written, so no sale goes into a file that is no longer the shop's."""

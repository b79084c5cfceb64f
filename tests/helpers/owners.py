"""The owner's password on the command line, given the way a script gives it: a file whose
first line it is (--password-file, a global option, before the command like --db).

A shop made by `shopcrm demo` has an owner whose password is DEMO_PASSWORD; a test's `db`
shop has one only when the test asks for the `owner` fixture (tests.conftest.OWNER_PASSWORD).
"""

from __future__ import annotations

import itertools
from pathlib import Path

from shopcrm.demo.people import DEMO_PASSWORD

__all__ = ["DEMO_PASSWORD", "password_args", "password_file"]

_numbers = itertools.count(1)


def password_file(folder: Path, password: str) -> Path:
    """A new file in `folder` holding `password` on its first line, readable by the user alone."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"owner-password-{next(_numbers)}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def password_args(folder: Path, password: str) -> list[str]:
    """The global option that gives the command line the owner's password."""
    return ["--password-file", str(password_file(folder, password))]

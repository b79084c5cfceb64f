"""What the commands share: saying things, reading the shop's words typed on the line."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from decimal import Decimal
from pathlib import Path

from shopcrm.core.calendar_dates import SHOP_YEARS
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.staff import accounts
from shopcrm.storage import keyfile
from shopcrm.storage.models import Staff

OK, PROBLEMS, UNUSABLE, DAMAGED, BLOCKED = 0, 1, 2, 3, 4
FIRST_DAY = dt.date(SHOP_YEARS.start, 1, 1)
LAST_DAY = dt.date(SHOP_YEARS.stop - 1, 12, 31)


def say(message: str) -> None:
    print(message, flush=True)


def day(text: str) -> dt.date:
    """A YYYY-MM-DD date on the command line, within the days a shop can have."""
    try:
        found = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-08.").format(text=text)
        ) from None
    if not FIRST_DAY <= found <= LAST_DAY:
        raise argparse.ArgumentTypeError(
            tr("{text}: choose a day from {first} to {last}.").format(
                text=text, first=FIRST_DAY.isoformat(), last=LAST_DAY.isoformat()
            )
        )
    return found


def amount(text: str) -> Decimal:
    from shopcrm.core.money import AmountError, parse_yuan

    try:
        return parse_yuan(text)
    except AmountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def clerk_named(name: str) -> Staff:
    """The clerk called `name`, or a message listing the clerks there are."""
    clerk = Staff.get_or_none(Staff.name == name.strip())
    if clerk is None:
        names = ", ".join(s.name for s in Staff.select().order_by(Staff.name))
        raise ShopError(
            tr("No clerk is called {name}; the clerks are: {names}.").format(name=name, names=names)
        )
    return clerk


def _typed(args: argparse.Namespace, question: str, needed: str) -> str:
    """A secret from --password-file (its first line), else asked for; never from the
    command line itself, where other users and the shell history would see it."""
    if args.password_file:
        try:
            lines = Path(args.password_file).expanduser().read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise ShopError(
                tr("Cannot read the password file {path}: {reason}").format(
                    path=args.password_file, reason=error.strerror or error
                )
            ) from None
        return lines[0] if lines else ""
    if not sys.stdin.isatty():
        raise ShopError(needed)
    return getpass.getpass(question)


def password(args: argparse.Namespace, question: str) -> str:
    """The owner's password from --password-file (its first line), else asked for, once
    a run: the protected shop's unlocking and the owner-only command share it."""
    given = getattr(args, "owner_password", None)
    if given is None:
        given = _typed(
            args,
            question,
            tr(
                "This needs the owner's password: type it when asked, or give --password-file FILE."
            ),
        )
        args.owner_password = given
    return given


def unlock(args: argparse.Namespace, path: Path, question: str) -> None:
    """Open a protected file (the shop, or a backup) with the owner's password or the
    recovery code; a plain one, or one already open in this run, needs nothing."""
    from shopcrm.shop import protection

    if not protection.needs_unlocking(path):
        return
    typed = _typed(
        args,
        question,
        tr(
            "{path} is protected: give the owner's password or the recovery code when "
            "asked, or with --password-file FILE."
        ).format(path=path),
    )
    if protection.unlock(path, typed) == keyfile.PASSWORD:
        args.owner_password = typed


def recovery_code(args: argparse.Namespace) -> str:
    """The recovery code written down at setup, from --recovery-code-file or asked for."""
    if getattr(args, "recovery_code_file", None):
        try:
            text = Path(args.recovery_code_file).expanduser().read_text(encoding="utf-8")
        except OSError as error:
            raise ShopError(
                tr("Cannot read the recovery code file {path}: {reason}").format(
                    path=args.recovery_code_file, reason=error.strerror or error
                )
            ) from None
        return text.strip().splitlines()[0] if text.strip() else ""
    if not sys.stdin.isatty():
        raise ShopError(
            tr(
                "This needs the recovery code written down at setup: type it when asked, "
                "or give --recovery-code-file FILE."
            )
        )
    return getpass.getpass(tr("Recovery code (written down at setup): "))


def as_owner(args: argparse.Namespace) -> Staff:
    """The owner, once her password is given: owner-only commands run as her."""
    if not accounts.has_owner():
        raise ShopError(tr("This shop has no owner yet: start the window once to set her up."))
    return accounts.sign_in(accounts.owner().id, password(args, tr("Owner's password: ")))


def new_owner(args: argparse.Namespace) -> Staff:
    """The owner of a shop the command line is creating: her name and password first."""
    name = args.owner or (input(tr("Owner's name: ")) if sys.stdin.isatty() else "")
    if not name.strip():
        raise ShopError(
            tr("A new shop needs its owner: give --owner NAME and --password-file FILE.")
        )
    chosen = password(args, tr("Choose the owner's password: "))
    if not args.password_file and getpass.getpass(tr("The password again: ")) != chosen:
        raise ShopError(tr("The two passwords differ; nothing was created."))
    found, code = accounts.set_up_owner(name, chosen)
    say(
        tr(
            "The owner's recovery code (write it down and keep it away from this PC; it "
            "resets a forgotten password): {code}"
        ).format(code=code)
    )
    return found

"""Commands about the shop's file itself: a demo shop, backups, restore, the check, and
protecting the file with the owner's password."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from peewee import DatabaseError

from shopcrm.cli.common import OK, PROBLEMS, as_owner, password, recovery_code, say, unlock
from shopcrm.core import clock
from shopcrm.core.errors import DamagedDatabase, ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.demo.people import DEMO_PASSWORD, DEMO_RECOVERY_CODE, demo_pin
from shopcrm.shop import protection, safekeeping
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts
from shopcrm.storage import backup, derived, encryption, faults
from shopcrm.storage.models import Customer, Purchase, Staff, database

MOST_DEMO_CUSTOMERS = 2_000_000


def cmd_demo(args: argparse.Namespace) -> int:
    from shopcrm.demo.follow_ups import work_the_past
    from shopcrm.demo.generator import fill_demo

    if not 1 <= args.customers <= MOST_DEMO_CUSTOMERS:
        raise ShopError(
            tr("--customers must be from 1 to {most}.").format(most=f"{MOST_DEMO_CUSTOMERS:,}")
        )
    open_shop(args.db_path, language=args.language)
    summary = fill_demo(args.customers, seed=args.seed, kind=args.kind)
    work_the_past(clock.today())
    say(
        tr("Demo shop ready in {path}: {customers} customers, {purchases} sales.").format(
            path=args.db_path, customers=summary.customers, purchases=summary.purchases
        )
    )
    owner = accounts.owner()
    clerks = [s for s in accounts.can_sign_in() if s.role == "clerk"]
    say(
        tr("Sign in as {owner} with the password {password}, or as a clerk with a PIN:").format(
            owner=owner.name if owner else "", password=DEMO_PASSWORD
        )
    )
    for index, clerk in enumerate(sorted(clerks, key=lambda s: s.id), 1):
        say(f"  {clerk.name}: {demo_pin(index)}")
    say(tr("The owner's recovery code: {code}").format(code=DEMO_RECOVERY_CODE))
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    """A copy into the shop's own backups folder is routine; anywhere else is the owner's."""
    db = open_shop(args.db_path, create=False)
    made = (
        safekeeping.backup_to(as_owner(args), db, Path(args.dest).expanduser(), force=args.force)
        if args.dest
        else backup.backup_now(db, args.db_path)
    )
    say(tr("Backup written: {path}").format(path=made))
    return OK


def _owner_of_readable_shop(args: argparse.Namespace) -> Staff | None:
    """The owner of the shop a restore replaces, signed in with her password, when the
    shop can be read and has her; None for a missing or damaged shop, which cannot say."""
    if not args.db_path.exists():
        return None
    unlock(args, args.db_path, tr("The shop is protected. Owner's password or recovery code: "))
    try:
        open_shop(args.db_path, create=False)
        if not accounts.has_owner():
            return None
    except (DatabaseError, *encryption.database_errors(), DamagedDatabase):
        return None
    return as_owner(args)


def cmd_restore(args: argparse.Namespace) -> int:
    """A shop that can be read is restored by its own owner; a damaged or missing one
    cannot be asked, so the owner's password of the backup lets it in."""
    source = Path(args.file).expanduser()
    owner = _owner_of_readable_shop(args)
    database.close()
    unlock(args, source, tr("The backup is protected. Owner's password or recovery code: "))
    backup.verify(source)
    if owner is not None:
        aside = safekeeping.restore(owner, args.db_path, source)
    else:
        typed = password(args, tr("Owner's password: "))
        aside = safekeeping.restore_damaged(args.db_path, source, typed)
    say(tr("Restored {file} into {path}.").format(file=args.file, path=args.db_path))
    if aside:
        say(tr("The database as it was before is kept in {path}.").format(path=aside))
    return OK


def _damage(db: object) -> str | None:
    """What SQLite (and SQLCipher, page by page) finds wrong with the file (damage), or
    None if it is whole."""
    try:
        if getattr(db, "data_key", None) is not None:
            pages = encryption.cipher_problems(db.connection())
            if pages:
                return "; ".join(pages[:3])
        found = [row[0] for row in db.execute_sql("PRAGMA integrity_check")]
    except (DatabaseError, *encryption.database_errors()) as error:  # reading may raise too
        return str(error)
    return None if found == ["ok"] else "; ".join(found[:3])


def _broken_links(db: object) -> list[str]:
    return [
        tr("Broken link in {table}, row {row}.").format(table=row[0], row=row[1])
        for row in db.execute_sql("PRAGMA foreign_key_check")
    ]


def cmd_check(args: argparse.Namespace) -> int:
    """Exit 1 for problems found, a damaged file among them (with the backup to restore)."""
    try:
        db = open_shop(args.db_path, create=False)
    except (DatabaseError, *encryption.database_errors()) as error:
        known = faults.explain(error, args.db_path)
        if not isinstance(known, DamagedDatabase):
            raise
        print(known, file=sys.stderr)
        return PROBLEMS
    damage = _damage(db)
    if damage is not None:
        print(backup.damaged(args.db_path, damage), file=sys.stderr)
        return PROBLEMS
    problems = _broken_links(db)
    problems += [
        tr("Sale {id}: {detail}").format(id=pid, detail=detail)
        for pid, detail in derived.purchase_mismatches()
    ]
    figures = derived.mismatches()
    if figures and args.repair:
        with db.atomic("IMMEDIATE"):
            derived.refresh({m.customer_id for m in figures})
        repaired = len({m.customer_id for m in figures})
        say(
            trn(
                "Recomputed the figures of {n} customer.",
                "Recomputed the figures of {n} customers.",
                repaired,
            ).format(n=repaired)
        )
        figures = derived.mismatches()
    problems += [
        tr("{number}: {column} is {stored}, the sales say {expected}.").format(
            number=m.number, column=m.column, stored=m.stored, expected=m.expected
        )
        for m in figures
    ]
    counted = derived.active_count_mismatch()
    if counted and args.repair:
        with db.atomic("IMMEDIATE"):
            derived.refresh_active_count()
        counted = derived.active_count_mismatch()
    if counted:
        problems.append(
            tr("The customer count is kept as {stored}, but there are {counted}.").format(
                stored=counted[0], counted=counted[1]
            )
        )
    for problem in problems:
        print(problem, file=sys.stderr)
    say(
        tr("Checked {customers} customers and {purchases} sales: {result}.").format(
            customers=Customer.select().count(),
            purchases=Purchase.select().count(),
            result=trn("{n} problem", "{n} problems", len(problems)).format(n=len(problems))
            if problems
            else tr("all good"),
        )
    )
    return PROBLEMS if problems else OK


def cmd_protect(args: argparse.Namespace) -> int:
    """The owner's password is checked (a sign-in) before anything is done."""
    open_shop(args.db_path, create=False)
    owner = as_owner(args)
    done = protection.protect(owner, password(args, tr("Owner's password: ")), recovery_code(args))
    say(done.words())
    return OK


def cmd_unprotect(args: argparse.Namespace) -> int:
    open_shop(args.db_path, create=False)
    owner = as_owner(args)
    say(protection.unprotect(owner, password(args, tr("Owner's password: "))).words())
    return OK

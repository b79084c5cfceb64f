"""The command line: `shopcrm [--db PATH] [COMMAND]`; no command starts the window.

Exit codes: 0 ok, 1 the job ran but found problems, 2 usage or unusable input.
A user's mistake is one line on stderr; anything unexpected is logged with its
traceback in the data folder and reported in one line.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from peewee import DatabaseError

from shopcrm import backup, derived, paths
from shopcrm.applog import log, start_logging
from shopcrm.database import open_database
from shopcrm.errors import ShopError
from shopcrm.i18n import tr
from shopcrm.models import Customer, Purchase

OK, PROBLEMS, UNUSABLE = 0, 1, 2


def _say(message: str) -> None:
    print(message, flush=True)


def cmd_gui(args: argparse.Namespace) -> int:
    from shopcrm.ui.app import run

    return run(args.db_path)


def cmd_demo(args: argparse.Namespace) -> int:
    from shopcrm.demo import fill_demo

    if args.customers < 1:
        raise ShopError(tr("--customers must be at least 1."))
    open_database(args.db_path, language=args.language)
    summary = fill_demo(args.customers, seed=args.seed, kind=args.kind)
    _say(
        tr("Demo shop ready in {path}: {customers} customers, {purchases} sales.").format(
            path=args.db_path, customers=summary.customers, purchases=summary.purchases
        )
    )
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_database(args.db_path)
    made = (
        backup.backup_to(db, Path(args.dest).expanduser())
        if args.dest
        else backup.backup_now(db, args.db_path)
    )
    _say(tr("Backup written: {path}").format(path=made))
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    aside = backup.restore(args.db_path, Path(args.file).expanduser())
    open_database(args.db_path)
    _say(tr("Restored {file} into {path}.").format(file=args.file, path=args.db_path))
    if aside:
        _say(tr("The database as it was before is kept in {path}.").format(path=aside))
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    db = open_database(args.db_path)
    try:
        problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check")]
    except DatabaseError as exc:
        print(
            tr("The database is damaged ({reason}); restore a backup.").format(reason=exc),
            file=sys.stderr,
        )
        return PROBLEMS
    problems = [] if problems == ["ok"] else problems
    problems += [
        tr("Broken link in {table}, row {row}.").format(table=row[0], row=row[1])
        for row in db.execute_sql("PRAGMA foreign_key_check")
    ]
    problems += [
        tr("Sale {id}: {detail}").format(id=pid, detail=detail)
        for pid, detail in derived.purchase_mismatches()
    ]
    figures = derived.mismatches()
    if figures and args.repair:
        with db.atomic("IMMEDIATE"):
            derived.refresh({m.customer_id for m in figures})
        _say(
            tr("Recomputed the figures of {n} customers.").format(
                n=len({m.customer_id for m in figures})
            )
        )
        figures = derived.mismatches()
    problems += [
        tr("{number}: {column} is {stored}, the sales say {expected}.").format(
            number=m.number, column=m.column, stored=m.stored, expected=m.expected
        )
        for m in figures
    ]
    for problem in problems:
        print(problem, file=sys.stderr)
    _say(
        tr("Checked {customers} customers and {purchases} sales: {result}.").format(
            customers=Customer.select().count(),
            purchases=Purchase.select().count(),
            result=tr("{n} problems").format(n=len(problems)) if problems else tr("all good"),
        )
    )
    return PROBLEMS if problems else OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="shopcrm",
        description=tr("Customer care for a small shop. No command opens the window."),
    )
    top.add_argument(
        "--db",
        metavar="PATH",
        help=tr("database file (default: $SHOPCRM_DB, else the data folder)"),
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help=tr("fill an empty database with a living demo shop"))
    demo.add_argument("--customers", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--kind", choices=("clothing", "furniture"), default="clothing")
    demo.add_argument("--language", choices=("zh_CN", "en"), default=None)
    demo.set_defaults(run=cmd_demo)
    save = commands.add_parser("backup", help=tr("copy the database now"))
    save.add_argument("dest", nargs="?", metavar="DEST", help=tr("file or folder"))
    save.set_defaults(run=cmd_backup)
    load = commands.add_parser("restore", help=tr("replace the database with a verified backup"))
    load.add_argument("file", metavar="FILE")
    load.set_defaults(run=cmd_restore)
    check = commands.add_parser("check", help=tr("verify the file and every derived figure"))
    check.add_argument(
        "--repair",
        action="store_true",
        help=tr("recompute derived figures that disagree with the sales"),
    )
    check.set_defaults(run=cmd_check)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    args.db_path = paths.database_path(args.db)
    start_logging(paths.data_dir() / "shopcrm.log")
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_gui)
    try:
        return run(args)
    except ShopError as exc:
        print(f"shopcrm: {exc}", file=sys.stderr)
        return UNUSABLE
    except Exception:
        log.exception("unexpected error in %s", args.command or "gui")
        print(
            "shopcrm: "
            + tr("unexpected error; details were written to {path}").format(
                path=paths.data_dir() / "shopcrm.log"
            ),
            file=sys.stderr,
        )
        return PROBLEMS

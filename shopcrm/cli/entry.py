"""The command line's words and its one place that turns every failure into a message."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal

from shopcrm.cli import care, counter, events, shop_file, spreadsheets, wallet
from shopcrm.cli.common import BLOCKED, DAMAGED, OK, PROBLEMS, UNUSABLE, amount, day, unlock
from shopcrm.core import clock, paths
from shopcrm.core.errors import DamagedDatabase, FileReplaced, ShopError
from shopcrm.core.i18n import tr
from shopcrm.core.log import log, start_logging
from shopcrm.storage import faults
from shopcrm.storage.models import PAYMENT_METHODS

__all__ = ["BLOCKED", "DAMAGED", "OK", "PROBLEMS", "UNUSABLE", "main", "parser"]


def cmd_gui(args: argparse.Namespace) -> int:
    from shopcrm.ui.app import run

    return run(args.db_path)


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
    top.add_argument(
        "--password-file",
        metavar="FILE",
        help=tr("read the owner's password from the first line of FILE (for scripts)"),
    )
    commands = top.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help=tr("fill an empty database with a living demo shop"))
    demo.add_argument("--customers", type=int, default=500, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    demo.add_argument("--kind", choices=("clothing", "furniture"), default="clothing")
    demo.add_argument("--language", choices=("zh_CN", "en"), default=None)
    demo.set_defaults(run=shop_file.cmd_demo)
    save = commands.add_parser("backup", help=tr("copy the database now"))
    save.add_argument("dest", nargs="?", metavar="DEST", help=tr("file or folder"))
    save.add_argument(
        "--force", action="store_true", help=tr("replace DEST even if it is not a backup")
    )
    save.set_defaults(run=shop_file.cmd_backup)
    load = commands.add_parser("restore", help=tr("replace the database with a verified backup"))
    load.add_argument("file", metavar="FILE")
    load.set_defaults(run=shop_file.cmd_restore)
    check = commands.add_parser("check", help=tr("verify the file and every derived figure"))
    check.add_argument(
        "--repair",
        action="store_true",
        help=tr("recompute derived figures that disagree with the sales"),
    )
    check.set_defaults(run=shop_file.cmd_check)
    guard = commands.add_parser(
        "protect",
        help=tr("encrypt the database and its backups with the owner's password"),
    )
    guard.add_argument(
        "--recovery-code-file",
        metavar="FILE",
        help=tr("read the recovery code written down at setup from FILE (for scripts)"),
    )
    guard.set_defaults(run=shop_file.cmd_protect)
    unguard = commands.add_parser(
        "unprotect", help=tr("take the protection off: the database becomes a plain file again")
    )
    unguard.set_defaults(run=shop_file.cmd_unprotect)
    catch = commands.add_parser(
        "loyalty", help=tr("expire points, review tiers and lifecycle statuses as of today")
    )
    catch.add_argument("--today", type=day, default=None, metavar="YYYY-MM-DD")
    catch.set_defaults(run=care.cmd_loyalty)
    take = commands.add_parser("import", help=tr("import customer profiles from .xlsx or .csv"))
    take.add_argument("file", metavar="FILE")
    take.add_argument("--sheet", metavar="NAME", help=tr("the sheet holding the customers"))
    take.add_argument("--dry-run", action="store_true", help=tr("check the file, write nothing"))
    take.add_argument(
        "--on-duplicate",
        choices=("skip", "fill", "overwrite"),
        default="skip",
        help=tr("a phone already known: skip the row, fill empty fields, or overwrite"),
    )
    take.add_argument("--rejects", metavar="OUT.xlsx", help=tr("write the rejected rows here"))
    take.add_argument("--json", action="store_true", help=tr("print the counts as JSON"))
    take.add_argument(
        "--owner", metavar="NAME", help=tr("the owner's name, when the import creates the shop")
    )
    take.set_defaults(run=spreadsheets.cmd_import)
    export = commands.add_parser("export", help=tr("write profiles, a template or the VIP list"))
    export.add_argument("what", choices=("profiles", "template", "vip"))
    export.add_argument("out", metavar="OUT.xlsx")
    export.add_argument(
        "--month",
        default=clock.today().strftime("%Y-%m"),
        metavar="YYYY-MM",
        help=tr("the month of the VIP list (default: this month)"),
    )
    export.add_argument("--language", choices=("zh_CN", "en"), default=None)
    export.set_defaults(run=spreadsheets.cmd_export)
    sell = commands.add_parser("sale", help=tr("record a sale to a customer"))
    sell.add_argument("customer", metavar="CUSTOMER", help=tr("the customer's number or phone"))
    sell.add_argument(
        "--item",
        action="append",
        required=True,
        metavar="PRICE[*QTY] [DESCRIPTION]",
        help=tr("one item, e.g. “399” or “199*2 scarf”; repeat for each item"),
    )
    sell.add_argument(
        "--pay", required=True, choices=PAYMENT_METHODS, help=tr("how the customer paid")
    )
    sell.add_argument(
        "--use-points", type=int, default=0, metavar="N", help=tr("points spent on it")
    )
    sell.add_argument(
        "--discount", type=amount, default=Decimal(0), metavar="¥", help=tr("an extra discount")
    )
    sell.add_argument(
        "--clerk", metavar="NAME", help=tr("who sold it (default: the customer's clerk)")
    )
    sell.add_argument("--date", type=day, default=None, metavar="YYYY-MM-DD")
    sell.set_defaults(run=counter.cmd_sale)
    todo = commands.add_parser(
        "followups", aliases=["tasks"], help=tr("print the day's follow-ups, after planning them")
    )
    todo.add_argument("--date", type=day, default=None, metavar="YYYY-MM-DD")
    todo.add_argument("--clerk", metavar="NAME", help=tr("only this clerk's follow-ups"))
    todo.add_argument("--json", action="store_true", help=tr("print the list as JSON"))
    todo.set_defaults(run=care.cmd_followups)
    send = commands.add_parser(
        "batch", help=tr("write a greeting batch's SMS file, or mark the batch sent")
    )
    send.add_argument("action", choices=("export", "sent"))
    send.add_argument("id", type=int, metavar="ID", help=tr("the batch's number in `tasks`"))
    send.add_argument("out", nargs="?", metavar="OUT.csv|OUT.xlsx", help=tr("the SMS file"))
    send.add_argument(
        "--channel",
        choices=("sms", "wechat"),
        default="sms",
        help=tr("how the batch went out (for sent)"),
    )
    send.set_defaults(run=care.cmd_batch)
    held = commands.add_parser(
        "events", help=tr("list the coming and past VIP events with their figures")
    )
    held.add_argument("--json", action="store_true", help=tr("print the events as JSON"))
    held.set_defaults(run=events.cmd_events)
    owed = commands.add_parser(
        "wallet", help=tr("what the shop holds in stored value, by month, and the month's gifts")
    )
    owed.add_argument(
        "--since", type=day, default=None, metavar="YYYY-MM-DD", help=tr("default: 1 January")
    )
    owed.add_argument("--json", action="store_true", help=tr("print the report as JSON"))
    owed.set_defaults(run=wallet.cmd_wallet)
    return top


def exit_code(error: ShopError) -> int:
    """The distinct code of each kind of failure a script may want to act on."""
    if isinstance(error, DamagedDatabase | FileReplaced):
        return DAMAGED
    if isinstance(error, faults.DiskFull | faults.NoPermission | faults.ShopBusy):
        return BLOCKED
    return UNUSABLE


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)  # every file the shop writes is the user's alone
    args = parser().parse_args(argv)
    args.db_path = paths.database_path(args.db)
    start_logging(paths.data_dir() / "shopcrm.log")
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_gui)
    try:
        if run is not cmd_gui:  # the window asks in a dialog of its own
            question = tr("The shop is protected. Owner's password or recovery code: ")
            unlock(args, args.db_path, question)
        return run(args)
    except BrokenPipeError:
        # The reader (`| head`) stopped early: nothing more to say, and nothing wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
    except Exception as error:
        known = faults.explain(error, args.db_path)
        if known is None:
            log.exception("unexpected error in %s", args.command or "gui")
            print(
                "shopcrm: "
                + tr("unexpected error; details were written to {path}").format(
                    path=paths.data_dir() / "shopcrm.log"
                ),
                file=sys.stderr,
            )
            return PROBLEMS
        if not isinstance(error, ShopError):
            log.warning("%s in %s: %s", type(error).__name__, args.command or "gui", error)
        print(f"shopcrm: {known}", file=sys.stderr)
        return exit_code(known)

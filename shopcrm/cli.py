"""The command line: `shopcrm [--db PATH] [COMMAND]`; no command starts the window.

Exit codes: 0 ok, 1 the job ran but found problems, 2 usage or unusable input.
A user's mistake is one line on stderr; anything unexpected is logged with its
traceback in the data folder and reported in one line.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from peewee import DatabaseError

from shopcrm.core import clock, paths
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.log import log, start_logging
from shopcrm.sales.pricing import SaleLine
from shopcrm.shop.opening import open_shop
from shopcrm.storage import backup, derived
from shopcrm.storage.models import PAYMENT_METHODS, Customer, Purchase, Staff

OK, PROBLEMS, UNUSABLE = 0, 1, 2


def _say(message: str) -> None:
    print(message, flush=True)


def cmd_gui(args: argparse.Namespace) -> int:
    from shopcrm.ui.app import run

    return run(args.db_path)


def cmd_demo(args: argparse.Namespace) -> int:
    from shopcrm.demo.generator import fill_demo

    if args.customers < 1:
        raise ShopError(tr("--customers must be at least 1."))
    open_shop(args.db_path, language=args.language)
    summary = fill_demo(args.customers, seed=args.seed, kind=args.kind)
    _say(
        tr("Demo shop ready in {path}: {customers} customers, {purchases} sales.").format(
            path=args.db_path, customers=summary.customers, purchases=summary.purchases
        )
    )
    return OK


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_shop(args.db_path)
    made = (
        backup.backup_to(db, Path(args.dest).expanduser())
        if args.dest
        else backup.backup_now(db, args.db_path)
    )
    _say(tr("Backup written: {path}").format(path=made))
    return OK


def cmd_restore(args: argparse.Namespace) -> int:
    aside = backup.restore(args.db_path, Path(args.file).expanduser())
    open_shop(args.db_path)
    _say(tr("Restored {file} into {path}.").format(file=args.file, path=args.db_path))
    if aside:
        _say(tr("The database as it was before is kept in {path}.").format(path=aside))
    return OK


def cmd_check(args: argparse.Namespace) -> int:
    db = open_shop(args.db_path)
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
            trn(
                "Recomputed the figures of {n} customer.",
                "Recomputed the figures of {n} customers.",
                len({m.customer_id for m in figures}),
            ).format(n=len({m.customer_id for m in figures}))
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
    _say(
        tr("Checked {customers} customers and {purchases} sales: {result}.").format(
            customers=Customer.select().count(),
            purchases=Purchase.select().count(),
            result=trn("{n} problem", "{n} problems", len(problems)).format(n=len(problems))
            if problems
            else tr("all good"),
        )
    )
    return PROBLEMS if problems else OK


def cmd_loyalty(args: argparse.Namespace) -> int:
    from shopcrm.loyalty import upkeep

    open_shop(args.db_path)
    done = upkeep.catch_up(args.today)
    _say(
        tr(
            "Loyalty brought up to date: {points} points lapsed, {moves} tier changes, "
            "{statuses} status changes."
        ).format(points=done.expired_points, moves=done.tier_moves, statuses=done.status_changes)
    )
    return OK


def cmd_import(args: argparse.Namespace) -> int:
    import json

    from shopcrm.core.i18n import system_language
    from shopcrm.spreadsheets import importing

    open_shop(args.db_path)
    try:
        table = importing.find_table(Path(args.file).expanduser(), args.sheet)
    except importing.SheetChoiceNeeded as exc:
        raise ShopError(f"{exc} " + tr("Name it with --sheet NAME.")) from None
    plan = importing.plan_import(table, args.on_duplicate)
    if args.rejects and plan.rejected:
        written = importing.write_rejects(plan, Path(args.rejects).expanduser(), system_language())
        print(tr("Rejected rows written to {path}").format(path=written), file=sys.stderr)
    counts = plan.counts() if args.dry_run else importing.apply_import(plan).as_dict()
    problems = plan.problems()
    for problem in problems[:20]:
        print(
            tr("row {row}, {column} “{value}”: {reason}").format(**vars(problem)), file=sys.stderr
        )
    if len(problems) > 20:
        print(tr("… and {n} more (see --rejects).").format(n=len(problems) - 20), file=sys.stderr)
    if args.json:
        _say(json.dumps(counts))
    else:
        _say(
            tr("{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.").format(
                **counts
            )
            + (" " + tr("Dry run: nothing was written.") if args.dry_run else "")
        )
    return PROBLEMS if plan.rejected else OK


def cmd_export(args: argparse.Namespace) -> int:
    from shopcrm.core.i18n import system_language
    from shopcrm.loyalty import vip_report
    from shopcrm.spreadsheets import exporting

    open_shop(args.db_path)
    language = args.language or system_language()
    out = Path(args.out).expanduser()
    if args.what == "template":
        written = exporting.export_template(out, language=language)
        _say(tr("Wrote the import template {path}.").format(path=written))
        return OK
    if args.what == "profiles":
        written, count = exporting.export_profiles(out, language=language)
    else:
        written, count = vip_report.export_vip_report(out, args.month, language=language)
    _say(
        trn("Wrote {path} ({n} customer).", "Wrote {path} ({n} customers).", count).format(
            path=written, n=count
        )
    )
    return OK


def _clerk(name: str) -> Staff:
    """The clerk called `name`, or a message listing the clerks there are."""
    clerk = Staff.get_or_none(Staff.name == name.strip())
    if clerk is None:
        names = ", ".join(s.name for s in Staff.select().order_by(Staff.name))
        raise ShopError(
            tr("No clerk is called {name}; the clerks are: {names}.").format(name=name, names=names)
        )
    return clerk


def _amount(text: str) -> Decimal:
    from shopcrm.core.money import AmountError, parse_yuan

    try:
        return parse_yuan(text)
    except AmountError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def cmd_followups(args: argparse.Namespace) -> int:
    import json

    from shopcrm.care import followups, rules

    open_shop(args.db_path)
    day = args.date or clock.today()
    clerk = _clerk(args.clerk) if args.clerk else None
    rules.plan(day)
    rows = followups.day_list(day, clerk.id if clerk else None)
    if args.json:
        _say(json.dumps(followups.as_dicts(rows), ensure_ascii=False, indent=1))
        return OK
    _say(tr("Follow-ups for {date}: {n}").format(date=day.isoformat(), n=len(rows)))
    for group, members in followups.grouped(rows):
        _say(f"\n== {followups.kind_label(group)} ({len(members)}) ==")
        for row in members:
            who = " ".join(part for part in (row.customer, row.phone) if part)
            _say(f"{row.due_on.isoformat()}  {who}  [{row.clerk}]  {followups.reason(row)}")
    return OK


def _sale_line(text: str) -> SaleLine:
    """`PRICE[*QTY] [DESCRIPTION]` as typed after --item, e.g. `199*2 围巾`."""
    from shopcrm.core.money import MAX_QUANTITY, AmountError, parse_count, parse_yuan

    amount, _, description = text.strip().partition(" ")
    price, _, quantity = amount.partition("*")
    try:
        return SaleLine(
            unit_price=parse_yuan(price),
            quantity=parse_count(quantity or "1", minimum=-MAX_QUANTITY, maximum=MAX_QUANTITY),
            description=description.strip(),
        )
    except AmountError as exc:
        raise ShopError(tr("--item “{text}”: {problem}").format(text=text, problem=exc)) from None


def cmd_sale(args: argparse.Namespace) -> int:
    from shopcrm.core.errors import ValidationError
    from shopcrm.core.money import money
    from shopcrm.customers.profiles import find_by_phone_or_number
    from shopcrm.sales import payments, pricing, recording

    lines = [_sale_line(text) for text in args.item]
    open_shop(args.db_path, create=False)
    customer = find_by_phone_or_number(args.customer)
    if customer is None:
        raise ShopError(
            tr("No customer has the number or phone {text}.").format(text=args.customer)
        )
    clerk = _clerk(args.clerk) if args.clerk else customer.clerk
    try:
        result = recording.record_sale(
            customer.id,
            lines,
            on=args.date,
            clerk_id=clerk.id if clerk else None,
            extra_discount=args.discount,
            redeem_points=args.use_points,
            payment=args.pay,
        )
    except ValidationError as exc:
        raise ShopError(str(exc)) from None
    priced = result.quote
    for key, amount in pricing.quote_lines(priced):
        _say(f"{pricing.quote_line_label(key)}: {money(amount)}")
    _say(
        tr("Sale {id} recorded for {name} ({number}), paid by {payment}.").format(
            id=result.purchase.id,
            name=customer.name,
            number=customer.number,
            payment=payments.payment_label(args.pay),
        )
    )
    if result.tier_change is not None:
        _say(
            tr("{name} is now {tier}.").format(name=customer.name, tier=result.tier_change.to_name)
        )
    return OK


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
    catch = commands.add_parser(
        "loyalty", help=tr("expire points, review tiers and lifecycle statuses as of today")
    )
    catch.add_argument("--today", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    catch.set_defaults(run=cmd_loyalty)
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
    take.set_defaults(run=cmd_import)
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
    export.set_defaults(run=cmd_export)
    sell = commands.add_parser("sale", help=tr("record a sale to a customer"))
    sell.add_argument("customer", metavar="CUSTOMER", help=tr("her customer number or phone"))
    sell.add_argument(
        "--item",
        action="append",
        required=True,
        metavar="PRICE[*QTY] [DESCRIPTION]",
        help=tr("one item, e.g. “399” or “199*2 scarf”; repeat for each item"),
    )
    sell.add_argument("--pay", required=True, choices=PAYMENT_METHODS, help=tr("how she paid"))
    sell.add_argument(
        "--use-points", type=int, default=0, metavar="N", help=tr("points she spends on it")
    )
    sell.add_argument(
        "--discount", type=_amount, default=Decimal(0), metavar="¥", help=tr("an extra discount")
    )
    sell.add_argument("--clerk", metavar="NAME", help=tr("who sold it (default: her clerk)"))
    sell.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    sell.set_defaults(run=cmd_sale)
    todo = commands.add_parser(
        "followups", aliases=["tasks"], help=tr("print the day's follow-ups, after planning them")
    )
    todo.add_argument("--date", type=dt.date.fromisoformat, default=None, metavar="YYYY-MM-DD")
    todo.add_argument("--clerk", metavar="NAME", help=tr("only this clerk's follow-ups"))
    todo.add_argument("--json", action="store_true", help=tr("print the list as JSON"))
    todo.set_defaults(run=cmd_followups)
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
    except BrokenPipeError:
        # The reader (`| head`) stopped early: nothing more to say, and nothing wrong.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return OK
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

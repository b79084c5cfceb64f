"""Commands that read or write workbooks: importing profiles, exporting them and the VIP list."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shopcrm.cli.common import OK, PROBLEMS, as_owner, new_owner, say
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import system_language, tr, trn
from shopcrm.shop.opening import open_shop


def cmd_import(args: argparse.Namespace) -> int:
    from shopcrm.spreadsheets import importing

    source = Path(args.file).expanduser()
    new_shop = not args.db_path.exists()
    open_shop(args.db_path)
    try:
        table = _table(importing, source, args.sheet)
        # No shop without an owner: a new one asks for her first.
        actor = new_owner(args) if new_shop else None if args.dry_run else as_owner(args)
    except BaseException:
        if new_shop:  # the file was no customer list: no empty shop is left behind
            _remove_shop(args.db_path)
        raise
    if new_shop:
        print(tr("Created a new shop in {path}.").format(path=args.db_path), file=sys.stderr)
    plan = importing.plan_import(table, args.on_duplicate)
    if args.rejects and (plan.rejected or plan.notes()):
        written = importing.write_rejects(plan, Path(args.rejects).expanduser(), system_language())
        print(tr("Rejected rows and notes written to {path}").format(path=written), file=sys.stderr)
    counts = (
        plan.counts()
        if args.dry_run or actor is None
        else importing.apply_import(actor, plan).as_dict()
    )
    # The rejected rows, then the rest the owner should see: warnings, totals left out, repeats.
    for heading, lines in (
        (tr("Not imported:"), plan.problems()),
        (
            tr("Also look at (imported with a warning, totals left out, repeated rows):"),
            plan.notes(),
        ),
    ):
        if lines:
            print(heading, file=sys.stderr)
        for line in lines[:20]:
            print(
                tr("row {row}, {column} “{value}”: {reason}").format(**vars(line)), file=sys.stderr
            )
        if len(lines) > 20:
            print(tr("… and {n} more (see --rejects).").format(n=len(lines) - 20), file=sys.stderr)
    if args.json:
        say(json.dumps(counts))
    else:
        say(
            tr("{added} added, {updated} updated, {skipped} skipped, {rejected} rejected.").format(
                **counts
            )
            + (" " + tr("Dry run: nothing was written.") if args.dry_run else "")
        )
    return PROBLEMS if plan.rejected else OK


def _remove_shop(db_path: Path) -> None:
    from shopcrm.storage.models import database

    database.close()
    for part in (db_path, db_path.with_name(db_path.name + "-wal")):
        part.unlink(missing_ok=True)
    db_path.with_name(db_path.name + "-shm").unlink(missing_ok=True)


def _table(importing: object, source: Path, sheet: str | None) -> object:
    """The file's table of customers."""
    try:
        return importing.find_table(source, sheet)
    except importing.SheetChoiceNeeded as exc:
        raise ShopError(f"{exc} " + tr("Name it with --sheet NAME.")) from None


def cmd_export(args: argparse.Namespace) -> int:
    from shopcrm.loyalty import vip_report
    from shopcrm.spreadsheets import exporting

    open_shop(args.db_path, create=False)
    language = args.language or system_language()
    out = Path(args.out).expanduser()
    if args.what == "template":
        written = exporting.export_template(out, language=language)
        say(tr("Wrote the import template {path}.").format(path=written))
        return OK
    actor = as_owner(args)
    if args.what == "profiles":
        written, count = exporting.export_profiles(actor, out, language=language)
    else:
        written, count = vip_report.export_vip_report(actor, out, args.month, language=language)
    say(
        trn("Wrote {path} ({n} customer).", "Wrote {path} ({n} customers).", count).format(
            path=written, n=count
        )
    )
    return OK

"""The VIP events from the command line: what is coming, what was held and what it brought.

Clerks see the events too, so listing them needs no password.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from shopcrm.cli.common import OK, say
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.core.text import display_width, visible_text
from shopcrm.shop.opening import open_shop

if TYPE_CHECKING:
    from shopcrm.events.figures import EventLine, Report

GAP = "  "


def cmd_events(args: argparse.Namespace) -> int:
    from shopcrm.events import figures

    open_shop(args.db_path, create=False)
    lines = figures.event_lines()
    # What an event brought is only known once it is over; a cancelled one brought nothing.
    reports = {x.id: figures.report(x.id) for x in lines if x.past and not x.cancelled}
    if args.json:
        found = [as_dict(line, reports.get(line.id)) for line in lines]
        say(json.dumps(found, ensure_ascii=False, indent=1))
        return OK
    if not lines:
        say(tr("No events yet: the owner plans them on the Events page."))
        return OK
    coming = [line for line in lines if not line.past]
    past = [line for line in lines if line.past]
    blocks = [
        "\n".join([f"== {heading} ({len(shown)}) ==", *_table(*_rows(shown, reports))])
        for heading, shown in ((tr("Coming events"), coming), (tr("Past events"), past))
        if shown
    ]
    say("\n\n".join(blocks))
    return OK


def as_dict(line: EventLine, report: Report | None) -> dict[str, Any]:
    """One event as plain data, for `shopcrm events --json`; money as exact text."""
    found: dict[str, Any] = {
        "id": line.id,
        "title": line.title,
        "kind": line.kind,
        "starts_at": line.starts_at.isoformat(" ", "minutes"),
        "place": line.place,
        "capacity": line.capacity,
        "cancelled": line.cancelled,
        "past": line.past,
        "invited": line.invited,
        "accepted": line.accepted,
        "maybe": line.maybe,
        "declined": line.declined,
        "attended": line.attended,
        "no_shows": line.no_shows,
        "walk_ins": line.walk_ins,
        "brought": line.brought,
    }
    if report is not None:
        found["new_customers"] = report.new_customers
        found["gifts"] = report.gifts
        found["sales"] = [
            {
                "days": lift.days,
                "elapsed": lift.elapsed,
                "sales": str(lift.sales),
                "expected": str(lift.expected),
                "brought": str(lift.brought),
            }
            for lift in report.lifts
        ]
    return found


def _rows(
    lines: Sequence[EventLine], reports: dict[int, Report]
) -> tuple[list[str], list[list[str]], int]:
    """The header, a row per event and how many columns are text (the rest are figures).

    A past event's sales in each window stand beside what the same guests spend in as
    many days on average; its hour no longer matters."""
    from shopcrm.events import figures, labels

    header = [tr("Date"), tr("Event"), tr("Kind"), tr("Invited"), tr("Yes"), tr("Came")]
    header += [tr("No-shows"), tr("Walk-ins"), tr("Brought")]
    with_sales = any(line.id in reports for line in lines)
    if with_sales:
        header += [
            trn("{n} day: sold / expected", "{n} days: sold / expected", days).format(n=days)
            for days in figures.WINDOWS
        ]
    rows = []
    for line in lines:
        title = labels.event_title(line.title, line.cancelled)
        when = line.starts_at.strftime("%Y-%m-%d" if line.past else "%Y-%m-%d %H:%M")
        row = [when, title, labels.kind_label(line.kind)]
        row += [str(n) for n in (line.invited, line.accepted, line.attended)]
        row += [str(n) for n in (line.no_shows, line.walk_ins, line.brought)]
        report = reports.get(line.id)
        for lift in report.lifts if report else ():
            row.append(f"{money(lift.sales)} / {money(lift.expected)}")
        rows.append(row)
    return header, rows, 3


def _table(header: list[str], rows: list[list[str]], text_columns: int) -> list[str]:
    """Aligned columns, the text ones to the left and the figures to the right; nothing
    invisible reaches the terminal."""
    cells = [[visible_text(cell) for cell in row] for row in (header, *rows)]
    widths = [
        max(display_width(row[n]) for row in cells if n < len(row)) for n in range(len(header))
    ]
    lines = []
    for row in cells:
        padded = []
        for n, cell in enumerate(row):
            space = " " * (widths[n] - display_width(cell))
            padded.append(cell + space if n < text_columns else space + cell)
        lines.append(GAP.join(padded).rstrip())
    return lines

"""The events report as a workbook: one row per event, who came and what it brought.

The owner compares the year's events side by side, or hands the figures to her
accountant. The words are the catalogue's, in the language asked for (the
window's when none is), as in the other exports. A cancelled event brought
nothing and is left out; one still to come shows its invitations and replies.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shopcrm.core.i18n import marked, words_for
from shopcrm.events import figures
from shopcrm.events.labels import KIND_WORDS
from shopcrm.spreadsheets.writer import SheetSpec, TableColumn, write_workbook
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Staff

SHEET = marked("Events")
# The columns for each event, by their words: (header, kind, width).
EVENT_COLUMNS = (
    (marked("Date and time"), "datetime", 17),
    (marked("Title"), "text", 24),
    (marked("Kind"), "text", 14),
    (marked("Place"), "text", 16),
    (marked("Invited"), "integer", 9),
    (marked("Accepted"), "integer", 9),
    (marked("Attended"), "integer", 9),
    (marked("No-shows"), "integer", 9),
    (marked("Walk-ins"), "integer", 9),
    (marked("Brought by guests"), "integer", 10),
    (marked("New customers"), "integer", 10),
    (marked("Gifts handed over"), "integer", 10),
)
# Then, for each of figures.WINDOWS, what the attendees bought in that many days.
LIFT_COLUMNS = (
    marked("Attendees' sales, {n} days"),
    marked("Expected, {n} days"),
    marked("Brought, {n} days"),
)


def _columns(language: str | None) -> list[TableColumn]:
    say = words_for(language)
    columns = [TableColumn(say.tr(header), kind, width) for header, kind, width in EVENT_COLUMNS]
    for days in figures.WINDOWS:
        columns += [
            TableColumn(say.tr(header).format(n=days), "money", 15) for header in LIFT_COLUMNS
        ]
    return columns


def _rows(lines: list[figures.EventLine], language: str | None) -> Iterator[list[Any]]:
    say = words_for(language)
    for line in lines:
        report = figures.report(line.id)
        yield [
            line.starts_at,
            line.title,
            say.tr(KIND_WORDS[line.kind]),
            line.place,
            line.invited,
            line.accepted,
            line.attended,
            line.no_shows,
            line.walk_ins,
            line.brought,
            report.new_customers,
            report.gifts,
            *(
                amount
                for lift in report.lifts
                for amount in (lift.sales, lift.expected, lift.brought)
            ),
        ]


def export_report(actor: Staff, path: Path, language: str | None = None) -> int:
    """Write the events report to `path` (oldest event first); return the events listed."""
    permissions.require(actor, "export")
    lines = sorted(
        (line for line in figures.event_lines() if not line.cancelled),
        key=lambda line: line.starts_at,
    )
    title = words_for(language).tr(SHEET)
    written = write_workbook(
        path,
        [SheetSpec(title, _columns(language), _rows(lines, language))],
        shop=options.get("shop_name"),
    )
    audit.exported(actor, "events", len(lines), written)
    return len(lines)

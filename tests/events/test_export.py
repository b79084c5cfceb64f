"""The events report as a workbook: one row per event with the domain's figures, in the
language asked for, for the owner alone, and on the audit trail."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from shopcrm.core import clock, i18n
from shopcrm.customers import profiles
from shopcrm.events import door, export, figures, guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import accounts, audit
from shopcrm.staff.permissions import PermissionDenied


def plan(owner, title: str, when: dt.datetime, kind: str = "talk") -> int:
    return planning.save_event(owner, planning.EventInput(title, kind, when, "店内二楼")).id


@pytest.fixture
def events(owner, today) -> dict[str, int]:
    """A preview 40 days ago with two guests who came (one brought by the other) and
    a sale after it; a talk to come; a cancelled outing."""
    day = today - dt.timedelta(days=40)
    came = profiles.quick_add("张一", "13800000001").id
    absent = profiles.quick_add("王二", "13800000002").id
    record_sale(came, [SaleLine(Decimal("3650"), 1)], on=day - dt.timedelta(days=100))
    with clock.set_to(day):
        preview = plan(owner, "春季新品预览", dt.datetime.combine(day, dt.time(14, 30)), "talk")
        guests.invite_customers(owner, preview, [came, absent])
        for guest in guests.guest_list(preview):
            guests.record_reply(owner, guest.id, "yes")
        host = door.check_in(owner, preview, came)
        door.bring_guest(owner, preview, host.id, "钱四", "13900000004")
        door.hand_gift(owner, host.id)
    record_sale(came, [SaleLine(Decimal("1000"), 1)], on=day + dt.timedelta(days=2))
    coming = plan(owner, "秋季保养讲座", dt.datetime.combine(today, dt.time(19)))
    called_off = plan(owner, "郊游", dt.datetime.combine(today + dt.timedelta(days=5), dt.time(9)))
    planning.cancel_event(owner, called_off)
    return {"preview": preview, "coming": coming, "called_off": called_off}


def test_one_row_per_event_with_the_reports_figures_oldest_first(owner, events, tmp_path) -> None:
    path = tmp_path / "events.xlsx"
    assert export.export_report(owner, path) == 2
    sheet = load_workbook(path).active
    assert sheet.title == "Events"
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Date and time",
        "Title",
        "Kind",
        "Place",
        "Invited",
        "Accepted",
        "Attended",
        "No-shows",
        "Walk-ins",
        "Brought by guests",
        "New customers",
        "Gifts handed over",
        "Attendees' sales, 7 days",
        "Expected, 7 days",
        "Brought, 7 days",
        "Attendees' sales, 30 days",
        "Expected, 30 days",
        "Brought, 30 days",
    )
    assert [row[1] for row in rows[1:]] == ["春季新品预览", "秋季保养讲座"]  # not the cancelled
    report = figures.report(events["preview"])
    line = report.line
    week, month = report.lifts
    preview = rows[1]
    assert preview[0] == line.starts_at and preview[2:4] == ("Talk", "店内二楼")
    assert preview[4:12] == (2, 2, 2, 1, 0, 1, 1, 1)
    assert preview[4:12] == (
        line.invited,
        line.accepted,
        line.attended,
        line.no_shows,
        line.walk_ins,
        line.brought,
        report.new_customers,
        report.gifts,
    )
    assert preview[12:] == pytest.approx(
        [float(x) for lift in (week, month) for x in (lift.sales, lift.expected, lift.brought)]
    )
    assert preview[12] == float(week.sales) > 0 and month.sales == week.sales
    assert rows[2][4:8] == (0, 0, 0, 0)


def test_the_words_are_the_files_languages_from_the_catalogue(
    owner, events, tmp_path, monkeypatch
) -> None:
    chinese = i18n.Words(
        "zh_CN",
        {
            ("events", "Events"): "活动",
            ("events", "Title"): "标题",
            ("events", "Attendees' sales, {n} days"): "到场顾客{n}天销售额",
        },
    )
    monkeypatch.setattr(i18n, "in_language", lambda language: chinese)
    path = tmp_path / "events.xlsx"
    export.export_report(owner, path, "zh_CN")
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert sheet.title == "活动"
    assert (header[1], header[12], header[15]) == (
        "标题",
        "到场顾客7天销售额",
        "到场顾客30天销售额",
    )


def test_only_the_owner_exports_and_the_trail_says_so(owner, events, tmp_path) -> None:
    clerk = accounts.add_clerk(owner, "小陈", "1357")
    with pytest.raises(PermissionDenied):
        export.export_report(clerk, tmp_path / "events.xlsx")
    assert not (tmp_path / "events.xlsx").exists()
    export.export_report(owner, tmp_path / "events.xlsx")
    (entry,) = audit.entries(owner, action="export")
    assert entry.detail == "events: 2 rows to events.xlsx"

"""`shopcrm events`: the coming and past events with their figures, for anyone at the shop,
as a table to read or as JSON that says what the events page says."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from shopcrm import cli
from shopcrm.core import clock
from shopcrm.core.money import money
from shopcrm.customers import profiles
from shopcrm.events import door, figures, guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale


def at(day: dt.date, hour: int = 14) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 30))


@pytest.fixture
def events(owner, today: dt.date) -> dict[str, int]:
    """A talk held three weeks ago (two invited, one came and brought a friend, one walked
    in, a sale after it), a preview next week with one invitation, and one called off."""
    came = profiles.quick_add("张一", "13800000001").id
    absent = profiles.quick_add("王二", "13800000002").id
    walk_in = profiles.quick_add("赵三", "13800000003").id
    held_on = today - dt.timedelta(days=21)
    record_sale(came, [SaleLine(Decimal("3650"))], on=held_on - dt.timedelta(days=100))
    with clock.set_to(held_on - dt.timedelta(days=9)):
        talk = planning.save_event(
            owner, planning.EventInput("皮具保养小课堂", "talk", at(held_on), "店内二楼")
        )
        guests.invite_customers(owner, talk.id, [came, absent])
        for guest in guests.guest_list(talk.id):
            guests.record_reply(owner, guest.id, "yes")
    with clock.set_to(held_on):
        host = door.check_in(owner, talk.id, came)
        door.check_in(owner, talk.id, walk_in)
        door.bring_guest(owner, talk.id, host.id, "钱四", "13900000004")
        door.hand_gift(owner, host.id)
    record_sale(came, [SaleLine(Decimal("1000"))], on=held_on + dt.timedelta(days=2))
    soon = planning.save_event(
        owner,
        planning.EventInput(
            "冬季新品预览会", "preview", at(today + dt.timedelta(days=7)), capacity=30
        ),
    )
    profiles.update_customer(came, {"accepts_promotions": True})
    guests.invite_customers(owner, soon.id, [came])
    off = planning.save_event(
        owner, planning.EventInput("湖畔下午茶", "outing", at(today + dt.timedelta(days=12), 15))
    )
    planning.cancel_event(owner, off.id)
    return {"talk": talk.id, "soon": soon.id, "off": off.id}


def run(db_path, capsys, *args: str) -> str:
    assert cli.main(["--db", str(db_path), "events", *args]) == cli.OK
    return capsys.readouterr().out


def test_the_json_says_what_the_events_page_says(events, db_path, capsys) -> None:
    found = json.loads(run(db_path, capsys, "--json"))
    lines = figures.event_lines()
    assert [e["id"] for e in found] == [line.id for line in lines]
    assert [e["id"] for e in found] == [events["soon"], events["off"], events["talk"]]
    for shown, line in zip(found, lines, strict=True):
        assert shown["title"] == line.title and shown["past"] == line.past
        assert shown["cancelled"] == line.cancelled
        assert dt.datetime.fromisoformat(shown["starts_at"]) == line.starts_at
        for name in ("invited", "accepted", "attended", "no_shows", "walk_ins", "brought"):
            assert shown[name] == getattr(line, name), name
    talk = found[2]
    assert (talk["invited"], talk["accepted"], talk["attended"]) == (2, 2, 3)
    assert (talk["no_shows"], talk["walk_ins"], talk["brought"]) == (1, 1, 1)
    report = figures.report(events["talk"])
    assert (talk["new_customers"], talk["gifts"]) == (report.new_customers, report.gifts) == (1, 1)
    assert talk["sales"] == [
        {
            "days": lift.days,
            "elapsed": lift.elapsed,
            "sales": str(lift.sales),
            "expected": str(lift.expected),
            "brought": str(lift.brought),
        }
        for lift in report.lifts
    ]
    assert Decimal(talk["sales"][0]["sales"]) > 0  # the sale two days after
    assert "sales" not in found[0]  # nothing is known yet of what a coming event brings
    assert found[0]["invited"] == 1 and found[1]["cancelled"]


def test_the_table_lists_coming_events_then_past_ones_with_their_sales(
    events, db_path, capsys
) -> None:
    out = run(db_path, capsys)
    coming, past = out.split("\n\n")
    assert coming.startswith("== Coming events (2) ==") and past.startswith("== Past events (1) ==")
    assert "冬季新品预览会" in coming and "湖畔下午茶 (cancelled)" in coming
    week = figures.report(events["talk"]).lifts[0]
    assert "皮具保养小课堂" in past and f"{money(week.sales)} / {money(week.expected)}" in past
    header, talk = past.splitlines()[1:]
    assert header.split()[:3] == ["Date", "Event", "Kind"]
    assert talk.split()[:9] == [
        (clock.today() - dt.timedelta(days=21)).isoformat(),
        "皮具保养小课堂",
        "Talk",
        "2",  # invited
        "2",  # said yes
        "3",  # came
        "1",  # no-show
        "1",  # walk-in
        "1",  # brought
    ]


def test_a_shop_with_no_events_says_where_to_plan_them(db, db_path, capsys) -> None:
    assert "Events page" in run(db_path, capsys)
    assert json.loads(run(db_path, capsys, "--json")) == []

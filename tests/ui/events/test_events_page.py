"""The events page worked as the owner plans and her clerks work the door: typing,
clicking and pressing Enter, offscreen. Chinese goes in with insert(), as an input
method would put it: QTest types key by key, Latin keys only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from shopcrm.core import clock
from shopcrm.core.money import money
from shopcrm.customers import profiles
from shopcrm.events import figures, guests, planning
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import permissions
from shopcrm.storage.models import Customer, Event, EventGuest, FollowUp, Staff
from shopcrm.ui import session
from shopcrm.ui.events.event_dialog import EventDialog
from shopcrm.ui.events.events_page import EventsPage
from shopcrm.ui.events.invite_dialog import InviteDialog


def click(qtbot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def plan(owner, day: dt.date, kind: str = "talk", capacity: int | None = None) -> Event:
    return planning.save_event(
        owner,
        planning.EventInput(
            "秋季保养讲座", kind, dt.datetime.combine(day, dt.time(14, 30)), "店内二楼", capacity
        ),
    )


def clerk_signs_in(shop) -> Staff:
    clerk = Staff.get_by_id(shop["clerk"])
    session.set_current(clerk)
    return clerk


@pytest.fixture
def page(qtbot, english, shop) -> EventsPage:
    shown = EventsPage()
    qtbot.addWidget(shown)
    shown.resize(1366, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def talk(owner, today) -> Event:
    """A talk in a fortnight, with room for three."""
    return plan(owner, today + dt.timedelta(days=14), capacity=3)


def shown_rows(page: EventsPage) -> list[list[str]]:
    model = page.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_owner_plans_an_event_and_a_wrong_value_keeps_what_she_typed(
    qtbot, page, owner, today
) -> None:
    assert "plan 4 more" in page.goal.text() and page.goal.isVisible()
    dialog = page.new_event()
    qtbot.waitExposed(dialog)
    assert dialog.kind.currentData() == "preview"
    assert dialog.starts_at.calendarPopup()
    dialog.title.insert("春季新品预览")
    dialog.kind.setCurrentIndex(dialog.kind.findData("talk"))
    dialog.place.insert("店内二楼")
    qtbot.keyClicks(dialog.capacity, "twenty")
    dialog.budget.insert("¥800")
    dialog.gift.insert("护理套装")
    save = dialog.findChild(QPushButton, "saveButton")
    click(qtbot, save)
    assert dialog.isVisible() and Event.select().count() == 0
    assert dialog.capacity.property("invalid") is True
    assert "whole number" in dialog.form.fields["capacity"].error.text()
    assert (dialog.title.text(), dialog.capacity.text(), dialog.gift.text()) == (
        "春季新品预览",
        "twenty",
        "护理套装",
    )

    dialog.capacity.clear()
    qtbot.keyClicks(dialog.capacity, "20")
    dialog.title.clear()
    click(qtbot, save)  # the domain's own refusal shows in the same place
    assert dialog.title.property("invalid") is True
    assert "title" in dialog.form.fields["title"].error.text()
    assert dialog.capacity.property("invalid") is False
    dialog.title.insert("春季新品预览")
    click(qtbot, save)

    assert not dialog.isVisible()
    event = Event.get()
    assert (event.title, event.kind, event.place, event.capacity, event.budget, event.gift) == (
        "春季新品预览",
        "talk",
        "店内二楼",
        20,
        Decimal("800.00"),
        "护理套装",
    )
    assert event.starts_at.date() == today + dt.timedelta(days=14)
    assert event.organiser_id == owner.id
    assert page.selected_id() == event.id
    (row,) = shown_rows(page)
    assert row[1:5] == ["春季新品预览", "Talk", "店内二楼", "0"] and row[-1] == "20"
    missing = 4 - (event.starts_at.year == today.year)  # late December: it is next year's
    assert f"plan {missing} more" in page.goal.text()

    changed = page.edit_event()
    assert changed.title.text() == "春季新品预览" and changed.budget.text() == "800"
    changed.capacity.clear()
    click(qtbot, changed.findChild(QPushButton, "saveButton"))
    assert Event.get_by_id(event.id).capacity is None
    assert shown_rows(page)[0][-1] == "no limit"


def test_inviting_a_segment_shows_who_and_why_not_then_one_by_one(qtbot, page, shop, talk) -> None:
    page.refresh()
    page.choose(talk.id)
    dialog = page.invite_guests()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, InviteDialog)
    assert dialog.count.text() == "3 customers would be invited."
    assert dialog.left_out.text() == "Left out: 1 more than the places left."
    assert dialog.places.text() == "3 places left."
    dialog.clerk.setCurrentIndex(dialog.clerk.findData(guests.NO_CLERK))
    assert dialog.count.text() == "0 customers would be invited."
    dialog.clerk.setCurrentIndex(dialog.clerk.findData(shop["clerk"]))
    click(qtbot, dialog.invite_button)
    assert dialog.notice.text().startswith("3 invited")
    assert EventGuest.select().where(EventGuest.event == talk.id).count() == 3
    assert FollowUp.select().where(FollowUp.kind == "event_invitation").count() == 3
    assert dialog.places.text() == "0 places left."
    assert "3 already invited" in dialog.left_out.text()
    assert page.guests.model.rowCount() == 3  # the page heard of it
    assert shown_rows(page)[0][4] == "3"

    # One by one, within the same rules: the event is full.
    left_out = next(
        cid for cid in (shop["xiaoli"], *shop["others"]) if not EventGuest.get_or_none(customer=cid)
    )
    phone = Customer.get_by_id(left_out).phone
    qtbot.keyClicks(dialog.finder.search_box, phone[-4:])
    assert dialog.finder.model.rows[0].standing == "Not invited"
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert "more than the places left" in dialog.notice.text()
    assert EventGuest.get_or_none(customer=left_out) is None


def test_one_customer_is_invited_by_her_phone_ending(qtbot, page, owner, shop, today) -> None:
    event = plan(owner, today + dt.timedelta(days=9))
    page.refresh()
    page.choose(event.id)
    dialog = page.invite_guests()
    qtbot.keyClicks(dialog.finder.search_box, "2222")
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    (guest,) = guests.guest_list(event.id)
    assert guest.name == "陳美玲"
    assert dialog.notice.text().startswith("1 invited")
    assert dialog.finder.search_box.text() == ""


def test_her_clerk_records_her_reply(qtbot, page, shop, talk, owner) -> None:
    guests.invite_customers(owner, talk.id, [shop["others"][0]])
    clerk_signs_in(shop)
    page.refresh()
    page.choose(talk.id)
    view = page.guests
    assert view.model.rowCount() == 1
    view.table.selectRow(0)
    view.reply.setCurrentIndex(view.reply.findData("yes"))
    click(qtbot, view.record_button)
    (guest,) = guests.guest_list(talk.id)
    assert guest.reply == "yes"
    assert view.notice.text() == "李娜: Invited: she is coming."
    assert view.model.data(view.model.index(0, 4)) == "Yes"
    assert shown_rows(page)[0][5] == "1"
    task = FollowUp.get(FollowUp.kind == "event_invitation")
    assert task.status == "done"


def test_at_the_door_enter_ticks_a_guest_a_walk_in_and_a_friend_she_brought(
    qtbot, page, shop, owner, today
) -> None:
    event = plan(owner, today)
    guests.invite_customers(owner, event.id, [shop["others"][0], shop["xiaoli"]])
    zhou = profiles.quick_add("周敏", "13500001111")  # 李娜's phone ends in 1111 too
    clerk_signs_in(shop)
    page.refresh()
    page.choose(event.id)
    page.tabs.setCurrentWidget(page.door)
    door = page.door
    box = door.finder.search_box

    qtbot.keyClicks(box, "1111")
    assert {row.name: row.standing for row in door.finder.model.rows} == {
        "李娜": "Invited: Not asked yet",
        "周敏": "Not invited",
    }
    qtbot.keyClick(box, Qt.Key.Key_Return)  # two end in 1111: she chooses
    assert door.finder.results.hasFocus()
    assert door.finder.count.text() == "2 customers match — choose one with ↑↓ and Enter"
    assert [row.name for row in door.finder.model.rows] == ["周敏", "李娜"]
    qtbot.keyClick(door.finder.results, Qt.Key.Key_Down)
    qtbot.keyClick(door.finder.results, Qt.Key.Key_Return)
    assert door.notice.text() == "李娜 is here."
    assert box.text() == "" and box.hasFocus()

    qtbot.keyClicks(box, "3333")  # 王芳 was not invited
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert door.notice.text() == "王芳 is here: a walk-in."
    assert [row.name for row in door.here_model.rows] == ["李娜", "王芳"]
    assert door.here_model.data(door.here_model.index(1, 1)) == "Walk-in"

    door.here.selectRow(0)  # 李娜 brought a friend
    door.friend_name.insert("钱四")
    qtbot.keyClicks(door.friend_phone, "12345")
    click(qtbot, door.bring_button)
    assert door.friend_phone.property("invalid") is True
    assert door.friend_name.text() == "钱四"
    door.friend_phone.clear()
    qtbot.keyClicks(door.friend_phone, "13900000004")
    qtbot.keyClick(door.friend_phone, Qt.Key.Key_Return)
    assert door.notice.text() == "钱四 is here, brought by 李娜."
    friend = Customer.get(Customer.name == "钱四")
    assert friend.referred_by_id == shop["others"][0]
    assert door.friend_name.text() == ""
    assert "3 here: 1 walked in, 1 brought by a guest" in door.summary.text()

    door.here.selectRow(0)
    click(qtbot, door.gift_button)
    assert door.notice.text() == "李娜 has had her gift."
    assert door.gift_button.text() == "Undo gift"
    walk_in = next(n for n, row in enumerate(door.here_model.rows) if row.name == "王芳")
    door.here.selectRow(walk_in)
    click(qtbot, door.undo_button)
    assert "王芳" not in [row.name for row in door.here_model.rows]
    assert EventGuest.get_or_none(customer=shop["others"][2]) is None
    assert EventGuest.get_or_none(customer=zhou.id) is None

    page.tabs.setCurrentWidget(page.report)
    report = figures.report(event.id)
    values = {key: label.text() for key, label in page.report.values.items()}
    assert values == {
        "invited": "2",
        "accepted": "0",
        "attended": "2",
        "no_shows": "0",
        "walk_ins": "0",
        "brought": "1",
        "new_customers": "1",
        "gifts": "1",
    }
    assert values["attended"] == str(report.line.attended)


def test_not_the_day_yet_the_door_says_so(qtbot, page, shop, talk) -> None:
    page.refresh()
    page.choose(talk.id)
    door = page.door
    qtbot.keyClicks(door.finder.search_box, "1111")
    qtbot.keyClick(door.finder.search_box, Qt.Key.Key_Return)
    assert "guests are ticked on the day" in door.notice.text()
    assert EventGuest.select().count() == 0
    assert door.finder.search_box.text() == "1111"


def test_the_report_shows_what_the_attendees_bought_and_exports_every_event(
    qtbot, page, shop, owner, today, tmp_path, monkeypatch
) -> None:
    day = today - dt.timedelta(days=40)
    with clock.set_to(day):
        event = plan(owner, day)
        guests.invite_customers(owner, event.id, [shop["others"][0]])
    from shopcrm.events import door

    with clock.set_to(day):
        door.check_in(owner, event.id, shop["others"][0])
    record_sale(shop["others"][0], [SaleLine(Decimal("1200"), 1)], on=day + dt.timedelta(days=2))
    page.refresh()
    page.choose(event.id)
    report = figures.report(event.id)
    lifts = page.report.lifts
    assert [lifts.item(row, 0).text() for row in range(lifts.rowCount())] == ["7 days", "30 days"]
    assert lifts.item(0, 1).text() == money(report.lifts[0].sales) == "¥1,200.00"
    assert lifts.item(1, 3).text() == money(report.lifts[1].brought)

    target = tmp_path / "events.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    click(qtbot, page.report.export_button)
    notice = page.report.notice.text()
    assert notice.startswith("1 event") and notice.endswith(f"exported to {target}.")
    sheet = load_workbook(target).active
    assert sheet.cell(2, 2).value == "秋季保养讲座"


def test_cancelling_asks_first_and_marks_it_and_copy_plans_it_a_year_on(
    qtbot, page, talk, monkeypatch
) -> None:
    page.refresh()
    page.choose(talk.id)
    answers = iter([QMessageBox.StandardButton.No, *[QMessageBox.StandardButton.Yes] * 2])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    click(qtbot, page.cancel_button)
    assert Event.get_by_id(talk.id).status == "planned"
    click(qtbot, page.cancel_button)
    assert Event.get_by_id(talk.id).status == "cancelled"
    index = page.model.index(0, 1)
    assert page.model.data(index) == "秋季保养讲座 (cancelled)"
    assert page.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert page.notice.text() == "秋季保养讲座 is cancelled."
    click(qtbot, page.cancel_button)
    assert page.notice.text() == "This event is already cancelled."

    click(qtbot, page.copy_button)
    copy = Event.select().order_by(Event.id.desc()).first()
    assert copy.starts_at == planning.same_day_next_year(talk.starts_at)
    assert page.selected_id() == copy.id
    assert page.notice.text().startswith("Copied to ")


def test_a_clerk_sees_the_owners_buttons_greyed_with_the_reason(qtbot, page, shop, talk) -> None:
    clerk_signs_in(shop)
    reason = permissions.refusal("events")
    for button in (
        page.new_button,
        page.edit_button,
        page.copy_button,
        page.cancel_button,
        page.invite_button,
    ):
        assert not button.isEnabled() and button.toolTip() == reason
    assert not page.report.export_button.isEnabled()
    assert page.guests.record_button.isEnabled()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter opens nothing for her to save
    assert not [d for d in page.findChildren(EventDialog) if d.isVisible()]


def test_the_window_has_an_events_page_built_when_first_shown(qtbot, window) -> None:
    titles = [window.pages.tabText(n) for n in range(window.pages.count())]
    assert window.events is None
    window.pages.setCurrentIndex(titles.index("Events"))
    assert isinstance(window.events, EventsPage) and window.events.isVisible()

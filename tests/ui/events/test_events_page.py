"""The events page worked as the owner plans and her clerks work the door: typing,
clicking and pressing Enter, offscreen. Chinese goes in with insert(), as an input
method would put it: QTest types key by key, Latin keys only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
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


def test_inviting_waits_for_a_condition_shows_who_and_why_not_then_one_by_one(
    qtbot, page, shop, talk
) -> None:
    page.refresh()
    page.choose(talk.id)
    dialog = page.invite_guests()
    qtbot.waitExposed(dialog)
    assert isinstance(dialog, InviteDialog)
    # No condition is not "everyone": Invite waits until she says whom.
    assert dialog.count.text() == "Choose who to invite: set a condition, or tick every customer."
    assert not dialog.invite_button.isEnabled()
    assert dialog.places.text() == "3 places left."
    click(qtbot, dialog.everyone)
    assert dialog.count.text() == "3 customers would be invited."
    assert "1 more than the places left" in dialog.left_out.text()
    assert dialog.invite_button.isEnabled() and dialog.invite_button.text() == "Invite 3 customers"
    dialog.clerk.setCurrentIndex(dialog.clerk.findData(guests.NO_CLERK))  # a condition after all
    assert not dialog.everyone.isChecked()
    assert dialog.count.text() == "0 customers would be invited."
    assert not dialog.invite_button.isEnabled()
    click(qtbot, dialog.everyone)  # every customer again: the condition is cleared
    assert dialog.clerk.currentData() is None and dialog.invite_button.isEnabled()
    dialog.clerk.setCurrentIndex(dialog.clerk.findData(shop["clerk"]))
    click(qtbot, dialog.invite_button)
    assert dialog.notice.text().startswith(
        "3 customers invited: a follow-up task for each one's clerk."
    )
    assert EventGuest.select().where(EventGuest.event == talk.id).count() == 3
    assert FollowUp.select().where(FollowUp.kind == "event_invitation").count() == 3
    assert dialog.places.text() == "0 places left."
    assert dialog.left_out.text() == guests.refusal(guests.choose(talk.id, dialog.segment()))
    assert not dialog.invite_button.isEnabled()
    assert page.guests.model.rowCount() == 3  # the page heard of it
    assert shown_rows(page)[0][4] == "3"

    # One by one, within the same rules: the event is full.
    left_out = next(
        cid for cid in (shop["xiaoli"], *shop["others"]) if not EventGuest.get_or_none(customer=cid)
    )
    customer = Customer.get_by_id(left_out)
    dialog.tabs.setCurrentIndex(1)
    assert dialog.focusWidget() is dialog.finder.search_box
    qtbot.keyClicks(dialog.finder.search_box, customer.phone[-4:])
    assert dialog.finder.model.rows[0].standing == "Not invited"
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert dialog.notice.text() == f"No place left: {customer.name} is not invited."
    assert EventGuest.get_or_none(customer=left_out) is None


def test_the_invite_dialog_fits_a_small_screen_at_a_large_font(qapp, qtbot, page, talk) -> None:
    """At 16 pt on 1366×768 its Close button and both ways to invite stay on the screen."""
    before = qapp.font()
    large = QFont(before)
    large.setPointSize(16)
    qapp.setFont(large)
    try:
        page.choose(talk.id)
        dialog = InviteDialog(talk.id, page)
        qtbot.addWidget(dialog)
        assert dialog.minimumSizeHint().height() <= 768 - 60
        rows = dialog.finder.results
        assert rows.minimumHeight() >= 5 * rows.verticalHeader().defaultSectionSize()
    finally:
        qapp.setFont(before)


def test_one_customer_is_invited_by_her_phone_ending(qtbot, page, owner, shop, today) -> None:
    event = plan(owner, today + dt.timedelta(days=9))
    page.refresh()
    page.choose(event.id)
    dialog = page.invite_guests()
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.finder.search_box, "2222")
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    (guest,) = guests.guest_list(event.id)
    assert guest.name == "陳美玲"
    assert dialog.notice.text() == "陳美玲 is invited: a follow-up task for the clerk in charge."
    assert dialog.finder.search_box.text() == ""
    qtbot.keyClicks(dialog.finder.search_box, "2222")
    qtbot.keyClick(dialog.finder.search_box, Qt.Key.Key_Return)
    assert dialog.notice.text() == "陳美玲 was invited already."
    assert len(guests.guest_list(event.id)) == 1


def test_her_clerk_records_her_reply_chosen_for_each_guest(qtbot, page, shop, talk, owner) -> None:
    guests.invite_customers(owner, talk.id, shop["others"][:2])
    clerk_signs_in(shop)
    page.refresh()
    page.choose(talk.id)
    view = page.guests
    assert view.model.rowCount() == 2
    view.table.selectRow(0)
    assert view.reply.currentText() == "Choose the reply"
    click(qtbot, view.record_button)  # nothing chosen: nothing recorded
    assert view.reply.property("invalid") is True
    assert "Choose the reply" in view.notice.text()
    assert guests.guest_list(talk.id)[0].reply is None
    view.reply.setCurrentIndex(view.reply.findData("yes"))
    assert view.reply.property("invalid") is False
    click(qtbot, view.record_button)
    guest = guests.guest_list(talk.id)[0]
    assert guest.reply == "yes"
    assert view.notice.text() == f"{guest.name}'s reply is recorded: Yes."
    assert view.model.data(view.model.index(0, 4)) == "Yes"
    assert shown_rows(page)[0][5] == "1"
    task = FollowUp.get(FollowUp.kind == "event_invitation", FollowUp.customer == guest.customer_id)
    assert task.status == "done"
    view.reply.setCurrentIndex(view.reply.findData("no"))
    view.table.selectRow(1)  # another guest: her reply is hers to choose
    assert view.reply.currentData() is None


def test_at_the_door_enter_ticks_a_guest_a_walk_in_and_a_friend_she_brought(
    qtbot, page, shop, owner, today, monkeypatch
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
    assert not door.brought.isEnabled()  # nobody here yet to bring a friend
    assert door.finder.results.minimumHeight() >= 5 * (
        door.finder.results.verticalHeader().defaultSectionSize()
    )

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
    # She is chosen among those here: her friend is added with no other click.
    assert door.brought.isEnabled() and door.brought.title() == "Brought by 李娜"
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

    qtbot.keyClicks(box, "1111")  # ticked twice: she is here already
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(door.finder.results, Qt.Key.Key_Down)
    qtbot.keyClick(door.finder.results, Qt.Key.Key_Return)
    assert door.notice.text() == "李娜 is already here."
    assert door.gift_button.text() == "Hand over the gift"
    click(qtbot, door.gift_button)
    assert door.notice.text() == "Gift handed over to 李娜."
    assert door.gift_button.text() == "Take back the gift"

    qtbot.keyClicks(box, "3333")  # 王芳 was not invited
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert door.notice.text() == "王芳 is here: a walk-in."
    assert [row.name for row in door.here_model.rows] == ["李娜", "王芳", "钱四"]
    assert door.here_model.data(door.here_model.index(1, 1)) == "Walk-in"
    assert door.brought.title() == "Brought by 王芳"
    door.here.selectRow(2)
    click(qtbot, door.gift_button)
    assert door.notice.text() == "Gift handed over to 钱四."
    assert door.summary.text() == "3 here: 1 walked in, 1 brought by a guest; 2 gifts handed over"

    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text: asked.append(text) or next(answers)),
    )
    door.here.selectRow(1)
    click(qtbot, door.undo_button)  # asked first: No keeps her ticked
    assert asked == ["Untick 王芳? Without an invitation, 王芳 also comes off the guest list."]
    assert "王芳" in [row.name for row in door.here_model.rows]
    click(qtbot, door.undo_button)
    assert door.notice.text() == "王芳 is no longer ticked as here."
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
        "gifts": "2",
    }
    assert values["attended"] == str(report.line.attended)
    assert page.report.lift_table.isVisible() and not page.report.not_held.isVisible()
    assert page.report.lifts.item(0, 0).text() == "7 days (1 so far)"


def test_not_the_day_yet_the_door_says_so_and_the_report_waits(qtbot, page, shop, talk) -> None:
    page.refresh()
    page.choose(talk.id)
    door = page.door
    qtbot.keyClicks(door.finder.search_box, "1111")
    qtbot.keyClick(door.finder.search_box, Qt.Key.Key_Return)
    assert "guests are ticked on the day" in door.notice.text()
    assert EventGuest.select().count() == 0
    assert door.finder.search_box.text() == "1111"

    page.tabs.setCurrentWidget(page.report)
    report = page.report
    assert report.values["invited"].text() == "0"
    assert report.values["attended"].text() == report.values["gifts"].text() == "–"
    assert report.not_held.isVisible() and not report.lift_table.isVisible()
    assert report.not_held.text() == (
        "Not held yet: who came and what they bought show from "
        f"{talk.starts_at.date().isoformat()}, the event day."
    )


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
    offered: list[str] = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(
            lambda _parent, _title, name, _filter: offered.append(name) or (str(target), "")
        ),
    )
    click(qtbot, page.report.export_button)
    assert offered == [f"events-{today.isoformat()}.xlsx"]
    notice = page.report.notice.text()
    assert notice.startswith("1 event") and notice.endswith(f"exported to {target}.")
    sheet = load_workbook(target).active
    assert sheet.cell(2, 2).value == "秋季保养讲座"


def test_cancelling_asks_first_and_greys_what_is_left_and_copy_plans_it_a_year_on(
    qtbot, page, talk, monkeypatch
) -> None:
    page.refresh()
    page.choose(talk.id)
    asked: list[str] = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _parent, _title, text, *_: asked.append(text) or next(answers)),
    )
    click(qtbot, page.cancel_button)
    assert Event.get_by_id(talk.id).status == "planned"
    click(qtbot, page.cancel_button)
    assert Event.get_by_id(talk.id).status == "cancelled"
    index = page.model.index(0, 1)
    assert page.model.data(index) == "秋季保养讲座 (cancelled)"
    assert page.model.data(index, Qt.ItemDataRole.FontRole).strikeOut()
    assert page.notice.text() == "秋季保养讲座 is cancelled."
    # What would only be refused is greyed, with the reason.
    for button, reason in (
        (page.edit_button, "This event was cancelled: copy it instead."),
        (page.cancel_button, "This event is already cancelled."),
        (page.invite_button, "This event was cancelled: nobody can be invited."),
    ):
        assert not button.isEnabled() and button.toolTip() == reason
    assert page.copy_button.isEnabled() and page.new_button.isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # nor does Enter open it to change
    assert not [d for d in page.findChildren(EventDialog) if d.isVisible()]

    asked.clear()
    click(qtbot, page.copy_button)  # last year's kind of copy: nothing to ask
    assert asked == []
    copy = Event.select().order_by(Event.id.desc()).first()
    assert copy.starts_at == planning.same_day_next_year(talk.starts_at)
    assert page.selected_id() == copy.id
    assert page.notice.text().startswith("Copied to ")
    assert page.edit_button.isEnabled() and page.invite_button.isEnabled()


def test_copy_pressed_twice_asks_before_planning_the_same_event_again(
    qtbot, page, owner, today, monkeypatch
) -> None:
    with clock.set_to(today - dt.timedelta(days=300)):
        last_year = plan(owner, today - dt.timedelta(days=200))
    page.refresh()
    page.choose(last_year.id)
    asked: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _parent, _title, text, *_: asked.append(text) or answers.pop(0)),
    )
    click(qtbot, page.copy_button)  # held last year: copied at once
    assert asked == [] and Event.select().count() == 2
    copy = Event.get_by_id(page.selected_id())
    when = copy.starts_at.strftime("%Y-%m-%d %H:%M")
    again = planning.same_day_next_year(copy.starts_at).strftime("%Y-%m-%d %H:%M")

    answers.append(QMessageBox.StandardButton.No)
    click(qtbot, page.copy_button)  # the copy is chosen: pressed again, it would copy the copy
    assert asked == [
        f"秋季保养讲座 on {when} has not been held yet. Copy it to {again} all the same?"
    ]
    assert Event.select().count() == 2

    asked.clear()
    page.choose(last_year.id)
    answers.append(QMessageBox.StandardButton.No)
    click(qtbot, page.copy_button)  # last year's again: its copy is planned already
    assert asked == [f"秋季保养讲座 is already planned on {when}. Copy it to {when} all the same?"]
    assert Event.select().count() == 2
    answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, page.copy_button)  # she means it: two that day
    assert Event.select().count() == 3


def test_a_past_event_is_neither_cancelled_nor_invited_to_but_can_be_corrected(
    qtbot, page, owner, today
) -> None:
    held = plan(owner, today - dt.timedelta(days=10))
    page.refresh()
    page.choose(held.id)
    assert not page.cancel_button.isEnabled()
    assert page.cancel_button.toolTip() == "This event has begun: it can no longer be cancelled."
    assert not page.invite_button.isEnabled()
    assert page.invite_button.toolTip() == "This event has taken place: invite to the next one."
    assert page.edit_button.isEnabled()  # its notes or budget, put right afterwards
    with pytest.raises(ValidationError):  # and the domain refuses all the same
        planning.cancel_event(owner, held.id)


def test_a_capacity_is_read_with_its_unit(qtbot, page) -> None:
    dialog = page.new_event()
    dialog.title.insert("春季新品预览")
    save = dialog.findChild(QPushButton, "saveButton")
    for typed, places in (("20人", 20), (" 30 位", 30), ("40 people", 40), ("12 places", 12)):
        dialog.capacity.clear()
        dialog.capacity.insert(typed)
        assert dialog.typed().capacity == places
    dialog.capacity.clear()
    qtbot.keyClicks(dialog.capacity, "25 people")
    click(qtbot, save)
    assert Event.get().capacity == 25


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


def test_a_begun_event_keeps_its_day_in_the_dialog(qtbot, owner, today) -> None:
    session.set_current(owner)
    now = dt.datetime.combine(today, dt.time(9))
    event = planning.save_event(owner, planning.EventInput("讲座", "talk", now))
    with clock.set_to(now + dt.timedelta(hours=1)):
        dialog = EventDialog(event.id)
        qtbot.addWidget(dialog)
        assert not dialog.starts_at.isEnabled()
        assert "begun" in dialog.starts_at.toolTip()

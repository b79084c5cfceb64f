"""Event tasks on today's follow-ups, worked as her clerk would: the invitation is done by
recording her reply, which plans her reminder; the other event tasks are done as usual."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt

from shopcrm.core import clock
from shopcrm.events import guests, planning
from shopcrm.storage.models import ContactLog, Event, EventGuest, FollowUp, Staff
from shopcrm.ui import session
from shopcrm.ui.care.followups_page import FollowUpsPage


@pytest.fixture
def talk(owner, shop) -> Event:
    """李娜, 小陈's customer, is invited to a talk in five days: her invitation is due."""
    starts = dt.datetime.combine(clock.today() + dt.timedelta(days=5), dt.time(15))
    event = planning.save_event(
        owner, planning.EventInput("秋季保养讲座", "talk", starts, "店内二楼")
    )
    guests.invite_customers(owner, event.id, [shop["others"][0]])
    return event


@pytest.fixture
def page(qtbot, english, shop, talk) -> FollowUpsPage:
    session.set_current(Staff.get(Staff.name == "小陈"))  # her clerk works the list
    shown = FollowUpsPage()
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def task_index(page: FollowUpsPage, kind: str) -> QModelIndex:
    model = page.model
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            task = model.task(model.index(row, 0, parent))
            if task is not None and task.kind == kind:
                return model.index(row, 0, parent)
    return QModelIndex()


def test_her_yes_to_the_invitation_closes_it_and_plans_her_reminder(
    qtbot, page, shop, talk
) -> None:
    page.tree.setFocus()
    page.tree.setCurrentIndex(task_index(page, "event_invitation"))
    assert page.reply.isVisible() and page.reply.currentData() is None
    # The message is filled with the event: what, when, where.
    message = page.message.toPlainText()
    assert all(words in message for words in ("秋季保养讲座", "15:00", "店内二楼", "小陈"))

    # Done before her reply is chosen: the reply is asked for, the task stays.
    qtbot.keyClick(page.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.reply.property("invalid") is True
    assert page.notice.text() == "Choose the reply: yes, no, maybe or no answer."
    assert task_index(page, "event_invitation").isValid()

    page.reply.setCurrentIndex(page.reply.findText("Yes"))
    page.channel.setCurrentIndex(page.channel.findData("phone"))
    qtbot.keyClicks(page.outcome, "coming with her sister")
    qtbot.keyClick(page.outcome, Qt.Key.Key_Return)
    assert page.notice.text() == "Reply recorded: 李娜. The contact is on the card."
    assert not task_index(page, "event_invitation").isValid()
    guest = EventGuest.get(EventGuest.event == talk.id)
    assert guest.reply == "yes"
    contact = ContactLog.get(ContactLog.customer == shop["others"][0])
    assert (contact.channel, contact.outcome) == (  # her reply, then what the clerk noted
        "phone",
        "Invited: coming. coming with her sister",
    )
    (reminder,) = FollowUp.select().where(FollowUp.kind == "event_reminder")
    assert reminder.status == "open" and reminder.customer_id == shop["others"][0]
    assert reminder.due_on == talk.starts_at.date() - dt.timedelta(days=1)


def test_other_event_tasks_are_done_as_usual(qtbot, page, owner, talk) -> None:
    guest = EventGuest.get(EventGuest.event == talk.id)
    guests.record_reply(owner, guest.id, "yes")
    page.day.setDate(talk.starts_at.date() - dt.timedelta(days=1))  # the day before
    page.tree.setCurrentIndex(task_index(page, "event_reminder"))
    assert not page.reply.isVisible()
    assert "秋季保养讲座" in page.message.toPlainText()
    page.mark_done()
    assert page.notice.text() == "Done: 李娜. The contact is on the card."
    assert FollowUp.get(FollowUp.kind == "event_reminder").status == "done"

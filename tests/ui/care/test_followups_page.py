"""The follow-ups page worked as a clerk would, the card's contact log, and the owner's screens."""

from __future__ import annotations

import csv
import datetime as dt
import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopcrm.care import followups
from shopcrm.care.festivals import FestivalInput, save_festival
from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.storage import options
from shopcrm.storage.models import ContactLog, Festival, FollowUp, MessageTemplate, Staff
from shopcrm.ui import session
from shopcrm.ui.care.care_settings import CareSettingsDialog
from shopcrm.ui.care.clerk_stats import ClerkStatsPage
from shopcrm.ui.care.followups_page import ALL_CLERKS, FollowUpsPage
from shopcrm.ui.customers.customer_card import CustomerCard
from tests.helpers.pdf import read_pdf


@pytest.fixture
def page(qtbot, english, shop) -> FollowUpsPage:
    """李娜 bought a silk shirt from 小陈 a week ago: her call is due today."""
    record_sale(
        shop["others"][0],
        [SaleLine(Decimal("2000"), 1, "S1", "真丝衬衫")],
        on=clock.today() - dt.timedelta(days=7),
        clerk_id=shop["clerk"],
    )
    shown = FollowUpsPage()
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    shown.show()
    qtbot.waitExposed(shown)
    shown.refresh()
    return shown


def shown_tasks(page: FollowUpsPage) -> list[tuple[str, str, QModelIndex]]:
    """(customer, task kind, index) of every task the page lists."""
    model = page.model
    found = []
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            task = model.task(index)
            if task is not None:
                found.append((model.data(index), task.kind, index))
    return found


def batch_index(page: FollowUpsPage, festival: str) -> QModelIndex | None:
    """Where the page lists the greeting batch of `festival`, if it does."""
    model = page.model
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            batch = model.batch(model.index(row, 0, parent))
            if batch is not None and batch.festival == festival:
                return model.index(row, 0, parent)
    return None


def task_index(page: FollowUpsPage, customer: str, kind: str = "purchase_call") -> QModelIndex:
    (index,) = [i for name, k, i in shown_tasks(page) if (name, k) == (customer, kind)]
    return index


def test_work_through_a_call_and_see_it_on_her_card(qtbot, page, shop) -> None:
    session.set_current(Staff.get(Staff.name == "小陈"))  # her clerk works the list
    groups = [page.model.data(page.model.index(g, 0)) for g in range(page.model.rowCount())]
    assert "Calls after a purchase (1)" in groups
    page.tree.setFocus()
    page.tree.setCurrentIndex(task_index(page, "李娜"))
    assert "真丝衬衫" in page.why.text()
    message = page.message.toPlainText()
    assert "李娜" in message and "真丝衬衫" in message and "小陈" in message
    page.message.insertPlainText("（周末有空吗）")
    qtbot.keyClick(
        page.tree,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert QGuiApplication.clipboard().text() == page.message.toPlainText().strip()
    assert page.notice.text().startswith("Message copied")

    opened: list[int] = []
    page.open_customer.connect(opened.append)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert opened == [shop["others"][0]]

    page.mark_done()  # a call needs what she said
    assert page.outcome.property("invalid") is True
    assert ContactLog.select().count() == 0
    qtbot.keyClicks(page.outcome, "fits well, will come for the skirt")
    qtbot.keyClick(page.outcome, Qt.Key.Key_Return)
    assert FollowUp.get(FollowUp.kind == "purchase_call").status == "done"
    assert page.notice.text() == "Done: 李娜. The contact is on the card."
    assert all(page.model.data(page.model.index(g, 0)) != "Calls after a purchase (1)"
               for g in range(page.model.rowCount()))  # fmt: skip

    card = CustomerCard(shop["others"][0])
    qtbot.addWidget(card)
    card.open_tab(card.contacts)
    contacts = card.contacts
    assert contacts.model.rowCount() == 1
    assert [contacts.model.item(0, c).text() for c in range(1, 5)] == [
        "Phone call",
        "Follow-up call",
        "小陈",
        "fits well, will come for the skirt",
    ]
    dialog = contacts.add_contact()
    dialog.save()
    assert dialog.outcome.property("invalid") is True
    dialog.outcome.insert("来店试了半身裙")
    dialog.save()
    assert contacts.model.rowCount() == 2 and ContactLog.select().count() == 2


def test_phones_of_another_clerks_customers_are_masked_when_the_owner_masks_them(
    qtbot, page, shop, owner
) -> None:
    from shopcrm.shop import shop_settings

    page.tree.setCurrentIndex(task_index(page, "李娜"))
    assert page.who.text() == "李娜 · 139 0000 1111"  # the owner sees it whole
    shop_settings.save(owner, {"mask_phones": "yes"})
    session.set_current(Staff.create(name="小王"))  # 李娜 is 小陈's customer
    page.tree.setCurrentIndex(task_index(page, "李娜"))
    page._show_facts(page.current)
    assert page.who.text() == "李娜 · 139****1111"
    session.set_current(Staff.get(Staff.name == "小陈"))
    page._show_facts(page.current)
    assert page.who.text() == "李娜 · 139 0000 1111"


def test_skip_needs_a_reason_and_snooze_hides_until_the_day(qtbot, page) -> None:
    page.tree.setCurrentIndex(task_index(page, "李娜"))
    page.skip()
    assert page.outcome.property("invalid") is True
    page.snooze()
    assert FollowUp.get(
        FollowUp.kind == "purchase_call"
    ).snoozed_until == clock.today() + dt.timedelta(days=1)
    assert ("李娜", "purchase_call") not in [(name, kind) for name, kind, _ in shown_tasks(page)]
    page.day.setDate(page.day.date().addDays(1))
    page.tree.setCurrentIndex(task_index(page, "李娜"))
    page.outcome.insert("she asked to be called next month")
    page.skip()
    assert FollowUp.get(FollowUp.kind == "purchase_call").status == "skipped"


def test_the_clerk_filter_is_kept(qtbot, page, shop) -> None:
    page.clerk.setCurrentIndex(page.clerk.findText("小陈"))
    task_index(page, "李娜")
    page.clerk.setCurrentIndex(page.clerk.findData(0))  # nobody in charge
    assert page.model.rowCount() == 0 and page.who.text() == "Nothing to do here."
    again = FollowUpsPage()
    qtbot.addWidget(again)
    assert again.clerk.currentData() == 0


def test_a_clerk_who_signs_in_sees_her_own_list_and_the_owners_choice_stays(
    qtbot, page, shop
) -> None:
    page.clerk.setCurrentIndex(page.clerk.findData(ALL_CLERKS))
    chen = Staff.get(Staff.name == "小陈")
    session.set_current(chen)
    page.show_signed_in_clerk()
    assert page.clerk.currentData() == chen.id
    assert {page.model.task(index).clerk_id for _, _, index in shown_tasks(page)} == {chen.id}
    again = FollowUpsPage()  # the PC keeps the owner's choice; a clerk sees her own
    qtbot.addWidget(again)
    assert again.clerk.currentData() == chen.id
    session.set_current(None)
    assert FollowUpsPage().clerk.currentData() == ALL_CLERKS


def test_a_full_day_says_how_many_wait_for_the_next_days(qtbot, page, shop) -> None:
    record_sale(
        shop["others"][1],
        [SaleLine(Decimal("3000"), 1, "C1", "羊绒大衣")],
        on=clock.today() - dt.timedelta(days=7),
        clerk_id=shop["clerk"],
    )
    options.set_many({"care_daily_load": "1"})
    page.refresh()
    qtbot.waitUntil(lambda: "wait" in page.summary.text())
    share = followups.day_share(clock.today(), page.clerk_id())
    assert share.waiting >= 1  # two calls at least, a day of one
    assert len(shown_tasks(page)) == len(share.rows)
    assert f"; {share.waiting} more wait" in page.summary.text().replace("waits", "wait")


def test_on_a_festival_a_clerk_sends_her_batch_and_sees_it_on_a_card(
    qtbot, page, shop, today, tmp_path, monkeypatch
) -> None:
    """The shop's own festival falls today: 小陈's customers who welcome messages are one
    batch; its SMS file holds only their mobiles; marked sent, it is on each card."""
    save_festival(session.actor(), FestivalInput("店庆", "solar", today.month, today.day))
    landline = profiles.quick_add("刘芳", "010-62345678", clerk_id=shop["clerk"]).id
    welcome = [shop["others"][0], shop["others"][1], landline]  # 李娜, 陳美玲, 刘芳
    for customer in welcome:
        profiles.update_customer(customer, {"accepts_promotions": True})
    roster.add_staff("小王")
    session.set_current(Staff.get(Staff.name == "小王"))  # not hers: greyed, with why
    page.refresh()
    page.tree.setCurrentIndex(batch_index(page, "店庆"))
    view = page.batch_view
    assert page.detail.currentWidget() is view
    assert not view.sent_button.isEnabled()
    assert view.export_button.toolTip().startswith("Only the clerk in charge")

    session.set_current(Staff.get(Staff.name == "小陈"))
    page.reload()
    assert page.model.data(page.model.index(0, 0)).startswith("Greetings to many (")
    assert page.model.data(batch_index(page, "店庆")) == "店庆 greeting"
    assert view.sent_button.isEnabled() and view.title.text() == "店庆 greeting"
    assert (view.members.text(), view.mobiles.text(), view.without.text()) == ("3", "2", "1")
    assert "To 李娜: " in view.preview.toPlainText() and "小陈" in view.preview.toPlainText()

    target = tmp_path / "店庆.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    view.export_button.click()
    assert not view.isEnabled() and page.notice.text() == "Writing the text messages…"
    qtbot.waitUntil(lambda: page.notice.text().startswith("2 text messages written"))
    assert view.isEnabled()
    header, *rows = csv.reader(target.read_text(encoding="utf-8-sig").splitlines())
    assert header == ["手机号码", "短信内容"]
    assert sorted(phone for phone, _ in rows) == ["13900001111", "18600002222"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.sent_button.click()
    assert not view.isEnabled()  # the contacts are logged on a worker
    qtbot.waitUntil(lambda: page.notice.text() == "Marked sent: 2 contacts logged.")
    assert batch_index(page, "店庆") is None
    card = CustomerCard(shop["others"][0])
    qtbot.addWidget(card)
    card.open_tab(card.contacts)
    model = card.contacts.model
    assert [model.item(0, c).text() for c in range(1, 5)] == [
        "Text message",
        "Festival greeting",
        "小陈",
        "Message sent",
    ]
    assert "小陈" in model.item(0, 5).text()


def test_the_owner_edits_messages_festivals_and_rules(qtbot, english, shop) -> None:
    dialog = CareSettingsDialog()
    qtbot.addWidget(dialog)
    library = dialog.library
    library.new()
    library.title.insert("Mid-Autumn")
    library.text.setPlainText("{title}, happy {festivl}!")
    library.save()
    assert library.text.property("invalid") is True
    assert not MessageTemplate.select().where(MessageTemplate.title == "Mid-Autumn").exists()
    library.text.setPlainText("{title}，{festival}快乐！——{clerk}")
    library.preview_customer.insert("5678")
    library.preview()
    assert re.fullmatch(r"To 张小丽: 张小丽，\w+快乐！——小陈", library.preview_text.text())
    library.save()
    assert MessageTemplate.get(MessageTemplate.title == "Mid-Autumn").kind == "holiday"

    festivals = dialog.festivals
    festivals.new()
    festivals.name.insert("店庆")
    festivals.month.setValue(4)
    festivals.day.setValue(18)
    festivals.save()
    assert Festival.get(Festival.name == "店庆").day == 18

    rules = dialog.rules
    amount = rules.options.editor("care_call_min_amount")
    amount.setText("a lot")
    rules.save()
    assert amount.property("invalid") is True
    amount.setText("800")
    rules.save()
    assert rules.notice.text().startswith("Saved")


def test_clerk_statistics_show_and_export(qtbot, english, shop, tmp_path) -> None:
    stats = ClerkStatsPage()
    qtbot.addWidget(stats)
    names = [stats.model.data(stats.model.index(row, 0)) for row in range(stats.model.rowCount())]
    assert sorted(names) == ["小陈", "王店长"]  # the owner serves customers too
    written = stats.export_to(tmp_path / "clerks.xlsx")
    assert sorted(c.value for c in load_workbook(written).active["A"][1:]) == sorted(names)
    printing = stats.print_sheet()  # a child of the page, closed with it
    (page,), (size,) = read_pdf(printing.save_pdf(tmp_path / "clerks.pdf"))
    assert size.width() > size.height()
    # The PDF's text may name a glyph by its radical (⻓ for 长): the clerk without one.
    assert "小陈" in "".join(page.split()) and "Clerks" in page


def test_an_empty_shop_has_nothing_to_mark_and_no_year_2000(qtbot, english, db) -> None:
    """A new shop's follow-ups: nothing chosen, so nothing can be done, skipped or
    snoozed, and the snooze date is not Qt's default of 1 January 2000."""
    page = FollowUpsPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.who.text() == "Nothing to do here."
    for widget in (page.done_button, page.skip_button, page.snooze_button, page.until):
        assert not widget.isEnabled(), widget.objectName()
    assert page.until.date().toPython() == clock.today() + dt.timedelta(days=1)

"""The follow-ups page worked as a clerk would, the card's contact log, and the owner's screens."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication

from shopcrm.core import clock
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage.models import ContactLog, Festival, FollowUp, MessageTemplate, Staff
from shopcrm.ui import session
from shopcrm.ui.care.care_settings import CareSettingsDialog
from shopcrm.ui.care.clerk_stats import ClerkStatsPage
from shopcrm.ui.care.followups_page import FollowUpsPage
from shopcrm.ui.customers.customer_card import CustomerCard


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
            found.append((model.data(index), model.task(index).kind, index))
    return found


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
    assert page.notice.text() == "Done: 李娜. The contact is on her card."
    assert all(page.model.data(page.model.index(g, 0)) != "Calls after a purchase (1)"
               for g in range(page.model.rowCount()))  # fmt: skip

    card = CustomerCard(shop["others"][0])
    qtbot.addWidget(card)
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

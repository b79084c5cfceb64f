"""The owner's staff dialog: a clerk added only on Save and able to sign in, renamed,
given a new PIN, and deactivated with her customers handed to the one chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from shopcrm.core import clock
from shopcrm.customers import profiles
from shopcrm.staff import accounts
from shopcrm.storage.models import Customer, FollowUp, Staff
from shopcrm.ui.staff.staff_dialog import DeactivateDialog, StaffDialog, StaffForm


@pytest.fixture
def dialog(qtbot, english, counter_clerk) -> StaffDialog:
    owner = accounts.owner()
    shown = StaffDialog(owner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def table_text(dialog: StaffDialog) -> list[list[str]]:
    model = dialog.table.model()
    return [
        [model.index(row, column).data() for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def choose(qtbot, dialog: StaffDialog, name: str) -> None:
    model = dialog.table.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    rect = dialog.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def fill(qtbot, form: StaffForm, **values: str) -> None:
    for name, text in values.items():
        line = form.form.fields[name].widget
        line.setFocus()
        line.selectAll()
        if text.isascii():
            qtbot.keyClicks(line, text)
        else:
            line.insert(text)  # keyClicks types ASCII only


def button(form, standard: QDialogButtonBox.StandardButton):
    return form.findChild(QDialogButtonBox).button(standard)


def test_the_table_says_who_works_here_and_the_owner_cannot_be_deactivated(qtbot, dialog) -> None:
    assert dialog.objectName() == "staffDialog"
    assert table_text(dialog) == [
        ["王店长", "Owner", "", "Active", "yes"],
        ["小周", "Clerk", "", "Active", "yes"],
    ]
    choose(qtbot, dialog, "王店长")
    assert not dialog.deactivate_button.isEnabled()
    assert dialog.deactivate_button.toolTip() == "The owner cannot be deactivated."
    assert not dialog.pin_button.isEnabled() and dialog.rename_button.isEnabled()
    choose(qtbot, dialog, "小周")
    assert dialog.deactivate_button.isEnabled() and dialog.pin_button.isEnabled()


def test_a_clerk_added_and_cancelled_is_not_saved(qtbot, dialog) -> None:
    click(qtbot, dialog.add_button)
    form = dialog.findChild(StaffForm, "addClerkDialog")
    assert form.isVisible()
    fill(qtbot, form, name="小陈", pin="1357", pin_again="1357")
    click(qtbot, button(form, QDialogButtonBox.StandardButton.Cancel))
    assert not form.isVisible()
    assert [s.name for s in Staff.select()] == ["王店长", "小周"]
    assert len(table_text(dialog)) == 2


def test_a_clerk_added_can_sign_in_with_her_pin(qtbot, dialog) -> None:
    form = dialog.add_clerk()
    fill(qtbot, form, name="小陈", pin="1357", pin_again="1375")
    qtbot.keyClick(form.form.fields["pin_again"].widget, Qt.Key.Key_Return)
    assert form.isVisible() and not Staff.select().where(Staff.name == "小陈").exists()
    assert "not the same" in form.form.fields["pin_again"].error.text()
    assert form.form.values() == {"name": "小陈", "pin": "1357", "pin_again": "1375"}
    fill(qtbot, form, pin_again="1357")
    click(qtbot, button(form, QDialogButtonBox.StandardButton.Save))
    assert not form.isVisible()
    chen = Staff.get(Staff.name == "小陈")
    assert chen.role == "clerk"
    assert accounts.sign_in(chen.id, "1357").id == chen.id
    assert ["小陈", "Clerk", "", "Active", "yes"] in table_text(dialog)
    assert dialog.selected().id == chen.id
    assert "小陈 can sign in" in dialog.findChild(QLabel, "notice").text()


def test_a_taken_name_is_refused_in_place(qtbot, dialog) -> None:
    form = dialog.add_clerk()
    fill(qtbot, form, name="小周", pin="1357", pin_again="1357")
    click(qtbot, button(form, QDialogButtonBox.StandardButton.Save))
    assert form.isVisible()
    assert form.form.fields["name"].error.text() == "There is already someone called 小周."
    assert Staff.select().count() == 2


def test_rename_and_a_new_pin(qtbot, dialog, counter_clerk) -> None:
    choose(qtbot, dialog, "小周")
    click(qtbot, dialog.rename_button)
    form = dialog.findChild(StaffForm, "renameDialog")
    assert form.form.values() == {"name": "小周"}
    fill(qtbot, form, name="周敏")
    click(qtbot, button(form, QDialogButtonBox.StandardButton.Save))
    assert Staff.get_by_id(counter_clerk.id).name == "周敏"
    assert table_text(dialog)[1][0] == "周敏"
    click(qtbot, dialog.pin_button)
    form = dialog.findChild(StaffForm, "newPinDialog")
    fill(qtbot, form, pin="8642", pin_again="8642")
    click(qtbot, button(form, QDialogButtonBox.StandardButton.Save))
    assert accounts.sign_in(counter_clerk.id, "8642").name == "周敏"


@pytest.fixture
def her_customers(counter_clerk) -> list[Customer]:
    hers = [
        profiles.quick_add("张小丽", "13812345678", clerk_id=counter_clerk.id),
        profiles.quick_add("李娜", "13900001111", clerk_id=counter_clerk.id),
    ]
    for key, status in (("call", "open"), ("visit", "open"), ("called", "done")):
        FollowUp.create(
            key=key,
            customer=hers[0],
            kind="purchase_call",
            due_on=clock.today(),
            deadline=clock.today(),
            clerk=counter_clerk,
            status=status,
        )
    return hers


def test_a_clerk_who_leaves_hands_her_customers_to_the_one_chosen(
    qtbot, dialog, counter_clerk, her_customers
) -> None:
    chen = accounts.add_clerk(accounts.owner(), "小陈", "1357")
    dialog.load()
    choose(qtbot, dialog, "小周")
    click(qtbot, dialog.deactivate_button)
    leaving = dialog.findChild(DeactivateDialog)
    successors = leaving.successor
    assert [successors.itemText(i) for i in range(successors.count())] == ["小陈", "王店长"]
    successors.setCurrentIndex(successors.findText("小陈"))
    summary = leaving.findChild(QLabel, "handOverSummary").text()
    assert "2 customers and 2 open follow-ups move to 小陈" in summary
    assert "keep the name" in summary
    click(qtbot, leaving.deactivate_button)
    assert not leaving.isVisible()
    assert {c.clerk_id for c in Customer.select()} == {chen.id}
    assert {t.key: t.clerk_id for t in FollowUp.select()} == {
        "call": chen.id,
        "visit": chen.id,
        "called": counter_clerk.id,
    }
    gone = Staff.get_by_id(counter_clerk.id)
    assert not gone.active and gone.name == "小周"
    assert gone.id not in [s.id for s in accounts.can_sign_in()]
    (row,) = [r for r in table_text(dialog) if r[0] == "小周"]
    assert row[3].startswith("Left on ") and row[4] == "no"
    assert "2 customers and 2 open follow-ups went to 小陈" in dialog.notice.text()
    assert not dialog.deactivate_button.isEnabled() and not dialog.pin_button.isEnabled()


def test_a_deactivation_cancelled_moves_nothing(qtbot, dialog, counter_clerk, her_customers):
    choose(qtbot, dialog, "小周")
    leaving = dialog.deactivate()
    click(qtbot, button(leaving, QDialogButtonBox.StandardButton.Cancel))
    assert Staff.get_by_id(counter_clerk.id).active
    assert {c.clerk_id for c in Customer.select()} == {counter_clerk.id}


def test_a_clerk_sees_the_staff_but_cannot_change_them(qtbot, english, counter_clerk) -> None:
    shown = StaffDialog(counter_clerk)
    qtbot.addWidget(shown)
    shown.table.selectRow(1)
    for action in (shown.add_button, shown.rename_button, shown.deactivate_button):
        assert not action.isEnabled()
        assert action.toolTip() == "Only the owner can add, rename or deactivate clerks."
    assert shown.table.model().rowCount(QModelIndex()) == 2

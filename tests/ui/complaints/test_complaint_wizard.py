"""The complaint wizard and register, driven offscreen as a clerk would."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWizard

from shopcrm.complaints import standard_replies, workflow
from shopcrm.core import clock
from shopcrm.storage import options
from shopcrm.storage.models import (
    Complaint,
    ComplaintStep,
    Customer,
    PurchaseItem,
    Staff,
    StandardReply,
    Voucher,
)
from shopcrm.ui import session
from shopcrm.ui.complaints.complaint_record import ComplaintRecordDialog
from shopcrm.ui.complaints.complaint_settings import ComplaintSettingsDialog
from shopcrm.ui.complaints.complaint_wizard import ComplaintWizard, StepPage
from shopcrm.ui.complaints.complaints_page import OVERDUE_BACKGROUND, ComplaintsPage
from shopcrm.ui.customers.history_tabs import ComplaintsTab
from tests.wallet.test_issued_by_rules import steps_to_6

NEXT = QWizard.WizardButton.NextButton
BACK = QWizard.WizardButton.BackButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def page(wizard: ComplaintWizard) -> StepPage:
    return wizard.currentPage()


def fill(wizard: ComplaintWizard, **values: Any) -> None:
    """Set fields of the current page as the clerk would choose or type them."""
    for name, value in values.items():
        page(wizard).form.fields[name].put(value)


def widget(wizard: ComplaintWizard, name: str):
    return page(wizard).form.fields[name].widget


def next_step(qtbot, wizard: ComplaintWizard, expected: int) -> None:
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentId() == expected, page(wizard).form.values()


def shown(parent, kind):
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} is shown"
    return found[-1]


@pytest.fixture
def wizard_for(qtbot, english, shop):
    def make(**kwargs: Any) -> ComplaintWizard:
        wizard = ComplaintWizard(**kwargs)
        qtbot.addWidget(wizard)
        wizard.open()
        qtbot.waitExposed(wizard)
        return wizard

    return make


def test_nine_steps_with_save_and_resume_and_a_second_chance(qtbot, wizard_for, shop) -> None:
    session.set_current(Staff.get_by_id(shop["clerk"]))  # her clerk is at the counter
    wizard = wizard_for(customer_id=shop["xiaoli"])
    assert wizard.objectName() == "complaintWizard"
    assert wizard.panel.staff.currentData() == shop["clerk"]  # whoever is signed in handles it
    item = PurchaseItem.get(PurchaseItem.style_no == "F23-1045")

    # 1 Listen: Next with nothing chosen is refused in place.
    widget(wizard, "description").insertPlainText("洗了一次就起球")
    next_step(qtbot, wizard, 1)
    assert widget(wizard, "category").property("invalid") is True
    assert "about" in page(wizard).form.fields["category"].error.text()
    assert widget(wizard, "description").toPlainText() == "洗了一次就起球"
    assert Complaint.select().count() == 0
    fill(wizard, item=item.id, category="quality", severity=3)
    qtbot.keyClicks(widget(wizard, "concerns"), "pilling after one wash")
    next_step(qtbot, wizard, 2)
    complaint_id = wizard.complaint.id
    assert Complaint.get_by_id(complaint_id).purchase_id == item.purchase_id

    # 2 Talk: a standard reply goes into the note.
    talk = page(wizard)
    assert talk.replies.count() >= 1
    click(qtbot, talk.insert_button)
    assert talk.note.toPlainText() == talk.replies.currentData()
    next_step(qtbot, wizard, 3)

    # 3 Apologise: the tick is required.
    next_step(qtbot, wizard, 3)
    assert "tick" in page(wizard).form.fields["apologised"].error.text()
    fill(wizard, apologised=True)
    next_step(qtbot, wizard, 4)

    # 4 Analyse: Back and Next keep what was typed; then save and close half way.
    fill(wizard, cause="product")
    qtbot.keyClicks(widget(wizard, "note"), "You mean it pilled after one wash?")
    click(qtbot, wizard.button(BACK))
    assert wizard.currentId() == 3 and widget(wizard, "apologised").isChecked()
    next_step(qtbot, wizard, 4)
    assert widget(wizard, "note").toPlainText() == "You mean it pilled after one wash?"
    click(qtbot, wizard.button(QWizard.WizardButton.CustomButton1))
    assert not wizard.isVisible() and wizard.result() == 1
    saved = Complaint.get_by_id(complaint_id)
    assert (saved.current_step, saved.cause) == (4, "product")
    draft = ComplaintStep.get(ComplaintStep.complaint == complaint_id, ComplaintStep.step == 4)
    assert draft.done_at is None and draft.note == "You mean it pilled after one wash?"

    # Resumed later: it opens at step 4 with the draft, and Back shows the steps done.
    wizard = wizard_for(complaint_id=complaint_id)
    assert wizard.currentId() == 4
    assert widget(wizard, "note").toPlainText() == "You mean it pilled after one wash?"
    done_by = wizard.panel.steps[2].text()
    assert done_by.startswith("✓ 3. Apologise") and "小陈" in done_by
    click(qtbot, wizard.button(BACK))
    assert wizard.currentId() == 3 and widget(wizard, "apologised").isChecked()
    next_step(qtbot, wizard, 4)
    next_step(qtbot, wizard, 5)
    qtbot.keyClicks(widget(wizard, "note"), "We will exchange it for a new one.")
    next_step(qtbot, wizard, 6)

    # 6 Resolve and 7 Compensate, with goodwill suggested for a serious complaint.
    fill(wizard, solution="exchange", solution_staff=shop["clerk"])
    next_step(qtbot, wizard, 7)
    compensate = page(wizard)
    assert compensate.goodwill.isVisible() and "serious" in compensate.goodwill.text()
    fill(wizard, compensation="points", compensation_value="200")
    next_step(qtbot, wizard, 8)
    assert Customer.get_by_id(shop["xiaoli"]).points == 1500 + 200

    # 8 Result: not satisfied needs the final offer made on the spot.
    fill(wizard, satisfaction="no", thanked=True)
    next_step(qtbot, wizard, 8)
    assert widget(wizard, "final_offer").property("invalid") is True
    widget(wizard, "final_offer").insertPlainText("全额退款")
    fill(wizard, final_answer="declined")
    next_step(qtbot, wizard, 9)
    reopen = wizard.button(QWizard.WizardButton.CustomButton2)
    assert reopen.isVisible()
    assert Complaint.get_by_id(complaint_id).status == "awaiting_followup"

    # 9 Feedback: she is still unhappy, so a second chance goes back to step 6.
    click(qtbot, reopen)
    assert wizard.currentId() == 9 and widget(wizard, "note").property("invalid") is True
    qtbot.keyClicks(widget(wizard, "note"), "Still unhappy with the exchange")
    click(qtbot, reopen)
    assert wizard.currentId() == 6
    assert widget(wizard, "solution").currentData() is None
    again = Complaint.get_by_id(complaint_id)
    assert (again.status, again.attempt) == ("reopened", 2)
    fill(wizard, solution="refund", solution_amount="1500", solution_staff=shop["clerk"])
    next_step(qtbot, wizard, 7)
    fill(wizard, compensation="gift", compensation_value="80")
    next_step(qtbot, wizard, 8)
    fill(wizard, satisfaction="yes", thanked=True)
    next_step(qtbot, wizard, 9)
    assert reopen.isVisible()  # she may still need another chance
    qtbot.keyClicks(widget(wizard, "note"), "Refund received, she is happy")
    click(qtbot, wizard.button(FINISH))
    assert not wizard.isVisible()

    closed = Complaint.get_by_id(complaint_id)
    assert (closed.status, closed.satisfaction, closed.solution) == ("closed", "yes", "refund")
    assert Customer.get_by_id(shop["xiaoli"]).points == 1700  # granted once
    steps = [(r.attempt, r.step) for r in workflow.records(complaint_id)]
    assert steps == [*((1, n) for n in range(1, 10)), *((2, n) for n in range(6, 10))]


def test_the_voucher_she_is_given_is_shown_with_its_code(qtbot, wizard_for, shop) -> None:
    """Step 7's voucher goes into her wallet; the clerk sees its code to tell her, on the
    next step and when the complaint is opened again."""
    complaint_id = steps_to_6(shop["xiaoli"], shop["clerk"], clock.today())
    wizard = wizard_for(complaint_id=complaint_id)
    assert wizard.currentId() == 7 and not page(wizard).given.isVisible()
    fill(wizard, compensation="voucher", compensation_value="50")
    next_step(qtbot, wizard, 8)
    (voucher,) = Voucher.select().where(Voucher.customer == shop["xiaoli"])
    assert voucher.value == Decimal("50.00") and voucher.source == "complaint"
    given = page(wizard).given
    assert given.isVisible() and voucher.code in given.text() and "¥50.00 off" in given.text()
    wizard.reject()
    again = wizard_for(complaint_id=complaint_id)
    assert again.currentId() == 8  # resumed where it stopped, the code still shown
    assert voucher.code in page(again).given.text() and page(again).given.isVisible()


def test_cancel_asks_before_discarding_what_was_typed(qtbot, wizard_for, shop) -> None:
    untouched = wizard_for(customer_id=shop["xiaoli"])
    click(qtbot, untouched.button(CANCEL))
    assert not untouched.isVisible()

    wizard = wizard_for(customer_id=shop["xiaoli"])
    widget(wizard, "description").insertPlainText("店员态度不好")
    click(qtbot, wizard.button(CANCEL))
    box = shown(wizard, QMessageBox)
    assert box.objectName() == "discardBox"
    click(qtbot, box.findChild(QPushButton, "keepEditingButton"))
    assert wizard.isVisible()
    assert widget(wizard, "description").toPlainText() == "店员态度不好"
    click(qtbot, wizard.button(CANCEL))
    click(qtbot, shown(wizard, QMessageBox).findChild(QPushButton, "discardButton"))
    assert not wizard.isVisible()
    assert Complaint.select().count() == 0


def test_the_clerk_handling_each_step_is_required(qtbot, wizard_for, shop) -> None:
    wizard = wizard_for(customer_id=shop["others"][0])
    wizard.panel.staff.setCurrentIndex(0)
    fill(wizard, category="service")
    widget(wizard, "description").insertPlainText("没人接待")
    widget(wizard, "concerns").insertPlainText("等了很久")
    next_step(qtbot, wizard, 1)
    assert wizard.panel.staff_error.isVisible()
    wizard.panel.staff.setCurrentIndex(wizard.panel.staff.findData(shop["clerk"]))
    next_step(qtbot, wizard, 2)
    assert not wizard.panel.staff_error.isVisible()


def test_a_new_complaint_from_the_register_finds_her_by_phone(qtbot, english, shop) -> None:
    register = ComplaintsPage()
    qtbot.addWidget(register)
    register.show()
    assert register.objectName() == "complaintsPage"
    click(qtbot, register.new_button)
    wizard = shown(register, ComplaintWizard)
    qtbot.keyClicks(page(wizard).search_box, "5678")
    assert widget(wizard, "customer").currentData() == shop["xiaoli"]
    assert widget(wizard, "item").count() == 2  # none, and the coat she bought
    fill(wizard, category="size")
    widget(wizard, "description").insertPlainText("大衣偏小")
    widget(wizard, "concerns").insertPlainText("想换大一码")
    click(qtbot, wizard.button(QWizard.WizardButton.CustomButton1))
    assert register.model.rowCount() == 1
    assert register.model.rows[0].customer == "张小丽"


def test_register_highlights_overdue_complaints_and_opens_their_record(
    qtbot, english, shop
) -> None:
    steps = [
        {
            "customer": shop["xiaoli"],
            "category": "quality",
            "description": "起球",
            "concerns": "起球",
        },
        {"note": "安抚"},
        {"apologised": True},
    ]
    late = None
    for step, typed in enumerate(steps, start=1):
        late = workflow.save_step(late, step, typed, shop["clerk"], done=True).id
    Complaint.update(solution_due=clock.today() - dt.timedelta(days=3)).where(
        Complaint.id == late
    ).execute()
    fresh = workflow.save_step(None, 1, {"customer": shop["others"][1]}, None, done=False).id

    register = ComplaintsPage()
    qtbot.addWidget(register)
    register.show()
    model = register.model
    assert [row.id for row in model.rows] == [fresh, late]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, 4)) == "4/9 · Analyse"
    assert register.summary.text() == "2 complaints, 1 overdue"
    register.overdue.setChecked(True)
    assert [row.id for row in model.rows] == [late]

    register.table.selectRow(0)
    click(qtbot, register.open_button)
    record = shown(register, ComplaintRecordDialog)
    assert "Apologise" in record.steps.toPlainText() and "小陈" in record.steps.toPlainText()
    record.form.fields["prevention"].put("进货时抽检面料")
    click(qtbot, record.resume_button)
    assert Complaint.get_by_id(late).prevention == "进货时抽检面料"
    wizard = shown(register, ComplaintWizard)
    assert wizard.currentId() == 4


def test_her_card_lists_her_complaints_and_opens_one(qtbot, english, shop) -> None:
    complaint = workflow.save_step(
        None,
        1,
        {"customer": shop["xiaoli"], "category": "price", "description": "买贵了"},
        shop["clerk"],
        done=False,
    )
    tab = ComplaintsTab()
    qtbot.addWidget(tab)
    tab.show_for(shop["xiaoli"])
    assert tab.model.item(0, 1).text() == "Price"
    assert tab.model.item(0, 2).text() == "1/9 · Listen"
    tab.view.activated.emit(tab.model.index(0, 0))
    record = shown(tab, ComplaintRecordDialog)
    assert record.complaint_id == complaint.id
    record.reject()


def test_the_owner_edits_the_standard_replies_and_the_follow_up_delay(qtbot, english, shop) -> None:
    dialog = ComplaintSettingsDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    count = dialog.list.count()
    assert count == StandardReply.select().count() > 0
    dialog.form.fields["step"].put(7)
    dialog.form.fields["category"].put("quality")
    click(qtbot, dialog.save_button)
    assert dialog.title.property("invalid") is True
    qtbot.keyClicks(dialog.title, "Free cleaning")
    dialog.text.insertPlainText("We clean it for free for a year.")
    click(qtbot, dialog.save_button)
    assert dialog.list.count() == count + 1
    assert standard_replies.replies_for("quality", 7)[0].title == "Free cleaning"
    dialog.options.editor("complaint_followup_days").setValue(5)
    dialog.reject()
    assert options.get("complaint_followup_days") == 5

"""The complaint wizard and register, driven offscreen as a clerk would."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
    QWizard,
)

from shopcrm.complaints import standard_replies, workflow
from shopcrm.complaints.labels import complaint_field_label
from shopcrm.core import clock, i18n
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
from shopcrm.ui import preferences, session
from shopcrm.ui.app import install_translations
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


def on_screen(wizard: QWidget, widgets: list[QWidget]) -> list[QRect]:
    """Where the widgets are in the window, once the layouts have run."""
    QApplication.processEvents()
    return [QRect(w.mapTo(wizard, QPoint(0, 0)), w.size()) for w in widgets]


def reason(name: str, message: str) -> str:
    return f"{complaint_field_label(name)}: {message}"


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
    assert reason("category", "Choose what the complaint is about.") in page(wizard).problems.text()
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
    assert "tick" in page(wizard).problems.text()
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
    assert wizard.panel.steps[2].text() == "✓ 3. Apologise"
    assert wizard.panel.details[2].text().startswith("小陈, ")
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
    assert wizard.panel.staff.property("invalid") is True
    assert page(wizard).problems.text() == "Choose who is handling this step."
    wizard.panel.staff.setCurrentIndex(wizard.panel.staff.findData(shop["clerk"]))
    assert not wizard.panel.staff.property("invalid")  # chosen: the reason goes at once
    assert page(wizard).problems.text() == ""
    next_step(qtbot, wizard, 2)


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


def test_a_reason_goes_as_soon_as_the_clerk_fixes_her_field(qtbot, wizard_for, shop) -> None:
    wizard = wizard_for(customer_id=shop["xiaoli"])
    next_step(qtbot, wizard, 1)  # nothing typed yet: three fields refused
    problems = page(wizard).problems
    about = reason("category", "Choose what the complaint is about.")
    assert problems.isVisible() and about in problems.text()
    lines = problems.text().splitlines()
    assert len(lines) == 3 and lines[0] == about  # in the order of the fields
    fill(wizard, category="quality")
    assert not widget(wizard, "category").property("invalid")
    assert about not in problems.text() and len(problems.text().splitlines()) == 2
    qtbot.keyClicks(widget(wizard, "description"), "pilling")
    assert not widget(wizard, "description").property("invalid")
    assert problems.text().splitlines() == [lines[2]]  # the one still wrong stays
    assert widget(wizard, "concerns").property("invalid") is True
    qtbot.keyClicks(widget(wizard, "concerns"), "pilling after one wash")
    assert problems.text() == ""
    next_step(qtbot, wizard, 2)


def test_a_reason_goes_when_her_answer_makes_its_field_irrelevant(qtbot, wizard_for, shop) -> None:
    complaint_id = steps_to_6(shop["xiaoli"], shop["clerk"], clock.today())
    wizard = wizard_for(complaint_id=complaint_id)
    fill(wizard, compensation="points", compensation_value="200")
    next_step(qtbot, wizard, 8)
    fill(wizard, satisfaction="no", thanked=True)
    next_step(qtbot, wizard, 8)  # not satisfied: what was offered on the spot is needed
    assert widget(wizard, "final_offer").property("invalid") is True
    fill(wizard, satisfaction="yes")  # she is satisfied after all: no offer to record
    assert not widget(wizard, "final_offer").isEnabled()
    assert not widget(wizard, "final_offer").property("invalid")
    assert page(wizard).problems.text() == ""
    next_step(qtbot, wizard, 9)


def test_reasons_coming_and_going_do_not_move_the_fields(qtbot, wizard_for, shop) -> None:
    """The clerk's pointer stays over the field it was over: reasons are listed under
    the page, and the list keeps its room until she leaves the step."""
    wizard = wizard_for(customer_id=shop["xiaoli"])
    scroll = page(wizard).scroll
    bar = scroll.verticalScrollBar()
    on_screen(wizard, [])
    # A window where the step just fits, so that the reasons make it scroll.
    wizard.resize(wizard.width(), wizard.height() + bar.maximum() + 4)
    fields = [binding.widget for binding in page(wizard).form.fields.values()]
    before = on_screen(wizard, fields)
    assert bar.maximum() == 0
    next_step(qtbot, wizard, 1)
    assert page(wizard).problems.isVisible()
    assert on_screen(wizard, fields) == before
    # Scrolled down to the last refused field, she fixes them one by one.
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    scrolled = on_screen(wizard, fields)
    fill(wizard, category="quality")
    assert on_screen(wizard, fields) == scrolled
    qtbot.keyClicks(widget(wizard, "description"), "pilling")
    qtbot.keyClicks(widget(wizard, "concerns"), "pilling after one wash")
    assert page(wizard).problems.text() == ""
    assert on_screen(wizard, fields) == scrolled


@pytest.fixture(params=["en", "zh_CN"])
def large_font(request, qapp):
    """The shop's font at 16 pt, in English or Chinese."""
    QCoreApplication.setOrganizationName("shopcrm-tests")
    preferences.save(request.param, 16)
    translators = install_translations(qapp, request.param)
    before = qapp.font()
    large = QFont(before)
    large.setPointSize(16)
    qapp.setFont(large)
    yield request.param
    qapp.setFont(before)
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


def test_all_nine_steps_show_at_16_pt_on_a_small_screen(qtbot, large_font, shop) -> None:
    """Every step done but the last, each with who did it and when: on a 1366×768
    screen the nine lines fit beside the page, and the page is not cut off."""
    complaint_id = steps_to_6(shop["xiaoli"], shop["clerk"], clock.today())
    workflow.save_step(
        complaint_id, 7, {"compensation": "points", "compensation_value": "200"},
        shop["clerk"], done=True,
    )  # fmt: skip
    workflow.save_step(
        complaint_id, 8, {"satisfaction": "yes", "thanked": True}, shop["clerk"], done=True
    )
    workflow.save_step(complaint_id, 9, {"note": "约了周五回访"}, shop["clerk"], done=False)
    wizard = ComplaintWizard(complaint_id=complaint_id)
    qtbot.addWidget(wizard)
    assert wizard.minimumWidth() <= 1366 - 40
    wizard.show()
    wizard.resize(1366 - 40, 768 - 60)  # as fit_to_screen opens it there, at the most
    qtbot.waitExposed(wizard)
    QApplication.processEvents()
    assert wizard.currentId() == 9
    panel = wizard.panel
    viewport = panel.step_list.viewport()
    assert panel.step_list.verticalScrollBar().maximum() == 0  # nothing to scroll to
    for label in [*panel.steps, *panel.details]:
        where = QRect(label.mapTo(viewport, QPoint(0, 0)), label.size())
        assert viewport.rect().contains(where), label.text()
        assert label.width() >= label.sizeHint().width(), label.text()  # not cut short
    last = {"en": ("✎ 9. Feedback", "draft, not finished"), "zh_CN": ("✎ 9. 反馈", "草稿，未完成")}
    title, detail = last[large_font]
    assert (panel.steps[8].text(), panel.details[8].text()) == (f"<b>{title}</b>", detail)
    shown_page = wizard.currentPage()
    assert shown_page.width() >= shown_page.minimumSizeHint().width()


# Words that would call a customer a woman: the wizard may not know who complains yet.
HERS = {"zh_CN": re.compile("她"), "en": re.compile(r"\b(she|her|hers|herself)\b", re.I)}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    translators = install_translations(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.install(None)


def test_the_wizard_speaks_of_the_customer_without_a_gender(qtbot, language, shop) -> None:
    """Every step's labels, hints and notices say "the customer" (顾客), not her."""
    complaint_id = steps_to_6(shop["xiaoli"], shop["clerk"], clock.today())
    workflow.save_step(
        complaint_id, 7, {"compensation": "voucher", "compensation_value": "50"},
        shop["clerk"], done=True,
    )  # fmt: skip
    wizard = ComplaintWizard(complaint_id=complaint_id)
    qtbot.addWidget(wizard)
    feedback = wizard.pages[9]
    closed = Complaint(status="closed", closed_at=dt.datetime(2024, 5, 3, 10, 0))
    notices = [wizard.pages[8].given.text()]
    for complaint in (workflow.get_complaint(complaint_id), closed):
        feedback.show_state(complaint)
        notices.append(feedback.state.text())
    assert all(notices)  # the voucher's code and both states of the call back
    said = [*notices, *(step.title() for step in wizard.pages.values())]
    said += [w.text() for w in wizard.findChildren(QLabel)]
    said += [w.text() for w in wizard.findChildren(QAbstractButton)]
    said += [w.placeholderText() for w in wizard.findChildren(QLineEdit)]
    said += [w.placeholderText() for w in wizard.findChildren(QPlainTextEdit)]
    # The customer's own name and what was typed about her are hers, not the program's.
    said = [text for text in said if text and "张小丽" not in text]
    assert [text for text in said if HERS[language].search(text)] == []

"""The complaint wizard: the nine steps (投诉处理九步), one page each, recorded as the clerk goes.

Next finishes a step: the domain checks its required fields; the refused ones
turn red and the reasons are listed under the page, keeping what was typed. A
reason goes as soon as the clerk changes that field, and the list keeps its
room until the page is left, so no field moves under her pointer. "Save and
close" keeps the typed text of any step to resume another day. The pages are
independent, so Back never clears anything, and Cancel asks before throwing
typed text away. Each write is announced, so the register, her card and the
follow-ups refresh.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopcrm.complaints import standard_replies, workflow
from shopcrm.complaints.labels import (
    compensation_label,
    complaint_category_label,
    complaint_cause_label,
    complaint_channel_label,
    complaint_field_label,
    complaint_status_label,
    complaint_step_label,
    final_answer_label,
    satisfaction_label,
    severity_label,
    solution_label,
)
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.customers import profiles, search
from shopcrm.storage.models import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CAUSES,
    COMPLAINT_CHANNELS,
    COMPLAINT_COMPENSATIONS,
    COMPLAINT_SOLUTIONS,
    COMPLAINT_STATUS,
    FINAL_ANSWERS,
    SATISFACTION,
    Complaint,
    Customer,
    Voucher,
)
from shopcrm.ui import operations, session
from shopcrm.ui.customers.quick_add import QuickAddDialog
from shopcrm.ui.dates import date_text, day_edit
from shopcrm.ui.operations import COMPLAINTS
from shopcrm.ui.widgets import (
    FieldForm,
    clerk_combo,
    combo,
    fit_to_screen,
    scrolling,
    set_invalid,
    wrapped_label,
)
from shopcrm.wallet.vouchers import worth

SAVE_AND_CLOSE = QWizard.WizardButton.CustomButton1
REOPEN = QWizard.WizardButton.CustomButton2


def scroll_bar_width(area: QScrollArea) -> int:
    return area.verticalScrollBar().sizeHint().width()


def text_box(placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 16)
    return box


def date_box() -> QDateEdit:
    box = day_edit(clock.today())
    box.setMaximumWidth(box.fontMetrics().horizontalAdvance("0000-00-00") + 60)
    return box


def beside(field: QWidget, button: QPushButton) -> QHBoxLayout:
    """A field taking the room, with its button after it."""
    row = QHBoxLayout()
    row.addWidget(field, 1)
    row.addWidget(button)
    return row


def complainant(customer_id: int) -> Customer:
    """Her profile, even if she is in the trash: her complaint stays readable."""
    return profiles.get_customer(customer_id, include_deleted=True)


def customer_text(customer: Customer) -> str:
    in_charge = customer.clerk.name if customer.clerk_id else None
    phone = session.phone_for(customer.phone, in_charge)
    return " · ".join(part for part in (customer.name, phone, customer.number) if part)


class StepPage(QWizardPage):
    """One step: what it is for, its fields, and the standard replies to insert in its note."""

    def __init__(self, step: int, note_label: str, note_hint: str = "") -> None:
        super().__init__()
        self.step = step
        self.setObjectName(f"stepPage{step}")
        self.setTitle(tr("Step {n} of 9: {name}").format(n=step, name=complaint_step_label(step)))
        self.form = FieldForm(on_edit=self.edited)
        self.errors: dict[str, str] = {}
        self._refused: dict[str, Any] = {}
        guidance = wrapped_label("hint", workflow.guidance(step))
        # The voucher step 7 gave, on every page once given: the clerk tells her its code.
        self.given = wrapped_label("givenVoucher")
        self.given.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.given.hide()
        self.fields = QFormLayout()
        # A long label at a large font puts its field under it rather than widening the page.
        self.fields.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(guidance)
        column.addWidget(self.given)
        column.addLayout(self.fields)
        column.addStretch(1)
        # A large font makes a step taller than a 768-pixel screen.
        self.scroll = scrolling(inner, "stepFields", follow_width=False)
        # Always there, so the bar coming when reasons are listed under the page does not
        # narrow the fields under the clerk's pointer.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # Under the fields, not among them: its lines come and go without moving a field.
        self.problems = wrapped_label("fieldError")
        self.problems.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)
        layout.addWidget(self.problems)
        self.build()
        self.replies = QComboBox()
        self.replies.setObjectName("replyChoice")
        # As wide as the room left, but asking for no more than a short title: a long
        # one would make the page wider than a small screen at a large font.
        self.replies.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.replies.setMinimumContentsLength(12)
        self.insert_button = QPushButton(tr("Insert standard reply"))
        self.insert_button.setObjectName("insertReplyButton")
        self.insert_button.clicked.connect(self.insert_reply)
        self.fields.addRow(tr("Standard reply"), beside(self.replies, self.insert_button))
        self.note = text_box(note_hint, lines=4)
        self.add("note", self.note, note_label)

    def needed_width(self) -> int:
        """The width its fields take side by side, once the style has sized them."""
        return self.scroll.widget().minimumSizeHint().width() + scroll_bar_width(self.scroll)

    def build(self) -> None:
        """Add the step's own fields; the note and its replies come after them."""

    def show_given(self, voucher: Voucher | None) -> None:
        if voucher is not None:
            self.given.setText(
                tr("In the customer's wallet: voucher {code}, {worth}. Tell the customer the "
                   "code; the Wallet tab of the card shows it too.")
                .format(code=voucher.code, worth=worth(voucher))
            )  # fmt: skip
        self.given.setVisible(voucher is not None)

    def add(self, name: str, widget: QWidget, label: str | None = None) -> None:
        self.form.add(self.fields, name, widget, label or complaint_field_label(name))

    def load(self, values: dict[str, Any]) -> None:
        self.form.load(values)
        self.update_state()
        self.problems.hide()  # loaded afresh, the page gives back the room its errors kept
        self.problems.setMinimumHeight(0)
        self.show_errors({})

    def show_errors(self, errors: dict[str, str]) -> None:
        """Turn the refused fields red and list why under the page, each reason after
        its field's name; a reason without a field (the step's own) is listed alone."""
        self.errors = dict(errors)
        self._refused = self.form.values()
        self._say()

    def forget_error(self, name: str) -> None:
        if self.errors.pop(name, None) is not None:
            self._say()

    def edited(self) -> None:
        """A refused field the clerk changed, or one her choice made irrelevant
        (disabled), is no longer wrong: its reason goes at once, not on the next Next."""
        typed = self.form.values()
        for name, binding in self.form.fields.items():
            if name in self.errors and (
                typed[name] != self._refused.get(name) or not binding.widget.isEnabled()
            ):
                self.forget_error(name)

    def _say(self) -> None:
        for name, binding in self.form.fields.items():
            set_invalid(binding.widget, self.errors.get(name))
        order = list(self.form.fields)
        named = sorted(self.errors, key=lambda n: order.index(n) if n in order else len(order))
        lines = [self._reason(name) for name in named]
        if self.problems.isVisible():
            # Fewer lines keep the room more took: the page above does not grow back.
            room = self.problems.heightForWidth(self.problems.width())
            self.problems.setMinimumHeight(max(self.problems.minimumHeight(), room))
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines) or self.problems.minimumHeight() > 0)

    def _reason(self, name: str) -> str:
        binding = self.form.fields.get(name)
        label = self.fields.labelForField(binding.widget) if binding else None
        if not isinstance(label, QLabel):
            return self.errors[name]
        return tr("{field}: {message}").format(field=label.text(), message=self.errors[name])

    def first_invalid(self) -> QWidget | None:
        """The first refused field, scrolled into view for the clerk to correct."""
        widget = self.form.first_invalid(self.errors)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)
        return widget

    def update_state(self) -> None:
        """Enable the fields the current choices make relevant."""

    def values(self) -> dict[str, Any]:
        return self.form.values()

    def dirty(self) -> bool:
        return bool(self.form.changed())

    def show_replies(self, category: str | None) -> None:
        self.replies.clear()
        for reply in standard_replies.replies_for(category, self.step):
            self.replies.addItem(reply.title, reply.text)
            self.replies.setItemData(
                self.replies.count() - 1, reply.text, Qt.ItemDataRole.ToolTipRole
            )
        has_replies = self.replies.count() > 0
        self.replies.setEnabled(has_replies)
        self.insert_button.setEnabled(has_replies)

    def insert_reply(self) -> None:
        text = self.replies.currentData()
        if text:
            self.note.insertPlainText(text)
            self.note.setFocus()

    def validatePage(self) -> bool:
        return self.wizard().finish_step(self)


class ListenPage(StepPage):
    def __init__(self) -> None:
        super().__init__(1, tr("What you said to the customer"))

    def build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setObjectName("customerSearch")
        self.search_box.setPlaceholderText(tr("Find the customer: phone, name or pinyin initials"))
        self.search_box.textEdited.connect(self.find_customers)
        self.new_customer = QPushButton(tr("New customer…"))
        self.new_customer.setObjectName("newCustomerButton")
        self.new_customer.clicked.connect(self.add_customer)
        self.fields.addRow(tr("Find customer"), beside(self.search_box, self.new_customer))
        self.customer = combo((), blank=tr("(choose a customer)"))
        self.customer.currentIndexChanged.connect(self.customer_changed)
        self.add("customer", self.customer)
        self.item = QComboBox()
        self.add("item", self.item)
        self.add(
            "channel",
            combo(((c, complaint_channel_label(c)) for c in COMPLAINT_CHANNELS), blank=None),
        )
        self.add(
            "category",
            combo(((c, complaint_category_label(c)) for c in COMPLAINT_CATEGORIES), blank=""),
        )
        self.add("severity", combo(((n, severity_label(n)) for n in (1, 2, 3)), blank=None))
        self.add("description", text_box(tr("What the customer said, word for word")))
        self.add("concerns", text_box(tr("One point per line")))

    def offer_customer(self, customer_id: int | None) -> None:
        """Make sure she can be chosen, then keep the list as it is."""
        if customer_id is None or self.customer.findData(customer_id) >= 0:
            return
        self.customer.addItem(customer_text(complainant(customer_id)), customer_id)

    def load(self, values: dict[str, Any]) -> None:
        self.offer_customer(values.get("customer"))
        self.fill_items(values.get("customer"))
        super().load(values)

    def find_customers(self, text: str) -> None:
        """Offer the customers matching what is typed, the best match chosen."""
        chosen = self.customer.currentData()
        found = search.search(text, limit=20) if text.strip() else []
        self.customer.blockSignals(True)
        while self.customer.count() > 1:
            self.customer.removeItem(1)
        for customer in found:
            self.customer.addItem(customer_text(customer), customer.id)
        self.customer.blockSignals(False)
        self.offer_customer(chosen)
        ids = [customer.id for customer in found]
        target = chosen if chosen in ids or not ids else ids[0]
        self.customer.setCurrentIndex(max(self.customer.findData(target), 0))
        self.customer_changed()

    def add_customer(self) -> None:
        dialog = QuickAddDialog(self, clerk_id=self.wizard().staff_id())
        dialog.finished.connect(lambda code: self._added(dialog, code))
        dialog.open()

    def _added(self, dialog: QuickAddDialog, code: int) -> None:
        chosen = dialog.chosen_id()
        if code and chosen is not None:
            self.offer_customer(chosen)
            self.customer.setCurrentIndex(self.customer.findData(chosen))

    def fill_items(self, customer_id: int | None) -> None:
        self.item.clear()
        self.item.addItem(tr("(not about one purchase)"), None)
        for item_id, text in workflow.item_choices(customer_id) if customer_id else []:
            self.item.addItem(text, item_id)

    def customer_changed(self) -> None:
        chosen = self.item.currentData()
        self.fill_items(self.customer.currentData())
        self.item.setCurrentIndex(max(self.item.findData(chosen), 0))


class ApologisePage(StepPage):
    def __init__(self) -> None:
        super().__init__(3, tr("Note"))

    def build(self) -> None:
        self.add("apologised", QCheckBox(tr("I apologised sincerely for the trouble")))


class AnalysePage(StepPage):
    def __init__(self) -> None:
        super().__init__(
            4,
            tr("The customer's concern, in your words"),
            tr("As you repeated it back and the customer agreed"),
        )

    def build(self) -> None:
        self.add(
            "cause", combo(((c, complaint_cause_label(c)) for c in COMPLAINT_CAUSES), blank="")
        )
        self.add("root_cause", text_box(tr("Why it happened, as far as we know"), lines=2))


class ResolvePage(StepPage):
    def __init__(self) -> None:
        super().__init__(6, tr("Details of the solution"))

    def build(self) -> None:
        self.solution = combo(((c, solution_label(c)) for c in COMPLAINT_SOLUTIONS), blank="")
        self.add("solution", self.solution)
        amount = QLineEdit()
        amount.setPlaceholderText(tr("If money is involved, e.g. 120"))
        self.add("solution_amount", amount)
        self.add("solution_staff", clerk_combo(tr("(choose)")))
        self.add("solution_due", date_box())


class CompensatePage(StepPage):
    def __init__(self) -> None:
        super().__init__(7, tr("Note"))

    def build(self) -> None:
        self.goodwill = wrapped_label("goodwillHint")
        self.goodwill.hide()
        self.fields.addRow(self.goodwill)
        self.kind = combo(((c, compensation_label(c)) for c in COMPLAINT_COMPENSATIONS), blank="")
        self.kind.currentIndexChanged.connect(self.update_state)
        self.add("compensation", self.kind)
        self.value = QLineEdit()
        self.add("compensation_value", self.value)
        self.reason = QLineEdit()
        self.add("compensation_reason", self.reason)

    def show_goodwill(self, suggestion: str | None) -> None:
        self.goodwill.setText(suggestion or "")
        self.goodwill.setVisible(bool(suggestion))

    def update_state(self) -> None:
        kind = self.kind.currentData()
        self.value.setEnabled(kind != "none")
        self.value.setPlaceholderText(
            tr("Points to credit, e.g. 200") if kind == "points" else tr("Value in yuan, e.g. 50")
        )
        self.reason.setEnabled(kind in (None, "none"))


class ResultPage(StepPage):
    def __init__(self) -> None:
        super().__init__(8, tr("Note"))

    def build(self) -> None:
        self.satisfaction = combo(((c, satisfaction_label(c)) for c in SATISFACTION), blank="")
        self.satisfaction.currentIndexChanged.connect(self.update_state)
        self.add("satisfaction", self.satisfaction)
        self.offer = text_box(
            tr("If the customer is not fully satisfied: what you offered on the spot"), 2
        )
        self.add("final_offer", self.offer)
        self.answer = combo(((c, final_answer_label(c)) for c in FINAL_ANSWERS), blank="")
        self.add("final_answer", self.answer)
        self.add("thanked", QCheckBox(tr("I thanked the customer: the complaint helps us improve")))

    def update_state(self) -> None:
        unhappy = self.satisfaction.currentData() in ("partly", "no")
        self.offer.setEnabled(unhappy)
        self.answer.setEnabled(unhappy)


class FeedbackPage(StepPage):
    def __init__(self) -> None:
        super().__init__(9, tr("What the customer said on the call"))

    def build(self) -> None:
        self.state = wrapped_label("notice")
        self.fields.addRow(self.state)
        self.add("followup_due", date_box())
        self.waive = QCheckBox(tr("No, close without a call"))
        self.waive.toggled.connect(self.update_state)
        self.add("waive", self.waive)
        self.waive_reason = QLineEdit()
        self.add("waive_reason", self.waive_reason)
        self.add("prevention", text_box(tr("So that it does not happen again"), lines=2))

    def show_state(self, complaint: Complaint) -> None:
        if complaint.status == "closed":
            text = tr("Closed on {date}. Reopen it if the customer needs a second chance.").format(
                date=date_text(complaint.closed_at.date())
            )
        else:
            text = tr("To call the customer another day, set the day and press Save and close.")
        self.state.setText(text)

    def update_state(self) -> None:
        self.waive_reason.setEnabled(self.waive.isChecked())


def badge_texts() -> list[str]:
    """Every text the status badge can show, for the panel to be wide enough for each."""
    return [tr("New complaint"), *map(complaint_status_label, COMPLAINT_STATUS)]


class ProgressPanel(QWidget):
    """Beside the pages: whose complaint, its status, who is handling it, and the nine
    steps, one line each (who did it and when beside its name), so all nine fit beside
    the page at a large font on a small screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("complaintProgress")
        self.customer = wrapped_label("cardName")
        self.status = QLabel()
        self.status.setObjectName("statusBadge")
        self.staff = clerk_combo(tr("(choose)"))
        self.staff.setObjectName("staffChoice")
        self.steps = [QLabel() for _ in workflow.STEPS]
        self.details = [QLabel(objectName="muted") for _ in workflow.STEPS]
        listing = QWidget()
        grid = QGridLayout(listing)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        for row, (title, detail) in enumerate(zip(self.steps, self.details, strict=True)):
            # On one baseline: a Chinese name in the detail would sit lower than the step's.
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignBaseline)
            grid.addWidget(detail, row, 1, Qt.AlignmentFlag.AlignBaseline)
        grid.setRowStretch(len(self.steps), 1)
        # Should a long name or a still larger font outgrow the screen, the steps scroll
        # rather than being squeezed.
        self.step_list = scrolling(listing, "stepList", follow_width=False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.customer)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(4)
        layout.addWidget(QLabel(complaint_field_label("staff")))
        layout.addWidget(self.staff)
        layout.addSpacing(4)
        layout.addWidget(self.step_list, 1)
        self.step_list.setMinimumWidth(self._room(grid.horizontalSpacing()))
        margins = layout.contentsMargins()
        self.setMaximumWidth(self.step_list.minimumWidth() + margins.left() + margins.right())

    def _room(self, gap: int) -> int:
        """Wide enough for the longest step name beside the longest "who and when" at
        the font in use, fixed so that finishing a step never moves the page."""
        plain = self.fontMetrics()
        bold_font = QFont(self.font())
        bold_font.setBold(True)
        bold = QFontMetrics(bold_font)
        staff = range(self.staff.count())
        names = [self.staff.itemText(i) for i in staff if self.staff.itemData(i) is not None]
        details = [tr("draft, not finished")] + [
            tr("{staff}, {when}").format(staff=name, when="12-31 23:59") for name in names
        ]
        title = max(
            bold.horizontalAdvance(f"✓ {n}. {complaint_step_label(n)}") for n in workflow.STEPS
        )
        steps = title + gap + max(map(plain.horizontalAdvance, details))
        steps += scroll_bar_width(self.step_list)
        # The badge's padding is about a line high.
        badge = max(plain.horizontalAdvance(text) for text in badge_texts()) + plain.height()
        return max(steps, badge)

    def show_complaint(self, complaint: Complaint, current: int) -> None:
        customer_id = complaint.customer_id
        self.customer.setText(complainant(customer_id).name if customer_id else "")
        self.status.setText(
            complaint_status_label(complaint.status) if complaint.id else tr("New complaint")
        )
        recorded = workflow.current_records(complaint)
        for step, label, shown in zip(workflow.STEPS, self.steps, self.details, strict=True):
            record = recorded.get(step)
            mark, detail = "○", ""
            if record is not None and record.done_at is None:
                mark, detail = "✎", tr("draft, not finished")
            elif record is not None:
                mark = "✓"
                detail = tr("{staff}, {when}").format(
                    staff=record.staff or "—", when=record.done_at.strftime("%m-%d %H:%M")
                )
            title = html.escape(f"{mark} {step}. {complaint_step_label(step)}")
            label.setText(f"<b>{title}</b>" if step == current else title)
            shown.setText(detail)
        if current in workflow.STEPS:
            self.step_list.ensureWidgetVisible(self.steps[current - 1])


class ComplaintWizard(QWizard):
    """The nine steps for one complaint: a new one (optionally for a customer) or one to resume."""

    saved = Signal(int)  # the complaint's id, after anything was written

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        customer_id: int | None = None,
        complaint_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintWizard")
        self.setWindowTitle(tr("Complaint"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton2, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(SAVE_AND_CLOSE, tr("Save and close"))
        self.setButtonText(REOPEN, tr("Reopen for a second chance"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("Close complaint"))
        self.button(SAVE_AND_CLOSE).setObjectName("saveCloseButton")
        self.button(REOPEN).setObjectName("reopenButton")
        self.customButtonClicked.connect(self._custom_button)
        line = self.fontMetrics().height()  # 1064×700 at 12 pt, more at a larger font
        fit_to_screen(self, 56 * line, 37 * line)

        if complaint_id is None:
            self.complaint = Complaint(customer=customer_id)
        else:
            self.complaint = workflow.get_complaint(complaint_id)
        self.panel = ProgressPanel()
        self.setSideWidget(self.panel)
        self.pages: dict[int, StepPage] = {
            1: ListenPage(),
            2: StepPage(2, tr("The customer's mood, and how it was calmed")),
            3: ApologisePage(),
            4: AnalysePage(),
            5: StepPage(5, tr("What you explained to the customer")),
            6: ResolvePage(),
            7: CompensatePage(),
            8: ResultPage(),
            9: FeedbackPage(),
        }
        for step, page in self.pages.items():
            self.setPage(step, page)
            page.load(workflow.step_values(self.complaint, step))
        clerk = session.clerk_id() or self.complaint.clerk_id or self._customer_clerk()
        self.panel.staff.setCurrentIndex(max(self.panel.staff.findData(clerk), 0))
        self.currentIdChanged.connect(self._entered)
        self.panel.staff.currentIndexChanged.connect(self._staff_chosen)
        # QWizard takes its minimum width from one page: with every page as wide as the
        # widest needs, measured once the style sheet has sized the fields, none is cut off.
        self.ensurePolished()
        room = max(page.needed_width() for page in self.pages.values())
        for page in self.pages.values():
            page.scroll.setMinimumWidth(room)
        self.restart()
        while self.currentId() < self.complaint.current_step and self.next_quietly():
            pass

    def _customer_clerk(self) -> int | None:
        customer_id = self.complaint.customer_id
        return complainant(customer_id).clerk_id if customer_id else None

    def next_quietly(self) -> bool:
        """Move past a page that is done and unchanged (resuming); False when it stays."""
        before = self.currentId()
        self.next()
        return self.currentId() != before

    def staff_id(self) -> int | None:
        return self.panel.staff.currentData()

    def _done(self) -> set[int]:
        return workflow.done_steps(self.complaint)

    def _entered(self, step: int) -> None:
        page = self.pages.get(step)
        if page is None:
            return
        if not page.dirty():
            page.load(workflow.step_values(self.complaint, step))
        page.show_replies(self.complaint.category)
        page.show_given(workflow.given_voucher(self.complaint))
        if isinstance(page, CompensatePage) and self.complaint.customer_id:
            page.show_goodwill(workflow.goodwill_suggestion(self.complaint))
        if isinstance(page, FeedbackPage):
            page.show_state(self.complaint)
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.currentId()
        can_reopen = step == workflow.FOLLOWUP_STEP and workflow.RESULT_STEP in self._done()
        self.button(REOPEN).setVisible(can_reopen)
        self.panel.show_complaint(self.complaint, step)
        if self.complaint.customer_id:
            name = complainant(self.complaint.customer_id).name
            self.setWindowTitle(tr("Complaint · {name}").format(name=name))

    def _show_errors(self, page: StepPage, errors: dict[str, str]) -> None:
        page.show_errors(errors)
        set_invalid(self.panel.staff, errors.get("staff"))
        widget = page.first_invalid()
        if widget is not None:
            widget.setFocus()

    def _staff_chosen(self) -> None:
        set_invalid(self.panel.staff, None)
        for page in self.pages.values():
            page.forget_error("staff")

    def _saved(self, complaint: Complaint, page: StepPage) -> None:
        self.complaint = complaint
        page.load(workflow.step_values(complaint, page.step))
        self._show_errors(page, {})
        self._update_buttons()
        self._written(complaint)

    def _written(self, complaint: Complaint) -> None:
        self.saved.emit(complaint.id)
        operations.announce(COMPLAINTS, customers=[complaint.customer_id], source=self)

    def finish_step(self, page: StepPage) -> bool:
        """Next (or Close complaint) on `page`: record the step as done; False keeps the page."""
        if page.step in self._done() and not page.dirty():
            return True
        try:
            complaint = workflow.save_step(
                self.complaint.id, page.step, page.values(), self.staff_id(), done=True
            )
        except ValidationError as exc:
            self._show_errors(page, exc.errors)
            return False
        self._saved(complaint, page)
        return True

    def save_drafts(self) -> bool:
        """Keep what was typed on every page visited; False (with errors shown) if refused."""
        for step in sorted(self.visitedIds()):
            page = self.pages[step]
            if not page.dirty():
                continue
            try:
                complaint = workflow.save_step(
                    self.complaint.id, step, page.values(), self.staff_id(), done=False
                )
            except ValidationError as exc:
                self._show_errors(page, exc.errors)
                here = self.currentPage()
                if step != self.currentId() and isinstance(here, StepPage):
                    notice = tr("Not saved: step {n} has fields marked in red.").format(n=step)
                    here.show_errors({**here.errors, "step": notice})
                return False
            self._saved(complaint, page)
        return True

    def save_and_close(self) -> None:
        if self.save_drafts():
            # QDialog's own done(): QWizard.done() would finish the current step.
            QDialog.done(self, QDialog.DialogCode.Accepted)

    def reopen(self) -> None:
        page = self.pages[workflow.FOLLOWUP_STEP]
        try:
            complaint = workflow.reopen(self.complaint.id, page.note.toPlainText(), self.staff_id())
        except ValidationError as exc:
            self._show_errors(page, exc.errors)
            return
        self.complaint = complaint
        for step in range(workflow.SECOND_CHANCE_STEP, workflow.FOLLOWUP_STEP + 1):
            self.pages[step].load(workflow.step_values(complaint, step))
        self._written(complaint)
        while self.currentId() > workflow.SECOND_CHANCE_STEP:
            self.back()
        self._update_buttons()

    def _custom_button(self, which: int) -> None:
        if which == SAVE_AND_CLOSE.value:
            self.save_and_close()
        elif which == REOPEN.value:
            self.reopen()

    def unsaved(self) -> bool:
        return any(page.dirty() for page in self.pages.values())

    def reject(self) -> None:
        """Cancel, Esc or the window's close: ask first if anything typed would be lost."""
        if not self.unsaved():
            super().reject()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Discard what you typed?"),
            tr("Some of what you typed is not saved. Save it to resume later, or discard it?"),
            parent=self,
        )
        box.setObjectName("discardBox")
        save = box.addButton(tr("Save and close"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("discardButton")
        keep = box.addButton(tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("keepEditingButton")
        box.setDefaultButton(keep)
        box.finished.connect(lambda _: self._answered(box.clickedButton(), save, discard))
        box.open()

    def _answered(self, clicked: object, save: QPushButton, discard: QPushButton) -> None:
        if clicked is save:
            self.save_and_close()
        elif clicked is discard:
            QWizard.reject(self)


def _shown(wizard: ComplaintWizard) -> ComplaintWizard:
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()
    return wizard


def start_complaint(customer_id: int | None, parent: QWidget | None = None) -> ComplaintWizard:
    """Open the wizard for a new complaint (from her card, or from the register with None)."""
    return _shown(ComplaintWizard(parent, customer_id=customer_id))


def open_complaint(complaint_id: int, parent: QWidget | None = None) -> ComplaintWizard:
    """Resume a complaint at the step it reached (Back shows the steps done)."""
    return _shown(ComplaintWizard(parent, complaint_id=complaint_id))

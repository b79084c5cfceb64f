"""One complaint as recorded: every step of every attempt, who did it and when, and its lessons.

The root cause and the prevention note can be written here at any time, even
after closing, because that is often when the shop learns them.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopcrm.complaints import workflow
from shopcrm.complaints.labels import (
    complaint_category_label,
    complaint_field_label,
    complaint_status_label,
    complaint_step_label,
    severity_label,
)
from shopcrm.complaints.workflow import StepRecord
from shopcrm.core.i18n import tr
from shopcrm.customers import profiles
from shopcrm.ui.complaints.complaint_wizard import open_complaint
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import FieldForm


def _step_html(record: StepRecord) -> str:
    if record.done_at is None:
        when = tr("draft, not finished")
    else:
        when = tr("{staff}, {when}").format(
            staff=record.staff or "—", when=date_text(record.done_at)
        )
    parts = [
        f"<h4>{record.step}. {html.escape(complaint_step_label(record.step))}"
        f" <span style='font-weight:normal;color:#6b7472'>· {html.escape(when)}</span></h4>"
    ]
    rows = "".join(
        f"<tr><td style='color:#6b7472;padding-right:12px'>{html.escape(label)}</td>"
        f"<td>{html.escape(value).replace(chr(10), '<br>')}</td></tr>"
        for label, value in record.lines
    )
    if rows:
        parts.append(f"<table>{rows}</table>")
    if record.note:
        parts.append(f"<p>{html.escape(record.note).replace(chr(10), '<br>')}</p>")
    return "".join(parts)


def record_html(complaint_id: int) -> str:
    """The steps as one readable page, a heading for each second chance."""
    parts = []
    attempt = 1
    for record in workflow.records(complaint_id):
        if record.attempt != attempt:
            attempt = record.attempt
            parts.append(f"<h3>{html.escape(tr('Second chance {n}').format(n=attempt - 1))}</h3>")
        parts.append(_step_html(record))
    return "".join(parts) or html.escape(tr("No step is recorded yet."))


class ComplaintRecordDialog(QDialog):
    resume_requested = Signal(int)  # the complaint to open in the wizard
    lessons_saved = Signal(int)

    def __init__(self, complaint_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("complaintRecord")
        self.complaint_id = complaint_id
        complaint = workflow.get_complaint(complaint_id)
        customer = profiles.get_customer(complaint.customer_id, include_deleted=True)
        self.setWindowTitle(tr("Complaint · {name}").format(name=customer.name))
        self.resize(720, 680)

        due = workflow.due_on(complaint_id)
        facts = [
            customer.name,
            tr("opened {date}").format(date=date_text(complaint.opened_at.date())),
            complaint_category_label(complaint.category),
            severity_label(complaint.severity),
            complaint_status_label(complaint.status),
        ]
        if due is not None:
            facts.append(tr("due {date}").format(date=date_text(due)))
        summary = QLabel(" · ".join(facts))
        summary.setObjectName("notice")
        summary.setWordWrap(True)
        self.steps = QTextBrowser()
        self.steps.setObjectName("complaintSteps")
        self.steps.setHtml(record_html(complaint_id))

        lessons = QGroupBox(tr("Lessons for the shop"))
        lessons_form = QFormLayout(lessons)
        self.form = FieldForm()
        for name in workflow.LESSONS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 2 + 16)
            self.form.add(lessons_form, name, box, complaint_field_label(name))
        self.form.load({name: getattr(complaint, name) for name in workflow.LESSONS})
        self.save_lessons_button = QPushButton(tr("Save lessons"))
        self.save_lessons_button.setObjectName("saveLessonsButton")
        self.save_lessons_button.setAutoDefault(False)
        self.save_lessons_button.clicked.connect(self.save_lessons)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_lessons_button)
        lessons_form.addRow(save_row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resume_button = buttons.addButton(
            tr("Open in the wizard") if complaint.status == "closed" else tr("Resume"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setDefault(True)
        self.resume_button.clicked.connect(self.resume)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.steps, 1)
        layout.addWidget(lessons)
        layout.addWidget(buttons)

    def save_lessons(self) -> None:
        values = self.form.values()
        workflow.set_lessons(self.complaint_id, values["root_cause"], values["prevention"])
        self.form.load(values)
        self.lessons_saved.emit(self.complaint_id)

    def resume(self) -> None:
        if self.form.changed():
            self.save_lessons()
        self.accept()
        self.resume_requested.emit(self.complaint_id)


def show_complaint(
    complaint_id: int, parent: QWidget, on_saved: Callable[[], None]
) -> ComplaintRecordDialog:
    """Open a complaint's record; resuming opens the wizard. `on_saved` runs after each write."""
    dialog = ComplaintRecordDialog(complaint_id, parent)
    dialog.lessons_saved.connect(lambda _: on_saved())
    dialog.resume_requested.connect(
        lambda chosen: open_complaint(chosen, parent).saved.connect(lambda _: on_saved())
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

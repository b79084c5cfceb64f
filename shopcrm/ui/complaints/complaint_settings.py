"""The owner's complaint settings: when the follow-up call is due, and the standard replies.

Each reply is saved on its own (Save reply), so the library is never half
written; the follow-up delay is saved when the dialog closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.complaints import standard_replies, workflow
from shopcrm.complaints.labels import complaint_category_label, complaint_step_label
from shopcrm.core.i18n import tr
from shopcrm.storage import options
from shopcrm.storage.models import COMPLAINT_CATEGORIES
from shopcrm.ui import preferences, session
from shopcrm.ui.widgets import FieldForm, FormDialog, OptionsForm, call_domain, combo


class ComplaintSettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("complaintSettings", tr("Complaint handling settings"), parent)
        self.resize(860, 560)
        self.reply_id: int | None = None

        self.options = OptionsForm([(None, options.on_screen(options.COMPLAINTS))])

        self.list = QListWidget()
        self.list.setObjectName("replyList")
        self.list.currentItemChanged.connect(self._chosen)
        self.step: QComboBox = combo(
            ((n, f"{n}. {complaint_step_label(n)}") for n in workflow.STEPS), blank=None
        )
        self.category: QComboBox = combo(
            ((c, complaint_category_label(c)) for c in COMPLAINT_CATEGORIES),
            blank=tr("All categories"),
        )
        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        self.form = FieldForm()
        editor_form = QFormLayout()
        self.form.add(editor_form, "step", self.step, tr("Step"))
        self.form.add(editor_form, "category", self.category, tr("Category"))
        self.form.add(editor_form, "title", self.title, tr("Title"))
        self.form.add(editor_form, "text", self.text, tr("What the clerk says"))
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        new = QPushButton(tr("New reply"))
        new.setObjectName("newReplyButton")
        new.clicked.connect(self.new_reply)
        self.save_button = QPushButton(tr("Save reply"))
        self.save_button.setObjectName("saveReplyButton")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_reply)
        self.delete_button = QPushButton(tr("Delete reply"))
        self.delete_button.setObjectName("deleteReplyButton")
        self.delete_button.clicked.connect(self.delete_reply)
        restore = QPushButton(tr("Restore our defaults…"))
        restore.setObjectName("restoreRepliesButton")
        restore.clicked.connect(self.ask_restore)
        actions = QHBoxLayout()
        for button in (new, self.save_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(restore)
        editor = QVBoxLayout()
        editor.addLayout(editor_form, 1)
        editor.addWidget(self.notice)
        editor.addLayout(actions)
        library = QHBoxLayout()
        library.addWidget(self.list, 2)
        library.addLayout(editor, 3)

        hint = QLabel(
            tr(
                "Standard replies let every clerk say the same good thing at each step. "
                "A reply for all categories shows on every complaint."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.lay_out([self.options, hint, library])
        self.layout().setStretchFactor(library, 1)
        self.load_list()
        self.new_reply()

    def load_list(self, select: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for reply in standard_replies.all_replies():
            label = tr("{step} · {category} · {title}").format(
                step=reply.step,
                category=complaint_category_label(reply.category)
                if reply.category
                else tr("All categories"),
                title=reply.title,
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, reply.id)
            self.list.addItem(item)
            if reply.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        reply_id = item.data(Qt.ItemDataRole.UserRole)
        reply = next(r for r in standard_replies.all_replies() if r.id == reply_id)
        self.reply_id = reply.id
        self.form.load(
            {
                "step": reply.step,
                "category": reply.category,
                "title": reply.title,
                "text": reply.text,
            }
        )
        self.delete_button.setEnabled(True)
        self.notice.clear()

    def new_reply(self) -> None:
        self.reply_id = None
        self.list.clearSelection()
        self.form.load({"step": 1, "category": None, "title": "", "text": ""})
        self.delete_button.setEnabled(False)
        self.title.setFocus()

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.notice.setText(errors.get("", ""))

    def save_reply(self) -> None:
        values = self.form.values()
        saved = call_domain(
            lambda: standard_replies.save_reply(session.actor(), self.reply_id, **values),
            self._show_errors,
        )
        if saved is None:
            return
        self.reply_id = saved.id
        self.load_list(select=saved.id)
        self.form.load(values)
        self.delete_button.setEnabled(True)
        self.notice.setText(tr("Reply saved."))

    def delete_reply(self) -> None:
        if self.reply_id is None:
            return
        standard_replies.delete_reply(session.actor(), self.reply_id)
        self.load_list()
        self.new_reply()
        self.notice.setText(tr("Reply deleted."))

    def ask_restore(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Restore our default replies?"),
            tr("Every reply in the library is replaced by our defaults; your own are lost."),
            QMessageBox.StandardButton.RestoreDefaults | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreRepliesBox")
        chosen = box.button(QMessageBox.StandardButton.RestoreDefaults)
        box.finished.connect(lambda _: self.restore() if box.clickedButton() is chosen else None)
        box.open()
        return box

    def restore(self) -> None:
        standard_replies.reset_defaults(session.actor(), preferences.language())
        self.load_list()
        self.new_reply()
        self.notice.setText(tr("Our default replies are back."))

    def done(self, result: int) -> None:
        """Closing keeps the follow-up delay chosen."""
        self.options.save()
        super().done(result)

"""The owner's message library: edit and add templates, preview one with a real customer.

A template is checked when saved (placeholders, and the rule of its kind), so
a mistake shows here, in place, and never in a message a customer receives.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care import messages
from shopcrm.care.messages import TemplateInput
from shopcrm.core.i18n import tr
from shopcrm.customers import search
from shopcrm.storage.models import MESSAGE_KINDS, MESSAGE_LANGUAGES
from shopcrm.ui import session
from shopcrm.ui.widgets import FieldForm, call_domain, combo, set_invalid


class MessageLibrary(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageLibrary")
        self.editing: int | None = None
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("templateList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)

        self.kind = combo(((k, messages.kind_label(k)) for k in MESSAGE_KINDS), blank=None)
        self.language = combo(
            ((code, messages.language_label(code)) for code in MESSAGE_LANGUAGES), blank=None
        )
        self.title = QLineEdit()
        self.text = QPlainTextEdit()
        self.form = FieldForm()
        fields = QFormLayout()
        self.form.add(fields, "kind", self.kind, tr("Kind"))
        self.form.add(fields, "language", self.language, tr("Written in"))
        self.form.add(fields, "title", self.title, tr("Title"))
        self.form.add(fields, "text", self.text, tr("Message"))
        help_text = QLabel(
            "  ".join(f"{code} {meaning}" for code, meaning in messages.placeholder_help())
        )
        help_text.setObjectName("hint")
        help_text.setWordWrap(True)
        help_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_customer = QLineEdit()
        self.preview_customer.setObjectName("previewCustomer")
        self.preview_customer.setPlaceholderText(
            tr("Preview for a customer: phone digits, name or pinyin initials")
        )
        preview_button = QPushButton(tr("Preview"))
        preview_button.setObjectName("previewButton")
        self.preview_text = QLabel()
        self.preview_text.setObjectName("previewText")
        self.preview_text.setWordWrap(True)
        self.preview_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_customer, 1)
        preview_row.addWidget(preview_button)

        new_button = QPushButton(tr("New message"))
        new_button.setObjectName("newTemplateButton")
        self.save_button = QPushButton(tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("removeTemplateButton")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        buttons = QHBoxLayout()
        for button in (new_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addLayout(fields)
        column.addWidget(help_text)
        column.addLayout(preview_row)
        column.addWidget(self.preview_text)
        column.addLayout(buttons)
        column.addWidget(self.notice)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setSizes([260, 540])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.selectionModel().currentChanged.connect(lambda current, _: self._load(current))
        new_button.clicked.connect(self.new)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        preview_button.clicked.connect(self.preview)
        self.preview_customer.returnPressed.connect(self.preview)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.model.clear()
        for template in messages.templates():
            item = QStandardItem(f"{messages.kind_label(template.kind)} · {template.title}")
            item.setData(template.id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(item)
        row = next(
            (
                r
                for r in range(self.model.rowCount())
                if self.model.item(r).data(Qt.ItemDataRole.UserRole) == select
            ),
            0,
        )
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row, 0))
        else:
            self.new()

    def _load(self, index: object) -> None:
        template = messages.template(self.model.data(index, Qt.ItemDataRole.UserRole))
        if template is None:
            return
        self.editing = template.id
        self.form.load(
            {
                "kind": template.kind,
                "language": template.language,
                "title": template.title,
                "text": template.text,
            }
        )
        self.preview_text.clear()
        self.notice.clear()

    def new(self) -> None:
        self.editing = None
        self.list.clearSelection()
        current = self.kind.currentData() or MESSAGE_KINDS[0]
        self.form.load({"kind": current, "title": "", "text": ""})
        self.title.setFocus()

    def _typed(self) -> TemplateInput:
        return TemplateInput(
            self.kind.currentData(),
            self.language.currentData(),
            self.title.text(),
            self.text.toPlainText(),
        )

    def save(self) -> None:
        saved = call_domain(
            lambda: messages.save_template(session.actor(), self._typed(), self.editing),
            self.form.show_errors,
        )
        if saved is not None:
            self.reload(saved.id)
            self.notice.setText(tr("Saved."))

    def remove(self) -> None:
        if self.editing is not None:
            messages.remove_template(session.actor(), self.editing)
            self.reload()

    def preview(self) -> None:
        found = search.search(self.preview_customer.text(), limit=1)
        set_invalid(self.preview_customer, None if found else tr("No customer found."))
        if not found:
            self.preview_text.setText(tr("No customer found: try the phone's last four digits."))
            return
        text = call_domain(lambda: messages.preview(self._typed(), found[0]), self.form.show_errors)
        self.preview_text.setText(
            ""
            if text is None
            else tr("To {name}: {message}").format(name=found[0].name, message=text)
        )

"""The owner's care settings: the message library, the festivals and the follow-up rules."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care import festivals, followups, messages
from shopcrm.care.festivals import FestivalInput
from shopcrm.core.i18n import tr
from shopcrm.loyalty import tiers
from shopcrm.storage import options
from shopcrm.storage.models import FESTIVAL_RULES, Festival
from shopcrm.ui import session
from shopcrm.ui.care.message_templates import MessageLibrary
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.widgets import FieldForm, FormDialog, OptionsForm, call_domain, combo


class FestivalEditor(ListTab):
    """The festivals greeted, with how each one's date is found; switch one off, or add one."""

    def __init__(self) -> None:
        super().__init__([tr("Festival"), tr("When"), tr("Message"), tr("Greeted")], "festivalList")
        self.rows: list[Festival] = []
        self.editing: int | None = None
        self.name = QLineEdit()
        self.rule = combo(((r, festivals.rule_label(r)) for r in FESTIVAL_RULES), blank=None)
        self.month = QSpinBox(minimum=1, maximum=12)
        self.day = QSpinBox(minimum=1, maximum=31)
        self.nth = combo(((n, festivals.nth_label(n)) for n in range(1, 6)), blank=None)
        self.weekday = combo(((d, festivals.weekday_label(d)) for d in range(7)), blank=None)
        self.term = combo(((t, festivals.term_label(t)) for t in festivals.TERMS), blank=None)
        self.message_kind = combo(
            ((k, messages.kind_label(k)) for k in ("holiday", "season")), blank=None
        )
        self.template = combo((), blank=tr("The first message of its kind"))
        self.active = QCheckBox(tr("Greet customers on this day"))
        self.form = FieldForm()
        fields = QFormLayout()
        self.form.add(fields, "name", self.name, tr("Name"))
        self.form.add(fields, "rule", self.rule, tr("Date"))
        self.form.add(fields, "month", self.month, tr("Month"))
        self.form.add(fields, "day", self.day, tr("Day"))
        self.form.add(fields, "nth", self.nth, tr("Which"))
        self.form.add(fields, "weekday", self.weekday, tr("Weekday"))
        self.form.add(fields, "term", self.term, tr("Solar term"))
        self.form.add(fields, "message_kind", self.message_kind, tr("Message"))
        self.form.add(fields, "template_id", self.template, tr("Its own message"))
        self.form.add(fields, "active", self.active, tr("Greeted"))
        self.fields = fields
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("New festival"), self.new),
            (tr("Remove"), self.remove),
            (tr("Save festival"), self.save),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.layout().addLayout(fields)
        self.layout().addLayout(buttons)
        self.rule.currentIndexChanged.connect(self._show_fields)
        self.message_kind.currentIndexChanged.connect(self._fill_templates)
        self.view.selectionModel().currentChanged.connect(lambda current, _: self._load(current))
        self.reload()

    def reload(self) -> None:
        self.clear()
        self.rows = festivals.all_festivals()
        for festival in self.rows:
            self.model.appendRow(
                item_row(
                    (
                        festival.name,
                        festivals.describe(festival),
                        messages.kind_label(festival.message_kind),
                        tr("yes") if festival.active else tr("no"),
                    )
                )
            )
        self.fit_columns()
        self.new()

    def _show_fields(self) -> None:
        rule = self.rule.currentData()
        shown = {
            "month": rule != "term",
            "day": rule in ("solar", "lunar"),
            "nth": rule == "weekday",
            "weekday": rule == "weekday",
            "term": rule == "term",
        }
        for name, visible in shown.items():
            self.fields.setRowVisible(self.form.fields[name].widget.parentWidget(), visible)

    def _fill_templates(self) -> None:
        chosen = self.template.currentData()
        self.template.blockSignals(True)
        while self.template.count() > 1:
            self.template.removeItem(1)
        for template in messages.templates(self.message_kind.currentData()):
            self.template.addItem(template.title, template.id)
        self.template.setCurrentIndex(max(self.template.findData(chosen), 0))
        self.template.blockSignals(False)

    def _load(self, index: object) -> None:
        row = getattr(index, "row", lambda: -1)()
        if not 0 <= row < len(self.rows):
            return
        festival = self.rows[row]
        self.editing = festival.id
        self.form.load(
            {
                "name": festival.name,
                "rule": festival.rule,
                "month": festival.month or 1,
                "day": festival.day if festival.rule != "weekday" else 1,
                "nth": festival.day if festival.rule == "weekday" else 1,
                "weekday": festival.weekday or 0,
                "term": festival.term or festivals.TERMS[0],
                "message_kind": festival.message_kind,
                "active": festival.active,
            }
        )
        self._fill_templates()
        self.template.setCurrentIndex(max(self.template.findData(festival.template_id), 0))

    def new(self) -> None:
        self.editing = None
        self.form.load({"name": "", "rule": "solar", "month": 1, "day": 1, "active": True})
        self._fill_templates()
        self._show_fields()

    def save(self) -> None:
        rule = self.rule.currentData()
        data = FestivalInput(
            name=self.name.text(),
            rule=rule,
            month=self.month.value(),
            day=self.nth.currentData() if rule == "weekday" else self.day.value(),
            weekday=self.weekday.currentData(),
            term=self.term.currentData(),
            message_kind=self.message_kind.currentData(),
            template_id=self.template.currentData(),
            active=self.active.isChecked(),
        )
        saved = call_domain(
            lambda: festivals.save_festival(session.actor(), data, self.editing), self._show_errors
        )
        if saved is not None:
            self.reload()

    def _show_errors(self, errors: dict[str, str]) -> None:
        """For a weekday festival the domain's day is which weekday of the month."""
        if self.rule.currentData() == "weekday" and "day" in errors:
            errors = {("nth" if name == "day" else name): text for name, text in errors.items()}
        self.form.show_errors(errors)

    def remove(self) -> None:
        if self.editing is not None:
            festivals.remove_festival(session.actor(), self.editing)
            self.reload()


class CareRulesForm(QWidget):
    """The numbers and wording behind the follow-up rules."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("careRules")
        ranks = [(t.rank, t.name) for t in tiers.tiers()]
        self.options = OptionsForm(
            [(None, options.on_screen(options.CARE))],
            editors={
                "gift_min_tier_rank": combo(ranks, blank=None),
                "personal_greeting_min_tier_rank": combo(ranks, blank=None),
            },
        )
        for kind, key in followups.FURNITURE_TEXT_KEYS.items():
            self.options.editor(key).setPlaceholderText(followups.default_furniture_text(kind))
        note = QLabel(
            tr(
                "Birthdays, festivals and the “we miss you” note after the dormant days "
                "(see Loyalty) follow these rules; festival and season greetings and “we miss "
                "you” notes only go to customers who accept messages."
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        save = QPushButton(tr("Save rules"))
        save.setObjectName("saveRulesButton")
        save.clicked.connect(self.save)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        layout = QVBoxLayout(self)
        layout.addWidget(self.options)
        layout.addWidget(note)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.notice)
        layout.addStretch(1)

    def save(self) -> None:
        if self.options.save():
            self.notice.setText(
                tr("Saved: the follow-ups follow the new rules when planned again.")
            )


class CareSettingsDialog(FormDialog):
    """Messages, festivals and follow-up rules, each saved on its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("careSettings", tr("Follow-up settings"), parent)
        self.library = MessageLibrary()
        self.festivals = FestivalEditor()
        self.rules = CareRulesForm()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.library, tr("Message library"))
        self.tabs.addTab(self.festivals, tr("Festivals"))
        self.tabs.addTab(self.rules, tr("Follow-up rules"))
        self.lay_out([self.tabs])
        self.resize(900, 680)

"""The editable parts of her card: hard profile, soft profile, home.

Each tab is a form of bound fields, one per field of its group in the field
table (customers/fields.py), edited with the widget of its kind; the card
collects what changed from all three and saves it through the domain in one go.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import shown, tr
from shopcrm.customers.fields import Group, Kind, ProfileField, in_group
from shopcrm.staff import roster
from shopcrm.ui.widgets import FieldForm, combo


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines)
    return box


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def _input(field: ProfileField) -> QWidget:
    """The widget a field of this kind is edited with."""
    if field.kind is Kind.LONG_TEXT:
        return _text_box(field.lines)
    if field.kind is Kind.CHOICE:
        choices = ((code, shown(field.words[code])) for code in field.codes)
        return combo(choices, None if field.required else "")
    if field.kind is Kind.STAFF:
        return combo(((s.id, s.name) for s in roster.active_staff()), blank=tr("(none)"))
    if field.kind is Kind.FLAG:
        return QCheckBox()
    line = QLineEdit()
    if field.kind is Kind.DATE:
        line.setPlaceholderText(tr("e.g. 1990-05-03"))
    return line


def _add_fields(form: FieldForm, layout: QFormLayout, group: Group) -> None:
    for field in in_group(group):
        form.add(layout, field.name, _input(field))


def profile_tab(form: FieldForm) -> QWidget:
    """Hard facts: how to reach her, her sizes, who serves her."""
    page = QWidget()
    _add_fields(form, QFormLayout(page), "hard")
    return _scrolling(page)


class AboutTab(QWidget):
    """Soft knowledge, with the completeness meter clerks are scored on."""

    def __init__(self, form: FieldForm) -> None:
        super().__init__()
        self.meter = QProgressBar()
        self.meter.setObjectName("completenessMeter")
        self.meter.setRange(0, 100)
        self.meter.setFormat(
            tr("Profile {p}% complete (hard facts 20%, knowing her 80%)").replace("{p}", "%p")
        )
        inner = QWidget()
        _add_fields(form, QFormLayout(inner), "soft")
        column = QVBoxLayout(self)
        column.addWidget(self.meter)
        column.addWidget(_scrolling(inner))

    def show_completeness(self, fraction: float) -> None:
        self.meter.setValue(round(fraction * 100))


def home_tab(form: FieldForm) -> QWidget:
    """Where she lives, for a furniture shop: what fits, what to deliver where."""
    page = QWidget()
    layout = QFormLayout(page)
    _add_fields(form, layout, "home")
    hint = QLabel(tr("Delivery address and room are recorded with each sale."))
    hint.setObjectName("hint")
    layout.addRow(hint)
    return page

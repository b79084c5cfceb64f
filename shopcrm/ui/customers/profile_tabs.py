"""The editable parts of her card: hard profile, soft profile, home.

Each tab is a form of bound fields, one per field of its group in the field
table (customers/fields.py), edited with the widget of its kind; the card
collects what changed from all three and saves it through the domain in one go.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import shown, tr
from shopcrm.customers.fields import Group, Kind, ProfileField, in_group
from shopcrm.ui.widgets import FieldForm, combo


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines)
    return box


def _scrolling_form() -> tuple[QScrollArea, QFormLayout]:
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    layout = QFormLayout(inner)
    area.setWidget(inner)
    return area, layout


Clerks = Sequence[tuple[int, str]]  # (id, name) of the clerks a customer can be given


def _input(field: ProfileField, clerks: Clerks) -> QWidget:
    """The widget a field of this kind is edited with."""
    if field.kind is Kind.LONG_TEXT:
        return _text_box(field.lines)
    if field.kind is Kind.CHOICE:
        choices = ((code, shown(field.words[code])) for code in field.codes)
        return combo(choices, None if field.required else "")
    if field.kind is Kind.STAFF:
        return combo(clerks, blank=tr("(none)"))
    if field.kind is Kind.FLAG:
        return QCheckBox()
    line = QLineEdit()
    if field.kind is Kind.DATE:
        line.setPlaceholderText(tr("e.g. 1990-05-03"))
    return line


def _add_fields(form: FieldForm, layout: QFormLayout, group: Group, clerks: Clerks = ()) -> None:
    for field in in_group(group):
        form.add(layout, field.name, _input(field, clerks))


def add_profile_tab(tabs: QTabWidget, form: FieldForm, title: str, clerks: Clerks) -> QWidget:
    """Hard facts: how to reach her, her sizes, who serves her."""
    area, layout = _scrolling_form()
    tabs.addTab(area, title)
    _add_fields(form, layout, "hard", clerks)
    return area


class AboutTab(QWidget):
    """Soft knowledge, with the completeness meter clerks are scored on.

    Its fields come once the tab has its place (`add_fields`): fields moved in with
    the style sheet applied would be styled twice."""

    def __init__(self) -> None:
        super().__init__()
        self.meter = QProgressBar()
        self.meter.setObjectName("completenessMeter")
        self.meter.setRange(0, 100)
        self.meter.setFormat(
            tr("Profile {p}% complete (hard facts 20%, knowing the customer 80%)").replace(
                "{p}", "%p"
            )
        )
        area, self._fields = _scrolling_form()
        column = QVBoxLayout(self)
        column.addWidget(self.meter)
        column.addWidget(area)

    def add_fields(self, form: FieldForm) -> None:
        _add_fields(form, self._fields, "soft")

    def show_completeness(self, fraction: float) -> None:
        self.meter.setValue(round(fraction * 100))


def add_home_tab(tabs: QTabWidget, form: FieldForm, title: str) -> None:
    """Where she lives, for a furniture shop: what fits, what to deliver where."""
    page = QWidget()
    tabs.addTab(page, title)
    layout = QFormLayout(page)
    _add_fields(form, layout, "home")
    hint = QLabel(tr("Delivery address and room are recorded with each sale."))
    hint.setObjectName("hint")
    layout.addRow(hint)

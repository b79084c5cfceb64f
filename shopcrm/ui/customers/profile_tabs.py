"""The editable parts of her card: hard profile, soft profile, home.

Each tab is a form of bound fields; the card collects what changed from all
three and saves it through the domain in one go.
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

from shopcrm.core.i18n import tr
from shopcrm.customers.labels import channel_label, gender_label, status_label
from shopcrm.staff import roster
from shopcrm.storage.models import CONTACT_CHANNELS, GENDERS, LIFECYCLE
from shopcrm.ui.widgets import FieldForm, combo


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines)
    return box


def _scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(inner)
    return area


def profile_tab(form: FieldForm) -> QWidget:
    """Hard facts: how to reach her, her sizes, who serves her."""
    page = QWidget()
    layout = QFormLayout(page)
    line = QLineEdit
    form.add(layout, "name", line())
    form.add(layout, "gender", combo((g, gender_label(g)) for g in GENDERS))
    form.add(layout, "ethnicity", line())
    birthday = line()
    birthday.setPlaceholderText(tr("e.g. 1990-05-03"))
    form.add(layout, "birth_date", birthday)
    form.add(layout, "birthday_lunar", QCheckBox())
    form.add(layout, "birth_year_approx", line())
    form.add(layout, "phone", line())
    form.add(layout, "phone2", line())
    form.add(layout, "wechat", line())
    form.add(layout, "email", line())
    form.add(layout, "address", _text_box(2))
    form.add(layout, "native_place", line())
    form.add(layout, "size_top", line())
    form.add(layout, "size_bottom", line())
    form.add(layout, "size_shoe", line())
    form.add(
        layout,
        "clerk",
        combo(((s.id, s.name) for s in roster.active_staff()), blank=tr("(none)")),
    )
    form.add(layout, "status", combo(((c, status_label(c)) for c in LIFECYCLE), None))
    form.add(
        layout,
        "preferred_channel",
        combo((c, channel_label(c)) for c in CONTACT_CHANNELS),
    )
    form.add(layout, "accepts_promotions", QCheckBox())
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
        layout = QFormLayout(inner)
        line = QLineEdit
        form.add(layout, "occupation", line())
        form.add(layout, "employer", line())
        form.add(layout, "position", line())
        form.add(layout, "income_band", line())
        form.add(layout, "family", _text_box())
        form.add(layout, "personality", _text_box())
        form.add(layout, "spending_habits", _text_box())
        form.add(layout, "style_preferences", _text_box())
        form.add(layout, "hobbies", _text_box())
        form.add(layout, "lifestyle", _text_box())
        form.add(layout, "values", _text_box())
        form.add(layout, "notes", _text_box(4))
        column = QVBoxLayout(self)
        column.addWidget(self.meter)
        column.addWidget(_scrolling(inner))

    def show_completeness(self, fraction: float) -> None:
        self.meter.setValue(round(fraction * 100))


def home_tab(form: FieldForm) -> QWidget:
    """Where she lives, for a furniture shop: what fits, what to deliver where."""
    page = QWidget()
    layout = QFormLayout(page)
    form.add(layout, "home_community", QLineEdit())
    form.add(layout, "home_type", QLineEdit())
    form.add(layout, "home_area_m2", QLineEdit())
    form.add(layout, "home_layout", QLineEdit())
    form.add(layout, "home_building_year", QLineEdit())
    hint = QLabel(tr("Delivery address and room are recorded with each sale."))
    hint.setObjectName("hint")
    layout.addRow(hint)
    return page

"""The parts every screen shares: fields bound to input widgets with their errors in
place, the shop's options as a form, the clerk chooser, and calling the domain.

A rejected field turns red with its reason beside it; what the clerk typed is
never touched, so a validation error loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.customers.labels import field_label
from shopcrm.shop import shop_settings
from shopcrm.staff import roster
from shopcrm.storage import faults, options
from shopcrm.storage.models import Staff
from shopcrm.ui import session
from shopcrm.ui.operations import shop_fault

T = TypeVar("T")


def combo(choices: Iterable[tuple[Any, str]], blank: str | None = "") -> QComboBox:
    """A combo box whose items carry stored codes as data; `blank` adds an empty choice."""
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for code, label in choices:
        box.addItem(label, code)
    return box


def clerk_combo(blank: str | None = "") -> QComboBox:
    """The shop's active clerks to choose from, their ids as data; `blank` as for combo."""
    return combo(((person.id, person.name) for person in roster.active_staff()), blank=blank)


def call_domain(
    call: Callable[[], T],
    show: Callable[[dict[str, str]], None],
    on_busy: Callable[[], None] | None = None,
) -> T | None:
    """Do one domain call for a widget and show how it went: a ValidationError field by
    field, any other ShopError (a full disk or a busy shop among them, see storage.faults)
    under "" (the form's own message), nothing on success.

    Returns the call's result, or None when it was refused; `on_busy` is called when
    the refusal was another writer holding the shop, so the caller can try again.
    """
    try:
        result = call()
    except ValidationError as exc:
        show(exc.errors)
        return None
    except Exception as exc:
        known = shop_fault(exc)
        if known is None:
            raise
        show({"": str(known)})
        if on_busy is not None and isinstance(known, faults.ShopBusy):
            on_busy()
        return None
    show({})
    return result


@dataclass
class Binding:
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    layout: QFormLayout
    _error: QLabel | None = None

    @property
    def error(self) -> QLabel:
        """The line under the field that says what is wrong with it, made the first time
        there is something to say: a form of forty fields opens without forty more labels."""
        if self._error is None:
            self._error = QLabel()
            self._error.setObjectName("fieldError")
            self._error.setWordWrap(True)
            self._error.hide()
            self._hold_with_error()
        return self._error

    def _hold_with_error(self) -> None:
        """The field and its error line one under the other in the field's place."""
        typing, hidden = self.widget.hasFocus(), self.widget.isHidden()
        row, _ = self.layout.getWidgetPosition(self.widget)
        self.layout.removeWidget(self.widget)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.widget)
        column.addWidget(self._error)
        self.layout.setWidget(row, QFormLayout.ItemRole.FieldRole, holder)
        # Moved, a widget is hidden until shown again; Qt would show them only later.
        self.widget.setHidden(hidden)
        holder.show()
        if typing:
            self.widget.setFocus()

    def say(self, message: str | None) -> None:
        set_invalid(self.widget, message)
        if message is None and self._error is None:
            return
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


def _accessors(widget: QWidget) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    if isinstance(widget, QLineEdit):
        return widget.text, lambda v: widget.setText("" if v is None else str(v))
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText, lambda v: widget.setPlainText("" if v is None else str(v))
    if isinstance(widget, QCheckBox):
        return widget.isChecked, lambda v: widget.setChecked(bool(v))
    if isinstance(widget, QComboBox):
        return widget.currentData, lambda v: widget.setCurrentIndex(max(widget.findData(v), 0))
    if isinstance(widget, QSpinBox):
        return widget.value, lambda v: widget.setValue(int(v or 0))
    if isinstance(widget, QDateEdit):
        return lambda: widget.date().toPython(), lambda v: widget.setDate(v) if v else None
    raise TypeError(f"no accessors for {type(widget).__name__}")


def _changed_signal(widget: QWidget) -> Signal:
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QSpinBox):
        return widget.valueChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    return widget.currentIndexChanged


def set_invalid(widget: QWidget, message: str | None) -> None:
    """Turn `widget` red with `message` as its tooltip, or back to normal."""
    widget.setToolTip(message or "")
    if bool(widget.property("invalid")) == bool(message):
        return  # the style sheet's look is already right; polishing again costs
    widget.setProperty("invalid", bool(message))
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def wrapped_label(name: str, text: str = "") -> QLabel:
    """A label styled by its object name that wraps long text."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    return label


def waiting(call: Callable[[], T]) -> T:
    """A call that takes a moment (argon2 on purpose, a batch of thousands): the wait
    cursor says so."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return call()
    finally:
        QApplication.restoreOverrideCursor()


class _FollowWidth(QObject):
    """Keeps a scroll area as wide as what it holds needs, as that grows (a button's text)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.fit()
        return False

    def fit(self) -> None:
        inner = self.area.widget()
        bar = self.area.verticalScrollBar().sizeHint().width()
        self.area.setMinimumWidth(inner.minimumSizeHint().width() + bar)


def scrolling(inner: QWidget, name: str, *, follow_width: bool = True) -> QScrollArea:
    """`inner` in a frameless area that scrolls up and down when the screen is short
    (a large font on a 1366×768 screen); `name` is its object name, for the style. It
    follows its content's width, unless told to keep the width it is given (a page
    whose width must not move)."""
    inner.setObjectName(name)
    area = QScrollArea()
    area.setWidget(inner)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setStyleSheet(f"QScrollArea, QWidget#{name} {{ background: transparent; }}")
    if not follow_width:
        return area
    follow = _FollowWidth(area)
    inner.installEventFilter(follow)
    follow.fit()
    return area


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size `window` as wished, within the screen it opens on: at a large font a dialog's
    wish outgrows a 1366×768 screen, and its buttons would fall off it."""
    screen = (window.parentWidget() or window).screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    window.resize(min(width, room.width() - 40), min(height, room.height() - 60))


class FieldForm:
    """A group of bound fields: values in, values out, changes and errors."""

    def __init__(self, on_edit: Callable[[], None] | None = None) -> None:
        self.fields: dict[str, Binding] = {}
        self._loaded: dict[str, Any] = {}
        self._on_edit = on_edit

    def add(
        self, layout: QFormLayout, name: str, widget: QWidget, label: str | None = None
    ) -> None:
        """Put a labelled field (a profile field's own label by default); its error
        message goes under it when there is one."""
        layout.addRow(label or field_label(name), widget)
        widget.setObjectName(f"field_{name}")
        get, put = _accessors(widget)
        self.fields[name] = Binding(widget, get, put, layout)
        if self._on_edit is not None:
            _changed_signal(widget).connect(self._on_edit)

    def load(self, values: dict[str, Any]) -> None:
        for name, binding in self.fields.items():
            if name in values:
                binding.put(values[name])
        self._loaded = {name: self._normal(b.get()) for name, b in self.fields.items()}
        self.show_errors({})

    def load_some(self, values: dict[str, Any]) -> None:
        """Load these fields alone, keeping what is being typed in the others."""
        for name, value in values.items():
            self.fields[name].put(value)
            self._loaded[name] = self._normal(self.fields[name].get())

    @staticmethod
    def _normal(value: Any) -> Any:
        return value.strip() if isinstance(value, str) else value

    def values(self) -> dict[str, Any]:
        return {name: binding.get() for name, binding in self.fields.items()}

    def changed(self) -> dict[str, Any]:
        """The fields whose value differs from what was loaded."""
        return {
            name: value
            for name, value in self.values().items()
            if self._normal(value) != self._loaded.get(name)
        }

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, binding in self.fields.items():
            binding.say(errors.get(name))

    def first_invalid(self, errors: dict[str, str]) -> QWidget | None:
        return next((b.widget for n, b in self.fields.items() if n in errors), None)


def dialog_buttons(dialog: QDialog, save: Callable[[], None] | None = None) -> QDialogButtonBox:
    """Save (calling `save`) and Cancel for a dialog that edits, Close alone for one that
    saves as it goes."""
    if save is None:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    else:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def dialog_layout(
    dialog: QDialog, parts: Iterable[QWidget | QLayout], buttons: QDialogButtonBox
) -> QVBoxLayout:
    """Lay out a dialog: its parts one under the other, its buttons at the bottom."""
    column = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    column.addWidget(buttons)
    return column


def form_dialog_layout(dialog: QDialog, fields: QFormLayout, save: Callable[[], None]) -> None:
    """Lay out a small editing dialog: its fields over Save and Cancel."""
    dialog_layout(dialog, [fields], dialog_buttons(dialog, save))


class FormDialog(QDialog):
    """The skeleton of the owner's settings dialogs: named (for tests and the style
    sheet) and titled, its parts one under the other over Save and Cancel, or Close."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)

    def lay_out(
        self, parts: Iterable[QWidget | QLayout], save: Callable[[], None] | None = None
    ) -> QDialogButtonBox:
        """Lay the dialog out; Save calls `save`, and without one it has Close alone."""
        buttons = dialog_buttons(self, save)
        dialog_layout(self, parts, buttons)
        return buttons


def option_editor(name: str) -> QWidget:
    """The editor an option's type asks for: a spin box within its bounds, its choices,
    a day of the year, else a line to type in."""
    kind = options.OPTIONS[name].kind
    if isinstance(kind, options.Whole):
        return QSpinBox(minimum=kind.low, maximum=kind.high)
    if isinstance(kind, options.Choice):
        return combo(options.choices(name), blank=None)
    if isinstance(kind, options.Yearly):
        day = QDateEdit()
        day.setDisplayFormat("MM-dd")
        return day
    return QLineEdit()


def option_shown(name: str, editor: QWidget) -> Any:
    """The option's value as `editor` takes it: text to type, a number, a code, a date."""
    value = options.get(name)
    if isinstance(editor, QLineEdit):
        return options.OPTIONS[name].kind.text(value)
    if isinstance(editor, QDateEdit):
        return value.on(options.COMMON_YEAR)
    return value


class OptionsForm(QWidget):
    """Labelled editors for some of the shop's options, in groups, each error shown beside
    its field; Save checks them all and writes all or none.

    `save` is shop_settings.save, or a feature's own that follows the change in the same
    transaction; either takes the signed-in person, who must be the owner. `editors`
    replaces the editor of an option (the tiers to choose from).
    """

    def __init__(
        self,
        groups: Sequence[tuple[str | None, Sequence[str]]],
        save: Callable[[Staff, dict[str, Any]], object] = shop_settings.save,
        editors: Mapping[str, QWidget] | None = None,
    ) -> None:
        super().__init__()
        self.form = FieldForm()
        self._save = save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        editors = editors or {}
        for title, names in groups:
            rows = QFormLayout()
            if title is None:
                layout.addLayout(rows)
            else:
                box = QGroupBox(title)
                box.setLayout(rows)
                layout.addWidget(box)
            for name in names:
                editor = editors[name] if name in editors else option_editor(name)
                self.form.add(rows, name, editor, options.OPTIONS[name].describe())
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.load()

    def editor(self, name: str) -> QWidget:
        return self.form.fields[name].widget

    def load(self) -> None:
        self.form.load({n: option_shown(n, b.widget) for n, b in self.form.fields.items()})

    def show_errors(self, errors: dict[str, str]) -> None:
        self.form.show_errors(errors)
        self.message.setText(errors.get("", ""))
        self.message.setVisible("" in errors)

    def save(self) -> bool:
        """Save what was changed; False, with the errors shown, when it was refused."""
        if (
            call_domain(lambda: self._save(session.actor(), self.form.changed()), self.show_errors)
            is None
        ):
            return False
        self.load()
        return True

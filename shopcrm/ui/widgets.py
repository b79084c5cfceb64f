"""Binding profile fields to input widgets, and showing a field's error in place.

A rejected field turns red with its reason beside it; what the clerk typed is
never touched, so a validation error loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shopcrm.customers.labels import field_label


def combo(choices: Iterable[tuple[Any, str]], blank: str | None = "") -> QComboBox:
    """A combo box whose items carry stored codes as data; `blank` adds an empty choice."""
    box = QComboBox()
    if blank is not None:
        box.addItem(blank, None)
    for code, label in choices:
        box.addItem(label, code)
    return box


@dataclass
class Binding:
    widget: QWidget
    get: Callable[[], Any]
    put: Callable[[Any], None]
    error: QLabel


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
    widget.setProperty("invalid", bool(message))
    widget.setToolTip(message or "")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldForm:
    """A group of bound fields: values in, values out, changes and errors."""

    def __init__(self, on_edit: Callable[[], None] | None = None) -> None:
        self.fields: dict[str, Binding] = {}
        self._loaded: dict[str, Any] = {}
        self._on_edit = on_edit

    def add(
        self, layout: QFormLayout, name: str, widget: QWidget, label: str | None = None
    ) -> QWidget:
        """Put a labelled field (a profile field's own label by default) with room for
        its error message under it."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        column.addWidget(error)
        layout.addRow(label or field_label(name), holder)
        widget.setObjectName(f"field_{name}")
        get, put = _accessors(widget)
        self.fields[name] = Binding(widget, get, put, error)
        if self._on_edit is not None:
            _changed_signal(widget).connect(self._on_edit)
        return holder

    def load(self, values: dict[str, Any]) -> None:
        for name, binding in self.fields.items():
            if name in values:
                binding.put(values[name])
        self._loaded = {name: self._normal(b.get()) for name, b in self.fields.items()}
        self.show_errors({})

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
            message = errors.get(name)
            set_invalid(binding.widget, message)
            binding.error.setText(message or "")
            binding.error.setVisible(bool(message))

    def first_invalid(self, errors: dict[str, str]) -> QWidget | None:
        return next((b.widget for n, b in self.fields.items() if n in errors), None)


def form_dialog_layout(dialog: QDialog, fields: QFormLayout, save: Callable[[], None]) -> None:
    """Lay out a small editing dialog: its fields over Save and Cancel."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    column = QVBoxLayout(dialog)
    column.addLayout(fields)
    column.addWidget(buttons)

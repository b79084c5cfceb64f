"""Dates as the screens show them: in the short form of the program's language."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def date_text(value: object) -> str:
    return QLocale().toString(value, QLocale.FormatType.ShortFormat) if value else ""

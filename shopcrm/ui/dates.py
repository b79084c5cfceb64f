"""Dates as the screens show them: one style in either language, 2026-12-01, the way the
date editors, the exported workbooks and the program's messages write them. It reads
the same to a Chinese and an English reader (12/1/26 does not) and sorts as it reads."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

DAY = "%Y-%m-%d"
MOMENT = "%Y-%m-%d %H:%M"
# The same styles for Qt's date editors.
DAY_EDIT = "yyyy-MM-dd"
MOMENT_EDIT = "yyyy-MM-dd HH:mm"


def date_text(value: dt.date | None) -> str:
    """A day, or a moment (a datetime) to the minute; nothing for no date."""
    if not value:
        return ""
    return value.strftime(MOMENT if isinstance(value, dt.datetime) else DAY)


def day_edit(day: dt.date | None = None) -> QDateEdit:
    """A day to type or pick from a calendar, written in the screens' one style."""
    edit = QDateEdit(QDate(day)) if day else QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DAY_EDIT)
    return edit

"""This PC's own choices (language, font size, window state), kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from shopcrm.core.i18n import system_language

LANGUAGES = ("zh_CN", "en")
FONT_SIZES = (10, 11, 12, 13, 14, 16, 18)
DEFAULT_FONT_SIZE = 12


def store() -> QSettings:
    return QSettings()


def language() -> str:
    chosen = store().value("language", system_language())
    return chosen if chosen in LANGUAGES else "en"


def font_size() -> int:
    try:
        size = int(store().value("font_size", DEFAULT_FONT_SIZE))
    except (TypeError, ValueError):
        return DEFAULT_FONT_SIZE
    return size if size in FONT_SIZES else DEFAULT_FONT_SIZE


def save(language_code: str, size: int) -> None:
    settings = store()
    settings.setValue("language", language_code)
    settings.setValue("font_size", size)

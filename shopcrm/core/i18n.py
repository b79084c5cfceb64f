"""Translation hook for the domain layer, which must not import Qt.

The GUI installs Qt's translator here at start; the command line and tests keep
the identity, so messages read in the source language (English).
"""

from __future__ import annotations

import locale
import os
from collections.abc import Callable

CONTEXT = "shopcrm"

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def tr(text: str, context: str = CONTEXT) -> str:
    """Mark `text` for translation and return it in the UI language."""
    return _translate(context, text)


def system_language() -> str:
    """'zh_CN' when the system speaks Chinese, else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith(("zh", "chinese")) else "en"

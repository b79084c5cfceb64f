"""Translation for every layer; the domain never imports Qt.

`tr("…")` marks a text and returns it in the UI language; `trn(singular, plural, n)`
does the same for a text about a count, in the language's plural form;
`by_gender` picks a customer's her/his/neutral text. Each text
belongs to the context of the feature it is written in (`loyalty`, `care`, …;
`shopcrm` for the shared parts), found from the calling module, so one English
word can be translated differently in two features. The GUI installs Qt's
translator here at start; the command line and tests keep the source language
(English). Words written into files in a language other than the window's come
from the same catalogue, read from its .ts file (`in_language`), so a third
language is one more .ts file.
"""

from __future__ import annotations

import locale
import os
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from types import FrameType

from shopcrm.core.paths import RESOURCES

GENERAL = "shopcrm"
LANGUAGES = ("zh_CN", "en")
TRANSLATIONS = RESOURCES / "translations"

# (context, source text, count or -1) -> the text in the UI language.
Translate = Callable[[str, str, int], str]

_translate: Translate | None = None
_contexts: dict[str, str] = {}


def context_of(module: str) -> str:
    """The translation context of a module: its feature package, else the general one.

    shopcrm.loyalty.points and shopcrm.ui.loyalty.tier_settings are both `loyalty`;
    shopcrm.cli and shopcrm.ui.main_window are `shopcrm`.
    """
    found = _contexts.get(module)
    if found is None:
        parts = module.split(".")
        inner = parts[1:] if parts[0] == "shopcrm" else []
        if inner[:1] == ["ui"]:
            inner = inner[1:]
        found = inner[0] if len(inner) >= 2 else GENERAL
        _contexts[module] = found
    return found


def _context(frame: FrameType | None) -> str:
    return context_of(frame.f_globals.get("__name__", "")) if frame else GENERAL


class Text(str):
    """A text marked for translation but kept in its source words, with the context
    it was written in, so it can be shown later in whatever language is asked for:
    the window's (`shown`) or a file's (`in_language(...).tr`)."""

    context: str


def marked(text: str, context: str | None = None) -> Text:
    """Mark `text` for the catalogue without translating it yet (e.g. in a table built
    at import); `context` files it under another feature's words than the caller's."""
    found = Text(text)
    found.context = context or _context(sys._getframe(1))
    return found


def shown(text: str) -> str:
    """A marked text in the UI language; any other text as it is."""
    if _translate is None or not isinstance(text, Text):
        return str(text)
    return _translate(text.context, str(text), -1)


def install(translate: Translate | None) -> None:
    """Use `translate` for every text from now on; None shows the source texts."""
    global _translate
    _translate = translate


def english_plural(forms: list[str], n: int) -> str:
    return forms[0] if n == 1 or len(forms) == 1 else forms[1]


def tr(text: str) -> str:
    """Mark `text` for translation and return it in the UI language."""
    if _translate is None:
        return text
    return _translate(_context(sys._getframe(1)), text, -1)


def trn(singular: str, plural: str, n: int) -> str:
    """The form of a text about `n` things (placeholders still to fill, {n} among them)."""
    if _translate is None:
        return english_plural([singular, plural], n)
    return _translate(_context(sys._getframe(1)), plural, n)


def by_gender(gender: str | None, her: str, his: str, neutral: str) -> str:
    """The text about one customer in the words her gender takes: `her` for a woman,
    `his` for a man, `neutral` when it is not known or neither, so a man's card does
    not say 她. Each is a whole tr() text, so translators see full sentences."""
    return {"female": her, "male": his}.get(gender or "", neutral)


# How each language picks a plural form from a count: the order of Qt's numerus forms.
PLURAL_FORM: dict[str, Callable[[int], int]] = {
    "zh_CN": lambda n: 0,
    "en": lambda n: 0 if n == 1 else 1,
}


class Words:
    """The catalogue of one language, for words written into files in that language."""

    def __init__(self, language: str, entries: dict[tuple[str, str], str | list[str]]) -> None:
        self.language = language
        self.entries = entries

    def tr(self, text: str) -> str:
        """`text` in this language; a marked Text is looked up in its own context."""
        context = text.context if isinstance(text, Text) else _context(sys._getframe(1))
        found = self.entries.get((context, str(text)))
        return found if isinstance(found, str) else str(text)

    def trn(self, singular: str, plural: str, n: int) -> str:
        found = self.entries.get((_context(sys._getframe(1)), plural))
        if not isinstance(found, list) or not found:
            return english_plural([singular, plural], n)
        pick = PLURAL_FORM.get(self.language, PLURAL_FORM["en"])(n)
        return found[min(pick, len(found) - 1)]


def read_ts(path: os.PathLike[str] | str) -> dict[tuple[str, str], str | list[str]]:
    """(context, source) -> its finished translation (a list of forms for a count)."""
    done: dict[tuple[str, str], str | list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or GENERAL
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") is not None:
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if message.get("numerus") == "yes":
                if forms and all(forms):
                    done[(name, source)] = forms
            elif translation.text:
                done[(name, source)] = translation.text
    return done


class WindowWords:
    """The window's language, with the same methods as a file language's Words."""

    def tr(self, text: str) -> str:
        if isinstance(text, Text):
            return shown(text)
        if _translate is None:
            return text
        return _translate(_context(sys._getframe(1)), text, -1)

    def trn(self, singular: str, plural: str, n: int) -> str:
        if _translate is None:
            return english_plural([singular, plural], n)
        return _translate(_context(sys._getframe(1)), plural, n)


def words_for(language: str | None) -> Words | WindowWords:
    """The words of a file's `language`, or of the window when it is None."""
    return WindowWords() if language is None else in_language(language)


def available_languages() -> list[str]:
    """The languages there is a catalogue for, the source language first."""
    found = sorted(path.stem.removeprefix("shopcrm_") for path in TRANSLATIONS.glob("shopcrm_*.ts"))
    return ["en", *(code for code in found if code != "en")]


@cache
def in_language(language: str) -> Words:
    """The words of `language` (its .ts file); the source language needs none."""
    path = TRANSLATIONS / f"shopcrm_{language}.ts"
    return Words(language, read_ts(path) if path.exists() else {})


def system_language() -> str:
    """'zh_CN' when the system speaks Chinese, else 'en'."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    code = locale.getlocale()[0] or ""
    return "zh_CN" if code.lower().startswith(("zh", "chinese")) else "en"

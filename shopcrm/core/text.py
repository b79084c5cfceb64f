"""Text as people type and paste it, made safe to keep, search and print.

Pasted data brings invisible characters: zero-width spaces and byte-order
marks (a name then found by its characters but not by its initials), control
characters (NUL, ESC and BEL that reach a terminal), bidirectional overrides
that make a note read backwards, and lone surrogates that cannot be written
as UTF-8 at all. None of them is ever meant; they are removed before text is
stored, and limits are said the same way everywhere.
"""

from __future__ import annotations

import unicodedata

from shopcrm.core.i18n import trn

# Unicode categories that never show: format (zero-width, BOM, bidi overrides),
# control, and surrogates (half of a character).
INVISIBLE = frozenset({"Cf", "Cc", "Cs"})
KEPT_IN_LONG_TEXT = frozenset("\n\t")


def _visible(text: str, keep: frozenset[str]) -> str:
    return "".join(ch for ch in text if ch in keep or unicodedata.category(ch) not in INVISIBLE)


def visible_text(text: str) -> str:
    """One line as it looks: invisible characters dropped, white space runs one space."""
    if text.isprintable():  # the usual text: one pass in C finds nothing to drop
        return " ".join(text.split())
    kept = "".join(ch for ch in text if ch.isspace() or unicodedata.category(ch) not in INVISIBLE)
    return " ".join(kept.split())


def storable(text: str, *, lines: bool = True) -> str:
    """`text` without what is never meant; line breaks and tabs stay in a long text."""
    if text.isprintable():
        return text
    return _visible(text, KEPT_IN_LONG_TEXT if lines else frozenset())


def too_long(limit: int) -> str:
    """What to say when a text is over its limit."""
    return trn(
        "Too long: at most {n} character.", "Too long: at most {n} characters.", limit
    ).format(n=limit)


def display_width(text: str) -> int:
    """Columns the text takes in a terminal or a spreadsheet cell: a Chinese character two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

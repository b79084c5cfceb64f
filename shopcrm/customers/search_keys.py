"""Keys that let a clerk find a customer by what she can type fastest.

Each key is stored in an indexed column so that a prefix lookup (GLOB 'x*')
is a B-tree seek: reversed phone for "last four digits", reversed name for a
given name, pinyin initials (zxl) and full pinyin (zhangxiaoli), a character at a
time (core.pinyin). A surname with several readings (单 shan/dan, 曾 zeng/ceng)
adds its other readings to py_alt, which the trigram index covers.

Names pasted from chats and spreadsheets often carry characters nobody sees
(zero-width space, joiners, BOM, direction marks). They are dropped by
`visible_text` before a name is stored and before a query is looked up, so
the keys are the ones the clerk can type.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from shopcrm.core.pinyin import name_syllables, readings
from shopcrm.core.text import visible_text


# Format (Cf: U+200B-U+200D, U+2060, U+FEFF, soft hyphen, direction marks), control
# and lone surrogate characters: none shows on screen, so a clerk cannot type them.
def fold(text: str) -> str:
    """Lower-case, full-width to half-width, no spaces: how keys and queries compare."""
    return "".join(unicodedata.normalize("NFKC", visible_text(text)).lower().split())


@lru_cache(maxsize=200_000)
def name_keys(name: str) -> tuple[str, str, str]:
    """(initials, full pinyin, alternative readings) of a name."""
    words = unicodedata.normalize("NFKC", visible_text(name)).lower()
    syllables = name_syllables(words)
    if not syllables:
        return "", "", ""
    initials = "".join(s[0] for s in syllables)
    full = "".join(syllables)
    rest = syllables[1:]
    alternatives = [
        f"{reading[0]}{''.join(s[0] for s in rest)} {reading}{''.join(rest)}"
        for reading in readings(fold(name)[0])
        if reading != syllables[0]
    ]
    return initials, full, " ".join(alternatives)


SEARCH_COLUMNS = ("name_rev", "phone_rev", "py_initials", "py_full", "py_alt")


def search_columns(name: str, phone: str | None) -> dict[str, str | None]:
    """Values of the search-key columns for a customer."""
    initials, full, alternatives = name_keys(name)
    return {
        "name_rev": fold(name)[::-1],
        "phone_rev": phone[::-1] if phone else None,
        "py_initials": initials,
        "py_full": full,
        "py_alt": alternatives or None,
    }

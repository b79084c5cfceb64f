"""Pinyin of names, a character at a time, from pypinyin's own table of readings.

pypinyin's `lazy_pinyin` first cuts the text into words with its phrase dictionary:
a fifth of a second to load and some 90 µs a name, which an import of 100,000
different names pays in full. A name is not a phrase: read a character at a time,
the demo's 160,000 names come out as pypinyin reads them but for one given name it
takes for a word (于思, "bearded", yú sāi). What a character-by-character reading
gets wrong is the surname with several readings, read by its everyday sound
(曾 céng, 单 dān): SURNAMES holds how they are read as surnames, and every other
reading of the first character stays findable (`name_keys` in customers.search_keys).
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import cache
from pathlib import Path

# Surnames whose everyday reading (the table's first) is not how the surname is said.
SURNAMES = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "区": "ou",
    "仇": "qiu",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "尉": "yu",
    "缪": "miao",
    "翟": "zhai",
    "覃": "qin",
    "种": "chong",
    "乐": "yue",
    "长": "chang",
    "繁": "po",
    "员": "yun",
    "秘": "bi",
    "召": "shao",
    "佴": "nai",
    "句": "gou",
    "牟": "mu",
    "阚": "kan",
    "隗": "wei",
    "冼": "xian",
    "卜": "bu",
    "薄": "bo",
    "任": "ren",
}
COMPOUND_SURNAMES = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "单于": ("chan", "yu"),
    "长孙": ("zhang", "sun"),
}


@cache
def _table() -> dict[str, str]:
    """Code point (as text) -> its toned readings, the most common first; read from the
    package's data file so that importing pypinyin, which loads its phrases, is not paid."""
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pypinyin")
    path = Path(spec.origin).with_name("pinyin_dict.json")
    return json.loads(path.read_text(encoding="utf-8"))


def _plain(toned: str) -> str:
    """zhōng -> zhong, lǜ -> lv: the letters a clerk types."""
    letters = unicodedata.normalize("NFD", toned).replace("u\u0308", "v")
    return "".join(ch for ch in letters if not unicodedata.combining(ch))


@cache
def readings(char: str) -> tuple[str, ...]:
    """Every reading of one character without tones, the most common first; none for a
    character that is not Chinese."""
    toned = _table().get(str(ord(char)))
    return tuple(dict.fromkeys(map(_plain, toned.split(",")))) if toned else ()


def syllables(text: str) -> list[str]:
    """One syllable per Chinese character; a run of other characters is split into words
    at white space (Anna Li -> anna, li)."""
    found: list[str] = []
    run: list[str] = []
    for char in text:
        known = readings(char) if char > "\u3000" else ()
        if known:
            found.extend("".join(run).split())
            run.clear()
            found.append(known[0])
        else:
            run.append(char)
    found.extend("".join(run).split())
    return found


def name_syllables(name: str) -> list[str]:
    """A name's syllables with its surname read as a surname (曾 zeng, 单于 chanyu)."""
    found = syllables(name)
    if name[:2] in COMPOUND_SURNAMES:
        found[:2] = COMPOUND_SURNAMES[name[:2]]
    elif name[:1] in SURNAMES and found:
        found[0] = SURNAMES[name[0]]
    return found

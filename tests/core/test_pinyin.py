"""Names read a character at a time agree with pypinyin's phrase-by-phrase reading."""

from __future__ import annotations

import json

from pypinyin import Style, lazy_pinyin, pinyin

from shopcrm.core.paths import RESOURCES
from shopcrm.core.pinyin import SURNAMES, name_syllables, readings, syllables
from shopcrm.customers.search_keys import name_keys


def _demo_names() -> list[str]:
    """Every demo surname with a spread of the demo's given names: some 8,000 names."""
    names = json.loads((RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))
    surnames = [s for group in names["surnames"] for s in group["surnames"]]
    found = []
    for parts in names["given_names"].values():
        firsts, seconds = parts["first_of_two"], parts["second_or_only"]
        for n, surname in enumerate(surnames):
            found += [surname + seconds[(n + k) % len(seconds)] for k in range(0, 40, 7)]
            found += [
                surname + firsts[(n * 3 + k) % len(firsts)] + seconds[(n + 5 * k) % len(seconds)]
                for k in range(30)
            ]
    return found


def test_demo_names_read_as_pypinyin_reads_them() -> None:
    """Where they differ, pypinyin's reading is one a clerk can type to find her: its
    surname reading is among the name's alternatives, and 于思 is the one given name
    pypinyin takes for a word (yú sāi, bearded)."""
    names = _demo_names()
    assert len(names) > 5000
    differ = []
    for name in names:
        expected = "".join(lazy_pinyin(name))
        _initials, full, alternatives = name_keys(name)
        if full == expected:
            continue
        differ.append(name)
        assert expected in alternatives.split() or name.startswith("于思"), name
    assert {name[0] for name in differ} <= set(SURNAMES) | {"于"}


def test_readings_are_pypinyins_without_tones() -> None:
    for char in "曾单长女绿略乐〇":
        expected = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
        assert list(readings(char)) == list(dict.fromkeys(expected))
    assert readings("a") == readings("。") == readings("𠮷") == ()  # 𠮷: not in the table


def test_a_surname_is_read_as_a_surname() -> None:
    assert name_syllables("曾国藩") == ["zeng", "guo", "fan"]
    assert name_syllables("单于春") == ["chan", "yu", "chun"]
    assert name_syllables("长孙无忌") == ["zhang", "sun", "wu", "ji"]
    assert syllables("曾经") == ["ceng", "jing"]  # in other words, the everyday reading


def test_other_text_is_split_into_words() -> None:
    assert syllables("李Amy Wong") == ["li", "Amy", "Wong"]
    assert syllables("Anna Li") == ["Anna", "Li"]
    assert syllables("") == []
    assert name_syllables("") == []

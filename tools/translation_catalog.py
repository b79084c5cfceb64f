"""The translation catalogue: every tr("…") and trn("…", "…", n) text, in Qt's .ts format.

All user-visible text goes through `shopcrm.core.i18n` (`tr`, `trn`, `marked` for a
text kept untranslated until shown, or the methods of `in_language(...)` for
words written into files), so the catalogue
is found by reading the source: a call with anything but string literals is an
error, because it could never be translated. Each text is filed under the
context of the feature it is written in (i18n.context_of). Locations name the
file only, so adding a text does not move every other entry.

    python tools/translation_catalog.py

refreshes the .ts files, keeping every translation already made, and compiles
them to .qm with pyside6-lrelease.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from shopcrm.core.i18n import LANGUAGES, TRANSLATIONS, context_of, read_ts

PACKAGE = Path(__file__).resolve().parents[1] / "shopcrm"


class CatalogError(Exception):
    pass


@dataclass
class Message:
    """One text of one context; `singular` is set for a text about a count."""

    singular: str | None = None
    files: set[str] = field(default_factory=set)


Key = tuple[str, str]  # (context, source text; the plural form for a count)


def _called(call: ast.Call) -> str | None:
    func = call.func
    name = (
        func.id
        if isinstance(func, ast.Name)
        else func.attr
        if isinstance(func, ast.Attribute)
        else None
    )
    return name if name in ("tr", "trn", "marked") else None


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def messages(package: Path = PACKAGE) -> dict[Key, Message]:
    """Every translatable text, by context, with the files it is used in."""
    found: dict[Key, Message] = {}
    problems = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(package.parent).with_suffix("").parts)
        context = context_of(module)
        where = str(path.relative_to(package.parent))
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            kind = _called(node) if isinstance(node, ast.Call) else None
            if kind is None:
                continue
            wanted = 2 if kind == "trn" else 1
            texts = [_literal(arg) for arg in node.args[:wanted]]
            if len(texts) != wanted or None in texts:
                # words.tr(text) of a file's language looks up a text marked elsewhere.
                if not isinstance(node.func, ast.Attribute):
                    problems.append(f"{where}:{node.lineno}")
                continue
            source = texts[-1]
            # marked("…", "context") files a text under another feature's words.
            named = _literal(node.args[1]) if kind == "marked" and len(node.args) > 1 else None
            message = found.setdefault((named or context, source), Message())
            message.singular = texts[0] if kind == "trn" else None
            message.files.add(where)
    if problems:
        raise CatalogError("tr()/trn() need string literals at " + ", ".join(problems))
    return found


def write_ts(
    path: Path, language: str, texts: dict[Key, Message], known: dict[Key, str | list[str]]
) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    for context in sorted({c for c, _ in texts}):
        node = ET.SubElement(root, "context")
        ET.SubElement(node, "name").text = context
        for (where, source), message in sorted(texts.items()):
            if where != context:
                continue
            entry = ET.SubElement(node, "message")
            if message.singular is not None:
                entry.set("numerus", "yes")
            for filename in sorted(message.files):
                ET.SubElement(entry, "location", filename=f"../../{filename}")
            ET.SubElement(entry, "source").text = source
            translation = ET.SubElement(entry, "translation")
            done = known.get((context, source))
            if done is None:
                translation.set("type", "unfinished")
            elif message.singular is not None:
                for form in done if isinstance(done, list) else [done]:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = done if isinstance(done, str) else done[-1]
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"shopcrm_{language}.ts"


def update(
    extra: dict[str, dict[str | Key, str | list[str]]] | None = None,
) -> dict[str, list[Key]]:
    """Rewrite the .ts files from the source; return the texts still untranslated.

    A text with no translation in its context takes one made for the same words
    in another; `extra` adds translations by (context, text), or by text alone
    for every context still without one.
    """
    texts = messages()
    missing = {}
    for language in LANGUAGES:
        path = ts_path(language)
        made = read_ts(path) if path.exists() else {}
        given = (extra or {}).get(language, {})
        exact = {key: done for key, done in given.items() if isinstance(key, tuple)}
        by_source = {source: done for (_, source), done in made.items()}
        by_source.update((key, done) for key, done in given.items() if isinstance(key, str))
        known: dict[Key, str | list[str]] = {}
        for key, message in texts.items():
            if language == "en":
                known[key] = [message.singular, key[1]] if message.singular else key[1]
            elif key in exact:
                known[key] = exact[key]
            elif key in made:
                known[key] = made[key]
            elif key[1] in by_source:
                known[key] = by_source[key[1]]
        write_ts(path, language, texts, known)
        missing[language] = [key for key in texts if key not in known]
    return missing


def compile_all() -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    for language in LANGUAGES:
        source = ts_path(language)
        subprocess.run(
            [lrelease, "-silent", str(source), "-qm", str(source.with_suffix(".qm"))], check=True
        )


if __name__ == "__main__":
    left = update()
    compile_all()
    for language, keys in left.items():
        for context, source in keys:
            print(f"{language}: untranslated in {context}: {source}")

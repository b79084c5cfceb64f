"""The translation catalogue: every tr("…") text of the program, in Qt's .ts format.

All user-visible text goes through `shopcrm.i18n.tr` (one context, "shopcrm"),
so the catalogue is found by reading the source: a tr() call with anything but
a string literal is an error, because it could never be translated.
`python -m shopcrm.translation_catalog` refreshes the .ts files, keeping every
translation already made, and compiles them to .qm with pyside6-lrelease.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from shopcrm.core.i18n import CONTEXT
from shopcrm.core.paths import RESOURCES

PACKAGE = Path(__file__).resolve().parents[1] / "shopcrm"
TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("zh_CN", "en")


class CatalogError(Exception):
    pass


def _is_tr(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Name) and func.id == "tr"


def messages(package: Path = PACKAGE) -> dict[str, list[str]]:
    """Every translatable text, with the places it is used."""
    found: dict[str, list[str]] = {}
    problems = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and _is_tr(node)):
                continue
            where = f"{path.relative_to(package.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, []).append(where)
            else:
                problems.append(where)
    if problems:
        raise CatalogError("tr() needs a string literal at " + ", ".join(problems))
    return found


def read_ts(path: Path) -> dict[str, str]:
    """Source text → translation, for the finished translations in a .ts file."""
    if not path.exists():
        return {}
    done = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") is None:
            done[source] = translation.text
    return done


def write_ts(
    path: Path, language: str, texts: dict[str, list[str]], translations: dict[str, str]
) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(texts):
        message = ET.SubElement(context, "message")
        for where in texts[source]:
            filename, line = where.rsplit(":", 1)
            ET.SubElement(message, "location", filename=f"../../{filename}", line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"shopcrm_{language}.ts"


def update(extra: dict[str, dict[str, str]] | None = None) -> dict[str, list[str]]:
    """Rewrite the .ts files from the source; return the texts still untranslated."""
    texts = messages()
    missing = {}
    for language in LANGUAGES:
        known = read_ts(ts_path(language))
        if language == "en":
            known = {source: source for source in texts}
        known.update((extra or {}).get(language, {}))
        write_ts(ts_path(language), language, texts, known)
        missing[language] = [source for source in texts if source not in known]
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
    for language, sources in left.items():
        for source in sources:
            print(f"{language}: untranslated: {source}")

"""The layers hold: a machine checks them, so a wrong import fails the suite with a reason."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "shopcrm"


def test_the_import_contracts_are_kept() -> None:
    """core <- storage <- features <- ui, only the command line opens the window, Qt only in ui
    (the contracts are in pyproject.toml)."""
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    done = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]


def _feature(module: str) -> str:
    """The package a module belongs to: shopcrm.loyalty.points -> loyalty, ui.care.x -> ui.care."""
    parts = module.split(".")[1:]
    return ".".join(parts[:2]) if parts[:1] == ["ui"] and len(parts) > 2 else parts[0]


def test_packages_use_each_other_only_through_public_names() -> None:
    """A name starting with _ is private to its package: nothing else imports it."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.ImportFrom) and (node.module or "").startswith("shopcrm")):
                continue
            if _feature(node.module) == _feature(module):
                continue
            private = [alias.name for alias in node.names if alias.name.startswith("_")]
            if private:
                offenders.append(f"{module} imports {node.module}.{', '.join(private)}")
    assert offenders == []

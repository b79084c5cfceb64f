"""The wheel carries every resource the program reads."""

from __future__ import annotations

import tomllib
from pathlib import Path

from shopcrm.core import paths

ROOT = Path(__file__).resolve().parents[1]
ONLY_IN_THE_REPOSITORY = {"screenshots"}


def test_every_resource_is_shipped_inside_the_package() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    present = {
        f"resources/{entry.name}"
        for entry in (ROOT / "resources").iterdir()
        if entry.name not in ONLY_IN_THE_REPOSITORY
    }
    assert set(shipped) == present
    assert all(target == f"shopcrm/{source}" for source, target in shipped.items())


def test_the_checkout_reads_its_top_level_resources() -> None:
    assert paths.RESOURCES == ROOT / "resources"
    assert (paths.RESOURCES / "tier_presets.json").is_file()

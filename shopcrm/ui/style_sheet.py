"""The program's style sheet at the font size she chose.

A style sheet's point sizes are absolute, so the few larger texts (her name and figures
on the card, a sale's total) would stay at the default size while everything else grows
with the font setting: they are written for the default size and scaled here.
"""

from __future__ import annotations

import re

from shopcrm.core import paths
from shopcrm.ui.preferences import DEFAULT_FONT_SIZE

_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def style_sheet(points: int) -> str:
    text = (paths.RESOURCES / "style.qss").read_text(encoding="utf-8")
    scale = points / DEFAULT_FONT_SIZE
    return _FONT_SIZE.sub(lambda size: f"font-size: {float(size[1]) * scale:g}pt", text)

"""The error log in the data folder: tracebacks go there, never to the user.

The log is for finding a bug, not a record of the shop's customers: an
exception is written with where it happened (the traceback's lines of code)
and its type, never its message, which can quote a name, a phone or an
address that was being handled.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from shopcrm.core.paths import make_private

log = logging.getLogger("shopcrm")

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class PrivateFormatter(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:
        kind, _, tb = ei
        lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
        return "".join(lines) + f"{kind.__module__}.{kind.__qualname__} (message not logged)"


def start_logging(path: Path) -> Path:
    """Send shopcrm's log to `path` (rotated at 1 MB, five files kept)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    make_private(path.parent)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in log.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path

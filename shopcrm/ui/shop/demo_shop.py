"""A demo shop to look around in before the real one fills: made once in the data folder
by the program's own `demo` command, then opened in a window of its own, so the new
shop stays as it is and both can be open side by side."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QMessageBox, QWidget

from shopcrm.core import paths
from shopcrm.core.i18n import tr
from shopcrm.demo.people import DEMO_PASSWORD
from shopcrm.storage import options
from shopcrm.ui import preferences

DEMO_CUSTOMERS = 3000


def demo_path() -> Path:
    """In a folder of its own, so its backups are never listed among the shop's."""
    return paths.data_dir() / "demo" / "demo-shop.db"


def _program(*args: str) -> list[str]:
    """The program's own command line: `python -m shopcrm` from a Python, and the
    installed bundle's executable as it is (it is the program)."""
    return list(args) if getattr(sys, "frozen", False) else ["-m", "shopcrm", *args]


def open_demo(parent: QWidget) -> QProcess | None:
    """Make the demo shop if it is not there yet (a moment), then open it; returns the
    process making it, or None when it was there and opens at once."""
    path = demo_path()
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tr("The demo shop"),
        tr(
            "The demo shop opens in a window of its own in a moment (the first time it "
            "is made, which takes a little while). Sign in as its owner with the password "
            "{password}. Nothing in it reaches your shop."
        ).format(password=DEMO_PASSWORD),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("demoShopBox")
    box.open()
    if path.exists():
        _start(path)
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    making = QProcess(parent)
    making.setObjectName("demoShopMaker")
    making.finished.connect(lambda code, _status: _made(making, path, code, parent))
    making.start(
        sys.executable,
        _program(
            "--db",
            str(path),
            "demo",
            "--customers",
            str(DEMO_CUSTOMERS),
            "--language",
            preferences.language(),
            "--kind",
            options.get("shop_kind"),  # the kind of shop she is setting up
        ),
    )
    return making


def _made(making: QProcess, path: Path, code: int, parent: QObject) -> None:
    making.deleteLater()
    if code == 0:
        _start(path)
        return
    QMessageBox.warning(
        parent if isinstance(parent, QWidget) else None,
        tr("The demo shop"),
        tr("The demo shop could not be made. Your own shop is not touched by this."),
    )


def _start(path: Path) -> None:
    QProcess.startDetached(sys.executable, _program("--db", str(path)))

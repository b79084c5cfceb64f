"""Open the installed shopcrm's main window offscreen on a shop and check what it loaded.

Run with the wheel's own Python from outside the checkout, and as a program of the
bundle (packaging/build.py --window-smoke): it proves the icons, the style sheet and
the translations travel inside the package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer

import shopcrm
from shopcrm.core import paths
from shopcrm.demo.people import DEMO_PASSWORD
from shopcrm.ui import app, preferences


def main(db: Path) -> int:
    checkout = Path(__file__).resolve().parent.parent
    frozen = getattr(sys, "frozen", False)  # in the bundle, built from the checkout
    if not frozen and Path(shopcrm.__file__).resolve().is_relative_to(checkout):
        print("window smoke: shopcrm was imported from the checkout, not the wheel")
        return 1
    qt = app.make_app()
    preferences.save("zh_CN", 12)
    seen: dict[str, object] = {}

    def look() -> None:
        window = next(w for w in qt.topLevelWidgets() if w.objectName() == "mainWindow")
        seen["title"] = window.windowTitle()
        seen["icon"] = not window.windowIcon().isNull()
        seen["style"] = bool(qt.styleSheet())
        qt.quit()

    def sign_in() -> None:
        """As the demo shop's owner, at the sign-in the window asks for first."""
        dialog = next(w for w in qt.topLevelWidgets() if w.objectName() == "signInDialog")
        owner = next(p for p in dialog.people.values() if p.role == "owner")
        dialog.name.setCurrentIndex(dialog.name.findData(owner.id))
        dialog.secret.setText(DEMO_PASSWORD)
        dialog.sign_in()
        QTimer.singleShot(500, look)

    QTimer.singleShot(500, sign_in)
    code = app.run(db)
    print(f"window smoke: resources from {paths.RESOURCES}; {seen}")
    if code != 0 or not seen.get("icon") or not seen.get("style"):
        return 1
    # The Chinese catalogue was loaded: the title is not the English source text.
    return 0 if seen["title"] and seen["title"] != "shopcrm — customer care" else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))

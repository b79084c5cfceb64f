"""Build the shop PC's program: one folder in dist/shopcrm, and on Windows with Inno
Setup installed, the installer dist/shopcrm-setup-<version>.exe.

    python -m pip install ".[bundle]"
    python packaging/build.py            # add --window-smoke for CI's check of the window
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DIST = ROOT / "dist"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def version() -> str:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return pyproject["project"]["version"]


def windows_icon(svg: Path, ico: Path) -> None:
    """The program's SVG icon as the .ico Windows shows on the file, the shortcut and the
    taskbar, at every size it asks for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QIcon

    _app = QGuiApplication.instance() or QGuiApplication([])
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QIcon(str(svg)).pixmap(256, 256).save(buffer, "PNG")
    png = BUILD / "shopcrm-256.png"
    png.write_bytes(bytes(buffer.data()))
    with Image.open(png) as image:
        image.save(ico, sizes=[(size, size) for size in ICON_SIZES])


def installer() -> Path | None:
    """Inno Setup's compiler on the script, where it is installed (Windows)."""
    compiler = shutil.which("iscc") or shutil.which("ISCC")
    if compiler is None:
        return None
    script = ROOT / "packaging" / "windows" / "shopcrm.iss"
    subprocess.run([compiler, f"/DAppVersion={version()}", str(script)], check=True)
    return DIST / f"shopcrm-setup-{version()}.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--window-smoke", action="store_true", help="add CI's check of the window to the folder"
    )
    args = parser.parse_args()
    import PyInstaller.__main__

    BUILD.mkdir(exist_ok=True)
    if sys.platform == "win32":
        windows_icon(ROOT / "resources" / "icons" / "shopcrm.svg", BUILD / "shopcrm.ico")
    spec = str(ROOT / "packaging" / "shopcrm.spec")
    options = ["--noconfirm", "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller")]
    PyInstaller.__main__.run([*options, spec, *(["--", "--window-smoke"] * args.window_smoke)])
    print(f"the program: {DIST / 'shopcrm'}")
    made = installer() if sys.platform == "win32" else None
    if made:
        print(f"the installer: {made}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

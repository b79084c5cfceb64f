"""How fast the counter window is on a big shop, each figure beside a same-run baseline.

    python benchmarks/gui.py [--sizes 100000,1000000] [--quick] [--out DIR] [--runs 5]

For each size a demo shop is built once (kept in --out for the next run), then:
- launch: wall time from starting a Python process to a usable main window on
  that shop (window shown, first page of the list painted), against the same
  process showing a bare QMainWindow; median of --runs, and the ratio (goal ≤ 2×);
- scroll to bottom of the whole customer list, against scrolling to the top;
- peak RSS of the window process after scrolling to the bottom and one search,
  against the bare-window process (goal ≤ 400 MB at 1M customers).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from shopcrm.demo import generator
from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import database

LARGE = 200_000
LAUNCH_GOAL = 2.0
RSS_GOAL_MB = 400

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
kind, db = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
if kind == "bare":
    window = QMainWindow()
else:
    from pathlib import Path
    from shopcrm.shop.opening import open_shop
    from shopcrm.ui.main_window import MainWindow
    open_shop(Path(db))
    window = MainWindow(Path(db))
window.show()
def ready():
    figures = {"ready": time.time()}
    if kind != "bare":
        table = window.customers.table
        start = time.perf_counter(); table.scrollToBottom(); app.processEvents()
        figures["bottom"] = time.perf_counter() - start
        start = time.perf_counter(); table.scrollToTop(); app.processEvents()
        figures["top"] = time.perf_counter() - start
        window.customers.search_box.setText("138"); window.customers.apply(); app.processEvents()
    # VmHWM, not ru_maxrss: the latter survives exec and would report the parent's peak.
    status = open("/proc/self/status").read()
    figures["rss_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(json.dumps(figures), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def launch(kind: str, db: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(db)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["launch"] = figures["ready"] - start
    return figures


def build(size: int, out: Path) -> Path:
    """The demo shop of `size` customers, built once and kept for later runs."""
    path = out / f"gui-{size}.db"
    if not path.exists():
        partial = out / f"gui-{size}.part.db"
        for leftover in out.glob(f"{partial.name}*"):
            leftover.unlink()
        started = time.perf_counter()
        db = open_shop(partial)
        generator.fill_demo(size, seed=7, sales_scale=0.1 if size >= LARGE else 1.0)
        db.close()
        partial.rename(path)
        print(f"built {size:,} customers in {time.perf_counter() - started:.0f} s: {path}")
    database.initialize(None)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--quick", action="store_true", help="one small shop, for a smoke run")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "shopcrm-bench")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [20_000] if args.quick else [int(s) for s in args.sizes.split(",")]
    args.out.mkdir(parents=True, exist_ok=True)
    print(f"{'customers':>10} {'figure':<28} {'value':>12} {'baseline':>12} {'ratio':>7}")
    for size in sizes:
        db = build(size, args.out)
        runs = [(launch("bare", db), launch("shop", db)) for _ in range(args.runs)]
        bare = statistics.median(b["launch"] for b, _ in runs)
        shop = statistics.median(s["launch"] for _, s in runs)
        bottom = statistics.median(s["bottom"] for _, s in runs)
        top = statistics.median(s["top"] for _, s in runs)
        rss = max(s["rss_mb"] for _, s in runs)
        bare_rss = max(b["rss_mb"] for b, _ in runs)
        rows = (
            ("launch to usable window (s)", shop, bare, f"goal ≤ {LAUNCH_GOAL}×"),
            ("scroll to bottom (ms)", bottom * 1000, top * 1000, "vs top"),
            ("peak RSS (MB)", rss, bare_rss, f"goal ≤ {RSS_GOAL_MB} MB"),
        )
        for name, value, baseline, note in rows:
            print(
                f"{size:>10,} {name:<28} {value:>12.3f} {baseline:>12.3f} "
                f"{value / baseline:>6.2f}×  {note}"
            )


if __name__ == "__main__":
    main()

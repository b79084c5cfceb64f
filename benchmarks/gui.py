"""How fast the counter window is on a big shop, each figure beside a same-run baseline.

    python benchmarks/gui.py [--sizes 100000,1000000] [--quick] [--out DIR] [--runs 5]

For each size a demo shop is built once (kept in --out for the next run), then:
- launch: wall time from starting a Python process to a usable main window on
  that shop (window shown, first page of the list painted), against the same
  process showing a bare QMainWindow; median of --runs, and the ratio (goal ≤ 2×);
- scroll to bottom of the whole customer list, against scrolling to the top;
- opening her card as a clerk does (20 buyers across the file, a moment apart, so the
  window has the next card built ahead; shown and painted in the program's style, with
  every read it makes), against the very statements it ran replayed on a bare sqlite3
  connection (goal ≤ 30 ms at 1M customers); and opening it before one was built ahead;
- the first start of a day through the program's own start (the day's marks and
  backup taken away first): the window's ready time against the bare window, then
  how long the day's backup, catch-up and plan run after it on a worker, and what a
  sale recorded every quarter second meanwhile costs (longest against median);
- opening the owner's dashboard, from choosing its tab to its first figures read and
  painted (goal ≤ 0.5 s at 100k customers), and to every figure (goal ≤ 1 s), against
  the bare window's launch;
- peak RSS of the window process after scrolling to the bottom and one search,
  against the bare-window process (goal ≤ 400 MB at 1M customers).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from shopcrm.core import clock
from shopcrm.demo import generator
from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import database

LAUNCH_GOAL = 2.0
RSS_GOAL_MB = 400
CARD_GOAL_MS = 30
DASHBOARD_GOAL = 0.5  # seconds: "well under a second" at 100k customers

# An error in a child ends it, not just the slot it happened in: the run must not hang.
FAIL_FAST = (
    "import faulthandler, os, traceback\n"
    "faulthandler.enable()\n"
    "sys.excepthook = lambda *e: (traceback.print_exception(*e), os._exit(1))\n"
)

CHILD = r"""
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
kind, db = sys.argv[1], sys.argv[2]
app = QApplication(sys.argv[:1])
"""
CHILD += (
    FAIL_FAST
    + r"""
if kind == "bare":
    window = QMainWindow()
else:
    from pathlib import Path
    from shopcrm.shop.opening import open_shop
    from shopcrm.ui.app import Shop
    from shopcrm.ui.main_window import MainWindow
    open_shop(Path(db))
    Shop(app, Path(db)).apply_preferences()  # the program's language, font and style sheet
    window = MainWindow(Path(db))
window.show()
def open_cards(count=20):
    # Her card for buyers across the file, beside its own statements run on a bare
    # connection: what the card costs above the SQL it needs.
    import logging, random, sqlite3, statistics
    from shopcrm.storage.models import database
    from shopcrm.ui.customers.customer_card import CustomerCard
    top = database.execute_sql("SELECT max(id) FROM customer").fetchone()[0]
    ids = [i for i in random.Random(3).sample(range(1, top + 1), count * 3)
           if database.execute_sql("SELECT 1 FROM customer WHERE id = ? AND visit_count > 0 "
                                   "AND deleted_at IS NULL", (i,)).fetchone()][:count]
    ran = []
    class Keep(logging.Handler):
        def emit(self, record):
            if isinstance(record.msg, tuple):
                ran[-1].append(record.msg)
    peewee_log = logging.getLogger("peewee")
    peewee_log.addHandler(Keep()); peewee_log.propagate = False
    from PySide6.QtCore import QEvent, QEventLoop
    def closed():  # a closed card is deleted once the window's loop runs again (deleteLater);
        # this code runs inside one of its events, where that would be never
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    def idle(ms):  # a clerk between two customers: the window builds the next card ahead
        loop = QEventLoop(); QTimer.singleShot(ms, loop.quit); loop.exec()
    cards, built_then = [], []
    for customer_id in ids:
        idle(1500)
        ran.append([])
        peewee_log.setLevel(logging.DEBUG)  # her card's statements, not the spare's
        start = time.perf_counter()
        card = window.open_customer(customer_id); app.processEvents()
        cards.append(time.perf_counter() - start)
        peewee_log.setLevel(logging.WARNING)
        card.reject(); app.processEvents(); closed()
    for customer_id in ids:  # opened before anything could be built ahead
        start = time.perf_counter()
        card = CustomerCard(customer_id, window); card.open(); app.processEvents()
        built_then.append(time.perf_counter() - start)
        card.reject(); card.deleteLater(); app.processEvents(); closed()
    bare = sqlite3.connect(db)
    replays = []
    for statements in ran:
        start = time.perf_counter()
        for sql, params in statements:
            bare.execute(sql, params or ()).fetchall()
        replays.append(time.perf_counter() - start)
    return statistics.median(cards), statistics.median(replays), statistics.median(built_then)
def open_dashboard():
    # The owner's dashboard: from choosing its tab to its figures read and painted.
    from shopcrm.staff import accounts
    from shopcrm.ui import session
    session.set_current(accounts.owner())
    start = time.perf_counter()
    window.show_page("dashboard")
    page = window.dashboard
    first = None
    while not page.ready:
        app.processEvents(); time.sleep(0.001)
        if first is None and page.glance is not None:
            window.grab(); first = time.perf_counter() - start
    window.grab()
    return first, time.perf_counter() - start
def ready():
    figures = {"ready": time.time()}
    if kind != "bare":
        table = window.customers.table
        start = time.perf_counter(); table.scrollToBottom(); app.processEvents()
        figures["bottom"] = time.perf_counter() - start
        start = time.perf_counter(); table.scrollToTop(); app.processEvents()
        figures["top"] = time.perf_counter() - start
        window.customers.search_box.setText("138"); window.customers.apply(); app.processEvents()
        figures["card"], figures["card_sql"], figures["card_cold"] = open_cards()
        figures["glance"], figures["dashboard"] = open_dashboard()
    # VmHWM, not ru_maxrss: the latter survives exec and would report the parent's peak.
    status = open("/proc/self/status").read()
    figures["rss_mb"] = int(status.split("VmHWM:")[1].split()[0]) / 1024
    print(json.dumps(figures), flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""
)


FIRST_START = r"""
import json, sys, time
from decimal import Decimal
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
db = Path(sys.argv[1])
app = QApplication(sys.argv[:1])
"""
FIRST_START += (
    FAIL_FAST
    + r"""
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import faults
from shopcrm.storage.models import Customer
from shopcrm.ui import app as shop_app, operations
from PySide6.QtWidgets import QWidget
shop_app._start_shop(db)
shop = shop_app.Shop(app, db)
window = shop.show_window()
shop.start_the_day_once_shown()
figures, sales, refused = {}, [], 0
buyer = Customer.select().first().id
def sell():
    # A sale every quarter second while the day's backup, catch-up and plan run.
    global refused
    figures.setdefault("ready", time.time())
    started = shop.day_started_on is not None
    if started and window.findChild(QWidget, "dayStart") is None:
        figures.update(day_done=time.time(), sales_ms=sales, refused=refused)
        print(json.dumps(figures), flush=True)
        app.quit()
        return
    start = time.perf_counter()
    try:
        record_sale(buyer, [SaleLine(Decimal("100"), 1)], payment="cash")
        sales.append((time.perf_counter() - start) * 1000)
    except Exception as error:  # what the sale dialog would say, as it would say it
        if faults.explain(error, db) is None:
            raise
        refused += 1
    QTimer.singleShot(250, sell)
QTimer.singleShot(0, sell)
app.exec()
operations.stop_all()
"""
)


def first_start(db: Path) -> dict[str, float]:
    """The first start of a day: the day's marks and backup taken away, then the app's own
    start; the window's ready time, the day's work and sales made while it ran."""
    today = clock.today()
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(
            "UPDATE setting SET value = ? WHERE key IN ('loyalty_caught_up_on', 'care_planned_on')",
            ((today - dt.timedelta(days=1)).isoformat(),),
        )
        conn.commit()
    for made in (db.parent / "backups").glob(f"{db.stem}-{today:%Y%m%d}-*-daily.db"):
        made.unlink()
    env = child_env()
    start = time.time()
    figures = _child([FIRST_START, str(db)], env)
    return {
        "launch": figures["ready"] - start,
        "day": figures["day_done"] - figures["ready"],
        "sale_median": statistics.median(figures["sales_ms"] or [0.0]),
        "sale_max": max(figures["sales_ms"] or [0.0]),
        "sales": len(figures["sales_ms"]),
        "refused": figures["refused"],
    }


SCREEN: dict[str, str] = {}  # where the windows are shown: a_screen() fills it


@contextmanager
def a_screen() -> Iterator[str]:
    """A real X server (Xvfb) for the windows when the machine has one, as a shop PC has a
    screen; else Qt's offscreen platform, which keeps the buffer of every window it ever
    showed, so that its peak RSS counts each card opened (about 6 MB a card).
    QT_QPA_PLATFORM set by hand wins. Yields the platform's name, for the report."""
    chosen = os.environ.get("QT_QPA_PLATFORM")
    xvfb = shutil.which("Xvfb")
    if chosen or xvfb is None:
        SCREEN["QT_QPA_PLATFORM"] = chosen or "offscreen"
        yield SCREEN["QT_QPA_PLATFORM"]
        return
    display = f":{os.getpid() % 500 + 100}"
    server = subprocess.Popen(
        [xvfb, display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1)  # the server takes a moment to listen
        SCREEN.update({"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
        yield f"xcb on Xvfb {display}"
    finally:
        server.terminate()
        server.wait()


def child_env() -> dict[str, str]:
    """A window process as on a shop PC: installed, its modules read as compiled bytecode
    (pip compiles them; a machine that forbids writing it would time the compiler)."""
    env = {**os.environ, **SCREEN}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "shopcrm-bench-bytecode")
    return env


def _child(args: list[str], env: dict[str, str]) -> dict:
    """Run one window process and read the figures it printed last; a failed one shows
    what it wrote (a traceback, or where it crashed) before the run stops."""
    done = subprocess.run(
        [sys.executable, "-c", *args], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr[-4000:])
        done.check_returncode()
    return json.loads(done.stdout.strip().splitlines()[-1])


def launch(kind: str, db: Path) -> dict[str, float]:
    env = child_env()
    start = time.time()
    figures = _child([CHILD, kind, str(db)], env)
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
        generator.fill_demo(size, seed=7)
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
    with a_screen() as screen:
        print(f"windows shown on: {screen}")
        print(f"{'customers':>10} {'figure':<28} {'value':>12} {'baseline':>12} {'ratio':>7}")
        for size in sizes:
            measure(size, args)


def measure(size: int, args: argparse.Namespace) -> None:
    """Every figure for the shop of `size` customers, a line each."""
    db = build(size, args.out)
    # The first start of the day first: the later starts find its work done, as in a shop.
    launch("shop", db)  # compiles the modules to bytecode, as installing does
    first = first_start(db)
    runs = [(launch("bare", db), launch("shop", db)) for _ in range(args.runs)]
    bare = statistics.median(b["launch"] for b, _ in runs)
    shop = statistics.median(s["launch"] for _, s in runs)
    bottom = statistics.median(s["bottom"] for _, s in runs)
    top = statistics.median(s["top"] for _, s in runs)
    card = statistics.median(s["card"] for _, s in runs)
    card_sql = statistics.median(s["card_sql"] for _, s in runs)
    card_cold = statistics.median(s["card_cold"] for _, s in runs)
    board = statistics.median(s["dashboard"] for _, s in runs)
    glance = statistics.median(s["glance"] for _, s in runs)
    rss = max(s["rss_mb"] for _, s in runs)
    bare_rss = max(b["rss_mb"] for b, _ in runs)
    rows = (
        ("launch to usable window (s)", shop, bare, f"goal ≤ {LAUNCH_GOAL}×"),
        ("scroll to bottom (ms)", bottom * 1000, top * 1000, "vs top"),
        (
            "open her card (ms)",
            card * 1000,
            card_sql * 1000,
            f"vs its SQL; goal ≤ {CARD_GOAL_MS} ms",
        ),
        (
            "  her card built then (ms)",
            card_cold * 1000,
            card * 1000,
            "opened before one was built ahead, vs built ahead",
        ),
        (
            "dashboard: first figures (s)",
            glance,
            bare,
            f"vs bare window; goal ≤ {DASHBOARD_GOAL} s",
        ),
        ("  dashboard: every figure (s)", board, bare, "vs bare window; goal ≤ 1 s"),
        ("peak RSS (MB)", rss, bare_rss, f"goal ≤ {RSS_GOAL_MB} MB"),
    )
    rows += (
        ("first start of the day (s)", first["launch"], bare, f"goal ≤ {LAUNCH_GOAL}×"),
        ("the day's work after it (s)", first["day"], bare, "on a worker"),
        (
            "a sale meanwhile (ms, max)",
            first["sale_max"],
            first["sale_median"],
            f"vs median; {first['sales']} sold, {first['refused']} refused",
        ),
    )
    for name, value, baseline, note in rows:
        print(
            f"{size:>10,} {name:<28} {value:>12.3f} {baseline:>12.3f} "
            f"{value / baseline:>6.2f}×  {note}"
        )


if __name__ == "__main__":
    main()

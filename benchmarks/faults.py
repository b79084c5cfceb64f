"""The shop's bad days, tallied: every fault scenario of tests/helpers/faults.py, run for real.

    python benchmarks/faults.py

Each scenario brings a fault about by real means (a small tmpfs for a full disk,
a read-only remount, a byte-flipped page, a spoiled workbook, odd paths and
dates) on a shop of its own, then prints whether every row survived and whether
the message was a clear one. Both tallies must be all. Mounting needs root (as
in CI); the scenarios say so if it is refused.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_home = Path(tempfile.mkdtemp(prefix="shopcrm-faults-home-"))
os.environ["XDG_DATA_HOME"] = str(_home / "data")
os.environ["XDG_CONFIG_HOME"] = str(_home / "config")

from tests.helpers import faults  # noqa: E402


def main() -> int:
    outcomes = faults.run_all()
    width = max(len(o.name) for o in outcomes)
    for outcome in outcomes:
        kept = "survived" if outcome.survived else "LOST"
        marks = f"{kept:8}  {'clear' if outcome.clear else 'UNCLEAR':7}"
        print(f"{outcome.name:{width}}  {marks}  {outcome.said[:110]}")
    survived = sum(o.survived for o in outcomes)
    clear = sum(o.clear for o in outcomes)
    print(f"\nsurvived {survived}/{len(outcomes)}, clear message {clear}/{len(outcomes)}")
    return 0 if survived == clear == len(outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())

"""A second writer at the counter: a sale gets through while a long import writes, and a
sale that meets a held lock keeps what was typed, says who holds the shop and retries."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.storage import busy, faults
from shopcrm.storage.models import Customer, Purchase
from tests.conftest import OWNER_PASSWORD
from tests.helpers.faults import counts, run_cli
from tests.helpers.owners import password_args
from tests.helpers.spreadsheets import write_xlsx

ROOT = Path(__file__).resolve().parents[2]


def test_sales_get_through_while_a_large_import_writes(
    db, owner, db_path: Path, tmp_path: Path
) -> None:
    she = profiles.quick_add("张小丽", "13812345678")
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")
    rows = [["姓名", "手机"]] + [[f"导入{n}", f"1350{n:07d}"] for n in range(20_000)]
    sheet = write_xlsx(tmp_path / "big.xlsx", {"s": rows})
    importer = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "shopcrm",
            *password_args(tmp_path, OWNER_PASSWORD),
            "--db",
            str(db_path),
            "import",
            str(sheet),
        ],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stderr=subprocess.PIPE,
        text=True,
    )
    waits = []
    while importer.poll() is None and Customer.select().count() < 2:
        time.sleep(0.05)  # until the import writes its first chunk
    while importer.poll() is None:
        started = time.monotonic()
        record_sale(she.id, [SaleLine(Decimal("10"))])
        waits.append(time.monotonic() - started)
        time.sleep(0.05)
    assert importer.wait() == 0, importer.stderr.read()
    assert len(waits) >= 3, "the import ended before the counter could try"
    assert max(waits) < 2.0, waits  # never held up for long: the import writes in chunks
    assert Customer.select().count() == 20_001
    assert Purchase.select().count() == len(waits)
    db.close()
    assert run_cli("--db", db_path, "check").code == 0


def test_a_held_lock_is_reported_with_who_holds_it(db, db_path: Path) -> None:
    she = profiles.quick_add("张小丽", "13812345678")
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        db.execute_sql("PRAGMA busy_timeout = 200")
        with busy.holding("import", "店长"):
            try:
                record_sale(she.id, [SaleLine(Decimal("10"))])
            except Exception as error:
                said = faults.explain(error, db_path)
            else:
                raise AssertionError("the sale went through a held lock")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert isinstance(said, faults.ShopBusy)
    assert "an import, started 10:00 by 店长" in str(said)
    assert "what you typed is still here" in str(said)
    assert not (db_path.parent / "shop.db.busy").exists()
    assert counts(db_path)["purchase"] == 0

"""Excel import and export of 100k profiles against the libraries alone, in one run.

    python benchmarks/excel.py [--rows 100000] [--into SHOP.db]

Figures: import (read + clean + write into a fresh database) against calamine
reading the same file (every cell, as the import's reader does) and against
openpyxl streaming it in read-only mode; export of every profile against
xlsxwriter in constant-memory mode writing the same rows with the same formats
(the fastest way to write .xlsx from Python), and openpyxl write-only mode;
peak RSS of each, at a tenth of the rows and at all of them, to show memory
grows far slower than the file.
Each measurement runs in its own process so peak RSS is its own. With --into,
the smaller file is also imported into a copy of a big shop (a kept demo shop
of a million, say), beside the same file into an empty shop.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

HEADERS = ["客户姓名", "手机", "性别", "出生日期", "地址", "微信", "邮箱", "职业", "上衣尺码"]
HEADERS += ["下装尺码", "鞋码", "爱好", "备注", "籍贯", "民族"]


def make_file(path: Path, rows: int) -> None:
    """A realistic old list: the demo shop's names (100k rows hold some 50k different
    names, each read into pinyin once), phones as numbers and as text, birthdays as
    dates and as Chinese text."""
    from shopcrm.demo.people import name

    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("会员")
    sheet.append(["会员登记表"])
    sheet.append(HEADERS)
    for n in range(rows):
        gender = rng.choice("女女女男")
        born = dt.date(1960 + n % 45, 1 + n % 12, 1 + n % 28)
        sheet.append(
            [
                name(rng, "female" if gender == "女" else "male"),
                13000000000 + n * 7 if n % 3 else f"139-{n // 10000:04d}-{n % 10000:04d}",
                gender,
                born if n % 2 else f"{born.year}年{born.month}月{born.day}日",
                f"北京市朝阳区幸福路{n}号",
                f"wx{n}",
                f"u{n}@example.com",
                rng.choice(["教师", "会计", "医生", "个体"]),
                rng.choice("SML"),
                rng.choice("SML"),
                str(35 + n % 6),
                rng.choice(["瑜伽", "旅游", "烘焙"]),
                "老客户",
                "浙江",
                "汉族",
            ]
        )
    book.save(path)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(task: str, file: Path, db: Path) -> dict[str, float]:
    """Run one task in this process; return seconds and peak RSS."""
    started = time.perf_counter()
    if task == "calamine-read":
        from python_calamine import CalamineWorkbook

        CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
    elif task == "openpyxl-read":
        book = load_workbook(file, read_only=True)
        for _row in book.worksheets[0].iter_rows(values_only=True):
            pass
    elif task == "import":
        from shopcrm.shop.opening import open_shop
        from shopcrm.spreadsheets import importing
        from shopcrm.staff.accounts import has_owner, owner, set_up_owner

        open_shop(db, language="zh_CN")
        if not has_owner():
            set_up_owner("店长", "bench-password", checked=False)
        started = time.perf_counter()
        plan = importing.plan_import(importing.find_table(file), "skip")
        result = importing.apply_import(owner(), plan)
        assert result.rejected == 0, plan.problems()[:3]
    elif task == "export":
        from shopcrm.shop.opening import open_shop
        from shopcrm.spreadsheets import exporting
        from shopcrm.staff.accounts import owner, set_up_owner

        open_shop(db)
        started = time.perf_counter()
        exporting.export_profiles(owner(), file)
    elif task == "xlsxwriter-write":
        import xlsxwriter

        rows = list(load_workbook(file, read_only=True).worksheets[0].iter_rows(values_only=True))
        started = time.perf_counter()
        book = xlsxwriter.Workbook(file.with_name("baseline.xlsx"), {"constant_memory": True})
        sheet = book.add_worksheet("顾客档案")
        bold, day = book.add_format({"bold": True}), book.add_format({"num_format": "yyyy-mm-dd"})
        sheet.write_row(0, 0, rows[0], bold)
        for number, row in enumerate(rows[1:], start=1):
            for column, value in enumerate(row):
                if isinstance(value, dt.datetime):
                    sheet.write_datetime(number, column, value, day)
                elif value is not None:
                    sheet.write(number, column, value)
        book.close()
    elif task == "openpyxl-write":
        rows = list(load_workbook(file, read_only=True).worksheets[0].iter_rows(values_only=True))
        started = time.perf_counter()
        book = Workbook(write_only=True)
        sheet = book.create_sheet("顾客档案")
        for row in rows:
            sheet.append(row)
        book.save(file.with_name("baseline.xlsx"))
    return {"seconds": time.perf_counter() - started, "rss_mb": _peak_mb()}


def _child(task: str, file: Path, db: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--task", task, str(file), str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--task", nargs=3, metavar=("TASK", "FILE", "DB"))
    parser.add_argument(
        "--into", type=Path, help="also import the smaller file into a copy of this shop"
    )
    args = parser.parse_args()
    if args.task:
        print(json.dumps(measure(args.task[0], Path(args.task[1]), Path(args.task[2]))))
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sizes = (args.rows // 10, args.rows)
        results = {}
        for rows in sizes:
            source, db, out = (
                work / f"in{rows}.xlsx",
                work / f"shop{rows}.db",
                work / f"out{rows}.xlsx",
            )
            make_file(source, rows)
            results[rows] = {
                "file_mb": source.stat().st_size / 1e6,
                "calamine": _child("calamine-read", source, db),
                "read": _child("openpyxl-read", source, db),
                "import": _child("import", source, db),
                "export": _child("export", out, db),
                "xlsxwriter": _child("xlsxwriter-write", out, db),
                "write": _child("openpyxl-write", out, db),
            }
        print(f"{'rows':>8} {'task':<34} {'seconds':>8} {'baseline':>9} {'ratio':>6} {'RSS MB':>7}")
        for rows, r in results.items():
            for name, ours, base in (
                ("import vs calamine reading", r["import"], r["calamine"]),
                ("import vs openpyxl read-only", r["import"], r["read"]),
                ("export vs xlsxwriter constant-mem", r["export"], r["xlsxwriter"]),
                ("export vs openpyxl write-only", r["export"], r["write"]),
            ):
                print(
                    f"{rows:>8} {name:<34} {ours['seconds']:>8.2f} {base['seconds']:>9.2f} "
                    f"{ours['seconds'] / base['seconds']:>6.2f} {ours['rss_mb']:>7.0f}"
                )
        small, large = (results[rows] for rows in sizes)
        if args.into:
            big = work / "big.db"
            shutil.copyfile(args.into, big)
            into = _child("import", work / f"in{sizes[0]}.xlsx", big)
            print(
                f"{sizes[0]:>8} {'import into ' + args.into.name:<34} {into['seconds']:>8.2f} "
                f"{small['import']['seconds']:>9.2f} "
                f"{into['seconds'] / small['import']['seconds']:>6.2f} {into['rss_mb']:>7.0f}"
                "  (baseline: the same file into an empty shop)"
            )
        print(
            f"file grew {large['file_mb'] / small['file_mb']:.1f}x "
            f"({small['file_mb']:.1f} -> {large['file_mb']:.1f} MB); import peak RSS grew "
            f"{large['import']['rss_mb'] / small['import']['rss_mb']:.1f}x "
            f"({small['import']['rss_mb']:.0f} -> {large['import']['rss_mb']:.0f} MB)"
        )


if __name__ == "__main__":
    main()

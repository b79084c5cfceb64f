"""What the shop keeps is the user's alone, and the log is no copy of the customer list."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from shopcrm import cli
from shopcrm.core import paths
from tests.conftest import OWNER_PASSWORD
from tests.helpers.faults import run_cli
from tests.helpers.spreadsheets import write_xlsx


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_data_folder_and_every_file_in_it_are_private(tmp_path: Path) -> None:
    db = paths.data_dir() / "shopcrm.db"
    assert run_cli("demo", "--customers", 20).code == cli.OK
    assert run_cli("backup").code == cli.OK
    folder = paths.data_dir()
    assert _mode(folder) == 0o700
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert db in files and (folder / "shopcrm.log") in files
    assert any(p.parent.name == "backups" for p in files)
    assert {p: _mode(p) for p in files} == {p: 0o600 for p in files}
    assert _mode(folder / "backups") == 0o700


def test_files_an_older_version_left_readable_become_private(tmp_path: Path) -> None:
    db = tmp_path / "shop.db"
    assert run_cli("--db", db, "demo", "--customers", 5).code == cli.OK
    db.chmod(0o644)
    assert run_cli("--db", db, "check").code == cli.OK
    assert _mode(db) == 0o600


def test_the_log_holds_no_name_phone_or_address(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "shop.db"
    people = [["姓名", "手机", "地址"], ["欧阳娜娜", "13912345678", "杭州市西湖区文三路88号"]]
    sheet = write_xlsx(tmp_path / "old.xlsx", {"客户": people})
    # An import into a new file sets up its owner first.
    made = run_cli("--db", db, "import", sheet, "--owner", "王店长", password=OWNER_PASSWORD)
    assert made.code == cli.OK, made.err

    def crash(*args, **kwargs):
        raise ValueError(" ".join(people[1]))  # a bug whose message quotes the customer

    monkeypatch.setattr("shopcrm.loyalty.vip_report.export_vip_report", crash)
    ran = run_cli("--db", db, "export", "vip", tmp_path / "vip.xlsx", password=OWNER_PASSWORD)
    assert ran.code == cli.PROBLEMS and "unexpected error" in ran.err
    log = (paths.data_dir() / "shopcrm.log").read_text(encoding="utf-8")
    assert "ValueError (message not logged)" in log and "vip_report" in log
    for personal in ("欧阳娜娜", "13912345678", "5678", "文三路", OWNER_PASSWORD):
        assert personal not in log


@pytest.fixture(autouse=True)
def _keep_the_umask():
    """cli.main makes the process's files private; other tests expect the usual mask."""
    before = os.umask(0o022)
    os.umask(before)
    yield
    os.umask(before)

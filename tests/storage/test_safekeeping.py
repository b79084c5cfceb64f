"""The owner's hold on the shop's file (shop/safekeeping, shop/shop_settings): restoring a
backup, copying the shop to a place of her choice and changing its options are hers, and
the trail says she did."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from shopcrm.core.errors import ShopError
from shopcrm.customers.profiles import quick_add
from shopcrm.shop import safekeeping, shop_settings
from shopcrm.staff import accounts, audit
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import backup, settings
from shopcrm.storage.models import Customer, database
from tests.conftest import OWNER_PASSWORD


def _count(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM customer").fetchone()[0]


def _add_customers(count: int, first: int = 0) -> None:
    for n in range(first, first + count):
        quick_add(f"顾客{n}", f"1390000{n:04d}")


def test_the_owner_restores_a_backup_and_the_restored_trail_names_her(
    db: SqliteDatabase, owner, counter_clerk, db_path: Path
) -> None:
    _add_customers(2)
    copy = backup.backup_now(db, db_path)
    _add_customers(3, first=2)
    with pytest.raises(PermissionDenied, match="Only the owner can restore"):
        safekeeping.restore(counter_clerk, db_path, copy)
    assert Customer.select().count() == 5 and list(db_path.parent.glob("*before-restore*")) == []
    db.close()

    aside = safekeeping.restore(owner, db_path, copy)
    try:
        assert aside is not None and _count(aside) == 5
        assert Customer.select().count() == 2  # the restored shop is the one open now
        (line,) = audit.entries(owner, action="restore")
        assert line.detail == f"{copy.name}, by 王店长"
    finally:
        database.close()


def test_a_damaged_shop_comes_back_with_the_password_of_the_backups_owner(
    db: SqliteDatabase, owner, db_path: Path
) -> None:
    _add_customers(2)
    copy = backup.backup_now(db, db_path)
    _add_customers(1, first=2)
    db.close()

    with pytest.raises(accounts.SignInRefused, match="owner's password of this backup"):
        safekeeping.restore_damaged(db_path, copy, "not-hers")
    assert _count(db_path) == 3 and list(db_path.parent.glob("*before-restore*")) == []
    assert safekeeping.restore_damaged(db_path, copy, OWNER_PASSWORD) is not None
    try:
        assert Customer.select().count() == 2
        assert [e.detail for e in audit.entries(owner, action="restore")] == [
            f"{copy.name}, by the owner"
        ]
    finally:
        database.close()


def test_a_backup_from_before_the_owner_was_set_up_asks_no_password(
    db: SqliteDatabase, db_path: Path
) -> None:
    _add_customers(1)
    copy = backup.backup_now(db, db_path)
    accounts.set_up_owner("王店长", OWNER_PASSWORD)
    _add_customers(1, first=1)
    db.close()

    assert safekeeping.backup_owner_secret(copy) is None
    assert safekeeping.restore_damaged(db_path, copy, "") is not None
    try:
        assert Customer.select().count() == 1
    finally:
        database.close()


def test_a_backup_from_before_sign_in_restored_by_the_command_line_keeps_her_the_owner(
    db: SqliteDatabase, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from shopcrm import cli
    from tests.helpers.owners import password_args

    _add_customers(1)
    copy = backup.backup_now(db, db_path)  # nobody's password in it
    accounts.set_up_owner("王店长", OWNER_PASSWORD)
    _add_customers(1, first=1)
    db.close()
    restore = ["--db", str(db_path), "restore", str(copy)]

    # The shop that is there can say who its owner is: only her password restores.
    assert cli.main([*password_args(db_path.parent, "anything"), *restore]) == 2
    assert "password is not right" in capsys.readouterr().err and _count(db_path) == 2
    assert cli.main([*password_args(db_path.parent, OWNER_PASSWORD), *restore]) == 0
    assert _count(db_path) == 1
    try:
        # Nobody else can now set herself up as the owner of the restored shop.
        assert accounts.has_owner()
        with pytest.raises(ShopError, match="already has an owner"):
            accounts.set_up_owner("小陈", "clerk-now-owner")
        assert accounts.sign_in(accounts.owner().id, OWNER_PASSWORD).name == "王店长"
    finally:
        database.close()


def test_a_copy_to_a_place_of_her_choice_is_the_owners_and_in_the_trail(
    db: SqliteDatabase, owner, counter_clerk, db_path: Path
) -> None:
    _add_customers(3)
    usb = db_path.parent / "usb" / "copy.db"
    with pytest.raises(PermissionDenied, match="Only the owner can copy"):
        safekeeping.backup_to(counter_clerk, db, usb)
    assert not usb.exists()
    assert safekeeping.backup_to(owner, db, usb) == usb
    assert _count(usb) == 3
    (line,) = audit.entries(owner, action="backup")
    assert (line.who, line.detail) == ("王店长", str(usb))


def test_the_shops_options_are_the_owners_to_change(owner, counter_clerk) -> None:
    with pytest.raises(PermissionDenied, match="Only the owner can change"):
        shop_settings.save(counter_clerk, {"shop_name": "丽人服饰"})
    assert settings.get("shop_name") != "丽人服饰"
    saved = shop_settings.save(owner, {"shop_name": "丽人服饰", "mask_phones": "yes"})
    assert saved["shop_name"] == "丽人服饰"
    assert (settings.get("shop_name"), settings.get("mask_phones")) == ("丽人服饰", "yes")
    (line,) = audit.entries(owner, action="settings")
    assert (line.who, line.detail) == ("王店长", "mask_phones, shop_name")

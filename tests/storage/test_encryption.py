"""A shop protected with the owner's password: its file, -wal and backups hold nothing
readable, it opens with her password or the recovery code and with nothing else, the
counter's searches, backups, restore and the check work as on a plain shop, and the
conversion keeps every row. Real files and the real SQLCipher throughout."""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from shopcrm import cli
from shopcrm.core.paths import backup_dir
from shopcrm.customers import profiles, search
from shopcrm.shop import protection
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts
from shopcrm.storage import backup, encryption, faults, keyfile, schema
from shopcrm.storage.models import Customer, database
from tests.helpers.faults import run_cli
from tests.helpers.protected import PEOPLE, Owner, light_key_wrapping, readable, set_up

TABLES = ("customer", "staff", "setting", "tier", "audit_log", "customer_fts_data")


@pytest.fixture(autouse=True)
def _light_keys() -> Iterator[None]:
    with light_key_wrapping():
        yield


@pytest.fixture
def owner(db) -> Owner:
    """The test's own owner, whose recovery code it keeps (not the conftest's owner)."""
    return set_up(extra_customers=20)


@pytest.fixture
def protected(owner: Owner, db_path: Path) -> Iterator[Owner]:
    protection.protect(accounts.owner(), owner.password, owner.recovery_code)
    yield owner
    database.close()


def _facts(conn) -> dict[str, object]:
    found: dict[str, object] = {
        "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "application_id": conn.execute("PRAGMA application_id").fetchone()[0],
    }
    for table in TABLES:
        found[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    found["everyone"] = conn.execute("SELECT id, name, phone FROM customer ORDER BY id").fetchall()
    return found


def _reopen_locked(db_path: Path) -> None:
    database.close()
    encryption.forget_all()


# --- the file holds nothing readable ---------------------------------------------------------


def test_the_protected_file_and_its_wal_hold_no_name_phone_or_address(
    owner: Owner, db_path: Path
) -> None:
    assert readable(db_path) != []  # the plain shop shows them: what the issue is about
    protection.protect(accounts.owner(), owner.password, owner.recovery_code)
    profiles.quick_add("上官婉儿", "13155556666")  # written now, into the -wal first
    assert db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    assert readable(db_path) == []
    assert b"13155556666" not in db_path.with_name(db_path.name + "-wal").read_bytes()
    assert "上官婉儿".encode() not in db_path.with_name(db_path.name + "-wal").read_bytes()
    assert db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    with pytest.raises(sqlite3.DatabaseError):  # other programs see no database at all
        sqlite3.connect(db_path).execute("SELECT count(*) FROM customer")
    key_file = keyfile.path_beside(db_path)
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert owner.password not in key_file.read_text(encoding="utf-8")
    database.close()


def test_the_conversion_keeps_every_row_and_the_header_marks(owner: Owner, db_path: Path) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        before = _facts(conn)
    done = protection.protect(accounts.owner(), owner.password, owner.recovery_code)
    with closing(encryption.connect(db_path, encryption.key_of(db_path))) as conn:
        after = _facts(conn)
        last = conn.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("protected",)  # the one line more: the trail says who protected it
    assert after == {**before, "audit_log": before["audit_log"] + 1}
    assert after["user_version"] == schema.SCHEMA_VERSION
    assert after["application_id"] == schema.APPLICATION_ID
    # The verified plain backup made first is the shop as it was, and the owner is told
    # that it, like every backup made before, is still plain.
    assert done.protected and done.backup.parent == backup_dir(db_path)
    assert readable(done.backup) != []
    assert backup.verify(done.backup) == schema.SCHEMA_VERSION
    assert done.left_as_before == 1 and "still plain" in done.words()
    assert not encryption.staged_path(db_path).exists()
    database.close()


def test_taking_the_protection_off_gives_the_same_plain_shop(
    protected: Owner, db_path: Path
) -> None:
    with closing(encryption.connect(db_path, encryption.key_of(db_path))) as conn:
        before = _facts(conn)
    done = protection.unprotect(accounts.owner(), protected.password)
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not keyfile.path_beside(db_path).exists()
    with closing(sqlite3.connect(db_path)) as conn:
        assert _facts(conn) == {**before, "audit_log": before["audit_log"] + 1}
    # The protected backup made first stays protected, its key file beside it.
    assert not encryption.has_plain_header(done.backup)
    assert keyfile.path_beside(done.backup).exists()
    assert done.left_as_before == 1 and "stays protected" in done.words()
    assert type(database.obj).__name__ == "ShopDatabase"


# --- opening ---------------------------------------------------------------------------------


def test_it_opens_with_the_password_and_with_the_recovery_code(
    protected: Owner, db_path: Path
) -> None:
    count = Customer.select().count()
    _reopen_locked(db_path)
    with pytest.raises(encryption.ShopLocked):
        open_shop(db_path)
    assert protection.needs_unlocking(db_path)
    assert protection.unlock(db_path, protected.password) == keyfile.PASSWORD
    open_shop(db_path)
    assert Customer.select().count() == count
    _reopen_locked(db_path)
    # Read back from paper: any case, spaces for the dashes.
    typed = protected.recovery_code.lower().replace("-", " ")
    assert protection.unlock(db_path, typed) == keyfile.RECOVERY
    open_shop(db_path)
    assert Customer.select().count() == count


def test_a_password_reset_re_wraps_the_key_so_the_shop_opens_with_the_new_secrets(
    protected: Owner, db_path: Path
) -> None:
    _, fresh = accounts.reset_password(protected.recovery_code, "a-new-password")
    _reopen_locked(db_path)
    with pytest.raises(keyfile.WrongSecret):
        protection.unlock(db_path, protected.password)  # the old password opens nothing
    assert protection.unlock(db_path, "a-new-password") == keyfile.PASSWORD
    _reopen_locked(db_path)
    assert protection.unlock(db_path, fresh) == keyfile.RECOVERY


def test_a_wrong_password_is_refused_with_a_clear_message(protected: Owner, db_path: Path) -> None:
    _reopen_locked(db_path)
    with pytest.raises(keyfile.WrongSecret):
        protection.unlock(db_path, "not-the-password")
    assert protection.needs_unlocking(db_path)
    ran = run_cli("--db", db_path, "check", password="not-the-password")
    assert ran.code == cli.UNUSABLE
    assert "neither the owner's password nor the recovery code" in ran.err
    assert "Traceback" not in ran.err + ran.out and "unexpected" not in ran.err
    ran = run_cli("--db", db_path, "check")  # a script that gave no password at all
    assert ran.code == cli.UNUSABLE and "--password-file" in ran.err


def test_a_missing_key_file_says_what_to_do(protected: Owner, db_path: Path) -> None:
    database.close()
    keyfile.path_beside(db_path).rename(db_path.with_name("elsewhere.keys"))
    ran = run_cli("--db", db_path, "check", password=protected.password)
    assert ran.code == cli.UNUSABLE
    assert "not a shopcrm database" in ran.err and "shop.db.keys" in ran.err
    assert "Traceback" not in ran.err


@pytest.mark.parametrize(
    "damage",
    [
        lambda body: [],
        lambda body: {**body, "slots": "x"},
        lambda body: {**body, "slots": {"password": "x"}},
        lambda body: {
            **body,
            "slots": {
                name: {**slot, "nonce": base64.b64encode(b"short").decode()}
                for name, slot in body["slots"].items()
            },
        },
    ],
    ids=["a list", "slots a string", "a slot a string", "a short nonce"],
)
def test_a_key_file_of_the_wrong_shape_says_what_to_do(
    protected: Owner, db_path: Path, damage
) -> None:
    database.close()
    key_file = keyfile.path_beside(db_path)
    key_file.write_text(json.dumps(damage(json.loads(key_file.read_text()))))
    encryption.forget_all()
    ran = run_cli("--db", db_path, "check", password=protected.password)
    assert ran.code == cli.UNUSABLE
    assert "cannot be read" in ran.err and "shop.db.keys" in ran.err
    assert "Traceback" not in ran.err and "unexpected" not in ran.err


def test_the_key_file_is_bound_to_its_slots_and_its_id(protected: Owner, db_path: Path) -> None:
    keys = keyfile.read(keyfile.path_beside(db_path))
    data_key = encryption.key_of(db_path)
    assert keyfile.open_slot(keys, keyfile.PASSWORD, protected.password) == data_key
    # A slot moved under the other name, or the file's id changed, opens nothing.
    swapped = keyfile.ShopKeys(keys.file_id, {keyfile.RECOVERY: keys.slots[keyfile.PASSWORD]})
    assert keyfile.open_slot(swapped, keyfile.RECOVERY, protected.password) is None
    renamed = keyfile.ShopKeys("0" * 32, keys.slots)
    assert keyfile.open_slot(renamed, keyfile.PASSWORD, protected.password) is None
    assert keyfile.from_json(keyfile.to_json(keys)) == keys


def test_the_real_key_wrapping_is_argon2id_at_the_shops_cost() -> None:
    assert keyfile.SHOP_KDF.time_cost == 3 and keyfile.SHOP_KDF.parallelism == 4
    assert keyfile.SHOP_KDF.memory_cost == 64 * 1024
    keyfile.KDF = keyfile.SHOP_KDF
    keys, data_key = keyfile.create("owner-secret", "ABCD-EFGH-JKMN-PQRS-TUVW")
    assert {slot.kdf for slot in keys.slots.values()} == {keyfile.SHOP_KDF}
    assert keyfile.unlock(keys, {keyfile.RECOVERY: "ABCD-EFGH-JKMN-PQRS-TUVW"}) == (
        keyfile.RECOVERY,
        data_key,
    )


# --- working on a protected shop -------------------------------------------------------------


def test_sqlciphers_own_sqlite_has_the_trigram_search_the_counter_needs() -> None:
    conn = encryption.connect(":memory:", bytes(32))
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(name, phones, content='', tokenize='trigram')")
    conn.execute("INSERT INTO f (rowid, name, phones) VALUES (7, '欧阳娜娜', '13912345678 ')")
    assert conn.execute("SELECT rowid FROM f WHERE f MATCH 'phones : \"2345\"'").fetchall() == [
        (7,)
    ]
    assert conn.execute("SELECT rowid FROM f WHERE f MATCH '\"阳娜娜\"'").fetchall() == [(7,)]
    conn.close()


def test_search_by_phone_ending_and_by_name_works_on_a_protected_shop(protected: Owner) -> None:
    ids = {name: profiles.find_by_phone(phone).id for name, phone in PEOPLE}
    assert search.find("5678").top == ids["欧阳娜娜"]  # phone ending
    assert search.search_ids("2345") == [ids["欧阳娜娜"]]  # inside the phone: FTS trigram
    assert search.search_ids("阳娜娜") == [ids["欧阳娜娜"]]  # inside the name: FTS trigram
    assert search.search_ids("ng Weiw") == [ids["Zhang Weiwei"]]
    assert search.search_ids("司马") == [ids["司马相如"]]  # name start
    # What is added or deleted later is found, or not, as on a plain shop (the triggers).
    later = profiles.quick_add("慕容复", "13722223333")
    assert search.search_ids("容复") == [later.id] and search.search_ids("22233") == [later.id]
    profiles.delete_customer(accounts.owner(), later.id)
    assert search.search_ids("22233") == []


def test_a_protected_shop_starts_its_day_and_takes_a_demo(tmp_path: Path) -> None:
    from shopcrm.care import rules
    from shopcrm.demo.generator import fill_demo
    from shopcrm.loyalty import upkeep

    fresh = tmp_path / "fresh" / "shop.db"
    open_shop(fresh, language="zh_CN")
    found, code = accounts.set_up_owner("王店长", "owner-secret")
    protection.protect(found, "owner-secret", code)
    summary = fill_demo(60, seed=2)  # the bulk writer's own executemany, through SQLCipher
    assert Customer.select().count() == 60 and summary.purchases > 0
    assert backup.daily_backup(database.obj, fresh) is not None
    upkeep.daily_catch_up()
    rules.daily_plan()
    database.close()
    assert run_cli("--db", fresh, "check", password="owner-secret").code == cli.OK


# --- backups ---------------------------------------------------------------------------------


def test_backup_verify_and_restore_stay_protected(protected: Owner, db_path: Path) -> None:
    count = Customer.select().count()
    made = backup.backup_now(database.obj, db_path)
    assert not encryption.has_plain_header(made) and readable(made) == []
    assert keyfile.path_beside(made).read_text() == keyfile.path_beside(db_path).read_text()
    assert backup.verify(made) == schema.SCHEMA_VERSION
    assert backup.newest_good(db_path).path == made
    profiles.quick_add("后来的客人", "13511112222")
    database.close()
    aside = backup.restore(db_path, made)
    open_shop(db_path)
    assert Customer.select().count() == count
    assert encryption.is_encrypted(db_path) and readable(db_path) == []
    # The shop as it was before the restore is kept aside, protected too.
    assert aside is not None and encryption.is_encrypted(aside) and readable(aside) == []
    assert backup.verify(aside) == schema.SCHEMA_VERSION


def test_a_backup_whose_key_is_not_given_is_neither_good_nor_bad(
    protected: Owner, db_path: Path
) -> None:
    made = backup.backup_now(database.obj, db_path)
    backup._record(made, None)  # as if never checked
    _reopen_locked(db_path)
    with pytest.raises(encryption.ShopLocked):
        backup.verify(made)
    assert backup.newest_good(db_path) is None or backup.newest_good(db_path).path != made
    assert backup._manifest(made.parent).get(made.name) is None
    # The owner's password of its time opens it on its own, wherever it was copied.
    copy = made.parent.parent / "usb" / made.name
    copy.parent.mkdir()
    copy.write_bytes(made.read_bytes())
    keyfile.path_beside(copy).write_bytes(keyfile.path_beside(made).read_bytes())
    protection.unlock(copy, protected.password)
    assert backup.verify(copy) == schema.SCHEMA_VERSION


def test_a_damaged_protected_backup_is_refused(protected: Owner, db_path: Path) -> None:
    made = backup.backup_now(database.obj, db_path)
    data = bytearray(made.read_bytes())
    data[4096 * 3 + 600 : 4096 * 3 + 608] = b"\x00" * 8
    made.write_bytes(bytes(data))
    with pytest.raises(Exception, match="choose another backup"):
        backup.verify(made)


def test_a_plain_backup_restored_into_a_protected_shop_keeps_it_protected(
    owner: Owner, db_path: Path
) -> None:
    plain = backup.backup_now(database.obj, db_path)
    count = Customer.select().count()
    protection.protect(accounts.owner(), owner.password, owner.recovery_code)
    profiles.quick_add("后来的客人", "13511112222")
    database.close()
    backup.restore(db_path, plain)
    assert encryption.is_encrypted(db_path) and readable(db_path) == []
    open_shop(db_path)
    assert Customer.select().count() == count
    database.close()


def test_a_protected_backup_restored_into_a_plain_shop_keeps_it_plain(
    protected: Owner, db_path: Path
) -> None:
    made = backup.backup_now(database.obj, db_path)
    count = Customer.select().count()
    protection.unprotect(accounts.owner(), protected.password)
    profiles.quick_add("后来的客人", "13511112222")
    database.close()
    backup.restore(db_path, made)
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    with closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == count


# --- the command line ------------------------------------------------------------------------


def _shop_with_owner(folder: Path) -> tuple[Path, Owner]:
    db_path = folder / "shop.db"
    open_shop(db_path, language="zh_CN")
    owner = set_up(extra_customers=10)
    database.close()
    return db_path, owner


def _code_file(folder: Path, code: str) -> Path:
    path = folder / "code.txt"
    path.write_text(code + "\n", encoding="utf-8")
    return path


def test_protect_backup_check_restore_and_unprotect_on_the_command_line(tmp_path: Path) -> None:
    db_path, owner = _shop_with_owner(tmp_path)
    code = _code_file(tmp_path, owner.recovery_code)
    ran = run_cli("--db", db_path, "protect", "--recovery-code-file", code, password=owner.password)
    assert ran.code == cli.OK, ran.err
    assert "still plain" in ran.out and "before-protect" in ran.out
    assert encryption.is_encrypted(db_path) and readable(db_path) == []
    encryption.forget_all()  # each run of the command line unlocks the shop itself
    checked = run_cli("--db", db_path, "check", password=owner.password)
    assert checked.code == cli.OK and "all good" in checked.out, checked.err
    encryption.forget_all()
    assert run_cli("--db", db_path, "check", password=owner.recovery_code).code == cli.OK
    encryption.forget_all()
    saved = run_cli("--db", db_path, "backup", password=owner.password)
    assert saved.code == cli.OK, saved.err
    made = Path(saved.out.split(": ", 1)[1].strip())
    assert readable(made) == [] and keyfile.path_beside(made).exists()
    encryption.forget_all()
    restored = run_cli("--db", db_path, "restore", made, password=owner.password)
    assert restored.code == cli.OK, restored.err
    assert encryption.is_encrypted(db_path)
    encryption.forget_all()
    ran = run_cli("--db", db_path, "unprotect", password=owner.password)
    assert ran.code == cli.OK, ran.err
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert run_cli("--db", db_path, "check").code == cli.OK


def test_protect_checks_the_owners_password_and_code_before_anything(tmp_path: Path) -> None:
    db_path, owner = _shop_with_owner(tmp_path)
    code = _code_file(tmp_path, owner.recovery_code)
    ran = run_cli("--db", db_path, "protect", "--recovery-code-file", code, password="wrong-one")
    assert ran.code == cli.UNUSABLE and "password is not right" in ran.err
    wrong_code = _code_file(tmp_path, "AAAA-BBBB-CCCC-DDDD-EEEE")
    ran = run_cli(
        "--db", db_path, "protect", "--recovery-code-file", wrong_code, password=owner.password
    )
    assert ran.code == cli.UNUSABLE and "not the recovery code" in ran.err
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not keyfile.path_beside(db_path).exists()
    assert not list(backup_dir(db_path).glob("*before-protect*"))


def test_a_damaged_protected_shop_fails_the_check(protected: Owner, db_path: Path) -> None:
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    data = bytearray(db_path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle + 700 : middle + 708] = b"\xff" * 8
    db_path.write_bytes(bytes(data))
    encryption.forget_all()
    ran = run_cli("--db", db_path, "check", password=protected.password)
    assert ran.code == cli.PROBLEMS, ran.out + ran.err
    assert "damaged" in ran.err and "Traceback" not in ran.err


# --- what changes the owner's secrets --------------------------------------------------------


def test_a_new_password_rewraps_the_key_and_leaves_the_data_as_it_is(
    protected: Owner, db_path: Path
) -> None:
    made = backup.backup_now(database.obj, db_path)
    file_id = keyfile.read(keyfile.path_beside(db_path)).file_id
    before = made.read_bytes()
    encryption.rewrap_open_shop(password="a-new-password")
    for beside in (db_path, made):
        keys = keyfile.read(keyfile.path_beside(beside))
        assert keys.file_id == file_id
        assert keyfile.open_slot(keys, keyfile.PASSWORD, "a-new-password") is not None
        assert keyfile.open_slot(keys, keyfile.PASSWORD, protected.password) is None
        assert keyfile.open_slot(keys, keyfile.RECOVERY, protected.recovery_code) is not None
    assert made.read_bytes() == before
    encryption.rewrap_open_shop(recovery_code="WXYZ-WXYZ-WXYZ-WXYZ-WXYZ")
    _reopen_locked(db_path)
    assert protection.unlock(db_path, "wxyz wxyz wxyz wxyz wxyz") == keyfile.RECOVERY


def test_a_plain_shop_has_nothing_to_rewrap(db, db_path: Path) -> None:
    encryption.rewrap_open_shop(password="whatever1")
    assert not keyfile.path_beside(db_path).exists()


# --- the swap waits for a quiet shop ---------------------------------------------------------


def test_another_program_holding_the_shop_stops_the_swap(owner: Owner, db_path: Path) -> None:
    count = Customer.select().count()
    other = sqlite3.connect(db_path)  # a second window, say, reading the list
    try:
        other.execute("SELECT count(*) FROM customer").fetchone()
        conversion = protection.start_protecting(
            accounts.owner(), owner.password, owner.recovery_code
        )
        conversion.prepare()
        with pytest.raises(faults.ShopBusy):
            conversion.finish()
    finally:
        other.close()
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert not keyfile.path_beside(db_path).exists()
    assert not encryption.staged_path(db_path).exists()
    assert not db_path.with_name(db_path.name + ".busy").exists()
    assert Customer.select().count() == count  # the shop is open again, as it was
    profiles.quick_add("后来的客人", "13511112222")


def test_a_sale_during_the_conversion_waits_for_it(owner: Owner, db_path: Path) -> None:
    """The conversion holds the write lock from its start: nothing is written meanwhile
    into the file about to be replaced; the writer is told what runs."""
    conversion = protection.start_protecting(accounts.owner(), owner.password, owner.recovery_code)
    try:
        writer = sqlite3.connect(db_path, timeout=0.1)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            writer.execute("UPDATE setting SET value = value WHERE key = 'shop_kind'")
        writer.close()
        said = str(faults.explain(sqlite3.OperationalError("database is locked"), db_path))
        assert "protecting the database" in said
    finally:
        conversion.abandon()
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_copy_that_differs_is_thrown_away_and_the_lock_let_go(
    owner: Owner, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The long part fails on a worker thread, as in the window: the shop stays as it was
    and writable at once."""
    import threading

    from shopcrm.core.errors import ShopError

    monkeypatch.setattr(encryption, "differences", lambda *a, **k: ["rows of customer"])
    conversion = protection.start_protecting(accounts.owner(), owner.password, owner.recovery_code)
    failed: list[BaseException] = []

    def work() -> None:
        try:
            conversion.prepare()
        except ShopError as error:
            failed.append(error)
        finally:
            database.close()

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert failed and "not the same as the shop (rows of customer)" in str(failed[0])
    assert not encryption.staged_path(db_path).exists()
    assert not keyfile.path_beside(db_path).exists()
    with closing(sqlite3.connect(db_path, timeout=0.1)) as writer:
        writer.execute("UPDATE setting SET value = value WHERE key = 'shop_kind'")
        writer.commit()
    profiles.quick_add("后来的客人", "13511112222")


def test_a_copy_left_by_a_conversion_cut_short_goes_at_the_next_start(
    owner: Owner, db_path: Path
) -> None:
    count = Customer.select().count()
    conversion = protection.start_protecting(accounts.owner(), owner.password, owner.recovery_code)
    conversion.prepare()
    staged = encryption.staged_path(db_path)
    encryption.tidy_staged(db_path)  # a second window opening meanwhile leaves it be
    assert staged.exists()
    conversion._hold.close()  # the PC goes off: the lock and the note go with the process
    conversion._note.close()
    database.close()
    open_shop(db_path)
    assert not staged.exists()
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"
    assert Customer.select().count() == count

"""A shop protected at rest: its file encrypted with SQLCipher, opened with the data key.

An encrypted file does not start "SQLite format 3" and has its key file beside it
(storage/keyfile.py). Plain shops keep Python's own sqlite3; sqlcipher3 is imported
only when an encrypted file is met, so a shop that never chose protection never
depends on it. The two libraries must never have the same file open at once in one
process (each keeps its own record of the locks, and closing a file in one drops the
other's: sqlite.org/howtocorrupt.html, 2.2.1), so each file is read by one of them:
an encrypted one always through sqlcipher3, a plain one through sqlite3, except while
it is converted with nothing else holding it.

Once unlocked, the data key is remembered for this process by its key file's id, so
the shop's backups (whose key files are copies) open with it too.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import Any

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.storage import busy, keyfile

SQLITE_MAGIC = b"SQLite format 3\x00"
SQLCIPHER_COMPATIBILITY = 4  # the file's cipher settings, pinned for later SQLCipher releases
# A whole-file check or copy revisits pages (an index against its table): with SQLite's
# small default cache an encrypted page is decrypted again each time. The shop's own
# connections use the same 64 MB (storage.database.PRAGMAS).
CHECK_CACHE = "PRAGMA cache_size = -64000"
_unlocked: dict[str, bytes] = {}
STAGED = ".converting"  # the converted copy beside the shop until it is swapped in


class ShopLocked(ShopError):
    """The file is protected and its key has not been given in this process."""


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + STAGED)


def tidy_staged(db_path: Path) -> None:
    """A converted copy left by a conversion that never finished (the PC went off in the
    middle) is of no use, and as large as the shop: it goes, unless one is running."""
    staged = staged_path(Path(db_path))
    if staged.exists() and busy.holder(Path(db_path)) is None:
        staged.unlink(missing_ok=True)


def database_errors() -> tuple[type[Exception], ...]:
    """sqlite3's DatabaseError, and sqlcipher3's once it is loaded: the two are unrelated
    classes, so code that catches one must catch both."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (sqlite3.DatabaseError,)
    return (sqlite3.DatabaseError, cipher.DatabaseError)


def sqlite_errors() -> tuple[type[Exception], ...]:
    """Every error either library raises (sqlite3.Error and sqlcipher3's)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def operational_errors() -> tuple[type[Exception], ...]:
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (sqlite3.OperationalError,)
    return (sqlite3.OperationalError, cipher.OperationalError)


def has_plain_header(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def is_encrypted(path: Path) -> bool:
    """Whether `path` is a protected shop: no SQLite header, and a key file beside it."""
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return False
    return not has_plain_header(path) and keyfile.path_beside(path).is_file()


def remember(keys: keyfile.ShopKeys, data_key: bytes) -> None:
    _unlocked[keys.file_id] = data_key


def forget_all() -> None:
    """Forget every key given in this process (the tests start each shop locked)."""
    _unlocked.clear()


def known_key(path: Path) -> bytes | None:
    """The data key of the protected file at `path`, if it was unlocked in this process."""
    keys = keyfile.read(keyfile.path_beside(Path(path)))
    return _unlocked.get(keys.file_id)


def key_of(path: Path) -> bytes:
    """The data key of the protected file at `path`; ShopLocked if it was not given."""
    key = known_key(path)
    if key is None:
        raise ShopLocked(
            tr(
                "{path} is protected with the owner's password. It opens once the owner's "
                "password or the recovery code of its time is given."
            ).format(path=path)
        )
    return key


def raw_key(data_key: bytes) -> str:
    """The data key as SQLCipher takes it raw (no key derivation of its own)."""
    return f"x'{data_key.hex()}'"


def sqlcipher() -> Any:
    """sqlcipher3's DB-API module, loaded on first need; its absence said in words."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError:
        raise ShopError(
            tr(
                "This shop is protected, and opening it needs SQLCipher (the sqlcipher3 "
                "package), which is missing from this installation. Install shopcrm again."
            )
        ) from None
    return dbapi2


def connect(target: str | Path, data_key: bytes | None, *, uri: bool = False, **options: Any):
    """A sqlcipher3 connection to `target`, keyed with `data_key` (None: a plain file).

    A wrong key raises at the first read, "file is not a database"; SQLCipher's own log
    of it is silenced, the caller says it in words.
    """
    conn = sqlcipher().connect(str(target), uri=uri, **options)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if data_key is not None:
            conn.execute(f'PRAGMA key = "{raw_key(data_key)}"')
            conn.execute(f"PRAGMA cipher_compatibility = {SQLCIPHER_COMPATIBILITY}")
        conn.execute(CHECK_CACHE)
    except BaseException:
        conn.close()
        raise
    return conn


def cipher_problems(conn: Any) -> list[str]:
    """What SQLCipher finds wrong with the pages of an encrypted file (each page's HMAC)."""
    return [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]


def export(source: Path, source_key: bytes | None, dest: Path, dest_key: bytes | None) -> None:
    """Write the database at `source` into the new file `dest`, encrypted with `dest_key`
    (None: plain). sqlcipher_export copies every table, index, trigger and FTS table, but
    not the header's user_version and application_id: those are carried over by hand."""
    dest.unlink(missing_ok=True)
    conn = connect(source, source_key, isolation_level=None)
    try:
        conn.execute(
            "ATTACH DATABASE ? AS converted KEY ?",
            (str(dest), raw_key(dest_key) if dest_key is not None else ""),
        )
        if dest_key is not None:
            conn.execute(f"PRAGMA converted.cipher_compatibility = {SQLCIPHER_COMPATIBILITY}")
        conn.execute("SELECT sqlcipher_export('converted')")
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA main.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA converted.{pragma} = {value}")
        conn.execute("DETACH DATABASE converted")
    finally:
        conn.close()


def _facts(conn: Any) -> dict[str, object]:
    """What a conversion must keep: the header's marks, the schema, every table's rows,
    and what the search finds for a few of the customers."""
    found: dict[str, object] = {
        pragma: conn.execute(f"PRAGMA {pragma}").fetchone()[0]
        for pragma in ("user_version", "application_id")
    }
    schema = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    found["schema"] = schema
    for kind, name, _table, sql in schema:
        if kind == "table" and not (sql or "").upper().startswith("CREATE VIRTUAL"):
            found[f"rows of {name}"] = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
    if any(name == "customer_fts" for _kind, name, _table, _sql in schema):
        for probe in _search_probes(conn):
            found[f"search {probe}"] = conn.execute(
                "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? ORDER BY rowid "
                "LIMIT 200",
                (probe,),
            ).fetchall()
    return found


def _search_probes(conn: Any) -> list[str]:
    """Phone endings and names of the first, a middle and the last active customer."""
    rows = conn.execute(
        "SELECT name, phone FROM customer WHERE deleted_at IS NULL AND id IN ("
        " (SELECT min(id) FROM customer WHERE deleted_at IS NULL),"
        " (SELECT max(id) FROM customer WHERE deleted_at IS NULL),"
        " (SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id"
        "  LIMIT 1 OFFSET (SELECT count(*) / 2 FROM customer WHERE deleted_at IS NULL)))"
    ).fetchall()
    probes = []
    for name, phone in rows:
        if phone and len(phone) >= 4:
            probes.append('phones : "' + phone[-4:] + '"')
        if name and len(name) >= 3:
            probes.append('name : "' + name.replace('"', '""') + '"')
    return probes


def differences(before: Any, after: Any, *, encrypted: bool) -> list[str]:
    """Where the converted copy `after` differs from `before` (nothing: a faithful copy),
    and what is wrong with its pages (`encrypted`) and structure."""
    was, now = _facts(before), _facts(after)
    found = [what for what in sorted(set(was) | set(now)) if was.get(what) != now.get(what)]
    checked = [row[0] for row in after.execute("PRAGMA integrity_check")]
    if checked != ["ok"]:
        found.append("integrity: " + "; ".join(checked[:3]))
    if after.execute("PRAGMA foreign_key_check").fetchall():
        found.append("broken links between records")
    if encrypted:
        found += cipher_problems(after)[:3]
    return found


def rewrap_open_shop(*, password: str | None = None, recovery_code: str | None = None) -> None:
    """The owner's password or recovery code changed: re-wrap the open shop's data key.

    For the accounts code, to call inside the transaction that changes the password or
    the code, so a key file that cannot be written takes the change back too. The
    recovery code is given in its canonical form (secrets.typed_code). Nothing to do
    for a plain shop. The key files beside the backups in the shop's own backups folder
    are re-wrapped as well; copies elsewhere (a USB stick) keep the old password.
    """
    from shopcrm.core.paths import backup_dir
    from shopcrm.storage.models import database

    data_key = getattr(database.obj, "data_key", None)
    if data_key is None:
        return
    db_path = Path(database.obj.database)
    shop_keys = keyfile.read(keyfile.path_beside(db_path))
    changed = shop_keys
    if password is not None:
        changed = keyfile.rewrapped(changed, data_key, keyfile.PASSWORD, password)
    if recovery_code is not None:
        changed = keyfile.rewrapped(changed, data_key, keyfile.RECOVERY, recovery_code)
    keyfile.write(keyfile.path_beside(db_path), changed)
    folder = backup_dir(db_path)
    for beside in sorted(folder.glob(f"*.db{keyfile.SUFFIX}")) if folder.is_dir() else []:
        try:
            if keyfile.read(beside).file_id == shop_keys.file_id:
                keyfile.write(beside, changed)
        except ShopError:
            continue  # a damaged copy beside an old backup: the shop's own file is written

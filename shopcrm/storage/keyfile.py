"""The key file of a protected shop: one random data key, wrapped by the owner's password
and by the recovery code.

The database is encrypted with a random 256-bit data key that SQLCipher takes raw, so
no connection pays for a slow key derivation. The data key itself is kept only wrapped
(AES-GCM) under keys made slowly from the owner's password and from the recovery code
(argon2id), each slot with its own salt and nonce, bound to its slot and to this key
file's id. Changing the password re-wraps one slot: the database and its backups stay
as they are. The file beside the database (`shop.db.keys`, copied beside each backup)
holds no secret in clear; without it the database cannot be opened at all.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path

from shopcrm.core.errors import ShopError, UnusableDatabase
from shopcrm.core.i18n import tr
from shopcrm.core.paths import make_private

FORMAT = 1
SUFFIX = ".keys"
PASSWORD, RECOVERY = "password", "recovery"
SLOTS = (PASSWORD, RECOVERY)
DATA_KEY_BYTES = 32
SALT_BYTES, NONCE_BYTES = 16, 12
WRAPPED_BYTES = DATA_KEY_BYTES + 16  # AES-GCM adds its 16-byte tag
_AAD = "shopcrm-keys-v1|{slot}|{file_id}"


@dataclass(frozen=True)
class KdfParams:
    """argon2id's cost, kept in each slot so a later change of the default still opens it."""

    time_cost: int
    memory_cost: int  # KiB
    parallelism: int


# argon2id at RFC 9106's second recommended setting (64 MiB, three passes), as the
# passwords' hashes are; the test suite swaps in a lighter one.
SHOP_KDF = KdfParams(time_cost=3, memory_cost=64 * 1024, parallelism=4)
KDF = SHOP_KDF
# What a slot may ask for: a damaged or doctored file must not hang the PC for an hour.
_MOST = KdfParams(time_cost=32, memory_cost=1024 * 1024, parallelism=16)


class WrongSecret(ShopError):
    """Neither slot opens with what was typed."""


@dataclass(frozen=True)
class Slot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class ShopKeys:
    """What the key file holds: its id and the data key wrapped once per slot."""

    file_id: str
    slots: dict[str, Slot] = field(default_factory=dict)


def path_beside(db_file: Path) -> Path:
    """The key file of a database file or of a backup: `shop.db` -> `shop.db.keys`."""
    return db_file.with_name(db_file.name + SUFFIX)


def _kek(secret: str, salt: bytes, kdf: KdfParams) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        time_cost=kdf.time_cost,
        memory_cost=kdf.memory_cost,
        parallelism=kdf.parallelism,
        hash_len=32,
        type=Type.ID,
    )


def _aad(slot: str, file_id: str) -> bytes:
    return _AAD.format(slot=slot, file_id=file_id).encode("ascii")


def _wrap(data_key: bytes, secret: str, slot: str, file_id: str) -> Slot:
    # Loaded when a key is made or opened: a plain shop's start does not pay for it.
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(NONCE_BYTES)
    wrapped = AESGCM(_kek(secret, salt, KDF)).encrypt(nonce, data_key, _aad(slot, file_id))
    return Slot(KDF, salt, nonce, wrapped)


def create(password: str, recovery_code: str) -> tuple[ShopKeys, bytes]:
    """A new data key and its key file, opened by `password` or by `recovery_code`
    (the code as accounts keeps it, in its canonical form)."""
    data_key = secrets.token_bytes(DATA_KEY_BYTES)
    file_id = secrets.token_hex(16)
    slots = {
        PASSWORD: _wrap(data_key, password, PASSWORD, file_id),
        RECOVERY: _wrap(data_key, recovery_code, RECOVERY, file_id),
    }
    return ShopKeys(file_id, slots), data_key


def open_slot(keys: ShopKeys, slot: str, secret: str) -> bytes | None:
    """The data key if `secret` opens `slot`, else None."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    found = keys.slots.get(slot)
    if found is None:
        return None
    try:
        key = AESGCM(_kek(secret, found.salt, found.kdf)).decrypt(
            found.nonce, found.wrapped, _aad(slot, keys.file_id)
        )
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


def unlock(keys: ShopKeys, tries: dict[str, str]) -> tuple[str, bytes]:
    """The slot that opened and the data key, trying each slot with its own form of what
    was typed (the recovery code is read back from paper in any case and spacing)."""
    for slot in SLOTS:
        if slot in tries:
            key = open_slot(keys, slot, tries[slot])
            if key is not None:
                return slot, key
    raise WrongSecret(
        tr(
            "That is neither the owner's password nor the recovery code of this shop. "
            "Check the keyboard's language and Caps Lock, and try again."
        )
    )


def rewrapped(keys: ShopKeys, data_key: bytes, slot: str, secret: str) -> ShopKeys:
    """The same key file with one slot wrapped anew by `secret` (a new password or code)."""
    if slot not in SLOTS:
        raise ValueError(f"unknown key slot {slot!r}")
    return replace(keys, slots={**keys.slots, slot: _wrap(data_key, secret, slot, keys.file_id)})


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def to_json(keys: ShopKeys) -> str:
    slots = {
        name: {
            "kdf": {
                "name": "argon2id",
                "time_cost": slot.kdf.time_cost,
                "memory_cost": slot.kdf.memory_cost,
                "parallelism": slot.kdf.parallelism,
            },
            "salt": _b64(slot.salt),
            "nonce": _b64(slot.nonce),
            "wrapped": _b64(slot.wrapped),
        }
        for name, slot in keys.slots.items()
    }
    cipher = "SQLCipher 4, raw 256-bit key"
    body = {"format": FORMAT, "file_id": keys.file_id, "cipher": cipher, "slots": slots}
    return json.dumps(body, indent=1, sort_keys=True)


def _slot_from(data: dict[str, object]) -> Slot:
    kdf = data["kdf"]
    if not isinstance(kdf, dict) or kdf.get("name") != "argon2id":
        raise ValueError("unknown key derivation")
    params = KdfParams(int(kdf["time_cost"]), int(kdf["memory_cost"]), int(kdf["parallelism"]))
    if not (
        1 <= params.time_cost <= _MOST.time_cost
        and 8 <= params.memory_cost <= _MOST.memory_cost
        and 1 <= params.parallelism <= _MOST.parallelism
    ):
        raise ValueError("key derivation out of bounds")
    salt, nonce, wrapped = (
        base64.b64decode(str(data[part]), validate=True) for part in ("salt", "nonce", "wrapped")
    )
    if len(salt) < SALT_BYTES or len(nonce) != NONCE_BYTES or len(wrapped) != WRAPPED_BYTES:
        raise ValueError("key slot of the wrong size")
    return Slot(params, salt, nonce, wrapped)


def from_json(text: str) -> ShopKeys:
    body = json.loads(text)
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise ValueError("unknown key file format")
    found = body["slots"]
    if not isinstance(found, dict) or not all(isinstance(s, dict) for s in found.values()):
        raise ValueError("key slots of the wrong shape")
    slots = {name: _slot_from(slot) for name, slot in found.items() if name in SLOTS}
    return ShopKeys(str(body["file_id"]), slots)


def read(path: Path) -> ShopKeys:
    """The key file at `path`; a missing or unreadable one says what to do."""
    try:
        return from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UnusableDatabase(
            tr(
                "The key file {path} is missing, and without it the protected database "
                "beside it cannot be opened. Put the key file back (a backup's .keys file "
                "made at the same time opens it too)."
            ).format(path=path)
        ) from None
    except (OSError, ValueError, KeyError, TypeError, binascii.Error) as error:
        raise UnusableDatabase(
            tr(
                "The key file {path} cannot be read ({reason}). Put back a good copy: "
                "the .keys file beside the newest backup opens the database too."
            ).format(path=path, reason=getattr(error, "strerror", None) or error)
        ) from None


def write(path: Path, keys: ShopKeys) -> None:
    """Write the key file whole or not at all: it is the only way into the database."""
    partial = path.with_name(path.name + ".part")
    with partial.open("w", encoding="utf-8") as handle:
        handle.write(to_json(keys))
        handle.flush()
        os.fsync(handle.fileno())
    make_private(partial)
    os.replace(partial, path)

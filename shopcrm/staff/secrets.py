"""Passwords, PINs and the recovery code: stored only as slow salted hashes (argon2).

A four-digit PIN has ten thousand values, so its hash alone does not protect it
from someone who copies the file; what protects a PIN is the counter's lockout
(accounts.py). The owner's password and the recovery code are the real secrets.
"""

from __future__ import annotations

import secrets as token

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# argon2id at RFC 9106's second recommended setting: 64 MiB, three passes.
SHOP_HASHER = PasswordHasher(time_cost=3, memory_cost=64 * 1024, parallelism=4)
_HASHER = SHOP_HASHER  # the one in use (the test suite swaps in a lighter one)
# Letters and digits that cannot be mistaken for each other when read off paper.
_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS, CODE_GROUP_SIZE = 5, 4


def hashed(secret: str) -> str:
    return _HASHER.hash(secret)


def matches(stored: str | None, secret: str) -> bool:
    """Whether `secret` is the one `stored` was made from; no hash matches nothing."""
    if not stored:
        return False
    try:
        return _HASHER.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False


def recovery_code() -> str:
    """A fresh code of 20 characters in groups (about 99 bits), to write down once."""
    groups = (
        "".join(token.choice(_CODE_ALPHABET) for _ in range(CODE_GROUP_SIZE))
        for _ in range(CODE_GROUPS)
    )
    return "-".join(groups)


def typed_code(text: str) -> str:
    """The code as typed back from paper: any case, with or without spaces and dashes."""
    kept = "".join(ch for ch in text.upper() if ch.isalnum())
    return "-".join(kept[i : i + CODE_GROUP_SIZE] for i in range(0, len(kept), CODE_GROUP_SIZE))

"""Protected shops for the tests: the key wrapping at its lightest, and a shop with
customers whose owner's password and recovery code the test knows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from shopcrm.customers import profiles
from shopcrm.staff import accounts
from shopcrm.storage import encryption, keyfile
from tests.conftest import OWNER_PASSWORD

# Names, phones and an address that must never be readable in a protected file.
PEOPLE = (
    ("欧阳娜娜", "13912345678"),
    ("Zhang Weiwei", "13800138000"),
    ("司马相如", "13698765432"),
)
ADDRESS = "杭州市西湖区文三路88号"


@contextmanager
def light_key_wrapping() -> Iterator[None]:
    """argon2 at its lightest for the key slots (the real cost is tested on its own), and
    every key forgotten after, so each test meets its shop locked."""
    before = keyfile.KDF
    keyfile.KDF = keyfile.KdfParams(time_cost=1, memory_cost=64, parallelism=1)
    try:
        yield
    finally:
        keyfile.KDF = before
        encryption.forget_all()


@dataclass(frozen=True)
class Owner:
    name: str
    password: str
    recovery_code: str


def set_up(extra_customers: int = 0) -> Owner:
    """In the open shop: its owner (her recovery code kept), the PEOPLE and more customers."""
    _found, code = accounts.set_up_owner("王店长", OWNER_PASSWORD)
    for name, phone in PEOPLE:
        customer = profiles.quick_add(name, phone)
        if name == PEOPLE[0][0]:
            profiles.update_customer(customer.id, {"address": ADDRESS})
    for n in range(extra_customers):
        profiles.quick_add(f"顾客{n:03d}号", f"1370000{n:04d}")
    return Owner("王店长", OWNER_PASSWORD, code)


def readable(path: Path) -> list[str]:
    """Which of the PEOPLE's names, phones and the address can be read in the bytes of
    `path` and of its -wal file."""
    found = []
    for file in (path, path.with_name(path.name + "-wal")):
        if not file.exists():
            continue
        data = file.read_bytes()
        for word in (*(w for person in PEOPLE for w in person), ADDRESS):
            for form in (word.encode("utf-8"), word.encode("utf-16-le")):
                if form in data:
                    found.append(f"{word} in {file.name}")
    return found

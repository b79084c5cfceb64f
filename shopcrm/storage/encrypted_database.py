"""The shop's database class for an encrypted file: the same checks as a plain one,
over SQLCipher (peewee's playhouse.sqlcipher_ext on the sqlcipher3 wheel).

Imported only when a protected shop is opened, so a plain shop never loads SQLCipher.
"""

from __future__ import annotations

from pathlib import Path

from playhouse.sqlcipher_ext import SqlCipherDatabase

from shopcrm.storage.database import PRAGMAS, ShopDatabase
from shopcrm.storage.encryption import SQLCIPHER_COMPATIBILITY, raw_key

# SQLCipher's log is silenced before the first read (a wrong key would print its HMAC
# failures on stderr), and its cipher settings pinned before that read too.
CIPHER_PRAGMAS = {
    "cipher_log_level": "NONE",
    "cipher_compatibility": SQLCIPHER_COMPATIBILITY,
    **PRAGMAS,
}


class EncryptedShopDatabase(ShopDatabase, SqlCipherDatabase):
    """Each connection is keyed with the raw data key: no key derivation per connection,
    so a worker's connection opens as fast as on a plain shop."""

    def __init__(self, path: Path, data_key: bytes) -> None:
        super().__init__(
            str(path),
            passphrase=raw_key(data_key),
            pragmas=CIPHER_PRAGMAS,
            check_same_thread=False,
        )
        self.data_key = data_key

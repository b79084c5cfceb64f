"""A demo maker that dies after its first chunk, as a killed second process would."""

from __future__ import annotations

import os
import random
from multiprocessing.connection import Connection

from shopcrm.demo import chunks
from shopcrm.demo.shop import Shop


def dies_after_a_chunk(
    sending: Connection, total: int, size: int, state: tuple, shop: Shop
) -> None:
    rng = random.Random()
    rng.setstate(state)
    sending.send_bytes(chunks._packed(next(chunks._chunks(total, size, rng, shop))))
    os._exit(3)

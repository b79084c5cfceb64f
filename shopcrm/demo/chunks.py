"""The demo's customers and their history, a chunk at a time, made here or by a second
process while this one writes.

At a million customers making the rows takes about as long as writing them, so a big
demo makes them in a second process: the demo then takes the longer of the two rather
than their sum. That process starts from the same shop and random state and hands both
back when done, so the same seed gives the same shop either way.
"""

from __future__ import annotations

import marshal
import multiprocessing
import random
from collections.abc import Iterator
from dataclasses import dataclass, fields
from multiprocessing.connection import Connection

from shopcrm.demo.history import history_rows
from shopcrm.demo.people import customer_rows, key_date_rows
from shopcrm.demo.shop import Shop
from shopcrm.demo.writer import History, Row

CHUNK = 5_000  # customers made and written at a time: memory stays flat at 1M.
# Below this many customers, starting a second process costs more than it saves.
SECOND_PROCESS_FROM = 50_000


@dataclass(frozen=True)
class Chunk:
    customers: list[Row]
    key_dates: list[Row]
    history: History


@dataclass(frozen=True)
class _Finished:
    """The second process's random state and shop (its phones, next ids) at the end."""

    state: tuple[object, ...]
    shop: Shop


def made(total: int, rng: random.Random, shop: Shop) -> Iterator[Chunk]:
    """The chunks of `total` customers from the shop's first id; `rng` and `shop` end as
    if every chunk were made here. Close it when stopping early (contextlib.closing)."""
    if total < SECOND_PROCESS_FROM:
        yield from _chunks(total, CHUNK, rng, shop)
    else:
        yield from _from_a_second_process(total, rng, shop)


def _chunks(total: int, size: int, rng: random.Random, shop: Shop) -> Iterator[Chunk]:
    """The random draws follow chunk by chunk: the same size gives the same shop."""
    for start in range(0, total, size):
        rows = customer_rows(min(size, total - start), rng, shop, shop.first_id + start)
        yield Chunk(rows, key_date_rows(rows, rng), history_rows(rows, rng, shop))


def _make(
    sending: Connection, total: int, size: int, state: tuple[object, ...], shop: Shop
) -> None:
    """The second process: every chunk down the pipe, then how it finished."""
    rng = random.Random()
    rng.setstate(state)
    for chunk in _chunks(total, size, rng, shop):
        sending.send_bytes(_packed(chunk))
    sending.send_bytes(b"")
    sending.send(_Finished(rng.getstate(), shop))
    sending.close()


def _packed(chunk: Chunk) -> bytes:
    # marshal, not pickle: rows are plain tuples, and it packs and unpacks them in half
    # the time (both ends run the same Python).
    history = tuple(getattr(chunk.history, field.name) for field in fields(History))
    return marshal.dumps((chunk.customers, chunk.key_dates, history))


def _unpacked(packed: bytes) -> Chunk:
    customers, key_dates, history = marshal.loads(packed)
    return Chunk(customers, key_dates, History(*history))


def _from_a_second_process(total: int, rng: random.Random, shop: Shop) -> Iterator[Chunk]:
    # Spawned, not forked: the same on every system, and nothing of this process's open
    # database reaches the child. The pipe holds about one chunk, so memory stays flat.
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    maker = context.Process(
        target=_make,
        args=(sending, total, CHUNK, rng.getstate(), shop),
        name="demo-maker",
        daemon=True,
    )
    maker.start()
    sending.close()
    try:
        while True:
            try:  # waits for the next chunk; the end of the pipe if the maker stopped
                packed = receiving.recv_bytes()
                if not packed:
                    finished: _Finished = receiving.recv()
                    rng.setstate(finished.state)
                    vars(shop).update(vars(finished.shop))
                    return
            except EOFError:
                maker.join()
                raise RuntimeError(
                    f"the demo's second process stopped early (exit code {maker.exitcode})"
                ) from None
            yield _unpacked(packed)
    finally:
        receiving.close()
        if maker.is_alive():
            maker.terminate()
        maker.join()

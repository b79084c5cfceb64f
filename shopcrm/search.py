"""Finding a customer as the clerk types.

The query goes through a cascade of indexed lookups, best kind of match
first: customer number, phone ending (reversed-phone prefix), phone start,
name start, given name (reversed-name prefix), pinyin initials, full pinyin,
then substrings of three or more characters through the trigram index. Each
step is a B-tree or FTS seek with a LIMIT, so the cost does not grow with the
number of customers. Only a one- or two-character term found nowhere else
falls back to a scan of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from shopcrm.models import Customer
from shopcrm.search_keys import fold

DIGITS = re.compile(r"^[\d\s\-+()]+$")
NUMBER = re.compile(r"^c0*(\d{1,9})$")
GLOB_SPECIAL = re.compile(r"([*?\[\]])")


def glob_prefix(text: str) -> str:
    return GLOB_SPECIAL.sub(r"[\1]", text) + "*"


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _where(sql: str) -> str:
    return f"SELECT id FROM customer WHERE deleted_at IS NULL AND {sql} LIMIT ?"


def _lookups(query: str) -> Iterator[tuple[str, tuple[object, ...]]]:
    """(SQL returning ids, parameters) for each kind of match, best first."""
    query = "".join(ch for ch in query if ch.isprintable())
    text = fold(query)
    if not text:
        return
    number = NUMBER.match(text)
    if number:
        yield _where("number = ?"), (f"C{int(number.group(1)):06d}",)
    if DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if not digits:
            return
        if len(digits) <= 9:
            yield _where("number = ?"), (f"C{int(digits):06d}",)
        yield _where("phone_rev GLOB ? ORDER BY phone_rev"), (glob_prefix(digits[::-1]),)
        yield _where("phone GLOB ? ORDER BY phone"), (glob_prefix(digits),)
        yield _where("phone2 GLOB ?"), (glob_prefix(digits),)
        if len(digits) >= 3:
            yield _fts("phones", digits)
        return
    yield _where("name GLOB ? ORDER BY name"), (glob_prefix(query.strip()),)
    yield _where("name_rev GLOB ? ORDER BY name_rev"), (glob_prefix(text[::-1]),)
    if text.isascii():
        yield _where("py_initials GLOB ? ORDER BY py_initials"), (glob_prefix(text),)
        yield _where("py_full GLOB ? ORDER BY py_full"), (glob_prefix(text),)
    if len(text) >= 3:
        yield _fts(None, text)


def _scan(query: str, limit: int) -> list[int]:
    """A one- or two-character term inside a longer name (欧阳娜娜's 阳): a scan of
    names, run only when no indexed lookup found anyone, so its cost is rare."""
    text = fold("".join(ch for ch in query if ch.isprintable()))
    if not text or len(text) >= 3 or text.isascii():
        return []
    rows = Customer._meta.database.execute_sql(_where("instr(name, ?) > 0"), (text, limit))
    return [customer_id for (customer_id,) in rows]


def _fts(column: str | None, text: str) -> tuple[str, tuple[object, ...]]:
    target = f"{column} : {_fts_phrase(text)}" if column else _fts_phrase(text)
    return (
        "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?",
        (target,),
    )


def search_ids(query: str, limit: int = 50) -> list[int]:
    """Ids of active customers matching `query`, best matches first."""
    found: dict[int, None] = {}
    db = Customer._meta.database
    for sql, params in _lookups(query):
        for (customer_id,) in db.execute_sql(sql, (*params, limit)):
            found.setdefault(customer_id, None)
        if len(found) >= limit:
            break
    if not found:
        return _scan(query, limit)
    return list(found)[:limit]


def search(query: str, limit: int = 50) -> list[Customer]:
    """Matching customers, best first."""
    ids = search_ids(query, limit)
    if not ids:
        return []
    by_id = {c.id: c for c in Customer.select().where(Customer.id.in_(ids))}
    return [by_id[i] for i in ids if i in by_id]

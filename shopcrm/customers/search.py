"""Finding a customer as the clerk types, and knowing when she must choose.

The query goes through a cascade of indexed lookups, strongest kind of match
first: customer number typed with its C; phone ending (reversed-phone
prefix) or the whole number typed as digits; phone start; name start, given
name (reversed-name prefix), pinyin initials, full pinyin; then substrings of
three or more characters through the trigram index; last, one or two
characters inside a name through the table of name parts. Each step is a
B-tree or FTS seek with a LIMIT, so the cost does not grow with the number of
customers, whether the term finds someone or nobody.

Every step has a rank. Steps of one rank are kinds of match the typed text
cannot tell apart: six digits that are both a customer number and someone's
phone ending; the four ways of typing a name ("Ma" starts Ma Lin's name and
is 孟爱's initials). Enter may open a customer at once only when she alone
holds the best rank (`SearchResult.top`): a wrong guess books a sale to the
wrong customer, a tie costs the clerk one more key.

Digits alone match a customer number only when typed in full (001310 for
C001310): any four digits up to the number of customers are someone's
number, and a clerk typing four digits means a phone ending.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from shopcrm.core.text import visible_text
from shopcrm.customers.search_keys import fold
from shopcrm.storage.models import Customer

DIGITS = re.compile(r"^[\d\s\-+()]+$")
NUMBER = re.compile(r"^c0*(\d{1,9})$")
# Customer numbers are C and at least six digits (settings.take_customer_numbers).
NUMBER_DIGITS = 6
GLOB_SPECIAL = re.compile(r"([*?\[\]])")

Kind = Literal[
    "number",
    "phone_end",
    "phone_start",
    "phone2_start",
    "phone_middle",
    "name_start",
    "given_name",
    "pinyin_initials",
    "pinyin_full",
    "substring",
]


@dataclass(frozen=True)
class Hit:
    """One customer found, by the strongest kind of match that found her."""

    customer_id: int
    kind: Kind
    rank: int  # lower is stronger; equal ranks cannot be told apart by the query


@dataclass(frozen=True)
class SearchResult:
    """The customers found, best first, and whether the best one is alone at the top."""

    hits: tuple[Hit, ...]
    # Decided before the hits were cut to the limit, so a limit of 1 cannot hide a tie.
    unambiguous: bool

    @property
    def ids(self) -> list[int]:
        return [hit.customer_id for hit in self.hits]

    @property
    def top(self) -> int | None:
        """The one customer the clerk means, or None when nobody or several match best."""
        return self.hits[0].customer_id if self.unambiguous else None


@dataclass(frozen=True)
class _Step:
    kind: Kind
    rank: int
    sql: str
    params: tuple[object, ...]


def glob_prefix(text: str) -> str:
    return GLOB_SPECIAL.sub(r"[\1]", text) + "*"


def _fts_phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _where(sql: str) -> str:
    return f"SELECT id FROM customer WHERE deleted_at IS NULL AND {sql} LIMIT ?"


def _fts(column: str | None, text: str) -> tuple[str, tuple[object, ...]]:
    target = f"{column} : {_fts_phrase(text)}" if column else _fts_phrase(text)
    return "SELECT rowid FROM customer_fts WHERE customer_fts MATCH ? LIMIT ?", (target,)


def _digit_steps(digits: str) -> Iterator[_Step]:
    phone_end = _where("phone_rev GLOB ? ORDER BY phone_rev")
    yield _Step("phone_end", 1, phone_end, (glob_prefix(digits[::-1]),))
    if len(digits) >= NUMBER_DIGITS:
        # After the phone ending, at its rank: 001310 may be both, and the clerk chooses.
        yield _Step("number", 1, _where("number = ?"), (f"C{digits}",))
    yield _Step("phone_start", 2, _where("phone GLOB ? ORDER BY phone"), (glob_prefix(digits),))
    yield _Step("phone2_start", 3, _where("phone2 GLOB ?"), (glob_prefix(digits),))
    if len(digits) >= 3:
        yield _Step("phone_middle", 4, *_fts("phones", digits))


def _name_steps(query: str, text: str) -> Iterator[_Step]:
    # Each is one way of typing her name; a Latin surname and pinyin initials
    # (An… and 安娜's "an") are equally likely to be meant.
    yield _Step("name_start", 1, _where("name GLOB ? ORDER BY name"), (glob_prefix(query),))
    yield _Step(
        "given_name", 1, _where("name_rev GLOB ? ORDER BY name_rev"), (glob_prefix(text[::-1]),)
    )
    if text.isascii():
        yield _Step(
            "pinyin_initials",
            1,
            _where("py_initials GLOB ? ORDER BY py_initials"),
            (glob_prefix(text),),
        )
        yield _Step(
            "pinyin_full", 1, _where("py_full GLOB ? ORDER BY py_full"), (glob_prefix(text),)
        )
    if len(text) >= 3:
        yield _Step("substring", 2, *_fts(None, text))


def _steps(query: str) -> Iterator[_Step]:
    """Each kind of match as one indexed lookup, in rank order."""
    query = visible_text(query)
    text = fold(query)
    if not text:
        return
    number = NUMBER.match(text)
    if number:
        yield _Step("number", 0, _where("number = ?"), (f"C{int(number.group(1)):06d}",))
    if DIGITS.match(text):
        digits = re.sub(r"\D", "", text)
        if digits:
            yield from _digit_steps(digits)
        return
    yield from _name_steps(query, text)


def _inside(query: str, limit: int) -> list[int]:
    """A one- or two-character term inside a longer name (欧阳娜娜's 阳), asked only when
    no other step found anyone: the name parts hold only active customers."""
    text = fold(query)
    if not text or len(text) >= 3 or text.isascii():
        return []
    rows = Customer._meta.database.execute_sql(
        "SELECT customer_id FROM name_part WHERE part = ? LIMIT ?", (text, limit)
    )
    return [customer_id for (customer_id,) in rows]


def find(query: str, limit: int = 50) -> SearchResult:
    """Active customers matching `query`, best first, and whether the best is unique."""
    # Two rows from each step at least, to see whether the best match has a twin.
    wanted = max(limit, 2)
    found: dict[int, Hit] = {}
    db = Customer._meta.database
    for step in _steps(query):
        for (customer_id,) in db.execute_sql(step.sql, (*step.params, wanted)):
            found.setdefault(customer_id, Hit(customer_id, step.kind, step.rank))
        # Steps come in rank order, so every step of the best rank has run by now.
        if len(found) >= wanted:
            break
    if not found:
        found = {i: Hit(i, "substring", 2) for i in _inside(query, wanted)}
    hits = tuple(found.values())
    best = [hit for hit in hits if hit.rank == hits[0].rank] if hits else []
    return SearchResult(hits[:limit], unambiguous=len(best) == 1)


def search_ids(query: str, limit: int = 50) -> list[int]:
    """Ids of active customers matching `query`, best matches first."""
    return find(query, limit).ids


def search(query: str, limit: int = 50) -> list[Customer]:
    """Matching customers, best first."""
    ids = search_ids(query, limit)
    if not ids:
        return []
    by_id = {c.id: c for c in Customer.select().where(Customer.id.in_(ids))}
    return [by_id[i] for i in ids if i in by_id]

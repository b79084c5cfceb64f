"""The owner's library of standard replies, so every clerk answers a complaint the same way.

A reply belongs to one of the nine steps and to one complaint category, or to
every category. A new shop starts with our own defaults
(resources/complaint_replies.json) in its language; the owner edits, adds and
removes replies, and can go back to the defaults.
"""

from __future__ import annotations

import json
from typing import Any

from peewee import Case

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.core.paths import RESOURCES
from shopcrm.staff import permissions
from shopcrm.storage.models import COMPLAINT_CATEGORIES, Staff, StandardReply, database
from shopcrm.storage.ordered_rows import save_row

DEFAULTS_FILE = RESOURCES / "complaint_replies.json"
TITLE_LIMIT = 60


def default_replies() -> list[dict[str, Any]]:
    return json.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))


def reset_defaults(actor: Staff, language: str) -> None:
    """The owner takes the shop's replies back to the ones it started with."""
    permissions.require(actor, "replies")
    install_defaults(language)


def install_defaults(language: str) -> None:
    """Replace the library with our defaults in `language` (a new shop, or the owner's reset)."""
    lang = "zh_CN" if language == "zh_CN" else "en"
    with database.atomic("IMMEDIATE"):
        StandardReply.delete().execute()
        for position, reply in enumerate(default_replies()):
            StandardReply.create(
                category=reply["category"],
                step=reply["step"],
                title=reply["title"][lang],
                text=reply["text"][lang],
                position=position,
            )


def replies_for(category: str | None, step: int) -> list[StandardReply]:
    """What a clerk can insert at `step`: her category's replies first, then the general ones."""
    query = StandardReply.select().where(StandardReply.step == step)
    if category is None:
        query = query.where(StandardReply.category.is_null())
    else:
        query = query.where(StandardReply.category.is_null() | (StandardReply.category == category))
    general_last = Case(None, [(StandardReply.category.is_null(), 1)], 0)
    return list(query.order_by(general_last, StandardReply.position, StandardReply.id))


def all_replies() -> list[StandardReply]:
    """The whole library for the owner's editor, by step."""
    return list(
        StandardReply.select().order_by(
            StandardReply.step, StandardReply.position, StandardReply.id
        )
    )


def save_reply(
    actor: Staff,
    reply_id: int | None,
    *,
    step: int,
    category: str | None,
    title: str,
    text: str,
) -> StandardReply:
    """Add a reply (`reply_id` None) or change one."""
    permissions.require(actor, "replies")
    title, text = " ".join((title or "").split()), (text or "").strip()
    errors = {}
    if step not in range(1, 10):
        errors["step"] = tr("Choose the step the reply is for.")
    if category is not None and category not in COMPLAINT_CATEGORIES:
        errors["category"] = tr("Choose a category, or all categories.")
    if not title:
        errors["title"] = tr("Give the reply a short title the clerk will recognise.")
    elif len(title) > TITLE_LIMIT:
        errors["title"] = trn(
            "Shorten the title to {n} character.",
            "Shorten the title to {n} characters.",
            TITLE_LIMIT,
        ).format(n=TITLE_LIMIT)
    if not text:
        errors["text"] = tr("Type what the clerk should say.")
    if errors:
        raise ValidationError(errors)
    values = {"step": step, "category": category, "title": title, "text": text}
    return save_row(
        StandardReply, values, reply_id, tr("That reply was removed meanwhile; add it again.")
    )


def delete_reply(actor: Staff, reply_id: int) -> None:
    permissions.require(actor, "replies")
    with database.atomic("IMMEDIATE"):
        StandardReply.delete().where(StandardReply.id == reply_id).execute()

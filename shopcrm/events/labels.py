"""The words for the codes events are stored with."""

from __future__ import annotations

from shopcrm.core.i18n import tr


def kind_label(kind: str) -> str:
    return {
        "preview": tr("Product preview"),
        "outing": tr("Outing"),
        "talk": tr("Talk"),
        "birthday_party": tr("Birthday party"),
        "other": tr("Other event"),
    }.get(kind, kind)


def reply_label(reply: str | None) -> str:
    return {
        None: tr("Not asked yet"),
        "yes": tr("Yes"),
        "no": tr("No"),
        "maybe": tr("Maybe"),
        "no_answer": tr("No answer"),
    }.get(reply, reply or "")

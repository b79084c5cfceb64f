"""The words for the codes events are stored with.

The kinds are marked texts, so an export writes them in the file's language from the
same catalogue.
"""

from __future__ import annotations

from shopcrm.core.i18n import marked, shown, tr

KIND_WORDS = {
    "preview": marked("Product preview"),
    "outing": marked("Outing"),
    "talk": marked("Talk"),
    "birthday_party": marked("Birthday party"),
    "other": marked("Other event"),
}


def kind_label(kind: str) -> str:
    return shown(KIND_WORDS.get(kind, kind))


def reply_label(reply: str | None) -> str:
    return {
        None: tr("Not asked yet"),
        "yes": tr("Yes"),
        "no": tr("No"),
        "maybe": tr("Maybe"),
        "no_answer": tr("No answer"),
    }.get(reply, reply or "")

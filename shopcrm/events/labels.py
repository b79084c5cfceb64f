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


REPLY_WORDS = {
    "yes": marked("Yes"),
    "no": marked("No"),
    "maybe": marked("Maybe"),
    "no_answer": marked("No answer"),
}


def event_title(title: str, cancelled: bool) -> str:
    """An event's title as lists show it, a cancelled one said so."""
    return tr("{title} (cancelled)").format(title=title) if cancelled else title


def reply_label(reply: str | None) -> str:
    if reply is None:
        return tr("Not asked yet")
    return shown(REPLY_WORDS.get(reply, reply))

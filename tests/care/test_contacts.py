"""Every kind of contact the log keeps has words of its own on her card."""

from __future__ import annotations

from shopcrm.care.contacts import kind_label
from shopcrm.storage.models import CONTACT_KINDS


def test_every_kind_of_contact_is_named_not_shown_as_its_code() -> None:
    named = [kind_label(kind) for kind in CONTACT_KINDS]
    assert all(name != kind for name, kind in zip(named, CONTACT_KINDS, strict=True)), named
    assert len(set(named)) == len(named)

"""Who is signed in at this counter: the one person the window acts for.

The domain checks what she may do; the window asks `may` only to grey out what
the domain would refuse, with the same sentence as its tooltip.
"""

from __future__ import annotations

from shopcrm.staff import permissions
from shopcrm.storage.models import Staff

_current: Staff | None = None


def current() -> Staff | None:
    return _current


def actor() -> Staff:
    """The signed-in person, for a domain call; nobody signed in is refused there too."""
    permissions.require(_current, "sign_in")
    assert _current is not None
    return _current


def set_current(person: Staff | None) -> None:
    global _current
    _current = person


def may(action: str) -> bool:
    return permissions.allowed(_current, action)


def clerk_id() -> int | None:
    """The default clerk of what is recorded at the counter: whoever is signed in."""
    return _current.id if _current is not None else None

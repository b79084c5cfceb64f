"""Who is signed in at this counter: the one person the window acts for.

The domain checks what she may do; the window asks `may` only to grey out what
the domain would refuse, with the same sentence as its tooltip.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from shopcrm.core.phones import display_phone
from shopcrm.customers import privacy
from shopcrm.staff import permissions
from shopcrm.storage.models import Staff

_current: Staff | None = None
_guarded: list[tuple[QWidget, str]] = []


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
    _guarded[:] = [(widget, need) for widget, need in _guarded if shiboken6.isValid(widget)]
    for widget, need in _guarded:
        _show_allowed(widget, need)


def guard(widget: QWidget, need: str) -> None:
    """Grey `widget` out, with the domain's reason as its tooltip, whenever whoever is
    signed in may not do `need`; it follows each sign-in."""
    _guarded.append((widget, need))
    _show_allowed(widget, need)


def _show_allowed(widget: QWidget, need: str) -> None:
    allowed = may(need)
    widget.setEnabled(allowed)
    widget.setToolTip("" if allowed else permissions.refusal(need))


def may(action: str) -> bool:
    return permissions.allowed(_current, action)


def clerk_id() -> int | None:
    """The default clerk of what is recorded at the counter: whoever is signed in."""
    return _current.id if _current is not None else None


def phone_for(phone: str | None, in_charge: str | None) -> str:
    """Her number as the one signed in may see it: masked, when the owner masks phones,
    for a customer in another clerk's charge (her card shows it whole, and logs that)."""
    if privacy.sees_whole(in_charge, privacy.phones_in_full(_current)):
        return display_phone(phone)
    return privacy.masked(phone)

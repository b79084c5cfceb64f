"""Who may do what: the owner does everything; a clerk serves customers.

Checked in the domain, by each operation that needs the owner, so neither the
window nor the command line can be talked round: the window only greys out what
`allowed` refuses, with the same sentence as a tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.storage.models import Staff


class PermissionDenied(ShopError):
    """The signed-in person may not do this; the message says who may."""


# Each owner-only action and the sentence a clerk reads when she tries it.
OWNER_ONLY: dict[str, Callable[[], str]] = {
    "export": lambda: tr("Only the owner can export customer data."),
    "import": lambda: tr("Only the owner can import customers from a spreadsheet."),
    "restore": lambda: tr("Only the owner can restore the database from a backup."),
    "backup_to": lambda: tr("Only the owner can copy the database to a folder of their choice."),
    "trash": lambda: tr("Only the owner can delete customers or bring them back from the trash."),
    "merge": lambda: tr("Only the owner can merge customers or undo a merge."),
    "erase": lambda: tr("Only the owner can erase a customer's personal data."),
    "customer_record": lambda: tr("Only the owner can export everything kept about a customer."),
    "settings": lambda: tr("Only the owner can change the shop's rules and settings."),
    "replies": lambda: tr("Only the owner can edit the standard replies and the messages."),
    "staff": lambda: tr("Only the owner can add, rename or deactivate clerks."),
    "audit": lambda: tr("Only the owner can read the audit trail."),
    "events": lambda: tr("Only the owner can plan, change or cancel events and choose guests."),
    "vouchers": lambda: tr("Only the owner can give or cancel vouchers by hand."),
    "gifts": lambda: tr("Only the owner can give or cancel gifts by hand."),
    "balance": lambda: tr("Only the owner can refund or correct a customer's balance."),
    "dashboard": lambda: tr("Only the owner can see the shop's figures."),
    "wallet_report": lambda: tr(
        "Only the owner can read what the shop holds in stored value and spends on gifts."
    ),
}


def allowed(actor: Staff | None, action: str) -> bool:
    """Whether `actor` may do `action` (an OWNER_ONLY key; anything else a clerk may do)."""
    if action not in OWNER_ONLY:
        return actor is not None and actor.active
    return actor is not None and actor.active and actor.role == "owner"


def refusal(action: str) -> str:
    return OWNER_ONLY[action]()


def require(actor: Staff | None, action: str) -> None:
    """Stop here unless `actor` may do `action`."""
    if not allowed(actor, action):
        raise PermissionDenied(refusal(action) if action in OWNER_ONLY else tr("Sign in first."))

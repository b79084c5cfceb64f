"""Her membership card (会员卡): what it says, and her number as a QR code and a barcode.

A USB scanner reads the barcode as her number and an Enter, which the counter's search
opens as her card at once; a phone reads the QR code. Both are encoded by well-kept
libraries (segno, python-barcode); the window draws their modules as they say.
"""

from __future__ import annotations

from dataclasses import dataclass

import segno
from barcode import Code128
from peewee import JOIN

from shopcrm.core.errors import NotFound, ShopError
from shopcrm.core.i18n import tr
from shopcrm.customers import profiles
from shopcrm.storage import options
from shopcrm.storage.models import Customer, Tier


@dataclass(frozen=True)
class MemberCard:
    shop: str
    name: str
    tier: str
    number: str


def member_cards(customer_ids: list[int]) -> list[MemberCard]:
    """The cards of these customers, in that order; one deleted or erased is refused."""
    shop = options.get("shop_name") or tr("Our shop")
    found = {
        c.id: c
        for c in Customer.select(Customer, Tier)
        .join(Tier, JOIN.LEFT_OUTER)
        .where(Customer.id.in_(customer_ids), Customer.deleted_at.is_null())
    }
    if len(found) < len(set(customer_ids)):
        raise NotFound(tr("That customer no longer exists; search again."))
    if any(profiles.was_erased(i) for i in found):
        raise ShopError(profiles.erased_words())  # no name to print, and no member to carry it
    return [
        MemberCard(
            shop, found[i].name, found[i].tier.name if found[i].tier_id else "", found[i].number
        )
        for i in customer_ids
    ]


def qr_modules(text: str) -> list[list[bool]]:
    """The QR code's modules, rows of dark (True) and light, without the quiet zone."""
    return [[bool(dark) for dark in row] for row in segno.make(text, error="m", micro=False).matrix]


def barcode_modules(text: str) -> str:
    """The Code 128 barcode's modules, "1" a dark bar one module wide, "0" a space."""
    return Code128(text).build()[0]

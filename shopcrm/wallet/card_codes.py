"""What her membership card (会员卡) carries: the shop, her name, tier and number, the
number again as a QR code and a Code 128 barcode.

The counter finds her by that number, typed, scanned with the shop's barcode gun or
read by a phone's camera, so both codes hold it alone. The codes come as SVG, so
the window draws them sharp at any printer's resolution.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import barcode
import segno
from barcode.writer import SVGWriter

from shopcrm.core.errors import NotFound
from shopcrm.core.i18n import tr
from shopcrm.storage import options
from shopcrm.storage.models import Customer

# Code 128 wants ten modules of white either side to be read; 0.33 mm modules are
# wide enough for any counter scanner and keep a customer number within a card's width.
BAR_MODULE_MM = 0.33
BAR_QUIET_MODULES = 10


@dataclass(frozen=True)
class MembershipCard:
    shop: str
    name: str
    tier: str  # her tier's name, "" when she has none yet
    number: str  # her customer number, what both codes hold


def membership_card(customer_id: int) -> MembershipCard:
    customer = Customer.get_or_none(Customer.id == customer_id, Customer.deleted_at.is_null())
    if customer is None:
        raise NotFound(tr("That customer no longer exists; search again."))
    return MembershipCard(
        shop=options.get("shop_name") or tr("Our shop"),
        name=customer.name,
        tier=customer.tier.name if customer.tier_id else "",
        number=customer.number,
    )


def qr_svg(text: str) -> bytes:
    """`text` as a QR code (never a Micro QR, which phones do not read), error correction M,
    with the four-module quiet zone the standard asks for and no more."""
    out = io.BytesIO()
    segno.make_qr(text, error="m", boost_error=False).save(out, kind="svg", xmldecl=False)
    return out.getvalue()


def barcode_svg(text: str) -> bytes:
    """`text` as a Code 128 barcode, bars only (the card prints the number itself), with its
    quiet zone either side and no margin above or below."""
    code = barcode.get("code128", text, writer=SVGWriter())
    return code.render(
        writer_options={
            "module_width": BAR_MODULE_MM,
            "module_height": 10.0,
            "quiet_zone": BAR_MODULE_MM * BAR_QUIET_MODULES,
            "margin_top": 0.0,
            "margin_bottom": 0.0,
            "write_text": False,
        }
    )

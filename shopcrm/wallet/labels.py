"""The words of the wallet's codes, one place for the vouchers and the gifts."""

from __future__ import annotations

from shopcrm.core.i18n import tr


def source_label(code: str) -> str:
    """What gave her a voucher or a gift."""
    return {
        "owner": tr("From the owner"),
        "birthday": tr("Birthday"),
        "festival": tr("Festival"),
        "event": tr("Event"),
        "referral": tr("Referral reward"),
        "complaint": tr("Complaint"),
    }[code]

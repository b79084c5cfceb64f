"""How a sale was paid: the methods a Chinese shop takes, and their names."""

from __future__ import annotations

from shopcrm.core.i18n import tr
from shopcrm.storage.models import PAYMENT_METHODS


def payment_choices() -> list[tuple[str, str]]:
    """(code, label) of each payment method, in the order of PAYMENT_METHODS."""
    labels = {
        "cash": tr("Cash"),
        "wechat": tr("WeChat Pay"),
        "alipay": tr("Alipay"),
        "card": tr("Bank card"),
        "other": tr("Other"),
    }
    return [(code, labels[code]) for code in PAYMENT_METHODS]


def payment_label(code: str | None) -> str:
    return dict(payment_choices()).get(code or "", code or "")

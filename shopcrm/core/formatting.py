"""How money reads at the counter: ¥1,234.00, a minus sign for returns."""

from __future__ import annotations

from decimal import Decimal


def money(amount: Decimal | int | None) -> str:
    if amount is None:
        return ""
    value = Decimal(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,.2f}"

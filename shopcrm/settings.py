"""The shop's own settings, kept in the database so they travel with its data."""

from __future__ import annotations

from shopcrm.models import Setting

DEFAULTS: dict[str, str] = {
    "shop_kind": "clothing",
    "shop_name": "",
    "next_customer_number": "1",
}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS[key]


def put(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def take_customer_numbers(count: int = 1) -> list[str]:
    """Reserve `count` customer numbers (C000001…); call inside the writing transaction."""
    first = int(get("next_customer_number"))
    put("next_customer_number", str(first + count))
    return [f"C{n:06d}" for n in range(first, first + count)]

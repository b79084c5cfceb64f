"""How well the shop knows her: the profile score clerks compete on each quarter.

Hard facts (name, phone, sizes…) weigh 20%, soft knowledge (work, family,
tastes, how she likes to be served…) 80%, as the retail material advises:
knowing the person sells more than knowing the address. Which field counts
as which is said in the field table (fields.py).
"""

from __future__ import annotations

from shopcrm.customers.fields import FIELDS
from shopcrm.storage.models import Customer

HARD_WEIGHT = 0.2
SOFT_WEIGHT = 0.8
HARD_FIELDS = tuple(field.name for field in FIELDS if field.completeness == "hard")
SOFT_FIELDS = tuple(field.name for field in FIELDS if field.completeness == "soft")


def _filled_sql(fields: tuple[str, ...], alias: str) -> str:
    columns = (f'{alias}."{Customer._meta.fields[name].column_name}"' for name in fields)
    return " + ".join(f"coalesce({column} <> '', 0)" for column in columns)


def completeness_sql(alias: str = "customer") -> str:
    """`completeness` as an SQL expression over the customer table, for averages over many."""
    hard = f"({_filled_sql(HARD_FIELDS, alias)}) * 1.0 / {len(HARD_FIELDS)}"
    soft = f"({_filled_sql(SOFT_FIELDS, alias)}) * 1.0 / {len(SOFT_FIELDS)}"
    return f"({HARD_WEIGHT} * {hard} + {SOFT_WEIGHT} * {soft})"


def _filled(customer: Customer, fields: tuple[str, ...]) -> int:
    return sum(1 for name in fields if getattr(customer, name) not in (None, ""))


def completeness(customer: Customer) -> float:
    """0.0 (nothing known) to 1.0 (every hard and soft field filled)."""
    hard = _filled(customer, HARD_FIELDS) / len(HARD_FIELDS)
    soft = _filled(customer, SOFT_FIELDS) / len(SOFT_FIELDS)
    return HARD_WEIGHT * hard + SOFT_WEIGHT * soft

"""Her key care dates: birthdays in the family, anniversaries, school, company."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from shopcrm.core import clock
from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.text import too_long
from shopcrm.storage.models import KEY_DATE_KINDS, KeyDate, database


@dataclass(frozen=True)
class KeyDateInput:
    kind: str
    month: int
    day: int
    label: str = ""
    year: int | None = None
    lunar: bool = False
    greet: bool = False  # she would like the shop to remember it (care_rules.py)


def _validate(data: KeyDateInput) -> None:
    errors: dict[str, str] = {}
    if data.kind not in KEY_DATE_KINDS:
        errors["kind"] = tr("Choose what kind of date this is.")
    if not 1 <= data.month <= 12:
        errors["month"] = tr("The month is a number from 1 to 12.")
    else:
        longest = 30 if data.lunar else calendar.monthrange(2000, data.month)[1]
        if not 1 <= data.day <= longest:
            errors["day"] = tr("That month has at most {n} days.").format(n=longest)
    if data.year is not None and not 1900 <= data.year <= clock.today().year + 1:
        errors["year"] = tr("Type a year between 1900 and next year, or leave it empty.")
    if len(data.label) > 100:
        errors["label"] = too_long(100)
    if errors:
        raise ValidationError(errors)


def save_key_date(customer_id: int, data: KeyDateInput, key_date_id: int | None = None) -> KeyDate:
    """Add a key date, or change the one with `key_date_id`."""
    _validate(data)
    values = {
        "kind": data.kind,
        "month": data.month,
        "day": data.day,
        "label": data.label.strip(),
        "year": data.year,
        "lunar": data.lunar,
        "greet": data.greet,
    }
    with database.atomic("IMMEDIATE"):
        if key_date_id is None:
            return KeyDate.create(customer=customer_id, **values)
        KeyDate.update(values).where(
            (KeyDate.id == key_date_id) & (KeyDate.customer == customer_id)
        ).execute()
    return KeyDate.get_by_id(key_date_id)


def remove_key_date(customer_id: int, key_date_id: int) -> None:
    with database.atomic("IMMEDIATE"):
        KeyDate.delete().where(
            (KeyDate.id == key_date_id) & (KeyDate.customer == customer_id)
        ).execute()


@dataclass(frozen=True)
class Upcoming:
    key_date: KeyDate
    next_on: dt.date


def key_dates(customer_id: int, today: dt.date | None = None) -> list[Upcoming]:
    """Her key dates, soonest first."""
    today = today or clock.today()
    found = [
        Upcoming(kd, next_occurrence(kd.month, kd.day, kd.lunar, today))
        for kd in KeyDate.select().where(KeyDate.customer == customer_id)
    ]
    return sorted(found, key=lambda upcoming: upcoming.next_on)

"""Turning what a clerk typed into clean profile values, or saying what is wrong.

Every field is checked by the rules of its kind, within the limits the field
table (fields.py) gives it, and all problems are reported together, each with
a message that tells the clerk what to type instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import AmountError, parse_decimal
from shopcrm.core.phones import normalize_phone
from shopcrm.core.text import storable, too_long, visible_text
from shopcrm.customers.fields import BY_NAME, NAME_LENGTH, Kind, ProfileField
from shopcrm.storage.models import Customer

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
# Numbers are read with more decimals than anyone types, then rounded to the field's
# own, so 89.47 m² copied from a deed is kept as 89.5 rather than refused.
READ_DECIMALS = 12
# core.money reads the number without limits; the field's own are checked after, in its words.
NO_LIMIT = Decimal("Infinity")


def _blank(value: Any) -> bool:
    return value in (None, "")


def clean_name(value: Any) -> str:
    """A customer's name as stored, from every path that writes one (forms, import).

    Invisible characters pasted along with a name go, so her pinyin keys are
    computed from the name the clerk sees and she is found by her initials.
    """
    text = visible_text(str(value or ""))
    if not text:
        raise ValueError(tr("Type the customer's name (a surname alone is fine)."))
    if len(text) > NAME_LENGTH:
        raise ValueError(tr("A name has at most 50 characters."))
    return text


def _name(field: ProfileField, value: Any) -> str:
    return clean_name(value)


def _text(field: ProfileField, value: Any) -> str | None:
    text = storable(str(value)).strip() if value is not None else ""
    if field.max_length is not None and len(text) > field.max_length:
        raise ValueError(too_long(field.max_length))
    return text or None


def _choice(field: ProfileField, value: Any) -> str | None:
    if _blank(value) and not field.required:
        return None
    if value not in field.codes:
        raise ValueError(tr("Choose one of the listed values."))
    return str(value)


def _message(text: Callable[[], str] | None) -> str:
    assert text is not None, "the field table gives every date and number its messages"
    return text()


def _within(field: ProfileField, value: Any, latest: Any) -> None:
    """Raise the field's own message when `value` is outside its limits."""
    if field.minimum is not None and value < field.minimum:
        raise ValueError(_message(field.below))
    if latest is not None and value > latest:
        raise ValueError(_message(field.above))


def _date(field: ProfileField, value: Any) -> dt.date | None:
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(_message(field.hint)) from None
    _within(field, value, clock.today())
    return value


def _typed_number(field: ProfileField, value: Any, decimals: int) -> Decimal:
    try:
        return parse_decimal(str(value), places=decimals, minimum=-NO_LIMIT, maximum=NO_LIMIT)
    except AmountError:
        raise ValueError(_message(field.hint)) from None


def _year(field: ProfileField, value: Any) -> int | None:
    if _blank(value):
        return None
    year = int(_typed_number(field, value, 0))
    _within(field, year, clock.today().year)
    return year


def _number(field: ProfileField, value: Any) -> Decimal | None:
    if _blank(value):
        return None
    number = _typed_number(field, value, READ_DECIMALS).quantize(Decimal(1).scaleb(-field.decimals))
    _within(field, number, field.maximum)
    return number


def _email(field: ProfileField, value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    too_long = field.max_length is not None and len(text) > field.max_length
    if not EMAIL.match(text) or too_long:
        raise ValueError(
            tr("“{value}” is not an e-mail address (name@example.com).").format(value=text)
        )
    return text


def _flag(field: ProfileField, value: Any) -> bool:
    return bool(value) and str(value).strip().lower() not in ("0", "false", "no", "否")


def _phone(field: ProfileField, value: Any) -> str | None:
    return normalize_phone(str(value or ""), field.name)


def _id(field: ProfileField, value: Any) -> int | None:
    return None if _blank(value) else int(value)


CLEANERS: dict[Kind, Callable[[ProfileField, Any], Any]] = {
    Kind.NAME: _name,
    Kind.TEXT: _text,
    Kind.LONG_TEXT: _text,
    Kind.CHOICE: _choice,
    Kind.DATE: _date,
    Kind.YEAR: _year,
    Kind.NUMBER: _number,
    Kind.FLAG: _flag,
    Kind.PHONE: _phone,
    Kind.EMAIL: _email,
    Kind.STAFF: _id,
    Kind.CUSTOMER: _id,
}
EDITABLE = tuple(BY_NAME)
# Each field with its cleaner, by name: an import cleans a hundred thousand profiles.
_FIELD_CLEANERS = {name: (field, CLEANERS[field.kind]) for name, field in BY_NAME.items()}


def phone_owner(phone: str, exclude_id: int | None = None) -> Customer | None:
    """The active customer who already has this (stored-form) phone."""
    query = Customer.select().where((Customer.phone == phone) & Customer.deleted_at.is_null())
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    return query.first()


def duplicate_message(owner: Customer) -> str:
    return tr("This phone already belongs to {name} ({number}).").format(
        name=owner.name, number=owner.number
    )


def clean_profile(data: Mapping[str, Any], customer_id: int | None = None) -> dict[str, Any]:
    """Clean every given field; raise ValidationError listing all problems."""
    unknown = data.keys() - _FIELD_CLEANERS.keys()
    if unknown:
        raise KeyError(f"not profile fields: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, value in data.items():
        field, clean = _FIELD_CLEANERS[name]
        try:
            cleaned[name] = clean(field, value)
        except ValidationError as exc:
            errors.update(exc.errors)
        except ValueError as exc:
            errors[name] = str(exc)
    phone = cleaned.get("phone")
    if phone and "phone" not in errors:
        owner = phone_owner(phone, exclude_id=customer_id)
        if owner is not None:
            errors["phone"] = duplicate_message(owner)
    if customer_id is not None and cleaned.get("referred_by") == customer_id:
        errors["referred_by"] = tr("A customer cannot refer themselves.")
    if cleaned.get("referred_by") and not Customer.get_or_none(id=cleaned["referred_by"]):
        errors["referred_by"] = tr("The referring customer no longer exists.")
    if errors:
        raise ValidationError(errors)
    return cleaned

"""Turning what a clerk typed into clean profile values, or saying what is wrong.

Every field is checked and all problems are reported together, each with a
message that tells the clerk what to type instead.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.phones import normalize_phone
from shopcrm.customers.search_keys import visible_text
from shopcrm.storage.models import CONTACT_CHANNELS, GENDERS, LIFECYCLE, Customer

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
SHORT_TEXT = 100
LONG_TEXT = 4000

SHORT_FIELDS = (
    "ethnicity",
    "wechat",
    "native_place",
    "size_top",
    "size_bottom",
    "size_shoe",
    "occupation",
    "employer",
    "position",
    "income_band",
    "home_community",
    "home_type",
    "home_layout",
)
LONG_FIELDS = (
    "address",
    "family",
    "personality",
    "spending_habits",
    "style_preferences",
    "hobbies",
    "lifestyle",
    "values",
    "notes",
)


def _text(limit: int) -> Callable[[Any], str | None]:
    def clean(value: Any) -> str | None:
        text = str(value).strip() if value is not None else ""
        if len(text) > limit:
            raise ValueError(tr("Too long: at most {n} characters.").format(n=limit))
        return text or None

    return clean


def clean_name(value: Any) -> str:
    """A customer's name as stored, from every path that writes one (forms, import).

    Invisible characters pasted along with a name go, so her pinyin keys are
    computed from the name the clerk sees and she is found by her initials.
    """
    text = visible_text(str(value or ""))
    if not text:
        raise ValueError(tr("Type her name (a surname alone is fine)."))
    if len(text) > 50:
        raise ValueError(tr("A name has at most 50 characters."))
    return text


def _choice(values: tuple[str, ...]) -> Callable[[Any], str | None]:
    def clean(value: Any) -> str | None:
        if value in (None, ""):
            return None
        if value not in values:
            raise ValueError(tr("Choose one of the listed values."))
        return str(value)

    return clean


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(tr("Write the date as year-month-day, e.g. 1990-05-03.")) from None
    if value > clock.today():
        raise ValueError(tr("A birthday cannot be in the future."))
    if value.year < 1900:
        raise ValueError(tr("Check the year: it is before 1900."))
    return value


def _year(value: Any) -> int | None:
    if value in (None, ""):
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        raise ValueError(tr("Type a year, e.g. 1985.")) from None
    if not 1900 <= year <= clock.today().year:
        raise ValueError(tr("Type a year between 1900 and this year."))
    return year


def _email(value: Any) -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not EMAIL.match(text) or len(text) > SHORT_TEXT:
        raise ValueError(
            tr("“{value}” is not an e-mail address (name@example.com).").format(value=text)
        )
    return text


def _area(value: Any) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        area = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(tr("Type the area in m², e.g. 120.5.")) from None
    if not 0 < area < 100_000:
        raise ValueError(tr("The area must be between 0 and 100,000 m²."))
    return area.quantize(Decimal("0.1"))


def _flag(value: Any) -> bool:
    return bool(value) and str(value).strip().lower() not in ("0", "false", "no", "否")


def _id(value: Any) -> int | None:
    return None if value in (None, "") else int(value)


CLEANERS: dict[str, Callable[[Any], Any]] = {
    "name": clean_name,
    "gender": _choice(GENDERS),
    "birth_date": _date,
    "birth_year_approx": _year,
    "birthday_lunar": _flag,
    "email": _email,
    "preferred_channel": _choice(CONTACT_CHANNELS),
    "accepts_promotions": _flag,
    "home_area_m2": _area,
    "home_building_year": _year,
    "status": _choice(LIFECYCLE),
    "clerk": _id,
    "referred_by": _id,
    **{name: _text(SHORT_TEXT) for name in SHORT_FIELDS},
    **{name: _text(LONG_TEXT) for name in LONG_FIELDS},
}
PHONE_FIELDS = ("phone", "phone2")
EDITABLE = (*CLEANERS, *PHONE_FIELDS)


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
    unknown = set(data) - set(EDITABLE)
    if unknown:
        raise KeyError(f"not profile fields: {sorted(unknown)}")
    cleaned: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for field, value in data.items():
        try:
            if field in PHONE_FIELDS:
                cleaned[field] = normalize_phone(str(value or ""), field)
            else:
                cleaned[field] = CLEANERS[field](value)
        except ValidationError as exc:
            errors.update(exc.errors)
        except ValueError as exc:
            errors[field] = str(exc)
    phone = cleaned.get("phone")
    if phone and "phone" not in errors:
        owner = phone_owner(phone, exclude_id=customer_id)
        if owner is not None:
            errors["phone"] = duplicate_message(owner)
    if customer_id is not None and cleaned.get("referred_by") == customer_id:
        errors["referred_by"] = tr("A customer cannot refer herself.")
    if cleaned.get("referred_by") and not Customer.get_or_none(id=cleaned["referred_by"]):
        errors["referred_by"] = tr("The referring customer no longer exists.")
    if errors:
        raise ValidationError(errors)
    return cleaned

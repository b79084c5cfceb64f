"""Phone numbers as clerks type them, reduced to one stored form.

Chinese numbers are stored as the digits one dials inside China (mobile
13812345678, landline 01012345678), so the last four digits a customer says
are the last four stored; foreign numbers keep their +country form.
phonenumbers parses and checks what is typed; it is loaded on first use,
because the customer list only groups stored digits and should not wait for it.
A plain mainland mobile (most of what an old list holds) is checked against the
library's own mobile pattern without parsing: the same answer a hundred times
faster, so an import of a hundred thousand rows does not wait for it either.
"""

from __future__ import annotations

import re
from functools import cache

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr

REGION = "CN"
# What a clerk or a spreadsheet puts between the digits of a mobile: 138 1234-5678.
_SEPARATORS = re.compile(r"[ \-]")


@cache
def _mainland_mobile() -> re.Pattern[str]:
    """Mainland mobile numbers as phonenumbers' metadata for China describes them."""
    import phonenumbers

    mobile = phonenumbers.PhoneMetadata.metadata_for_region(REGION).mobile
    return re.compile(mobile.national_number_pattern)


def _plain_mobile(text: str) -> str | None:
    """The 11 digits of a mainland mobile typed plainly, else None (the library decides)."""
    digits = _SEPARATORS.sub("", text)
    plain = len(digits) == 11 and digits.isascii() and digits.isdigit()
    return digits if plain and _mainland_mobile().fullmatch(digits) else None


def normalize_phone(raw: str, field: str = "phone") -> str | None:
    """Return the stored form of `raw`, None if blank; raise ValidationError if wrong."""
    text = (raw or "").strip()
    if not text:
        return None
    return _plain_mobile(text) or parsed_phone(text, field)


def parsed_phone(text: str, field: str = "phone") -> str:
    """`normalize_phone` by phonenumbers alone, for any number in any form."""
    import phonenumbers

    try:
        number = phonenumbers.parse(text, REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(
            {field: tr("“{value}” is not a phone number: type digits only.").format(value=text)}
        ) from None
    if not phonenumbers.is_valid_number(number):
        digits = phonenumbers.national_significant_number(number)
        if number.country_code == 86 and len(digits) < 11:
            message = tr(
                "“{value}” is too short: a mobile number has 11 digits, "
                "a landline needs its area code (e.g. 010-12345678)."
            )
        else:
            message = tr("“{value}” is not a valid phone number: check the digits.")
        raise ValidationError({field: message.format(value=text)})
    if number.country_code == 86:
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        return "".join(ch for ch in national if ch.isdigit())
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str | None) -> str:
    """Group digits for reading aloud: 138 1234 5678, 010 1234 5678, 0755 2345 6789.

    Stored Chinese numbers are already checked, so grouping them needs only the
    rule that 010 and 02x area codes have three digits and all others four.
    """
    if not stored:
        return ""
    if len(stored) == 11 and stored.startswith("1"):
        return f"{stored[:3]} {stored[3:7]} {stored[7:]}"
    if stored.startswith("0") and stored.isdigit():
        area = 3 if stored[1] in "12" else 4
        local = stored[area:]
        return f"{stored[:area]} {local[:-4]} {local[-4:]}"
    import phonenumbers

    try:
        number = phonenumbers.parse(stored, REGION)
    except phonenumbers.NumberParseException:
        return stored
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def is_mobile(stored: str | None) -> bool:
    """Whether a stored number is a Chinese mobile, the only kind a text message reaches
    through a Chinese bulk-SMS platform."""
    return stored is not None and len(stored) == 11 and stored.isdigit() and stored[0] == "1"

"""Words for the codes stored in the database, in the UI language.

The codes of her profile's choices are kept as marked texts, so an export can
write them in the file's language from the same catalogue.
"""

from __future__ import annotations

from shopcrm.core.i18n import marked, shown, tr

STATUS_WORDS = {
    "visitor": marked("Visitor"),
    "intending": marked("Intending buyer"),
    "customer": marked("Customer"),
    "regular": marked("Regular"),
    "dormant": marked("Dormant"),
    "lost": marked("Lost"),
}
GENDER_WORDS = {"female": marked("Female"), "male": marked("Male"), "other": marked("Other")}
CHANNEL_WORDS = {
    "phone": marked("Phone call"),
    "sms": marked("Text message"),
    "wechat": marked("WeChat"),
    "visit": marked("Visit"),
}


def status_label(code: str) -> str:
    return shown(STATUS_WORDS.get(code, code))


def gender_label(code: str) -> str:
    return shown(GENDER_WORDS.get(code, code))


def channel_label(code: str) -> str:
    return shown(CHANNEL_WORDS.get(code, code))


def key_date_label(code: str) -> str:
    return {
        "birthday": tr("Birthday"),
        "family_birthday": tr("Family birthday"),
        "anniversary": tr("Anniversary"),
        "school": tr("Child starts school"),
        "company": tr("Company anniversary"),
        "other": tr("Other"),
    }.get(code, code)


def field_label(name: str) -> str:
    """The name of a profile field as forms and messages show it (fields.py holds them)."""
    # Imported here because the field table words its choices with the labels above.
    from shopcrm.customers.fields import BY_NAME

    field = BY_NAME.get(name)
    return field.label() if field else name

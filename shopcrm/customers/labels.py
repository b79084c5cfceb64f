"""Words for the codes stored in the database, in the UI language."""

from __future__ import annotations

from shopcrm.core.i18n import tr


def status_label(code: str) -> str:
    return {
        "visitor": tr("Visitor"),
        "intending": tr("Intending buyer"),
        "customer": tr("Customer"),
        "regular": tr("Regular"),
        "dormant": tr("Dormant"),
        "lost": tr("Lost"),
    }.get(code, code)


def gender_label(code: str) -> str:
    return {"female": tr("Female"), "male": tr("Male"), "other": tr("Other")}.get(code, code)


def channel_label(code: str) -> str:
    return {
        "phone": tr("Phone call"),
        "sms": tr("Text message"),
        "wechat": tr("WeChat"),
        "visit": tr("Visit"),
    }.get(code, code)


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

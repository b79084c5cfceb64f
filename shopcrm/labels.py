"""Words for the codes stored in the database, in the UI language."""

from __future__ import annotations

from shopcrm.i18n import tr


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


def complaint_status_label(code: str) -> str:
    return {
        "open": tr("Open"),
        "awaiting_followup": tr("Awaiting follow-up"),
        "closed": tr("Closed"),
        "reopened": tr("Reopened"),
    }.get(code, code)

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
    """The name of a profile field as forms and messages show it."""
    return {
        "name": tr("Name"),
        "gender": tr("Gender"),
        "ethnicity": tr("Ethnicity"),
        "birth_date": tr("Birthday"),
        "birthday_lunar": tr("Lunar calendar birthday"),
        "birth_year_approx": tr("Approximate birth year"),
        "phone": tr("Phone"),
        "phone2": tr("Second phone"),
        "wechat": tr("WeChat ID"),
        "email": tr("E-mail"),
        "address": tr("Address"),
        "native_place": tr("Native place"),
        "size_top": tr("Top size"),
        "size_bottom": tr("Bottom size"),
        "size_shoe": tr("Shoe size"),
        "clerk": tr("Clerk in charge"),
        "status": tr("Status"),
        "preferred_channel": tr("Preferred contact"),
        "accepts_promotions": tr("Accepts promotional messages"),
        "occupation": tr("Occupation"),
        "employer": tr("Employer"),
        "position": tr("Position"),
        "income_band": tr("Income band"),
        "family": tr("Family"),
        "personality": tr("Personality"),
        "spending_habits": tr("Spending habits"),
        "style_preferences": tr("Style preferences"),
        "hobbies": tr("Hobbies"),
        "lifestyle": tr("Lifestyle"),
        "values": tr("What matters to her"),
        "notes": tr("Notes"),
        "home_community": tr("Residential community"),
        "home_type": tr("House type"),
        "home_area_m2": tr("Area (m²)"),
        "home_layout": tr("Layout"),
        "home_building_year": tr("Year built"),
        "referred_by": tr("Referred by"),
    }.get(name, name)

"""The message library (短信库): what a clerk sends, written out for each customer.

A new shop starts with our templates (resources/message_templates.json) in its
language; the owner edits them and adds more. Every kind keeps its rule from
PRODUCT.md section 7, checked when a template is saved, not when it is sent:
holiday, change-of-season and keep-in-touch messages carry no promotion, a
keep-in-touch message never asks whether something happened to her, and every
placeholder must be one we can fill for that kind of message, so no message
goes out with "{nmae}" in it. Filled-in messages read in the template's own
language, whatever the language of the screen.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import string
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shopcrm.care import festivals
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.paths import RESOURCES
from shopcrm.core.pinyin import name_syllables
from shopcrm.core.text import too_long
from shopcrm.customers import history, key_dates
from shopcrm.staff import permissions
from shopcrm.storage import settings
from shopcrm.storage.models import (
    MESSAGE_KINDS,
    MESSAGE_LANGUAGES,
    Customer,
    Event,
    MessageTemplate,
    Staff,
    database,
)
from shopcrm.storage.ordered_rows import save_row

DEFAULTS_FILE = RESOURCES / "message_templates.json"
TITLE_LIMIT = 60
TEXT_LIMIT = 500
PLACEHOLDERS = (
    "name",
    "title",
    "clerk",
    "shop",
    "tier",
    "points",
    "date",
    "festival",
    "occasion",
    "friend",
    "item",
    "event",
    "time",
    "place",
    "voucher",
)
EVENT_MESSAGES = ("invitation", "event_reminder", "event_thanks", "event_missed", "event_cancelled")
# Placeholders that only mean something for some kinds of message.
ONLY_FOR = {
    "festival": ("holiday", "season"),
    "occasion": ("family_day",),
    "friend": ("referral_thanks", "referral_welcome"),
    "item": ("post_purchase", "home_care", "complaint_followup"),
    "event": EVENT_MESSAGES,
    "time": EVENT_MESSAGES,
    "place": EVENT_MESSAGES,
    "voucher": ("voucher_expiry",),
}
NO_PROMOTION = ("holiday", "season", "keep_in_touch")
PROMOTION = re.compile(
    r"\d+\s*折|打折|折扣|优惠|促销|特价|特惠|上新|新品|新款|新货|满减|秒杀|选购|抢购|"
    r"\bsales?\b|discount|% off|new arrivals?|new collection|promotion|special offer|"
    r"coupon|voucher|\bshop now\b",
    re.IGNORECASE,
)
# An invitation says what, when and where, as from the clerk she knows: no hard selling.
HARD_SELL = re.compile(
    r"\d+\s*折|打折|折扣|满减|秒杀|抢购|特价|特惠|限时|限量|促销|"
    r"discount|% off|special offer|limited time|shop now|coupon|voucher|\bbuy\b",
    re.IGNORECASE,
)
PRYING = re.compile(
    r"发生了什么|出什么事|出了什么事|怎么了|是不是.{0,8}不满意|为什么没来|"
    r"what happened|(?:something|anything) wrong|did something happen|why (?:haven't|have not)",
    re.IGNORECASE,
)
COMPOUND_SURNAMES = (
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒",
    "夏侯", "长孙", "宇文", "轩辕", "端木", "西门", "南宫", "闻人", "澹台",
)  # fmt: skip
# Words the messages themselves use, in the template's language (content, not screen text).
WORDS: dict[str, dict[str, str]] = {
    "zh_CN": {
        "female": "{surname}女士",
        "male": "{surname}先生",
        "shop": "我们店",
        "item": "商品",
        "friend": "您的朋友",
        "family_birthday": "家人的生日",
        "anniversary": "纪念日",
        "school": "孩子开学的日子",
        "company": "公司周年纪念日",
        "other": "特别的日子",
    },
    "en": {
        "female": "Ms {surname}",
        "male": "Mr {surname}",
        "shop": "our shop",
        "item": "purchase",
        "friend": "your friend",
        "family_birthday": "a family birthday",
        "anniversary": "an anniversary",
        "school": "the first day of school",
        "company": "a company anniversary",
        "other": "a special day",
    },
}
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


def kind_label(kind: str) -> str:
    return {
        "holiday": tr("Holiday greeting"),
        "birthday": tr("Birthday"),
        "season": tr("Change of season"),
        "keep_in_touch": tr("Keeping in touch"),
        "thanks": tr("Thank-you"),
        "referral_thanks": tr("Thanks for a referral"),
        "referral_welcome": tr("Welcome for a referred friend"),
        "post_purchase": tr("After a purchase"),
        "home_care": tr("After a furniture delivery"),
        "family_day": tr("Family day"),
        "complaint_followup": tr("Complaint follow-up"),
        "invitation": tr("Event invitation"),
        "event_reminder": tr("Event reminder"),
        "event_thanks": tr("Thanks for coming to an event"),
        "event_missed": tr("Missed at an event"),
        "event_cancelled": tr("Event called off"),
        "voucher_expiry": tr("Voucher running out"),
    }.get(kind, kind)


def language_label(language: str) -> str:
    return {"zh_CN": tr("Chinese"), "en": tr("English")}.get(language, language)


def placeholder_help() -> list[tuple[str, str]]:
    """Each placeholder, written as in a template, with what it becomes."""
    meaning = {
        "name": tr("the customer's full name"),
        "title": tr("how to address the customer, e.g. Ms Zhang"),
        "clerk": tr("the clerk sending it"),
        "shop": tr("the shop's name"),
        "tier": tr("the customer's VIP tier"),
        "points": tr("the customer's points balance"),
        "date": tr("the day it is about"),
        "festival": tr("the festival (holiday and season messages)"),
        "occasion": tr("the family occasion (family day messages)"),
        "friend": tr("who brought whom (referral messages)"),
        "item": tr("what the customer bought (after-purchase and complaint messages)"),
        "event": tr("the event's title (event messages)"),
        "time": tr("the time the event starts (event messages)"),
        "place": tr("where the event is held (event messages)"),
        "voucher": tr("what the customer's voucher is worth (voucher messages)"),
    }
    return [("{" + name + "}", meaning[name]) for name in PLACEHOLDERS]


# --- checking a template -------------------------------------------------------------------


def _pieces(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return list(string.Formatter().parse(text))


def _placeholder_errors(kind: str, text: str) -> str | None:
    try:
        pieces = _pieces(text)
    except ValueError:
        return tr(
            "Check the curly brackets: a placeholder is one word inside them, e.g. {example}."
        ).format(example="{name}")
    for _, field, spec, conversion in pieces:
        if field is None:
            continue
        written = (
            "{"
            + field
            + (f"!{conversion}" if conversion else "")
            + (f":{spec}" if spec else "")
            + "}"
        )
        if field not in PLACEHOLDERS or spec or conversion:
            return tr("Unknown placeholder {placeholder}: use one of {known}.").format(
                placeholder=written, known=" ".join("{" + name + "}" for name in PLACEHOLDERS)
            )
        if kind in MESSAGE_KINDS and kind not in ONLY_FOR.get(field, MESSAGE_KINDS):
            return tr(
                "{placeholder} cannot be filled in a message of this kind: take it out."
            ).format(placeholder=written)
    return None


def _rule_errors(kind: str, text: str) -> str | None:
    """The rule of PRODUCT.md section 7 for this kind of message, if the text breaks it."""
    if kind in NO_PROMOTION and (found := PROMOTION.search(text)):
        return tr(
            "A {kind} message carries care and good wishes only, no promotion: take out “{words}”."
        ).format(kind=kind_label(kind), words=found.group(0))
    if kind in EVENT_MESSAGES and (found := HARD_SELL.search(text)):
        return tr(
            "An event message invites, thanks or informs: no hard selling. Take out “{words}”."
        ).format(words=found.group(0))
    if kind in ("keep_in_touch", "event_missed") and (found := PRYING.search(text)):
        return tr(
            "A {kind} message never asks whether something happened to the customer: take out "
            "“{words}”."
        ).format(kind=kind_label(kind), words=found.group(0))
    return None


@dataclass(frozen=True)
class TemplateInput:
    kind: str
    language: str
    title: str
    text: str


def check_template(data: TemplateInput) -> None:
    """Raise ValidationError for anything that would spoil the message when it is sent."""
    errors: dict[str, str] = {}
    if data.kind not in MESSAGE_KINDS:
        errors["kind"] = tr("Choose what kind of message this is.")
    if data.language not in MESSAGE_LANGUAGES:
        errors["language"] = tr("Choose the language the message is written in.")
    title, text = data.title.strip(), data.text.strip()
    if not title:
        errors["title"] = tr("Give the message a short title, e.g. Mid-Autumn wishes.")
    elif len(title) > TITLE_LIMIT:
        errors["title"] = too_long(TITLE_LIMIT)
    if not text:
        errors["text"] = tr("Write the message.")
    elif len(text) > TEXT_LIMIT:
        errors["text"] = too_long(TEXT_LIMIT)
    else:
        problem = _placeholder_errors(data.kind, text) or _rule_errors(data.kind, text)
        if problem:
            errors["text"] = problem
    if errors:
        raise ValidationError(errors)


def save_template(
    actor: Staff, data: TemplateInput, template_id: int | None = None
) -> MessageTemplate:
    """Add a template, or change the one with `template_id`, once it passes the checks."""
    permissions.require(actor, "replies")
    check_template(data)
    values = {
        "kind": data.kind,
        "language": data.language,
        "title": data.title.strip(),
        "text": data.text.strip(),
    }
    return save_row(
        MessageTemplate,
        values,
        template_id,
        tr("That message was removed; open the library again."),
    )


def remove_template(actor: Staff, template_id: int) -> None:
    permissions.require(actor, "replies")
    with database.atomic("IMMEDIATE"):
        MessageTemplate.delete().where(MessageTemplate.id == template_id).execute()


def templates(kind: str | None = None) -> list[MessageTemplate]:
    """The library (or one kind of it) in the owner's order."""
    query = MessageTemplate.select()
    if kind is not None:
        query = query.where(MessageTemplate.kind == kind)
    return list(query.order_by(MessageTemplate.position, MessageTemplate.id))


def for_festival(kind: str, festival_id: object = None) -> list[MessageTemplate]:
    """The library's messages of `kind`, the festival's own message first (if it has one)."""
    found = templates(kind)
    festival = festivals.festival(festival_id)
    if festival is not None and festival.template_id:
        found.sort(key=lambda template: template.id != festival.template_id)
    return found


def template(template_id: object) -> MessageTemplate | None:
    """One template of the library, or None if it was removed meanwhile."""
    return MessageTemplate.get_or_none(MessageTemplate.id == template_id)


def default_templates() -> list[dict[str, Any]]:
    return json.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))


def install_defaults(language: str) -> dict[str, int]:
    """Replace the library with ours in `language`; returns each template's code and id."""
    lang = "zh_CN" if language == "zh_CN" else "en"
    codes = {}
    with database.atomic("IMMEDIATE"):
        MessageTemplate.delete().execute()
        for position, template in enumerate(default_templates()):
            row = MessageTemplate.create(
                kind=template["kind"],
                language=lang,
                title=template["title"][lang],
                text=template["text"][lang],
                position=position,
            )
            codes[template["code"]] = row.id
    return codes


# --- filling one in ------------------------------------------------------------------------


@dataclass(frozen=True)
class Occasion:
    """What a message is about, beyond who she is."""

    date: dt.date | None = None
    festival: str = ""
    occasion: str = ""  # a family day's label, or its kind (KEY_DATE_KINDS)
    friend: str = ""
    item: str = ""
    event: str = ""  # an event's title, start time and place
    time: str = ""
    place: str = ""
    voucher: str = ""  # what a voucher is worth: ¥50, 10%


def _is_chinese(text: str) -> bool:
    return any(unicodedata.east_asian_width(char) == "W" for char in text)


def _surname(name: str, language: str) -> str:
    name = name.strip()
    if not _is_chinese(name):
        return name.split()[-1] if name.split() else name
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    if language == "zh_CN":
        return surname
    return "".join(name_syllables(surname)).capitalize()


def form_of_address(customer: Customer, language: str) -> str:
    """张女士 / Ms Zhang when her gender is known, else her name."""
    words = WORDS["zh_CN" if language == "zh_CN" else "en"]
    if customer.gender not in ("female", "male") or not customer.name.strip():
        return customer.name
    return words[customer.gender].format(surname=_surname(customer.name, language))


def date_words(day: dt.date, language: str) -> str:
    if language == "zh_CN":
        return f"{day.month}月{day.day}日"
    return f"{day.day} {MONTHS[day.month - 1]}"


def values_for(
    customer: Customer, language: str, clerk: str | None = None, about: Occasion | None = None
) -> dict[str, str]:
    """Every placeholder's text for this customer and occasion, in `language`."""
    about = about or Occasion()
    words = WORDS["zh_CN" if language == "zh_CN" else "en"]
    if clerk is None:
        clerk = customer.clerk.name if customer.clerk_id else ""
    return {
        "name": customer.name,
        "title": form_of_address(customer, language),
        "clerk": clerk,
        "shop": settings.get("shop_name") or words["shop"],
        "tier": customer.tier.name if customer.tier_id else "",
        "points": str(customer.points),
        "date": date_words(about.date or clock.today(), language),
        "festival": about.festival,
        "occasion": words.get(about.occasion, about.occasion) or words["other"],
        "friend": about.friend or words["friend"],
        "item": about.item or words["item"],
        "event": about.event,
        "time": about.time,
        "place": about.place or words["shop"],
        "voucher": about.voucher,
    }


def render(text: str, values: Mapping[str, str]) -> str:
    """The text with its placeholders filled; anything unknown is left as written."""
    try:
        pieces = _pieces(text)
    except ValueError:
        return text
    out = []
    for literal, field, spec, conversion in pieces:
        out.append(literal)
        if field is not None:
            known = field in values and not spec and not conversion
            out.append(values[field] if known else "{" + field + "}")
    return "".join(out)


def fill(
    template: MessageTemplate,
    customer: Customer,
    clerk: str | None = None,
    about: Occasion | None = None,
) -> str:
    return render(template.text, values_for(customer, template.language, clerk, about))


def preview(data: TemplateInput, customer: Customer) -> str:
    """The message as this customer would receive it, with her own facts where she has them."""
    check_template(data)
    return render(
        data.text.strip(), values_for(customer, data.language, about=_sample(customer, data))
    )


def _sample(customer: Customer, data: TemplateInput) -> Occasion:
    """An occasion of her own for the preview: her referral, last purchase, a family day,
    the next festival."""
    today = clock.today()
    coming = [
        (day, f.name)
        for f in festivals.active_festivals()
        if f.message_kind == data.kind
        for day in festivals.occurrences(f, today, today + dt.timedelta(days=366))
    ]
    festival = min(coming)[1] if coming else ""
    friend = customer.referred_by.name if customer.referred_by_id else ""
    bought = history.purchases(customer.id)
    item = next((i.description for view in bought for i in view.items if i.description), "")
    upcoming = [u for u in key_dates.key_dates(customer.id) if u.key_date.kind != "birthday"]
    occasion = (upcoming[0].key_date.label or upcoming[0].key_date.kind) if upcoming else ""
    event = (
        Event.select()
        .where(Event.status == "planned", Event.starts_at >= clock.now())
        .order_by(Event.starts_at)
        .first()
    )
    return Occasion(
        date=event.starts_at.date() if event and data.kind in EVENT_MESSAGES else None,
        festival=festival,
        friend=friend,
        item=item,
        occasion=occasion,
        event=event.title if event else "",
        time=event.starts_at.strftime("%H:%M") if event else "",
        place=event.place if event else "",
    )

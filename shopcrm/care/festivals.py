"""The festivals the shop greets its customers on, kept by the owner.

Each festival says how its date is found (a solar or lunar date, the n-th
weekday of a month, or a solar term), so the list works for every year
without being typed again. A new shop starts with our list
(resources/festivals.json) in its language; the owner edits, adds, switches
off and removes festivals.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from shopcrm.core.calendar_dates import nth_weekday, solar_term
from shopcrm.core.calendar_dates import occurrences as yearly_occurrences
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.paths import RESOURCES
from shopcrm.core.text import too_long
from shopcrm.staff import permissions
from shopcrm.storage.models import FESTIVAL_RULES, Festival, MessageTemplate, Staff, database
from shopcrm.storage.ordered_rows import save_row

DEFAULTS_FILE = RESOURCES / "festivals.json"
NAME_LIMIT = 40
# The 24 solar terms by their names in lunar-python, in the order of the year.
TERMS = (
    "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
    "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
)  # fmt: skip


def term_label(term: str) -> str:
    """A solar term's name in the UI language."""
    return {
        "小寒": tr("Minor Cold"),
        "大寒": tr("Major Cold"),
        "立春": tr("Start of Spring"),
        "雨水": tr("Rain Water"),
        "惊蛰": tr("Awakening of Insects"),
        "春分": tr("Spring Equinox"),
        "清明": tr("Clear and Bright"),
        "谷雨": tr("Grain Rain"),
        "立夏": tr("Start of Summer"),
        "小满": tr("Grain Buds"),
        "芒种": tr("Grain in Ear"),
        "夏至": tr("Summer Solstice"),
        "小暑": tr("Minor Heat"),
        "大暑": tr("Major Heat"),
        "立秋": tr("Start of Autumn"),
        "处暑": tr("End of Heat"),
        "白露": tr("White Dew"),
        "秋分": tr("Autumn Equinox"),
        "寒露": tr("Cold Dew"),
        "霜降": tr("Frost's Descent"),
        "立冬": tr("Start of Winter"),
        "小雪": tr("Minor Snow"),
        "大雪": tr("Major Snow"),
        "冬至": tr("Winter Solstice"),
    }.get(term, term)


def rule_label(rule: str) -> str:
    return {
        "solar": tr("Solar date"),
        "lunar": tr("Lunar date"),
        "weekday": tr("Weekday of a month"),
        "term": tr("Solar term"),
    }.get(rule, rule)


def weekday_label(weekday: int) -> str:
    return (
        tr("Monday"),
        tr("Tuesday"),
        tr("Wednesday"),
        tr("Thursday"),
        tr("Friday"),
        tr("Saturday"),
        tr("Sunday"),
    )[weekday]


def nth_label(n: int) -> str:
    """Which one of the month's weekdays: 1st to 4th, 5 being the last."""
    return (tr("1st"), tr("2nd"), tr("3rd"), tr("4th"), tr("last"))[n - 1]


def describe(festival: Festival) -> str:
    """When it falls, in words: 'lunar 8/15', '2nd Sunday of May', 'Start of Winter'."""
    if festival.rule == "term":
        return term_label(festival.term or "")
    if festival.rule == "weekday":
        return tr("{nth} {weekday} of month {month}").format(
            nth=nth_label(festival.day),
            weekday=weekday_label(festival.weekday),
            month=festival.month,
        )
    if festival.rule == "lunar":
        return tr("lunar {month}/{day}").format(month=festival.month, day=festival.day)
    return f"{festival.month}/{festival.day}"


@dataclass(frozen=True)
class FestivalInput:
    name: str
    rule: str
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    term: str | None = None
    message_kind: str = "holiday"
    template_id: int | None = None
    active: bool = True


def _check_date(data: FestivalInput, errors: dict[str, str]) -> None:
    if data.month is None or not 1 <= data.month <= 12:
        errors["month"] = tr("The month is a number from 1 to 12.")
        return
    if data.rule == "weekday":
        if data.weekday is None or not 0 <= data.weekday <= 6:
            errors["weekday"] = tr("Choose the day of the week.")
        if data.day is None or not 1 <= data.day <= 5:
            errors["day"] = tr("Choose which one: 1st to 4th, or the last.")
        return
    longest = 30 if data.rule == "lunar" else calendar.monthrange(2000, data.month)[1]
    if data.day is None or not 1 <= data.day <= longest:
        errors["day"] = tr("That month has at most {n} days.").format(n=longest)


def _validate(data: FestivalInput) -> None:
    errors: dict[str, str] = {}
    if not data.name.strip():
        errors["name"] = tr("Type the festival's name.")
    elif len(data.name.strip()) > NAME_LIMIT:
        errors["name"] = too_long(NAME_LIMIT)
    if data.rule not in FESTIVAL_RULES:
        errors["rule"] = tr("Choose how the date is found.")
    elif data.rule == "term":
        if data.term not in TERMS:
            errors["term"] = tr("Choose one of the 24 solar terms.")
    else:
        _check_date(data, errors)
    if data.message_kind not in ("holiday", "season"):
        errors["message_kind"] = tr("Choose a holiday greeting or a change-of-season message.")
    if data.template_id is not None:
        template = MessageTemplate.get_or_none(MessageTemplate.id == data.template_id)
        if template is None or template.kind != data.message_kind:
            errors["template_id"] = tr("Choose a message of the same kind, or none.")
    if errors:
        raise ValidationError(errors)


def save_festival(actor: Staff, data: FestivalInput, festival_id: int | None = None) -> Festival:
    """Add a festival, or change the one with `festival_id`."""
    permissions.require(actor, "settings")
    _validate(data)
    dated = data.rule != "term"
    values = {
        "name": data.name.strip(),
        "rule": data.rule,
        "month": data.month if dated else None,
        "day": data.day if dated else None,
        "weekday": data.weekday if data.rule == "weekday" else None,
        "term": data.term if not dated else None,
        "message_kind": data.message_kind,
        "template": data.template_id,
        "active": data.active,
    }
    return save_row(
        Festival, values, festival_id, tr("That festival was removed; open the list again.")
    )


def remove_festival(actor: Staff, festival_id: int) -> None:
    """Remove it; its open greetings are cancelled at the next planning."""
    permissions.require(actor, "settings")
    with database.atomic("IMMEDIATE"):
        Festival.delete().where(Festival.id == festival_id).execute()


def all_festivals() -> list[Festival]:
    return list(Festival.select().order_by(Festival.position, Festival.id))


def festival(festival_id: object) -> Festival | None:
    """One festival, or None if it was removed (or `festival_id` is None)."""
    return Festival.get_or_none(Festival.id == festival_id) if festival_id is not None else None


def active_festivals() -> list[Festival]:
    return [festival for festival in all_festivals() if festival.active]


def occurrences(festival: Festival, start: dt.date, end: dt.date) -> Iterator[dt.date]:
    """The days from `start` to `end` (inclusive) on which the festival falls."""
    if festival.rule in ("solar", "lunar"):
        yield from yearly_occurrences(
            festival.month, festival.day, festival.rule == "lunar", start, end
        )
        return
    for year in range(start.year, end.year + 1):
        if festival.rule == "weekday":
            day = nth_weekday(year, festival.month, festival.weekday, festival.day)
        else:
            day = solar_term(year, festival.term or "")
        if day is not None and start <= day <= end:
            yield day


def default_festivals() -> list[dict[str, Any]]:
    return json.loads(DEFAULTS_FILE.read_text(encoding="utf-8"))


def install_defaults(language: str, templates: dict[str, int]) -> None:
    """Replace the list with ours in `language`; `templates` maps a template code to its id."""
    lang = "zh_CN" if language == "zh_CN" else "en"
    with database.atomic("IMMEDIATE"):
        Festival.delete().execute()
        for position, festival in enumerate(default_festivals()):
            Festival.create(
                name=festival["name"][lang],
                rule=festival["rule"],
                month=festival.get("month"),
                day=festival.get("day"),
                weekday=festival.get("weekday"),
                term=festival.get("term"),
                message_kind=festival.get("message_kind", "holiday"),
                template=templates.get(festival.get("template", "")),
                active=festival.get("active", True),
                position=position,
            )

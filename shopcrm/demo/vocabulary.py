"""The demo shop's words and goods, read from resources/demo/.

Names, phone prefixes, profile phrases, the product range with its prices and
seasons, complaint and contact texts, the year's VIP events are data, not code:
changing the range or the wording of the demo needs no programmer, and the
generators only draw from the typed values here. Weights are relative frequencies.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from shopcrm.core.paths import RESOURCES
from shopcrm.demo.draws import Weighted

FOLDER = RESOURCES / "demo"


def _read(name: str) -> Any:
    return json.loads((FOLDER / name).read_text(encoding="utf-8"))


def _grouped(groups: list[dict[str, Any]], key: str) -> Weighted[str]:
    """A choice from [{"weight": w, key: [values sharing that weight]}, ...]."""
    return Weighted((value, group["weight"]) for group in groups for value in group[key])


def _weighted(weights: dict[str, float]) -> Weighted[str]:
    return Weighted(weights.items())


def _by_key(table: dict[str, list[Any]]) -> dict[str, tuple[Any, ...]]:
    return {key: tuple(values) for key, values in table.items()}


_names = _read("names.json")
SURNAMES = _grouped(_names["surnames"], "surnames")
# By gender: (first characters of two-character names, second or only characters).
GIVEN = {
    gender: (tuple(parts["first_of_two"]), tuple(parts["second_or_only"]))
    for gender, parts in _names["given_names"].items()
}
PHONE_PREFIXES = _grouped(_names["phone_prefixes"], "prefixes")

_profiles = _read("profiles.json")
ETHNICITIES = _weighted(_profiles["ethnicities"])
HOME_TYPES = _weighted(_profiles["home_types"])
# (layout, bedrooms), drawn together so that the floor area fits the layout.
LAYOUTS: Weighted[tuple[str, int]] = Weighted(
    ((layout, shape["bedrooms"]), shape["weight"])
    for layout, shape in _profiles["home_layouts"].items()
)
PLACES = tuple(_profiles["native_places"])
DISTRICTS = tuple(_profiles["districts"])
STREETS = tuple(_profiles["streets"])
COMMUNITIES = tuple(_profiles["communities"])
OCCUPATIONS = tuple(_profiles["occupations"])
EMPLOYERS = tuple(_profiles["employers"])
POSITIONS = tuple(_profiles["positions"])
INCOME_BANDS = tuple(_profiles["income_bands"])
FAMILIES = tuple(_profiles["families"])
PERSONALITIES = tuple(_profiles["personalities"])
HABITS = tuple(_profiles["spending_habits"])
STYLES = _by_key(_profiles["style_preferences"])  # by shop kind
HOBBIES = tuple(_profiles["hobbies"])
LIFESTYLES = tuple(_profiles["lifestyles"])
VALUES = tuple(_profiles["values"])
NOTES = tuple(_profiles["notes"])
TOP_SIZES = _by_key(_profiles["sizes"]["top"])  # by gender
BOTTOM_SIZES = _by_key(_profiles["sizes"]["bottom"])
SHOE_SIZES = _by_key(_profiles["sizes"]["shoe"])
FAMILY_DAYS = tuple(_profiles["key_dates"]["family_birthdays"])
ANNIVERSARY = _profiles["key_dates"]["anniversary"]
SCHOOL_START = _profiles["key_dates"]["school_start"]


@dataclass(frozen=True)
class Product:
    """A line of goods. `place` is which of her sizes fits (clothing) or the room (furniture)."""

    category: str
    code: str
    low: int  # price range in yuan
    high: int
    months: frozenset[int]  # when it sells
    models: tuple[str, ...]
    materials: tuple[str, ...]
    place: str
    quantities: tuple[int, ...]  # bought together: a pair of bedside tables, 4 or 6 chairs


@dataclass(frozen=True)
class Range:
    """What one kind of shop sells, and how its style numbers and notes read."""

    products: tuple[Product, ...]
    seasonal: dict[int, tuple[Product, ...]]  # by month: the products on sale then
    colours: tuple[str, ...]
    season_letters: str  # clothing style numbers start with the season, January to December
    alteration_note: str | None  # a note some clothing sales carry


def _product(entry: dict[str, Any]) -> Product:
    low, high = entry["price"]
    return Product(
        entry["category"],
        entry["code"],
        low,
        high,
        frozenset(entry["months"]),
        tuple(entry["models"]),
        tuple(entry["materials"]),
        entry["place"],
        tuple(entry["quantities"]),
    )


def _range(goods: dict[str, Any]) -> Range:
    products = tuple(_product(entry) for entry in goods["products"])
    return Range(
        products,
        {m: tuple(p for p in products if m in p.months) for m in range(1, 13)},
        tuple(goods["colours"]),
        goods.get("season_letters", ""),
        goods.get("alteration_note"),
    )


RANGES = {kind: _range(goods) for kind, goods in _read("products.json").items()}


@dataclass(frozen=True)
class ComplaintKind:
    """What she says, what step 4 finds and the solution step 6 offers."""

    description: str
    cause: str
    solution: str


_care = _read("care.json")
COMPLAINTS = {code: ComplaintKind(**kind) for code, kind in _care["complaints"].items()}
COMPLAINT_KINDS = _by_key(_care["complaint_kinds"])  # by shop kind
STEP_NOTES = tuple(_care["complaint_steps"])  # one note for each of the nine steps
# The clerk's (outcome, note) of each kind of contact the demo logs.
CONTACTS = {
    situation: (texts["outcome"], texts["note"]) for situation, texts in _care["contacts"].items()
}
# What came of a follow-up task the demo did, by the kind of contact it logs.
DONE_TASKS: dict[str, str] = _care["done_tasks"]
BIRTHDAY_GIFT: str = _care["birthday_gift"]  # what a done birthday-gift task handed over


@dataclass(frozen=True)
class EventPlan:
    """One of the demo's events: held each year on `on` (MM-DD), or coming `in_days` from
    today with its invitations sent this morning when `invited`."""

    kind: str
    title: str  # may name the {season} or the {month} it is held in
    place: str
    time: str  # HH:MM
    capacity: int
    budget: int  # yuan
    gift: str
    on: str | None = None
    in_days: int | None = None
    invited: bool = False

    def titled(self, day: dt.date) -> str:
        return self.title.format(season=SEASONS[day.month - 1], month=day.month)


@dataclass(frozen=True)
class EventYear:
    """A shop's year of events: those held, and those coming."""

    past: tuple[EventPlan, ...]
    coming: tuple[EventPlan, ...]


_events = _read("events.json")
SEASONS = tuple(_events["seasons"])  # by month, January first
LIKED_KINDS = _weighted(_events["liked_kinds"])  # the kinds of event customers say they like
EVENT_TIMES = tuple(_events["times"])  # when she says she can come
EVENTS = {
    kind: EventYear(
        tuple(EventPlan(**plan) for plan in year["past"]),
        tuple(EventPlan(**plan) for plan in year["coming"]),
    )
    for kind, year in _events["events"].items()
}

"""The demo's people: customers as a clerk would have recorded them, their key dates, staff.

Hard facts (name, phone, birthday) are common, soft ones sparse: clerks learn
them over many visits. Customers register spread over the years of history,
the newest last, so ids and registration dates rise together.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from shopcrm.core import clock
from shopcrm.customers.search_keys import search_columns
from shopcrm.demo import vocabulary as words
from shopcrm.demo.draws import Weighted, few, maybe
from shopcrm.demo.shop import HISTORY_DAYS, Shop
from shopcrm.demo.writer import CUSTOMER_COLUMNS, C, Row
from shopcrm.staff import accounts, secrets
from shopcrm.storage import settings
from shopcrm.storage.models import Staff

CHANNELS = Weighted([("wechat", 50), ("phone", 25), ("sms", 15), ("visit", 10)])
ROOM_AREA = 30  # m² each bedroom adds to a flat
ADVOCATES = 500  # recent referrers kept, from whom some bring several friends


def name(rng: random.Random, gender: str) -> str:
    first, second = words.GIVEN[gender]
    if rng.random() < 0.3:
        return f"{words.SURNAMES(rng)}{rng.choice(second)}"
    return f"{words.SURNAMES(rng)}{rng.choice(first)}{rng.choice(second)}"


def phone(rng: random.Random, taken: set[str]) -> str:
    """A mobile number no one in `taken` has (and now taken)."""
    while True:
        number = f"{words.PHONE_PREFIXES(rng)}{rng.randrange(100_000_000):08d}"
        if number not in taken:
            taken.add(number)
            return number


def _gender(rng: random.Random, kind: str) -> str | None:
    draw = rng.random()
    if draw < 0.03:
        return None
    return "female" if draw < (0.86 if kind == "clothing" else 0.55) else "male"


def _birth(rng: random.Random, shop: Shop) -> tuple[str | None, int | None, bool]:
    """(birth date, approximate year, lunar): about half say their birthday."""
    age = 22 + int(rng.betavariate(2, 3) * 45)
    draw = rng.random()
    if draw < 0.55:
        lunar = rng.random() < 0.15
        # A lunar birthday keeps day <= 28 so it also reads as a valid solar date.
        day = rng.randint(1, 28) if lunar else rng.randrange(365)
        start = dt.date(shop.today.year - age, 1, 1)
        born = dt.date(start.year, rng.randint(1, 12), day) if lunar else start + dt.timedelta(day)
        return born.isoformat(), None, lunar
    if draw < 0.75:
        return None, shop.today.year - age, False
    return None, None, False


def _sizes(rng: random.Random, gender: str | None, kind: str) -> tuple[str | None, ...]:
    if gender is None or rng.random() >= (0.7 if kind == "clothing" else 0.05):
        return None, None, None
    return (
        rng.choice(words.TOP_SIZES[gender]),
        maybe(rng, 0.7, words.BOTTOM_SIZES[gender]),
        str(rng.choice(words.SHOE_SIZES[gender])) if rng.random() < 0.5 else None,
    )


def _home(rng: random.Random, row: list[object], kind: str) -> None:
    if rng.random() >= (0.6 if kind == "furniture" else 0.03):
        return
    community = rng.choice(words.COMMUNITIES)
    row[C["home_community"]] = community
    row[C["home_type"]] = words.HOME_TYPES(rng)
    layout, bedrooms = words.LAYOUTS(rng)
    row[C["home_layout"]] = layout
    row[C["home_area_m2"]] = round(ROOM_AREA * bedrooms + rng.uniform(20, 50), 1)
    row[C["home_building_year"]] = rng.randint(1995, _registered_year(row))
    row[C["address"]] = f"{community}{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}"


def _registered_year(row: list[object]) -> int:
    """Her home was built before she came to the shop."""
    return int(str(row[C["created_at"]])[:4])


def _soft_profile(rng: random.Random, row: list[object], kind: str) -> None:
    """Soft facts, realistically sparse: clerks learn them over many visits."""
    row[C["occupation"]] = maybe(rng, 0.4, words.OCCUPATIONS)
    if row[C["occupation"]] and rng.random() < 0.35:
        row[C["employer"]] = rng.choice(words.EMPLOYERS)
        row[C["position"]] = maybe(rng, 0.6, words.POSITIONS)
    row[C["income_band"]] = maybe(rng, 0.1, words.INCOME_BANDS)
    row[C["family"]] = maybe(rng, 0.25, words.FAMILIES)
    row[C["personality"]] = maybe(rng, 0.2, words.PERSONALITIES)
    row[C["spending_habits"]] = maybe(rng, 0.2, words.HABITS)
    row[C["style_preferences"]] = few(rng, 0.35, words.STYLES[kind])
    row[C["hobbies"]] = few(rng, 0.25, words.HOBBIES)
    row[C["lifestyle"]] = maybe(rng, 0.1, words.LIFESTYLES)
    row[C["values"]] = maybe(rng, 0.05, words.VALUES)
    row[C["notes"]] = maybe(rng, 0.05, words.NOTES)


def _hard_profile(rng: random.Random, row: list[object], keys: dict[str, str | None]) -> None:
    """Contact details and origins beyond name and phone, asked for only when she is happy to."""
    row[C["ethnicity"]] = words.ETHNICITIES(rng) if rng.random() < 0.3 else None
    row[C["native_place"]] = maybe(rng, 0.15, words.PLACES)
    if rng.random() < 0.3:
        row[C["wechat"]] = f"{keys['py_full']}{rng.randint(1, 9999)}"
    draw = rng.random()
    if draw < 0.05:
        row[C["email"]] = f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"
    elif draw < 0.08:
        row[C["email"]] = f"{keys['py_full']}{rng.randint(1, 99)}@163.com"
    if row[C["address"]] is None and rng.random() < 0.25:
        row[C["address"]] = (
            f"{rng.choice(words.DISTRICTS)}{rng.choice(words.STREETS)}{rng.randint(1, 300)}号"
            f"{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}"
        )


def _referrer(rng: random.Random, shop: Shop, customer_id: int) -> int | None:
    """About one in ten was brought by an earlier customer; some bring several friends."""
    if customer_id == shop.first_id or rng.random() >= 0.1:
        return None
    if shop.advocates and rng.random() < 0.4:
        return rng.choice(shop.advocates)
    referrer = rng.randrange(shop.first_id, customer_id)
    shop.advocates.append(referrer)
    if len(shop.advocates) > ADVOCATES:
        shop.advocates.pop(0)
    return referrer


def _customer(rng: random.Random, shop: Shop, customer_id: int, number: str) -> Row:
    row: list[object] = [None] * len(CUSTOMER_COLUMNS)
    place = (customer_id - shop.first_id + rng.random()) / shop.total
    since = min(HISTORY_DAYS - 1, max(0, int(HISTORY_DAYS * (1 - place))))
    gender = _gender(rng, shop.kind)
    full_name = name(rng, gender or "female")
    mobile = phone(rng, shop.phones)
    keys = search_columns(full_name, mobile)
    row[C["id"]], row[C["number"]], row[C["name"]] = customer_id, number, full_name
    row[C["gender"]], row[C["phone"]] = gender, mobile
    row[C["phone2"]] = phone(rng, shop.phones) if rng.random() < 0.02 else None
    row[C["created_at"]] = row[C["updated_at"]] = shop.stamp(rng, since)
    birth, approx, lunar = _birth(rng, shop)
    row[C["birth_date"]], row[C["birth_year_approx"]], row[C["birthday_lunar"]] = (
        birth,
        approx,
        lunar,
    )
    row[C["size_top"]], row[C["size_bottom"]], row[C["size_shoe"]] = _sizes(rng, gender, shop.kind)
    _home(rng, row, shop.kind)
    _hard_profile(rng, row, keys)
    _soft_profile(rng, row, shop.kind)
    row[C["preferred_channel"]] = CHANNELS(rng) if rng.random() < 0.5 else None
    row[C["accepts_promotions"]] = rng.random() < 0.6
    draw = rng.random()
    row[C["status"]] = "customer" if draw < 0.72 else "intending" if draw < 0.78 else "visitor"
    row[C["clerk_id"]] = rng.choice(shop.clerk_ids) if rng.random() < 0.95 else None
    row[C["referred_by_id"]] = _referrer(rng, shop, customer_id)
    row[C["total_spent"]] = row[C["visit_count"]] = row[C["points"]] = 0
    for column, value in keys.items():
        row[C[column]] = value
    return tuple(row)


def registered_after(shop: Shop, days_ago: int) -> int:
    """The lowest id a customer registered in the last `days_ago` days can have: ids and
    registration days rise together (_customer), so a query can seek instead of scan."""
    return shop.first_id + max(int(shop.total * (1 - days_ago / HISTORY_DAYS)) - 1, 0)


def customer_rows(count: int, rng: random.Random, shop: Shop, first_id: int) -> list[Row]:
    """`count` customers in CUSTOMER_COLUMNS order, ids from `first_id`, numbered from the
    demo's reserved numbers (without the database: a second process makes them too).
    Derived figures are left at zero for `derived.refresh`."""
    first_number = shop.first_number + first_id - shop.first_id
    return [
        _customer(rng, shop, first_id + n, settings.customer_number(first_number + n))
        for n in range(count)
    ]


def key_date_rows(customers: Sequence[Row], rng: random.Random) -> list[Row]:
    """Her birthday when known, and some family birthdays and anniversaries."""
    rows = []
    for row in customers:
        born = row[C["birth_date"]]
        if born:
            year, month, day = (int(part) for part in born.split("-"))
            rows.append((row[C["id"]], "birthday", "", month, day, year, row[C["birthday_lunar"]]))
        draw = rng.random()
        if draw < 0.06:
            label = rng.choice(words.FAMILY_DAYS)
            year = rng.choice((None, rng.randint(1950, 2020)))
            rows.append(
                (row[C["id"]], "family_birthday", label, *_month_day(rng), year, rng.random() < 0.2)
            )
        elif draw < 0.10:
            year = rng.randint(1990, 2022)
            rows.append(
                (row[C["id"]], "anniversary", words.ANNIVERSARY, *_month_day(rng), year, False)
            )
        elif draw < 0.11:
            rows.append((row[C["id"]], "school", words.SCHOOL_START, 9, 1, None, False))
    return rows


def _month_day(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


# A newcomer signs in at once: the owner with "demo", the n-th clerk with n four times;
# the recovery code lets her try a password reset and protecting the file too.
DEMO_PASSWORD = "demo"
DEMO_RECOVERY_CODE = "DEMO-DEMO-DEMO-DEMO-DEMO"


def demo_pin(index: int) -> str:
    return str(index) * 4


def staff(rng: random.Random) -> list[int]:
    """An owner and four or five clerks; returns the clerks' ids."""
    names: list[str] = []
    while len(names) < 6 + (rng.random() < 0.5):
        drawn = name(rng, "female" if rng.random() < 0.8 else "male")
        if drawn not in names:
            names.append(drawn)
    taken: set[str] = set()
    for index, staff_name in enumerate(names):
        Staff.insert(
            name=staff_name,
            role="owner" if index == 0 else "clerk",
            phone=phone(rng, taken),
            created_at=clock.now() - dt.timedelta(days=HISTORY_DAYS + 60),
            secret=secrets.hashed(DEMO_PASSWORD if index == 0 else demo_pin(index)),
        ).on_conflict_ignore().execute()
    settings.put(accounts.RECOVERY_KEY, secrets.hashed(DEMO_RECOVERY_CODE))
    return [s.id for s in Staff.select().where(Staff.name.in_(names[1:])).order_by(Staff.id)]

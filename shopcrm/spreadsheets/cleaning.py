"""Turning what years of clerks typed into a spreadsheet into profile values.

Each function takes one raw cell (text, number, date as the reader gave it)
and returns the value the profile validation expects, or raises ValueError
with a message that says how to fix the cell. Phones stored as numbers are
recovered exactly; a phone whose digits Excel already rounded away is refused
rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import available_languages, in_language, tr
from shopcrm.core.phones import normalize_phone
from shopcrm.customers.fields import BY_NAME
from shopcrm.spreadsheets.reader import CellValue

EXCEL_EPOCH = dt.date(1899, 12, 30)
FIRST_SERIAL, LAST_SERIAL = 1, 80_000  # 1900-01-01 .. 2119: plausible dates as serial numbers

TRUE_WORDS = frozenset(
    [
        "是",
        "y",
        "yes",
        "true",
        "t",
        "1",
        "√",
        "✓",
        "✔",
        "接受",
        "同意",
        "愿意",
        "对",
        "有",
        "要",
        "需要",
        "可以",
        "ok",
        "农历",
        "阴历",
        "lunar",
    ]
)
FALSE_WORDS = frozenset(
    [
        "否",
        "n",
        "no",
        "false",
        "f",
        "0",
        "×",
        "✗",
        "不",
        "不接受",
        "拒绝",
        "不愿意",
        "不要",
        "无",
        "没有",
        "公历",
        "阳历",
    ]
)
CHOICES: dict[str, dict[str, str]] = {
    "gender": {
        **dict.fromkeys(
            ["女", "女士", "女性", "小姐", "太太", "female", "f", "woman", "w"], "female"
        ),
        **dict.fromkeys(["男", "男士", "男性", "先生", "male", "m", "man"], "male"),
        **dict.fromkeys(["其他", "其它", "other"], "other"),
    },
    "preferred_channel": {
        **dict.fromkeys(["电话", "打电话", "phone", "call", "phonecall", "电话联系"], "phone"),
        **dict.fromkeys(["短信", "sms", "text", "信息", "textmessage"], "sms"),
        **dict.fromkeys(["微信", "wechat", "wx", "weixin"], "wechat"),
        **dict.fromkeys(["到店", "上门", "拜访", "visit", "面谈"], "visit"),
    },
    "status": {
        **dict.fromkeys(["visitor", "来访", "来访未成交", "访客"], "visitor"),
        **dict.fromkeys(["intending", "意向", "意向客户", "intendingbuyer"], "intending"),
        **dict.fromkeys(["customer", "顾客", "客户", "成交客户", "已成交"], "customer"),
        **dict.fromkeys(["regular", "老顾客", "老客户", "常客", "vip"], "regular"),
        **dict.fromkeys(["dormant", "休眠", "沉睡", "休眠客户"], "dormant"),
        **dict.fromkeys(["lost", "流失", "流失客户"], "lost"),
    },
}
LUNAR_MONTHS = {
    "正": 1,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
    "十一": 11,
    "冬": 11,
    "十二": 12,
    "腊": 12,
}
DIGITS = "一二三四五六七八九"

_FULL_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_YEAR_MONTH = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$")
_MONTH_DAY = re.compile(r"^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$")
_YEAR = re.compile(r"^(\d{4})\s*年?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_LUNAR_WORDS = re.compile(r"^(闰)?(正|一|二|三|四|五|六|七|八|九|十|十一|冬|十二|腊)月(.{2})$")
_LUNAR_PREFIX = re.compile(r"^(农历|阴历|lunar)\s*", re.IGNORECASE)
_TIME_PART = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$")
_PHONE_SPLIT = re.compile(r"\s*(?:[/,，;；、|]|或)\s*")
_NUMBER = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*")


def text(value: CellValue) -> str:
    """A cell as trimmed text: 37.0 read from a number cell is '37', a date is ISO."""
    if isinstance(value, str):  # most cells: asked first
        return value.strip()
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).strip()


def _digits_of_number(value: float | int) -> str:
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(
            tr("{value} is not a phone number: it has a fraction.").format(value=value)
        )
    digits = str(int(value))
    if digits.endswith("00000"):
        raise ValueError(
            tr(
                "{value} looks rounded by Excel (it ends in 00000): type the full number as text."
            ).format(value=digits)
        )
    return digits


def _digits_of_scientific(raw: str) -> str | None:
    """'1.3812345678E+10' keeps every digit; '1.38123E+10' has lost some."""
    compact = raw.replace(" ", "")
    if not re.fullmatch(r"\d(\.\d+)?[eE]\+?\d{1,2}", compact):
        return None
    number = Decimal(compact)
    digits = str(int(number))
    kept = len(compact.split("e")[0].split("E")[0].replace(".", ""))
    if kept < len(digits):
        raise ValueError(
            tr(
                "{value}: Excel showed this phone in scientific notation and its last digits "
                "were lost. Type the full number."
            ).format(value=raw)
        )
    return digits


def _raw_numbers(value: CellValue) -> list[str]:
    """The phone numbers in one cell as typed, before they are checked."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return [_digits_of_number(value)]
    raw = unicodedata.normalize("NFKC", text(value))
    scientific = _digits_of_scientific(raw)
    raw_numbers = [scientific] if scientific else [p for p in _PHONE_SPLIT.split(raw) if p]
    return [p[:-2] if re.fullmatch(r"\d+\.0", p) else p for p in raw_numbers]


def phones(value: CellValue) -> list[str]:
    """The stored forms of the phone number(s) in one cell, in order."""
    if value is None or value == "":
        return []
    stored = []
    for raw_number in _raw_numbers(value):
        try:
            phone = normalize_phone(raw_number)
        except ValidationError as exc:
            raise ValueError(str(exc)) from None
        if phone:
            stored.append(phone)
    return stored


def holds_phone(value: CellValue) -> bool:
    """Whether the cell holds a phone number that passes the checks."""
    try:
        return bool(phones(value))
    except ValueError:
        return False


def zero_restored(value: CellValue, phone: str) -> bool:
    """Whether the landline `phone` read from this cell has a leading 0 the cell lacks.

    Excel keeps 010-87654321 typed into a number cell as 1087654321; phonenumbers
    reads that back as the Beijing number, which is likely but a guess the owner
    should see.
    """
    return any("".join(filter(str.isdigit, raw)) == phone[1:] for raw in _raw_numbers(value))


@dataclass(frozen=True)
class Birthday:
    """What a birthday cell said: a full date, a day without a year, or only a year."""

    date: dt.date | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    lunar: bool = False


def _dated(year: int, month: int, day: int, lunar: bool) -> Birthday:
    try:
        return Birthday(date=dt.date(year, month, day), lunar=lunar)
    except ValueError:
        if lunar and 1 <= month <= 12 and 1 <= day <= 30:
            # Lunar 2/30 has no solar twin to store in birth_date: keep it as a key date.
            return Birthday(month=month, day=day, year=year, lunar=True)
        raise ValueError(
            tr("{year}-{month:02d}-{day:02d} does not exist: check the day and month.").format(
                year=year, month=month, day=day
            )
        ) from None


def _month_day(month: int, day: int, lunar: bool) -> Birthday:
    longest = 30 if lunar else (29 if month == 2 else 31)
    if not 1 <= month <= 12 or not 1 <= day <= longest or (month in (4, 6, 9, 11) and day > 30):
        raise ValueError(
            tr("{month}/{day} is not a day of the year: write the month, then the day.").format(
                month=month, day=day
            )
        )
    return Birthday(month=month, day=day, lunar=lunar)


def _lunar_day(word: str) -> int:
    if word.startswith("初"):
        return 10 if word[1] == "十" else DIGITS.index(word[1]) + 1
    if word == "二十":
        return 20
    if word == "三十":
        return 30
    if word[0] in "十廿" and word[1] in DIGITS:
        return (10 if word[0] == "十" else 20) + DIGITS.index(word[1]) + 1
    raise ValueError(tr("“{value}” is not a lunar day such as 初八 or 廿三.").format(value=word))


def _from_serial(serial: float) -> dt.date:
    return EXCEL_EPOCH + dt.timedelta(days=int(serial))


def birthday(value: CellValue, lunar: bool = False) -> Birthday:
    """A birthday from a date cell, an Excel serial number or text in the usual forms."""
    if value is None or value == "":
        return Birthday()
    if isinstance(value, dt.datetime):
        return Birthday(date=value.date(), lunar=lunar)
    if isinstance(value, dt.date):
        return Birthday(date=value, lunar=lunar)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if float(value).is_integer() and 1900 <= value <= clock.today().year:
            return Birthday(year=int(value))
        if float(value).is_integer() and 19000101 <= value <= 29991231:
            value = str(int(value))
        elif FIRST_SERIAL <= value <= LAST_SERIAL:
            return Birthday(date=_from_serial(value), lunar=lunar)
        else:
            raise ValueError(
                tr("{value} is not a date: write it as 1990-05-03.").format(value=value)
            )
    raw = unicodedata.normalize("NFKC", text(value))
    prefix = _LUNAR_PREFIX.match(raw)
    if prefix:
        lunar, raw = True, raw[prefix.end() :]
    raw = _TIME_PART.sub("", raw).strip()
    if match := _FULL_DATE.match(raw) or _COMPACT.match(raw):
        year, month, day = (int(part) for part in match.groups())
        return _dated(year, month, day, lunar)
    if match := _MONTH_DAY.match(raw):
        return _month_day(int(match.group(1)), int(match.group(2)), lunar)
    if match := _LUNAR_WORDS.match(raw):
        return _month_day(LUNAR_MONTHS[match.group(2)], _lunar_day(match.group(3)), True)
    if match := _YEAR.match(raw):
        return Birthday(year=int(match.group(1)))
    if _YEAR_MONTH.match(raw):
        raise ValueError(
            tr("“{value}” has no day: write the whole birthday, e.g. 1990-05-03.").format(value=raw)
        )
    raise ValueError(
        tr(
            "“{value}” is not a date we can read: write it as 1990-05-03, 1990年5月3日 or 5月3日."
        ).format(value=raw)
    )


def flag(value: CellValue) -> bool | None:
    """Yes/no cells in the ways clerks write them; None when blank."""
    word = text(value).lower()
    if not word:
        return None
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError(tr("“{value}”: write 是 or 否 (yes or no).").format(value=text(value)))


@cache
def choice_words(field: str) -> dict[str, str]:
    """Word -> code for a choice field: the words old spreadsheets use, and the word an
    export writes for each code in every language there is a catalogue for."""
    found = dict(CHOICES[field])
    for language in available_languages():
        words = in_language(language)
        for code, word in BY_NAME[field].words.items():
            found.setdefault("".join(words.tr(word).lower().split()), code)
    return found


def choice(field: str, value: CellValue) -> str | None:
    """A coded value (gender, channel, status) from its Chinese or English word."""
    word = "".join(text(value).lower().split())
    if not word:
        return None
    known = choice_words(field)
    if word in known:
        return known[word]
    choices = sorted(set(CHOICES[field]) - {v for v in CHOICES[field] if v.isascii()})
    raise ValueError(
        tr("“{value}” is not one of: {choices}.").format(
            value=text(value), choices="、".join(choices[:8])
        )
    )


def number(value: CellValue) -> Decimal | None:
    """A number possibly followed by its unit: 120㎡, 120平米, 95.5 m2."""
    if value is None or value == "":
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Decimal(str(value))
    match = _NUMBER.match(unicodedata.normalize("NFKC", text(value)))
    if not match:
        raise ValueError(tr("“{value}” is not a number.").format(value=text(value)))
    try:
        return Decimal(match.group(1))
    except InvalidOperation:
        raise ValueError(tr("“{value}” is not a number.").format(value=text(value))) from None


def year(value: CellValue) -> int | None:
    """A year from a number, '2005年' or a date."""
    if isinstance(value, dt.date):
        return value.year
    found = number(value)
    if found is None:
        return None
    if found != found.to_integral_value():
        raise ValueError(tr("“{value}” is not a year.").format(value=text(value)))
    return int(found)


def birth_year_from_age(value: CellValue, today: dt.date) -> int | None:
    age = year(value)
    if age is None:
        return None
    if not 1 <= age <= 120:
        raise ValueError(tr("An age of {age} cannot be right.").format(age=age))
    return today.year - age

"""Which spreadsheet column holds which profile field, in Chinese or English.

A profile field's header and aliases come from the field table
(customers/fields.py); this module adds the columns that are not profile
fields and the order an export writes them in. An export's headers are in the
language asked for, from the translation catalogue (its export context), not
the window's; an import recognises the headers of every language there is a
catalogue for, and the aliases, so an exported file always reads back in. Import
headers are folded (full-width, case, Traditional characters, punctuation)
and matched against every alias; the owner's corrections are saved in the
database and win over the aliases next time.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from shopcrm.core.i18n import Text, available_languages, in_language, marked
from shopcrm.customers.fields import BY_NAME, Kind, ProfileField
from shopcrm.storage import settings
from shopcrm.storage.models import database


@dataclass(frozen=True)
class Column:
    field: str
    header: Text  # the export's header, in the language of the file (i18n.in_language)
    aliases: tuple[str, ...] = ()
    kind: str = "text"  # text, date, money, number, integer, flag, choice
    importable: bool = True
    width: int = 14
    exported: bool = True


# The columns that are not profile fields: her number, which matches a row to her, an
# age read as a birth year, and the figures the shop keeps, which are only written out.
OWN_COLUMNS: tuple[Column, ...] = (
    Column(
        "number",
        marked("Number", "export"),
        ("编号", "客户编号", "会员编号", "会员号", "卡号", "id", "no"),
    ),
    Column(
        "age",
        marked("Age", "export"),
        ("年龄", "岁数", "大约年龄"),
        kind="integer",
        width=8,
        exported=False,
    ),
    Column(
        "tier", marked("Tier", "export"), ("会员等级", "等级", "级别", "vip等级"), importable=False
    ),
    Column(
        "total_spent",
        marked("Total spent", "export"),
        ("累计消费", "消费总额", "总消费"),
        kind="money",
        importable=False,
    ),
    Column(
        "visit_count",
        marked("Visits", "export"),
        ("到店次数", "消费次数"),
        "integer",
        importable=False,
    ),
    Column(
        "points", marked("Points", "export"), ("积分",), kind="integer", importable=False, width=8
    ),
    Column(
        "first_purchase_on",
        marked("First purchase", "export"),
        ("首次购买",),
        "date",
        importable=False,
    ),
    Column(
        "last_purchase_on",
        marked("Last purchase", "export"),
        ("最近购买", "最后消费"),
        "date",
        False,
    ),
    Column(
        "created_at",
        marked("Registered", "export"),
        ("登记日期", "登记时间", "入会日期"),
        "date",
        False,
    ),
    # The kinds of event liked are codes the card ticks, not words a sheet can carry.
    Column(
        "event_kinds",
        marked("Events liked", "export"),
        importable=False,
        exported=False,
    ),
)
# Left to right as an export writes them.
ORDER = (
    "number",
    "name",
    "phone",
    "phone2",
    "gender",
    "birth_date",
    "birthday_lunar",
    "birth_year_approx",
    "age",
    "ethnicity",
    "wechat",
    "email",
    "address",
    "native_place",
    "size_top",
    "size_bottom",
    "size_shoe",
    "occupation",
    "employer",
    "position",
    "income_band",
    "family",
    "personality",
    "spending_habits",
    "style_preferences",
    "hobbies",
    "lifestyle",
    "event_times",
    "event_kinds",
    "preferred_channel",
    "accepts_promotions",
    "values",
    "home_community",
    "home_type",
    "home_area_m2",
    "home_layout",
    "home_building_year",
    "notes",
    "status",
    "clerk",
    "referred_by",
    "tier",
    "total_spent",
    "visit_count",
    "points",
    "first_purchase_on",
    "last_purchase_on",
    "created_at",
)
# How a profile field's cells are written; the other kinds are text.
CELL_KINDS = {
    Kind.CHOICE: "choice",
    Kind.DATE: "date",
    Kind.YEAR: "integer",
    Kind.NUMBER: "number",
    Kind.FLAG: "flag",
}


def _profile_column(field: ProfileField) -> Column:
    """A profile field's column, as the field table names it."""
    sheet = field.sheet
    kind = CELL_KINDS.get(field.kind, "text")
    return Column(field.name, sheet.header, sheet.aliases, kind, width=sheet.width)


_OWN = {column.field: column for column in OWN_COLUMNS}
COLUMNS: tuple[Column, ...] = tuple(
    _OWN[name] if name in _OWN else _profile_column(BY_NAME[name]) for name in ORDER
)
BY_FIELD: dict[str, Column] = {column.field: column for column in COLUMNS}
IGNORE = ""
# Not a field: the column's cells are added to the notes as "header: value" lines, as
# a second column named for a field already taken is (备注 twice), so none is lost.
TO_NOTES = "+notes"

# Traditional characters that appear in the aliases, folded to Simplified.
TRADITIONAL = str.maketrans(
    "機話聯繫係電郵職備註別貫號碼業單齡歲顧戶會員導購屬積費額愛習慣個風價觀況區層樓發褲裝級曆"
    "歷農陰紀絡銷願為態狀稱紹薦門長負責經濟興務崗買錄處說寫實種類題齊設計廠資網婦鄉樣編兒間週"
    "歡獲託擇項選戲時問優訊總數現檔",
    "机话联系系电邮职备注别贯号码业单龄岁顾户会员导购属积费额爱习惯个风价观况区层楼发裤装级历"
    "历农阴纪络销愿为态状称绍荐门长负责经济兴务岗买录处说写实种类题齐设计厂资网妇乡样编儿间周"
    "欢获托择项选戏时问优讯总数现档",
)
_BRACKETED = re.compile(r"[(（\[【<《].*?[)）\]】>》]")
_PUNCTUATION = re.compile(r"[\s:：*＊?？!！/\\|_\-.·、,，;；'\"“”‘’#＃]+")


def fold_header(text: object) -> str:
    """The form headers are compared in: NFKC, Simplified, lower case, no punctuation."""
    folded = unicodedata.normalize("NFKC", str(text or "")).translate(TRADITIONAL).lower()
    return _PUNCTUATION.sub("", folded)


def _index() -> dict[str, str]:
    """Folded header -> field: every language's export header, the field's name and its
    aliases, so a file exported in any language reads back in."""
    index: dict[str, str] = {}
    catalogues = [in_language(code) for code in available_languages()]
    for column in COLUMNS:
        headers = [words.tr(column.header) for words in catalogues]
        for alias in (*headers, column.field, *column.aliases):
            index.setdefault(fold_header(alias), column.field)
    return index


ALIASES = _index()


def export_header(field: str, language: str) -> str:
    return in_language(language).tr(BY_FIELD[field].header)


def saved_mapping() -> dict[str, str]:
    """The owner's corrections: folded header -> field ('' means ignore this column)."""
    return json.loads(settings.get("import_column_mapping"))


def save_mapping(headers: Sequence[object], mapping: Mapping[int, str]) -> None:
    """Remember, for each header, the field the owner chose."""
    with database.atomic("IMMEDIATE"):
        remembered = saved_mapping()
        seen: set[str] = set()
        for index, header in enumerate(headers):
            key = fold_header(header)
            if key and key not in seen:  # a header named twice: its first column's choice
                remembered[key] = mapping.get(index, IGNORE)
                seen.add(key)
        settings.put("import_column_mapping", json.dumps(remembered, ensure_ascii=False))


def field_for(header: object, remembered: Mapping[str, str]) -> str | None:
    """The field a header names exactly: saved choice, alias, or alias once brackets go."""
    key = fold_header(header)
    if not key:
        return None
    if key in remembered:
        return remembered[key]
    if key in ALIASES:
        return ALIASES[key]
    bare = fold_header(_BRACKETED.sub("", unicodedata.normalize("NFKC", str(header))))
    return ALIASES.get(bare)


# A column of a kind of something is not that something: 会员卡类型 holds no card number.
_KIND_OF = ("类型", "类别", "种类")


def _guess(header: object) -> str | None:
    """Longest Chinese alias inside the header: 客户手机号 is a phone."""
    key = fold_header(header)
    kind_of = key.endswith(_KIND_OF)
    found = [
        (len(alias), field)
        for alias, field in ALIASES.items()
        if len(alias) >= 2
        and not alias.isascii()
        and alias in key
        and (not kind_of or alias.endswith(_KIND_OF))  # 客户房屋类型 is still a home type
    ]
    return max(found)[1] if found else None


def auto_mapping(headers: Sequence[object], remembered: Mapping[str, str]) -> dict[int, str]:
    """Column index -> importable field or TO_NOTES.

    Exact names are matched before guesses, so 客户来源 (a guess at the name) cannot
    take the name from 姓名. Each field takes one column: a second phone is phone2,
    any other column for a field already taken goes into the notes.
    """
    exact = {index: field_for(header, remembered) for index, header in enumerate(headers)}
    guesses = {index: _guess(headers[index]) for index, field in exact.items() if field is None}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, field in [*exact.items(), *guesses.items()]:
        if not field or (field != TO_NOTES and not BY_FIELD[field].importable):
            continue
        if field == "phone" and "phone" in taken:
            field = "phone2"
        mapping[index] = TO_NOTES if field in taken else field
        taken.add(field)
    return dict(sorted(mapping.items()))


def names_a_column(cell: object, remembered: Mapping[str, str]) -> bool:
    """Whether a cell reads as a column's name (exactly, or by a guess such as 客户电话)."""
    return isinstance(cell, str) and (
        field_for(cell, remembered) is not None or _guess(cell) is not None
    )


def header_score(cells: Sequence[object], remembered: Mapping[str, str]) -> int:
    """How many cells name a field exactly; 0 unless the name or the phone is among them."""
    fields = {field_for(cell, remembered) for cell in cells if isinstance(cell, str)}
    fields.discard(None)
    fields.discard(IGNORE)
    return len(fields) if fields & {"name", "phone"} else 0

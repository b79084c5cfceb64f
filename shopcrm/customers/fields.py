"""The customer profile's fields, each declared once.

A field says what it is called, which part of her card it belongs to, what
kind of value it holds and within which limits, how a spreadsheet names it,
and whether it counts towards the profile score. Validation, the card's
forms, the spreadsheet columns and the import mapping, and the completeness
score all read this table, so a new field is one entry here, its column in
the Customer model and its place in the spreadsheet (spreadsheets/columns.py).

The order is the card's: each group's fields appear on its tab in the order
they are listed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from typing import Literal

from shopcrm.core.i18n import Text as I18nText
from shopcrm.core.i18n import marked, tr
from shopcrm.customers.labels import CHANNEL_WORDS, GENDER_WORDS, STATUS_WORDS
from shopcrm.storage.models import CONTACT_CHANNELS, GENDERS, LIFECYCLE

# Where the card shows a field: the profile tab (hard facts), "About her" (soft
# knowledge), the furniture shop's home tab, or nowhere (kept by other screens).
Group = Literal["hard", "soft", "home", "other"]
# The half of the completeness score a field counts towards.
Part = Literal["hard", "soft"]
Text = Callable[[], str]

SHORT_TEXT = 100
LONG_TEXT = 4000
NAME_LENGTH = 50


class Kind(Enum):
    """What a field holds; validation, the card's widget and the import follow from it."""

    NAME = "name"  # her name: required, cleaned of invisible characters
    TEXT = "text"  # one line of text
    LONG_TEXT = "long_text"  # a few lines of text
    CHOICE = "choice"  # one of the field's codes
    DATE = "date"  # a day between the field's minimum and today
    YEAR = "year"  # a year between the field's minimum and this year
    NUMBER = "number"  # a number within the field's limits, to its decimals
    FLAG = "flag"  # yes or no
    PHONE = "phone"  # a phone number, stored in one form (core.phones)
    EMAIL = "email"  # an e-mail address
    STAFF = "staff"  # a member of staff, by id
    CUSTOMER = "customer"  # another customer, by id


@dataclass(frozen=True)
class SheetColumn:
    """How spreadsheets name a field.

    `header` is the export's header, written in the file's language from the
    translation catalogue (marked in the export context); an import also
    recognises the field by its `aliases`, the words old shop spreadsheets use
    (Traditional characters are folded to Simplified before matching).
    """

    header: I18nText
    aliases: tuple[str, ...] = ()
    width: int = 14


@dataclass(frozen=True)
class ProfileField:
    """One profile field; the limits and messages apply to the kinds that use them."""

    name: str
    label: Text
    group: Group
    kind: Kind
    sheet: SheetColumn
    completeness: Part | None = None
    required: bool = False
    max_length: int | None = None
    # A number's limits and decimals; a date or a year has only a minimum, as it ends today.
    minimum: int | Decimal | dt.date | None = None
    maximum: Decimal | None = None
    decimals: int = 0
    # What to type when the value cannot be read, and what to say when it is out of limits.
    hint: Text | None = None
    below: Text | None = None
    above: Text | None = None
    codes: tuple[str, ...] = ()
    words: Mapping[str, I18nText] = field(default_factory=dict)  # each code's word
    lines: int = 3  # the height of a long text's box on the card


def _year_hint() -> str:
    return tr("Type a year, e.g. 1985.")


def _year_range() -> str:
    return tr("Type a year between 1900 and this year.")


def _area_range() -> str:
    return tr("The area must be between 0 and 100,000 m².")


FIELDS: tuple[ProfileField, ...] = (
    ProfileField(
        "name",
        lambda: tr("Name"),
        "hard",
        Kind.NAME,
        SheetColumn(
            marked("Name", "export"),
            (
                "姓名",
                "名字",
                "客户姓名",
                "顾客姓名",
                "会员姓名",
                "客户名称",
                "客户",
                "顾客",
                "fullname",
            ),
        ),
        completeness="hard",
        required=True,
        max_length=NAME_LENGTH,
    ),
    ProfileField(
        "gender",
        lambda: tr("Gender"),
        "hard",
        Kind.CHOICE,
        SheetColumn(marked("Gender", "export"), ("性别", "sex"), width=8),
        completeness="hard",
        codes=GENDERS,
        words=GENDER_WORDS,
    ),
    ProfileField(
        "ethnicity",
        lambda: tr("Ethnicity"),
        "hard",
        Kind.TEXT,
        SheetColumn(marked("Ethnicity", "export"), ("民族", "族别", "nationality")),
        completeness="hard",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "birth_date",
        lambda: tr("Birthday"),
        "hard",
        Kind.DATE,
        SheetColumn(
            marked("Birthday", "export"),
            (
                "生日",
                "出生日期",
                "生日日期",
                "出生年月日",
                "出生年月",
                "birthdate",
                "dateofbirth",
                "dob",
            ),
            width=12,
        ),
        completeness="hard",
        minimum=dt.date(1900, 1, 1),
        hint=lambda: tr("Write the date as year-month-day, e.g. 1990-05-03."),
        below=lambda: tr("Check the year: it is before 1900."),
        above=lambda: tr("A birthday cannot be in the future."),
    ),
    ProfileField(
        "birthday_lunar",
        lambda: tr("Lunar calendar birthday"),
        "hard",
        Kind.FLAG,
        SheetColumn(
            marked("Lunar birthday", "export"),
            (
                "农历生日",
                "是否农历",
                "农历",
                "阴历",
                "阴历生日",
                "过农历生日",
                "生日类型",
                "生日历法",
                "lunar",
            ),
            width=10,
        ),
    ),
    ProfileField(
        "birth_year_approx",
        lambda: tr("Approximate birth year"),
        "hard",
        Kind.YEAR,
        SheetColumn(
            marked("Birth year", "export"),
            ("出生年份", "出生年", "大约出生年份", "birthyear", "yearofbirth"),
            width=10,
        ),
        minimum=1900,
        hint=_year_hint,
        below=_year_range,
        above=_year_range,
    ),
    ProfileField(
        "phone",
        lambda: tr("Phone"),
        "hard",
        Kind.PHONE,
        SheetColumn(
            marked("Phone", "export"),
            (
                "手机",
                "手机号",
                "手机号码",
                "电话",
                "电话号码",
                "联系电话",
                "联系方式",
                "移动电话",
                "mobile",
                "tel",
                "telephone",
                "cellphone",
                "phonenumber",
            ),
            width=16,
        ),
        completeness="hard",
    ),
    ProfileField(
        "phone2",
        lambda: tr("Second phone"),
        "hard",
        Kind.PHONE,
        SheetColumn(
            marked("Phone 2", "export"),
            ("备用电话", "其他电话", "第二电话", "座机", "固话"),
            width=16,
        ),
    ),
    ProfileField(
        "wechat",
        lambda: tr("WeChat ID"),
        "hard",
        Kind.TEXT,
        SheetColumn(marked("WeChat", "export"), ("微信", "微信号", "wechatid", "weixin", "wx")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "email",
        lambda: tr("E-mail"),
        "hard",
        Kind.EMAIL,
        SheetColumn(
            marked("Email", "export"),
            ("邮箱", "电子邮件", "电子邮箱", "e-mail", "mail"),
            width=22,
        ),
        completeness="hard",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "address",
        lambda: tr("Address"),
        "hard",
        Kind.LONG_TEXT,
        SheetColumn(
            marked("Address", "export"),
            ("地址", "住址", "家庭住址", "联系地址", "送货地址"),
            width=30,
        ),
        completeness="hard",
        max_length=LONG_TEXT,
        lines=2,
    ),
    ProfileField(
        "native_place",
        lambda: tr("Native place"),
        "hard",
        Kind.TEXT,
        SheetColumn(marked("Native place", "export"), ("籍贯", "老家", "家乡", "hometown")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "size_top",
        lambda: tr("Top size"),
        "hard",
        Kind.TEXT,
        SheetColumn(
            marked("Top size", "export"),
            ("上衣尺码", "上装尺码", "衣服尺码", "尺码", "上衣", "size"),
        ),
        completeness="hard",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "size_bottom",
        lambda: tr("Bottom size"),
        "hard",
        Kind.TEXT,
        SheetColumn(
            marked("Bottom size", "export"),
            ("下装尺码", "裤子尺码", "裤码", "下装", "裤装尺码"),
        ),
        completeness="hard",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "size_shoe",
        lambda: tr("Shoe size"),
        "hard",
        Kind.TEXT,
        SheetColumn(marked("Shoe size", "export"), ("鞋码", "鞋子尺码", "鞋号", "shoesize")),
        completeness="hard",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "clerk",
        lambda: tr("Clerk in charge"),
        "hard",
        Kind.STAFF,
        SheetColumn(
            marked("Clerk", "export"),
            ("负责导购", "导购", "店员", "销售", "负责人", "销售员", "staff"),
        ),
    ),
    ProfileField(
        "status",
        lambda: tr("Status"),
        "hard",
        Kind.CHOICE,
        SheetColumn(marked("Status", "export"), ("客户状态", "状态", "客户类型", "lifecycle")),
        required=True,
        codes=LIFECYCLE,
        words=STATUS_WORDS,
    ),
    ProfileField(
        "preferred_channel",
        lambda: tr("Preferred contact"),
        "hard",
        Kind.CHOICE,
        SheetColumn(
            marked("Preferred contact", "export"),
            (
                "联系方式偏好",
                "偏好联系方式",
                "喜欢的联系方式",
                "联系偏好",
                "首选联系方式",
                "优先联系方式",
                "preferredchannel",
            ),
        ),
        completeness="soft",
        codes=CONTACT_CHANNELS,
        words=CHANNEL_WORDS,
    ),
    ProfileField(
        "accepts_promotions",
        lambda: tr("Accepts promotional messages"),
        "hard",
        Kind.FLAG,
        SheetColumn(
            marked("Accepts promotions", "export"),
            ("接受促销", "接收促销", "接受促销信息", "愿意接收优惠", "促销", "promotions"),
            width=10,
        ),
    ),
    ProfileField(
        "occupation",
        lambda: tr("Occupation"),
        "soft",
        Kind.TEXT,
        SheetColumn(marked("Occupation", "export"), ("职业", "工作", "行业", "job")),
        completeness="soft",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "employer",
        lambda: tr("Employer"),
        "soft",
        Kind.TEXT,
        SheetColumn(marked("Employer", "export"), ("工作单位", "单位", "公司", "company")),
        completeness="soft",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "position",
        lambda: tr("Position"),
        "soft",
        Kind.TEXT,
        SheetColumn(marked("Position", "export"), ("职位", "职务", "岗位", "title")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "income_band",
        lambda: tr("Income band"),
        "soft",
        Kind.TEXT,
        SheetColumn(
            marked("Income", "export"), ("收入", "收入水平", "月收入", "年收入", "incomeband")
        ),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "family",
        lambda: tr("Family"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Family", "export"), ("家庭情况", "家庭", "家庭成员", "家人")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "personality",
        lambda: tr("Personality"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Personality", "export"), ("性格", "性格特点", "个性")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "spending_habits",
        lambda: tr("Spending habits"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Spending habits", "export"), ("消费习惯", "消费特点", "购物习惯")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "style_preferences",
        lambda: tr("Style preferences"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(
            marked("Style preferences", "export"),
            ("穿衣风格", "风格", "风格偏好", "喜好风格"),
        ),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "hobbies",
        lambda: tr("Hobbies"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Hobbies", "export"), ("爱好", "兴趣", "兴趣爱好", "hobby")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "lifestyle",
        lambda: tr("Lifestyle"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Lifestyle", "export"), ("生活方式", "生活习惯")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "values",
        lambda: tr("What matters to the customer"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(marked("Values", "export"), ("价值观", "信念")),
        completeness="soft",
        max_length=LONG_TEXT,
    ),
    ProfileField(
        "event_times",
        lambda: tr("Best days and times for events"),
        "soft",
        Kind.TEXT,
        SheetColumn(
            marked("Best times for events", "export"), ("活动时间", "方便时间", "活动偏好时间")
        ),
        max_length=SHORT_TEXT,
        hint=lambda: tr("e.g. weekend afternoons"),
    ),
    ProfileField(
        "event_kinds",
        lambda: tr("Events liked"),
        "other",
        Kind.TEXT,
        SheetColumn(marked("Events liked", "export"), ("喜欢的活动", "活动偏好")),
        completeness="soft",
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "notes",
        lambda: tr("Notes"),
        "soft",
        Kind.LONG_TEXT,
        SheetColumn(
            marked("Notes", "export"),
            ("备注", "说明", "其他", "remark", "remarks", "note"),
            width=30,
        ),
        max_length=LONG_TEXT,
        lines=4,
    ),
    ProfileField(
        "home_community",
        lambda: tr("Residential community"),
        "home",
        Kind.TEXT,
        SheetColumn(marked("Community", "export"), ("小区", "所在小区", "楼盘", "社区")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "home_type",
        lambda: tr("House type"),
        "home",
        Kind.TEXT,
        SheetColumn(marked("Home type", "export"), ("房屋类型", "住房类型", "房型")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "home_area_m2",
        lambda: tr("Area (m²)"),
        "home",
        Kind.NUMBER,
        SheetColumn(
            marked("Area m²", "export"), ("面积", "房屋面积", "住房面积", "建筑面积", "area")
        ),
        minimum=Decimal("0.1"),
        maximum=Decimal("99999.9"),
        decimals=1,
        hint=lambda: tr("Type the area in m², e.g. 120.5."),
        below=_area_range,
        above=_area_range,
    ),
    ProfileField(
        "home_layout",
        lambda: tr("Layout"),
        "home",
        Kind.TEXT,
        SheetColumn(marked("Layout", "export"), ("户型", "格局", "floorplan")),
        max_length=SHORT_TEXT,
    ),
    ProfileField(
        "home_building_year",
        lambda: tr("Year built"),
        "home",
        Kind.YEAR,
        SheetColumn(
            marked("Building year", "export"),
            ("建成年份", "房屋年份", "建房年份", "竣工年份", "buildingyear"),
        ),
        minimum=1900,
        hint=_year_hint,
        below=_year_range,
        above=_year_range,
    ),
    ProfileField(
        "referred_by",
        lambda: tr("Referred by"),
        "other",
        Kind.CUSTOMER,
        SheetColumn(
            marked("Referred by", "export"), ("介绍人", "推荐人", "介绍人编号", "referrer")
        ),
    ),
)
BY_NAME: dict[str, ProfileField] = {field.name: field for field in FIELDS}


def in_group(group: Group) -> tuple[ProfileField, ...]:
    """The fields of one part of the card, in the card's order."""
    return tuple(field for field in FIELDS if field.group == group)

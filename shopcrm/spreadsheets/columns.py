"""Which spreadsheet column holds which profile field, in Chinese or English.

Export headers are fixed per language (not run through the translator) so an
exported file always reads back in, whatever language the UI was in. Import
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

from shopcrm.storage import settings
from shopcrm.storage.models import database


@dataclass(frozen=True)
class Column:
    field: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    kind: str = "text"  # text, date, money, number, integer, flag, choice
    importable: bool = True
    width: int = 14
    exported: bool = True


COLUMNS: tuple[Column, ...] = (
    Column("number", "编号", "Number", ("客户编号", "会员编号", "会员号", "卡号", "id", "no")),
    Column(
        "name",
        "姓名",
        "Name",
        ("名字", "客户姓名", "顾客姓名", "会员姓名", "客户名称", "客户", "顾客", "fullname"),
    ),
    Column(
        "phone",
        "手机",
        "Phone",
        (
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
    Column("phone2", "备用电话", "Phone 2", ("其他电话", "第二电话", "座机", "固话"), width=16),
    Column("gender", "性别", "Gender", ("sex",), kind="choice", width=8),
    Column(
        "birth_date",
        "生日",
        "Birthday",
        ("出生日期", "生日日期", "出生年月日", "出生年月", "birthdate", "dateofbirth", "dob"),
        kind="date",
        width=12,
    ),
    Column(
        "birthday_lunar",
        "农历生日",
        "Lunar birthday",
        ("是否农历", "农历", "阴历", "阴历生日", "过农历生日", "lunar"),
        kind="flag",
        width=10,
    ),
    Column(
        "birth_year_approx",
        "出生年份",
        "Birth year",
        ("出生年", "大约出生年份", "birthyear", "yearofbirth"),
        kind="integer",
        width=10,
    ),
    Column("age", "年龄", "Age", ("岁数", "大约年龄"), kind="integer", width=8, exported=False),
    Column("ethnicity", "民族", "Ethnicity", ("族别", "nationality")),
    Column("wechat", "微信", "WeChat", ("微信号", "wechatid", "weixin", "wx")),
    Column("email", "邮箱", "Email", ("电子邮件", "电子邮箱", "e-mail", "mail"), width=22),
    Column("address", "地址", "Address", ("住址", "家庭住址", "联系地址", "送货地址"), width=30),
    Column("native_place", "籍贯", "Native place", ("老家", "家乡", "hometown")),
    Column("size_top", "上衣尺码", "Top size", ("上装尺码", "衣服尺码", "尺码", "上衣", "size")),
    Column("size_bottom", "下装尺码", "Bottom size", ("裤子尺码", "裤码", "下装", "裤装尺码")),
    Column("size_shoe", "鞋码", "Shoe size", ("鞋子尺码", "鞋号", "shoesize")),
    Column("occupation", "职业", "Occupation", ("工作", "行业", "job")),
    Column("employer", "工作单位", "Employer", ("单位", "公司", "company")),
    Column("position", "职位", "Position", ("职务", "岗位", "title")),
    Column("income_band", "收入", "Income", ("收入水平", "月收入", "年收入", "incomeband")),
    Column("family", "家庭情况", "Family", ("家庭", "家庭成员", "家人")),
    Column("personality", "性格", "Personality", ("性格特点", "个性")),
    Column("spending_habits", "消费习惯", "Spending habits", ("消费特点", "购物习惯")),
    Column("style_preferences", "穿衣风格", "Style preferences", ("风格", "风格偏好", "喜好风格")),
    Column("hobbies", "爱好", "Hobbies", ("兴趣", "兴趣爱好", "hobby")),
    Column("lifestyle", "生活方式", "Lifestyle", ("生活习惯",)),
    Column(
        "preferred_channel",
        "联系方式偏好",
        "Preferred contact",
        ("偏好联系方式", "喜欢的联系方式", "联系偏好", "preferredchannel"),
        kind="choice",
    ),
    Column(
        "accepts_promotions",
        "接受促销",
        "Accepts promotions",
        ("接收促销", "接受促销信息", "愿意接收优惠", "促销", "promotions"),
        kind="flag",
        width=10,
    ),
    Column("values", "价值观", "Values", ("信念",)),
    Column("home_community", "小区", "Community", ("所在小区", "楼盘", "社区")),
    Column("home_type", "房屋类型", "Home type", ("住房类型", "房型")),
    Column(
        "home_area_m2", "面积", "Area m²", ("房屋面积", "住房面积", "建筑面积", "area"), "number"
    ),
    Column("home_layout", "户型", "Layout", ("格局", "floorplan")),
    Column(
        "home_building_year",
        "建成年份",
        "Building year",
        ("房屋年份", "建房年份", "竣工年份", "buildingyear"),
        kind="integer",
    ),
    Column("notes", "备注", "Notes", ("说明", "其他", "remark", "remarks", "note"), width=30),
    Column("status", "客户状态", "Status", ("状态", "客户类型", "lifecycle"), kind="choice"),
    Column("clerk", "负责导购", "Clerk", ("导购", "店员", "销售", "负责人", "销售员", "staff")),
    Column("referred_by", "介绍人", "Referred by", ("推荐人", "介绍人编号", "referrer")),
    Column("tier", "会员等级", "Tier", ("等级", "级别", "vip等级"), importable=False),
    Column(
        "total_spent",
        "累计消费",
        "Total spent",
        ("消费总额", "总消费"),
        kind="money",
        importable=False,
    ),
    Column("visit_count", "到店次数", "Visits", ("消费次数",), "integer", importable=False),
    Column("points", "积分", "Points", (), kind="integer", importable=False, width=8),
    Column("first_purchase_on", "首次购买", "First purchase", (), "date", importable=False),
    Column("last_purchase_on", "最近购买", "Last purchase", ("最后消费",), "date", False),
    Column("created_at", "登记日期", "Registered", ("登记时间", "入会日期"), "date", False),
)
BY_FIELD: dict[str, Column] = {column.field: column for column in COLUMNS}
IGNORE = ""

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
    index: dict[str, str] = {}
    for column in COLUMNS:
        for alias in (column.zh, column.en, column.field, *column.aliases):
            index.setdefault(fold_header(alias), column.field)
    return index


ALIASES = _index()


def export_header(field: str, language: str) -> str:
    column = BY_FIELD[field]
    return column.zh if language == "zh_CN" else column.en


def saved_mapping() -> dict[str, str]:
    """The owner's corrections: folded header -> field ('' means ignore this column)."""
    return json.loads(settings.get("import_column_mapping"))


def save_mapping(headers: Sequence[object], mapping: Mapping[int, str]) -> None:
    """Remember, for each header, the field the owner chose."""
    with database.atomic("IMMEDIATE"):
        remembered = saved_mapping()
        for index, header in enumerate(headers):
            key = fold_header(header)
            if key:
                remembered[key] = mapping.get(index, IGNORE)
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


def _guess(header: object) -> str | None:
    """Longest Chinese alias inside the header: 客户手机号 is a phone."""
    key = fold_header(header)
    found = [
        (len(alias), field)
        for alias, field in ALIASES.items()
        if len(alias) >= 2 and not alias.isascii() and alias in key
    ]
    return max(found)[1] if found else None


def auto_mapping(headers: Sequence[object], remembered: Mapping[str, str]) -> dict[int, str]:
    """Column index -> importable field; each field taken once, a second phone is phone2."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, header in enumerate(headers):
        field = field_for(header, remembered)
        if field is None:
            field = _guess(header)
        if field == "phone" and "phone" in taken:
            field = "phone2"
        if not field or field in taken or not BY_FIELD[field].importable:
            continue
        mapping[index] = field
        taken.add(field)
    return mapping


def header_score(cells: Sequence[object], remembered: Mapping[str, str]) -> int:
    """How many cells name a field exactly; 0 unless the name or the phone is among them."""
    fields = {field_for(cell, remembered) for cell in cells if isinstance(cell, str)}
    fields.discard(None)
    fields.discard(IGNORE)
    return len(fields) if fields & {"name", "phone"} else 0

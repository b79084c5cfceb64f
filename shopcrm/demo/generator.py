"""A living demo shop: staff, customers and three years of sales, made up but plausible.

It lets the owner try every screen before typing in real data, and lets the
benchmarks measure a shop of a million customers. The same seed always gives
the same shop. Rows are generated as plain tuples and written in bulk inside
one transaction (a million customers in minutes, not hours), priced and
rewarded as sales.record_sale would have done. The figures kept on the
customer row are then recomputed by `derived.refresh` and the loyalty rules
brought up to date, so `shopcrm check` agrees with the demo as with a real shop.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.customers.search_keys import search_columns
from shopcrm.loyalty import points, referrals, upkeep
from shopcrm.shop import seeding
from shopcrm.storage import derived, settings
from shopcrm.storage.models import Customer, Staff, Tier, database

HISTORY_DAYS = 3 * 365
CHUNK = 5_000  # customers generated and written at a time: memory stays flat at 1M.
KINDS = ("clothing", "furniture")

Row = tuple  # one table row: its values in the order of that table's *_COLUMNS


@dataclass(frozen=True)
class DemoSummary:
    """What was made, for the command line to report."""

    customers: int
    purchases: int
    items: int
    complaints: int
    referrals: int
    key_dates: int
    staff: int


class Weighted:
    """A weighted choice by bisection: much cheaper than random.choices per draw."""

    def __init__(self, pairs: Iterable[tuple[object, float]]) -> None:
        values, weights = zip(*pairs, strict=True)
        self.values = list(values)
        self.cumulative = list(itertools.accumulate(weights))

    def __call__(self, rng: random.Random) -> object:
        point = rng.random() * self.cumulative[-1]
        return self.values[bisect.bisect(self.cumulative, point)]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _spread(text: str, weight: float = 1.0) -> list[tuple[str, float]]:
    return [(char, weight) for char in text]


# Common surnames, roughly by frequency, then a few two-character ones.
SURNAMES = Weighted(
    [
        *zip("王李张刘陈", (7.1, 7.0, 6.8, 5.4, 4.6), strict=True),
        *zip("杨黄赵吴周", (3.1, 2.2, 2.0, 1.8, 1.7), strict=True),
        *_spread("徐孙马朱胡", 1.2),
        *_spread("郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘", 0.7),
        *_spread("于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟", 0.4),
        *_spread("熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单", 0.2),
        *(("欧阳", 0.08), ("司马", 0.02), ("上官", 0.02), ("诸葛", 0.01), ("东方", 0.01)),
    ]
)
# Given names: (first characters of two-character names, second or only characters).
GIVEN = {
    "female": (
        "小晓丽静雅欣思梦佳婉诗雨紫子一美秀玉春海淑慧文嘉",
        "丽静敏燕艳娟霞芳婷玲秀英华慧娜红雪梅琳倩晶妍茜蕾薇璐颖怡悦涵萱雯琪瑶洁露月莹菲蓉",
    ),
    "male": (
        "建志国文晓俊子浩宇家明永海天思振",
        "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林洋峰",
    ),
}
# Mobile prefixes in real use; the big carriers' older ranges are the common ones.
PHONE_PREFIXES = Weighted(
    [
        *((str(p), 3.0) for p in range(130, 140)),
        *((str(p), 2.0) for p in (150, 151, 152, 153, 155, 156, 157, 158, 159)),
        *((str(p), 2.0) for p in range(180, 190)),
        *((str(p), 0.6) for p in (166, 170, 171, 173, 175, 176, 177, 178)),
        *((str(p), 0.6) for p in (191, 193, 195, 198, 199)),
    ]
)
CHANNELS = Weighted([("wechat", 50), ("phone", 25), ("sms", 15), ("visit", 10)])
ETHNICITIES = Weighted(
    [("汉族", 90), ("回族", 3), ("满族", 2), ("壮族", 2), ("土家族", 2), ("蒙古族", 1)]
)
HOME_TYPES = Weighted([("商品房", 60), ("二手房", 20), ("别墅", 5), ("公寓", 10), ("自建房", 5)])
ROOM_AREA = 30  # m² each bedroom adds to a flat
LAYOUTS = Weighted(
    [("两室一厅", 25), ("三室两厅", 40), ("三室一厅", 15), ("四室两厅", 15), ("一室一厅", 5)]
)

# Word lists, space separated.
PLACES = _words(
    "湖南长沙 湖北武汉 四川成都 河南郑州 广东广州 江苏南京 浙江杭州 山东济南 安徽合肥 重庆"
)
DISTRICTS = _words("东城区 西湖区 高新区 开发区 天河区 江北区 城南区 滨江区")
STREETS = _words("人民路 解放路 中山路 建设路 幸福路 和平路 文化路 长江路")
COMMUNITIES = _words("阳光花园 锦绣华庭 翠湖天地 书香名邸 滨江一号 金色家园 和平小区 幸福里 枫林湾")
OCCUPATIONS = _words(
    "教师 医生 护士 公务员 会计 销售经理 设计师 程序员 个体户 自由职业 全职妈妈 退休"
)
EMPLOYERS = _words("市第一人民医院 实验小学 工商银行 税务局 科技公司 外贸公司 区政府 第二中学")
POSITIONS = _words("主管 经理 科员 老师 主任 店长 合伙人 职员")
INCOME_BANDS = _words("5千以下 5千-1万 1-2万 2万以上")
FAMILIES = _words(
    "已婚，女儿上小学 已婚，儿子上初中 单身，和父母同住 已婚，两个孩子 刚结婚 孩子在外地读大学"
)
PERSONALITIES = _words(
    "爽快，不喜欢被推销 慢热，要多试几件 细心，看重面料做工 健谈，爱聊家常 有主见 犹豫，要给她建议"
)
HABITS = _words(
    "换季集中购买 只等打折时来 看中就买，不太问价 喜欢和闺蜜一起来 先在微信看图再到店 节前买礼物"
)
STYLES = {
    "clothing": _words("简约通勤 知性优雅 韩系甜美 休闲运动 复古文艺 新中式 法式浪漫"),
    "furniture": _words("北欧 新中式 现代简约 美式 轻奢 日式原木 意式极简"),
}
HOBBIES = _words("瑜伽 旅游 烘焙 广场舞 读书 摄影 跑步 插花 追剧 打麻将 茶艺")
LIFESTYLES = _words("经常出差 周末带孩子出去玩 作息规律，早睡早起 工作忙，晚上才有空 喜欢在家做饭")
VALUES = _words("注重品质 看重性价比 环保，少而精 重视服务体验")
NOTES = _words("喜欢试穿后再决定 怕冷，喜欢厚实面料 不要打电话，发微信 VIP活动都来")
FAMILY_DAYS = _words("女儿生日 儿子生日 先生生日 妈妈生日 爸爸生日")
TOP_SIZES = {
    "female": _words("S M M L XL 155/80A 160/84A 165/88A 170/92A"),
    "male": _words("M L XL XXL 170/88A 175/92A 180/96A"),
}
BOTTOM_SIZES = {
    "female": _words("25 26 27 28 29 30 160/66A 165/70A"),
    "male": _words("30 31 32 33 34 175/80A 180/84A"),
}
SHOE_SIZES = {"female": range(35, 41), "male": range(39, 45)}
COLOURS = {
    "clothing": _words("黑色 白色 米白 驼色 藏青 酒红 卡其 灰色 浅蓝 燕麦色 焦糖色 墨绿"),
    "furniture": _words("原木色 胡桃色 奶白 浅灰 深灰 米白 黑胡桃"),
}


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
    quantities: tuple[int, ...]


# category, style code, price range (yuan), months on sale (* all year, 9-4 wraps),
# models, materials, size or room, quantities bought together.
PRODUCT_TABLES = {
    "clothing": """
        T恤     1   99-299     4-9   纯棉圆领/印花/宽松     棉/莫代尔          top     1
        衬衫    1   199-599    *     通勤/真丝/条纹         棉/真丝/天丝       top     1
        针织衫  1   199-899    9-4   开衫/V领/麻花          羊毛/棉            top     1
        连衣裙  2   299-1299   3-9   法式碎花/收腰/衬衫式   雪纺/真丝/棉麻     top     1
        半身裙  2   199-699    3-10  百褶/A字/包臀          涤纶/羊毛/牛仔     bottom  1
        裤子    3   199-799    *     直筒/阔腿/九分         棉/羊毛/牛仔       bottom  1
        外套    4   499-1999   9-4   西装/风衣/短款         羊毛/棉/涤纶       top     1
        大衣    5   999-3999   10-2  双面呢/茧型/长款       羊毛/羊绒          top     1
        羽绒服  5   799-2999   11-2  轻薄/连帽/长款         白鸭绒/白鹅绒      top     1
        羊绒衫  6   699-2499   10-3  高领/圆领/开衫         羊绒               top     1
        丝巾    7   99-399     *     印花/小方巾/长款       真丝               free    1
        鞋      8   299-1299   *     乐福/短靴/单鞋         牛皮/羊皮          shoe    1
    """,
    "furniture": """
        沙发    SF  3000-30000  *    三人位/转角/功能       真皮/科技布/棉麻   客厅    1
        茶几    CJ  800-5000    *    岩板/实木/圆形         岩板/白橡木/胡桃木 客厅    1
        电视柜  DS  1000-6000   *    悬浮/落地/伸缩         白橡木/板材        客厅    1
        床      CH  2000-15000  *    1.8米/1.5米/高箱       白橡木/胡桃木/真皮 主卧    1
        床垫    CD  1500-12000  *    独立弹簧/乳胶/椰棕     乳胶/弹簧          主卧    1
        床头柜  CT  800-2000    *    两抽/简约              白橡木/胡桃木      主卧    2
        衣柜    YG  3000-20000  *    四门/推拉门/定制       板材/白橡木        主卧    1
        餐桌    CZ  1500-9000   *    长方/圆形/伸缩         岩板/白橡木/樱桃木 餐厅    1
        餐椅    CY  800-2500    *    软包/实木              白橡木/科技布      餐厅    4/6
        书桌    SZ  1000-5000   *    升降/实木              白橡木/板材        书房    1
        儿童床  ET  2000-8000   *    上下铺/单人            松木/板材          儿童房  1
    """,
}


def _months(text: str) -> frozenset[int]:
    if text == "*":
        return frozenset(range(1, 13))
    first, last = (int(month) for month in text.split("-"))
    return frozenset((first - 1 + n) % 12 + 1 for n in range((last - first) % 12 + 1))


def _products(table: str) -> tuple[Product, ...]:
    products = []
    for line in table.strip().splitlines():
        category, code, prices, months, models, materials, place, quantities = line.split()
        low, high = (int(price) for price in prices.split("-"))
        products.append(
            Product(
                category, code, low, high, _months(months), tuple(models.split("/")),
                tuple(materials.split("/")), place, tuple(int(q) for q in quantities.split("/")),
            )
        )  # fmt: skip
    return tuple(products)


PRODUCTS = {kind: _products(table) for kind, table in PRODUCT_TABLES.items()}
# Products on sale in each month, by kind.
SEASONAL = {
    kind: {m: tuple(p for p in products if m in p.months) for m in range(1, 13)}
    for kind, products in PRODUCTS.items()
}
ITEMS_PER_SALE = Weighted([(1, 50), (2, 30), (3, 13), (4, 7)])
# Yearly visits of a buyer = base rate x Pareto(ALPHA) capped: most come once or twice,
# a few every week, so about 20% of customers bring 75-80% of the spending.
SALES_PER_YEAR = {"clothing": 0.8, "furniture": 0.1}
ALPHA, CAP = 0.8, 60
FOLLOW_UP_FROM = {"clothing": 150_000, "furniture": 800_000}  # fen: call a week after such a sale

COMPLAINTS = {
    "quality": "衣服洗了一次就起球，觉得质量不好",
    "size": "买回去发现尺码不合适，想换",
    "service": "上次来店里等了很久没人接待",
    "delivery": "送货比约定晚了三天",
    "installation": "安装师傅把墙面刮花了",
}
COMPLAINT_KINDS = {
    "clothing": ("quality", "size", "service"),
    "furniture": ("quality", "delivery", "installation", "service"),
}
# What step 4 finds for each kind, and the solution step 6 offers.
COMPLAINT_CAUSE = {
    "quality": ("product", "exchange"),
    "size": ("product", "exchange"),
    "service": ("service", "other"),
    "delivery": ("delivery", "onsite"),
    "installation": ("service", "repair"),
}
STEP_NOTES = (
    "耐心听完，记录了她的几点意见",
    "安抚情绪，表示理解",
    "代表店里真诚道歉",
    "查明原因，向她复述确认",
    "说明处理方案，表达解决的诚意",
    "当场办理换货/维修",
    "送了一张代金券表示歉意",
    "她表示满意，感谢她的意见",
    "一周后回访，问题已解决",
)
VOUCHER = 5_000  # fen: the voucher given at step 7
STEP_DELAYS = (0, 0, 0, 0, 0, 1, 1, 2, 7)  # days after the opening each step is done


@dataclass(frozen=True)
class TierRule:
    """A tier as the generator needs it: whole fen and basis points, no Decimal per row."""

    id: int
    name: str
    threshold: int  # fen
    discount_bp: int  # hundredths of a percent
    birthday_bp: int
    points_rate: int  # points per ¥1 x her multiplier, in ten-thousandths


@dataclass
class Shop:
    """What the generators share while one demo shop is being written."""

    kind: str
    total: int  # customers in this demo, to spread registrations over the years
    first_id: int  # the first customer's id
    clerk_ids: list[int]
    tiers: list[TierRule]
    rewards: referrals.Rewards
    points_rate: int  # points per ¥1 without a tier, in ten-thousandths
    sales_scale: float = 1.0
    today: dt.date = field(default_factory=clock.today)
    now: dt.datetime = field(default_factory=clock.now)
    phones: set[str] = field(default_factory=set)
    advocates: list[int] = field(default_factory=list)
    next_purchase_id: int = 1
    next_complaint_id: int = 1
    followup_days: int = 3
    sale_reason: str = "Sale {date}"
    return_reason: str = "Return {date}"
    referral_reason: str = "Referral: {name} made her first purchase"

    def __post_init__(self) -> None:
        self.days = [
            (self.today - dt.timedelta(days=n)).isoformat() for n in range(HISTORY_DAYS + 400)
        ]
        self.referral_bp = int(self.rewards.friend_discount_pct * 100)
        # The expiry settings lapse points by the year they were earned in.
        self.expiry = {
            year: _iso(points.expires_on(dt.date(year, 1, 1)))
            for year in range(self.today.year - 5, self.today.year + 1)
        }

    def stamp(self, rng: random.Random, days_ago: int) -> str:
        """A time during opening hours that many days ago, never later than now."""
        days_ago = max(days_ago, 0)
        text = f"{self.days[days_ago]} {rng.randint(10, 21):02d}:{rng.randrange(60):02d}:00"
        return min(text, str(self.now)) if days_ago == 0 else text


CUSTOMER_COLUMNS = (
    "id", "number", "name", "gender", "ethnicity", "birth_date", "birth_year_approx",
    "birthday_lunar", "phone", "phone2", "wechat", "email", "address", "native_place",
    "size_top", "size_bottom", "size_shoe", "occupation", "employer", "position",
    "income_band", "family", "personality", "spending_habits", "style_preferences",
    "hobbies", "lifestyle", "preferred_channel", "accepts_promotions", "values",
    "home_community", "home_type", "home_area_m2", "home_layout", "home_building_year",
    "notes", "status", "clerk_id", "referred_by_id", "total_spent", "visit_count", "points",
    "phone_rev", "name_rev", "py_initials", "py_full", "py_alt", "created_at", "updated_at",
)  # fmt: skip
C = {name: index for index, name in enumerate(CUSTOMER_COLUMNS)}
PURCHASE_COLUMNS = (
    "id", "customer_id", "date", "clerk_id", "subtotal", "discount", "total", "points",
    "payment", "note", "delivery_address", "room", "delivery_date", "installation_date",
    "created_at",
)  # fmt: skip
ITEM_COLUMNS = (
    "purchase_id", "style_no", "description", "category", "size", "colour", "material",
    "quantity", "unit_price",
)  # fmt: skip
POINTS_COLUMNS = (
    "customer_id", "purchase_id", "kind", "points", "reason", "staff_id", "created_at",
    "expires_on",
)  # fmt: skip
TIER_CHANGE_COLUMNS = (
    "customer_id", "from_tier_id", "to_tier_id", "from_name", "to_name", "reason", "changed_at",
)  # fmt: skip
REWARD_COLUMNS = (
    "friend_id", "referrer_id", "purchase_id", "converted_on", "referrer_points", "referrer_gift",
    "referrer_voucher", "friend_discount", "created_at",
)  # fmt: skip
KEY_DATE_COLUMNS = ("customer_id", "kind", "label", "month", "day", "year", "lunar")
COMPLAINT_COLUMNS = (
    "id", "customer_id", "purchase_id", "opened_at", "channel", "category", "severity",
    "description", "status", "current_step", "clerk_id", "closed_at", "apologised", "cause",
    "solution", "compensation", "compensation_value", "satisfaction", "thanked", "followup_due",
)  # fmt: skip
STEP_COLUMNS = ("complaint_id", "step", "note", "staff_id", "done_at")
CONTACT_COLUMNS = ("customer_id", "staff_id", "at", "channel", "kind", "outcome", "note")


def insert_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write rows (values in `columns` order, money in fen) with one prepared statement.

    The raw connection's executemany runs inside the caller's transaction and
    skips peewee's per-value conversion: several times faster than insert_many.
    """
    names = ", ".join(f'"{name}"' for name in columns)
    marks = ", ".join("?" * len(columns))
    cursor = database.connection().executemany(
        f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows
    )
    return cursor.rowcount


def _name(rng: random.Random, gender: str) -> str:
    first, second = GIVEN[gender]
    if rng.random() < 0.3:
        return f"{SURNAMES(rng)}{rng.choice(second)}"
    return f"{SURNAMES(rng)}{rng.choice(first)}{rng.choice(second)}"


def _phone(rng: random.Random, taken: set[str]) -> str:
    while True:
        phone = f"{PHONE_PREFIXES(rng)}{rng.randrange(100_000_000):08d}"
        if phone not in taken:
            taken.add(phone)
            return phone


def _maybe(rng: random.Random, chance: float, values: Sequence[str]) -> str | None:
    return rng.choice(values) if rng.random() < chance else None


def _few(rng: random.Random, chance: float, values: Sequence[str]) -> str | None:
    """A short list such as '瑜伽、旅游', or nothing: soft facts come in slowly."""
    if rng.random() >= chance:
        return None
    return "、".join(rng.sample(values, rng.randint(1, 2)))


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
        rng.choice(TOP_SIZES[gender]),
        _maybe(rng, 0.7, BOTTOM_SIZES[gender]),
        str(rng.choice(SHOE_SIZES[gender])) if rng.random() < 0.5 else None,
    )


def _home(rng: random.Random, row: list[object], kind: str) -> None:
    if rng.random() >= (0.6 if kind == "furniture" else 0.03):
        return
    community = rng.choice(COMMUNITIES)
    row[C["home_community"]] = community
    row[C["home_type"]] = HOME_TYPES(rng)
    layout = LAYOUTS(rng)
    row[C["home_layout"]] = layout
    rooms = "一两三四".index(layout[0]) + 1
    row[C["home_area_m2"]] = round(ROOM_AREA * rooms + rng.uniform(20, 50), 1)
    row[C["home_building_year"]] = rng.randint(1995, _registered_year(row))
    row[C["address"]] = f"{community}{rng.randint(1, 20)}栋{rng.randint(1, 30)}0{rng.randint(1, 4)}"


def _registered_year(row: list[object]) -> int:
    """Her home was built before she came to the shop."""
    return int(str(row[C["created_at"]])[:4])


def _soft_profile(rng: random.Random, row: list[object], kind: str) -> None:
    """Soft facts, realistically sparse: clerks learn them over many visits."""
    row[C["occupation"]] = _maybe(rng, 0.4, OCCUPATIONS)
    if row[C["occupation"]] and rng.random() < 0.35:
        row[C["employer"]] = rng.choice(EMPLOYERS)
        row[C["position"]] = _maybe(rng, 0.6, POSITIONS)
    row[C["income_band"]] = _maybe(rng, 0.1, INCOME_BANDS)
    row[C["family"]] = _maybe(rng, 0.25, FAMILIES)
    row[C["personality"]] = _maybe(rng, 0.2, PERSONALITIES)
    row[C["spending_habits"]] = _maybe(rng, 0.2, HABITS)
    row[C["style_preferences"]] = _few(rng, 0.35, STYLES[kind])
    row[C["hobbies"]] = _few(rng, 0.25, HOBBIES)
    row[C["lifestyle"]] = _maybe(rng, 0.1, LIFESTYLES)
    row[C["values"]] = _maybe(rng, 0.05, VALUES)
    row[C["notes"]] = _maybe(rng, 0.05, NOTES)


def _hard_profile(rng: random.Random, row: list[object], keys: dict[str, str | None]) -> None:
    """Contact details and origins beyond name and phone, asked for only when she is happy to."""
    row[C["ethnicity"]] = ETHNICITIES(rng) if rng.random() < 0.3 else None
    row[C["native_place"]] = _maybe(rng, 0.15, PLACES)
    if rng.random() < 0.3:
        row[C["wechat"]] = f"{keys['py_full']}{rng.randint(1, 9999)}"
    draw = rng.random()
    if draw < 0.05:
        row[C["email"]] = f"{rng.randint(10_000_000, 2_999_999_999)}@qq.com"
    elif draw < 0.08:
        row[C["email"]] = f"{keys['py_full']}{rng.randint(1, 99)}@163.com"
    if row[C["address"]] is None and rng.random() < 0.25:
        row[C["address"]] = (
            f"{rng.choice(DISTRICTS)}{rng.choice(STREETS)}{rng.randint(1, 300)}号"
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
    if len(shop.advocates) > 500:
        shop.advocates.pop(0)
    return referrer


def _customer(rng: random.Random, shop: Shop, customer_id: int, number: str) -> tuple:
    row: list[object] = [None] * len(CUSTOMER_COLUMNS)
    place = (customer_id - shop.first_id + rng.random()) / shop.total
    since = min(HISTORY_DAYS - 1, max(0, int(HISTORY_DAYS * (1 - place))))
    gender = _gender(rng, shop.kind)
    name = _name(rng, gender or "female")
    phone = _phone(rng, shop.phones)
    keys = search_columns(name, phone)
    row[C["id"]], row[C["number"]], row[C["name"]], row[C["gender"]] = (
        customer_id,
        number,
        name,
        gender,
    )
    row[C["phone"]] = phone
    row[C["phone2"]] = _phone(rng, shop.phones) if rng.random() < 0.02 else None
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


def customer_rows(count: int, rng: random.Random, shop: Shop, first_id: int) -> list[Row]:
    """`count` customers in CUSTOMER_COLUMNS order, ids from `first_id`, numbers reserved now.

    Call inside the writing transaction: the customer numbers are taken from the
    shop's counter. Derived figures are left at zero for `derived.refresh`.
    """
    numbers = settings.take_customer_numbers(count)
    return [_customer(rng, shop, first_id + n, numbers[n]) for n in range(count)]


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
            label = rng.choice(FAMILY_DAYS)
            year = rng.choice((None, rng.randint(1950, 2020)))
            rows.append(
                (row[C["id"]], "family_birthday", label, *_month_day(rng), year, rng.random() < 0.2)
            )
        elif draw < 0.10:
            year = rng.randint(1990, 2022)
            rows.append((row[C["id"]], "anniversary", "结婚纪念日", *_month_day(rng), year, False))
        elif draw < 0.11:
            rows.append((row[C["id"]], "school", "孩子开学", 9, 1, None, False))
    return rows


def _month_day(rng: random.Random) -> tuple[int, int]:
    return rng.randint(1, 12), rng.randint(1, 28)


@dataclass
class History:
    """Rows of everything that happened to a batch of customers, per table."""

    purchases: list[Row] = field(default_factory=list)
    items: list[Row] = field(default_factory=list)
    points: list[Row] = field(default_factory=list)
    tier_changes: list[Row] = field(default_factory=list)
    rewards: list[Row] = field(default_factory=list)
    complaints: list[Row] = field(default_factory=list)
    steps: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)

    def tables(self) -> tuple[tuple[str, tuple[str, ...], list[Row]], ...]:
        """(table, columns, rows) in an order that satisfies the foreign keys."""
        return (
            ("purchase", PURCHASE_COLUMNS, self.purchases),
            ("purchase_item", ITEM_COLUMNS, self.items),
            ("points_entry", POINTS_COLUMNS, self.points),
            ("tier_change", TIER_CHANGE_COLUMNS, self.tier_changes),
            ("referral_reward", REWARD_COLUMNS, self.rewards),
            ("complaint", COMPLAINT_COLUMNS, self.complaints),
            ("complaint_step", STEP_COLUMNS, self.steps),
            ("contact_log", CONTACT_COLUMNS, self.contacts),
        )


def _visit_days(rng: random.Random, shop: Shop, since: int) -> list[int]:
    """Days-ago of her visits, oldest first. A Pareto rate gives the 80/20 of spending."""
    rate = min(rng.paretovariate(ALPHA), CAP) * SALES_PER_YEAR[shop.kind] * shop.sales_scale
    stop = rng.randint(0, since) if rng.random() < 0.5 else 0  # half drift away at some point
    extra = int(rate * (since - stop) / 365 + rng.random())
    return [since, *sorted((rng.randint(stop, since) for _ in range(extra)), reverse=True)]


# An item line: its ITEM_COLUMNS values after purchase_id, then the room.
QUANTITY, PRICE, ROOM = 6, 7, 8


def _line(rng: random.Random, shop: Shop, customer: Row, iso_day: str) -> Row:
    """One item. Price, colour and material follow from the style number, as in a real range."""
    month = int(iso_day[5:7])
    product = rng.choice(SEASONAL[shop.kind][month])
    serial = rng.randrange(1000)
    if shop.kind == "clothing":
        style = f"{'WSSSMMMFFFWW'[month - 1]}{iso_day[2:4]}-{product.code}{serial:03d}"
        step, size, room = 10, _item_size(rng, product, customer), None
    else:
        style = f"{product.code}-{iso_day[2:4]}{serial:03d}"
        step, size, room = 100, None, product.place
    # Most of a range sells near its low end; the serial fixes where in the range it is.
    share = ((serial * 7919) % 1000 / 1000) ** 2
    price = product.low + int(share * (product.high - product.low)) // step * step
    quantity = rng.choice(product.quantities)
    if shop.kind == "clothing" and rng.random() < 0.05:
        quantity = 2
    colours = COLOURS[shop.kind]
    return (
        style,
        f"{product.models[serial % len(product.models)]}{product.category}",
        product.category,
        size,
        colours[serial % len(colours)],
        product.materials[serial % len(product.materials)],
        quantity,
        price * 100,
        room,
    )


def _item_size(rng: random.Random, product: Product, customer: Row) -> str | None:
    """Her size when the clerk knows it, else a common one."""
    if product.place == "shoe":
        return customer[C["size_shoe"]] or str(rng.randint(35, 40))
    if product.place == "bottom":
        return customer[C["size_bottom"]] or rng.choice(BOTTOM_SIZES["female"])
    if product.place == "top":
        return customer[C["size_top"]] or rng.choice(TOP_SIZES["female"])
    return None


@dataclass
class Ledger:
    """One customer's running figures while her sales are generated in date order.

    `points` is her balance from her own sales, lapsed at each new year as
    points.expire_points does; a referral credit can only add to it, so a
    return clamped to it never takes the real balance below zero.
    """

    spent: int = 0
    points: int = 0
    tier: TierRule | None = None
    last_items: list[Row] = field(default_factory=list)
    credits: list[tuple[str, int]] = field(default_factory=list)  # (expires on, points)
    debits: int = 0  # returns and lapses so far, <= 0
    year: int = 0  # the year her ledger has been lapsed up to

    def lapse_until(self, year: int) -> None:
        """Lapse what expired at each new year up to `year`, by the same sums as the app."""
        for new_year in range(max(self.year, year - 5) + 1, year + 1):
            last_day = f"{new_year - 1}-12-31"
            lapsing = sum(p for expires, p in self.credits if expires <= last_day) + self.debits
            if lapsing > 0:
                self.debits -= lapsing
                self.points -= lapsing
        self.year = year


def _tier_for(tiers: list[TierRule], spent: int) -> TierRule | None:
    earned = None
    for rule in tiers:
        if rule.threshold <= spent:
            earned = rule
    return earned


# How a shop's customers pay, one entry per 5%: WeChat Pay and Alipay lead, then card and cash.
PAYMENTS = ("wechat",) * 9 + ("alipay",) * 6 + ("card",) * 2 + ("cash",) * 2 + ("other",)


def _share(amount: int, basis_points: int) -> int:
    """`basis_points` of `amount` fen, rounded half up as sales.quote does."""
    return (amount * basis_points + 5_000) // 10_000


def _sale(
    rng: random.Random, shop: Shop, customer: Row, days_ago: int, ledger: Ledger, history: History
) -> tuple[int, int]:
    """One sale (now and then a return of a piece of the last one): (purchase id, total).

    Priced as sales.record_sale prices it: tier discount, her birthday extra, a
    referred friend's first-purchase extra, each on what is left; points as
    points.earned_for; the referrer rewarded as referrals.convert does.
    """
    purchase_id = shop.next_purchase_id
    shop.next_purchase_id += 1
    day = shop.days[days_ago]
    first = not ledger.last_items
    lines = _return_line(rng, ledger) or [
        _line(rng, shop, customer, day) for _ in range(ITEMS_PER_SALE(rng))
    ]
    subtotal = sum(line[QUANTITY] * line[PRICE] for line in lines)
    rule = ledger.tier
    cid, referrer = customer[C["id"]], customer[C["referred_by_id"]]
    tier_off = birthday_off = referral_off = 0
    if subtotal > 0 and rule is not None:
        tier_off = _share(subtotal, rule.discount_bp)
        born = customer[C["birth_date"]]
        if born and not customer[C["birthday_lunar"]] and born[4:] == day[4:]:
            birthday_off = _share(subtotal - tier_off, rule.birthday_bp)
    if first and referrer:
        referral_off = _share(subtotal - tier_off - birthday_off, shop.referral_bp)
    discount = tier_off + birthday_off + referral_off
    total = subtotal - discount
    rate = rule.points_rate if rule else shop.points_rate
    ledger.lapse_until(int(day[:4]))
    earned = max(total * rate // 1_000_000, -ledger.points)
    clerk = customer[C["clerk_id"]] if rng.random() < 0.8 else rng.choice(shop.clerk_ids)
    # She registers at her first purchase; a second one that day comes later.
    at = max(customer[C["created_at"]], shop.stamp(rng, days_ago))
    delivery = _delivery(rng, shop, customer, days_ago, lines)
    history.purchases.append(
        (purchase_id, cid, day, clerk, subtotal, discount, total, earned,
         PAYMENTS[purchase_id * 7919 % len(PAYMENTS)], *delivery, at)
    )  # fmt: skip
    history.items.extend((purchase_id, *line[:ROOM]) for line in lines)
    if earned > 0:
        reason = shop.sale_reason.format(date=day)
        expiry = shop.expiry[int(day[:4])]
        history.points.append((cid, purchase_id, "earned", earned, reason, clerk, at, expiry))
        if expiry:
            ledger.credits.append((expiry, earned))
    elif earned < 0:
        reason = shop.return_reason.format(date=day)
        history.points.append((cid, purchase_id, "adjusted", earned, reason, clerk, at, None))
    if first and referrer:
        _reward(shop, customer, purchase_id, referral_off, at, history)
    ledger.spent += total
    ledger.points += earned
    ledger.debits += min(earned, 0)
    if total > 0:
        ledger.last_items = lines
        reached = _tier_for(shop.tiers, ledger.spent)
        if reached is not None and reached != rule:
            reason = shop.sale_reason.format(date=day)
            history.tier_changes.append(
                (cid, rule.id if rule else None, reached.id, rule.name if rule else None,
                 reached.name, reason, at)
            )  # fmt: skip
            ledger.tier = reached
    return purchase_id, total


def _reward(
    shop: Shop, friend: Row, purchase_id: int, friend_discount: int, at: str, history: History
) -> None:
    """Her first purchase converts the referral: the referrer's reward, granted once."""
    given = shop.rewards
    referrer = friend[C["referred_by_id"]]
    voucher = int(given.referrer_voucher * 100)
    history.rewards.append(
        (friend[C["id"]], referrer, purchase_id, at[:10], given.referrer_points,
         given.referrer_gift, voucher, friend_discount, at)
    )  # fmt: skip
    if given.referrer_points:
        reason = shop.referral_reason.format(name=friend[C["name"]])
        expiry = shop.expiry[int(at[:4])]
        history.points.append(
            (referrer, None, "earned", given.referrer_points, reason, None, at, expiry)
        )


def _return_line(rng: random.Random, ledger: Ledger) -> list[Row] | None:
    """Now and then she brings back one piece, unless that would undo her tier."""
    if not ledger.last_items or rng.random() >= 0.02:
        return None
    line = rng.choice(ledger.last_items)
    floor = ledger.tier.threshold if ledger.tier else 0
    if ledger.spent - line[PRICE] < floor:
        return None
    return [(*line[:QUANTITY], -1, *line[PRICE:])]


def _delivery(
    rng: random.Random, shop: Shop, customer: Row, days_ago: int, lines: list[Row]
) -> Row:
    """(note, delivery address, room, delivery date, installation date) of a sale."""
    if shop.kind != "furniture" or lines[0][QUANTITY] < 0:
        note = "改裤长" if rng.random() < 0.02 else None
        return note, None, None, None, None
    delivered = max(0, days_ago - rng.randint(3, 15))
    installed = max(0, delivered - rng.randint(0, 1))
    address = customer[C["address"]] or rng.choice(COMMUNITIES)
    return None, address, lines[0][ROOM], shop.days[delivered], shop.days[installed]


def _complaint(
    rng: random.Random, shop: Shop, customer: Row, purchase_id: int, days_ago: int, history: History
) -> None:
    """A complaint about a sale, taken through as many of the nine steps as time allowed."""
    complaint_id = shop.next_complaint_id
    shop.next_complaint_id += 1
    opened_ago = days_ago - rng.randint(1, min(20, days_ago))
    category = rng.choice(COMPLAINT_KINDS[shop.kind])
    clerk = customer[C["clerk_id"]] or shop.clerk_ids[0]
    if opened_ago >= 14:
        steps, status, current = 9, "closed", 9
    elif opened_ago >= 2:
        steps, status, current = 8, "awaiting_followup", 9
    else:
        steps = rng.randint(1, 5)
        status, current = "open", steps + 1
    opened = shop.stamp(rng, opened_ago)
    done = [opened]
    for delay in STEP_DELAYS[1:steps]:
        done.append(max(done[-1], shop.stamp(rng, opened_ago - delay) if delay else opened))
    channel = rng.choice(("counter", "phone", "wechat"))
    severity = rng.choice((1, 2, 2, 2, 3))
    closed = done[-1] if status == "closed" else None
    cause, solution = COMPLAINT_CAUSE[category]
    result = None
    if steps >= 8:  # the call back is due some days after the result
        result = dt.date.fromisoformat(done[7][:10]) + dt.timedelta(days=shop.followup_days)
    history.complaints.append(
        (complaint_id, customer[C["id"]], purchase_id, opened, channel, category, severity,
         COMPLAINTS[category], status, current, clerk, closed, steps >= 3,
         cause if steps >= 4 else None, solution if steps >= 6 else None,
         "voucher" if steps >= 7 else None, VOUCHER if steps >= 7 else None,
         "yes" if steps >= 8 else None, steps >= 8, _iso(result))
    )  # fmt: skip
    history.steps.extend(
        (complaint_id, n + 1, STEP_NOTES[n], clerk, at) for n, at in enumerate(done)
    )


def _last_birthday(born: str, today: dt.date) -> dt.date:
    """Her most recent birthday up to today (29 February counts on the 28th)."""
    month, day = int(born[5:7]), int(born[8:10])
    for year in (today.year, today.year - 1):
        try:
            date = dt.date(year, month, day)
        except ValueError:
            date = dt.date(year, month, 28)
        if date <= today:
            return date
    raise AssertionError("unreachable: last year's birthday is always past")


def _contacts(
    rng: random.Random, shop: Shop, customer: Row, visits: list[tuple[int, int]], history: History
) -> None:
    """Calls and messages a good clerk would have logged for her (visits: days ago, total)."""
    cid, clerk = customer[C["id"]], customer[C["clerk_id"]]
    channel = customer[C["preferred_channel"]] or "wechat"
    log = history.contacts.append
    for days_ago, total in visits:
        if total >= FOLLOW_UP_FROM[shop.kind] and days_ago >= 7 and rng.random() < 0.5:
            log((cid, clerk, shop.stamp(rng, days_ago - 7), "phone", "follow_up", "很满意", ""))
    born = customer[C["birth_date"]]
    if born and visits and rng.random() < 0.5:
        birthday = (shop.today - _last_birthday(born, shop.today)).days
        if birthday <= visits[0][0]:  # not before she first came
            log(
                (
                    cid,
                    clerk,
                    shop.stamp(rng, birthday),
                    channel,
                    "birthday",
                    "回复了谢谢",
                    "生日祝福",
                )
            )
    if visits and visits[-1][0] > 200 and rng.random() < 0.5:
        at = shop.stamp(rng, visits[-1][0] - 190)
        log((cid, clerk, at, channel, "miss_you", "说最近忙，有空来", ""))
    if not visits and customer[C["status"]] == "intending" and rng.random() < 0.6:
        at = shop.stamp(rng, _since(shop, customer) - 2)
        log((cid, clerk, at, "phone", "follow_up", "还在考虑", "邀请再来看看"))
    referrer = customer[C["referred_by_id"]]
    if referrer and rng.random() < 0.7:
        log(
            (
                referrer,
                clerk,
                customer[C["created_at"]],
                "wechat",
                "referral_thanks",
                "",
                "感谢介绍朋友",
            )
        )


def _since(shop: Shop, customer: Row) -> int:
    """Days since she registered."""
    return (shop.today - dt.date.fromisoformat(customer[C["created_at"]][:10])).days


def history_rows(customers: Sequence[Row], rng: random.Random, shop: Shop) -> History:
    """Sales, points, tier upgrades, complaints and contacts of these customers, in date order."""
    history = History()
    for customer in customers:
        visits: list[tuple[int, int]] = []
        if customer[C["status"]] == "customer":
            ledger = Ledger(tier=_tier_for(shop.tiers, 0))
            for days_ago in _visit_days(rng, shop, _since(shop, customer)):
                purchase_id, total = _sale(rng, shop, customer, days_ago, ledger, history)
                if total >= 0:
                    visits.append((days_ago, total))
                    last_sale = purchase_id
            if rng.random() < 0.015 and visits[-1][0] > 0:
                _complaint(rng, shop, customer, last_sale, visits[-1][0], history)
        _contacts(rng, shop, customer, visits, history)
    return history


def _staff(rng: random.Random) -> list[int]:
    """An owner and four or five clerks; returns the clerks' ids."""
    names: list[str] = []
    while len(names) < 6 + (rng.random() < 0.5):
        name = _name(rng, "female" if rng.random() < 0.8 else "male")
        if name not in names:
            names.append(name)
    taken: set[str] = set()
    for index, name in enumerate(names):
        Staff.insert(
            name=name,
            role="owner" if index == 0 else "clerk",
            phone=_phone(rng, taken),
            created_at=clock.now() - dt.timedelta(days=HISTORY_DAYS + 60),
        ).on_conflict_ignore().execute()
    return [s.id for s in Staff.select().where(Staff.name.in_(names[1:])).order_by(Staff.id)]


def _tier_rules() -> list[TierRule]:
    per_yuan = Decimal(settings.get("points_per_yuan"))
    return [
        TierRule(
            t.id,
            t.name,
            int(t.threshold * 100),
            int(t.discount_pct * 100),
            int(t.birthday_discount_pct * 100),
            int(per_yuan * t.points_multiplier * 10_000),
        )
        for t in Tier.select().order_by(Tier.rank)
    ]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _use_kind(kind: str) -> None:
    """A furniture demo needs the furniture tiers, in the language the preset was installed in."""
    if settings.get("shop_kind") == kind:
        return
    chinese = {p["name"]["zh_CN"] for preset in seeding.tier_presets().values() for p in preset}
    installed = {t.name for t in Tier.select()}
    seeding.install_tiers(kind, "zh_CN" if installed & chinese else "en")
    settings.put("shop_kind", kind)


def setup_shop(total: int, rng: random.Random, kind: str, sales_scale: float = 1.0) -> Shop:
    """Add the staff and read the tiers for a demo of `total` customers (in the transaction)."""
    if kind not in KINDS:
        raise ValueError(f"unknown shop kind {kind!r}; expected one of {KINDS}")
    _use_kind(kind)
    clerks = _staff(rng)
    first = database.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM customer").fetchone()[0]
    per_yuan = int(Decimal(settings.get("points_per_yuan")) * 10_000)
    shop = Shop(
        kind, total, first, clerks, _tier_rules(), referrals.rewards(), per_yuan, sales_scale
    )
    shop.followup_days = int(settings.get("complaint_followup_days"))
    shop.sale_reason = tr("Sale {date}")
    shop.return_reason = tr("Return {date}")
    shop.referral_reason = tr("Referral: {name} made her first purchase")
    shop.next_purchase_id = _next_id("purchase")
    shop.next_complaint_id = _next_id("complaint")
    return shop


def _next_id(table: str) -> int:
    return database.execute_sql(f'SELECT coalesce(max(id), 0) + 1 FROM "{table}"').fetchone()[0]


LAPSE = """
    INSERT INTO points_entry (customer_id, kind, points, reason, created_at)
    SELECT customer_id, 'expired', -lapsing, ?, ? FROM (
        SELECT customer_id,
               sum(CASE WHEN points > 0 AND expires_on <= ? THEN points ELSE 0 END)
               + sum(CASE WHEN points < 0 THEN points ELSE 0 END) AS lapsing
          FROM points_entry WHERE created_at < ? AND customer_id >= ? GROUP BY customer_id)
     WHERE lapsing > 0"""


def _lapse_yearly(shop: Shop) -> None:
    """The 'expired' entries points.expire_points would have written each 1 January.

    Set-based, one statement a year: the app's own function lapses everything
    up to today in one go, and passes one SQL variable per row.
    """
    reason = tr("Points valid until {date} lapsed")
    first_year = shop.today.year - HISTORY_DAYS // 365
    for year in range(first_year + 1, shop.today.year + 1):
        last_day, new_year = f"{year - 1}-12-31", f"{year}-01-01"
        database.execute_sql(
            LAPSE,
            (reason.format(date=last_day), f"{new_year} 00:00:00", last_day, new_year,
             shop.first_id),
        )  # fmt: skip


def _settle(shop: Shop) -> None:
    """Make the stored figures, tiers and statuses what the app itself would have made them.

    Points lapse at each new year, as the daily catch-up would have done. The
    tier is set from total spending, as the preset rule (cumulative, never
    down) that priced the sales. upkeep.catch_up then sets lifecycle statuses;
    under the preset rules it finds no points to lapse and no tier to move.
    """
    _lapse_yearly(shop)
    derived.refresh()
    database.execute_sql(
        """UPDATE customer SET
             tier_id = (SELECT t.id FROM tier t WHERE t.threshold <= max(customer.total_spent, 0)
                         ORDER BY t.rank DESC LIMIT 1)
           WHERE id >= ?""",
        (shop.first_id,),
    )
    upkeep.catch_up(shop.today)


def fill_demo(
    customers: int, seed: int = 1, kind: str = "clothing", *, sales_scale: float = 1.0
) -> DemoSummary:
    """Fill an empty shop database with `customers` made-up customers and their history.

    `sales_scale` thins (< 1) or thickens the sales per customer; the benchmark's
    million-customer shop uses fewer sales to keep its build short.
    """
    rng = random.Random(seed)
    counts = dict.fromkeys(("purchase", "purchase_item", "complaint", "key_date"), 0)
    referrals = 0
    with database.atomic("IMMEDIATE"):
        if Customer.select().exists():
            raise ShopError(
                tr(
                    "This database already holds customers; demo data must not mix with a "
                    "real shop's. Use --db to pick a new file."
                )
            )
        shop = setup_shop(customers, rng, kind, sales_scale)
        for start in range(0, customers, CHUNK):
            rows = customer_rows(min(CHUNK, customers - start), rng, shop, shop.first_id + start)
            insert_rows("customer", CUSTOMER_COLUMNS, rows)
            referrals += sum(1 for row in rows if row[C["referred_by_id"]])
            counts["key_date"] += insert_rows(
                "key_date", KEY_DATE_COLUMNS, key_date_rows(rows, rng)
            )
            for table, columns, table_rows in history_rows(rows, rng, shop).tables():
                written = insert_rows(table, columns, table_rows)
                if table in counts:
                    counts[table] += written
        _settle(shop)
    return DemoSummary(
        customers=customers,
        purchases=counts["purchase"],
        items=counts["purchase_item"],
        complaints=counts["complaint"],
        referrals=referrals,
        key_dates=counts["key_date"],
        staff=len(shop.clerk_ids) + 1,
    )

"""Finding a customer the way a clerk types: digits, name parts, pinyin, and when to choose."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.customers.search import find, search, search_ids
from shopcrm.customers.search_keys import name_keys, visible_text
from shopcrm.demo.generator import fill_demo
from shopcrm.shop.opening import open_shop
from shopcrm.spreadsheets import importing
from shopcrm.storage.models import Customer
from tests.helpers.spreadsheets import write_xlsx


@pytest.fixture
def shop(db):
    people = {
        "xiaoli": profiles.quick_add("张小丽", "13812345678"),
        "xiaoli2": profiles.quick_add("张晓丽", "13955505678"),
        "meiling": profiles.quick_add("陳美玲", "18600001111"),
        "shan": profiles.quick_add("单田芳", "13700002222"),
        "ouyang": profiles.quick_add("欧阳娜娜", "15900003333"),
        "alice": profiles.quick_add("Alice Wong", "13600004444"),
        "landline": profiles.quick_add("刘强", "010-87654321"),
    }
    return {key: c.id for key, c in people.items()}


def names(query: str) -> list[str]:
    return [c.name for c in search(query)]


def test_phone_suffix_finds_both_owners_of_the_last_four_digits(shop) -> None:
    assert set(search_ids("5678")) == {shop["xiaoli"], shop["xiaoli2"]}
    assert search_ids("345678") == [shop["xiaoli"]]
    assert search_ids("4321") == [shop["landline"]]


def test_phone_start_and_middle_digits(shop) -> None:
    assert search_ids("186") == [shop["meiling"]]
    assert set(search_ids("0000")) == {shop["meiling"], shop["shan"], shop["ouyang"], shop["alice"]}
    assert search_ids("555") == [shop["xiaoli2"]]


def test_full_phone_as_typed_with_spaces(shop) -> None:
    assert search_ids("138 1234 5678") == [shop["xiaoli"]]


def test_customer_number(shop) -> None:
    assert search_ids("C000003") == [shop["meiling"]]
    assert search_ids("c3") == [shop["meiling"]]
    assert search_ids("000003") == [shop["meiling"]]


def test_digits_short_of_a_full_customer_number_are_not_a_number(shop) -> None:
    # Any few digits up to the number of customers are someone's number: "3" or "0003"
    # typed for a phone must not bring up C000003 (a sale was booked to her that way).
    assert shop["meiling"] not in search_ids("3")
    assert shop["meiling"] not in search_ids("0003")


def test_name_prefix_given_name_and_substring(shop) -> None:
    assert set(search_ids("张")) == {shop["xiaoli"], shop["xiaoli2"]}
    assert search_ids("小丽") == [shop["xiaoli"]]
    assert search_ids("美玲") == [shop["meiling"]]
    assert search_ids("阳") == [shop["ouyang"]]


def test_pinyin_initials_and_full_pinyin(shop) -> None:
    assert set(search_ids("zxl")) == {shop["xiaoli"], shop["xiaoli2"]}
    # 小 and 晓 are both "xiao": a clerk typing pinyin sees both.
    assert set(search_ids("zhangxiaoli")) == {shop["xiaoli"], shop["xiaoli2"]}
    assert search_ids("cml") == [shop["meiling"]]
    assert search_ids("oynn") == [shop["ouyang"]]
    assert search_ids("meiling") == [shop["meiling"]]
    assert search_ids("ZXL") == search_ids("zxl")


def test_surname_with_two_readings_is_found_by_both(shop) -> None:
    assert search_ids("dtf") == [shop["shan"]]
    assert search_ids("stf") == [shop["shan"]]
    assert search_ids("shantianfang") == [shop["shan"]]


def test_latin_names(shop) -> None:
    assert search_ids("alice") == [shop["alice"]]
    assert search_ids("aw") == [shop["alice"]]
    assert search_ids("wong") == [shop["alice"]]


def test_exact_kinds_of_match_rank_before_substrings(shop) -> None:
    baker = profiles.quick_add("李丽张", "13500005555")
    found = search_ids("张")
    assert found[-1] == baker.id and set(found[:2]) == {shop["xiaoli"], shop["xiaoli2"]}


def test_deleted_customers_are_not_found(shop, owner) -> None:
    profiles.delete_customer(owner, shop["xiaoli"])
    assert shop["xiaoli"] not in search_ids("5678")
    assert shop["xiaoli"] not in search_ids("zxl")
    assert shop["xiaoli"] not in search_ids("小丽")
    profiles.restore_customer(owner, shop["xiaoli"])
    assert shop["xiaoli"] in search_ids("小丽")


def test_edits_move_the_search_keys(shop) -> None:
    profiles.update_customer(shop["xiaoli"], {"name": "周敏", "phone": "13311112222"})
    assert search_ids("zm") == [shop["xiaoli"]]
    assert set(search_ids("2222")) == {shop["shan"], shop["xiaoli"]}
    assert shop["xiaoli"] not in search_ids("zxl")


def test_blank_and_odd_queries_do_not_fail(shop) -> None:
    assert search_ids("") == []
    assert search_ids("   ") == []
    for odd in ['"', "*", "[", "?", "'; drop table customer; --", "%", "_"]:
        assert search_ids(odd) == [], odd  # no name, phone or pinyin holds these
    assert Customer.select().count() == len(shop)


def test_results_are_limited(db) -> None:
    for n in range(30):
        profiles.quick_add(f"王{n:02d}", f"1380000{n:04d}")
    assert len(search_ids("王", limit=10)) == 10


# Queries only read, so sharing one database across examples is sound.
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(min_size=1, max_size=12))
def test_any_text_is_a_safe_query(db, text: str) -> None:
    found = search_ids(text)
    assert len(found) == len(set(found)) <= 50
    assert set(found) <= {c.id for c in Customer.select().where(Customer.deleted_at.is_null())}


def test_name_keys_of_common_names() -> None:
    assert name_keys("张小丽")[:2] == ("zxl", "zhangxiaoli")
    assert name_keys("欧阳娜娜")[:2] == ("oynn", "ouyangnana")
    assert name_keys("单田芳")[:2] == ("stf", "shantianfang")
    assert "dtf dantianfang" in name_keys("单田芳")[2]


def test_a_surname_is_found_by_each_of_its_readings(shop) -> None:
    """曾 is said zeng as a surname; a clerk who types the everyday ceng finds her too."""
    zeng = profiles.quick_add("曾月娥", "13900005151")
    assert search_ids("zye") == search_ids("cye") == [zeng.id]
    assert search_ids("zengyue") == search_ids("cengyuee") == [zeng.id]


DEMO_CUSTOMERS = 1400
# Added to the demo shop, whose seed-7 customers own none of these phone endings.
PICKS = {
    "ends_1310": ("周敏", "13911221310"),  # C001310 is a demo customer
    "ends_001200": ("吴霞", "13900001200"),  # six digits: C001200 and her phone ending
    "ends_8866": ("郑燕", "13722228866"),
    "also_8866": ("冯玉", "15933338866"),
    "latin": ("Ma Lin", "13600007777"),  # "Ma" starts her name...
    "initials_ma": ("孟爱", "13600008888"),  # ...and is 孟爱's initials
    "zero_width": ("诸葛\u200b亮亮", "13600009998"),
}


@pytest.fixture(scope="module")
def seeded_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo shop with the customers the table needs, built once and copied per test."""
    path = tmp_path_factory.mktemp("demo") / "shop.db"
    database = open_shop(path, language="zh_CN")
    fill_demo(DEMO_CUSTOMERS, seed=7)
    for name, phone in PICKS.values():
        profiles.quick_add(name, phone)
    database.close()
    return path


@pytest.fixture
def demo_shop(seeded_demo: Path, db_path: Path) -> Iterator[dict[str, int]]:
    shutil.copy(seeded_demo, db_path)
    database = open_shop(db_path)
    people = {key: Customer.get(Customer.phone == phone).id for key, (_, phone) in PICKS.items()}
    people["C001310"] = Customer.get(Customer.number == "C001310").id
    people["C001200"] = Customer.get(Customer.number == "C001200").id
    yield people
    database.close()


# (query, the customer the first row must be, whether Enter may open her at once)
PICK_TABLE = [
    # Four digits are a phone ending, never the customer number C001310.
    ("1310", "ends_1310", True),
    ("13911221310", "ends_1310", True),
    # A customer number typed in full, with its C or as six digits: a card's barcode.
    ("C001310", "C001310", True),
    ("c1310", "C001310", True),
    ("001310", "C001310", True),
    # Six digits that are both a number and a phone ending: the ending first, and a tie.
    ("001200", "ends_001200", False),
    # Two customers share the ending.
    ("8866", "ends_8866", False),
    ("28866", "ends_8866", True),
    # A Latin name's start and another customer's pinyin initials rank the same.
    ("Ma", "latin", False),
    ("ma", "initials_ma", False),
    ("Ma Lin", "latin", True),
    ("zgll", "zero_width", True),
]


@pytest.mark.parametrize(("query", "first", "unique"), PICK_TABLE)
def test_the_first_row_and_whether_it_is_the_only_best_match(
    demo_shop, query: str, first: str, unique: bool
) -> None:
    found = find(query)
    assert found.ids[0] == demo_shop[first]
    assert found.unambiguous is unique
    assert found.top == (demo_shop[first] if unique else None)


def test_four_digits_never_match_a_customer_number(demo_shop) -> None:
    for number in (1, 42, 999, 1310, DEMO_CUSTOMERS):
        assert all(hit.kind != "number" for hit in find(f"{number:04d}").hits), number


def test_a_tie_is_seen_even_when_one_row_is_asked_for(demo_shop) -> None:
    found = find("8866", limit=1)
    assert found.ids == [demo_shop["ends_8866"]]
    assert found.top is None
    assert find("001200", limit=1).top is None


def test_a_tie_of_six_digits_lists_both_customers(demo_shop) -> None:
    assert find("001200").ids[:2] == [demo_shop["ends_001200"], demo_shop["C001200"]]


def test_nothing_found_is_not_a_match_to_open(demo_shop) -> None:
    assert find("没有这个人").top is None
    assert find("").top is None


INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e"]


@pytest.mark.parametrize("mark", INVISIBLE)
def test_invisible_characters_leave_a_name_before_it_is_stored(db, mark: str) -> None:
    customer = profiles.quick_add(f"{mark}欧阳{mark}娜娜{mark}", "15900003333")
    assert customer.name == "欧阳娜娜"
    assert (customer.py_initials, customer.py_full) == ("oynn", "ouyangnana")
    assert customer.name_rev == "娜娜阳欧"
    assert search_ids("oynn") == [customer.id]
    assert search_ids(f"oy{mark}nn") == [customer.id]


def test_an_edited_name_is_cleaned_too(shop) -> None:
    profiles.update_customer(shop["alice"], {"name": "周\u200b敏"})
    assert Customer.get_by_id(shop["alice"]).name == "周敏"
    assert search_ids("zm") == [shop["alice"]]


def test_an_imported_name_is_cleaned_the_same_way(owner, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "会员.xlsx",
        {"会员": [["姓名", "手机"], ["\ufeff张\u200b小丽\u2060", "13812345678"]]},
    )
    importing.apply_import(owner, importing.plan_import(importing.find_table(path), "skip"))
    customer = Customer.get(Customer.phone == "13812345678")
    assert (customer.name, customer.py_initials) == ("张小丽", "zxl")
    assert search_ids("zxl") == [customer.id]


def test_a_name_of_invisible_characters_alone_is_refused(db) -> None:
    with pytest.raises(ValidationError) as refused:
        profiles.quick_add("\u200b\ufeff", "15900003333")
    assert "name" in refused.value.errors


def test_visible_text_keeps_spaces_between_words() -> None:
    assert visible_text(" Alice\u200b \t Wong\ufeff ") == "Alice Wong"
    assert visible_text("张小丽") == "张小丽"

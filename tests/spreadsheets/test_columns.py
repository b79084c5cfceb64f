"""The spreadsheet columns: every profile field once, and every header naming one column."""

from __future__ import annotations

from collections import Counter

from shopcrm.core.i18n import available_languages
from shopcrm.customers.fields import BY_NAME
from shopcrm.spreadsheets import columns


def test_the_export_order_places_every_profile_field_and_own_column_once() -> None:
    own = {column.field for column in columns.OWN_COLUMNS}
    assert Counter(columns.ORDER) == Counter(set(BY_NAME) | own)


def test_no_header_names_two_columns() -> None:
    named: dict[str, set[str]] = {}
    for column in columns.COLUMNS:
        headers = [columns.export_header(column.field, code) for code in available_languages()]
        for header in (*headers, column.field, *column.aliases):
            named.setdefault(columns.fold_header(header), set()).add(column.field)
    assert {header: fields for header, fields in named.items() if len(fields) > 1} == {}


def test_traditional_headers_name_the_same_fields() -> None:
    assert columns.field_for("會員姓名", {}) == "name"
    assert columns.field_for("聯繫電話", {}) == "phone"
    assert columns.field_for("備註", {}) == "notes"


def test_headers_come_from_the_catalogue_of_the_files_language() -> None:
    assert available_languages() == ["en", "zh_CN"]
    assert columns.export_header("phone", "en") == "Phone"
    assert columns.export_header("phone", "zh_CN") == "手机"  # not the window's 电话
    for code in available_languages():
        assert columns.field_for(columns.export_header("home_area_m2", code), {}) == "home_area_m2"


def test_a_preferred_way_or_a_kind_of_birthday_is_not_a_phone_or_a_birthday() -> None:
    headers = ["姓名", "手机", "首选联系方式", "生日", "生日类型", "会员卡类型", "客户房屋类型"]
    assert columns.auto_mapping(headers, {}) == {
        0: "name",
        1: "phone",
        2: "preferred_channel",
        3: "birth_date",
        4: "birthday_lunar",
        6: "home_type",
    }

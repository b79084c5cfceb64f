"""The message library and the festivals: our defaults keep their own rules, mistakes are
caught when a template is saved, and messages read right for a real customer."""

from __future__ import annotations

import datetime as dt

import pytest

from shopcrm.care import festivals, messages
from shopcrm.care.festivals import FestivalInput
from shopcrm.care.messages import Occasion, TemplateInput
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.staff import roster
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage.models import MESSAGE_KINDS, Festival, MessageTemplate


@pytest.fixture
def xiaoli(db):
    clerk = roster.add_staff("小陈")
    found = profiles.quick_add("张小丽", "13812345678", clerk_id=clerk.id)
    return profiles.update_customer(found.id, {"gender": "female"})


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_default_template_passes_the_checks_in_both_languages(language) -> None:
    found = messages.default_templates()
    assert {t["kind"] for t in found} == set(MESSAGE_KINDS)
    for template in found:
        messages.check_template(
            TemplateInput(
                template["kind"], language, template["title"][language], template["text"][language]
            )
        )


def test_a_new_shop_has_the_library_and_festivals_in_its_language(db) -> None:
    assert MessageTemplate.select().where(MessageTemplate.language == "zh_CN").count() == len(
        messages.default_templates()
    )
    names = [f.name for f in festivals.all_festivals()]
    assert names[:3] == ["元旦", "除夕", "元宵节"]
    eve = Festival.get(Festival.name == "除夕")
    assert eve.template.title == "除夕团圆"


def test_a_misspelt_placeholder_is_caught_when_saved(owner) -> None:
    with pytest.raises(ValidationError) as caught:
        messages.save_template(
            owner, TemplateInput("birthday", "zh_CN", "生日", "{nmae}，生日快乐")
        )
    assert "{nmae}" in caught.value.errors["text"]
    for text in ("{name.upper}", "{name!r}", "{name:>10}", "生日快乐 {", "{}"):
        with pytest.raises(ValidationError):
            messages.save_template(owner, TemplateInput("birthday", "zh_CN", "生日", text))
    with pytest.raises(ValidationError) as caught:
        messages.save_template(owner, TemplateInput("birthday", "zh_CN", "生日", "{festival}快乐"))
    assert "{festival}" in caught.value.errors["text"]
    assert MessageTemplate.select().where(MessageTemplate.title == "生日").count() == 0


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("holiday", "{title}，中秋快乐！全场8折，欢迎到店选购。"),
        ("season", "{title}，天冷了，新款羽绒服已上新。"),
        ("holiday", "Happy {festival}! 20% off everything this week."),
        ("keep_in_touch", "{title}，好久没来了，是不是发生了什么事？"),
        ("keep_in_touch", "Dear {title}, we miss you. Did something happen?"),
    ],
)
def test_each_kind_keeps_its_rule(owner, kind, text) -> None:
    with pytest.raises(ValidationError) as caught:
        messages.save_template(owner, TemplateInput(kind, "zh_CN", "x", text))
    assert "take out" in caught.value.errors["text"]


def test_a_thank_you_may_mention_what_a_holiday_greeting_may_not(owner) -> None:
    saved = messages.save_template(
        owner, TemplateInput("thanks", "zh_CN", "谢谢", "{title}，谢谢您，送您一张优惠券。")
    )
    assert saved.kind == "thanks"
    changed = messages.save_template(
        owner, TemplateInput("thanks", "zh_CN", "谢谢您", "{title}，谢谢您！——{clerk}"), saved.id
    )
    assert changed.id == saved.id and changed.title == "谢谢您"


def test_a_message_is_filled_for_her_in_the_templates_language(xiaoli) -> None:
    template = messages.templates("holiday")[0]
    text = messages.fill(template, xiaoli, about=Occasion(festival="中秋节"))
    assert text == "张女士，中秋节快乐！愿您和家人平安喜乐，万事顺心。——小陈"
    english = MessageTemplate(
        kind="birthday", language="en", title="x", text="Dear {title}, {date}"
    )
    assert (
        messages.fill(english, xiaoli, about=Occasion(date=dt.date(2027, 5, 3)))
        == "Dear Ms Zhang, 3 May"
    )
    assert messages.render("{name} {unknown} {", {"name": "丽"}) == "{name} {unknown} {"
    assert messages.render("{name} {unknown}", {"name": "丽"}) == "丽 {unknown}"


def test_forms_of_address(xiaoli) -> None:
    ouyang = profiles.update_customer(
        profiles.quick_add("欧阳娜娜", "13900001111").id, {"gender": "female"}
    )
    unknown = profiles.quick_add("王芳", "13700003333")
    assert messages.form_of_address(ouyang, "zh_CN") == "欧阳女士"
    assert messages.form_of_address(ouyang, "en") == "Ms Ouyang"
    assert messages.form_of_address(unknown, "zh_CN") == "王芳"


def test_preview_uses_her_own_facts(xiaoli) -> None:
    referrer = profiles.quick_add("李娜", "13900001111")
    profiles.update_customer(xiaoli.id, {"referred_by": referrer.id})
    typed = TemplateInput("referral_welcome", "zh_CN", "欢迎", "{title}，谢谢{friend}介绍您来。")
    assert messages.preview(typed, profiles.get_customer(xiaoli.id)) == "张女士，谢谢李娜介绍您来。"
    with pytest.raises(ValidationError):
        messages.preview(TemplateInput("birthday", "zh_CN", "x", "{nmae}"), xiaoli)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("除夕", dt.date(2027, 2, 5)),
        ("元宵节", dt.date(2027, 2, 20)),
        ("母亲节", dt.date(2027, 5, 9)),
        ("端午节", dt.date(2027, 6, 9)),
        ("父亲节", dt.date(2027, 6, 20)),
        ("七夕", dt.date(2027, 8, 8)),
        ("中秋节", dt.date(2027, 9, 15)),
        ("国庆节", dt.date(2027, 10, 1)),
        ("立冬", dt.date(2027, 11, 7)),
    ],
)
def test_festival_dates_in_2027(db, name, expected) -> None:
    festival = Festival.get(Festival.name == name)
    assert list(festivals.occurrences(festival, dt.date(2027, 1, 1), dt.date(2027, 12, 31))) == [
        expected
    ]


def test_the_owner_edits_the_festival_list(owner, counter_clerk) -> None:
    with pytest.raises(PermissionDenied, match="Only the owner can change"):
        festivals.save_festival(counter_clerk, FestivalInput("店庆", "solar", 4, 18))
    assert not Festival.select().where(Festival.name == "店庆").exists()
    added = festivals.save_festival(owner, FestivalInput("店庆", "solar", 4, 18))
    assert festivals.describe(added) == "4/18"
    with pytest.raises(ValidationError) as caught:
        festivals.save_festival(owner, FestivalInput("", "lunar", 2, 31))
    assert set(caught.value.errors) == {"name", "day"}
    with pytest.raises(ValidationError) as caught:
        festivals.save_festival(owner, FestivalInput("x", "term", term="不是节气"))
    assert set(caught.value.errors) == {"term"}
    holiday = messages.templates("holiday")[0]
    with pytest.raises(ValidationError):
        festivals.save_festival(
            owner,
            FestivalInput("x", "term", term="立冬", message_kind="season", template_id=holiday.id),
        )
    switched = festivals.save_festival(
        owner, FestivalInput("店庆", "weekday", 4, 5, weekday=5, active=False), added.id
    )
    assert festivals.describe(switched) == "last Saturday of month 4"
    assert switched not in festivals.active_festivals()
    with pytest.raises(PermissionDenied, match="Only the owner can change"):
        festivals.remove_festival(counter_clerk, added.id)
    festivals.remove_festival(owner, added.id)
    assert not Festival.select().where(Festival.name == "店庆").exists()

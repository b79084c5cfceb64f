"""The options registry: each option declared once, read typed, changed all together or
not at all, every value checked the same way."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.storage import options, settings
from shopcrm.storage.models import database
from shopcrm.storage.options import MonthDay

# Each screen that shows options: the settings dialog (the shop, the wallet, and sign-in and
# privacy for the owner), the VIP rules, loyalty, care and complaint settings, the backups.
SCREENS = {
    options.BACKUPS,
    options.SHOP,
    options.WALLET,
    options.PRIVACY,
    options.TIERS,
    options.LOYALTY,
    options.CARE,
    options.COMPLAINTS,
}


@pytest.mark.parametrize("name", list(options.OPTIONS))
def test_each_option_is_declared_with_a_valid_default_a_screen_and_words(name: str) -> None:
    declared = options.OPTIONS[name]
    assert declared.kind.text(declared.kind.parse(declared.default)) == declared.default
    assert declared.screen in SCREENS
    assert declared.describe()
    assert settings.DEFAULTS[name] == declared.default


def test_bookkeeping_is_no_option() -> None:
    assert not settings.BOOKKEEPING.keys() & options.OPTIONS.keys()
    assert settings.DEFAULTS.keys() == settings.BOOKKEEPING.keys() | options.OPTIONS.keys()


def test_options_read_typed(db) -> None:
    assert options.get("dormant_days") == 180
    assert options.get("point_value") == Decimal("0.01")
    assert options.get("thank_you_thresholds") == (Decimal(5000), Decimal(20000), Decimal(50000))
    assert options.get("tier_review_date") == MonthDay(1, 1)
    assert options.get("tier_review_date").on(2025) == dt.date(2025, 1, 1)
    assert options.get("shop_kind") == "clothing"
    assert options.text("tier_review_date") == "01-01"


def test_values_are_tidied_to_what_the_owner_would_type(db) -> None:
    options.set_many(
        {
            "referral_voucher": "¥50.00",
            "thank_you_thresholds": "20000，5000、5000",
            "dormant_days": " 200 ",
            "referral_gift": "  丝巾   一条 ",
            "tier_review_date": dt.date(2001, 7, 1),
            "points_per_yuan": Decimal("1.50"),
        }
    )
    assert [settings.get(name) for name in ("referral_voucher", "thank_you_thresholds")] == [
        "50",
        "5000,20000",
    ]
    assert (settings.get("dormant_days"), settings.get("referral_gift")) == ("200", "丝巾 一条")
    assert (settings.get("tier_review_date"), settings.get("points_per_yuan")) == ("07-01", "1.5")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("dormant_days", "0"),
        ("dormant_days", "x"),
        ("point_value", "0"),
        ("referral_voucher", "-5"),
        ("referral_voucher", "1.005"),
        ("referral_friend_discount_pct", "101"),
        ("thank_you_thresholds", "5000, 0"),
        ("thank_you_thresholds", "5000, lots"),
        ("points_expiry", "soon"),
        ("tier_review_date", "02-29"),
        ("tier_review_date", "13-01"),
        ("referral_gift", "x" * 101),
    ],
)
def test_a_value_out_of_its_type_or_bounds_is_refused_with_what_to_type(db, name, value) -> None:
    with pytest.raises(ValidationError) as caught:
        options.set_many({name: value})
    assert list(caught.value.errors) == [name]
    assert caught.value.errors[name]


def test_all_are_written_or_none_and_every_refusal_is_named(db) -> None:
    with pytest.raises(ValidationError) as caught:
        options.set_many({"top_spenders": "5", "gift_budget": "abc", "care_call_after_days": "99"})
    assert set(caught.value.errors) == {"gift_budget", "care_call_after_days"}
    assert options.get("top_spenders") == 3
    assert options.set_many({"top_spenders": 5, "gift_budget": "300"}) == {
        "top_spenders": 5,
        "gift_budget": Decimal("300"),
    }
    assert (options.get("top_spenders"), options.get("gift_budget")) == (5, Decimal(300))


def test_a_rule_between_options_is_checked_against_what_is_stored(db) -> None:
    with pytest.raises(ValidationError) as caught:
        options.set_many({"dormant_days": 400})
    assert "dormant" in caught.value.errors["lost_days"]
    options.set_many({"dormant_days": 400, "lost_days": 500})
    assert (options.get("dormant_days"), options.get("lost_days")) == (400, 500)


def test_changes_are_part_of_the_callers_transaction(db) -> None:
    with pytest.raises(RuntimeError), database.atomic():
        options.set_many({"top_spenders": 9})
        raise RuntimeError
    assert options.get("top_spenders") == 3


def test_a_stored_value_no_longer_valid_reads_as_the_default(db, caplog) -> None:
    settings.put("top_spenders", "lots")
    assert options.get("top_spenders") == 3
    assert "top_spenders" in caplog.text


def test_choices_carry_their_words() -> None:
    assert [code for code, _ in options.choices("tier_rule")] == [
        "cumulative",
        "last_12_months",
        "visits",
    ]
    with pytest.raises(TypeError):
        options.choices("dormant_days")


def test_bookkeeping_days(db) -> None:
    assert settings.day("care_planned_on") is None
    settings.put_day("care_planned_on", dt.date(2025, 3, 18))
    assert settings.day("care_planned_on") == dt.date(2025, 3, 18)

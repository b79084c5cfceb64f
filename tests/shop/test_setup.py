"""A new shop's first start: asked once, the kind chosen with its tiers, and done."""

from __future__ import annotations

import pytest

from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.loyalty import tiers
from shopcrm.shop import seeding, setup
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options


def test_a_new_shop_is_set_up_once(owner, today) -> None:
    assert setup.needs_setup()
    setup.finish(owner)
    assert not setup.needs_setup()


def test_a_shop_in_use_is_not_asked(owner) -> None:
    profiles.quick_add("张小丽", "13812345678")
    assert not setup.needs_setup()


def test_the_kind_brings_its_own_tiers_in_the_shops_language(owner) -> None:
    shown = setup.choose_kind(owner, "furniture", "zh_CN")
    preset = seeding.tier_presets()["furniture"]
    assert options.get("shop_kind") == "furniture"
    assert [t.name for t in shown] == [p["name"]["zh_CN"] for p in preset]
    assert [t.name for t in tiers.tiers()] == [t.name for t in shown]
    assert shown[0].requirement  # what it takes, in words
    english = setup.choose_kind(owner, "clothing", "en")
    assert [t.name for t in english] == [
        p["name"]["en"] for p in seeding.tier_presets()["clothing"]
    ]


def test_the_kind_is_not_changed_here_once_there_are_customers(owner) -> None:
    profiles.quick_add("张小丽", "13812345678")
    before = [t.name for t in tiers.tiers()]
    with pytest.raises(ValidationError) as refused:
        setup.choose_kind(owner, "furniture", "zh_CN")
    assert "shop_kind" in refused.value.errors
    assert [t.name for t in tiers.tiers()] == before
    assert options.get("shop_kind") == "clothing"


def test_only_the_owner_sets_the_shop_up(counter_clerk) -> None:
    with pytest.raises(PermissionDenied):
        setup.choose_kind(counter_clerk, "furniture", "zh_CN")
    with pytest.raises(PermissionDenied):
        setup.finish(counter_clerk)

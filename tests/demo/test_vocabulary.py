"""The demo's data files, once edited, still give every generator something valid to draw."""

from __future__ import annotations

import pytest

from shopcrm.care.followups import CONTACT_KIND
from shopcrm.demo import vocabulary
from shopcrm.demo.generator import KINDS
from shopcrm.storage.models import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CAUSES,
    COMPLAINT_SOLUTIONS,
    CONTACT_KINDS,
)

SIZED = {"top", "bottom", "shoe", "free"}  # which of her sizes a clothing product takes


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_goods_on_sale_every_month(kind: str) -> None:
    goods = vocabulary.RANGES[kind]
    assert all(goods.seasonal[month] for month in range(1, 13))
    for product in goods.products:
        assert 0 < product.low <= product.high, product.category
        assert product.months <= set(range(1, 13)), product.category
        assert product.models and product.materials and min(product.quantities) >= 1
        assert kind != "clothing" or product.place in SIZED, product.category
    assert goods.colours
    assert kind != "clothing" or len(goods.season_letters) == 12


def test_complaints_use_the_codes_the_database_accepts() -> None:
    for kind in KINDS:
        assert set(vocabulary.COMPLAINT_KINDS[kind]) <= set(vocabulary.COMPLAINTS)
    assert set(vocabulary.COMPLAINTS) <= set(COMPLAINT_CATEGORIES)
    for complaint in vocabulary.COMPLAINTS.values():
        assert complaint.cause in COMPLAINT_CAUSES and complaint.solution in COMPLAINT_SOLUTIONS
    assert len(vocabulary.STEP_NOTES) == 9  # one for each step of the complaint procedure


def test_every_task_the_demo_does_has_words_for_its_contact() -> None:
    # A complaint's call-back is closed by its step 9, which logs no contact.
    logged = set(CONTACT_KIND.values()) - {CONTACT_KIND["complaint_followup"]}
    assert logged <= set(vocabulary.DONE_TASKS) <= set(CONTACT_KINDS)
    assert all(vocabulary.DONE_TASKS.values()) and vocabulary.BIRTHDAY_GIFT

"""An old spreadsheet never brings back a customer who had her data erased: neither
by her customer number into her erased record nor as someone new by either phone."""

from __future__ import annotations

from pathlib import Path

import pytest

from shopcrm.customers import privacy, profiles
from shopcrm.spreadsheets import exporting, importing
from shopcrm.storage.models import Customer
from tests.helpers.spreadsheets import write_xlsx

PHONE, PHONE2, ADDRESS = "13912345678", "13712349876", "文三路88号"


@pytest.fixture
def nana(owner) -> int:
    she = profiles.quick_add("欧阳娜娜", PHONE)
    profiles.update_customer(she.id, {"phone2": PHONE2, "address": ADDRESS})
    return she.id


@pytest.mark.parametrize("policy", ["skip", "fill", "overwrite"])
def test_her_profile_exported_before_never_fills_her_record_in_again(
    nana, owner, tmp_path: Path, policy: str
) -> None:
    exported, _ = exporting.export_profiles(owner, tmp_path / "before.xlsx")
    privacy.erase(owner, nana)
    plan = importing.plan_import(importing.find_table(exported), policy)
    assert plan.counts() == {"added": 0, "updated": 0, "skipped": 0, "rejected": 1}
    (problem,) = plan.problems()
    assert problem.value == Customer.get_by_id(nana).number
    assert "asked the shop to erase their data" in problem.reason
    importing.apply_import(owner, plan)
    erased = Customer.get_by_id(nana)
    assert (erased.phone, erased.phone2, erased.address) == (None, None, None)


def test_an_erased_phone_is_refused_in_the_second_phone_column_too(
    nana, owner, tmp_path: Path
) -> None:
    privacy.erase(owner, nana)
    rows = [
        ["姓名", "手机", "手机2"],
        ["欧阳娜娜", None, PHONE2],
        ["娜娜", "13800000001", PHONE],
        ["李四", "13800000002", None],
    ]
    old = write_xlsx(tmp_path / "old.xlsx", {"s": rows})
    plan = importing.plan_import(importing.find_table(old), "skip")
    assert plan.counts() == {"added": 1, "updated": 0, "skipped": 0, "rejected": 2}
    assert [(p.row, p.column, p.value) for p in plan.problems()] == [
        (2, "手机2", PHONE2),
        (3, "手机2", PHONE),
    ]
    assert all("asked the shop to erase their data" in p.reason for p in plan.problems())

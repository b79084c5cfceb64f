"""`shopcrm wallet`: what the shop holds in stored value, for the owner alone."""

from __future__ import annotations

import json
from decimal import Decimal

from shopcrm import cli
from shopcrm.customers.profiles import quick_add
from shopcrm.storage import options
from shopcrm.wallet import stored_value
from tests.conftest import OWNER_PASSWORD
from tests.helpers.owners import password_args


def test_the_owner_reads_the_stored_value_held(owner, db_path, tmp_path, capsys) -> None:
    options.set_many({"stored_value": "yes", "top_up_bonus": "500:50"})
    her = quick_add("张小丽", "13812345678")
    stored_value.top_up(owner, her.id, Decimal("500"), "cash")
    args = ["--db", str(db_path), *password_args(tmp_path, OWNER_PASSWORD), "wallet"]
    assert cli.main([*args, "--json"]) == cli.OK
    found = json.loads(capsys.readouterr().out)
    assert (found["held"], found["bonus_held"], found["customers"]) == ("550.00", "50.00", 1)
    assert [m["paid_in"] for m in found["months"]] == ["500.00"]
    assert cli.main(args) == cli.OK
    assert "¥550.00 for 1 customer" in capsys.readouterr().out


def test_a_wrong_password_reads_nothing(owner, db_path, tmp_path, capsys) -> None:
    args = ["--db", str(db_path), *password_args(tmp_path, "wrong"), "wallet"]
    assert cli.main(args) != cli.OK
    assert "held" not in capsys.readouterr().out

"""The daily catch-up, the owner's loyalty options, the VIP rules page and its command."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from decimal import Decimal

import pytest

from shopcrm import cli
from shopcrm.care import rules as care_rules
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.loyalty import segments, tiers, upkeep, vip_rules
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options, settings
from shopcrm.storage.models import Customer, database

TODAY = clock.today()


@pytest.fixture
def xiaoli(owner) -> int:
    rules = tiers.current_rules()
    tiers.apply_rules(owner, replace(rules, rule="last_12_months", downgrade="drop", grace_days=0))
    customer = profiles.quick_add("张小丽", "13812345678").id
    record_sale(customer, [SaleLine(Decimal("2500"))], on=TODAY - dt.timedelta(days=300))
    return customer


def test_catch_up_lapses_points_drops_tiers_and_ages_statuses_together(xiaoli) -> None:
    assert Customer.get_by_id(xiaoli).tier.rank == 1
    done = upkeep.catch_up(dt.date(TODAY.year + 2, 1, 2))
    assert done == upkeep.CatchUp(expired_points=2500, tier_moves=1, status_changes=1)
    fresh = Customer.get_by_id(xiaoli)
    assert (fresh.points, fresh.tier.rank, fresh.status) == (0, 0, "lost")
    assert upkeep.catch_up(dt.date(TODAY.year + 2, 1, 2)) == upkeep.CatchUp(0, 0, 0)


def test_the_counter_writes_while_the_catch_up_reads_who_moves(xiaoli, monkeypatch) -> None:
    """Whose tier, status and voucher change is read with no write lock held: another counter's
    sale goes through at once (it would wait the whole pass at a million customers)."""
    counter = sqlite3.connect(database.database, timeout=0)
    wrote: list[str] = []

    def another_sale(step: str) -> None:
        counter.execute("BEGIN IMMEDIATE")
        counter.execute("UPDATE setting SET value = value WHERE key = 'shop_kind'")
        counter.commit()
        wrote.append(step)

    stage, status_now = tiers._stage, segments._status_now

    def staging(*args):
        if args[-1] is None:  # the read of every customer, not a chunk's own check
            another_sale("tiers")
        return stage(*args)

    def statuses(today):
        if "status" not in wrote:
            another_sale("status")
        return status_now(today)

    def birthdays(*args):
        another_sale("vouchers")
        return birthday_dates(*args)

    birthday_dates = care_rules.birthday_dates
    monkeypatch.setattr(tiers, "_stage", staging)
    monkeypatch.setattr(segments, "_status_now", statuses)
    monkeypatch.setattr(care_rules, "birthday_dates", birthdays)
    done = upkeep.catch_up(dt.date(TODAY.year + 2, 1, 2))
    counter.close()
    assert wrote == ["tiers", "status", "vouchers"]
    assert (done.tier_moves, done.status_changes) == (1, 1)  # and the moves are still made


def test_options_are_checked_together_and_saved_together(xiaoli, owner, counter_clerk) -> None:
    with pytest.raises(ValidationError) as caught:
        upkeep.save_options(
            owner,
            {
                "point_value": "0",
                "points_expiry": "soon",
                "dormant_days": "400",
                "regular_visits": "x",
            },
        )
    assert set(caught.value.errors) == {
        "point_value",
        "points_expiry",
        "lost_days",
        "regular_visits",
    }
    assert settings.get("dormant_days") == "180"
    with pytest.raises(PermissionDenied, match="Only the owner can change"):
        upkeep.save_options(counter_clerk, {"referral_voucher": "50.00"})
    assert settings.get("referral_voucher") != "50"
    saved = upkeep.save_options(owner, {"referral_voucher": "50.00", "dormant_days": "200 "})
    assert (saved["referral_voucher"], saved["dormant_days"]) == (Decimal(50), 200)
    assert (settings.get("referral_voucher"), settings.get("dormant_days")) == ("50", "200")
    assert Customer.get_by_id(xiaoli).status == "dormant"


def test_the_rules_page_lists_every_tier_and_the_rules_in_words(owner) -> None:
    options.set_many({"shop_name": "丽人<服饰>"})
    page = vip_rules.rules_html()
    for tier in tiers.tiers():
        assert tier.name in page and tier.benefits in page
    assert "5% off (pays 95%)" in page  # both ways, as the tier settings show it
    assert "丽人&lt;服饰&gt; VIP levels" in page
    assert "¥2,000.00 spent in total" in page and "A level once reached" in page
    assert "100 points take ¥1 off" in page and "200 points" in page
    tiers.apply_rules(
        owner, replace(tiers.current_rules(), rule="last_12_months", downgrade="review")
    )
    page = vip_rules.rules_html()
    assert "last 12 months" in page and "reviewed once a year, on 01-01" in page
    assert "30 days beyond the 12 months" in page


def test_the_loyalty_command_catches_up(db, db_path, capsys) -> None:
    db.close()
    assert cli.main(["--db", str(db_path), "loyalty", "--today", "2031-01-01"]) == cli.OK
    assert "0 points lapsed" in capsys.readouterr().out

"""The demo shop is plausible, deterministic, consistent, and never mixes into real data."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from peewee import SqliteDatabase

from shopcrm.cli import main
from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.phones import normalize_phone
from shopcrm.customers.profiles import quick_add
from shopcrm.customers.search import search_ids
from shopcrm.demo import chunks
from shopcrm.demo.generator import DemoSummary, fill_demo
from shopcrm.loyalty import upkeep
from shopcrm.shop.opening import open_shop
from shopcrm.storage import derived
from shopcrm.storage.models import (
    Complaint,
    ComplaintStep,
    ContactLog,
    Customer,
    KeyDate,
    Purchase,
    PurchaseItem,
    ReferralReward,
    Staff,
    Tier,
)
from tests.helpers import demo_maker

CUSTOMERS = 300


@pytest.fixture
def demo(db: SqliteDatabase) -> DemoSummary:
    return fill_demo(CUSTOMERS, seed=7)


def test_counts_match_the_summary(demo: DemoSummary) -> None:
    assert Customer.select().count() == demo.customers == CUSTOMERS
    assert Purchase.select().count() == demo.purchases > CUSTOMERS
    assert PurchaseItem.select().count() == demo.items >= demo.purchases
    assert Complaint.select().count() == demo.complaints
    assert KeyDate.select().count() == demo.key_dates > 0
    assert Customer.select().where(Customer.referred_by.is_null(False)).count() == demo.referrals
    assert Staff.select().count() == demo.staff
    assert Staff.select().where(Staff.role == "owner").count() == 1
    assert 4 <= demo.staff - 1 <= 5
    assert ContactLog.select().count() > 0
    numbers = [c.number for c in Customer.select().order_by(Customer.id)]
    assert numbers[0] == "C000001" and numbers[-1] == f"C{CUSTOMERS:06d}"


def test_phones_are_unique_valid_mobiles(demo: DemoSummary) -> None:
    phones = [c.phone for c in Customer.select(Customer.phone)]
    assert len(set(phones)) == len(phones) == CUSTOMERS
    for phone in phones:
        assert len(phone) == 11 and phone.startswith("1")
        assert normalize_phone(phone) == phone


def test_nothing_happens_in_the_future(demo: DemoSummary, db: SqliteDatabase) -> None:
    today = clock.today().isoformat()
    now = clock.now().isoformat(" ", "seconds")
    latest = {
        "purchase date": "SELECT max(date) FROM purchase",
        "delivery": "SELECT max(max(coalesce(delivery_date, '')), "
        "max(coalesce(installation_date, ''))) FROM purchase",
        "birth date": "SELECT max(birth_date) FROM customer",
    }
    for what, sql in latest.items():
        assert db.execute_sql(sql).fetchone()[0] <= today, what
    stamps = {
        "sale time": "SELECT max(created_at) FROM purchase",
        "registration": "SELECT max(created_at) FROM customer",
        "contact": "SELECT max(at) FROM contact_log",
        "complaint": "SELECT max(opened_at) FROM complaint",
        "complaint step": "SELECT max(done_at) FROM complaint_step",
    }
    for what, sql in stamps.items():
        value = db.execute_sql(sql).fetchone()[0]
        assert value is None or value <= now, what
    before_registering = """SELECT count(*) FROM purchase p JOIN customer c ON c.id = p.customer_id
                             WHERE p.created_at < c.created_at"""
    assert db.execute_sql(before_registering).fetchone()[0] == 0
    assert (
        db.execute_sql("SELECT min(date) FROM purchase").fetchone()[0]
        >= (clock.today() - dt.timedelta(days=3 * 365)).isoformat()
    )


def test_figures_and_links_are_consistent(demo: DemoSummary, db: SqliteDatabase) -> None:
    assert derived.mismatches() == []
    assert derived.purchase_mismatches() == []
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    for customer in Customer.select():
        earned = (
            Tier.select()
            .where(Tier.threshold <= customer.total_spent)
            .order_by(Tier.rank.desc())
            .first()
        )
        assert customer.tier_id == earned.id
        bought = customer.visit_count > 0
        assert (customer.status in ("customer", "regular", "dormant", "lost")) == bought
    for step in ComplaintStep.select():
        assert step.done_at >= step.complaint.opened_at


def test_the_apps_own_catch_up_finds_nothing_to_do(demo: DemoSummary) -> None:
    """Points lapse, tiers and statuses are already what the loyalty rules make them."""
    assert upkeep.catch_up() == upkeep.CatchUp(0, 0, 0)
    assert derived.mismatches() == []


def test_referred_buyers_reward_their_referrer_once(demo: DemoSummary) -> None:
    referred_buyers = Customer.select().where(
        Customer.referred_by.is_null(False) & (Customer.visit_count > 0)
    )
    rewards = list(ReferralReward.select())
    assert {r.friend_id for r in rewards} == {c.id for c in referred_buyers}
    for reward in rewards:
        assert reward.referrer_id == reward.friend.referred_by_id
        assert reward.purchase.customer_id == reward.friend_id
        assert reward.converted_on == reward.friend.first_purchase_on


def test_search_finds_demo_customers_by_what_clerks_type(demo: DemoSummary) -> None:
    customer = Customer.select().order_by(Customer.id.desc()).first()
    assert customer.id in search_ids(customer.phone[-4:], limit=500)
    assert customer.id in search_ids(customer.py_initials, limit=500)


def test_same_seed_same_shop(tmp_path: Path, demo: DemoSummary, db: SqliteDatabase) -> None:
    first = [(c.name, c.phone) for c in Customer.select().order_by(Customer.id)]
    db.close()
    other = open_shop(tmp_path / "again.db")
    fill_demo(CUSTOMERS, seed=7)
    again = [(c.name, c.phone) for c in Customer.select().order_by(Customer.id)]
    other.close()
    assert again == first
    assert len({name for name, _ in first}) > CUSTOMERS * 0.8, "names vary"


def _everything(path: Path) -> list[tuple[object, ...]]:
    """Every row of every table but the staff and settings (their password hashes are
    salted afresh), for comparing two shops."""
    with sqlite3.connect(path) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                " AND name NOT IN ('staff', 'setting') ORDER BY name"
            )
        ]
        return [(t, *row) for t in tables for row in conn.execute(f'SELECT * FROM "{t}"')]


def test_a_second_process_makes_the_same_shop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, today: dt.date
) -> None:
    """A big demo's rows come from a second process; the shop is the same one, to the last
    guest and wallet made after them from the handed-back random state."""
    # The clock stands still, so both builds stamp "now" alike.
    monkeypatch.setattr(clock, "time", SimpleNamespace(monotonic=lambda: 0.0))
    clock.set_now(dt.datetime.combine(today, dt.time(12, 0)))
    shops = []
    for name, second_process_from in (("here.db", 10**9), ("there.db", 1)):
        monkeypatch.setattr(chunks, "SECOND_PROCESS_FROM", second_process_from)
        monkeypatch.setattr(chunks, "CHUNK", 70)  # several chunks down the pipe
        database = open_shop(tmp_path / name)
        fill_demo(CUSTOMERS, seed=9)
        database.close()
        shops.append(_everything(tmp_path / name))
    here, there = shops
    assert len(here) > CUSTOMERS * 20
    assert there == here


def test_the_second_process_dying_stops_the_demo_and_keeps_nothing(
    db: SqliteDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chunks, "SECOND_PROCESS_FROM", 1)
    monkeypatch.setattr(chunks, "CHUNK", 70)
    monkeypatch.setattr(chunks, "_make", demo_maker.dies_after_a_chunk)
    with pytest.raises(RuntimeError, match=r"stopped early \(exit code 3\)"):
        fill_demo(CUSTOMERS, seed=9)
    assert Customer.select().count() == 0


def test_refuses_a_database_with_customers(db: SqliteDatabase) -> None:
    quick_add("王芳", "13812345678")
    with pytest.raises(ShopError, match="--db"):
        fill_demo(10)
    assert Customer.select().count() == 1
    assert Staff.select().count() == 0


def test_furniture_shop_uses_its_tiers_and_home_fields(db: SqliteDatabase) -> None:
    fill_demo(200, seed=3, kind="furniture")
    assert Tier.select().order_by(Tier.rank.desc()).first().threshold == 150_000
    assert Customer.select().where(Customer.home_community.is_null(False)).count() > 50
    assert Purchase.select().where(Purchase.delivery_date.is_null(False)).count() > 0
    assert derived.mismatches() == [] and derived.purchase_mismatches() == []


def test_command_line_demo_then_check(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "cli.db"
    assert main(["--db", str(path), "demo", "--customers", "200"]) == 0
    assert "200" in capsys.readouterr().out
    assert main(["--db", str(path), "check"]) == 0
    assert main(["--db", str(path), "demo", "--customers", "200"]) == 2
    assert "--db" in capsys.readouterr().err


def test_a_newcomer_signs_in_and_can_try_the_password_reset(demo: DemoSummary) -> None:
    from shopcrm.demo.people import DEMO_PASSWORD, DEMO_RECOVERY_CODE, demo_pin
    from shopcrm.staff import accounts

    owner = accounts.owner()
    assert accounts.sign_in(owner.id, DEMO_PASSWORD).role == "owner"
    clerks = sorted((s for s in accounts.can_sign_in() if s.role == "clerk"), key=lambda s: s.id)
    assert accounts.sign_in(clerks[0].id, demo_pin(1)).id == clerks[0].id
    found, fresh = accounts.reset_password(DEMO_RECOVERY_CODE.lower(), "a-new-password")
    assert found.id == owner.id and fresh != DEMO_RECOVERY_CODE
    assert accounts.sign_in(owner.id, "a-new-password").id == owner.id

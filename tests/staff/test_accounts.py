"""Signing in: one owner first, clerks with PINs, wrong tries slowed, a clerk who leaves
handed over, a forgotten password reset with the recovery code."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from shopcrm.core import clock
from shopcrm.core.errors import ShopError, ValidationError
from shopcrm.customers import profiles
from shopcrm.staff import accounts, audit, permissions
from shopcrm.storage.models import AuditLog, Customer, FollowUp, Staff
from tests.conftest import OWNER_PASSWORD


def test_the_owner_comes_first_and_only_once(db) -> None:
    assert not accounts.has_owner()
    with pytest.raises(ValidationError, match="at least 6"):
        accounts.set_up_owner("王店长", "short")
    found, code = accounts.set_up_owner("王店长", OWNER_PASSWORD)
    assert found.role == "owner" and accounts.has_owner()
    assert len(code) == 24 and code.count("-") == 4
    assert OWNER_PASSWORD not in found.secret and found.secret.startswith("$argon2id$")
    with pytest.raises(ShopError, match="already has an owner"):
        accounts.set_up_owner("李老板", OWNER_PASSWORD)
    assert accounts.sign_in(found.id, OWNER_PASSWORD).id == found.id


def test_a_shop_from_before_sign_in_gives_its_owner_a_password_and_keeps_her_row(db) -> None:
    earlier = Staff.create(name="刘振帅", role="owner")  # as the upgrade leaves her: no secret
    chen = Staff.create(name="小陈", role="clerk")
    assert not accounts.has_owner() and accounts.can_sign_in() == []
    found, code = accounts.set_up_owner("刘振帅", OWNER_PASSWORD)
    assert found.id == earlier.id and code
    assert accounts.sign_in(earlier.id, OWNER_PASSWORD).role == "owner"
    assert Staff.select().where(Staff.role == "owner").count() == 1
    accounts.set_pin(found, chen.id, "1357")  # her clerks sign in once she gives them PINs
    assert [s.name for s in accounts.can_sign_in()] == ["刘振帅", "小陈"]


def test_a_clerk_signs_in_with_her_pin_and_wrong_tries_slow_down(owner) -> None:
    with pytest.raises(ValidationError, match="4 to 6 digits"):
        accounts.add_clerk(owner, "小陈", "12")
    chen = accounts.add_clerk(owner, "小陈", "1357")
    assert [s.name for s in accounts.can_sign_in()] == ["王店长", "小陈"]
    assert accounts.sign_in(chen.id, "1357").name == "小陈"
    for _ in range(accounts.FREE_TRIES - 1):
        with pytest.raises(accounts.SignInRefused, match="PIN is not right") as refused:
            accounts.sign_in(chen.id, "0000")
        assert "Wait" not in str(refused.value)
    with pytest.raises(accounts.SignInRefused, match="Wait 30 seconds"):
        accounts.sign_in(chen.id, "0000")
    with pytest.raises(accounts.SignInRefused, match="Too many wrong tries"):
        accounts.sign_in(chen.id, "1357")  # even the right PIN waits
    later = clock.now() + dt.timedelta(seconds=31)
    with clock.set_to(later), pytest.raises(accounts.SignInRefused, match="Wait 60 seconds"):
        accounts.sign_in(chen.id, "9999")  # each further wrong try doubles the wait
    with clock.set_to(later + dt.timedelta(seconds=61)):
        assert accounts.sign_in(chen.id, "1357").failed_attempts == 0
    kinds = [row.action for row in AuditLog.select().where(AuditLog.staff == chen.id)]
    assert kinds.count("sign_in_refused") == 4 and kinds.count("sign_in") == 2


def test_a_clock_set_wrong_then_put_right_keeps_no_one_out_longer_than_the_longest_wait(
    owner, counter_clerk
) -> None:
    a_year_on = clock.now() + dt.timedelta(days=365)
    with clock.set_to(a_year_on):
        for _ in range(accounts.FREE_TRIES + 6):  # waits run past the longest one
            with contextlib.suppress(accounts.SignInRefused):
                accounts.sign_in(counter_clerk.id, "0000")
    with pytest.raises(accounts.SignInRefused, match="wait 15 minutes"):
        accounts.sign_in(counter_clerk.id, "2468")  # the clock put right: 15 minutes, no more
    with clock.set_to(clock.now() + dt.timedelta(minutes=15, seconds=1)):
        assert accounts.sign_in(counter_clerk.id, "2468").id == counter_clerk.id


def test_only_the_owner_manages_staff(owner, counter_clerk) -> None:
    for attempt in (
        lambda: accounts.add_clerk(counter_clerk, "小李", "1111"),
        lambda: accounts.rename(counter_clerk, counter_clerk.id, "周周"),
        lambda: accounts.set_pin(counter_clerk, counter_clerk.id, "1111"),
        lambda: accounts.deactivate(counter_clerk, counter_clerk.id, None),
        lambda: audit.entries(counter_clerk),
    ):
        with pytest.raises(permissions.PermissionDenied, match="Only the owner"):
            attempt()
    assert accounts.rename(owner, counter_clerk.id, "周敏").name == "周敏"
    accounts.set_pin(owner, counter_clerk.id, "8642")
    assert accounts.sign_in(counter_clerk.id, "8642").name == "周敏"


def test_a_clerk_who_leaves_hands_over_her_customers_and_keeps_her_name(
    owner, counter_clerk
) -> None:
    chen = accounts.add_clerk(owner, "小陈", "1357")
    hers = profiles.quick_add("张小丽", "13812345678", clerk_id=counter_clerk.id)
    FollowUp.create(
        key="t1",
        customer=hers,
        kind="purchase_call",
        due_on=clock.today(),
        deadline=clock.today(),
        clerk=counter_clerk,
        status="open",
    )
    FollowUp.create(
        key="t2",
        customer=hers,
        kind="purchase_call",
        due_on=clock.today(),
        deadline=clock.today(),
        clerk=counter_clerk,
        status="done",
    )
    with pytest.raises(ValidationError, match="someone else"):
        accounts.deactivate(owner, counter_clerk.id, counter_clerk.id)
    handed = accounts.deactivate(owner, counter_clerk.id, chen.id)
    assert (handed.customers, handed.follow_ups) == (1, 1)
    assert Customer.get_by_id(hers.id).clerk_id == chen.id
    assert {t.key: t.clerk_id for t in FollowUp.select()} == {"t1": chen.id, "t2": counter_clerk.id}
    gone = Staff.get_by_id(counter_clerk.id)
    assert not gone.active and gone.left_at is not None and gone.name == "小周"
    assert counter_clerk.id not in [s.id for s in accounts.can_sign_in()]
    with pytest.raises(accounts.SignInRefused, match="cannot sign in"):
        accounts.sign_in(counter_clerk.id, "2468")
    (line,) = [e for e in audit.entries(owner, action="deactivated")]
    assert line.detail == "小周: 1 customer and 1 open follow-up to 小陈"


def test_a_forgotten_password_is_reset_with_the_recovery_code_only(db) -> None:
    found, code = accounts.set_up_owner("王店长", OWNER_PASSWORD)
    with pytest.raises(accounts.SignInRefused, match="recovery code"):
        accounts.reset_password("AAAA-BBBB-CCCC-DDDD-EEEE", "new-password")
    _, fresh = accounts.reset_password(code.lower().replace("-", " "), "new-password")
    assert accounts.sign_in(found.id, "new-password").id == found.id
    with pytest.raises(accounts.SignInRefused):
        accounts.reset_password(code, "another-one")  # a code works once
    assert fresh != code


def test_the_shop_hashes_with_argon2id_at_its_real_cost() -> None:
    from argon2 import extract_parameters

    from shopcrm.staff import secrets

    made = extract_parameters(secrets.SHOP_HASHER.hash("x"))
    assert (made.type.name, made.memory_cost, made.time_cost) == ("ID", 65536, 3)
    assert secrets.matches(secrets.SHOP_HASHER.hash("2468"), "2468")
    assert not secrets.matches(None, "")

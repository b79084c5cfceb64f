"""Signing in: the owner set up first, clerks added by her with a PIN, wrong guesses
slowed down, a clerk who leaves deactivated with her customers handed on, and a
forgotten owner password reset with the recovery code written down at setup."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ShopError, ValidationError
from shopcrm.core.i18n import tr, trn
from shopcrm.staff import audit, permissions, secrets
from shopcrm.storage import encryption, settings
from shopcrm.storage.models import Customer, FollowUp, Staff, database

PIN = re.compile(r"\d{4,6}")
MIN_PASSWORD = 6
FREE_TRIES = 3  # wrong tries before each further one makes her wait
FIRST_WAIT_S = 30
LONGEST_WAIT_S = 15 * 60
RECOVERY_KEY = "owner_recovery"


class SignInRefused(ShopError):
    """A wrong PIN or password, or one tried too often: the message says how long to wait."""


def owner() -> Staff | None:
    return Staff.get_or_none((Staff.role == "owner") & Staff.active)


def has_owner() -> bool:
    """Whether the shop has an owner who can sign in (a shop from before sign-in has her
    row, without a password yet)."""
    found = owner()
    return found is not None and found.secret is not None


def can_sign_in() -> list[Staff]:
    """Who appears on the sign-in screen: the active staff who have a PIN or password."""
    return list(
        Staff.select()
        .where(Staff.active & Staff.secret.is_null(False))
        .order_by((Staff.role == "owner").desc(), Staff.name)
    )


def _name(name: str, staff_id: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": tr("Type the name.")})
    taken = Staff.select().where(Staff.name == name)
    if staff_id is not None:
        taken = taken.where(Staff.id != staff_id)
    if taken.exists():
        raise ValidationError(
            {"name": tr("There is already someone called {name}.").format(name=name)}
        )
    return name


def _password(password: str) -> str:
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(
            {
                "password": trn(
                    "The password needs at least {n} character.",
                    "The password needs at least {n} characters.",
                    MIN_PASSWORD,
                ).format(n=MIN_PASSWORD)
            }
        )
    return password


def _pin(pin: str) -> str:
    if not PIN.fullmatch(pin or ""):
        raise ValidationError({"pin": tr("A PIN is 4 to 6 digits.")})
    return pin


def _new_recovery_code() -> str:
    code = secrets.recovery_code()
    settings.put(RECOVERY_KEY, secrets.hashed(code))
    return code


def set_up_owner(name: str, password: str, *, checked: bool = True) -> tuple[Staff, str]:
    """The shop's owner, and the recovery code to show her once; a shop has one owner.

    `checked` False is for the demo shop alone, whose password is the short "demo".
    """
    if checked:
        _password(password)
    with database.atomic("IMMEDIATE"):
        if has_owner():
            raise ShopError(tr("This shop already has an owner."))
        found = _give_owner_secret(name, secrets.hashed(password))
        code = _new_recovery_code()
        audit.record("owner_set_up", found, name=found.name)
    return found, code


def _give_owner_secret(name: str, secret: str) -> Staff:
    """The owner's row with her password: the one a shop from before sign-in has, else new."""
    earlier = owner()
    if earlier is None:
        return Staff.create(name=_name(name), role="owner", secret=secret)
    Staff.update(name=_name(name, earlier.id), secret=secret).where(
        Staff.id == earlier.id
    ).execute()
    return _staff(earlier.id)


def keep_owner(name: str, secret: str, recovery: str | None) -> None:
    """After a restore by the owner: a restored shop from before sign-in keeps her
    password and recovery code, so nobody else can set herself up as its owner."""
    if has_owner():
        return
    with database.atomic("IMMEDIATE"):
        found = _give_owner_secret(name, secret)
        if recovery is not None:
            settings.put(RECOVERY_KEY, recovery)
        audit.record("owner_set_up", found, name=found.name)


def add_clerk(actor: Staff, name: str, pin: str, phone: str | None = None) -> Staff:
    permissions.require(actor, "staff")
    with database.atomic("IMMEDIATE"):
        clerk = Staff.create(
            name=_name(name), role="clerk", phone=phone or None, secret=secrets.hashed(_pin(pin))
        )
        audit.record("clerk_added", actor, name=clerk.name)
    return clerk


def _staff(staff_id: int) -> Staff:
    found = Staff.get_or_none(Staff.id == staff_id)
    if found is None:
        raise NotFound(tr("No such member of staff."))
    return found


def set_pin(actor: Staff, staff_id: int, pin: str) -> None:
    """The owner gives a clerk a new PIN (a forgotten one, or a clerk from an import)."""
    permissions.require(actor, "staff")
    clerk = _staff(staff_id)
    if clerk.role == "owner":
        raise ShopError(tr("The owner signs in with a password, not a PIN."))
    with database.atomic("IMMEDIATE"):
        Staff.update(secret=secrets.hashed(_pin(pin)), failed_attempts=0, locked_until=None).where(
            Staff.id == clerk.id
        ).execute()
        audit.record("pin_set", actor, name=clerk.name)


def change_password(actor: Staff, old: str, new: str) -> None:
    if actor.role != "owner" or not secrets.matches(_staff(actor.id).secret, old):
        raise SignInRefused(tr("The present password is not right."))
    with database.atomic("IMMEDIATE"):
        Staff.update(secret=secrets.hashed(_password(new))).where(Staff.id == actor.id).execute()
        encryption.rewrap_open_shop(password=new)  # a protected shop opens with the new one
        audit.record("password_changed", actor)


def reset_password(code: str, new: str) -> tuple[Staff, str]:
    """A forgotten owner password, reset with the recovery code; a new code replaces it."""
    found = owner()
    if found is None or not secrets.matches(settings.get(RECOVERY_KEY), secrets.typed_code(code)):
        raise SignInRefused(tr("That is not the recovery code written down at setup."))
    with database.atomic("IMMEDIATE"):
        Staff.update(
            secret=secrets.hashed(_password(new)), failed_attempts=0, locked_until=None
        ).where(Staff.id == found.id).execute()
        fresh = _new_recovery_code()
        encryption.rewrap_open_shop(password=new, recovery_code=fresh)
        audit.record("password_reset", found)
    return _staff(found.id), fresh


def _wait_after(failures: int) -> dt.timedelta:
    if failures < FREE_TRIES:
        return dt.timedelta(0)
    return dt.timedelta(seconds=min(FIRST_WAIT_S * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_S))


def _wait_words(left: dt.timedelta) -> str:
    seconds = max(1, int(left.total_seconds() + 0.999))
    if seconds < 120:
        return trn("{n} second", "{n} seconds", seconds).format(n=seconds)
    minutes = (seconds + 59) // 60
    return trn("{n} minute", "{n} minutes", minutes).format(n=minutes)


def sign_in(staff_id: int, secret: str) -> Staff:
    """The member of staff, if `secret` is her PIN or password; wrong tries slow down."""
    person = _staff(staff_id)
    if not person.active or person.secret is None:
        raise SignInRefused(tr("{name} cannot sign in here.").format(name=person.name))
    moment = clock.now()
    if person.locked_until is not None and person.locked_until > moment:
        # Never longer than the longest wait: a clock set wrong, then put right, would
        # otherwise keep her out for as long as it was wrong.
        left = person.locked_until - moment
        if left > dt.timedelta(seconds=LONGEST_WAIT_S):
            left = dt.timedelta(seconds=LONGEST_WAIT_S)
            with database.atomic("IMMEDIATE"):
                Staff.update(locked_until=moment + left).where(Staff.id == person.id).execute()
        raise SignInRefused(
            tr("Too many wrong tries: wait {time}, then try again.").format(time=_wait_words(left))
        )
    right = secrets.matches(person.secret, secret)
    with database.atomic("IMMEDIATE"):
        if right:
            Staff.update(failed_attempts=0, locked_until=None).where(
                Staff.id == person.id
            ).execute()
            audit.record("sign_in", person)
            return _staff(person.id)
        failures = person.failed_attempts + 1
        wait = _wait_after(failures)
        Staff.update(failed_attempts=failures, locked_until=moment + wait if wait else None).where(
            Staff.id == person.id
        ).execute()
        audit.record("sign_in_refused", person)
    what = (
        tr("That password is not right.")
        if person.role == "owner"
        else tr("That PIN is not right.")
    )
    if wait:
        what += " " + tr("Wait {time} before the next try.").format(time=_wait_words(wait))
    raise SignInRefused(what)


def rename(actor: Staff, staff_id: int, name: str) -> Staff:
    permissions.require(actor, "staff")
    person = _staff(staff_id)
    with database.atomic("IMMEDIATE"):
        new = _name(name, staff_id)
        Staff.update(name=new).where(Staff.id == person.id).execute()
        audit.record("renamed", actor, old=person.name, new=new)
    return _staff(staff_id)


@dataclass(frozen=True)
class HandOver:
    customers: int
    follow_ups: int


def everyone() -> list[Staff]:
    """All who ever worked here, those still here first, the owner at the top."""
    return list(
        Staff.select().order_by(Staff.active.desc(), (Staff.role == "owner").desc(), Staff.name)
    )


def hand_over_of(staff_id: int) -> HandOver:
    """What deactivating her would hand on: her customers and her open follow-ups."""
    return HandOver(
        Customer.select().where(Customer.clerk == staff_id).count(),
        FollowUp.select().where((FollowUp.clerk == staff_id) & (FollowUp.status == "open")).count(),
    )


def deactivate(actor: Staff, staff_id: int, successor_id: int | None) -> HandOver:
    """A clerk who leaves: she can no longer sign in, her customers and open follow-ups
    go to `successor_id` in the same transaction, and history keeps her name."""
    permissions.require(actor, "staff")
    leaving = _staff(staff_id)
    if leaving.role == "owner":
        raise ShopError(tr("The owner cannot be deactivated."))
    if successor_id == staff_id:
        raise ValidationError({"successor": tr("Choose someone else to take over the customers.")})
    if not leaving.active:
        raise ShopError(tr("{name} has left already.").format(name=leaving.name))
    if successor_id is not None and not _staff(successor_id).active:
        raise ValidationError({"successor": tr("Choose someone who still works in the shop.")})
    with database.atomic("IMMEDIATE"):
        customers = Customer.update(clerk=successor_id).where(Customer.clerk == staff_id).execute()
        tasks = (
            FollowUp.update(clerk=successor_id)
            .where((FollowUp.clerk == staff_id) & (FollowUp.status == "open"))
            .execute()
        )
        Staff.update(active=False, left_at=clock.now(), secret=None).where(
            Staff.id == staff_id
        ).execute()
        audit.record(
            "deactivated",
            actor,
            name=leaving.name,
            customers=customers,
            tasks=tasks,
            successor=_staff(successor_id).name if successor_id else "—",
        )
    return HandOver(customers, tasks)

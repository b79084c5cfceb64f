"""The audit trail dialog: the newest line first, filtered by action, person and days,
the last 30 days at first; only the owner reads it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLabel

from shopcrm.core import clock
from shopcrm.staff import accounts
from shopcrm.ui.staff.audit_dialog import AuditDialog
from tests.conftest import OWNER_PASSWORD


@pytest.fixture
def signed_in_twice(owner, counter_clerk) -> None:
    """小周 signed in 40 days ago and today, and once typed a wrong PIN."""
    with clock.set_to(clock.now() - dt.timedelta(days=40)):
        accounts.sign_in(counter_clerk.id, "2468")
    accounts.sign_in(counter_clerk.id, "2468")
    with pytest.raises(accounts.SignInRefused):
        accounts.sign_in(counter_clerk.id, "1111")
    accounts.sign_in(owner.id, OWNER_PASSWORD)


def rows(dialog: AuditDialog) -> list[tuple[str, str]]:
    """(who, action) of each line shown, top to bottom."""
    model = dialog.table.model()
    return [(model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


@pytest.fixture
def dialog(qtbot, english, owner, signed_in_twice) -> AuditDialog:
    shown = AuditDialog(owner)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_last_30_days_newest_first(dialog, owner) -> None:
    assert dialog.objectName() == "auditDialog"
    today = clock.today()
    assert dialog.since.date().toPython() == today - dt.timedelta(days=30)
    assert dialog.until.date().toPython() == today
    assert rows(dialog) == [
        ("王店长", "Signed in"),
        ("小周", "Wrong PIN or password"),
        ("小周", "Signed in"),
        ("王店长", "Clerk added"),
        ("王店长", "Owner set up"),
    ]
    model = dialog.table.model()
    assert model.index(3, 4).data() == "小周"  # the detail, in words
    assert dialog.count.text() == "5 entries"


def test_filters_by_action_person_and_days(dialog) -> None:
    dialog.action.setCurrentIndex(dialog.action.findText("Signed in"))
    assert rows(dialog) == [("王店长", "Signed in"), ("小周", "Signed in")]
    assert dialog.count.text() == "2 entries"
    dialog.since.setDate(QDate(clock.today() - dt.timedelta(days=45)))
    assert rows(dialog) == [("王店长", "Signed in"), ("小周", "Signed in"), ("小周", "Signed in")]
    dialog.person.setCurrentIndex(dialog.person.findText("小周"))
    assert rows(dialog) == [("小周", "Signed in"), ("小周", "Signed in")]
    dialog.until.setDate(QDate(clock.today() - dt.timedelta(days=1)))
    assert rows(dialog) == [("小周", "Signed in")]
    dialog.action.setCurrentIndex(dialog.action.findText("All"))
    dialog.person.setCurrentIndex(dialog.person.findText("Everyone"))
    dialog.since.setDate(QDate(clock.today()))  # a start after the end takes the end along
    assert dialog.until.date() == dialog.since.date()
    assert len(rows(dialog)) == 5


def test_a_clerk_is_told_only_the_owner_reads_it(qtbot, english, counter_clerk) -> None:
    shown = AuditDialog(counter_clerk)
    qtbot.addWidget(shown)
    assert shown.table.model().rowCount() == 0
    assert shown.findChild(QLabel, "muted").text() == "Only the owner can read the audit trail."

"""Work off the GUI thread, and pages that refresh themselves when the data changes."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QMessageBox, QProgressBar, QWidget, QWizard

from shopcrm.complaints import workflow
from shopcrm.core.errors import ShopError
from shopcrm.customers import profiles
from shopcrm.storage.models import Customer, database
from shopcrm.ui import operations
from shopcrm.ui.care.followups_page import FollowUpsPage
from shopcrm.ui.complaints.complaint_wizard import ComplaintWizard
from shopcrm.ui.operations import COMPLAINTS, CUSTOMERS, FOLLOWUPS, PLANNED, SALES, Change, Job
from shopcrm.ui.sales.sale_dialog import SaleDialog

WAIT_MS = 10_000


def shown(parent: QWidget, kind: type) -> Any:
    found = [w for w in parent.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} is shown"
    return found[-1]


def tasks(page: FollowUpsPage) -> set[tuple[str, str]]:
    """(customer, kind) of every task the page lists."""
    model = page.model
    listed = set()
    for group in range(model.rowCount()):
        parent = model.index(group, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            listed.add((model.data(index), model.task(index).kind))
    return listed


@pytest.fixture
def announced(qapp) -> list[Change]:
    """Every change announced during the test."""
    seen: list[Change] = []
    operations.changes().changed.connect(seen.append)
    yield seen
    operations.changes().changed.disconnect(seen.append)


def test_a_sale_from_her_card_brings_its_follow_up_to_the_page_without_f5(
    qtbot, window, shop
) -> None:
    window.pages.setCurrentIndex(1)
    page = window.followups
    assert page is not None and page.isVisible()
    assert ("张小丽", "spend_thanks") not in tasks(page)

    card = window.open_customer(shop["xiaoli"])
    card.record_sale()
    sale = shown(window, SaleDialog)
    sale.items.setData(sale.items.index(0, 1), "羊绒大衣")
    sale.items.setData(sale.items.index(0, 6), "6000")
    sale.save()  # ¥7,500 in all: past the ¥5,000 thank-you level

    qtbot.waitUntil(lambda: ("张小丽", "spend_thanks") in tasks(page), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: page.planning is None, timeout=WAIT_MS)
    assert card.header.figures["total"].text() == "¥7,500.00"
    # The hidden customer list refreshed too, at once: the window's count is read from it.
    assert window.customers.model.row_at(0).total_spent == 7500


def test_a_complaint_saved_from_her_card_reaches_the_register_when_it_is_shown(
    qtbot, window, shop
) -> None:
    window.pages.setCurrentIndex(2)
    register = window.complaints
    assert register is not None and register.model.rowCount() == 0
    window.pages.setCurrentIndex(0)

    card = window.open_customer(shop["xiaoli"])
    card.open_tab(card.complaints)
    card.complaint_button.click()
    wizard = shown(window, ComplaintWizard)
    listen = wizard.currentPage()
    listen.form.fields["category"].put("size")
    listen.form.fields["description"].widget.insertPlainText("大衣偏小")
    listen.form.fields["concerns"].widget.insertPlainText("想换大一码")
    wizard.button(QWizard.WizardButton.CustomButton1).click()  # save and close

    assert card.complaints.model.rowCount() == 1  # her card shows it at once
    assert register.model.rowCount() == 0  # hidden: nothing is read until it is shown
    window.pages.setCurrentIndex(2)
    assert [row.customer for row in register.model.rows] == ["张小丽"]
    assert register.summary.text() == "1 complaint, 0 overdue"


def test_the_list_keeps_the_clerks_place_and_focus_when_customers_change(
    qtbot, window, shop, owner
) -> None:
    page = window.customers
    table = page.table
    li, mei, fang = shop["others"]
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    flag = QItemSelectionModel.SelectionFlag
    chosen = table.selectionModel()
    chosen.select(page.model.index(1, 0), flag.ClearAndSelect | flag.Rows)
    chosen.setCurrentIndex(page.model.index(2, 0), flag.Select | flag.Rows)
    assert page.selected_ids() == [li, mei] and page.current_id() == mei

    added = profiles.quick_add("周敏", "13311112222")
    operations.announce(CUSTOMERS, customers=[added.id])
    assert page.selected_ids() == [li, mei] and page.current_id() == mei
    assert table.hasFocus()
    assert window.count_label.text() == "5 customers"
    assert page.result_label.text() == "5 customers"

    profiles.delete_customer(owner, mei)
    operations.announce(CUSTOMERS, customers=[mei])
    # She left the list: the clerk is on the customer now at her place.
    assert page.current_id() == fang and page.selected_ids() == [li]
    assert window.count_label.text() == "4 customers"


def test_her_open_card_shows_a_change_made_elsewhere_and_keeps_what_is_typed(
    qtbot, window, shop
) -> None:
    card = window.open_customer(shop["xiaoli"])
    card.open_tab(card.complaints)
    hobbies = card.form.fields["hobbies"].widget
    hobbies.insertPlainText("瑜伽")
    workflow.save_step(
        None,
        1,
        {"customer": shop["xiaoli"], "category": "price", "description": "买贵了"},
        shop["clerk"],
        done=False,
    )
    operations.announce(COMPLAINTS, customers=[shop["others"][0]])
    assert card.complaints.model.rowCount() == 0  # about someone else
    operations.announce(COMPLAINTS, customers=[shop["xiaoli"]])
    assert card.complaints.model.rowCount() == 1
    assert hobbies.toPlainText() == "瑜伽" and card.save_button.isEnabled()


def test_a_tab_behind_is_read_when_the_clerk_brings_it_forward(qtbot, window, shop) -> None:
    """Her card opens on her profile and reads a history tab when it is first shown; a
    change made elsewhere while the tab is behind is there when it comes forward."""
    card = window.open_customer(shop["xiaoli"])
    assert card.tabs.currentIndex() == 0
    assert card.lazy.if_built("complaints") is None  # never shown: never built nor read
    card.open_tab(card.complaints)
    assert card.complaints.model.rowCount() == 0
    card.tabs.setCurrentIndex(0)
    workflow.save_step(
        None,
        1,
        {"customer": shop["xiaoli"], "category": "price", "description": "买贵了"},
        shop["clerk"],
        done=False,
    )
    operations.announce(COMPLAINTS, customers=[shop["xiaoli"]])
    assert card.complaints.model.rowCount() == 0  # behind, out of date, unread
    card.open_tab(card.complaints)
    assert card.complaints.model.rowCount() == 1


def test_a_hidden_screen_refreshes_once_when_shown_and_skips_its_own_changes(qtbot) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    seen: list[Change] = []
    operations.subscribe(screen, (COMPLAINTS,), seen.append)
    operations.announce(COMPLAINTS, customers=[1])
    operations.announce(COMPLAINTS, customers=[2])
    operations.announce(SALES)
    assert seen == []
    screen.show()
    qtbot.waitExposed(screen)
    assert seen == [Change(frozenset({COMPLAINTS}), frozenset({1, 2}))]
    operations.announce(COMPLAINTS, source=screen)
    assert len(seen) == 1
    operations.announce(COMPLAINTS)
    assert seen[-1].concerns(12345)
    with pytest.raises(ValueError):
        operations.announce("weather")


def test_changes_kept_while_hidden_are_planned_only_up_to_the_last_plan() -> None:
    """A plan covers the changes before it, not a sale after it."""
    day = Change(frozenset({CUSTOMERS, FOLLOWUPS, PLANNED}))
    sale = Change(frozenset({SALES}), frozenset({7}))
    assert PLANNED not in day.merged(sale).topics
    assert day.merged(sale).topics == {CUSTOMERS, FOLLOWUPS, SALES}
    assert PLANNED in sale.merged(day).topics


def test_background_work_reports_progress_and_announces_on_the_gui_thread(
    qtbot, db, announced
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    bar = QProgressBar(owner)
    results: list[tuple[Any, str]] = []

    def work(job: Job) -> tuple[str, int]:
        for done in range(1, 4):
            job.report(done, 3)
        added = profiles.quick_add("周敏", "13311112222")  # its own transaction
        return threading.current_thread().name, added.id

    operations.run_in_background(
        owner,
        work,
        on_done=lambda result: results.append((result, threading.current_thread().name)),
        progress=bar,
        changed=(CUSTOMERS,),
    )
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    (((worker, customer_id), delivered_on),) = results
    assert worker != delivered_on == threading.main_thread().name
    assert (bar.value(), bar.maximum()) == (3, 3)
    assert Customer.get_by_id(customer_id).name == "周敏"
    assert announced == [Change(frozenset({CUSTOMERS}), source=owner)]


def test_cancelled_work_rolls_back_and_says_so(qtbot, db, announced) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    failures: list[str] = []
    before = Customer.select().count()

    def work(job: Job) -> None:
        with database.atomic("IMMEDIATE"):
            profiles.quick_add("周敏", "13311112222")
            started.set()
            while not job.cancelled():
                time.sleep(0.01)
            raise ShopError("Stopped: nothing was written.")

    operation = operations.run_in_background(
        owner, work, on_failed=failures.append, changed=(CUSTOMERS,)
    )
    assert started.wait(5)
    operation.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=WAIT_MS)
    assert failures == ["Stopped: nothing was written."]
    assert not operation.running()
    assert Customer.select().count() == before
    assert announced == []


@pytest.mark.parametrize("error", ["refused", "unexpected"])
def test_a_failing_operation_shows_its_message_and_changes_nothing(
    qtbot, db, announced, caplog, error: str
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    owner.show()
    before = Customer.select().count()

    def work(job: Job) -> None:
        if error == "refused":
            profiles.quick_add("", "138")  # the domain refuses it: a ValidationError
        raise RuntimeError("the secret insides of a bug")

    with caplog.at_level(logging.ERROR, logger="shopcrm"):
        operations.run_in_background(owner, work, changed=(CUSTOMERS,))
        qtbot.waitUntil(lambda: owner.findChild(QMessageBox, "operationFailedBox") is not None)
    box = owner.findChild(QMessageBox, "operationFailedBox")
    if error == "refused":
        assert box.text() and "secret" not in box.text()
    else:
        assert "did not complete" in box.text()
        assert "secret" not in box.text() and "Traceback" not in box.text()
        assert "the secret insides of a bug" in caplog.text  # the log has it all
    assert Customer.select().count() == before
    assert announced == []


def test_stop_waits_for_the_work_and_drops_its_callbacks(qtbot, db, announced) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    delivered: list[object] = []

    def work(job: Job) -> str:
        started.set()
        while not job.cancelled():
            time.sleep(0.01)
        return "finished anyway"

    operation = operations.run_in_background(
        owner, work, on_done=delivered.append, changed=(SALES,)
    )
    assert started.wait(5)
    operation.stop()
    assert not operation.running()
    qtbot.wait(50)
    assert delivered == []
    # It ended well, so what it wrote is announced all the same.
    assert [change.topics for change in announced] == [frozenset({SALES})]

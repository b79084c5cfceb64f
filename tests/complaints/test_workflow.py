"""The nine steps as a state machine: in order, recorded, resumable, closed only properly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from shopcrm.complaints import report, standard_replies, workflow
from shopcrm.complaints.register import RegisterFilter, register
from shopcrm.complaints.workflow import save_step
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.customers import profiles
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.staff import roster
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options, settings
from shopcrm.storage.models import (
    Complaint,
    ComplaintStep,
    Customer,
    PointsEntry,
    PurchaseItem,
    Staff,
    StandardReply,
    Tier,
    database,
)

TODAY = clock.today()


@pytest.fixture
def shop(db) -> dict[str, int]:
    chen = roster.add_staff("小陈")
    wang = roster.add_staff("王店长", role="owner")
    xiaoli = profiles.quick_add("张小丽", "13812345678", clerk_id=chen.id)
    record_sale(xiaoli.id, [SaleLine(Decimal("300"), 1, "F23-1045", "羊毛衫")], clerk_id=chen.id)
    other = profiles.quick_add("李娜", "13900001111")
    item = PurchaseItem.get(PurchaseItem.style_no == "F23-1045")
    return {
        "chen": chen.id,
        "wang": wang.id,
        "xiaoli": xiaoli.id,
        "other": other.id,
        "item": item.id,
    }


def valid(shop: dict[str, int], step: int) -> dict[str, Any]:
    """Values that finish `step`."""
    return {
        1: {
            "customer": shop["xiaoli"],
            "item": shop["item"],
            "channel": "counter",
            "category": "quality",
            "severity": 2,
            "description": "洗了一次就起球",
            "concerns": "起球\n想换一件",
        },
        2: {"note": "她很生气，请她坐下喝茶后平静了"},
        3: {"apologised": True},
        4: {"cause": "product", "note": "您是说毛衫洗一次就起球，对吗？"},
        5: {"note": "说明会查明原因并换新"},
        6: {"solution": "exchange", "solution_staff": shop["chen"], "solution_due": TODAY},
        7: {"compensation": "gift", "compensation_value": "50", "note": "围巾一条"},
        8: {"satisfaction": "yes", "thanked": True},
        9: {"note": "回访：新毛衫穿着很好"},
    }[step]


def walk(shop: dict[str, int], upto: int, complaint_id: int | None = None, start: int = 1) -> int:
    for step in range(start, upto + 1):
        complaint_id = save_step(complaint_id, step, valid(shop, step), shop["chen"], done=True).id
    assert complaint_id is not None
    return complaint_id


def fields_refused(call) -> set[str]:
    with pytest.raises(ValidationError) as caught:
        call()
    return set(caught.value.errors)


def test_a_step_is_done_only_after_every_step_before_it(shop) -> None:
    cid = walk(shop, 1)
    assert fields_refused(lambda: save_step(cid, 3, valid(shop, 3), shop["chen"], done=True)) == {
        "step"
    }
    assert fields_refused(lambda: save_step(cid, 3, {}, shop["chen"], done=False)) == {"step"}
    assert fields_refused(lambda: save_step(None, 2, {}, shop["chen"], done=False)) == {"step"}
    assert Complaint.get_by_id(cid).current_step == 2


def test_required_fields_are_named_with_what_to_do(shop) -> None:
    refused = fields_refused(
        lambda: save_step(None, 1, {"customer": shop["xiaoli"]}, shop["chen"], done=True)
    )
    assert refused == {"category", "description", "concerns"}
    assert fields_refused(lambda: save_step(None, 1, {}, shop["chen"], done=False)) == {"customer"}
    cid = walk(shop, 5)
    with pytest.raises(ValidationError) as caught:
        save_step(cid, 6, {"solution": "refund", "solution_amount": "abc"}, None, done=True)
    errors = caught.value.errors
    assert set(errors) == {"solution_amount", "solution_staff", "solution_due", "staff"}
    assert "yuan" in errors["solution_amount"]
    assert "who" in errors["staff"]
    assert Complaint.select().count() == 1


def test_an_item_must_be_one_she_bought(shop) -> None:
    values = {**valid(shop, 1), "customer": shop["other"]}
    assert fields_refused(lambda: save_step(None, 1, values, shop["chen"], done=True)) == {"item"}


def test_a_draft_is_kept_and_resumed_without_finishing_the_step(shop) -> None:
    cid = walk(shop, 3)
    save_step(cid, 4, {"cause": "product", "root_cause": "面料批次"}, shop["chen"], done=False)
    complaint = Complaint.get_by_id(cid)
    assert complaint.current_step == 4 and workflow.done_steps(complaint) == {1, 2, 3}
    draft = ComplaintStep.get(ComplaintStep.complaint == cid, ComplaintStep.step == 4)
    assert draft.done_at is None
    resumed = workflow.step_values(complaint, 4)
    assert resumed["cause"] == "product" and resumed["root_cause"] == "面料批次"
    walk(shop, 4, cid, start=4)
    assert Complaint.get_by_id(cid).current_step == 5


def test_each_step_records_who_did_it_and_when_and_an_amendment_keeps_them(shop) -> None:
    cid = walk(shop, 2)
    first = ComplaintStep.get(ComplaintStep.complaint == cid, ComplaintStep.step == 2)
    assert first.staff_id == shop["chen"] and first.done_at is not None
    save_step(cid, 2, {"note": "她平静下来了"}, shop["wang"], done=False)
    again = ComplaintStep.get_by_id(first.id)
    assert again.note == "她平静下来了"
    assert (again.staff_id, again.done_at) == (shop["chen"], first.done_at)
    assert fields_refused(lambda: save_step(cid, 2, {"note": " "}, shop["wang"], done=False)) == {
        "note"
    }


def test_closing_needs_the_follow_up_or_a_waiver_with_a_reason(shop) -> None:
    cid = walk(shop, 7)
    with pytest.raises(ValidationError):
        save_step(cid, 9, valid(shop, 9), shop["chen"], done=True)  # step 8 not answered
    walk(shop, 8, cid, start=8)
    complaint = Complaint.get_by_id(cid)
    assert complaint.status == "awaiting_followup" and complaint.current_step == 9
    assert complaint.followup_due == TODAY + dt.timedelta(days=3)
    assert fields_refused(lambda: save_step(cid, 9, {}, shop["chen"], done=True)) == {"note"}
    assert fields_refused(lambda: save_step(cid, 9, {"waive": True}, shop["chen"], done=True)) == {
        "waive_reason"
    }
    save_step(cid, 9, {"waive": True, "waive_reason": "她已出国"}, shop["chen"], done=True)
    closed = Complaint.get_by_id(cid)
    assert closed.status == "closed" and closed.closed_at is not None
    assert closed.waive_reason == "她已出国"
    assert fields_refused(lambda: save_step(cid, 2, valid(shop, 2), shop["chen"], done=True)) == {
        "step"
    }


def test_follow_up_delay_is_a_setting(shop) -> None:
    options.set_many({"complaint_followup_days": 5})
    cid = walk(shop, 8)
    assert Complaint.get_by_id(cid).followup_due == TODAY + dt.timedelta(days=5)
    with pytest.raises(ValidationError) as caught:
        options.set_many({"complaint_followup_days": "0"})
    assert "complaint_followup_days" in caught.value.errors
    assert settings.get("complaint_followup_days") == "5"
    late = {"followup_due": TODAY - dt.timedelta(days=1)}
    assert fields_refused(lambda: save_step(cid, 9, late, shop["chen"], done=False)) == {
        "followup_due"
    }


def test_not_satisfied_needs_the_final_offer_then_a_second_chance_reopens(shop) -> None:
    cid = walk(shop, 7)
    unhappy = {"satisfaction": "no", "thanked": True}
    assert fields_refused(lambda: save_step(cid, 8, unhappy, shop["chen"], done=True)) == {
        "final_offer",
        "final_answer",
    }
    offer = {**unhappy, "final_offer": "退款并赠送代金券", "final_answer": "declined"}
    save_step(cid, 8, offer, shop["chen"], done=True)
    assert fields_refused(lambda: workflow.reopen(cid, "", shop["chen"])) == {"note"}
    workflow.reopen(cid, "她还是不满意，要求重新处理", shop["wang"])

    complaint = Complaint.get_by_id(cid)
    assert (complaint.status, complaint.attempt, complaint.current_step) == ("reopened", 2, 6)
    assert complaint.satisfaction is None and complaint.solution is None
    assert workflow.done_steps(complaint) == {1, 2, 3, 4, 5}
    walk(shop, 9, cid, start=6)
    closed = Complaint.get_by_id(cid)
    assert (closed.status, closed.satisfaction) == ("closed", "yes")

    recorded = workflow.records(cid)
    assert [(r.attempt, r.step) for r in recorded] == [
        *((1, n) for n in range(1, 10)),
        *((2, n) for n in range(6, 10)),
    ]
    first_result = next(r for r in recorded if (r.attempt, r.step) == (1, 8))
    assert ("Is the customer satisfied?", "Not satisfied") in first_result.lines
    assert ("The customer's answer", "Declined") in first_result.lines
    first_feedback = next(r for r in recorded if (r.attempt, r.step) == (1, 9))
    assert first_feedback.staff == "王店长" and ("Outcome", "Reopened") in first_feedback.lines


def test_a_closed_complaint_can_be_reopened(shop) -> None:
    cid = walk(shop, 9)
    workflow.reopen(cid, "一个月后又起球了", shop["chen"])
    complaint = Complaint.get_by_id(cid)
    assert complaint.status == "reopened" and complaint.closed_at is None
    last = next(r for r in workflow.records(cid) if (r.attempt, r.step) == (1, 9))
    assert last.note == "回访：新毛衫穿着很好"
    assert ("Reopened because", "一个月后又起球了") in last.lines


def test_points_compensation_goes_through_the_ledger_once(shop) -> None:
    cid = walk(shop, 6)
    before = Customer.get_by_id(shop["xiaoli"]).points
    save_step(
        cid, 7, {"compensation": "points", "compensation_value": "200"}, shop["chen"], done=True
    )
    entry = PointsEntry.select().order_by(PointsEntry.id.desc()).first()
    assert (entry.kind, entry.points) == ("earned", 200)
    assert Customer.get_by_id(shop["xiaoli"]).points == before + 200
    more = {"compensation": "points", "compensation_value": "500"}
    assert fields_refused(lambda: save_step(cid, 7, more, shop["chen"], done=True)) == {
        "compensation"
    }
    same = {"compensation": "points", "compensation_value": "200", "note": "已告知积分到账"}
    save_step(cid, 7, same, shop["chen"], done=True)
    assert Customer.get_by_id(shop["xiaoli"]).points == before + 200
    half = {"compensation": "points", "compensation_value": "1.5"}
    assert fields_refused(lambda: save_step(cid, 7, half, shop["chen"], done=True)) == {
        "compensation_value",
        "compensation",
    }
    none = {"compensation": "none"}
    other = walk(shop, 6)
    assert fields_refused(lambda: save_step(other, 7, none, shop["chen"], done=True)) == {
        "compensation_reason"
    }


def test_goodwill_is_suggested_for_serious_complaints_and_vip_customers(shop) -> None:
    cid = walk(shop, 6)
    complaint = Complaint.get_by_id(cid)
    assert workflow.goodwill_suggestion(complaint) is None
    complaint.severity = 3
    assert "serious" in workflow.goodwill_suggestion(complaint)
    silver = Tier.get(Tier.rank == 1)
    Customer.update(tier=silver).where(Customer.id == shop["xiaoli"]).execute()
    complaint = Complaint.get_by_id(cid)
    assert silver.name in workflow.goodwill_suggestion(complaint)


def test_register_filters_and_marks_overdue_complaints(shop) -> None:
    done = walk(shop, 9)
    late = walk(shop, 6)
    Complaint.update(solution_due=TODAY - dt.timedelta(days=2)).where(
        Complaint.id == late
    ).execute()
    waiting = walk(shop, 8)
    fresh = walk(shop, 1)

    active = register(RegisterFilter())
    assert {row.id for row in active} == {late, waiting, fresh}
    by_id = {row.id: row for row in active}
    assert by_id[late].overdue and by_id[late].due_on == TODAY - dt.timedelta(days=2)
    assert by_id[waiting].due_on == TODAY + dt.timedelta(days=3) and not by_id[waiting].overdue
    assert by_id[fresh].due_on is None and by_id[fresh].customer == "张小丽"
    assert [r.id for r in register(RegisterFilter(overdue_only=True))] == [late]
    assert [r.id for r in register(RegisterFilter(status="closed"))] == [done]
    assert len(register(RegisterFilter(status=None, clerk_id=shop["chen"]))) == 4
    assert register(RegisterFilter(status=None, category="price")) == []
    later = TODAY + dt.timedelta(days=10)
    assert by_id[waiting].id in {r.id for r in register(RegisterFilter(), later)}
    assert all(r.overdue for r in register(RegisterFilter(overdue_only=True), later))


def test_report_per_category_and_cause(shop, db) -> None:
    first = walk(shop, 9)
    db.execute_sql(
        "UPDATE complaint SET opened_at = datetime(closed_at, '-2 days') WHERE id = ?", (first,)
    )
    second = walk(shop, 7)
    save_step(
        second,
        8,
        {"satisfaction": "no", "final_offer": "退款", "final_answer": "declined", "thanked": True},
        shop["chen"],
        done=True,
    )
    workflow.reopen(second, "仍不满意", shop["chen"])
    values = {**valid(shop, 1), "category": "service", "item": None}
    save_step(None, 1, values, shop["chen"], done=True)

    by_category = report.report("category")
    assert [row.code for row in by_category.rows] == ["quality", "service"]
    quality, service = by_category.rows
    assert (quality.complaints, quality.closed, quality.repeats, quality.reopened) == (2, 1, 1, 1)
    assert quality.average_days_to_close == pytest.approx(2, abs=0.01)
    assert (quality.answered, quality.satisfaction_rate) == (1, 1.0)
    assert (service.complaints, service.repeats, service.satisfaction_rate) == (1, 0, None)
    assert (by_category.total.label, by_category.total.complaints) == ("All complaints", 3)
    by_cause = report.report("cause")
    assert [(row.label, row.complaints) for row in by_cause.rows] == [
        ("Our product", 2),
        ("Not analysed yet", 1),
    ]
    tomorrow = TODAY + dt.timedelta(days=1)
    assert report.report("category", start=tomorrow).total.complaints == 0
    month = report.period_start("month", TODAY)
    assert report.report("category", start=month, end=TODAY).total.complaints >= 2
    table = report.sheet("category", "all", TODAY)
    assert [row[0] for row in table.rows] == [quality.label, service.label, "All complaints"]
    assert table.rows[1][3] is None and table.rows[0][4] == "100% (1/1)"
    assert table.heading == "Complaints report · All time"


def test_standard_replies_start_in_the_shop_language_and_the_owner_edits_them(shop) -> None:
    owner, clerk = Staff.get_by_id(shop["wang"]), Staff.get_by_id(shop["chen"])
    quality = standard_replies.replies_for("quality", 5)
    assert [r.category for r in quality] == ["quality", None]
    assert quality[0].title == "质量问题说明"
    assert all(r.category is None for r in standard_replies.replies_for("size", 3))
    with pytest.raises(PermissionDenied, match="Only the owner can edit the standard replies"):
        standard_replies.save_reply(
            clerk, None, step=5, category="quality", title="面料说明", text="这款面料……"
        )
    added = standard_replies.save_reply(
        owner, None, step=5, category="quality", title="  面料说明 ", text="这款面料……"
    )
    assert added.title == "面料说明"
    assert [r.id for r in standard_replies.replies_for("quality", 5)][1] == added.id
    with pytest.raises(ValidationError) as caught:
        standard_replies.save_reply(owner, added.id, step=5, category="quality", title="", text="")
    assert set(caught.value.errors) == {"title", "text"}
    standard_replies.delete_reply(owner, added.id)
    standard_replies.reset_defaults(owner, "en")
    assert standard_replies.replies_for("quality", 5)[0].title == "Explaining a quality problem"
    assert StandardReply.select().count() == len(standard_replies.default_replies())


def test_defaults_are_written_in_both_languages() -> None:
    for reply in standard_replies.default_replies():
        for part in ("title", "text"):
            assert reply[part]["zh_CN"] and reply[part]["en"]
        assert reply["step"] in workflow.STEPS


def test_one_transaction_per_step(shop, monkeypatch) -> None:
    """A failure half way through a step leaves nothing of it behind."""
    cid = walk(shop, 6)

    def broken(*args: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(workflow.points, "grant", broken)
    with pytest.raises(RuntimeError):
        save_step(
            cid, 7, {"compensation": "points", "compensation_value": "10"}, shop["chen"], done=True
        )
    assert Complaint.get_by_id(cid).compensation is None
    assert not ComplaintStep.select().where(ComplaintStep.step == 7).exists()
    assert not database.in_transaction()

"""The nine steps of handling a complaint (投诉处理九步), recorded as they are done.

The steps are done in order: a step counts as done only when every step
before it is, and only with its required fields filled in, so nothing is
forgotten. Any step can be saved unfinished and resumed days later; each
step's record says who did it and when. After the result (step 8) the
complaint awaits a follow-up call on a due date; it closes when the call is
recorded (step 9) or waived with a reason. If the remedy did not satisfy, it
is reopened for a second chance: a new attempt redoes steps 6-9, and the
first attempt's records stay as they were.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from peewee import JOIN, Case

from shopcrm.complaints.labels import (
    compensation_label,
    complaint_category_label,
    complaint_cause_label,
    complaint_channel_label,
    complaint_field_label,
    complaint_status_label,
    final_answer_label,
    satisfaction_label,
    severity_label,
    solution_label,
)
from shopcrm.core import clock
from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_SALE, AmountError, money, parse_count, parse_yuan
from shopcrm.customers import history
from shopcrm.loyalty import points
from shopcrm.loyalty.reasons import because
from shopcrm.storage import derived, options
from shopcrm.storage.models import (
    COMPLAINT_CATEGORIES,
    COMPLAINT_CAUSES,
    COMPLAINT_CHANNELS,
    COMPLAINT_COMPENSATIONS,
    COMPLAINT_SOLUTIONS,
    FINAL_ANSWERS,
    SATISFACTION,
    Complaint,
    ComplaintStep,
    Customer,
    Purchase,
    PurchaseItem,
    Staff,
    Voucher,
    database,
)
from shopcrm.wallet import gifts, vouchers

STEPS = tuple(range(1, 10))
SECOND_CHANCE_STEP = 6  # a second chance starts again from the solution
RESULT_STEP = 8
FOLLOWUP_STEP = 9
ACTIVE = ("open", "awaiting_followup", "reopened")
MAX_POINTS_GIVEN = 1_000_000

# The fields of each step's page, by the names save_step and step_values use.
STEP_FIELDS: dict[int, tuple[str, ...]] = {
    1: ("customer", "item", "channel", "category", "severity", "description", "concerns", "note"),
    2: ("note",),
    3: ("apologised", "note"),
    4: ("cause", "note", "root_cause"),
    5: ("note",),
    6: ("solution", "solution_amount", "solution_staff", "solution_due", "note"),
    7: ("compensation", "compensation_value", "compensation_reason", "note"),
    8: ("satisfaction", "final_offer", "final_answer", "thanked", "note"),
    9: ("followup_due", "note", "waive", "waive_reason", "prevention"),
}
# What a second chance clears: the current attempt's solution, compensation, result, follow-up.
SECOND_CHANCE_RESET: dict[str, Any] = {
    "solution": None,
    "solution_amount": None,
    "solution_staff": None,
    "solution_due": None,
    "compensation": None,
    "compensation_value": None,
    "compensation_points": None,
    "compensation_reason": "",
    "satisfaction": None,
    "final_offer": "",
    "final_answer": None,
    "thanked": False,
    "followup_due": None,
    "waive_reason": "",
}
# Shown once per complaint as its lessons, not as part of a step's record.
LESSONS = ("root_cause", "prevention")


def guidance(step: int) -> str:
    """What the step is for, in a sentence or two for the clerk."""
    return {
        1: tr(
            "Let the customer say everything without interrupting. Write down the exact words and "
            "each point raised; do not argue or explain yet."
        ),
        2: tr(
            "Respond with real feeling and help the customer calm down. Note the mood and what you"
            " said or did that helped."
        ),
        3: tr(
            "Apologise sincerely for the trouble, whoever is at fault: the apology is for what the"
            " customer went through, not an admission of blame."
        ),
        4: tr(
            "Find out what really caused it. Say the customer's concern back in your own words "
            "until the customer agrees that is what is meant."
        ),
        5: tr(
            "Tell the customer what will happen next and show that you sincerely want to solve it."
            " Write down what you explained."
        ),
        6: tr(
            "Propose a fair solution: action, not words. Repair, exchange, refund or on-site "
            "service; agree who does it and by when."
        ),
        7: tr(
            "Offer something of added value for the trouble: a small gift, a voucher, points or a "
            "discount. Points go into the customer's points account."
        ),
        8: tr(
            "Ask whether the customer is satisfied. If not, make your final offer on the spot. "
            "Always say thank you: a complaint helps the shop improve."
        ),
        9: tr(
            "Call the customer back on the day set to check that the remedy held. Record what was "
            "said and close the complaint, or reopen it for a second chance."
        ),
    }[step]


def get_complaint(complaint_id: int) -> Complaint:
    complaint = Complaint.get_or_none(Complaint.id == complaint_id)
    if complaint is None:
        raise NotFound(tr("That complaint no longer exists; refresh the register."))
    return complaint


def _attempt_of(complaint: Complaint, step: int) -> int:
    """Steps before the solution are done once; the later ones once per attempt."""
    return complaint.attempt if step >= SECOND_CHANCE_STEP else 1


def done_steps(complaint: Complaint) -> set[int]:
    """The steps done in the complaint's current attempt."""
    if complaint.id is None:
        return set()
    rows = ComplaintStep.select(ComplaintStep.step, ComplaintStep.attempt).where(
        (ComplaintStep.complaint == complaint.id) & ComplaintStep.done_at.is_null(False)
    )
    return {row.step for row in rows if row.attempt == _attempt_of(complaint, row.step)}


def _step_row(complaint: Complaint, step: int) -> ComplaintStep:
    attempt = _attempt_of(complaint, step)
    row = None
    if complaint.id is not None:
        row = ComplaintStep.get_or_none(
            ComplaintStep.complaint == complaint.id,
            ComplaintStep.step == step,
            ComplaintStep.attempt == attempt,
        )
    return row or ComplaintStep(complaint=complaint, step=step, attempt=attempt, note="")


# --- reading what the clerk typed ----------------------------------------------------------


class _Reader:
    """One step's typed values, cleaned, with a message for each field she must fix.

    `required` is False for a draft: what is there is checked, what is missing is not.
    """

    def __init__(self, values: Mapping[str, Any], required: bool) -> None:
        self.values = values
        self.required = required
        self.errors: dict[str, str] = {}

    def need(self, name: str, present: bool, message: str) -> None:
        if self.required and not present and name not in self.errors:
            self.errors[name] = message

    def text(self, name: str, needed: str | None = None) -> str:
        value = str(self.values.get(name) or "").strip()
        if needed:
            self.need(name, bool(value), needed)
        return value

    def lines(self, name: str, needed: str) -> str:
        raw = str(self.values.get(name) or "")
        value = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
        self.need(name, bool(value), needed)
        return value

    def flag(self, name: str, needed: str | None = None) -> bool:
        value = bool(self.values.get(name))
        if needed:
            self.need(name, value, needed)
        return value

    def choice(self, name: str, codes: tuple[str, ...], message: str, needed: bool = True) -> Any:
        value = self.values.get(name) or None
        if value is not None and value not in codes:
            self.errors[name] = message
            return None
        if needed:
            self.need(name, value is not None, message)
        return value

    def amount(self, name: str, message: str) -> Decimal | None:
        """An amount in yuan (a refund, a voucher's worth), or None if none is typed."""
        return self._number(name, message, lambda raw: parse_yuan(raw, maximum=MAX_SALE))

    def whole(self, name: str, message: str) -> int | None:
        """A number above 0 (points given), or None if none is typed."""
        return self._number(
            name, message, lambda raw: parse_count(raw, minimum=1, maximum=MAX_POINTS_GIVEN)
        )

    def _number(self, name: str, message: str, parse: Callable[[str], Any]) -> Any:
        raw = str(self.values.get(name) or "").strip()
        if not raw:
            return None
        try:
            return parse(raw)
        except AmountError:
            self.errors[name] = message
            return None

    def day(self, name: str) -> dt.date | None:
        raw = self.values.get(name)
        if raw in (None, "") or isinstance(raw, dt.date):
            return raw or None
        try:
            return dt.date.fromisoformat(str(raw).strip())
        except ValueError:
            self.errors[name] = tr("Type the date as YYYY-MM-DD, e.g. 2025-03-18.")
            return None

    def staff(self, name: str, message: str, staff_id: int | None) -> int | None:
        """A clerk who exists; required when the shop has clerks at all."""
        if staff_id is not None and not Staff.select().where(Staff.id == staff_id).exists():
            self.errors[name] = message
            return None
        self.need(name, staff_id is not None or not _has_staff(), message)
        return staff_id


def _has_staff() -> bool:
    return Staff.select().where(Staff.active).exists()


def _listen(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    customer_id = read.values.get("customer") or None
    customer = (
        Customer.get_or_none(Customer.id == customer_id, Customer.deleted_at.is_null())
        if customer_id
        else None
    )
    if customer is None:  # a complaint is always somebody's, even as a draft
        read.errors["customer"] = tr(
            "Choose the customer: find them by phone or name, or add a new one."
        )
    item_id = read.values.get("item") or None
    purchase_id = None
    if item_id is not None and customer is not None:
        item = (
            PurchaseItem.select(PurchaseItem.purchase)
            .join(Purchase)
            .where((PurchaseItem.id == item_id) & (Purchase.customer == customer.id))
            .first()
        )
        if item is None:
            read.errors["item"] = tr("Choose one of the customer's own purchases, or none.")
        else:
            purchase_id = item.purchase_id
    severity = read.values.get("severity") or complaint.severity
    if severity not in (1, 2, 3):
        read.errors["severity"] = tr("Choose how serious it is: 1 minor, 2 moderate, 3 serious.")
    return {
        "customer": customer.id if customer else None,
        "item": item_id,
        "purchase": purchase_id,
        "channel": read.choice(
            "channel", COMPLAINT_CHANNELS, tr("Choose how the complaint came in."), needed=False
        )
        or complaint.channel,
        "category": read.choice(
            "category", COMPLAINT_CATEGORIES, tr("Choose what the complaint is about.")
        ),
        "severity": severity,
        "description": read.text(
            "description", tr("Write down what the customer said, word for word.")
        ),
        "concerns": read.lines(
            "concerns", tr("List the points the customer raised, one per line.")
        ),
        "note": read.text("note"),
    }


def _talk(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    return {
        "note": read.text("note", tr("Note the customer's mood and how you calmed things down."))
    }


def _apologise(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    return {
        "apologised": read.flag("apologised", tr("Apologise to the customer, then tick this box.")),
        "note": read.text("note"),
    }


def _analyse(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    return {
        "cause": read.choice(
            "cause", COMPLAINT_CAUSES, tr("Choose the cause, or 'Not known yet'.")
        ),
        "note": read.text(
            "note", tr("Restate the customer's concern in your own words, as you said it back.")
        ),
        "root_cause": read.text("root_cause"),
    }


def _explain(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    return {"note": read.text("note", tr("Write down what you explained to the customer."))}


def _resolve(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    solution = read.choice("solution", COMPLAINT_SOLUTIONS, tr("Choose the solution you offered."))
    amount = read.amount("solution_amount", tr("Type the amount in yuan, e.g. 120 or 99.50."))
    read.need(
        "solution_amount", solution != "refund" or bool(amount), tr("Type the amount to refund.")
    )
    staff_id = read.staff(
        "solution_staff",
        tr("Choose who will carry it out."),
        read.values.get("solution_staff") or None,
    )
    due = read.day("solution_due")
    read.need("solution_due", due is not None, tr("Choose the day it will be done by."))
    if due is not None and due < complaint.opened_at.date():
        read.errors["solution_due"] = tr(
            "It cannot be due before the complaint was made; choose a later day."
        )
    note = read.text("note")
    read.need("note", solution != "other" or bool(note), tr("Describe the solution you offered."))
    return {
        "solution": solution,
        "solution_amount": amount,
        "solution_staff": staff_id,
        "solution_due": due,
        "note": note,
    }


def _compensate(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    kind = read.choice(
        "compensation",
        COMPLAINT_COMPENSATIONS,
        tr("Choose the compensation, or 'None' and say why."),
    )
    value = given = None
    if kind == "points":
        message = tr("Type the points to give as a whole number, e.g. 200.")
        given = read.whole("compensation_value", message)
        read.need("compensation_value", given is not None, message)
    elif kind != "none":
        message = tr("Type its value in yuan, e.g. 50.")
        value = read.amount("compensation_value", message)
        read.need("compensation_value", kind is None or bool(value), message)
    reason = read.text("compensation_reason") if kind in (None, "none") else ""
    read.need(
        "compensation_reason",
        kind != "none" or bool(reason),
        tr("Say why there is no compensation."),
    )
    return {
        "compensation": kind,
        "compensation_value": value,
        "compensation_points": given,
        "compensation_reason": reason,
        "note": read.text("note"),
    }


def _result(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    satisfaction = read.choice(
        "satisfaction",
        SATISFACTION,
        tr("Ask whether the customer is satisfied and choose the answer."),
    )
    offer, answer = "", None
    if satisfaction != "yes":
        offer = read.text("final_offer")
        answer = read.choice(
            "final_answer",
            FINAL_ANSWERS,
            tr("Choose the customer's answer to the final offer."),
            needed=False,
        )
    if satisfaction in ("partly", "no"):
        read.need(
            "final_offer",
            bool(offer),
            tr(
                "The customer is not fully satisfied: write down the final offer you made on the "
                "spot."
            ),
        )
        read.need(
            "final_answer",
            answer is not None,
            tr("Choose the customer's answer to the final offer."),
        )
    return {
        "satisfaction": satisfaction,
        "final_offer": offer,
        "final_answer": answer,
        "thanked": read.flag(
            "thanked", tr("Thank the customer for telling us, then tick this box.")
        ),
        "note": read.text("note"),
    }


def _feedback(read: _Reader, complaint: Complaint, today: dt.date) -> dict[str, Any]:
    due = read.day("followup_due")
    if due is not None and due != complaint.followup_due and due < today:
        read.errors["followup_due"] = tr("Choose today or a later day for the call.")
    waive = read.flag("waive")
    reason = read.text("waive_reason") if waive else ""
    read.need("waive_reason", not waive or bool(reason), tr("Say why no follow-up call is needed."))
    note = read.text("note")
    read.need(
        "note",
        waive or bool(note),
        tr(
            "Write down what the customer said on the follow-up call, or say why no call is needed."
        ),
    )
    return {
        "followup_due": due or complaint.followup_due,
        "waive_reason": reason,
        "prevention": read.text("prevention"),
        "note": note,
    }


CLEANERS: dict[int, Callable[[_Reader, Complaint, dt.date], dict[str, Any]]] = {
    1: _listen,
    2: _talk,
    3: _apologise,
    4: _analyse,
    5: _explain,
    6: _resolve,
    7: _compensate,
    8: _result,
    9: _feedback,
}


# --- recording the steps -------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value) if isinstance(value, Decimal) else value


def _details(cleaned: Mapping[str, Any]) -> dict[str, Any]:
    """The step's choices as recorded, for reading the step back after a second chance."""
    skip = ("note", "customer", "purchase", *LESSONS)
    return {
        name: _jsonable(value)
        for name, value in cleaned.items()
        if name not in skip and value not in (None, "", False)
    }


def _refuse_changed_compensation(
    read: _Reader, complaint: Complaint, cleaned: Mapping[str, Any]
) -> None:
    given = (complaint.compensation, complaint.compensation_value, complaint.compensation_points)
    typed = (cleaned["compensation"], cleaned["compensation_value"], cleaned["compensation_points"])
    if given != typed:
        read.errors["compensation"] = tr(
            "The compensation was already given and cannot change now; note any further "
            "gesture below."
        )


def _compensation_key(complaint: Complaint) -> str:
    """What names step 7's voucher or gift in her wallet: one for each attempt."""
    return f"complaint:{complaint.id}:{complaint.attempt}"


def given_voucher(complaint: Complaint) -> Voucher | None:
    """The voucher this attempt's step 7 put in her wallet, for the clerk to tell her."""
    if complaint.id is None or complaint.compensation != "voucher":
        return None
    return Voucher.get_or_none(Voucher.source_key == _compensation_key(complaint))


def _compensate(complaint: Complaint, note: str, staff_id: int | None) -> None:
    """Step 7's voucher or gift goes into her wallet, once for each attempt."""
    key = _compensation_key(complaint)
    by = Staff.get_or_none(Staff.id == staff_id) if staff_id else None
    if complaint.compensation == "voucher":
        vouchers.write(
            complaint.customer_id,
            vouchers.Terms(value=complaint.compensation_value),
            "complaint",
            key=key,
            by=by,
        )
    elif complaint.compensation == "gift":
        gifts.write(
            complaint.customer_id,
            note.strip().splitlines()[0][: gifts.DESCRIPTION_LIMIT]
            if note.strip()
            else tr("Gift for the trouble"),
            complaint.compensation_value or Decimal(0),
            "complaint",
            key=key,
            by=by,
        )


def _advance(
    complaint: Complaint, step: int, today: dt.date, note: str = "", staff_id: int | None = None
) -> None:
    """What finishing `step` sets in motion: the next step, points, a voucher or gift,
    follow-up, closing."""
    complaint.current_step = min(step + 1, FOLLOWUP_STEP)
    if step == 7:
        _compensate(complaint, note, staff_id)
    if step == 7 and complaint.compensation == "points":
        points.grant(
            complaint.customer_id,
            complaint.compensation_points,
            because("compensation", date=complaint.opened_at.date().isoformat()),
            today,
        )
        derived.refresh([complaint.customer_id])
    if step == RESULT_STEP:
        complaint.status = "awaiting_followup"
        complaint.followup_due = today + dt.timedelta(days=options.get("complaint_followup_days"))
    if step == FOLLOWUP_STEP:
        complaint.status = "closed"
        complaint.closed_at = now()


def save_step(
    complaint_id: int | None,
    step: int,
    values: Mapping[str, Any],
    staff_id: int | None,
    *,
    done: bool,
    today: dt.date | None = None,
) -> Complaint:
    """Record one step: finished (`done`) with its required fields, or as a draft to resume.

    `complaint_id` None opens a new complaint at step 1. A step already done is
    amended, with its required fields still checked; who did it and when stay.
    Finishing step 9 closes the complaint. Returns the complaint as saved.
    """
    today = today or clock.today()
    with database.atomic("IMMEDIATE"):
        if complaint_id is None:
            if step != 1:
                raise ValidationError({"step": tr("Start with step 1: listen to the customer.")})
            complaint = Complaint(opened_at=now(), clerk=staff_id)
        else:
            complaint = get_complaint(complaint_id)
        if complaint.status == "closed":
            raise ValidationError({"step": tr("This complaint is closed; reopen it to change it.")})
        if step > complaint.current_step:
            raise ValidationError(
                {
                    "step": tr("Finish step {n} first: no step is skipped.").format(
                        n=complaint.current_step
                    )
                }
            )
        finished = step in done_steps(complaint)
        read = _Reader(values, required=done or finished)
        cleaned = CLEANERS[step](read, complaint, today)
        if step == 7 and finished:
            _refuse_changed_compensation(read, complaint, cleaned)
        if done or finished:
            read.staff("staff", tr("Choose who is handling this step."), staff_id)
        if read.errors:
            raise ValidationError(read.errors)
        for name, value in cleaned.items():
            if name != "note":
                setattr(complaint, name, value)
        if complaint.clerk_id is None:
            complaint.clerk = staff_id
        row = _step_row(complaint, step)
        row.note = cleaned["note"]
        if done or finished:
            details = _details(cleaned)
            if step == FOLLOWUP_STEP:
                details["decision"] = "closed"
            row.details = json.dumps(details, ensure_ascii=False)
        if not finished:
            row.staff = staff_id
            row.done_at = now() if done else None
            if done:
                _advance(complaint, step, today, cleaned["note"], staff_id)
        complaint.save()
        row.complaint = complaint
        row.save()
    return complaint


def reopen(complaint_id: int, reason: str, staff_id: int | None) -> Complaint:
    """Give her a second chance: a new attempt from the solution (step 6) on.

    Allowed once her answer is recorded (step 8), before or after closing.
    """
    with database.atomic("IMMEDIATE"):
        complaint = get_complaint(complaint_id)
        if RESULT_STEP not in done_steps(complaint):
            raise ValidationError(
                {
                    "step": tr(
                        "Record the customer's answer at step 8 first; a second chance follows it."
                    )
                }
            )
        read = _Reader({"note": reason}, required=True)
        reason = read.text("note", tr("Write down why a second chance is needed."))
        read.staff("staff", tr("Choose who is handling this step."), staff_id)
        if read.errors:
            raise ValidationError(read.errors)
        row = _step_row(complaint, FOLLOWUP_STEP)
        recorded = json.loads(row.details) if row.done_at else {}
        if row.done_at is None:
            row.note, row.staff, row.done_at = reason, staff_id, now()
        else:
            recorded["reopen_reason"] = reason
        recorded["decision"] = "reopened"
        row.details = json.dumps(recorded, ensure_ascii=False)
        row.save()
        for name, value in SECOND_CHANCE_RESET.items():
            setattr(complaint, name, value)
        complaint.attempt += 1
        complaint.current_step = SECOND_CHANCE_STEP
        complaint.status = "reopened"
        complaint.closed_at = None
        complaint.save()
    return complaint


def set_lessons(complaint_id: int, root_cause: str, prevention: str) -> Complaint:
    """The root cause and what the shop changes so it does not recur; any time, even closed."""
    with database.atomic("IMMEDIATE"):
        complaint = get_complaint(complaint_id)
        complaint.root_cause = (root_cause or "").strip()
        complaint.prevention = (prevention or "").strip()
        complaint.save()
    return complaint


# --- reading a complaint back --------------------------------------------------------------


def step_values(complaint: Complaint, step: int, today: dt.date | None = None) -> dict[str, Any]:
    """What the step's page shows: the values saved, or sensible starting values."""
    today = today or clock.today()
    values: dict[str, Any] = {}
    for name in STEP_FIELDS[step]:
        if name == "note":
            values[name] = _step_row(complaint, step).note
        elif name in ("customer", "item", "solution_staff"):
            values[name] = getattr(complaint, f"{name}_id")
        elif name == "solution_amount":
            values[name] = (
                "" if complaint.solution_amount is None else str(complaint.solution_amount)
            )
        elif name == "compensation_value":
            given = complaint.compensation_points or complaint.compensation_value
            values[name] = "" if given is None else str(given)
        elif name == "waive":
            values[name] = bool(complaint.waive_reason)
        else:
            values[name] = getattr(complaint, name)
    if step == 6 and values["solution_due"] is None:
        values["solution_due"] = today
    if step == FOLLOWUP_STEP and values["followup_due"] is None:
        values["followup_due"] = today + dt.timedelta(days=options.get("complaint_followup_days"))
    return values


def item_choices(customer_id: int) -> list[tuple[int, str]]:
    """Her purchased items, newest first, as (item id, what the clerk reads)."""
    return [
        (item.id, _item_text(view.purchase, item))
        for view in history.purchases(customer_id)
        for item in view.items
    ]


def _item_text(purchase: Purchase, item: PurchaseItem) -> str:
    parts = (item.style_no, item.description, item.size, item.colour)
    what = " ".join(part for part in parts if part)
    return f"{purchase.date.isoformat()} · {what} · {money(item.unit_price)}"


def goodwill_suggestion(complaint: Complaint) -> str | None:
    """A gesture of goodwill for a serious complaint or a VIP customer (step 7), else None."""
    customer = complaint.customer
    tier = customer.tier if customer.tier_id else None
    vip = tier is not None and tier.rank >= 1
    serious = complaint.severity >= 3
    if serious and vip:
        return tr(
            "A serious complaint from a {tier} customer: add a gesture of goodwill beyond the "
            "usual, such as a gift or a voucher."
        ).format(tier=tier.name)
    if serious:
        return tr(
            "A serious complaint: add a gesture of goodwill beyond the usual, such as a gift "
            "or a voucher."
        )
    if vip:
        return tr(
            "This is a {tier} customer: add a gesture of goodwill to keep their trust, such as a "
            "gift or a voucher."
        ).format(tier=tier.name)
    return None


@dataclass(frozen=True)
class StepRecord:
    """One step of one attempt as it was recorded; `done_at` None is an unfinished draft."""

    step: int
    attempt: int
    note: str
    staff: str
    done_at: dt.datetime | None
    lines: list[tuple[str, str]]


def _staff_name(staff_id: int) -> str:
    return Staff.select(Staff.name).where(Staff.id == staff_id).scalar() or ""


def _recorded_item(item_id: int) -> str:
    item = (
        PurchaseItem.select(PurchaseItem, Purchase)
        .join(Purchase)
        .where(PurchaseItem.id == item_id)
        .first()
    )
    return _item_text(item.purchase, item) if item else ""


WORDS: dict[str, Callable[[Any], str]] = {
    "item": _recorded_item,
    "channel": complaint_channel_label,
    "category": complaint_category_label,
    "severity": severity_label,
    "cause": complaint_cause_label,
    "solution": solution_label,
    "solution_amount": money,
    "solution_staff": _staff_name,
    "compensation": compensation_label,
    "compensation_value": money,
    "satisfaction": satisfaction_label,
    "final_answer": final_answer_label,
    "apologised": lambda _: tr("Yes"),
    "thanked": lambda _: tr("Yes"),
    "decision": complaint_status_label,
}


def describe(details: Mapping[str, Any]) -> list[tuple[str, str]]:
    """A step's recorded choices as (label, words) lines."""
    return [
        (complaint_field_label(name), WORDS.get(name, str)(value))
        for name, value in details.items()
    ]


def records(complaint_id: int) -> list[StepRecord]:
    """Every step of every attempt, in the order they were handled."""
    rows = (
        ComplaintStep.select(ComplaintStep, Staff)
        .join(Staff, JOIN.LEFT_OUTER, on=(ComplaintStep.staff == Staff.id))
        .where(ComplaintStep.complaint == complaint_id)
        .order_by(ComplaintStep.attempt, ComplaintStep.step)
    )
    return [
        StepRecord(
            row.step,
            row.attempt,
            row.note,
            row.staff.name if row.staff_id else "",
            row.done_at,
            describe(json.loads(row.details)),
        )
        for row in rows
    ]


def current_records(complaint: Complaint) -> dict[int, StepRecord]:
    """The records of the current attempt by step, for showing where the complaint stands."""
    if complaint.id is None:
        return {}
    return {
        record.step: record
        for record in records(complaint.id)
        if record.attempt == _attempt_of(complaint, record.step)
    }


def due_column() -> Case:
    """SQL for the next date the shop owes her something: the solution, then the call."""
    return Case(
        Complaint.status,
        [
            ("awaiting_followup", Complaint.followup_due),
            ("open", Complaint.solution_due),
            ("reopened", Complaint.solution_due),
        ],
    )


def due_on(complaint_id: int) -> dt.date | None:
    due = Complaint.select(due_column()).where(Complaint.id == complaint_id).scalar()
    return dt.date.fromisoformat(due) if due else None

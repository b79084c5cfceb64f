"""Words for the complaint codes stored in the database, in the UI language."""

from __future__ import annotations

from shopcrm.core.i18n import tr


def complaint_status_label(code: str) -> str:
    return {
        "open": tr("In progress"),
        "awaiting_followup": tr("Awaiting follow-up"),
        "closed": tr("Closed"),
        "reopened": tr("Reopened"),
    }.get(code, code)


def complaint_step_label(step: int) -> str:
    """The short name of one of the nine steps of complaint handling."""
    return {
        1: tr("Listen"),
        2: tr("Talk"),
        3: tr("Apologise"),
        4: tr("Analyse"),
        5: tr("Explain"),
        6: tr("Resolve"),
        7: tr("Compensate"),
        8: tr("Result"),
        9: tr("Feedback"),
    }.get(step, str(step))


def complaint_progress_label(step: int) -> str:
    """How far a complaint has come, e.g. "4/9 · Analyse"."""
    return tr("{n}/9 · {name}").format(n=step, name=complaint_step_label(step))


def complaint_channel_label(code: str) -> str:
    return {
        "counter": tr("At the counter"),
        "phone": tr("Phone call"),
        "wechat": tr("WeChat"),
        "other": tr("Other"),
    }.get(code, code)


def complaint_category_label(code: str | None) -> str:
    if code is None:
        return tr("Not chosen yet")
    return {
        "quality": tr("Quality"),
        "size": tr("Size or fit"),
        "delivery": tr("Delivery"),
        "installation": tr("Installation"),
        "service": tr("Service attitude"),
        "price": tr("Price"),
        "other": tr("Other"),
    }.get(code, code)


def severity_label(level: int) -> str:
    return {1: tr("Minor (1)"), 2: tr("Moderate (2)"), 3: tr("Serious (3)")}.get(level, str(level))


def complaint_cause_label(code: str | None) -> str:
    if code is None:
        return tr("Not analysed yet")
    return {
        "product": tr("Our product"),
        "service": tr("Our service"),
        "delivery": tr("Delivery partner"),
        "customer_use": tr("How the customer used it"),
        "unknown": tr("Not known yet"),
    }.get(code, code)


def solution_label(code: str) -> str:
    return {
        "repair": tr("Repair"),
        "exchange": tr("Exchange"),
        "refund": tr("Refund"),
        "onsite": tr("On-site service"),
        "other": tr("Other"),
    }.get(code, code)


def compensation_label(code: str) -> str:
    return {
        "gift": tr("Small gift"),
        "voucher": tr("Voucher"),
        "points": tr("Points"),
        "discount": tr("Discount"),
        "none": tr("None"),
    }.get(code, code)


def satisfaction_label(code: str) -> str:
    return {
        "yes": tr("Satisfied"),
        "partly": tr("Partly satisfied"),
        "no": tr("Not satisfied"),
    }.get(code, code)


def final_answer_label(code: str) -> str:
    return {"accepted": tr("Accepted"), "declined": tr("Declined")}.get(code, code)


def complaint_field_label(name: str) -> str:
    """The name of a complaint field as the wizard and the complaint's record show it."""
    return {
        "customer": tr("Customer"),
        "item": tr("Item concerned"),
        "channel": tr("How it came in"),
        "category": tr("What it is about"),
        "severity": tr("How serious"),
        "description": tr("The customer's own words"),
        "concerns": tr("Points the customer raised"),
        "apologised": tr("Apology made"),
        "cause": tr("Cause"),
        "root_cause": tr("Root cause"),
        "solution": tr("Solution offered"),
        "solution_amount": tr("Amount (¥)"),
        "solution_staff": tr("Carried out by"),
        "solution_due": tr("Done by (date)"),
        "compensation": tr("Compensation"),
        "compensation_value": tr("Value"),
        "compensation_points": tr("Points given"),
        "compensation_reason": tr("Why none"),
        "satisfaction": tr("Is the customer satisfied?"),
        "final_offer": tr("Final offer made"),
        "final_answer": tr("The customer's answer"),
        "thanked": tr("Thanked the customer"),
        "followup_due": tr("Follow-up call on"),
        "waive": tr("Follow-up needed?"),
        "waive_reason": tr("Why no follow-up"),
        "prevention": tr("Prevention: what we change"),
        "reopen_reason": tr("Reopened because"),
        "decision": tr("Outcome"),
        "staff": tr("Handled by"),
    }.get(name, name)

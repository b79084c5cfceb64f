"""Her vouchers: issued by a rule or by the owner, used once at the counter.

A voucher takes an amount or a per cent off the part of a sale it applies to (its
categories, or all), after the tier, birthday, referral and extra discounts and
before points, once that part reaches its minimum spend. Used, it names the sale; a
return of that sale gives it back. Its status is worked out on the day asked, so
nothing needs a nightly pass to expire it.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from peewee import JOIN

from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.money import MAX_PRICE, money, percent_of, plain, to_money
from shopcrm.core.text import too_long
from shopcrm.customers.profiles import get_customer
from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Purchase, Staff, Voucher, database

# No 0/O, 1/I/L: a clerk reads the code off a phone screen or a slip of paper.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8
REASON_LIMIT = 200
STATUSES = ("valid", "not_yet", "used", "expired", "cancelled")


def status_label(code: str) -> str:
    return {
        "valid": tr("Valid"),
        "not_yet": tr("Not yet valid"),
        "used": tr("Used"),
        "expired": tr("Expired"),
        "cancelled": tr("Cancelled"),
    }[code]


@dataclass(frozen=True)
class Terms:
    """What a voucher is worth and when: `value` yuan off, or `percent` off."""

    value: Decimal | None = None
    percent: Decimal | None = None
    min_spend: Decimal = Decimal(0)
    valid_from: dt.date | None = None  # today when None
    valid_to: dt.date | None = None  # the shop's voucher days from valid_from when None
    categories: tuple[str, ...] = ()


def status(voucher: Voucher, on: dt.date | None = None) -> str:
    on = on or clock.today()
    if voucher.cancelled_at is not None:
        return "cancelled"
    if voucher.purchase_id is not None:
        return "used"
    if on > voucher.valid_to:
        return "expired"
    if on < voucher.valid_from:
        return "not_yet"
    return "valid"


def worth(voucher: Voucher) -> str:
    """How its value reads: ¥50 off, 10% off; with its minimum spend."""
    off = (
        tr("{amount} off").format(amount=money(voucher.value))
        if voucher.kind == "amount"
        else tr("{pct}% off").format(pct=plain(voucher.percent))
    )
    if voucher.min_spend:
        return tr("{off} from {least}").format(off=off, least=money(voucher.min_spend))
    return off


def new_code() -> str:
    """A code no voucher has, of CODE_LENGTH characters of ALPHABET."""
    while True:
        code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        if not Voucher.select().where(Voucher.code == code).exists():
            return code


def typed_code(text: str) -> str:
    """A code as typed or scanned: any case, spaces and dashes left out."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


def _checked(terms: Terms) -> tuple[dt.date, dt.date]:
    errors: dict[str, str] = {}
    if (terms.value is None) == (terms.percent is None):
        errors["value"] = tr("Give the voucher an amount off or a per cent off.")
    elif terms.value is not None and not Decimal(0) < terms.value <= MAX_PRICE:
        errors["value"] = tr("Type an amount off from ¥0.01 to {most}.").format(
            most=money(MAX_PRICE)
        )
    elif terms.percent is not None and not Decimal(0) < terms.percent < 100:
        errors["percent"] = tr("Type a per cent off between 0 and 100.")
    if not Decimal(0) <= terms.min_spend <= MAX_PRICE:
        errors["min_spend"] = tr("Type a minimum spend from ¥0 to {most}.").format(
            most=money(MAX_PRICE)
        )
    start = terms.valid_from or clock.today()
    end = terms.valid_to or start + dt.timedelta(days=options.get("voucher_days") - 1)
    if end < start:
        errors["valid_to"] = tr("The last day comes before the first: check the dates.")
    if errors:
        raise ValidationError(errors)
    return start, end


def write(
    customer_id: int,
    terms: Terms,
    source: str,
    *,
    key: str | None = None,
    reason: str = "",
    by: Staff | None = None,
) -> Voucher:
    """Issue a voucher inside the caller's transaction; a rule's `key` issues it once."""
    start, end = _checked(terms)
    if key is not None:
        issued = Voucher.get_or_none(Voucher.source_key == key)
        if issued is not None:
            return issued
    return Voucher.create(
        customer=customer_id,
        code=new_code(),
        kind="amount" if terms.value is not None else "percent",
        value=terms.value,
        percent=terms.percent,
        min_spend=terms.min_spend,
        valid_from=start,
        valid_to=end,
        categories="\n".join(c.strip() for c in terms.categories if c.strip()),
        source=source,
        source_key=key,
        reason=reason,
        issued_by=by,
    )


def issue(actor: Staff, customer_id: int, terms: Terms, reason: str) -> Voucher:
    """The owner gives her a voucher by hand, saying why."""
    permissions.require(actor, "vouchers")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": tr("Say why the voucher is given: the customer may ask.")})
    if len(reason) > REASON_LIMIT:
        raise ValidationError({"reason": too_long(REASON_LIMIT)})
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        voucher = write(customer.id, terms, "owner", reason=reason, by=actor)
        audit.record("voucher_issued", actor, customer, code=voucher.code)
    return voucher


def cancel(actor: Staff, voucher_id: int, reason: str) -> Voucher:
    """The owner withdraws a voucher not yet used (given by mistake, to the wrong one)."""
    permissions.require(actor, "vouchers")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": tr("Say why the voucher is cancelled.")})
    with database.atomic("IMMEDIATE"):
        voucher = Voucher.get_or_none(Voucher.id == voucher_id)
        if voucher is None:
            raise NotFound(tr("That voucher no longer exists."))
        if voucher.purchase_id is not None:
            raise ValidationError(
                {"voucher": tr("The voucher was used on a sale: return the sale instead.")}
            )
        Voucher.update(cancelled_at=clock.now(), cancel_reason=reason[:REASON_LIMIT]).where(
            Voucher.id == voucher_id
        ).execute()
        audit.record("voucher_cancelled", actor, voucher.customer, code=voucher.code)
    return Voucher.get_by_id(voucher_id)


def of_customer(customer_id: int) -> list[Voucher]:
    """Her vouchers, the newest first, each with the sale that used it."""
    return list(
        Voucher.select(Voucher, Purchase)
        .join(Purchase, JOIN.LEFT_OUTER)
        .where(Voucher.customer == customer_id)
        .order_by(Voucher.issued_at.desc(), Voucher.id.desc())
    )


def usable(customer_id: int, on: dt.date | None = None) -> list[Voucher]:
    """Her vouchers valid on `on`, the soonest to run out first."""
    on = on or clock.today()
    return list(
        Voucher.select()
        .where(
            (Voucher.customer == customer_id)
            & Voucher.purchase.is_null()
            & Voucher.cancelled_at.is_null()
            & (Voucher.valid_from <= on)
            & (Voucher.valid_to >= on)
        )
        .order_by(Voucher.valid_to, Voucher.id)
    )


def find(code: str) -> Voucher:
    """The voucher with this code, as typed or scanned."""
    voucher = Voucher.get_or_none(Voucher.code == typed_code(code))
    if voucher is None:
        raise NotFound(tr("No voucher has the code {code}: check it.").format(code=code.strip()))
    return voucher


@dataclass(frozen=True)
class Applied:
    """What one voucher takes off one sale."""

    voucher_id: int
    code: str
    amount: Decimal


def applies_to(voucher: Voucher, amount: Decimal, category: str | None) -> Decimal:
    """The part of a line's amount the voucher applies to."""
    wanted = [c for c in voucher.categories.split("\n") if c]
    return amount if not wanted or (category or "") in wanted else Decimal(0)


def refusal(voucher: Voucher, customer_id: int, on: dt.date, subtotal: Decimal) -> str | None:
    """Why the voucher cannot pay a sale of `subtotal` on `on`, or None."""
    if voucher.customer_id != customer_id:
        return tr("Voucher {code} is another customer's.").format(code=voucher.code)
    state = status(voucher, on)
    if state == "used":
        return tr("Voucher {code} has been used.").format(code=voucher.code)
    if state == "expired":
        return tr("Voucher {code} ran out on {day}.").format(
            code=voucher.code, day=voucher.valid_to.isoformat()
        )
    if state == "not_yet":
        return tr("Voucher {code} can be used from {day}.").format(
            code=voucher.code, day=voucher.valid_from.isoformat()
        )
    if state == "cancelled":
        return tr("Voucher {code} was cancelled.").format(code=voucher.code)
    if subtotal <= 0:
        return tr("Voucher {code}: vouchers pay towards a sale, not a return.").format(
            code=voucher.code
        )
    return None


def take(
    voucher: Voucher,
    customer_id: int,
    lines: Sequence[tuple[Decimal, str | None]],
    left: Decimal,
    subtotal: Decimal,
    on: dt.date,
) -> Decimal:
    """What `voucher` takes off a sale of `lines` (amount, category) when `left` of its
    `subtotal` is still to pay; refuses, saying why, a voucher that cannot be used on it.

    Its part is its items' share of what is bought, of what is left to pay: in an
    exchange (something brought back on the same sale) the minimum spend is met by
    what she pays, not by the new items' price alone."""
    problem = refusal(voucher, customer_id, on, subtotal)
    if problem is None:
        bought = [(amount, category) for amount, category in lines if amount > 0]
        eligible = sum(
            (applies_to(voucher, amount, category) for amount, category in bought), Decimal(0)
        )
        everything = sum((amount for amount, _ in bought), Decimal(0))
        base = to_money(eligible * max(left, Decimal(0)) / everything)
        if eligible <= 0:
            problem = tr("Voucher {code} is for other items than these.").format(code=voucher.code)
        elif base < voucher.min_spend or base <= 0:
            problem = tr("Voucher {code} needs a spend of {least}; this is {base}.").format(
                code=voucher.code, least=money(voucher.min_spend), base=money(base)
            )
        else:
            off = voucher.value if voucher.kind == "amount" else percent_of(base, voucher.percent)
            if off > 0:
                return min(off, base)
            # A per cent of a few fen rounds to nothing: the voucher is kept for a sale
            # it is worth something on.
            problem = tr("Voucher {code} takes nothing off a sale this small.").format(
                code=voucher.code
            )
    raise ValidationError({"vouchers": problem})


def best(
    customer_id: int,
    lines: Sequence[tuple[Decimal, str | None]],
    left: Decimal,
    subtotal: Decimal,
    on: dt.date,
) -> Voucher | None:
    """The usable voucher worth most on this sale (the sooner to run out of equals)."""
    found: tuple[Decimal, Voucher] | None = None
    for voucher in usable(customer_id, on):
        try:
            off = take(voucher, customer_id, lines, left, subtotal, on)
        except ValidationError:
            continue
        if found is None or off > found[0]:
            found = (off, voucher)
    return found[1] if found else None

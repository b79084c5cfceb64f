"""Creating, editing, removing and restoring customers.

Nothing is ever hard-deleted: a deleted customer gets `deleted_at` and leaves
the search and the phone-uniqueness rule, and can be restored by the owner.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from shopcrm.core.clock import now
from shopcrm.core.errors import NotFound, ShopError, ValidationError
from shopcrm.core.i18n import tr
from shopcrm.core.phones import normalize_phone
from shopcrm.customers.search_keys import search_columns
from shopcrm.customers.validation import clean_profile, duplicate_message, phone_owner
from shopcrm.loyalty import tiers
from shopcrm.loyalty.reasons import because
from shopcrm.staff import permissions
from shopcrm.storage import settings
from shopcrm.storage.models import AuditLog, ConsentEvent, Customer, Staff, database


def get_customer(customer_id: int, *, include_deleted: bool = False) -> Customer:
    query = Customer.select().where(Customer.id == customer_id)
    if not include_deleted:
        query = query.where(Customer.deleted_at.is_null())
    customer = query.first()
    if customer is None:
        raise NotFound(tr("That customer no longer exists; search again."))
    return customer


def _with_keys(values: dict[str, Any], name: str, phone: str | None) -> dict[str, Any]:
    return {**values, **search_columns(name, phone)}


def erased_words() -> str:
    """What her card and a refused change say about an erased customer."""
    return tr(
        "This customer's personal data was erased on request: the record keeps only its figures. "
        "If the customer comes back and agrees, add them as a new customer."
    )


def create_customer(data: Mapping[str, Any], staff_id: int | None = None) -> Customer:
    """Add a customer from profile fields; `name` is required."""
    if "name" not in data:
        data = {**data, "name": ""}
    with database.atomic("IMMEDIATE"):
        cleaned = clean_profile(data)
        (number,) = settings.take_customer_numbers(1)
        values = _with_keys(cleaned, cleaned["name"], cleaned.get("phone"))
        customer = Customer.create(number=number, **values)
        if customer.accepts_promotions:
            ConsentEvent.create(customer=customer, given=True, staff=staff_id, how="profile")
        tiers.reevaluate(customer, because("registered"))
        AuditLog.create(action="create", customer=customer, staff=staff_id)
    return customer


def quick_add(
    name: str,
    phone: str,
    birth_date: dt.date | str | None = None,
    *,
    clerk_id: int | None = None,
    referred_by_id: int | None = None,
    staff_id: int | None = None,
) -> Customer:
    """The counter's two-field registration: name and phone, birthday if she offers it."""
    if not (phone or "").strip():
        raise ValidationError(
            {"phone": tr("Type the customer's phone number: it is how the card is found.")}
        )
    return create_customer(
        {
            "name": name,
            "phone": phone,
            "birth_date": birth_date,
            "clerk": clerk_id,
            "referred_by": referred_by_id,
        },
        staff_id=staff_id or clerk_id,  # who added her, else the clerk she is given to
    )


def was_erased(customer_id: int) -> bool:
    """Her personal data was erased at her request: her record keeps only its figures."""
    return (
        AuditLog.select()
        .where((AuditLog.action == "erase") & (AuditLog.customer == customer_id))
        .exists()
    )


def update_customer(
    customer_id: int, data: Mapping[str, Any], staff_id: int | None = None
) -> Customer:
    """Change the given fields; the others stay as they are."""
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id)
        if was_erased(customer_id):
            raise ShopError(erased_words())
        cleaned = clean_profile(data, customer_id=customer_id)
        name = cleaned.get("name", customer.name)
        phone = cleaned.get("phone", customer.phone)
        values = _with_keys(cleaned, name, phone)
        values["updated_at"] = now()
        Customer.update(**values).where(Customer.id == customer_id).execute()
        given = cleaned.get("accepts_promotions", customer.accepts_promotions)
        if bool(given) != bool(customer.accepts_promotions):
            ConsentEvent.create(customer=customer_id, given=given, staff=staff_id, how="profile")
        AuditLog.create(
            action="update", customer=customer_id, staff=staff_id, detail=",".join(sorted(cleaned))
        )
    return get_customer(customer_id)


def find_by_phone(raw: str) -> Customer | None:
    """The active customer with this phone, for catching duplicates as it is typed."""
    try:
        phone = normalize_phone(raw)
    except ValidationError:
        return None
    return phone_owner(phone) if phone else None


def find_by_phone_or_number(text: str) -> Customer | None:
    """The active customer a clerk means by a phone number or a customer number (C000123)."""
    found = find_by_phone(text)
    if found is not None:
        return found
    number = text.strip().upper()
    return Customer.get_or_none(Customer.number == number, Customer.deleted_at.is_null())


def delete_customer(actor: Staff, customer_id: int) -> None:
    """Move a customer to the trash."""
    permissions.require(actor, "trash")
    with database.atomic("IMMEDIATE"):
        get_customer(customer_id)
        Customer.update(deleted_at=now()).where(Customer.id == customer_id).execute()
        AuditLog.create(action="delete", customer=customer_id, staff=actor)


def restore_customer(actor: Staff, customer_id: int) -> Customer:
    """Bring a customer back from the trash, unless her phone has since been reused."""
    permissions.require(actor, "trash")
    with database.atomic("IMMEDIATE"):
        customer = get_customer(customer_id, include_deleted=True)
        if customer.deleted_at is None:
            return customer
        if customer.merged_into_id:
            raise ValidationError(
                {
                    "customer": tr(
                        "{name} was merged into {number}; open that customer instead."
                    ).format(name=customer.name, number=customer.merged_into.number)
                }
            )
        owner = phone_owner(customer.phone) if customer.phone else None
        if owner is not None:
            raise ValidationError({"phone": duplicate_message(owner)})
        Customer.update(deleted_at=None, updated_at=now()).where(
            Customer.id == customer_id
        ).execute()
        AuditLog.create(action="restore_customer", customer=customer_id, staff=actor)
    return get_customer(customer_id)


def trash() -> list[Customer]:
    """Deleted customers, newest deletion first (merged ones are not restorable)."""
    return list(
        Customer.select()
        .where(Customer.deleted_at.is_null(False) & Customer.merged_into.is_null())
        .order_by(Customer.deleted_at.desc())
    )

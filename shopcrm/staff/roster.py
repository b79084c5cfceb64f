"""The shop's people: clerks and the owner."""

from __future__ import annotations

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.storage.models import Staff, database


def active_staff() -> list[Staff]:
    return list(Staff.select().where(Staff.active).order_by(Staff.role.desc(), Staff.name))


def add_staff(name: str, role: str = "clerk") -> Staff:
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": tr("Type the clerk's name.")})
    with database.atomic("IMMEDIATE"):
        if Staff.select().where(Staff.name == name).exists():
            raise ValidationError(
                {"name": tr("There is already a clerk called {name}.").format(name=name)}
            )
        return Staff.create(name=name, role=role)

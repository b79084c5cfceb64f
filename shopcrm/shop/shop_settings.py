"""The owner changes the shop's options: checked, saved together and written in the trail."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from shopcrm.staff import audit, permissions
from shopcrm.storage import options
from shopcrm.storage.models import Staff, database


def save(actor: Staff, values: Mapping[str, Any]) -> dict[str, Any]:
    permissions.require(actor, "settings")
    with database.atomic("IMMEDIATE"):
        saved = options.set_many(values)
        audit.record("settings", actor, keys=", ".join(sorted(values)))
    return saved

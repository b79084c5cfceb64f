"""Lists the owner keeps in her own order: messages, festivals, standard replies."""

from __future__ import annotations

from typing import Any, TypeVar

from shopcrm.core.errors import NotFound
from shopcrm.storage.models import BaseModel, database

Row = TypeVar("Row", bound=BaseModel)


def save_row(model: type[Row], values: dict[str, Any], row_id: int | None, gone: str) -> Row:
    """Add a row at the end of the list, or change row `row_id` (`gone` if it was removed)."""
    position = model.position  # type: ignore[attr-defined]
    with database.atomic("IMMEDIATE"):
        if row_id is None:
            last = model.select(position).order_by(position.desc()).scalar()
            return model.create(position=(last or 0) + 1, **values)
        if not model.update(values).where(model.id == row_id).execute():
            raise NotFound(gone)
    return model.get_by_id(row_id)

"""Export menu actions: ask where to save, call the domain, say what was written.

The main window calls these from File → Export and Reports → Monthly VIP list;
each returns the file written, or None when the owner cancelled or it failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import system_language, tr
from shopcrm.loyalty import vip_report
from shopcrm.spreadsheets import exporting
from shopcrm.ui import session


def _save(
    parent: QWidget | None, title: str, name: str, write: Callable[[Path], Path]
) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, tr("Excel (*.xlsx)"))
    if not chosen:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = write(Path(chosen))
    except ShopError as exc:
        QMessageBox.warning(parent, tr("Not exported"), str(exc))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    return written


def export_profiles(
    parent: QWidget | None, customer_ids: Sequence[int] | None = None, language: str | None = None
) -> Path | None:
    """Export these customers (the current list filter; all when None)."""
    return _save(
        parent,
        tr("Export customer profiles"),
        f"customers-{clock.today().isoformat()}.xlsx",
        lambda path: exporting.export_profiles(
            session.actor(), path, customer_ids, language or system_language()
        )[0],
    )


def export_template(parent: QWidget | None, language: str | None = None) -> Path | None:
    """Save an empty import template with one example row."""
    return _save(
        parent,
        tr("Save the import template"),
        "customer-template.xlsx",
        lambda path: exporting.export_template(path, language or system_language()),
    )


def _months(count: int = 13) -> list[str]:
    first = clock.today().replace(day=1)
    return [vip_report.add_months(first, -n).strftime("%Y-%m") for n in range(count)]


def export_vip_list(
    parent: QWidget | None, month: str | None = None, language: str | None = None
) -> Path | None:
    """Reports → Monthly VIP list: ask the month (this month first), then where to save."""
    if month is None:
        month, chosen = QInputDialog.getItem(
            parent, tr("Monthly VIP list"), tr("Month:"), _months(), 0, False
        )
        if not chosen:
            return None
    return _save(
        parent,
        tr("Save the monthly VIP list"),
        f"vip-{month}.xlsx",
        lambda path: vip_report.export_vip_report(
            session.actor(), path, month, language or system_language()
        )[0],
    )

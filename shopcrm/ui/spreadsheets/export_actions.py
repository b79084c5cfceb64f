"""Export menu actions: ask where to save, call the domain, say what was written.

The main window calls these from File → Export and Reports → Monthly VIP list;
each returns the file written, or None when the owner cancelled or it failed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QWidget

from shopcrm.core import clock
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import system_language, tr
from shopcrm.loyalty import vip_report
from shopcrm.spreadsheets import exporting
from shopcrm.ui import session
from shopcrm.ui.printing.sheets_dialog import SheetsDialog


def _save(
    parent: QWidget | None, title: str, name: str, write: Callable[[Path], Path]
) -> Path | None:
    # In her Documents folder, not wherever the program was started from.
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / name), tr("Excel (*.xlsx)")
    )
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


def ask_month(parent: QWidget | None) -> str | None:
    """The month of the VIP list, this month first; None when she chose none."""
    month, chosen = QInputDialog.getItem(
        parent, tr("Monthly VIP list"), tr("Month:"), _months(), 0, False
    )
    return month if chosen else None


def print_vip_list(
    parent: QWidget | None, month: str | None = None, language: str | None = None
) -> SheetsDialog | None:
    """Reports → Print the monthly VIP list: the same sheets as the workbook, on paper."""
    month = month or ask_month(parent)
    if month is None:
        return None
    try:
        sheets, listed = vip_report.vip_sheets(
            session.actor(), month, language or system_language()
        )
    except ShopError as refused:
        QMessageBox.warning(parent, tr("Monthly VIP list"), str(refused))
        return None
    dialog = SheetsDialog("vip", tr("Monthly VIP list"), f"vip-{month}", sheets, listed, parent)
    dialog.open()
    return dialog


def export_vip_list(
    parent: QWidget | None, month: str | None = None, language: str | None = None
) -> Path | None:
    """Reports → Monthly VIP list: ask the month (this month first), then where to save."""
    month = month or ask_month(parent)
    if month is None:
        return None
    return _save(
        parent,
        tr("Save the monthly VIP list"),
        f"vip-{month}.xlsx",
        lambda path: vip_report.export_vip_report(
            session.actor(), path, month, language or system_language()
        )[0],
    )

"""A workbook's sheets on screen, to print on A4 landscape or save as PDF: the monthly
VIP list, say, for a shop that keeps it in a folder by the counter."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTextBrowser, QWidget

from shopcrm.spreadsheets.printable import sheets_html
from shopcrm.spreadsheets.writer import SheetSpec
from shopcrm.staff import audit
from shopcrm.storage import options
from shopcrm.ui import session
from shopcrm.ui.printing.document_dialog import DocumentDialog

MARGIN_MM = 10
# On paper the sheet is laid out on the page itself, at a size that fits a VIP list's
# twelve columns across A4 without breaking a figure.
PRINTED_POINTS = 8


def landscape(printer: QPrinter) -> None:
    """A4 across, with margins a desk printer can print to."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


class SheetsDialog(DocumentDialog):
    def __init__(
        self,
        what: str,
        title: str,
        file_stem: str,
        sheets: Sequence[SheetSpec],
        rows: int,
        parent: QWidget | None = None,
    ) -> None:
        """`what` and `rows` are for the audit trail, as an export of the same would say
        them ("vip", how many VIPs)."""
        self.what, self.rows = what, rows
        self.page = QTextBrowser()
        self.page.setObjectName("sheetsPage")
        self.page.setHtml(sheets_html(sheets, options.get("shop_name")))
        super().__init__(f"{what}Print", title, self.page, file_stem, self._paint, parent)
        self.resize(980, 640)

    def _paint(self, printer: QPrinter) -> None:
        """Printed or saved: the trail says so, as for an export."""
        landscape(printer)
        paper = self.page.document().clone(self)
        font = paper.defaultFont()
        font.setPointSize(PRINTED_POINTS)
        paper.setDefaultFont(font)
        paper.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
        paper.print_(printer)
        audit.printed(session.actor(), self.what, self.rows)

"""Her card on paper for a home visit (shop.visit_sheet), to print or save as PDF."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTextBrowser, QWidget

from shopcrm.core.i18n import tr
from shopcrm.shop import visit_sheet
from shopcrm.storage.models import Customer
from shopcrm.ui import session
from shopcrm.ui.printing.document_dialog import DocumentDialog


class VisitSheetDialog(DocumentDialog):
    def __init__(self, customer_id: int, parent: QWidget | None = None) -> None:
        self.customer_id = customer_id
        self.page = QTextBrowser()
        self.page.setObjectName("visitSheetPage")
        self.page.setHtml(visit_sheet.visit_sheet_html(session.actor(), customer_id))
        number = Customer.get_by_id(customer_id).number
        super().__init__(
            "visitSheet",
            tr("The card for a home visit"),
            self.page,
            tr("visit-{number}").format(number=number),
            self._paint,
            parent,
        )
        self.resize(720, 640)

    def _paint(self, printer: QPrinter) -> None:
        self.page.document().print_(printer)
        visit_sheet.printed(session.actor(), self.customer_id)

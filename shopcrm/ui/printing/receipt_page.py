"""A sale's receipt laid out for the shop's paper: an 80 or 58 mm roll, or A5/A4.

On a roll the page is as long as the receipt, so a receipt printer cuts it once; the
words are the domain's (sales/receipts.py), the layout is this page's.
"""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QTextBrowser, QWidget

from shopcrm.core.i18n import tr
from shopcrm.core.money import money
from shopcrm.sales.receipts import Receipt, receipt
from shopcrm.ui.printing.document_dialog import DocumentDialog, Paint

ROLLS = {"80mm": 80.0, "58mm": 58.0}  # paper width in mm
SHEETS = {"a5": QPageSize.PageSizeId.A5, "a4": QPageSize.PageSizeId.A4}
FONT_PT = {"58mm": 7.0, "80mm": 8.5, "a5": 10.0, "a4": 11.0}
MARGIN_MM = {"58mm": 2.0, "80mm": 3.0, "a5": 10.0, "a4": 15.0}


def _row(left: str, right: str, strong: bool = False) -> str:
    cells = f"<td>{escape(left)}</td><td align='right'>{escape(right)}</td>"
    return f"<tr style='font-weight: bold'>{cells}</tr>" if strong else f"<tr>{cells}</tr>"


def _under(words: str) -> str:
    """A line under an item, indented, in one cell: an empty last cell would take in the
    rule that follows the table, which Qt then draws as a dot."""
    return f"<tr><td colspan='2'>&nbsp;&nbsp;{escape(words)}</td></tr>"


# A rule across the paper, drawn as a cell's border: Qt draws an <hr> one device dot thin
# and grey, which a receipt printer's dots lose.
RULE = (
    "<table width='100%' cellspacing='0' cellpadding='0' style='border-collapse: collapse;"
    " margin-top: 6px; margin-bottom: 6px'>"
    "<tr><td style='border-top: 1px solid black; font-size: 1pt'></td></tr></table>"
)


def receipt_html(r: Receipt) -> str:
    head = [f"<h3 align='center'>{escape(r.shop)}</h3>"]
    reach = "<br>".join(escape(line) for line in (r.address, r.phone) if line)
    head += [f"<p align='center'>{reach}</p>"] if reach else []
    title = tr("Return") if r.is_return else tr("Sales receipt")
    facts = [
        f"<p align='center'><b>{escape(title)}</b></p>",
        "<p>"
        + "<br>".join(
            escape(line)
            for line in (
                tr("No. {number}").format(number=r.number),
                f"{r.at:%Y-%m-%d %H:%M}" if isinstance(r.at, dt.datetime) else r.at.isoformat(),
                tr("Clerk: {name}").format(name=r.clerk) if r.clerk else "",
                tr("Member: {name}").format(name=r.customer),
                tr("Tier: {tier}").format(tier=r.tier) if r.tier else "",
            )
            if line
        )
        + "</p>",
    ]
    items = "".join(
        _row(item.description, money(item.amount))
        + _under(f"{item.quantity} × {money(item.unit_price)}")
        for item in r.items
    )
    sums = [_row(tr("Subtotal"), money(r.subtotal))]
    sums += [_row(label, money(-amount)) for label, amount in r.discounts]
    sums.append(_row(tr("Refund") if r.is_return else tr("To pay"), money(r.total), True))
    sums += [_row(how, money(amount)) for how, amount in r.paid]
    tail = []
    if r.vouchers:
        tail.append(tr("Vouchers used: {codes}").format(codes=", ".join(r.vouchers)))
    tail.append(
        tr("Points: {earned}, balance {balance}").format(
            earned=f"{r.points_earned:+,}", balance=f"{r.points_balance:,}"
        )
    )
    if r.balance is not None:
        tail.append(tr("Stored value left: {balance}").format(balance=money(r.balance)))
    return (
        "".join(head + facts)
        + RULE
        + f"<table width='100%'>{items}</table>"
        + RULE
        + f"<table width='100%'>{''.join(sums)}</table>"
        + RULE
        + "<p>"
        + "<br>".join(escape(line) for line in tail)
        + f"</p><p align='center'>{escape(r.thanks)}</p>"
    )


def receipt_document(r: Receipt) -> QTextDocument:
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(FONT_PT[r.layout])
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(receipt_html(r))
    return document


def lay_out(printer: QPrinter, r: Receipt, document: QTextDocument) -> None:
    """The page for the shop's paper: a roll as long as the receipt, or a sheet.

    The document is measured in the printer's dots, so a point is a point on paper
    whatever the screen's resolution (a screen's dots would print fonts a third larger
    at 96 dpi, and larger again on a high-resolution screen).
    """
    document.documentLayout().setPaintDevice(printer)
    per_mm = printer.resolution() / 25.4
    margin = MARGIN_MM[r.layout]
    margins = QMarginsF(margin, margin, margin, margin)
    if r.layout in ROLLS:
        width = ROLLS[r.layout]
        document.setTextWidth((width - 2 * margin) * per_mm)
        height = document.size().height() / per_mm + 2 * margin + 2
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Millimeter, r.layout)
    else:
        size = QPageSize(SHEETS[r.layout])
    page = QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    printer.setPageLayout(page)
    # A document with a page size is printed as laid out, without Qt's page numbers.
    document.setPageSize(QSizeF(page.paintRectPixels(printer.resolution()).size()))


def paint_receipt(r: Receipt) -> Paint:
    def paint(printer: QPrinter) -> None:
        document = receipt_document(r)
        lay_out(printer, r, document)
        document.print_(printer)

    return paint


class ReceiptDialog(DocumentDialog):
    def __init__(self, sale_id: int, parent: QWidget | None = None) -> None:
        shown = receipt(sale_id)
        page = QTextBrowser()
        page.setObjectName("receiptPage")
        page.setHtml(receipt_html(shown))
        super().__init__(
            "receiptDialog",
            tr("Receipt"),
            page,
            tr("receipt {number}").format(number=shown.number),
            paint_receipt(shown),
            parent,
        )
        self.receipt = shown
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.fontMetrics().height() * 36)


def print_receipt(parent: QWidget, sale_id: int) -> ReceiptDialog:
    dialog = ReceiptDialog(sale_id, parent)
    dialog.open()
    return dialog

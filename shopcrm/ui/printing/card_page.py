"""Her membership card, drawn at credit-card size (ISO CR80, 85.6 × 54 mm).

One card a page for a card printer, or ten to an A4 sheet (two across, five down) with
a thin border to cut along. The QR code and the barcode are drawn module by module,
in the printer's own dots, so a scanner reads them off paper.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from shopcrm.core.i18n import tr
from shopcrm.ui.printing.document_dialog import DocumentDialog, Paint
from shopcrm.ui.widgets import combo
from shopcrm.wallet.member_card import MemberCard, barcode_modules, member_cards, qr_modules

CARD = QSizeF(85.6, 54.0)  # mm
ACROSS, DOWN = 2, 5
GAP = QSizeF(5.0, 1.0)  # mm between cards, across and down
A4 = QSizeF(210.0, 297.0)
# The cards centred on the sheet, so a printer's unprintable edge takes from no card.
SHEET_LEFT = (A4.width() - ACROSS * CARD.width() - (ACROSS - 1) * GAP.width()) / 2
SHEET_TOP = (A4.height() - DOWN * CARD.height() - (DOWN - 1) * GAP.height()) / 2
INK = QColor("#2f5d62")


class Pen:
    """Draws in mm on a device of `per_mm` dots a mm, from a card's top-left corner."""

    def __init__(self, painter: QPainter, per_mm: float, left: float, top: float) -> None:
        self.painter, self.k, self.left, self.top = painter, per_mm, left, top

    def box(self, x: float, y: float, w: float, h: float) -> QRectF:
        k = self.k
        return QRectF((self.left + x) * k, (self.top + y) * k, w * k, h * k)

    def text(self, x: float, y: float, w: float, size: float, words: str, **how: bool) -> None:
        """`words` in one line `w` mm wide: a long name is drawn smaller, to two thirds of
        `size`, and what still does not fit ends in an ellipsis, never cut mid-letter."""
        font = QFont()
        font.setBold(how.get("bold", False))
        font.setPixelSize(max(round(size * self.k), 1))
        room = w * self.k
        wide = QFontMetricsF(font, self.painter.device()).horizontalAdvance(words)
        if wide > room:
            font.setPixelSize(max(round(size * self.k * max(room / wide, 2 / 3)), 1))
        self.painter.setFont(font)
        metrics = QFontMetricsF(font, self.painter.device())
        shown = metrics.elidedText(words, Qt.TextElideMode.ElideRight, room)
        align = Qt.AlignmentFlag.AlignHCenter if how.get("centre") else Qt.AlignmentFlag.AlignLeft
        self.painter.drawText(self.box(x, y, w, size * 1.6), align, shown)

    def modules(self, x: float, y: float, rows: list[list[bool]], module: float, high: float):
        """Dark modules as filled squares (a QR code) or bars `high` mm tall (a barcode)."""
        for r, row in enumerate(rows):
            for c, dark in enumerate(row):
                if dark:
                    self.painter.fillRect(
                        self.box(x + c * module, y + r * module, module, high or module),
                        Qt.GlobalColor.black,
                    )


def draw_card(painter: QPainter, card: MemberCard, pen: Pen, border: bool) -> None:
    painter.save()
    if border:
        painter.setPen(QPen(QColor("#999999"), max(0.2 * pen.k, 1)))
        painter.drawRoundedRect(pen.box(0, 0, CARD.width(), CARD.height()), 3 * pen.k, 3 * pen.k)
    painter.setPen(INK)
    pen.text(5, 4, 52, 4.2, card.shop, bold=True)
    pen.text(5, 10.5, 52, 3.0, tr("Membership card"))
    painter.setPen(Qt.GlobalColor.black)
    pen.text(5, 18, 52, 6.0, card.name, bold=True)
    pen.text(5, 27.5, 52, 3.6, card.tier)
    qr = qr_modules(card.number)
    pen.modules(60, 5, qr, 21 / len(qr), 0)
    bars = barcode_modules(card.number)
    pen.modules(5, 36, [[b == "1" for b in bars]], 50 / len(bars), 9)
    pen.text(5, 46, 50, 3.4, card.number, centre=True)
    painter.restore()


def paint_cards(cards: list[MemberCard], sheet: bool) -> Paint:
    def paint(printer: QPrinter) -> None:
        size = (
            QPageSize(QPageSize.PageSizeId.A4)
            if sheet
            else QPageSize(CARD, QPageSize.Unit.Millimeter, "CR80")
        )
        printer.setPageLayout(
            QPageLayout(
                size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Millimeter
            )
        )
        painter = QPainter(printer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        per_mm = printer.resolution() / 25.4
        per_page = ACROSS * DOWN if sheet else 1
        for n, card in enumerate(cards):
            if n and n % per_page == 0:
                printer.newPage()
            place = n % per_page
            left = SHEET_LEFT + (place % ACROSS) * (CARD.width() + GAP.width()) if sheet else 0
            top = SHEET_TOP + (place // ACROSS) * (CARD.height() + GAP.height()) if sheet else 0
            draw_card(painter, card, Pen(painter, per_mm, left, top), sheet)
        painter.end()

    return paint


def card_image(card: MemberCard, dots_per_mm: float = 8) -> QImage:
    size = CARD * dots_per_mm
    image = QImage(int(size.width()) + 1, int(size.height()) + 1, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_card(painter, card, Pen(painter, dots_per_mm, 0, 0), True)
    painter.end()
    return image


class CardDialog(DocumentDialog):
    def __init__(self, customer_ids: list[int], parent: QWidget | None = None) -> None:
        self.cards = member_cards(customer_ids)
        preview = QLabel()
        preview.setObjectName("cardPreview")
        preview.setPixmap(QPixmap.fromImage(card_image(self.cards[0])))
        self.how: QComboBox = combo(
            (("card", tr("A card printer, one card a page")), ("sheet", tr("A4 sheets to cut"))),
            blank=None,
        )
        self.how.setObjectName("cardPaper")
        super().__init__(
            "memberCardDialog",
            tr("Membership card"),
            preview,
            tr("membership card {number}").format(number=self.cards[0].number),
            lambda printer: paint_cards(self.cards, self.how.currentData() == "sheet")(printer),
            parent,
            self.how,
        )


def print_cards(parent: QWidget, customer_ids: list[int]) -> CardDialog:
    dialog = CardDialog(customer_ids, parent)
    dialog.open()
    return dialog

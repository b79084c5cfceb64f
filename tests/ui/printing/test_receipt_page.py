"""A sale's receipt on the shop's paper, read back from the PDF it makes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtPdf import QPdfDocument

from shopcrm.core.i18n import tr
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.receipts import receipt
from shopcrm.sales.recording import record_sale
from shopcrm.sales.returns import return_sale
from shopcrm.storage import options
from shopcrm.ui.printing.document_dialog import save_pdf
from shopcrm.ui.printing.receipt_page import FONT_PT, ReceiptDialog, paint_receipt
from shopcrm.wallet import stored_value, vouchers
from tests.helpers.pdf import MM, read_pdf


@pytest.fixture
def sale(qapp, owner) -> int:
    options.set_many(
        {
            "shop_name": "丽人服饰",
            "shop_address": "解放路 88 号",
            "shop_phone": "0571-88886666",
            "stored_value": "yes",
        }
    )
    her = quick_add("张小丽", "13812345678")
    stored_value.top_up(owner, her.id, Decimal("500"), "cash")
    record_sale(her.id, [SaleLine(Decimal("1000"), 1)])  # 1,000 points to spend
    voucher = vouchers.write(her.id, vouchers.Terms(value=Decimal("50")), "complaint")
    return record_sale(
        her.id,
        [
            SaleLine(Decimal("399"), 2, "F23-1045", "羊毛衫"),
            SaleLine(Decimal("129"), 1, "", "围巾"),
        ],
        vouchers=[voucher.id],
        redeem_points=500,
        from_balance=Decimal("300"),
        payment="wechat",
        clerk_id=owner.id,
    ).purchase.id


@pytest.mark.parametrize(("layout", "width"), [("80mm", 80), ("58mm", 58)])
def test_a_receipt_on_a_roll_is_one_page_as_wide_as_the_paper(
    sale, tmp_path, layout, width
) -> None:
    options.set_many({"receipt_layout": layout})
    texts, sizes = read_pdf(save_pdf(paint_receipt(receipt(sale)), tmp_path / "r.pdf"))
    assert len(texts) == 1
    assert sizes[0].width() == pytest.approx(width * MM, abs=1)
    text = texts[0]
    for shown in ("丽人服饰", "解放路 88 号", "羊毛衫 F23-1045", "¥798.00", "围巾", "张小丽"):
        assert shown in text
    assert "-¥50.00" in text and "-¥5.00" in text  # the voucher and 500 points
    assert "¥300.00" in text  # paid from her balance
    code = receipt(sale).vouchers[0]
    assert code in text


def test_a_receipt_on_a4_and_its_return(sale, tmp_path) -> None:
    options.set_many({"receipt_layout": "a4"})
    back = return_sale(sale).purchase.id
    texts, sizes = read_pdf(save_pdf(paint_receipt(receipt(back)), tmp_path / "back.pdf"))
    assert sizes[0].width() == pytest.approx(210 * MM, abs=1)
    assert "Refund" in texts[0] or "退" in texts[0]
    assert "-¥798.00" in texts[0]


def test_the_receipt_dialog_saves_what_it_shows(qtbot, sale, tmp_path) -> None:
    dialog = ReceiptDialog(sale)
    qtbot.addWidget(dialog)
    assert "丽人服饰" in dialog.preview.toPlainText()
    saved = dialog.save_pdf(tmp_path / "again.pdf")
    assert saved is not None
    texts, _ = read_pdf(saved)
    assert "丽人服饰" in texts[0]


def test_a_receipt_prints_its_words_at_the_size_it_states(sale, tmp_path) -> None:
    """Measured in the printer's dots, not the screen's: at 96 dpi a screen's measure
    printed every word a third larger than its size, and a short receipt over two A5 pages."""
    options.set_many({"receipt_layout": "a5"})
    path = save_pdf(paint_receipt(receipt(sale)), tmp_path / "r.pdf")
    document = QPdfDocument()
    document.load(str(path))
    assert document.pageCount() == 1
    word = tr("Subtotal")
    found = document.getSelectionAtIndex(0, document.getAllText(0).text().find(word), len(word))
    font = QFont()
    font.setPixelSize(round(FONT_PT["a5"] * 10))  # a point on paper, ten times over
    expected = QFontMetricsF(font).horizontalAdvance(word) / 10
    assert found.boundingRectangle().width() == pytest.approx(expected, rel=0.1)


def test_rules_part_the_items_from_the_sums_and_the_sums_from_the_rest(sale, tmp_path) -> None:
    """Three rules across the roll; an item's last cell left empty once took in the second."""
    options.set_many({"receipt_layout": "80mm"})
    document = QPdfDocument()
    document.load(str(save_pdf(paint_receipt(receipt(sale)), tmp_path / "r.pdf")))
    size = document.pagePointSize(0).toSize() * 4
    page = document.render(0, size)
    printable = range(int(4 * 4 * MM), size.width() - int(4 * 4 * MM))  # inside the margins
    ruled = [
        y
        for y in range(size.height())
        if all(page.pixelColor(x, y).alpha() > 128 for x in printable[::8])  # ink, not paper
    ]
    runs = [y for y in ruled if y - 1 not in ruled]
    assert len(runs) == 3

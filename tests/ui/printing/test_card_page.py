"""Her membership card: credit-card size, or ten to an A4 sheet, with codes a scanner reads."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtPdf import QPdfDocument

from shopcrm.core.errors import NotFound, ShopError
from shopcrm.customers import privacy
from shopcrm.customers.profiles import delete_customer, quick_add
from shopcrm.storage import options
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.printing.card_page import CardDialog, card_image, paint_cards
from shopcrm.ui.printing.document_dialog import save_pdf
from shopcrm.wallet.member_card import barcode_modules, member_cards, qr_modules
from tests.helpers.pdf import MM, read_pdf


@pytest.fixture
def three(db) -> list[int]:
    options.set_many({"shop_name": "丽人服饰"})
    people = (("欧阳晓琳", "13800000001"), ("张小丽", "13800000002"), ("李娜", "13800000003"))
    return [quick_add(name, phone).id for name, phone in people]


def test_a_sheet_of_cards_holds_each_name_and_number(qapp, three, tmp_path) -> None:
    cards = member_cards(three)
    texts, sizes = read_pdf(save_pdf(paint_cards(cards, sheet=True), tmp_path / "cards.pdf"))
    assert len(texts) == 1
    assert sizes[0].width() == pytest.approx(210 * MM, abs=1)
    for card in cards:
        assert card.name in texts[0] and card.number in texts[0]
    assert texts[0].count("丽人服饰") == 3


def test_eleven_cards_take_two_sheets_and_a_card_printer_one_page_each(qapp, three, tmp_path):
    cards = member_cards(three) * 4  # twelve
    texts, _ = read_pdf(save_pdf(paint_cards(cards[:11], sheet=True), tmp_path / "s.pdf"))
    assert len(texts) == 2
    texts, sizes = read_pdf(save_pdf(paint_cards(cards[:3], sheet=False), tmp_path / "c.pdf"))
    assert len(texts) == 3
    assert (sizes[0].width(), sizes[0].height()) == pytest.approx((85.6 * MM, 54 * MM), abs=1)


def test_the_codes_are_drawn_module_by_module(qapp, three) -> None:
    (card,) = member_cards(three[:1])
    assert card.number.startswith("C")
    qr = qr_modules(card.number)
    assert len(qr) == 21 and all(len(row) == 21 for row in qr)  # a version 1 code
    bars = barcode_modules(card.number)
    assert set(bars) == {"0", "1"} and bars.startswith("11010") and bars.endswith("11")
    image = card_image(card, dots_per_mm=10)
    # The QR code's top-left finder pattern is dark at its corner, light inside its ring.
    assert image.pixelColor(601, 51) == QColor("black")
    assert image.pixelColor(615, 65) != QColor("black")  # module (1, 1): the light ring
    assert image.pixelColor(625, 75) == QColor("black")  # module (2, 2): its dark centre
    dark = sum(image.pixelColor(x, 400) == QColor("black") for x in range(50, 550))
    assert 150 < dark < 400  # the barcode's bars, across its middle


def test_a_deleted_customer_gets_no_card(qapp, three, owner) -> None:
    delete_customer(owner, three[1])
    with pytest.raises(NotFound):
        member_cards(three)


def test_an_erased_customer_gets_no_card_and_her_wallet_tab_says_why(qtbot, three, owner) -> None:
    privacy.erase(owner, three[1])
    with pytest.raises(ShopError, match="erased on request"):
        member_cards(three)
    card = CustomerCard(three[1])
    qtbot.addWidget(card)
    card.open_tab(card.wallet)
    card.wallet.print_card()
    assert "erased on request" in card.wallet.problem.text()
    assert not card.findChildren(CardDialog)


def test_the_card_dialog_prints_a_sheet_when_asked(qtbot, three, tmp_path) -> None:
    dialog = CardDialog(three)
    qtbot.addWidget(dialog)
    assert not dialog.preview.pixmap().isNull()
    dialog.how.setCurrentIndex(dialog.how.findData("sheet"))
    texts, sizes = read_pdf(dialog.save_pdf(tmp_path / "cards.pdf"))
    assert sizes[0].width() == pytest.approx(210 * MM, abs=1) and "李娜" in texts[0]


def test_a_long_name_is_shortened_before_the_qr_code(qapp, db, tmp_path) -> None:
    long_name = "Catherine Montgomery-Smith of Hangzhou"
    cards = member_cards([quick_add(long_name, "13800000009").id])
    path = save_pdf(paint_cards(cards, sheet=False), tmp_path / "card.pdf")
    document = QPdfDocument()
    document.load(str(path))
    text = document.getAllText(0).text()
    start = text.find("Catherine")
    shown = text[start:].splitlines()[0]
    assert shown.endswith("…") and long_name.startswith(shown.removesuffix("…"))
    drawn = document.getSelectionAtIndex(0, start, len(shown)).boundingRectangle()
    assert drawn.right() < 60 * MM  # where the QR code starts

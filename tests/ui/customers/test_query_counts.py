"""The statements opening her card and showing the list's first screen cost, pinned.

The domain pins (tests/customers, tests/loyalty) count each read the card
makes; these count the widgets as they are, so a widget that reads a related
row per line it shows (a lazy foreign key) breaks a pin too. Each count holds
in a shop of 10 customers and of 300 (the `sized_shop` fixture).
"""

from __future__ import annotations

from shopcrm.customers.listing import ListFilter
from shopcrm.loyalty import upkeep
from shopcrm.storage import settings
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.customers.customer_table import CustomerTableModel
from tests.helpers.queries import counting, full_scans
from tests.helpers.sized_shops import SizedShop

# Opening her card on her profile: the clerks for the profile form, two settings (shop
# kind, tier rule), her summary (her row, tier, clerk, referrals, segment), whether her
# data was erased. See tests/customers and tests/loyalty for each read.
CARD = 11
# Every other tab, read the first time it is opened: key dates, purchases (2), the VIP
# tab's reads (her row, referrer, tier, points), her wallet (balance, usable vouchers,
# whether the shop takes top-ups, gifts with who handed them, vouchers with the sales
# that used them, her balance ledger with the clerks, the month's gifts and budget), her
# events with their rows of the event table, complaints and contacts with their clerks,
# her consent history. Flat in the size of the shop and of her history.
TABS = 26
SCREEN = 50


def open_every_tab(card: CustomerCard) -> None:
    for index in range(card.tabs.count()):
        card.tabs.setCurrentIndex(index)


def test_opening_her_card_costs_a_fixed_number_of_statements(qtbot, sized_shop: SizedShop) -> None:
    with counting() as opened:
        card = CustomerCard(sized_shop.regular)
    qtbot.addWidget(card)
    with counting() as tabs:
        open_every_tab(card)
    assert card.purchases.model.rowCount() == sized_shop.rows
    assert (len(opened), len(tabs)) == (CARD, TABS), (opened, tabs)
    with counting() as again:
        open_every_tab(card)
    assert again.ran == []  # a tab once shown is not read again until she changes


def test_the_first_screen_of_the_list_is_two_statements(qapp, sized_shop: SizedShop) -> None:
    """The count, kept by triggers, and one page: painting the rows reads nothing more."""
    model = CustomerTableModel()
    with counting() as ran:
        model.set_view(ListFilter())
        shown = [
            model.data(model.index(row, column))
            for row in range(min(SCREEN, model.rowCount()))
            for column in range(model.columnCount())
        ]
    assert len(shown) == min(SCREEN, model.rowCount()) * model.columnCount()
    assert len(ran) == 2, ran


def test_opening_her_card_after_the_days_catch_up_scans_nothing_that_grows(
    qtbot, sized_shop: SizedShop
) -> None:
    """Her segment is her figures beside the day's cut points, not a count of the shop."""

    def opening() -> list[str]:
        with counting() as ran:
            card = CustomerCard(sized_shop.regular)
            qtbot.addWidget(card)
            open_every_tab(card)
        assert card.loyalty.segment.text()
        return full_scans(ran)

    settings.put("rfm_cut_points", "")
    assert [scan for scan in opening() if "visit_count > 0" in scan]
    upkeep.catch_up()
    assert opening() == []

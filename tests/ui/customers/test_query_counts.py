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

# The clerks for the profile form, two settings (shop kind, tier rule), her summary,
# key dates, purchases (2), her row, referrer and tier for the VIP tab, the VIP tab's
# reads, her events with their rows of the event table, complaints and contacts with their
# clerks, her consent history, whether her data was erased: see tests/customers and
# tests/loyalty. Her wallet: her balance, usable vouchers, whether the shop takes
# top-ups, her gifts (with who handed them), her vouchers (with the sales that used
# them), her balance ledger (with the clerks), the month's gifts and their budget.
# Flat in the size of the shop and of her history; some rows are read twice (her row,
# her points balance), which a later change may save.
CARD = 37
SCREEN = 50


def test_opening_her_card_costs_a_fixed_number_of_statements(qtbot, sized_shop: SizedShop) -> None:
    with counting() as ran:
        card = CustomerCard(sized_shop.regular)
    qtbot.addWidget(card)
    assert card.purchases.model.rowCount() == sized_shop.rows
    assert len(ran) == CARD, ran


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
        assert card.loyalty.segment.text()
        return full_scans(ran)

    settings.put("rfm_cut_points", "")
    assert [scan for scan in opening() if "visit_count > 0" in scan]
    upkeep.catch_up()
    assert opening() == []

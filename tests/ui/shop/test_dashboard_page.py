"""The owner's dashboard, looked at and clicked as she would: figures as the shop's
records give them, each leading to the customers or the page behind it."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import QBarSeries, QBarSet, QChart, QHorizontalBarSeries
from PySide6.QtWidgets import QApplication

from shopcrm.core.money import money
from shopcrm.sales.pricing import SaleLine
from shopcrm.sales.recording import record_sale
from shopcrm.shop import dashboard
from shopcrm.staff import accounts
from shopcrm.ui import operations, session
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.shop.customer_list_dialog import CustomerListDialog
from shopcrm.ui.shop.dashboard_page import DashboardPage


def _open(qtbot, window: MainWindow) -> DashboardPage:
    window.show_page("dashboard")
    page = window.dashboard
    assert page is not None and page.isVisible()
    qtbot.waitUntil(lambda: page.ready)
    return page


def _bars(chart: QChart) -> list[QBarSet]:
    (series,) = chart.series()
    assert isinstance(series, QBarSeries | QHorizontalBarSeries)
    return series.barSets()


def _listing(qtbot, page: DashboardPage) -> CustomerListDialog:
    """The list a figure opens, once its customers are found (on a worker)."""
    assert not page.isEnabled()  # the page waits for it meanwhile
    qtbot.waitUntil(lambda: page.findChild(CustomerListDialog) is not None)
    dialog = page.findChild(CustomerListDialog)
    assert page.isEnabled()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def _listed(dialog: CustomerListDialog) -> list[int]:
    return [dialog.model.customer_id(row) for row in range(dialog.model.rowCount())]


def test_the_figures_are_the_shops_and_todays_sales_open_their_buyers(
    qtbot, window, shop, owner
) -> None:
    record_sale(shop["others"][0], [SaleLine(Decimal("260"), 1)])
    record_sale(shop["others"][1], [SaleLine(Decimal("40"), 2)])
    page = _open(qtbot, window)
    expected = dashboard.at_a_glance(owner)
    assert (
        page.tiles["sales"].figure.text() == money(Decimal("340")) == money(expected.today.takings)
    )
    assert page.tiles["sales"].caption.text() == "2 sales to 2 customers"
    assert page.tiles["new"].figure.text() == str(expected.today.new_customers)
    this_year, year_before = _bars(page.months_chart)
    assert [Decimal(str(this_year.at(n))) for n in range(12)] == [
        m.takings for m in expected.months
    ]
    assert year_before.count() == 12

    page.tiles["sales"].click()
    dialog = _listing(qtbot, page)
    assert dialog.windowTitle() == "Bought today"
    assert _listed(dialog) == shop["others"][:2]
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, "\r")
    card = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CustomerCard))
    qtbot.addWidget(card)
    assert card.customer_id == shop["others"][0]


def test_a_bar_opens_the_customers_it_counts(qtbot, window, shop, owner) -> None:
    page = _open(qtbot, window)
    (customers,) = _bars(page.tiers_chart)
    tiers = page.glance.tiers[::-1]  # the chart draws the first at the foot
    fullest = max(range(len(tiers)), key=lambda n: tiers[n].customers)
    assert customers.at(fullest) == tiers[fullest].customers == 4
    customers.clicked.emit(fullest)
    dialog = _listing(qtbot, page)
    assert dialog.windowTitle() == tiers[fullest].name
    assert sorted(_listed(dialog)) == sorted([shop["xiaoli"], *shop["others"]])
    assert dialog.count_label.text() == "4 customers"


def test_the_figures_lead_to_the_follow_ups_and_complaints_pages(qtbot, window, shop) -> None:
    page = _open(qtbot, window)
    page.tiles["followups"].click()
    assert window.pages.tabText(window.pages.currentIndex()) == "Today's follow-ups"
    window.show_page("dashboard")
    page.tiles["complaints"].click()
    assert window.pages.tabText(window.pages.currentIndex()) == "Complaints"


def test_a_sale_elsewhere_is_in_the_figures_when_she_looks_again(qtbot, window, shop) -> None:
    page = _open(qtbot, window)
    before = page.tiles["sales"].figure.text()
    window.show_page("customers")
    record_sale(shop["xiaoli"], [SaleLine(Decimal("999"), 1)])
    operations.announce(operations.SALES, customers=(shop["xiaoli"],))
    window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.tiles["sales"].figure.text() == money(Decimal("999")))
    assert before == money(Decimal("0"))
    assert page.tiles["sales"].caption.text() == "1 sale to 1 customer"


def test_a_clerk_is_told_the_figures_are_the_owners(qtbot, window, shop, owner) -> None:
    session.set_current(accounts.add_clerk(owner, "小周", "2468"))
    window.show_page("dashboard")
    page = window.dashboard
    assert page.refusal.isVisible() and not page.figures.isVisible()
    assert "Only the owner" in page.refusal.text()
    assert page.glance is None and page.standings is None

    session.set_current(owner)  # the owner signs in at the locked counter
    window.counter_lock.signed_in_changed.emit()
    qtbot.waitUntil(lambda: page.ready)
    assert page.figures.isVisible() and not page.refusal.isVisible()

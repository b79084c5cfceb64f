"""The owner's dashboard: how the shop is doing, at a glance, with the list behind each
figure a click away.

The figures are read on a worker (shop.dashboard), so the page is up at once in a large
shop and the counter is never held; they are read again when the page is shown after a
sale or a new customer. A clerk sees why the page is empty instead of the figures.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.customers.listing import ListFilter
from shopcrm.shop import dashboard
from shopcrm.shop.dashboard import Count, Glance, Standings
from shopcrm.staff import permissions
from shopcrm.ui import operations, session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import COMPLAINTS, CUSTOMERS, FOLLOWUPS, PLANNED, SALES, SETTINGS
from shopcrm.ui.shop.customer_list_dialog import CustomerListDialog
from shopcrm.ui.widgets import scrolling, wrapped_label

THIS_YEAR, YEAR_BEFORE = QColor("#2f5d62"), QColor("#c9c4b6")
# Heights in lines of the shop's font, so a larger font keeps every label: a chart's
# own lines (title, axis, legend) and each bar's row, as much as a name needs.
CHART_LINES, BAR_LINES = 8, 1.6
T = TypeVar("T")
FOLLOWUPS_PAGE, COMPLAINTS_PAGE, CLERKS_PAGE = "followups", "complaints", "reports"


class Tile(QPushButton):
    """One figure, large, over what it counts; pressing it opens the list behind it."""

    def __init__(self, name: str, caption: str) -> None:
        super().__init__()
        self.setObjectName(f"tile_{name}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.figure = QLabel("–")
        self.figure.setObjectName("tileFigure")
        larger = self.figure.font()  # the shop's font size, larger: it follows the setting
        larger.setPointSizeF(larger.pointSizeF() * 1.6)
        larger.setBold(True)
        self.figure.setFont(larger)
        self.caption = wrapped_label("tileCaption", caption)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        for label in (self.figure, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_figure(self, figure: str, caption: str | None = None) -> None:
        self.figure.setText(figure)
        if caption is not None:
            self.caption.setText(caption)
        self.setMinimumHeight(self.layout().sizeHint().height())

    def sizeHint(self) -> QSize:
        return self.layout().sizeHint()


def _percent(share: float) -> str:
    return QLocale().toString(share * 100, "f", 0) + "%"


def _chart(title: str) -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundRoundness(4)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(_lines(view, CHART_LINES + 6 * BAR_LINES))
    return chart, view


def _lines(widget: QWidget, lines: float) -> int:
    return round(widget.fontMetrics().lineSpacing() * lines)


def _fill_bars(
    chart: QChart,
    series: QBarSeries | QHorizontalBarSeries,
    categories: Sequence[str],
    sets: Sequence[tuple[str, QColor, Sequence[float], Callable[[int], None]]],
) -> None:
    """Put one bar set per entry into the chart, against its categories and a value axis
    from nought; each bar's click goes to its set's callback with the bar's place."""
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    for name, colour, values, clicked in sets:
        bars = QBarSet(name)
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.append([float(v) for v in values])
        bars.clicked.connect(clicked)
        series.append(bars)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories))
    names.setTruncateLabels(False)  # Chinese names are measured short, and cut to "…"
    horizontal = isinstance(series, QHorizontalBarSeries)
    if horizontal:  # a row for each name
        (view,) = chart.scene().views()
        view.setMinimumHeight(_lines(view, CHART_LINES + len(categories) * BAR_LINES))
    amounts = QValueAxis()
    amounts.setLabelFormat("%.0f")
    amounts.setTruncateLabels(False)
    chart.addAxis(names, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(
        amounts, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft
    )
    series.attachAxis(names)
    series.attachAxis(amounts)
    amounts.setMin(0)
    amounts.applyNiceNumbers()  # round steps, once the bars gave the range
    chart.legend().setVisible(len(sets) > 1)


class DashboardPage(QWidget):
    open_customer = Signal(int)
    open_page = Signal(str)  # FOLLOWUPS_PAGE, COMPLAINTS_PAGE or CLERKS_PAGE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self.glance: Glance | None = None
        self.standings: Standings | None = None
        self._generation = 0
        self._reading = False  # the latest read is still coming
        title = QLabel(tr("How the shop is doing"))
        title.setObjectName("pageTitle")
        self.as_of = QLabel()
        self.as_of.setObjectName("muted")
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.reload)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.as_of, 1)
        top.addWidget(self.refresh_button)
        self.refusal = wrapped_label("comingPage")

        self.tiles: dict[str, Tile] = {}
        today = self._tile_box(
            tr("Today"),
            (
                (
                    "sales",
                    tr("Sales today"),
                    lambda: self._list("bought_today", tr("Bought today")),
                ),
                (
                    "new",
                    tr("New customers today"),
                    lambda: self._list("joined_today", tr("New today")),
                ),
                (
                    "followups",
                    tr("Follow-ups done / still to do"),
                    lambda: self.open_page.emit(FOLLOWUPS_PAGE),
                ),
                ("complaints", tr("Complaints open"), lambda: self.open_page.emit(COMPLAINTS_PAGE)),
            ),
        )
        self.months_chart, months_view = _chart(tr("Sales by month, against the year before"))
        self.tiers_chart, tiers_view = _chart(tr("Customers by tier"))
        self.lifecycle_chart, lifecycle_view = _chart(tr("Customers by lifecycle"))
        moves = self._tile_box(
            tr("This month's moves"),
            (
                ("joined", tr("Joined"), lambda: self._list("joined", tr("Joined this month"))),
                (
                    "came_back",
                    tr("Came back"),
                    lambda: self._list("came_back", tr("Came back this month")),
                ),
                (
                    "fell_dormant",
                    tr("Fell dormant"),
                    lambda: self._list("fell_dormant", tr("Fell dormant this month")),
                ),
                ("fell_lost", tr("Lost"), lambda: self._list("fell_lost", tr("Lost this month"))),
            ),
            columns=2,
        )
        value = self._tile_box(
            tr("Who brings the sales"),
            (
                (
                    "gold",
                    tr("of the year's buyers bring 80% of its sales"),
                    lambda: self._list("gold", tr("The few who bring most sales")),
                ),
                (
                    "referrals",
                    tr("of buyers brought a friend who bought"),
                    lambda: self._list("referrers", tr("Customers who brought a buyer")),
                ),
            ),
            columns=1,
        )
        self.birthdays = ListTab([tr("Day"), tr("Name")], "birthdayList")
        self.birthdays.view.activated.connect(self._open_birthday)
        self.birthdays.view.setMinimumHeight(_lines(self, 10))
        birthdays = self._box(tr("Birthdays this week"), self.birthdays)
        self.clerks = ListTab(
            [tr("Clerk"), tr("Sales"), tr("Amount"), tr("Contacts"), tr("Profiles filled in")],
            "clerkRanking",
        )
        self.clerks.view.activated.connect(lambda _index: self.open_page.emit(CLERKS_PAGE))
        self.clerks.view.setMinimumHeight(_lines(self, 10))
        clerks = self._box(tr("Clerks this month"), self.clerks)

        grid = QGridLayout()
        grid.addWidget(today, 0, 0, 1, 3)
        grid.addWidget(months_view, 1, 0, 1, 2)
        grid.addWidget(tiers_view, 1, 2)
        grid.addWidget(lifecycle_view, 2, 0)
        grid.addWidget(moves, 2, 1)
        grid.addWidget(value, 2, 2)
        grid.addWidget(birthdays, 3, 0)
        grid.addWidget(clerks, 3, 1, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.figures = QWidget()
        self.figures.setLayout(grid)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addLayout(top)
        layout.addWidget(self.refusal)
        layout.addWidget(self.figures)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(inner, "dashboardFigures"))
        operations.subscribe(
            self,
            (CUSTOMERS, SALES, SETTINGS, FOLLOWUPS, COMPLAINTS, PLANNED),
            lambda _: self.reload(),
        )

    def _tile_box(
        self,
        title: str,
        tiles: Sequence[tuple[str, str, Callable[[], None]]],
        columns: int = 4,
    ) -> QGroupBox:
        grid = QGridLayout()
        for place, (name, caption, pressed) in enumerate(tiles):
            tile = Tile(name, caption)
            tile.clicked.connect(pressed)
            self.tiles[name] = tile
            grid.addWidget(tile, place // columns, place % columns)
        return self._box(title, grid)

    def _box(self, title: str, inside: QWidget | QGridLayout) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        if isinstance(inside, QWidget):
            layout.addWidget(inside)
        else:
            layout.addLayout(inside)
        return box

    # --- reading the figures ---------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """First shown: the figures are read. Later changes to the shop read them again
        (at once while in view, else when next shown)."""
        super().showEvent(event)
        if self.glance is None and not self._reading:
            self.reload()

    @property
    def ready(self) -> bool:
        """Whether every figure of the latest read is on the page."""
        return self.glance is not None and self.standings is not None and not self._reading

    def reload(self) -> None:
        """Read the figures again: the quick part first, then the rest, one worker at a
        time so the first figures do not wait on the second's reads; a read overtaken by
        a newer one is not shown."""
        allowed = session.may("dashboard")
        self.figures.setVisible(allowed)
        self.refresh_button.setVisible(allowed)
        self.refusal.setVisible(not allowed)
        if not allowed:
            self.refusal.setText(permissions.refusal("dashboard"))
            return
        actor = session.actor()
        self._generation += 1
        generation = self._generation
        self._reading = True
        self.refresh_button.setEnabled(False)
        self.as_of.setText(tr("Reading the figures…"))

        def current(show: Callable[[T], None]) -> Callable[[T], None]:
            return lambda outcome: show(outcome) if generation == self._generation else None

        def glance_read(glance: Glance) -> None:
            self.show_glance(glance)
            operations.run_in_background(
                self,
                lambda _job: dashboard.standings(actor),
                on_done=current(standings_read),
                on_failed=current(self._failed),
            )

        def standings_read(standings: Standings) -> None:
            self._read_over()
            self.show_standings(standings)

        operations.run_in_background(
            self,
            lambda _job: dashboard.at_a_glance(actor),
            on_done=current(glance_read),
            on_failed=current(self._failed),
        )

    def _read_over(self) -> None:
        self._reading = False
        self.refresh_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._read_over()
        self.as_of.setText(message)

    def _show_as_of(self) -> None:
        if self.glance is not None:
            self.as_of.setText(tr("As of {when}").format(when=date_text(self.glance.day)))

    def show_glance(self, glance: Glance) -> None:
        self.glance = glance
        self._show_as_of()
        self._show_today(glance)
        self._show_months(glance)
        self._show_shares(self.tiers_chart, glance.tiers, "tier")
        self._show_shares(self.lifecycle_chart, glance.lifecycle, "status")
        moves = glance.moves
        for name, count in (
            ("joined", moves.joined),
            ("came_back", moves.came_back),
            ("fell_dormant", moves.fell_dormant),
            ("fell_lost", moves.fell_lost),
        ):
            self.tiles[name].show_figure(QLocale().toString(count))
        self._show_birthdays(glance)

    def show_standings(self, standings: Standings) -> None:
        self.standings = standings
        gold = standings.gold
        self.tiles["gold"].show_figure(
            _percent(gold.customers / gold.buyers if gold.buyers else 0.0),
            tr("of the year's buyers ({n} of {buyers}) bring {share} of its sales").format(
                n=gold.customers, buyers=gold.buyers, share=_percent(gold.sales_share)
            ),
        )
        rate = standings.referrals
        self.tiles["referrals"].show_figure(
            _percent(rate.rate),
            (
                tr("of buyers brought a friend who bought: the goal of {goal}% is met")
                if rate.goal_met
                else tr("of buyers brought a friend who bought, against a goal of {goal}%")
            ).format(goal=QLocale().toString(float(rate.goal_pct), "f", 0)),
        )
        self._show_clerks(standings)

    def _show_today(self, shown: Glance) -> None:
        today = shown.today
        locale = QLocale()
        self.tiles["sales"].show_figure(
            money(today.takings),
            tr("{sales} to {buyers}").format(
                sales=trn("{n} sale", "{n} sales", today.sales).format(n=today.sales),
                buyers=trn("{n} customer", "{n} customers", today.buyers).format(n=today.buyers),
            ),
        )
        self.tiles["new"].show_figure(locale.toString(today.new_customers))
        self.tiles["followups"].show_figure(
            f"{locale.toString(today.followups_done)} / {locale.toString(today.followups_due)}"
        )
        self.tiles["complaints"].show_figure(locale.toString(today.open_complaints))

    def _show_months(self, shown: Glance) -> None:
        months = shown.months
        month_names = [
            QLocale().standaloneMonthName(m.month.month, QLocale.FormatType.ShortFormat)
            for m in months
        ]

        def month_list(place: int, years_back: int) -> None:
            month = months[place].month
            month = month.replace(year=month.year - years_back)
            self._list(
                f"month:{month:%Y-%m}", tr("Bought in {month}").format(month=f"{month:%Y-%m}")
            )

        _fill_bars(
            self.months_chart,
            QBarSeries(),
            month_names,
            (
                (
                    tr("The last 12 months"),
                    THIS_YEAR,
                    [m.takings for m in months],
                    lambda n: month_list(n, 0),
                ),
                (
                    tr("The year before"),
                    YEAR_BEFORE,
                    [m.year_before for m in months],
                    lambda n: month_list(n, 1),
                ),
            ),
        )

    def _show_shares(
        self,
        chart: QChart,
        shares: list[Count],
        kind: str,
    ) -> None:
        """Customers by tier or lifecycle, a bar each, the first at the top."""
        shares = shares[::-1]  # a horizontal chart draws its first bar at the foot

        def listed(place: int) -> None:
            share = shares[place]
            key = "" if share.key is None else share.key
            self._list(f"{kind}:{key}", share.name or tr("No tier"))

        _fill_bars(
            chart,
            QHorizontalBarSeries(),
            [share.name or tr("No tier") for share in shares],
            ((tr("Customers"), THIS_YEAR, [share.customers for share in shares], listed),),
        )

    def _show_birthdays(self, shown: Glance) -> None:
        self.birthdays.clear()
        for birthday in shown.birthdays:
            self.birthdays.model.appendRow(item_row((date_text(birthday.on), birthday.name)))
        count = len(shown.birthdays)
        self.birthdays.footer.setText(
            trn("{n} birthday this week", "{n} birthdays this week", count).format(n=count)
        )
        self.birthdays.fit_columns()

    def _open_birthday(self, index: QModelIndex) -> None:
        if self.glance is not None:
            self.open_customer.emit(self.glance.birthdays[index.row()].customer_id)

    def _show_clerks(self, shown: Standings) -> None:
        self.clerks.clear()
        locale = QLocale()
        for clerk in shown.clerks:
            self.clerks.model.appendRow(
                item_row(
                    (
                        clerk.clerk,
                        locale.toString(clerk.sales),
                        money(clerk.sales_amount),
                        locale.toString(clerk.contacts),
                        _percent(clerk.completeness),
                    )
                )
            )
        self.clerks.fit_columns()

    # --- the lists behind ------------------------------------------------------------------

    def _list(self, what: str, title: str) -> None:
        """The customers a figure counts, as of the day the figures were read: found on a
        worker (ranking the few who bring most sales takes seconds in a big shop), then
        shown in a window of their own."""
        day = self.glance.day if self.glance is not None else None
        actor = session.actor()
        self.as_of.setText(tr("Finding the customers…"))
        operations.while_busy(
            self,
            lambda _job: dashboard.behind(actor, what, day),
            lambda view: self._show_list(title, view),
            self.as_of.setText,
        )

    def _show_list(self, title: str, view: ListFilter) -> None:
        self._show_as_of()
        dialog = CustomerListDialog(title, view, self)
        dialog.open_customer.connect(self.open_customer)
        dialog.open()

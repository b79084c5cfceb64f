"""The main window: the Customers page and the shop's other pages, keyboard first.

Ctrl+F/F3 search, Ctrl+N new customer, Enter opens, Ctrl+Enter records a sale.
Dialogs are imported when first opened, so the window is up sooner. The window
wires no page's refresh to another's action: what changes data announces it
(ui.operations), and each page, like the customer count here, refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.core.paths import RESOURCES
from shopcrm.customers import listing
from shopcrm.staff import permissions
from shopcrm.storage import options
from shopcrm.ui import operations, preferences, session
from shopcrm.ui.customers.customer_page import CustomerPage
from shopcrm.ui.lazy_page import LazyPage
from shopcrm.ui.operations import CUSTOMERS, FOLLOWUPS, SALES, SETTINGS
from shopcrm.ui.staff.counter_lock import LOCK_KEYS, CounterLock

if TYPE_CHECKING:
    from shopcrm.ui.care.followups_page import FollowUpsPage
    from shopcrm.ui.complaints.complaints_page import ComplaintsPage
    from shopcrm.ui.customers.card_spare import CardSpare
    from shopcrm.ui.customers.customer_card import CustomerCard
    from shopcrm.ui.customers.quick_add import QuickAddDialog
    from shopcrm.ui.events.events_page import EventsPage
    from shopcrm.ui.reports_page import ReportsPage
    from shopcrm.ui.sales.sale_dialog import SaleDialog
    from shopcrm.ui.shop.dashboard_page import DashboardPage


# After the window is up: its first paint comes before the card built ahead.
SPARE_AFTER_MS = 1000


def icon(name: str) -> QIcon:
    return QIcon(str(RESOURCES / "icons" / f"{name}.svg"))


class MainWindow(QMainWindow):
    settings_changed = Signal()
    # A backup took the shop's place (the copy of the shop as it was: a Path, or None).
    shop_restored = Signal(object)
    work_stopped = Signal()  # its running work was stopped and is to be started again

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.db_path = db_path
        self.setWindowTitle(tr("shopcrm — customer care"))
        self.setWindowIcon(icon("shopcrm"))
        self.resize(1280, 760)

        self.customers = CustomerPage()
        self.pages = QTabWidget()
        self.pages.setObjectName("pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.customers, icon("customers"), tr("Customers"))
        self.followups: FollowUpsPage | None = None
        self._card_spare: CardSpare | None = None
        self.complaints: ComplaintsPage | None = None
        self.events: EventsPage | None = None
        self.dashboard: DashboardPage | None = None
        self._page_names = ["customers"]
        for build, icon_name, title in (
            (self._build_followups, "followups", tr("Today's follow-ups")),
            (self._build_complaints, "complaints", tr("Complaints")),
            (self._build_events, "tiers", tr("Events")),
            (self._build_reports, "reports", tr("Reports")),
            (self._build_dashboard, "dashboard", tr("Shop at a glance")),
        ):
            self.pages.addTab(LazyPage(build), icon(icon_name), title)
            self._page_names.append(icon_name)
        self.shown = QStackedWidget()
        self.shown.addWidget(self.pages)
        self.setCentralWidget(self.shown)
        self.counter_lock = CounterLock(self.shown, options.get("idle_lock_minutes"))
        self.counter_lock.signed_in_changed.connect(self._signed_in_changed)

        self.db_label = QLabel()
        self.count_label = QLabel()
        self.who_label = QLabel()
        self.who_label.setObjectName("signedIn")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.who_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self._make_actions()
        self.customers.offer_first_steps((self.new_action, self.import_action))
        self.customers.open_customer.connect(self.open_customer)
        self.customers.selection_changed.connect(self._update_actions)
        # After the customer page's own subscription, so the count is read from a fresh list.
        operations.subscribe(self, (CUSTOMERS,), lambda _: self.show_count())
        self.restore_state()
        self.update_status()
        self._show_signed_in()
        self.customers.search_box.setFocus()

    def _build_followups(self) -> FollowUpsPage:
        from shopcrm.ui.care.followups_page import FollowUpsPage

        self.followups = FollowUpsPage()
        self.followups.open_customer.connect(self.open_customer)
        return self.followups

    def _build_complaints(self) -> ComplaintsPage:
        from shopcrm.ui.complaints.complaints_page import ComplaintsPage

        self.complaints = ComplaintsPage()
        return self.complaints

    def _build_events(self) -> EventsPage:
        from shopcrm.ui.events.events_page import EventsPage

        self.events = EventsPage()
        return self.events

    def _build_dashboard(self) -> DashboardPage:
        from shopcrm.ui.shop.dashboard_page import DashboardPage

        self.dashboard = DashboardPage()
        self.dashboard.open_customer.connect(self.open_customer)
        self.dashboard.open_page.connect(self.show_page)
        return self.dashboard

    def show_page(self, name: str) -> None:
        """Bring a page forward by its icon's name (the dashboard's figures lead to them)."""
        self.pages.setCurrentIndex(self._page_names.index(name))

    def _build_reports(self) -> ReportsPage:
        from shopcrm.ui.care.clerk_stats import ClerkStatsPage
        from shopcrm.ui.reports_page import ReportsPage

        reports = ReportsPage(
            [
                (
                    self.vip_list_action,
                    tr(
                        "Every VIP with tier, clerk, this month's and "
                        "all-time spending, next month's birthdays, tier changes and a summary, "
                        "as an Excel workbook."
                    ),
                ),
                (
                    self.print_vip_list_action,
                    tr("The same list on A4 across, to print or save as PDF."),
                ),
                (
                    self.vip_rules_action,
                    tr(
                        "The tiers, what each requires and its benefits, "
                        "to print or save for customers."
                    ),
                ),
                (
                    self.export_action,
                    tr(
                        "The profiles the customer list "
                        "shows now, with its filters, as an Excel workbook."
                    ),
                ),
                (
                    self.wallet_report_action,
                    tr(
                        "What the shop holds in customers' balances, the last twelve months' "
                        "top-ups, spending and refunds, and this month's gifts."
                    ),
                ),
            ]
        )
        stats = ClerkStatsPage()
        operations.subscribe(stats, (CUSTOMERS, SALES, FOLLOWUPS), lambda _: stats.reload())
        reports.layout().addWidget(stats, 1)
        return reports

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        keys: tuple[str, ...] = (),
        icon_name: str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.search_action = self._action(
            tr("Find customer"), self.focus_search, ("Ctrl+F", "F3"), "search"
        )
        self.new_action = self._action(tr("New customer…"), self.quick_add, ("Ctrl+N",), "add")
        self.open_action = self._action(tr("Open card"), self.open_current, (), "card")
        self.sale_action = self._action(
            tr("Record sale…"), self.record_sale, ("Ctrl+Return", "Ctrl+Enter"), "sale"
        )
        self.merge_action = self._action(tr("Merge two customers…"), self.merge, (), "merge")
        self.trash_action = self._action(tr("Trash…"), self.show_trash, (), "trash")
        self.backup_action = self._action(tr("Backups…"), self.show_backups, (), "backup")
        self.import_action = self._action(
            tr("Import customers…"), self.import_customers, (), "import"
        )
        self.export_action = self._action(tr("Export customers (this list)…"), self.export_profiles)
        self.template_action = self._action(tr("Save an import template…"), self.export_template)
        self.vip_list_action = self._action(tr("Monthly VIP list…"), self.export_vip_list)
        self.print_vip_list_action = self._action(
            tr("Print the monthly VIP list…"), self.print_vip_list
        )
        self.tiers_action = self._action(tr("VIP tiers…"), self.show_tiers, (), "tiers")
        self.loyalty_action = self._action(
            tr("Points, referrals and lifecycle…"), self.show_loyalty
        )
        self.vip_rules_action = self._action(tr("VIP rules page…"), self.show_vip_rules)
        self.wallet_report_action = self._action(
            tr("Stored value and gifts…"), self.show_wallet_report
        )
        self.care_action = self._action(tr("Follow-up rules and messages…"), self.show_care)
        self.settings_action = self._action(
            tr("Settings…"), self.show_settings, ("Ctrl+,",), "settings"
        )
        self.staff_action = self._action(tr("Staff…"), self.show_staff)
        self.audit_action = self._action(tr("Audit trail…"), self.show_audit)
        self.lock_action = self._action(
            tr("Lock"), self.counter_lock.lock, (QKeySequence(LOCK_KEYS).toString(),)
        )
        self.switch_action = self._action(tr("Switch clerk…"), self.counter_lock.lock)
        # What only the owner may do: greyed for a clerk, the domain's reason as the tooltip.
        self.owner_only = {
            self.import_action: "import",
            self.export_action: "export",
            self.vip_list_action: "export",
            self.print_vip_list_action: "export",
            self.merge_action: "merge",
            self.trash_action: "trash",
            self.tiers_action: "settings",
            self.loyalty_action: "settings",
            self.care_action: "settings",
            self.staff_action: "staff",
            self.audit_action: "audit",
            self.wallet_report_action: "wallet_report",
        }
        # A locked counter does nothing but sign in, be quit, or say what it is.
        self.while_signed_in = list(self.actions())
        quit_action = self._action(tr("Quit"), self.close, ("Ctrl+Q",))
        about = self._action(tr("About shopcrm"), self.about)
        self.guide_action = self._action(tr("Guide"), self.show_guide, ("F1",))
        # Wherever she is, a dialog waiting for her included.
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcuts_action = self._action(tr("Keyboard shortcuts…"), self.show_shortcuts)

        menus = self.menuBar()
        shop_menu = menus.addMenu(tr("&Shop"))
        for action in (self.import_action, self.template_action, self.export_action):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        for action in (
            self.tiers_action,
            self.loyalty_action,
            self.vip_rules_action,
            self.care_action,
        ):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        for action in (self.backup_action, self.settings_action):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        for action in (self.staff_action, self.audit_action, self.switch_action, self.lock_action):
            shop_menu.addAction(action)
        shop_menu.addSeparator()
        shop_menu.addAction(quit_action)
        customer_menu = menus.addMenu(tr("&Customers"))
        for action in (self.search_action, self.new_action, self.open_action, self.sale_action):
            customer_menu.addAction(action)
        customer_menu.addSeparator()
        customer_menu.addAction(self.merge_action)
        customer_menu.addAction(self.trash_action)
        reports_menu = menus.addMenu(tr("&Reports"))
        for action in (
            self.vip_list_action,
            self.print_vip_list_action,
            self.vip_rules_action,
            self.export_action,
        ):
            reports_menu.addAction(action)
        help_menu = menus.addMenu(tr("&Help"))
        for action in (self.guide_action, self.shortcuts_action, about):
            help_menu.addAction(action)

        self.toolbar = self._toolbar(
            tr("Main toolbar"), "mainToolbar", (self.new_action, self.open_action, self.sale_action)
        )
        self.shop_toolbar = self._toolbar(
            tr("Shop toolbar"),
            "shopToolbar",
            (self.merge_action, self.trash_action, self.backup_action, self.settings_action),
        )

    def _toolbar(self, title: str, name: str, actions: Sequence[QAction]) -> QToolBar:
        toolbar = QToolBar(title)
        toolbar.setObjectName(name)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addActions(list(actions))
        self.addToolBar(toolbar)
        return toolbar

    def _arrange_toolbars(self) -> None:
        """The shop's buttons go on a second row when one row would hide some of them
        (a large font on a small screen), and come back when there is room."""
        needed = self.toolbar.sizeHint().width() + self.shop_toolbar.sizeHint().width()
        broken = self.toolBarBreak(self.shop_toolbar)
        if needed > self.width() and not broken:
            self.insertToolBarBreak(self.shop_toolbar)
        elif needed <= self.width() and broken:
            self.removeToolBarBreak(self.shop_toolbar)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_toolbars()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange_toolbars()

    def _update_actions(self) -> None:
        locked = self.counter_lock.locked()
        self.toolbar.setVisible(not locked)
        self.shop_toolbar.setVisible(not locked)
        for action in self.while_signed_in:
            action.setEnabled(not locked)
        chosen = len(self.customers.selected_ids())
        self.open_action.setEnabled(not locked and chosen >= 1)
        self.sale_action.setEnabled(not locked and chosen >= 1)
        for action, need in self.owner_only.items():
            allowed = session.may(need)
            action.setEnabled(allowed and (action is not self.merge_action or chosen == 2))
            action.setToolTip("" if allowed or locked else permissions.refusal(need))

    def _signed_in_changed(self) -> None:
        self.customers.model.refresh()  # what she may see of the phones follows who she is
        if self.followups is not None:
            self.followups.show_signed_in_clerk()
        if self.dashboard is not None:
            self.dashboard.reload()  # the figures are the owner's
        self._show_signed_in()

    def _show_signed_in(self) -> None:
        person = session.current()
        self.who_label.setText(
            ""
            if person is None
            else (tr("Owner: {name}") if person.role == "owner" else tr("Clerk: {name}")).format(
                name=person.name
            )
        )
        self._update_actions()

    def update_status(self) -> None:
        self.db_label.setText(tr("Database: {path}").format(path=self.db_path))
        self.show_count()

    def show_count(self) -> None:
        self.count_label.setText(
            trn("{n} customer", "{n} customers", self.customers.total_customers()).format(
                n=self.customers.total_customers()
            )
        )

    def focus_search(self) -> None:
        self.pages.setCurrentWidget(self.customers)
        self.customers.focus_search()

    def quick_add(self) -> None:
        from shopcrm.ui.customers.quick_add import QuickAddDialog

        dialog = QuickAddDialog(self, clerk_id=session.clerk_id())
        dialog.finished.connect(lambda code: self._added(dialog, code))
        dialog.open()

    def _added(self, dialog: QuickAddDialog, code: int) -> None:
        chosen = dialog.chosen_id()
        if code and chosen is not None:
            self.open_customer(chosen)

    def open_customer(self, customer_id: int) -> CustomerCard:
        card = self._spare().take(customer_id)
        card.finished.connect(card.deleteLater)
        card.open()
        return card

    def _spare(self) -> CardSpare:
        if self._card_spare is None:
            from shopcrm.ui.customers.card_spare import CardSpare

            self._card_spare = CardSpare(self)
        return self._card_spare

    def showEvent(self, event: QShowEvent) -> None:
        """Once the window is up, a customer card is built ahead for the first customer."""
        super().showEvent(event)
        if self._card_spare is None:
            QTimer.singleShot(SPARE_AFTER_MS, self, lambda: self._spare().build())

    def open_current(self) -> None:
        customer_id = self.customers.chosen_id()
        if customer_id is not None:
            self.open_customer(customer_id)

    def record_sale(self) -> None:
        customer_id = self.customers.chosen_id()
        if customer_id is None:
            return
        from shopcrm.ui.sales.sale_dialog import SaleDialog

        dialog = SaleDialog(customer_id, self)
        dialog.finished.connect(lambda code: self._sold(dialog, code))
        dialog.open()

    def _sold(self, dialog: SaleDialog, code: int) -> None:
        if not code or dialog.result_ is None:
            return
        from shopcrm.ui.sales.sale_dialog import announce_tier_change

        operations.announce(SALES, CUSTOMERS, customers=[dialog.customer_id])
        self.statusBar().showMessage(tr("Sale recorded."), 8000)
        announce_tier_change(self, dialog.result_, dialog.customer.name)

    def merge(self) -> None:
        chosen = self.customers.selected_ids()
        if len(chosen) != 2:
            self.statusBar().showMessage(tr("Select exactly two customers to merge."), 5000)
            return
        from shopcrm.ui.customers.merge_dialog import MergeDialog

        dialog = MergeDialog(chosen[0], chosen[1], self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(tr("Merged."), 5000))
        dialog.open()

    def show_trash(self) -> None:
        from shopcrm.ui.customers.trash_dialog import TrashDialog

        TrashDialog(self).open()

    def show_backups(self) -> None:
        from shopcrm.ui.shop.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.db_path, self)
        dialog.restored.connect(self.shop_restored)
        dialog.work_stopped.connect(self.work_stopped)
        dialog.open()

    def show_settings(self) -> None:
        from shopcrm.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self)
        look = (preferences.language(), preferences.font_size())
        dialog.accepted.connect(
            lambda: (
                self._look_changed()
                if look != (preferences.language(), preferences.font_size())
                else None
            )
        )
        dialog.accepted.connect(
            lambda: self.counter_lock.set_idle_minutes(options.get("idle_lock_minutes"))
        )
        dialog.open()

    def _look_changed(self) -> None:
        """A new language or font needs a new window: at once, unless work is open in
        another window (hers, or someone's waiting under the lock), which must not be lost."""
        if self.counter_lock.waiting() or any(
            widget.isVisible() and widget.isWindow() and widget is not self
            for widget in QApplication.topLevelWidgets()
        ):
            self.statusBar().showMessage(
                tr(
                    "The new language and font show at the next start: work is open in "
                    "another window."
                ),
                15000,
            )
            return
        self.settings_changed.emit()

    def import_customers(self) -> None:
        from shopcrm.ui.spreadsheets.import_wizard import ImportWizard

        ImportWizard(self).open()

    def export_profiles(self) -> None:
        from shopcrm.ui.spreadsheets.export_actions import export_profiles

        shown = listing.ids(self.customers.model.view)
        self._exported(export_profiles(self, shown, preferences.language()))

    def export_template(self) -> None:
        from shopcrm.ui.spreadsheets.export_actions import export_template

        self._exported(export_template(self, preferences.language()))

    def export_vip_list(self) -> None:
        from shopcrm.ui.spreadsheets.export_actions import export_vip_list

        self._exported(export_vip_list(self, None, preferences.language()))

    def print_vip_list(self) -> None:
        from shopcrm.ui.spreadsheets.export_actions import print_vip_list

        print_vip_list(self, None, preferences.language())

    def _exported(self, made: Path | None) -> None:
        if made is not None:
            self.statusBar().showMessage(tr("Exported: {path}").format(path=made), 8000)

    def show_staff(self) -> None:
        from shopcrm.ui.staff.staff_dialog import StaffDialog

        StaffDialog(session.actor(), self).open()

    def show_audit(self) -> None:
        from shopcrm.ui.staff.audit_dialog import AuditDialog

        AuditDialog(session.actor(), self).open()

    def show_tiers(self) -> None:
        from shopcrm.ui.loyalty.tier_settings import TierSettingsDialog

        dialog = TierSettingsDialog(self)
        dialog.accepted.connect(lambda: operations.announce(SETTINGS, CUSTOMERS))
        dialog.open()

    def show_loyalty(self) -> None:
        from shopcrm.ui.loyalty.loyalty_settings import LoyaltySettingsDialog

        dialog = LoyaltySettingsDialog(self)
        dialog.accepted.connect(lambda: operations.announce(SETTINGS, CUSTOMERS))
        dialog.open()

    def show_care(self) -> None:
        from shopcrm.ui.care.care_settings import CareSettingsDialog

        dialog = CareSettingsDialog(self)
        dialog.finished.connect(lambda _: operations.announce(SETTINGS))
        dialog.open()

    def show_wallet_report(self) -> None:
        from shopcrm.ui.wallet_report import WalletReport

        WalletReport(self).open()

    def show_vip_rules(self) -> None:
        from shopcrm.ui.loyalty.vip_rules_dialog import VipRulesDialog

        VipRulesDialog(self).open()

    def show_guide(self) -> None:
        from shopcrm.ui.help_dialog import GuideDialog, anchor_for

        front = QApplication.activeWindow()
        GuideDialog(self, anchor_for(self), front if front is not self else None).show()

    def show_shortcuts(self) -> None:
        from shopcrm.ui.help_dialog import ShortcutsDialog

        ShortcutsDialog(self).open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            tr("About shopcrm"),
            tr(
                "shopcrm keeps your customers: profiles, VIP tiers, sales and care, on this "
                "computer only.\nDatabase: {path}"
            ).format(path=self.db_path),
        )

    def restore_state(self) -> None:
        store = preferences.store()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self.customers.restore_state(store)

    def closeEvent(self, event: QCloseEvent) -> None:
        store = preferences.store()
        store.setValue("window/geometry", self.saveGeometry())
        self.customers.save_state(store)
        operations.stop_all()
        self.counter_lock.stop()
        super().closeEvent(event)

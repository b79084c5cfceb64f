"""A customer's card: who she is, what she bought, and her profile to edit.

Edits are checked by the domain on save (Ctrl+S); a rejected field turns red
with its reason and keeps what was typed. The last save can be undone.
Closing with unsaved changes asks first. What changes her elsewhere (a
complaint, a follow-up done, a reply to an invitation) shows here at once;
what is being typed is kept. Her event preferences have their own Save on the
Events tab (events_tab.py), which alone edits her best times for events.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import NotFound, ShopError, ValidationError
from shopcrm.core.i18n import by_gender, tr
from shopcrm.customers import privacy, profiles
from shopcrm.customers.summary import summarize
from shopcrm.customers.validation import EDITABLE
from shopcrm.staff import permissions, roster
from shopcrm.storage import settings
from shopcrm.storage.models import Customer
from shopcrm.ui import operations, preferences, session
from shopcrm.ui.customers.card_header import CardHeader
from shopcrm.ui.customers.events_tab import EventsTab
from shopcrm.ui.customers.history_tabs import ComplaintsTab, ContactsTab, PurchasesTab
from shopcrm.ui.customers.key_dates_tab import KeyDatesTab
from shopcrm.ui.customers.profile_tabs import AboutTab, add_home_tab, add_profile_tab
from shopcrm.ui.customers.wallet_tab import WalletTab
from shopcrm.ui.lazy_page import LazyTabs
from shopcrm.ui.loyalty.loyalty_tab import LoyaltyTab
from shopcrm.ui.operations import COMPLAINTS, CUSTOMERS, EVENTS, FOLLOWUPS, SALES, Change
from shopcrm.ui.sales.sale_dialog import SaleDialog, announce_tier_change
from shopcrm.ui.widgets import FieldForm


def form_values(customer: Customer) -> dict[str, Any]:
    """Her stored values by field name (clerk and referrer as ids)."""
    return {
        name: getattr(customer, f"{name}_id" if name in ("clerk", "referred_by") else name)
        for name in EDITABLE
    }


# Shown masked, and not editable, to a clerk who does not see her number in full.
PHONE_FIELDS = ("phone", "phone2")
# What the card offers only to those allowed (staff/permissions.py).
GUARDED = ("trash", "customer_record", "erase")


class CardBasis(NamedTuple):
    """What a card's widgets depend on besides her: who may do what, the shop's kind and
    the clerks to choose from. A card built ahead for another basis is not used."""

    allowed: frozenset[str]
    shop_kind: str
    clerks: tuple[tuple[int, str], ...]


def built_for() -> CardBasis:
    return CardBasis(
        frozenset(need for need in GUARDED if session.may(need)),
        settings.get("shop_kind"),
        tuple((s.id, s.name) for s in roster.active_staff()),
    )


T = TypeVar("T", bound=QWidget)


class Tab(Generic[T]):
    """One of her card's history tabs, built the first time it is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, card: CustomerCard, owner: type) -> T:
        return card.lazy.get(self.name)


class CustomerCard(QDialog):
    key_dates = Tab[KeyDatesTab]()
    purchases = Tab[PurchasesTab]()
    loyalty = Tab[LoyaltyTab]()
    wallet = Tab[WalletTab]()
    events = Tab[EventsTab]()
    complaints = Tab[ComplaintsTab]()
    contacts = Tab[ContactsTab]()

    def __init__(self, customer_id: int | None, parent: QWidget | None = None) -> None:
        """Her card; with no customer, a card built ahead that `show_customer` fills once
        (card_spare.py), so the counter does not wait for its widgets."""
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.customer_id = -1
        self.built_for = built_for()
        self._undo: dict[str, Any] | None = None
        self.resize(980, 700)

        self.header = CardHeader()
        self.form = FieldForm(on_edit=self._edited)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cardTabs")
        # Each part goes into its place before it is filled: a part moved in with the
        # style sheet applied is styled again, with everything in it.
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.profile = add_profile_tab(self.tabs, self.form, tr("Profile"), self.built_for.clerks)
        self.about = AboutTab()
        self.tabs.addTab(self.about, tr("About the customer"))
        self.about.add_fields(self.form)
        if self.built_for.shop_kind == "furniture":
            add_home_tab(self.tabs, self.form, tr("Home"))
        # Her history, built and read when the clerk first opens each tab: her card opens
        # on her profile without waiting for tabs she may not look at.
        self.lazy = LazyTabs(self.tabs)
        for name, title, build, fill in (
            ("key_dates", tr("Key dates"), KeyDatesTab, self._show_history),
            (
                "purchases",
                tr("Purchases"),
                self._telling(PurchasesTab, "changed", self._sale_returned),
                self._show_history,
            ),
            (
                "loyalty",
                tr("VIP and points"),
                self._telling(LoyaltyTab, "changed", self._loyalty_changed),
                self._show_history,
            ),
            (
                "wallet",
                tr("Wallet"),
                self._telling(WalletTab, "changed", self._loyalty_changed),
                self._show_history,
            ),
            (
                "events",
                tr("Events"),
                self._telling(EventsTab, "saved", self._preferences_saved),
                self._show_events,
            ),
            ("complaints", tr("Complaints"), ComplaintsTab, self._show_history),
            ("contacts", tr("Contacts"), ContactsTab, self._show_history),
        ):
            self.lazy.add(name, title, build, fill)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.sale_button = QPushButton(tr("Record sale (Ctrl+Enter)"))
        self.sale_button.setObjectName("saleButton")
        self.save_button = QPushButton(tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setEnabled(False)
        self.undo_button = QPushButton(tr("Undo last save"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setEnabled(False)
        self.complaint_button = QPushButton(tr("New complaint…"))
        self.complaint_button.setObjectName("complaintButton")
        self.delete_button = QPushButton(tr("Move to trash"))
        self.delete_button.setObjectName("deleteButton")
        # Her rights over her data (PIPL): what the shop keeps about her, and erasure.
        self.her_data = QMenu(self)
        self.record_action = self.her_data.addAction("", self.export_record)
        self.visit_action = self.her_data.addAction(
            tr("Print the card for a home visit…"), self.print_visit_sheet
        )
        self.erase_action = self.her_data.addAction("", self.erase)
        self.data_button = QPushButton()
        self.data_button.setObjectName("herDataButton")
        self.data_button.setMenu(self.her_data)
        for widget, need in (
            (self.delete_button, "trash"),
            (self.record_action, "customer_record"),
            (self.erase_action, "erase"),
        ):
            allowed = need in self.built_for.allowed
            widget.setEnabled(allowed)
            widget.setToolTip("" if allowed else permissions.refusal(need))
        self.her_data.setToolTipsVisible(True)
        close_button = QPushButton(tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.sale_button)
        buttons.addWidget(self.complaint_button)
        buttons.addWidget(self.notice, 1)
        for button in (
            self.data_button,
            self.delete_button,
            self.undo_button,
            self.save_button,
            close_button,
        ):
            buttons.addWidget(button)

        layout.addLayout(buttons)

        self.sale_button.clicked.connect(self.record_sale)
        self.save_button.clicked.connect(self.save)
        self.undo_button.clicked.connect(self.undo)
        self.complaint_button.clicked.connect(self.new_complaint)
        self.delete_button.clicked.connect(self.move_to_trash)
        close_button.clicked.connect(self.close)
        self.header.copied.connect(lambda _: self.notice.setText(tr("Phone number copied.")))
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record_sale)
        if customer_id is not None:
            self.show_customer(customer_id)

    def show_customer(self, customer_id: int) -> None:
        """Fill the card with her, once: a card is one customer's for all its life."""
        assert self.customer_id == -1, "a card shows one customer"
        self.customer_id = customer_id
        operations.subscribe(
            self, (CUSTOMERS, SALES, COMPLAINTS, FOLLOWUPS, EVENTS), self._changed_elsewhere
        )
        self.reload()

    def reload(self) -> None:
        """Show her as stored now; typed changes are dropped (callers ask first)."""
        customer = self._show_stored()
        values = form_values(customer)
        if self.phones_hidden:
            values.update({name: privacy.masked(values[name]) for name in PHONE_FIELDS})
        self.form.load(values)
        self._lock_phones(self.phones_hidden)  # loading the form cleared their tooltips
        self._lock_event_times()
        self.save_button.setEnabled(False)
        if profiles.was_erased(self.customer_id):
            self._show_erased()

    def _show_erased(self) -> None:
        """Her figures alone: nothing to edit, sell or complain about on an erased record."""
        for binding in self.form.fields.values():
            binding.widget.setEnabled(False)
        for action in (self.sale_button, self.complaint_button, self.erase_action):
            action.setEnabled(False)
        self.events.lock()
        self.notice.setText(profiles.erased_words())
        self.notice.setWordWrap(True)

    def _lock_phones(self, hidden: bool) -> None:
        for name in PHONE_FIELDS:
            line = self.form.fields[name].widget
            line.setReadOnly(hidden)
            line.setToolTip(
                by_gender(
                    self._customer.gender,
                    tr("Click her number at the top to show it"),
                    tr("Click his number at the top to show it"),
                    tr("Click the number at the top to show it"),
                )
                if hidden
                else ""
            )

    def _lock_event_times(self) -> None:
        """Her best times are edited with the events she likes, on the Events tab alone."""
        line = self.form.fields["event_times"].widget
        line.setReadOnly(True)
        line.setPlaceholderText(tr("Asked on the Events tab"))
        line.setToolTip(
            by_gender(
                self._customer.gender,
                tr("Asked with the events she likes: change it on the Events tab."),
                tr("Asked with the events he likes: change it on the Events tab."),
                tr("Asked with the events the customer likes: change it on the Events tab."),
            )
        )

    def _reveal_phones(self) -> str:
        """Her numbers in full, header and form, once the trail has recorded who looked."""
        phone = privacy.reveal_phone(session.actor(), self.customer_id)
        customer = profiles.get_customer(self.customer_id)
        self.form.load_some({name: getattr(customer, name) for name in PHONE_FIELDS})
        self.phones_hidden = False
        self._lock_phones(False)
        return phone

    def _show_stored(self) -> Customer:
        """Her figures and history as stored now, leaving the profile form as it is."""
        summary = summarize(self.customer_id)
        customer = summary.customer
        self.setWindowTitle(f"{customer.name} · {customer.number}")
        self.header.show_summary(summary)
        in_full = privacy.phones_in_full(session.current())
        self.phones_hidden = not privacy.sees_whole(summary.clerk, in_full)
        if self.phones_hidden:
            self.header.hide_phone(self._reveal_phones)
        self.about.show_completeness(summary.completeness)
        self._customer = customer
        self._speak_of(customer.gender)
        self.lazy.refresh()
        # Read-only on "About her/him", so it follows what is stored even while she is edited.
        self.form.load_some({"event_times": customer.event_times})
        return customer

    def _speak_of(self, gender: str | None) -> None:
        """Her card speaks of her as her gender says (a card is built before it knows)."""
        self.tabs.setTabText(
            self.tabs.indexOf(self.about),
            by_gender(gender, tr("About her"), tr("About him"), tr("About the customer")),
        )
        self.data_button.setText(
            by_gender(gender, tr("Her data"), tr("His data"), tr("Customer data"))
        )
        self.record_action.setText(
            by_gender(
                gender,
                tr("Export everything kept about her…"),
                tr("Export everything kept about him…"),
                tr("Export everything kept about the customer…"),
            )
        )
        self.erase_action.setText(
            by_gender(
                gender,
                tr("Erase her personal data…"),
                tr("Erase his personal data…"),
                tr("Erase the customer's personal data…"),
            )
        )
        self._lock_phones(self.phones_hidden)
        self._lock_event_times()

    @staticmethod
    def _telling(kind: type[T], signal: str, slot: Callable[[], None]) -> Callable[[], T]:
        """A builder of the tab `kind` whose `signal` calls `slot`: what the tab changes
        about her, the rest of the card shows."""

        def build() -> T:
            tab = kind()
            getattr(tab, signal).connect(slot)
            return tab

        return build

    def _show_history(self, tab: Any) -> None:
        tab.show_for(self.customer_id)

    def _show_events(self, tab: Any) -> None:
        tab.show_for(self._customer)

    def _changed_elsewhere(self, change: Change) -> None:
        """Another screen changed her: show it, keeping any profile edit being typed."""
        if not change.concerns(self.customer_id):
            return
        try:
            if self.form.changed():
                self._show_stored()
            else:
                self.reload()
        except NotFound as exc:
            self.notice.setText(str(exc))
            for button in (
                self.sale_button,
                self.complaint_button,
                self.save_button,
                self.undo_button,
                self.delete_button,
            ):
                button.setEnabled(False)

    def _announce(self, *topics: str) -> None:
        """Tell the other screens; this card has shown the change already."""
        operations.announce(*topics, customers=[self.customer_id], source=self)

    def _edited(self) -> None:
        self.save_button.setEnabled(bool(self.form.changed()))

    def save(self) -> bool:
        """Save what changed; on a problem, mark the fields and keep every typed value."""
        changes = self.form.changed()
        if not changes:
            return True
        before = form_values(profiles.get_customer(self.customer_id))
        try:
            profiles.update_customer(self.customer_id, changes, staff_id=session.clerk_id())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            self._show_field(self.form.first_invalid(exc.errors))
            self.notice.setText(tr("Not saved: check the fields marked in red."))
            return False
        self._undo = {name: before[name] for name in changes}
        self.undo_button.setEnabled(True)
        self.reload()
        self.notice.setText(tr("Saved."))
        self._announce(CUSTOMERS)
        return True

    def undo(self) -> None:
        if self._undo is None:
            return
        try:
            profiles.update_customer(self.customer_id, self._undo, staff_id=session.clerk_id())
        except ValidationError as exc:
            self.notice.setText(tr("Cannot undo: {reason}").format(reason=exc))
            return
        self._undo = None
        self.undo_button.setEnabled(False)
        self.reload()
        self.notice.setText(tr("The last save was undone."))
        self._announce(CUSTOMERS)

    def open_tab(self, widget: QWidget) -> None:
        """Bring forward the tab that holds `widget`, as a clerk clicking it would."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is widget or page.isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    def _show_field(self, widget: QWidget | None) -> None:
        if widget is None:
            return
        self.open_tab(widget)
        widget.setFocus()

    def record_sale(self) -> None:
        if not self.sale_button.isEnabled():  # Ctrl+Enter on an erased record
            return
        if self.form.changed() and not self.save():
            return
        dialog = SaleDialog(self.customer_id, self)
        dialog.finished.connect(lambda code: self._sold(dialog, code))
        dialog.open()

    def _sold(self, dialog: SaleDialog, code: int) -> None:
        if not code or dialog.result_ is None:
            return
        self.reload()
        self._announce(SALES, CUSTOMERS)
        change = dialog.result_.tier_change
        upgraded = announce_tier_change(self, dialog.result_, self.header.name.text())
        self.notice.setText(
            tr("Upgraded to {tier}!").format(tier=change.to_tier.name)
            if upgraded and change
            else tr("Sale recorded.")
        )

    def _preferences_saved(self) -> None:
        """Her figures and her best times on "About her", keeping any profile edit."""
        self._show_stored()
        self.notice.setText(
            by_gender(
                self._customer.gender,
                tr("Her event preferences are saved."),
                tr("His event preferences are saved."),
                tr("The customer's event preferences are saved."),
            )
        )
        self._announce(CUSTOMERS)

    def _sale_returned(self) -> None:
        """A sale came back: her figures, points and wallet, keeping any profile edit."""
        self._show_stored()
        self._announce(CUSTOMERS, SALES)

    def _loyalty_changed(self) -> None:
        self.header.show_summary(summarize(self.customer_id))
        self._announce(CUSTOMERS)

    def new_complaint(self) -> None:
        """The wizard announces what it saves, and this card shows it from there."""
        from shopcrm.ui.complaints.complaint_wizard import start_complaint

        start_complaint(self.customer_id, self)

    def print_visit_sheet(self) -> None:
        from shopcrm.ui.printing.visit_sheet_dialog import VisitSheetDialog

        VisitSheetDialog(self.customer_id, self).open()

    def export_record(self) -> None:
        """Her whole record in one workbook, for her to read (her right to know)."""
        from shopcrm.spreadsheets.customer_record import export_record

        number = Customer.get_by_id(self.customer_id).number
        path, _ = QFileDialog.getSaveFileName(
            self, self.record_action.text().rstrip("…"), f"{number}.xlsx", "Excel (*.xlsx)"
        )
        if not path:
            return
        try:
            written = export_record(
                session.actor(), self.customer_id, Path(path), preferences.language()
            )
        except ShopError as exc:
            self.notice.setText(str(exc))
            return
        self.notice.setText(tr("Written: {path}").format(path=written))

    def erase(self) -> None:
        """At her request: her personal data goes for good; her sales stay as figures."""
        gender = self._customer.gender
        # The menu's words without the ellipsis: what the clerk chose, as the title.
        title = self.erase_action.text().rstrip("…")
        answer = QMessageBox.warning(
            self,
            title,
            by_gender(
                gender,
                tr(
                    "Erase everything that says who {name} is: name, phones, birthday, address, "
                    "what she likes, key dates, notes, and her words in contacts and complaints. "
                    "Her sales and points stay as figures under her customer number. This "
                    "cannot be undone. Backups made before keep her data until they are replaced."
                ),
                tr(
                    "Erase everything that says who {name} is: name, phones, birthday, address, "
                    "what he likes, key dates, notes, and his words in contacts and complaints. "
                    "His sales and points stay as figures under his customer number. This "
                    "cannot be undone. Backups made before keep his data until they are replaced."
                ),
                tr(
                    "Erase everything that says who {name} is: name, phones, birthday, address, "
                    "likes, key dates, notes, and the customer's words in contacts and "
                    "complaints. The sales and points stay as figures under the customer number. "
                    "This cannot be undone. Backups made before keep the data until they are "
                    "replaced."
                ),
            ).format(name=self.header.name.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            erased = privacy.erase(session.actor(), self.customer_id)
        except ShopError as exc:
            self.notice.setText(str(exc))
            return
        if not erased.traces_gone:
            QMessageBox.information(
                self,
                title,
                by_gender(
                    gender,
                    tr(
                        "Her personal data is erased. Another shopcrm window or program has the "
                        "shop open, so the last traces of her leave the file only when it closes "
                        "and shopcrm is closed too."
                    ),
                    tr(
                        "His personal data is erased. Another shopcrm window or program has the "
                        "shop open, so the last traces of him leave the file only when it closes "
                        "and shopcrm is closed too."
                    ),
                    tr(
                        "The customer's personal data is erased. Another shopcrm window or "
                        "program has the shop open, so the last traces leave the file only when "
                        "it closes and shopcrm is closed too."
                    ),
                ),
            )
        self._announce(CUSTOMERS)
        self._drop_typed()
        self.accept()

    def move_to_trash(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Move to trash"),
            tr("Move {name} to the trash? The owner can restore the card from there.").format(
                name=self.header.name.text()
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            profiles.delete_customer(session.actor(), self.customer_id)
        except NotFound as exc:
            self.notice.setText(str(exc))
            return
        self._announce(CUSTOMERS)
        self._drop_typed()
        self.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close():
            event.accept()
        else:
            event.ignore()

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def _drop_typed(self) -> None:
        """Forget what is typed and not saved, so closing asks nothing more."""
        self.form.load(self.form.values())
        if events := self.lazy.if_built("events"):
            events.discard()

    def _may_close(self) -> bool:
        events = self.lazy.if_built("events")
        edited = events is not None and events.edited()
        if not self.form.changed() and not edited:
            return True
        answer = QMessageBox.question(
            self,
            tr("Unsaved changes"),
            tr("Save the changes to {name}?").format(name=self.header.name.text()),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save() and (events is None or events.save())
        if answer == QMessageBox.StandardButton.Discard:
            self._drop_typed()
            return True
        return False

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            return
        super().keyPressEvent(event)

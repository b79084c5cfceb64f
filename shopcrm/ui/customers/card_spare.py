"""A customer card built ahead while the counter is idle, so the next one opens at once.

Making a card's fifty-odd widgets and styling them is most of what opening it
costs; reading her is a few milliseconds. So the window keeps one card built and
styled but empty, and fills it when a clerk opens a customer, then builds the
next spare a moment later. A spare is never shown before it is filled, and each
card shows one customer for all its life: no other customer's data can linger in
it. One built for another sign-in, shop kind or list of clerks is thrown away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from shopcrm.ui.customers.customer_card import CustomerCard, built_for

# After a card opens (or the window does): time for it to be painted first.
DELAY_MS = 400


class CardSpare(QObject):
    """The window's card built ahead; `take` gives her card, built ahead or now."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._card: CustomerCard | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.build)

    def prepare(self) -> None:
        """Build a spare soon, unless one is ready."""
        if self._card is None:
            self._timer.start()

    def take(self, customer_id: int) -> CustomerCard:
        card, self._card = self._card, None
        if card is None or card.built_for != built_for():
            if card is not None:
                card.deleteLater()
            card = CustomerCard(None, self.window)
        card.show_customer(customer_id)
        self.prepare()
        return card

    def build(self) -> None:
        """Build the spare now, unless one is ready."""
        if self._card is not None:
            return
        card = CustomerCard(None, self.window)
        card.ensurePolished()  # styled now, not when a clerk is waiting for it
        card.layout().activate()
        self._card = card

"""Her standing as a VIP: what her tier gives her, how she got there, her points
and the friends she brought — what a clerk needs to tell her and to thank her."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from shopcrm import classification, points, referrals, tiers
from shopcrm.customers import get_customer
from shopcrm.formatting import money
from shopcrm.i18n import tr
from shopcrm.ui.history_tabs import ListTab, date_text, item_row


class LoyaltyTab(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.benefits = QLabel()
        self.benefits.setObjectName("tierBenefits")
        self.benefits.setWordWrap(True)
        self.segment = QLabel()
        self.segment.setObjectName("rfmSegment")
        self.segment.setWordWrap(True)
        self.moves = ListTab([tr("When"), tr("From"), tr("To"), tr("Why")], "tierHistory")
        self.ledger = ListTab(
            [tr("When"), tr("Kind"), tr("Points"), tr("Balance"), tr("Why"), tr("Expires")],
            "pointsLedger",
        )
        self.friends = ListTab(
            [tr("No."), tr("Name"), tr("First purchase"), tr("Spent")], "referredFriends"
        )
        parts = QTabWidget()
        parts.setObjectName("loyaltyParts")
        parts.addTab(self.ledger, tr("Points"))
        parts.addTab(self.moves, tr("Tier history"))
        parts.addTab(self.friends, tr("Friends she brought"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.benefits)
        layout.addWidget(self.segment)
        layout.addWidget(parts, 1)

    def show_for(self, customer_id: int) -> None:
        customer = get_customer(customer_id)
        tier = customer.tier if customer.tier_id else None
        self.benefits.setText(
            tr("{tier}: {benefits}").format(tier=tier.name, benefits=tier.benefits or "—")
            if tier
            else tr("No tier")
        )
        rfm = classification.rfm_of(customer_id)
        self.segment.setText(
            tr("{segment} — {advice}").format(
                segment=classification.segment_name(rfm.segment),
                advice=classification.segment_advice(rfm.segment),
            )
            if rfm
            else tr("Has not bought yet.")
        )
        for part in (self.moves, self.ledger, self.friends):
            part.clear()
        changes = tiers.history(customer_id)
        for move in changes:
            self.moves.model.appendRow(
                item_row(
                    (date_text(move.changed_at.date()), move.from_name, move.to_name, move.reason)
                )
            )
        lines = points.ledger(customer_id)
        for line in lines:
            self.ledger.model.appendRow(
                item_row(
                    (
                        date_text(line.at.date()),
                        line.label,
                        line.points,
                        line.balance,
                        line.reason,
                        date_text(line.expires_on),
                    ),
                    right=(2, 3),
                )
            )
        self.ledger.footer.setText(
            tr("Balance: {points} points").format(points=points.balance(customer_id))
        )
        summary = referrals.summary(customer_id)
        for friend in summary.friends:
            self.friends.model.appendRow(
                item_row(
                    (
                        friend.number,
                        friend.name,
                        date_text(friend.converted_on),
                        money(friend.spent),
                    ),
                    right=(3,),
                )
            )
        self.friends.footer.setText(
            tr("{made} friends brought, {converted} bought, {revenue} in sales").format(
                made=summary.made, converted=summary.converted, revenue=money(summary.revenue)
            )
        )
        self.moves.footer.setText(tr("{n} tier changes").format(n=len(changes)))
        for part in (self.moves, self.ledger, self.friends):
            part.fit_columns()

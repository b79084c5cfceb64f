"""Her standing as a VIP: what her tier gives her, how she got there, her points
and the friends she brought — what a clerk needs to tell her and to thank her."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import by_gender, tr, trn
from shopcrm.core.money import money
from shopcrm.customers import profiles
from shopcrm.customers.profiles import get_customer
from shopcrm.loyalty import points, referrals, segments, tiers
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import call_domain, set_invalid


class LoyaltyTab(QWidget):
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.customer_id = 0
        self.benefits = QLabel()
        self.benefits.setObjectName("tierBenefits")
        self.benefits.setWordWrap(True)
        self.referrer = QLabel()
        self.referrer.setObjectName("referredBy")
        self.referrer_edit = QLineEdit()
        self.referrer_edit.setObjectName("referrerEdit")
        self.referrer_button = QPushButton(tr("Set referrer"))
        self.referrer_button.clicked.connect(self.set_referrer)
        self.referrer_edit.returnPressed.connect(self.set_referrer)
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
        parts.addTab(self.friends, "")
        self.parts = parts
        referral = QHBoxLayout()
        referral.addWidget(self.referrer, 1)
        referral.addWidget(self.referrer_edit, 1)
        referral.addWidget(self.referrer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.benefits)
        layout.addLayout(referral)
        layout.addWidget(self.segment)
        layout.addWidget(parts, 1)

    def _speak_of(self, gender: str | None) -> None:
        """Her friends and her referrer in the words her gender takes."""
        self.referrer_edit.setPlaceholderText(
            by_gender(
                gender,
                tr("Phone or number of the friend who brought her"),
                tr("Phone or number of the friend who brought him"),
                tr("Phone or number of the friend who brought this customer"),
            )
        )
        self.parts.setTabText(
            self.parts.indexOf(self.friends),
            by_gender(
                gender,
                tr("Friends she brought"),
                tr("Friends he brought"),
                tr("Friends this customer brought"),
            ),
        )

    def show_for(self, customer_id: int) -> None:
        self.customer_id = customer_id
        customer = get_customer(customer_id)
        self._speak_of(customer.gender)
        self.referrer.setText(
            tr("Referred by {name} ({number})").format(
                name=customer.referred_by.name, number=customer.referred_by.number
            )
            if customer.referred_by_id
            else by_gender(
                customer.gender,
                tr("Nobody is recorded as having brought her."),
                tr("Nobody is recorded as having brought him."),
                tr("Nobody is recorded as having brought this customer."),
            )
        )
        set_invalid(self.referrer_edit, None)
        tier = customer.tier if customer.tier_id else None
        self.benefits.setText(
            tr("{tier}: {benefits}").format(tier=tier.name, benefits=tier.benefits or "—")
            if tier
            else tr("No tier")
        )
        rfm = segments.rfm_of(customer_id)
        self.segment.setText(
            tr("{segment} — {advice}").format(
                segment=segments.segment_name(rfm.segment),
                advice=segments.segment_advice(rfm.segment),
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
            trn(
                "Balance: {points} point", "Balance: {points} points", points.balance(customer_id)
            ).format(points=points.balance(customer_id))
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
        self.moves.footer.setText(
            trn("{n} tier change", "{n} tier changes", len(changes)).format(n=len(changes))
        )
        for part in (self.moves, self.ledger, self.friends):
            part.fit_columns()

    def set_referrer(self) -> None:
        """Record the friend who brought her; the referral rules refuse loops and changes
        after a reward was given."""
        found = profiles.find_by_phone_or_number(self.referrer_edit.text())
        if found is None:
            set_invalid(self.referrer_edit, tr("No customer has this phone or number."))
            return
        recorded = call_domain(
            lambda: referrals.set_referrer(self.customer_id, found.id),
            lambda errors: set_invalid(self.referrer_edit, "; ".join(errors.values()) or None),
        )
        if recorded is None:
            return
        self.referrer_edit.clear()
        self.show_for(self.customer_id)
        self.changed.emit()

"""The owner's points, referral and lifecycle options, saved together or not at all."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.loyalty import points, upkeep
from shopcrm.ui.widgets import FieldForm, combo


class LoyaltySettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loyaltySettings")
        self.setWindowTitle(tr("Points, referrals and customer groups"))
        self.form = FieldForm()
        groups = (
            (
                tr("Points"),
                (
                    ("points_per_yuan", tr("Points per ¥1 spent")),
                    ("point_value", tr("Worth of one point (¥)")),
                    ("points_expiry", tr("Points lapse")),
                ),
            ),
            (
                tr("Referrals"),
                (
                    ("referral_points", tr("Points for the referrer")),
                    ("referral_gift", tr("Gift for the referrer")),
                    ("referral_voucher", tr("Voucher for the referrer (¥)")),
                    ("referral_friend_discount_pct", tr("Friend's first-purchase extra %")),
                    ("referral_goal_pct", tr("Referral rate goal %")),
                ),
            ),
            (
                tr("Customer groups"),
                (
                    ("regular_visits", tr("Visits that make a regular")),
                    ("dormant_days", tr("Dormant after days without a purchase")),
                    ("lost_days", tr("Lost after days without a purchase")),
                ),
            ),
        )
        layout = QVBoxLayout(self)
        for title, fields in groups:
            box = QGroupBox(title)
            rows = QFormLayout(box)
            for name, label in fields:
                widget = (
                    combo(points.expiry_choices(), blank=None)
                    if name == "points_expiry"
                    else QLineEdit()
                )
                self.form.add(rows, name, widget, label)
            layout.addWidget(box)
        self.form.load(upkeep.options())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveButton")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            saved = upkeep.save_options(self.form.changed())
        except ValidationError as exc:
            self.form.show_errors(exc.errors)
            return
        self.form.load(saved)
        self.accept()

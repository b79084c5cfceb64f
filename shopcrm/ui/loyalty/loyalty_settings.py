"""The owner's points, referral and lifecycle options, saved together or not at all."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from shopcrm.core.i18n import tr
from shopcrm.loyalty import upkeep
from shopcrm.ui.widgets import FormDialog, OptionsForm


class LoyaltySettingsDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("loyaltySettings", tr("Points, referrals and customer groups"), parent)
        self.options = OptionsForm(
            (
                (tr("Points"), ("points_per_yuan", "point_value", "points_expiry")),
                (
                    tr("Referrals"),
                    (
                        "referral_points",
                        "referral_gift",
                        "referral_voucher",
                        "referral_friend_discount_pct",
                        "referral_goal_pct",
                    ),
                ),
                (tr("Customer groups"), ("regular_visits", "dormant_days", "lost_days")),
            ),
            save=upkeep.save_options,
        )
        self.lay_out([self.options], self.save)

    def save(self) -> None:
        if self.options.save():
            self.accept()

"""A new shop's first start: what kind of shop it is (which fields and rules apply and
which VIP tiers it starts from), its name, address and phone for receipts and exports,
its clerks and where its second copy goes. Asked once, of a shop nobody has used yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.i18n import tr
from shopcrm.loyalty import tiers
from shopcrm.shop import seeding
from shopcrm.staff import audit, permissions
from shopcrm.storage import options, settings
from shopcrm.storage.models import Customer, Staff, database

SET_UP_ON = "shop_set_up_on"


@dataclass(frozen=True)
class TierShown:
    """One VIP tier as the setup shows it: what it takes and what it gives."""

    name: str
    requirement: str
    benefits: str


def needs_setup() -> bool:
    """Whether the shop is new: never set up and nobody in it yet (a shop in use that
    came from an older version or a backup is not asked)."""
    return settings.day(SET_UP_ON) is None and not Customer.select().exists()


def choose_kind(actor: Staff, kind: str, language: str) -> list[TierShown]:
    """Make it a clothing or a furniture shop, with that kind's VIP tiers in `language`;
    returns the tiers. Refused once the shop has customers: their tiers are theirs."""
    permissions.require(actor, "settings")
    with database.atomic("IMMEDIATE"):
        if Customer.select().exists():
            raise ValidationError(
                {
                    "shop_kind": tr(
                        "The shop has customers already: change the kind and the VIP "
                        "tiers in Settings and VIP rules."
                    )
                }
            )
        options.set_many({"shop_kind": kind})
        seeding.install_tiers(kind, language)
        audit.record("settings", actor, keys="shop_kind")
    return tiers_shown()


def tiers_shown() -> list[TierShown]:
    rule = tiers.current_rules().rule
    return [
        TierShown(
            tier.name,
            tiers.requirement(tier.threshold, rule),
            tier.benefits or "",
        )
        for tier in tiers.tiers()
    ]


def finish(actor: Staff, today: dt.date | None = None) -> None:
    """The setup is done: it is not asked again."""
    permissions.require(actor, "settings")
    with database.atomic("IMMEDIATE"):
        settings.put_day(SET_UP_ON, today or clock.today())
        audit.record("settings", actor, keys=SET_UP_ON)

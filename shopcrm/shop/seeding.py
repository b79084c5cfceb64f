"""What a new database starts with: settings, the VIP tier preset, standard replies,
the message library and the festivals."""

from __future__ import annotations

import json
from typing import Any

from shopcrm.care import festivals, messages
from shopcrm.complaints import standard_replies
from shopcrm.core.i18n import system_language
from shopcrm.core.paths import RESOURCES
from shopcrm.storage import settings
from shopcrm.storage.models import Setting, Tier, database


def tier_presets() -> dict[str, list[dict[str, Any]]]:
    return json.loads((RESOURCES / "tier_presets.json").read_text(encoding="utf-8"))


def install_tiers(kind: str, language: str) -> None:
    """Replace the tier table with the shop kind's preset (a new database only)."""
    lang = language if language == "zh_CN" else "en"
    with database.atomic():
        Tier.delete().execute()
        for rank, preset in enumerate(tier_presets()[kind]):
            Tier.create(
                name=preset["name"][lang],
                rank=rank,
                threshold=preset["threshold"],
                discount_pct=preset["discount_pct"],
                birthday_discount_pct=preset["birthday_discount_pct"],
                points_multiplier=preset["points_multiplier"],
                benefits=preset["benefits"][lang],
            )


def seed(language: str | None = None, kind: str = "clothing") -> None:
    with database.atomic():
        for key, value in settings.DEFAULTS.items():
            Setting.insert(key=key, value=value).on_conflict_ignore().execute()
        settings.put("shop_kind", kind)
        install_tiers(kind, language or system_language())
        standard_replies.install_defaults(language or system_language())
        templates = messages.install_defaults(language or system_language())
        festivals.install_defaults(language or system_language(), templates)

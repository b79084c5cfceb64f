"""The shop's own settings, kept in the database so they travel with its data."""

from __future__ import annotations

from shopcrm.storage.models import Setting, database

DEFAULTS: dict[str, str] = {
    "shop_kind": "clothing",
    "shop_name": "",
    "next_customer_number": "1",
    # Header -> field choices the owner made in the import wizard (columns.py).
    "import_column_mapping": "{}",
    # VIP tiers (tiers.py): qualifying rule, downgrade policy, review date MM-DD.
    "tier_rule": "cumulative",
    "tier_downgrade": "never",
    "tier_review_date": "01-01",
    "tier_grace_days": "30",
    "tier_last_review": "",
    # Points (points.py): earned per ¥1 before the tier multiplier; ¥ value of one point.
    "points_per_yuan": "1",
    "point_value": "0.01",
    "points_expiry": "next_year_end",
    # Referrals (referrals.py): rewards when the friend first buys; goal in %.
    "referral_points": "200",
    "referral_gift": "",
    "referral_voucher": "0",
    "referral_friend_discount_pct": "5",
    "referral_goal_pct": "20",
    # Lifecycle (classification.py).
    "regular_visits": "3",
    "dormant_days": "180",
    "lost_days": "365",
    # The day the loyalty catch-up last ran (loyalty.py), so it runs once a day.
    "loyalty_caught_up_on": "",
    # Complaints (complaints.py): days after the result (step 8) to call her back.
    "complaint_followup_days": "3",
    # Care plan (care_rules.py): a sale of at least ¥X gets a call N days later, on time
    # for a few days more (furniture: next-day, 5-15 and 15-30 day checks with these texts,
    # empty for our own wording); a referred friend's call within days; thank-you letters
    # at cumulative spends (¥, comma-separated); December visits to the year's top N;
    # birthday gifts from a tier rank up, within a budget (¥). Dormancy is dormant_days.
    "care_call_min_amount": "1000",
    "care_call_after_days": "7",
    "care_call_window_days": "3",
    "referral_call_days": "7",
    "thank_you_thresholds": "5000,20000,50000",
    "top_spenders": "3",
    "gift_min_tier_rank": "2",
    "gift_budget": "200",
    "furniture_day1_text": "",
    "furniture_day5_text": "",
    "furniture_day15_text": "",
    # The day the care plan last ran, so start-up plans once a day.
    "care_planned_on": "",
}


def get(key: str) -> str:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else DEFAULTS[key]


def put(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def put_many(values: dict[str, str]) -> None:
    """Change several settings together, or none of them."""
    with database.atomic("IMMEDIATE"):
        for key, value in values.items():
            put(key, value)


def take_customer_numbers(count: int = 1) -> list[str]:
    """Reserve `count` customer numbers (C000001…); call inside the writing transaction."""
    first = int(get("next_customer_number"))
    put("next_customer_number", str(first + count))
    return [f"C{n:06d}" for n in range(first, first + count)]

"""The "VIP rules" page: every level, what it asks, what it gives, and the rules around it.

Clerks are to tell every registered customer the levels and benefits; this is
the page they show, print or send. It is plain HTML in the UI language, so Qt
prints it to PDF and any browser opens the saved file.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from shopcrm.core.discounts import described
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money, plain
from shopcrm.loyalty import points, referrals, tiers
from shopcrm.storage import options

STYLE = """
body { font-family: sans-serif; font-size: 11pt; }
h1 { font-size: 18pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; }
"""


def _pct(value: Decimal) -> str:
    """Both ways, as the shop says it: 5% off, and in Chinese 九五折 too."""
    return described(value) if value else "—"


def _multiplier(value: Decimal) -> str:
    return "×" + plain(value)


def _policy_sentence(rules: tiers.TierRules) -> str:
    if rules.downgrade == "review":
        month, day = rules.review_date.split("-")
        sentence = tr("Levels are reviewed once a year, on {month}-{day}.").format(
            month=month, day=day
        )
    elif rules.downgrade == "drop":
        sentence = tr("If you no longer meet your level's requirement, you move down a level.")
    else:
        return tr("A level once reached is yours to keep.")
    if rules.rule == "last_12_months" and rules.grace_days:
        sentence += " " + tr(
            "To keep a level, spending up to {n} days beyond the 12 months still counts."
        ).format(n=rules.grace_days)
    return sentence


def _points_sentences() -> list[str]:
    earned = options.get("points_per_yuan")
    for_one_yuan = 1 / points.point_value()
    said = [
        trn(
            "Every ¥1 you spend earns {n} point, times your level's multiplier.",
            "Every ¥1 you spend earns {n} points, times your level's multiplier.",
            1 if earned == 1 else 2,
        ).format(n=options.text("points_per_yuan")),
        trn(
            "{n} point takes ¥1 off a purchase.",
            "{n} points take ¥1 off a purchase.",
            1 if for_one_yuan == 1 else 2,
        ).format(n=plain(for_one_yuan)),
    ]
    expiry = options.get("points_expiry")
    if expiry == "year_end":
        said.append(tr("Points are valid until the end of the year they were earned."))
    elif expiry == "next_year_end":
        said.append(tr("Points are valid until the end of the year after they were earned."))
    return said


def _referral_sentences() -> list[str]:
    given = referrals.rewards()
    said = []
    if given.friend_discount_pct:
        said.append(
            tr("A friend you bring gets an extra {pct}% off the first purchase.").format(
                pct=plain(given.friend_discount_pct)
            )
        )
    thanks = []
    if given.referrer_points:
        thanks.append(
            trn("{n} point", "{n} points", given.referrer_points).format(n=given.referrer_points)
        )
    if given.referrer_voucher:
        thanks.append(tr("a {amount} voucher").format(amount=money(given.referrer_voucher)))
    if given.referrer_gift:
        thanks.append(given.referrer_gift)
    if thanks:
        said.append(
            tr("When your friend makes a first purchase, you receive: {thanks}.").format(
                thanks=tr(", ").join(thanks)
            )
        )
    return said


def rules_html() -> str:
    """The whole page as one HTML document."""
    rules = tiers.current_rules()
    shop = options.get("shop_name")
    title = tr("{shop} VIP levels").format(shop=shop) if shop else tr("VIP levels")
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{escape(cell)}</td>"
            for cell in (
                spec.name,
                tiers.requirement(Decimal(spec.threshold), rules.rule),
                _pct(Decimal(spec.discount_pct)),
                _pct(Decimal(spec.birthday_discount_pct)),
                money(spec.birthday_voucher) if Decimal(spec.birthday_voucher) else "—",
                _multiplier(Decimal(spec.points_multiplier)),
                spec.benefits,
            )
        )
        + "</tr>"
        for spec in rules.tiers
    )
    headers = "".join(
        f"<th>{escape(text)}</th>"
        for text in (
            tr("Level"),
            tr("Requirement"),
            tr("Discount"),
            tr("Extra on your birthday"),
            tr("Birthday voucher"),
            tr("Points"),
            tr("Benefits"),
        )
    )
    basis = dict(
        cumulative=tr("Your level follows your total spending with us."),
        last_12_months=tr("Your level follows what you spent with us in the last 12 months."),
        visits=tr("Your level follows how many times you have shopped with us."),
    )[rules.rule]
    rule_items = [
        basis,
        tr("You move up as soon as you qualify."),
        _policy_sentence(rules),
        *_points_sentences(),
        *_referral_sentences(),
    ]
    items = "".join(f"<li>{escape(item)}</li>" for item in rule_items)
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"<style>{STYLE}</style></head><body><h1>{escape(title)}</h1>"
        f"<table><thead><tr>{headers}</tr></thead><tbody>{rows}</tbody></table>"
        f"<h2>{escape(tr('The rules'))}</h2><ul>{items}</ul></body></html>"
    )

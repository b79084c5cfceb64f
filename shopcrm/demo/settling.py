"""After the rows are written: the figures, tiers and statuses the app itself would hold."""

from __future__ import annotations

from shopcrm.demo.shop import HISTORY_DAYS, Shop
from shopcrm.loyalty import upkeep
from shopcrm.loyalty.reasons import because
from shopcrm.storage import derived
from shopcrm.storage.models import database

LAPSE = """
    INSERT INTO points_entry (customer_id, kind, points, reason, reason_code, reason_args,
                              created_at)
    SELECT customer_id, 'expired', -lapsing, ?, ?, ?, ? FROM (
        SELECT customer_id,
               sum(CASE WHEN points > 0 AND expires_on <= ? THEN points ELSE 0 END)
               + sum(CASE WHEN points < 0 THEN points ELSE 0 END) AS lapsing
          FROM points_entry WHERE created_at < ? AND customer_id >= ? GROUP BY customer_id)
     WHERE lapsing > 0"""


def _lapse_yearly(shop: Shop) -> None:
    """The 'expired' entries points.expire_points would have written each 1 January.

    Set-based, one statement a year: the app's own function lapses everything
    up to today in one go, and passes one SQL variable per row.
    """
    first_year = shop.today.year - HISTORY_DAYS // 365
    for year in range(first_year + 1, shop.today.year + 1):
        last_day, new_year = f"{year - 1}-12-31", f"{year}-01-01"
        database.execute_sql(
            LAPSE,
            (*because("lapsed", date=last_day).columns().values(), f"{new_year} 00:00:00",
             last_day, new_year, shop.first_id),
        )  # fmt: skip


def settle(shop: Shop) -> None:
    """Make the stored figures, tiers and statuses what the app itself would have made them.

    Points lapse at each new year, as the daily catch-up would have done. The
    tier is set from total spending, as the preset rule (cumulative, never
    down) that priced the sales. upkeep.catch_up then sets lifecycle statuses;
    under the preset rules it finds no points to lapse and no tier to move.
    """
    _lapse_yearly(shop)
    derived.refresh()
    database.execute_sql(
        """UPDATE customer SET
             tier_id = (SELECT t.id FROM tier t WHERE t.threshold <= max(customer.total_spent, 0)
                         ORDER BY t.rank DESC LIMIT 1)
           WHERE id >= ?""",
        (shop.first_id,),
    )
    upkeep.catch_up(shop.today)

"""Recording a sale: discounts, points, derived figures and tier upgrades together."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from shopcrm import cli
from shopcrm.core import clock
from shopcrm.core.errors import NotFound, ValidationError
from shopcrm.customers import profiles
from shopcrm.customers.profiles import quick_add
from shopcrm.sales.pricing import SaleLine, is_birthday, quote
from shopcrm.sales.recording import record_sale
from shopcrm.shop.opening import open_shop
from shopcrm.storage import derived
from shopcrm.storage.models import (
    Customer,
    PointsEntry,
    Purchase,
    PurchaseItem,
    Staff,
    Tier,
    TierChange,
)


def coat(price: str = "1299", quantity: int = 1) -> SaleLine:
    return SaleLine(Decimal(price), quantity, "F23-1045", "羊毛大衣", "outerwear", "M", "驼色")


@pytest.fixture
def xiaoli(db) -> Customer:
    return profiles.quick_add("张小丽", "13812345678", "1990-05-03")


def test_a_sale_updates_her_figures_and_upgrades_her_tier(xiaoli) -> None:
    clerk = Staff.create(name="小陈")
    result = record_sale(xiaoli.id, [coat(quantity=2)], clerk_id=clerk.id)
    fresh = Customer.get_by_id(xiaoli.id)
    assert result.purchase.total == Decimal("2598.00")
    assert fresh.total_spent == Decimal("2598.00")
    assert (fresh.visit_count, fresh.last_purchase_on) == (1, clock.today())
    assert fresh.points == 2598
    assert fresh.status == "customer"
    silver = Tier.get(Tier.rank == 1)
    assert fresh.tier_id == silver.id
    assert result.tier_change.to_tier_id == silver.id
    assert PurchaseItem.get().style_no == "F23-1045"
    assert derived.mismatches() == [] and derived.purchase_mismatches() == []


def test_tier_discount_and_points_multiplier_apply(xiaoli) -> None:
    record_sale(xiaoli.id, [coat("2000")])
    silver = Customer.get_by_id(xiaoli.id).tier
    result = record_sale(xiaoli.id, [coat("1000")], on=dt.date(2024, 1, 2))
    assert result.quote.tier_pct == silver.discount_pct
    assert result.quote.tier_discount == Decimal("50.00")
    assert result.purchase.total == Decimal("950.00")
    assert result.purchase.points == int(Decimal("950") * silver.points_multiplier)
    assert result.tier_change is None


def test_birthday_discount_on_her_birthday_only(xiaoli) -> None:
    fresh = Customer.get_by_id(xiaoli.id)
    on_day = quote(fresh, [coat("1000")], dt.date(2025, 5, 3))
    other = quote(fresh, [coat("1000")], dt.date(2025, 5, 4))
    assert on_day.birthday_discount == Decimal("50.00") and other.birthday_discount == 0
    assert on_day.total == Decimal("950.00")


def test_leap_day_birthdays_are_kept_on_28_february() -> None:
    born = Customer(birth_date=dt.date(1992, 2, 29))
    assert is_birthday(born, dt.date(2025, 2, 28))
    assert not is_birthday(born, dt.date(2024, 2, 28))
    assert is_birthday(born, dt.date(2024, 2, 29))


def test_a_return_lowers_spend_but_not_visits_and_never_makes_points_negative(xiaoli) -> None:
    record_sale(xiaoli.id, [coat("300")])
    PointsEntry.create(customer=xiaoli.id, kind="redeemed", points=-250, reason="gift")
    derived.refresh([xiaoli.id])
    record_sale(xiaoli.id, [coat("300", quantity=-1)])
    fresh = Customer.get_by_id(xiaoli.id)
    assert fresh.total_spent == 0
    assert fresh.visit_count == 1
    assert fresh.points == 0
    assert derived.mismatches() == []


def test_bad_sales_are_refused_and_nothing_is_written(xiaoli) -> None:
    bad = [
        ([], {"items"}),
        ([coat(quantity=0)], {"items.1.quantity"}),
        ([coat("-5")], {"items.1.unit_price"}),
    ]
    for lines, fields in bad:
        with pytest.raises(ValidationError) as caught:
            record_sale(xiaoli.id, lines)
        assert set(caught.value.errors) == fields
    with pytest.raises(ValidationError) as caught:
        record_sale(xiaoli.id, [coat()], on=clock.today() + dt.timedelta(days=1))
    assert "date" in caught.value.errors
    with pytest.raises(ValidationError):
        record_sale(xiaoli.id, [coat("100")], extra_discount=Decimal("200"))
    assert Purchase.select().count() == 0
    assert Customer.get_by_id(xiaoli.id).total_spent == 0


def test_a_failure_mid_sale_rolls_everything_back(xiaoli, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("disk unplugged")

    monkeypatch.setattr("shopcrm.loyalty.tiers.reevaluate", broken)
    with pytest.raises(RuntimeError):
        record_sale(xiaoli.id, [coat("5000")])
    assert Purchase.select().count() == 0 and PurchaseItem.select().count() == 0
    assert PointsEntry.select().count() == 0
    fresh = Customer.get_by_id(xiaoli.id)
    assert (fresh.total_spent, fresh.points) == (0, 0)
    assert TierChange.select().where(TierChange.reason_code != "registered").count() == 0


def test_no_sale_for_a_deleted_customer(xiaoli, owner) -> None:
    profiles.delete_customer(owner, xiaoli.id)
    with pytest.raises(NotFound):
        record_sale(xiaoli.id, [coat()])


def test_derived_figures_refresh_in_batches(db, monkeypatch) -> None:
    monkeypatch.setattr(derived, "BATCH", 2)
    made = [profiles.quick_add(f"顾客{n}", f"1380000000{n}") for n in range(5)]
    for customer in made:
        record_sale(customer.id, [coat("100")])
    db.execute_sql("UPDATE customer SET total_spent = 0, points = 0")
    derived.refresh([c.id for c in made] + list(range(1000, 1010)))
    assert derived.mismatches() == []


def test_a_lunar_birthday_gets_the_discount_on_its_solar_day(db) -> None:
    lunar = profiles.create_customer(
        {
            "name": "陈美玲",
            "phone": "13900001111",
            "birth_date": "1985-08-15",
            "birthday_lunar": True,
        }
    )
    fresh = Customer.get_by_id(lunar.id)
    # Lunar 8/15 was 2026-09-25 (Mid-Autumn); solar 15 August is not her day.
    assert is_birthday(fresh, dt.date(2026, 9, 25))
    assert not is_birthday(fresh, dt.date(2026, 8, 15))
    assert quote(fresh, [coat("1000")], dt.date(2026, 9, 25)).birthday_discount > 0


def test_the_command_line_records_a_sale_with_points_and_payment(db, db_path, capsys) -> None:
    xiaoli = quick_add("张小丽", "13812345678")
    record_sale(xiaoli.id, [SaleLine(Decimal("500"))])
    db.close()
    argv = ["--db", str(db_path), "sale", "C000001", "--item", "199*2 围巾", "--item", "100"]
    assert cli.main([*argv, "--pay", "alipay", "--use-points", "300"]) == cli.OK
    printed = capsys.readouterr().out
    assert "Subtotal: ¥498.00" in printed and "Points: -¥3.00" in printed
    assert "paid by Alipay" in printed
    open_shop(db_path)
    sale = Purchase.select().order_by(Purchase.id.desc()).first()
    assert (sale.payment, sale.subtotal) == ("alipay", Decimal("498.00"))
    assert (
        PointsEntry.get(PointsEntry.purchase == sale, PointsEntry.kind == "redeemed").points == -300
    )


def test_the_command_line_refuses_bad_items_and_a_missing_shop(db, db_path, tmp_path, capsys):
    quick_add("张小丽", "13812345678")
    db.close()
    sale = ["sale", "C000001", "--pay", "cash", "--item"]
    assert cli.main(["--db", str(db_path), *sale, "1e18"]) == cli.UNUSABLE
    assert "is not an amount" in capsys.readouterr().err
    missing = tmp_path / "typo" / "shop.db"
    assert cli.main(["--db", str(missing), *sale, "9"]) == cli.UNUSABLE
    assert "There is no shop database" in capsys.readouterr().err
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (SaleLine(Decimal("1e18")), "items.1.unit_price"),
        (SaleLine(Decimal("NaN")), "items.1.unit_price"),
        (SaleLine(Decimal("Infinity")), "items.1.unit_price"),
        (SaleLine(Decimal("9.999")), "items.1.unit_price"),
        (SaleLine(Decimal("10"), 2**63), "items.1.quantity"),
        (SaleLine(Decimal("10"), 0), "items.1.quantity"),
    ],
)
def test_absurd_lines_are_refused_with_the_row_named(xiaoli, line, field) -> None:
    with pytest.raises(ValidationError) as refused:
        record_sale(xiaoli.id, [line])
    assert set(refused.value.errors) == {field}
    assert refused.value.errors[field].startswith("Item 1")
    assert Purchase.select().count() == 0


def test_a_payment_method_must_be_one_the_shop_knows(xiaoli) -> None:
    with pytest.raises(ValidationError) as refused:
        record_sale(xiaoli.id, [coat()], payment="bitcoin")
    assert set(refused.value.errors) == {"payment"}
    assert record_sale(xiaoli.id, [coat()], payment="wechat").purchase.payment == "wechat"


def test_a_return_never_gives_back_more_than_she_bought(xiaoli) -> None:
    record_sale(xiaoli.id, [coat(quantity=2)])
    with pytest.raises(ValidationError) as refused:
        record_sale(xiaoli.id, [coat(quantity=-3)])
    assert "the customer has 2 of style F23-1045" in refused.value.errors["items.1.quantity"]
    record_sale(xiaoli.id, [coat(quantity=-1)])
    with pytest.raises(ValidationError):
        record_sale(xiaoli.id, [coat(quantity=-2)])  # one is back already
    with pytest.raises(ValidationError) as too_much:
        record_sale(xiaoli.id, [SaleLine(Decimal("100"), -50)])
    assert "more than the customer has spent" in too_much.value.errors["items"]
    assert Purchase.select().count() == 2
    assert derived.mismatches() == []


def test_a_sale_date_with_a_mistyped_year_is_refused(xiaoli) -> None:
    with pytest.raises(ValidationError) as refused:
        record_sale(xiaoli.id, [coat()], on=dt.date(1926, 3, 1))
    assert set(refused.value.errors) == {"date"}
    assert Purchase.select().count() == 0

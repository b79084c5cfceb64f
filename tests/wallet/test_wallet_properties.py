"""Her wallet under any history: balance, points and vouchers always add up.

A state machine plays top-ups, sales (vouchers, points, part or all paid from her
balance), small returns by negative quantities, whole returns, vouchers issued and
cancelled, days passing, refunds and the owner's corrections on two customers, and
after every step checks what must always hold. A refused step must leave the shop as
it was. One database serves every run, as in tests/loyalty/test_points.py, and each
run's writes are rolled back after it: every run starts on the test's day from the same
shop, with the same two customers who have nothing yet, and its own settings.
"""

from __future__ import annotations

import datetime as dt
import json
from contextlib import ExitStack, suppress
from decimal import Decimal

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.money import CENT, to_money
from shopcrm.customers import profiles
from shopcrm.loyalty import points
from shopcrm.sales.pricing import SaleLine, quote
from shopcrm.sales.recording import record_sale
from shopcrm.sales.returns import return_sale
from shopcrm.storage import derived, options
from shopcrm.storage.models import (
    PAYMENT_METHODS,
    BalanceEntry,
    Customer,
    Purchase,
    PurchaseItem,
    Staff,
    Voucher,
)
from shopcrm.wallet import stored_value, vouchers
from shopcrm.wallet.stored_value import Holding
from tests.wallet.wallet_history import (
    BONUS_STEPS,
    MISTAKES,
    ROUND_TOP_UPS,
    Offer,
    SaleModel,
    VoucherModel,
    bonus_for,
    kept,
    lines,
    offers,
    rolled_back,
    running,
    snapshot,
    yuan,
)


class Wallet(RuleBasedStateMachine):
    """Two customers' wallets, and what the test knows they must hold."""

    vouchers = Bundle("vouchers")
    sales = Bundle("sales")

    def __init__(self, owner: Staff, day: dt.date, customers: list[int]) -> None:
        super().__init__()
        self.owner = owner
        self.day = day
        self.customers = customers
        self.undo = ExitStack()
        self.undo.enter_context(rolled_back())
        self.undo.enter_context(clock.set_to(day))
        self.balance = dict.fromkeys(self.customers, Decimal(0))
        self.voucher_models: dict[int, VoucherModel] = {}
        self.sale_models: dict[int, SaleModel] = {}
        self.steps: tuple[tuple[Decimal, Decimal], ...] = ()
        self.per_sale = 1

    def teardown(self) -> None:
        self.undo.close()

    def unchanged_by(self, call, *args, **kwargs) -> None:
        """`call` must be refused and leave everything as it was."""
        before = snapshot(self.customers)
        with pytest.raises(ValidationError):
            call(*args, **kwargs)
        assert snapshot(self.customers) == before

    @initialize(
        steps=st.sampled_from(BONUS_STEPS),
        per_sale=st.integers(1, 2),
        lapse=st.sampled_from(("next_year_end", "year_end", "never")),
        per_yuan=st.sampled_from(("1", "2", "0.5")),
        worth=st.sampled_from(("0.01", "0.1")),
    )
    def shop_settings(self, steps, per_sale, lapse, per_yuan, worth) -> None:
        self.steps, self.per_sale = steps, per_sale
        options.set_many(
            {
                "stored_value": "yes",
                "top_up_bonus": ", ".join(f"{a}:{b}" for a, b in steps),
                "refund_bonus": "keep",
                "vouchers_per_sale": str(per_sale),
                "points_expiry": lapse,
                "points_per_yuan": per_yuan,
                "point_value": worth,
            }
        )

    @initialize(
        target=sales,
        top_ups=st.lists(st.sampled_from((None, *ROUND_TOP_UPS)), min_size=2, max_size=2),
        bought=st.lists(st.one_of(st.none(), yuan(1, 500_000)), min_size=2, max_size=2),
    )
    def regulars(self, top_ups, bought):
        """Either may come with a balance and points from earlier visits."""
        options.set_many({"stored_value": "yes"})
        sales = []
        for who, (amount, price) in enumerate(zip(top_ups, bought, strict=True)):
            if amount:
                self.top_up(who, amount, "cash")
            if price:
                sale = record_sale(self.customers[who], [SaleLine(price)]).purchase
                self.sale_models[sale.id] = SaleModel(sale.customer_id, 0, Decimal(0))
                sales.append(sale.id)
        return multiple(*sales)

    @rule(
        who=st.sampled_from((0, 1)),
        amount=st.one_of(st.sampled_from(ROUND_TOP_UPS), yuan(1, 300_000), yuan(-100, 0)),
        payment=st.sampled_from((*PAYMENT_METHODS, "支票")),
        shop_takes_none=st.sampled_from((False,) * 9 + (True,)),
    )
    def top_up(self, who, amount, payment, shop_takes_none=False) -> None:
        customer = self.customers[who]
        if amount <= 0 or payment not in PAYMENT_METHODS or shop_takes_none:
            options.set_many({"stored_value": "no" if shop_takes_none else "yes"})
            self.unchanged_by(stored_value.top_up, self.owner, customer, amount, payment)
            options.set_many({"stored_value": "yes"})
            return
        bonus = bonus_for(self.steps, amount)
        entry = stored_value.top_up(self.owner, customer, amount, payment)
        assert (entry.amount, entry.bonus, entry.kind) == (amount + bonus, bonus, "top_up")
        self.balance[customer] += amount + bonus

    def issue(self, who: int, offer: Offer) -> list[int]:
        """The owner gives her a voucher on these terms (refused when they cannot be)."""
        customer = self.customers[who]
        terms = offer.terms(self.day)
        if offer.refused:
            self.unchanged_by(vouchers.issue, self.owner, customer, terms, "回馈")
            return []
        voucher = vouchers.issue(self.owner, customer, terms, "回馈")
        start = terms.valid_from
        end = terms.valid_to or start + dt.timedelta(days=options.get("voucher_days") - 1)
        assert (voucher.valid_from, voucher.valid_to) == (start, end)
        self.voucher_models[voucher.id] = VoucherModel(customer, start, end)
        return [voucher.id]

    @initialize(
        target=vouchers, given=st.lists(st.tuples(st.sampled_from((0, 1)), offers), max_size=3)
    )
    def welcome_vouchers(self, given):
        return multiple(*(voucher for who, offer in given for voucher in self.issue(who, offer)))

    @rule(target=vouchers, who=st.sampled_from((0, 1)), offer=offers)
    def issue_voucher(self, who, offer):
        return multiple(*self.issue(who, offer))

    @rule(voucher_id=vouchers)
    def cancel_voucher(self, voucher_id) -> None:
        model = self.voucher_models[voucher_id]
        if model.used_by is not None:
            self.unchanged_by(vouchers.cancel, self.owner, voucher_id, "发错了")
            return
        cancelled = vouchers.cancel(self.owner, voucher_id, "发错了")
        assert vouchers.status(cancelled, self.day) == "cancelled"
        model.cancelled = True

    def voucher_refusals(self, customer: int, chosen: list[int]) -> list[str]:
        """Why these vouchers cannot all be used on her sale today, by the test's own model."""
        found = [f"more than {self.per_sale}"] if len(chosen) > self.per_sale else []
        if len(set(chosen)) < len(chosen):
            found.append("chosen twice")
        for voucher_id in chosen:
            model = self.voucher_models[voucher_id]
            if model.customer != customer:
                found.append(f"{voucher_id} is another's")
            elif model.status(self.day) != "valid":
                found.append(f"{voucher_id} is {model.status(self.day)}")
        return found

    def some_vouchers(self, customer: int, pick: str) -> st.SearchStrategy[list[int]]:
        """Her vouchers valid today (as many as a sale takes), or any at all."""
        if pick == "none" or not self.voucher_models:
            return st.just([])
        if pick == "hers":
            ids = [
                voucher_id
                for voucher_id, model in self.voucher_models.items()
                if model.customer == customer and model.status(self.day) == "valid"
            ]
            if not ids:
                return st.just([])
            return st.lists(st.sampled_from(ids), min_size=1, max_size=self.per_sale, unique=True)
        return st.lists(st.sampled_from(sorted(self.voucher_models)), max_size=2)

    @rule(
        target=sales,
        who=st.sampled_from((0, 1)),
        sold=lines(st.integers(1, 3)),
        extra=st.sampled_from(("none", "none", "some")),
        pick=st.sampled_from(("none", "best", "hers", "hers", "any")),
        redeem=st.sampled_from(("none", "most", "half")),
        pay=st.sampled_from(("none", "all", "part")),
        share=st.floats(0.01, 0.99),
        mistake=st.sampled_from((None,) * 10 + tuple(MISTAKES)),
        payment=st.sampled_from((None, *PAYMENT_METHODS)),
        data=st.data(),
    )
    def sell(self, who, sold, extra, pick, redeem, pay, share, mistake, payment, data):
        return self.ring_up(who, sold, extra, pick, redeem, pay, share, mistake, payment, data)

    @rule(
        target=sales,
        who=st.sampled_from((0, 1)),
        sold=lines(st.integers(1, 3)),
        pick=st.sampled_from(("none", "best", "hers")),
        redeem=st.sampled_from(("none", "most", "half")),
        pay=st.sampled_from(("all", "part")),
        share=st.floats(0.01, 0.99),
        data=st.data(),
    )
    def pay_from_her_wallet(self, who, sold, pick, redeem, pay, share, data):
        """A sale she pays from her balance, as a regular does: the likeliest to go wrong."""
        return self.ring_up(who, sold, "none", pick, redeem, pay, share, None, "wechat", data)

    def ring_up(self, who, sold, extra, pick, redeem, pay, share, mistake, payment, data):
        """Record the sale as drawn, and check what it wrote, or that a refusal wrote nothing."""
        customer = self.customers[who]
        her = Customer.get_by_id(customer)
        subtotal = sum((line.amount for line in sold), Decimal(0))
        off = to_money(subtotal * Decimal(share) / 2) if extra == "some" else Decimal(0)
        if mistake == "discount over the sale":
            off = subtotal + CENT
        if pick == "best":  # as the sale dialog offers it
            parts = [(line.amount, line.category) for line in sold]
            left = quote(her, sold, self.day, off).total
            found = vouchers.best(customer, parts, left, subtotal, self.day)
            chosen = [found.id] if found else []
        else:
            chosen = data.draw(self.some_vouchers(customer, pick))
        must_refuse = [*self.voucher_refusals(customer, chosen), *filter(None, [mistake])]
        # Nothing wrong and no voucher she may not meet the terms of: it must go through.
        sure = not must_refuse and (not chosen or pick == "best")
        try:
            chosen_rows = [Voucher.get_by_id(v) for v in chosen]
            due = quote(her, sold, self.day, off, 0, chosen_rows).total
        except ValidationError:
            due = subtotal
        had_points = points.balance(customer)
        most = points.most_usable(her, due)
        used = {"none": 0, "most": most, "half": most // 2}[redeem]
        used = {"more points than hers": had_points + 1, "negative points": -5}.get(mistake, used)
        left = max(due - points.value_of(used), Decimal(0))
        held = self.balance[customer]
        paid = {
            "none": Decimal(0),
            "all": min(held, left),
            "part": to_money(min(held, left) * Decimal(share)),
        }[pay]
        paid = {"more than her balance": held + CENT, "negative balance": -CENT}.get(mistake, paid)
        before = snapshot(self.customers)
        try:
            result = record_sale(
                customer,
                sold,
                extra_discount=off,
                redeem_points=used,
                vouchers=chosen,
                from_balance=paid,
                payment=payment,
            )
        except ValidationError as refused:
            assert snapshot(self.customers) == before
            assert not sure, f"a sale with nothing wrong was refused: {refused.errors}"
            return multiple()
        assert not must_refuse, f"the sale was taken though {must_refuse}"
        sale = Purchase.get_by_id(result.purchase.id)
        discounts = {key: Decimal(value) for key, value in json.loads(sale.discounts).items()}
        assert sale.total == sale.subtotal - sale.discount == result.quote.total
        assert sale.discount == sum(discounts.values(), Decimal(0))
        assert 0 <= sale.from_balance == paid <= sale.total
        taken = [
            (e.kind, e.amount)
            for e in BalanceEntry.select().where(BalanceEntry.purchase == sale.id)
        ]
        assert taken == ([("spent", -paid)] if paid else [])
        self.balance[customer] -= paid
        assert sale.points >= 0
        assert points.balance(customer) == had_points - used + sale.points
        applied = {a.voucher_id: a.amount for a in result.quote.vouchers}
        assert sorted(applied) == sorted(chosen)
        assert sum(applied.values(), Decimal(0)) == discounts.get("voucher", 0)
        for voucher_id in chosen:
            row = Voucher.get_by_id(voucher_id)
            assert (row.purchase_id, row.discount) == (sale.id, applied[voucher_id])
            assert row.discount > 0 and (row.kind == "percent" or row.discount <= row.value)
            self.voucher_models[voucher_id].used_by = sale.id
        self.sale_models[sale.id] = SaleModel(customer, used, paid, tuple(chosen))
        return sale.id

    def net_bought(self, customer: int, style: str) -> int:
        return sum(
            item.quantity
            for item in PurchaseItem.select()
            .join(Purchase)
            .where((Purchase.customer == customer) & (PurchaseItem.style_no == style))
        )

    @rule(
        who=st.sampled_from((0, 1)),
        pick=st.sampled_from(("hers", "hers", "hers", "typed")),
        typed=lines(st.integers(-3, -1)),
        wrong=st.sampled_from((None,) * 6 + ("voucher", "points", "pay", "discount")),
        data=st.data(),
    )
    def return_some(self, who, pick, typed, wrong, data):
        """Some of what she bought comes back (or what the clerk typed), as negative lines."""
        customer = self.customers[who]
        bought = list(
            PurchaseItem.select()
            .join(Purchase)
            .where((Purchase.customer == customer) & (PurchaseItem.quantity > 0))
            .order_by(PurchaseItem.id)
        )
        back = typed
        if pick == "hers" and bought:
            items = data.draw(st.lists(st.sampled_from(bought), min_size=1, max_size=2))
            back = [
                SaleLine(
                    i.unit_price, -data.draw(st.integers(1, i.quantity)), i.style_no, "", i.category
                )
                for i in items
            ]
        chosen = sorted(self.voucher_models)[:1] if wrong == "voucher" else []
        redeem = 10 if wrong == "points" else 0
        paid = CENT if wrong == "pay" else Decimal(0)
        extra = Decimal(5) if wrong == "discount" else Decimal(0)  # would give back more
        refusals = [wrong] if wrong and (chosen or wrong != "voucher") else []
        for style in {line.style_no for line in back if line.style_no}:
            coming = -sum(line.quantity for line in back if line.style_no == style)
            if coming > self.net_bought(customer, style):
                refusals.append(f"more {style} than she bought")
        if -sum(line.amount for line in back) > kept(customer).spent:
            refusals.append("more than she spent")
        before = snapshot(self.customers)
        try:
            result = record_sale(
                customer,
                back,
                extra_discount=extra,
                redeem_points=redeem,
                vouchers=chosen,
                from_balance=paid,
            )
        except ValidationError as refused:
            assert snapshot(self.customers) == before
            assert refusals, f"a return with nothing wrong was refused: {refused.errors}"
            return
        assert not refusals, f"the return was taken though {refusals}"
        assert result.purchase.total < 0 and result.purchase.from_balance == 0
        self.unchanged_by(return_sale, result.purchase.id)  # a return never comes back

    @rule(sale_id=sales)
    def return_whole(self, sale_id) -> None:
        model = self.sale_models[sale_id]
        customer = model.customer
        sale = Purchase.get_by_id(sale_id)
        if model.returned:
            self.unchanged_by(return_sale, sale_id)
            return
        styles = {item.style_no for item in sale.items if item.style_no}
        fits = all(
            sum(i.quantity for i in sale.items if i.style_no == style)
            <= self.net_bought(customer, style)
            for style in styles
        )
        spent = kept(customer).spent
        had = points.balance(customer)
        before = snapshot(self.customers)
        try:
            back = return_sale(sale_id)
        except ValidationError as refused:
            assert snapshot(self.customers) == before
            # Refused only when it would give back more than she has bought or spent.
            assert not (fits and sale.total <= spent), (
                f"sale {sale_id} (subtotal {sale.subtotal}, total {sale.total}) was refused"
                f" with {spent} spent: {refused.errors}"
            )
            return
        returned = Purchase.get_by_id(back.purchase.id)
        assert (returned.subtotal, returned.discount, returned.total, returned.from_balance) == (
            -sale.subtotal,
            -sale.discount,
            -sale.total,
            -sale.from_balance,
        )
        both = BalanceEntry.select().where(BalanceEntry.purchase.in_([sale_id, returned.id]))
        assert sum((e.amount for e in both), Decimal(0)) == 0
        assert sum((e.bonus for e in both), Decimal(0)) == 0
        self.balance[customer] += model.from_balance
        taken = min(sale.points, had + model.redeemed)
        assert (back.points_back, back.points_taken) == (model.redeemed, taken)
        assert points.balance(customer) == had + model.redeemed - taken
        assert sorted(back.vouchers_back) == sorted(
            Voucher.get_by_id(v).code for v in model.vouchers
        )
        usable = {v.id for v in vouchers.usable(customer, self.day)}
        for voucher_id in model.vouchers:
            row = Voucher.get_by_id(voucher_id)
            assert (row.purchase_id, row.discount) == (None, None)
            voucher = self.voucher_models[voucher_id]
            voucher.used_by = None
            assert (voucher_id in usable) == (voucher.status(self.day) == "valid")
        model.returned = True
        self.unchanged_by(return_sale, sale_id)  # once only

    @rule(days=st.one_of(st.integers(1, 7), st.integers(1, 120)))
    def days_pass(self, days) -> None:
        self.day += dt.timedelta(days=days)
        clock.set_now(self.day)
        points.expire_points(self.day)

    @rule(who=st.sampled_from((0, 1)), bonus_rule=st.sampled_from(("keep", "pay")))
    def refund(self, who, bonus_rule) -> None:
        customer = self.customers[who]
        options.set_many({"refund_bonus": bonus_rule})
        held = stored_value.holding(customer)
        if held.balance <= 0:
            self.unchanged_by(stored_value.refund, self.owner, customer, "cash", "退卡")
            return
        given = stored_value.refund(self.owner, customer, "cash", "退卡")
        if bonus_rule == "keep":
            assert (given.paid_out, given.kept) == (held.paid_in, held.bonus)
        else:
            assert (given.paid_out, given.kept) == (held.balance, 0)
        assert stored_value.holding(customer) == Holding(Decimal(0), Decimal(0))
        self.balance[customer] = Decimal(0)

    @rule(who=st.sampled_from((0, 1)), amount=yuan(-300_000, 300_000))
    def correct(self, who, amount) -> None:
        customer = self.customers[who]
        if amount == 0 or self.balance[customer] + amount < 0:
            self.unchanged_by(stored_value.correct, self.owner, customer, amount, "录错了")
            return
        held = stored_value.holding(customer)
        entry = stored_value.correct(self.owner, customer, amount, "录错了")
        assert entry.amount == amount
        assert (0 if amount > 0 else amount) <= entry.bonus <= 0
        assert stored_value.holding(customer).bonus == held.bonus + entry.bonus
        self.balance[customer] += amount

    @invariant()
    def balances_add_up(self) -> None:
        for customer in self.customers:
            held = stored_value.holding(customer)
            assert kept(customer).balance == held.balance == self.balance[customer]
            assert 0 <= held.bonus <= held.balance
            assert min(running("balance_entry", "amount", customer), default=0) >= 0

    @invariant()
    def points_add_up(self) -> None:
        for customer in self.customers:
            sums = running("points_entry", "points", customer)
            assert min(sums, default=0) >= 0
            final = sums[-1] if sums else 0
            assert kept(customer).points == points.balance(customer) == final

    @invariant()
    def figures_add_up(self) -> None:
        assert derived.mismatches() == []
        assert derived.purchase_mismatches() == []
        for customer in self.customers:  # never more back than she spent
            assert kept(customer).spent >= 0

    @invariant()
    def vouchers_name_their_sale(self) -> None:
        rows = list(Voucher.select().where(Voucher.customer.in_(self.customers)))
        for row in rows:
            model = self.voucher_models[row.id]
            assert row.purchase_id == model.used_by
            assert (row.discount is None) == (row.purchase_id is None)
            assert vouchers.status(row, self.day) == model.status(self.day)
        for sale_id, sale in self.sale_models.items():
            on_it = {v.id for v in rows if v.purchase_id == sale_id}
            assert on_it == (set() if sale.returned else set(sale.vouchers))


# A failure is shrunk alone, not with every other one found: shrinking a long run of
# sales takes minutes each.
RUNS = settings(max_examples=50, stateful_step_count=30, deadline=None, report_multiple_bugs=False)


def test_any_history_keeps_her_wallet_consistent(owner, today) -> None:
    # Two customers with nothing yet; every run's writes are rolled back, so each starts so.
    customers = [profiles.quick_add(name, f"1360000000{n}").id for n, name in enumerate("甲乙")]
    run_state_machine_as_test(lambda: Wallet(owner, today, customers), settings=RUNS)


def test_a_voucher_worth_nothing_on_a_sale_is_neither_offered_nor_used_up(db) -> None:
    """Found by the machine: 10% off ¥0.04 rounds to ¥0.00, and the voucher was gone."""
    her = profiles.quick_add("张小丽", "13812345678").id
    voucher = vouchers.write(her, vouchers.Terms(percent=Decimal(10)), "owner")
    line = SaleLine(Decimal("0.04"))
    offered = vouchers.best(her, [(line.amount, None)], line.amount, line.amount, clock.today())
    with suppress(ValidationError):  # refusing the voucher is as good as leaving it
        record_sale(her, [line], vouchers=[voucher.id])
    assert (offered, vouchers.status(Voucher.get_by_id(voucher.id))) == (None, "valid")

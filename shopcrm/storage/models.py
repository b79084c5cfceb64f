"""The shop's data: peewee models over one SQLite file.

Money is stored as whole fen (integer cents) so sums never drift; dates as ISO
text so the file stays readable by any SQLite tool.
"""

from __future__ import annotations

from decimal import Decimal

import peewee
from peewee import (
    SQL,
    BooleanField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    SmallIntegerField,
)

from shopcrm.core import clock
from shopcrm.core.money import from_fen, to_fen
from shopcrm.core.text import storable


class CharField(peewee.CharField):
    """One line of text; invisible characters never reach the file, whoever writes."""

    def db_value(self, value: object) -> object:
        return super().db_value(storable(value, lines=False) if isinstance(value, str) else value)


class TextField(peewee.TextField):
    """Text of several lines; invisible characters other than line breaks and tabs go."""

    def db_value(self, value: object) -> object:
        return super().db_value(storable(value) if isinstance(value, str) else value)


database = DatabaseProxy()


class MoneyField(Field):
    """Decimal yuan in Python, integer fen in the database."""

    field_type = "INTEGER"

    def db_value(self, value: Decimal | int | float | str | None) -> int | None:
        return None if value is None else to_fen(value)

    def python_value(self, value: int | None) -> Decimal | None:
        return None if value is None else from_fen(value)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    """Shop-wide settings the owner changes (shop kind, thresholds, counters)."""

    key = CharField(primary_key=True)
    value = TextField()


class Staff(BaseModel):
    """The owner (signs in with a password) and the clerks (with a 4–6 digit PIN).

    `secret` is only ever a slow salted hash (staff/secrets.py); a clerk who left
    keeps her row, so history keeps her name, but can no longer sign in.
    """

    name = CharField(unique=True)
    role = CharField(default="clerk", constraints=[SQL("CHECK (role IN ('clerk', 'owner'))")])
    phone = CharField(null=True)
    active = BooleanField(default=True)
    created_at = DateTimeField(default=clock.now)
    secret = CharField(null=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)
    left_at = DateTimeField(null=True)


class Tier(BaseModel):
    """A VIP level; the shop defines its own, ordered by rank."""

    name = CharField(unique=True)
    rank = IntegerField(unique=True)
    threshold = MoneyField(default=0, constraints=[SQL("CHECK (threshold >= 0)")])
    discount_pct = DecimalField(
        max_digits=5,
        decimal_places=2,
        default=0,
        constraints=[SQL("CHECK (discount_pct BETWEEN 0 AND 100)")],
    )
    birthday_discount_pct = DecimalField(
        max_digits=5,
        decimal_places=2,
        default=0,
        constraints=[SQL("CHECK (birthday_discount_pct BETWEEN 0 AND 100)")],
    )
    points_multiplier = DecimalField(max_digits=5, decimal_places=2, default=1)
    benefits = TextField(default="")
    # A voucher of this worth before her birthday (wallet/vouchers.py); 0 gives none.
    birthday_voucher = MoneyField(
        default=0, constraints=[SQL("DEFAULT 0"), SQL("CHECK (birthday_voucher >= 0)")]
    )


GENDERS = ("female", "male", "other")
CONTACT_CHANNELS = ("phone", "sms", "wechat", "visit")
LIFECYCLE = ("visitor", "intending", "customer", "regular", "dormant", "lost")


def _choice(column: str, values: tuple[str, ...], null: bool = True) -> SQL:
    allowed = ", ".join(f"'{v}'" for v in values)
    clause = f"{column} IN ({allowed})"
    return SQL(f"CHECK ({column} IS NULL OR {clause})" if null else f"CHECK ({clause})")


class Customer(BaseModel):
    """One customer's profile: hard facts, soft knowledge, and derived figures."""

    number = CharField(unique=True)
    name = CharField()
    gender = CharField(null=True, constraints=[_choice("gender", GENDERS)])
    ethnicity = CharField(null=True)
    birth_date = DateField(null=True)
    birth_year_approx = SmallIntegerField(null=True)
    birthday_lunar = BooleanField(default=False)
    phone = CharField(null=True)
    phone2 = CharField(null=True)
    wechat = CharField(null=True)
    email = CharField(null=True)
    address = TextField(null=True)
    native_place = CharField(null=True)
    size_top = CharField(null=True)
    size_bottom = CharField(null=True)
    size_shoe = CharField(null=True)
    occupation = CharField(null=True)
    employer = CharField(null=True)
    position = CharField(null=True)
    income_band = CharField(null=True)
    family = TextField(null=True)
    personality = TextField(null=True)
    spending_habits = TextField(null=True)
    style_preferences = TextField(null=True)
    hobbies = TextField(null=True)
    lifestyle = TextField(null=True)
    preferred_channel = CharField(
        null=True, constraints=[_choice("preferred_channel", CONTACT_CHANNELS)]
    )
    accepts_promotions = BooleanField(default=False)
    values = TextField(null=True)
    home_community = CharField(null=True)
    home_type = CharField(null=True)
    home_area_m2 = DecimalField(max_digits=8, decimal_places=1, null=True)
    home_layout = CharField(null=True)
    home_building_year = SmallIntegerField(null=True)
    notes = TextField(null=True)
    # The kinds of VIP event she likes (codes of EVENT_KINDS, comma-separated) and when
    # she can come; asked by her clerk, used to choose whom to invite (events/guests.py).
    event_kinds = CharField(null=True)
    event_times = CharField(null=True)
    status = CharField(default="visitor", constraints=[_choice("status", LIFECYCLE, null=False)])
    clerk = ForeignKeyField(Staff, null=True, backref="customers", on_delete="SET NULL")
    referred_by = ForeignKeyField("self", null=True, backref="referrals", on_delete="SET NULL")
    tier = ForeignKeyField(Tier, null=True, backref="customers", on_delete="SET NULL")
    # Derived from purchases and the points ledger; kept in step by sales.py.
    total_spent = MoneyField(default=0)
    visit_count = IntegerField(default=0)
    first_purchase_on = DateField(null=True)
    last_purchase_on = DateField(null=True)
    points = IntegerField(default=0, constraints=[SQL("CHECK (points >= 0)")])
    # Her stored value, the sum of her wallet ledger (wallet/stored_value.py).
    balance = MoneyField(default=0, constraints=[SQL("DEFAULT 0"), SQL("CHECK (balance >= 0)")])
    # Search keys, rewritten on every save (search_keys.py).
    phone_rev = CharField(null=True)
    name_rev = CharField(null=True)
    py_initials = CharField(null=True)
    py_full = CharField(null=True)
    py_alt = CharField(null=True)
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)
    deleted_at = DateTimeField(null=True)
    merged_into = ForeignKeyField("self", null=True, backref="merged", on_delete="SET NULL")


KEY_DATE_KINDS = ("birthday", "family_birthday", "anniversary", "school", "company", "other")


class KeyDate(BaseModel):
    """A date worth a greeting: hers, her family's, an anniversary."""

    customer = ForeignKeyField(Customer, backref="key_dates", on_delete="CASCADE")
    kind = CharField(constraints=[_choice("kind", KEY_DATE_KINDS, null=False)])
    label = CharField(default="")
    month = SmallIntegerField(constraints=[SQL("CHECK (month BETWEEN 1 AND 12)")])
    day = SmallIntegerField(constraints=[SQL("CHECK (day BETWEEN 1 AND 31)")])
    year = SmallIntegerField(null=True)
    lunar = BooleanField(default=False)
    # She would like the shop to remember this day (family birthdays, anniversaries).
    greet = BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


PAYMENT_METHODS = ("cash", "wechat", "alipay", "card", "other")


class Purchase(BaseModel):
    """One sale (or, with a negative total, a return)."""

    customer = ForeignKeyField(Customer, backref="purchases", on_delete="RESTRICT")
    date = DateField(default=clock.today)
    clerk = ForeignKeyField(Staff, null=True, backref="sales", on_delete="SET NULL")
    subtotal = MoneyField(default=0)
    discount = MoneyField(default=0)
    total = MoneyField(default=0)
    points = IntegerField(default=0)
    # How she paid; NULL for sales recorded before the shop kept it (schema version 1).
    payment = CharField(null=True, constraints=[_choice("payment", PAYMENT_METHODS)])
    note = TextField(null=True)
    delivery_address = TextField(null=True)
    room = CharField(null=True)
    delivery_date = DateField(null=True)
    installation_date = DateField(null=True)
    created_at = DateTimeField(default=clock.now)
    # What came off, by kind (sales/pricing.QUOTE_LINES), as JSON of yuan; NULL before
    # schema version 9, when only the sum in `discount` was kept.
    discounts = TextField(null=True)
    # The part of `total` paid from her stored value (a return: given back to it).
    from_balance = MoneyField(default=0, constraints=[SQL("DEFAULT 0")])
    # A return of a whole sale names the sale, which can be returned once.
    returned_from = ForeignKeyField(
        "self", null=True, unique=True, backref="+", on_delete="SET NULL"
    )


class PurchaseItem(BaseModel):
    purchase = ForeignKeyField(Purchase, backref="items", on_delete="CASCADE")
    style_no = CharField(default="")
    description = CharField(default="")
    category = CharField(null=True)
    size = CharField(null=True)
    colour = CharField(null=True)
    material = CharField(null=True)
    quantity = IntegerField(default=1, constraints=[SQL("CHECK (quantity <> 0)")])
    unit_price = MoneyField(constraints=[SQL("CHECK (unit_price >= 0)")])


POINTS_KINDS = ("earned", "redeemed", "expired", "adjusted")


class PointsEntry(BaseModel):
    """The points ledger: the balance is always the sum of these rows."""

    customer = ForeignKeyField(Customer, backref="points_entries", on_delete="CASCADE")
    purchase = ForeignKeyField(Purchase, null=True, backref="points_entries", on_delete="CASCADE")
    kind = CharField(constraints=[_choice("kind", POINTS_KINDS, null=False)])
    points = IntegerField()
    # Why, as a code and its values worded when shown (loyalty/reasons.py); a reason the
    # owner typed, or one written before schema version 4, is the text in `reason`.
    reason = TextField(default="")
    reason_code = CharField(null=True)
    reason_args = TextField(null=True)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=clock.now)
    # Earned points lapse after this day (points.expire_points); NULL never lapses.
    expires_on = DateField(null=True)


class TierChange(BaseModel):
    """One move between tiers; names are kept so history reads well after a tier is removed."""

    customer = ForeignKeyField(Customer, backref="tier_changes", on_delete="CASCADE")
    from_tier = ForeignKeyField(Tier, null=True, on_delete="SET NULL", column_name="from_tier_id")
    to_tier = ForeignKeyField(Tier, null=True, on_delete="SET NULL", column_name="to_tier_id")
    reason = TextField(default="")  # as PointsEntry's
    reason_code = CharField(null=True)
    reason_args = TextField(null=True)
    changed_at = DateTimeField(default=clock.now)
    from_name = CharField(null=True)
    to_name = CharField(null=True)
    # 1 up, -1 down, 0 moved off a tier the owner removed.
    direction = SmallIntegerField(
        default=1,
        constraints=[SQL("DEFAULT 1"), SQL("CHECK (direction IN (-1, 0, 1))")],
    )


class ReferralReward(BaseModel):
    """The rewards of one converted referral: at most one row per friend, so granted once."""

    friend = ForeignKeyField(Customer, unique=True, backref="referral_reward", on_delete="CASCADE")
    referrer = ForeignKeyField(Customer, backref="referral_rewards", on_delete="CASCADE")
    purchase = ForeignKeyField(Purchase, null=True, on_delete="SET NULL")
    converted_on = DateField()
    referrer_points = IntegerField(default=0, constraints=[SQL("CHECK (referrer_points >= 0)")])
    referrer_gift = TextField(default="")
    referrer_voucher = MoneyField(default=0, constraints=[SQL("CHECK (referrer_voucher >= 0)")])
    friend_discount = MoneyField(default=0, constraints=[SQL("CHECK (friend_discount >= 0)")])
    created_at = DateTimeField(default=clock.now)


COMPLAINT_STATUS = ("open", "awaiting_followup", "closed", "reopened")
COMPLAINT_CHANNELS = ("counter", "phone", "wechat", "other")
COMPLAINT_CATEGORIES = ("quality", "size", "delivery", "installation", "service", "price", "other")
COMPLAINT_CAUSES = ("product", "service", "delivery", "customer_use", "unknown")
COMPLAINT_SOLUTIONS = ("repair", "exchange", "refund", "onsite", "other")
COMPLAINT_COMPENSATIONS = ("gift", "voucher", "points", "discount", "none")
SATISFACTION = ("yes", "partly", "no")
FINAL_ANSWERS = ("accepted", "declined")


def _blank_text() -> TextField:
    """Text that starts empty, also in rows written by plain SQL (the demo)."""
    return TextField(default="", constraints=[SQL("DEFAULT ''")])


def _flag() -> BooleanField:
    return BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


class Complaint(BaseModel):
    """A complaint handled through the nine steps, as it stands now.

    ComplaintStep keeps each step's record (who, when, what was said). A second
    chance starts a new attempt that redoes steps 6-9, so the columns of those
    steps hold the current attempt and the step records keep the earlier ones.
    """

    customer = ForeignKeyField(Customer, backref="complaints", on_delete="RESTRICT")
    purchase = ForeignKeyField(Purchase, null=True, backref="complaints", on_delete="SET NULL")
    item = ForeignKeyField(PurchaseItem, null=True, backref="complaints", on_delete="SET NULL")
    opened_at = DateTimeField(default=clock.now)
    channel = CharField(
        default="counter", constraints=[_choice("channel", COMPLAINT_CHANNELS, null=False)]
    )
    # NULL until the clerk chooses it (a draft of step 1).
    category = CharField(null=True, constraints=[_choice("category", COMPLAINT_CATEGORIES)])
    severity = SmallIntegerField(default=2, constraints=[SQL("CHECK (severity BETWEEN 1 AND 3)")])
    description = TextField(default="")
    concerns = _blank_text()  # the points she raised, one per line
    status = CharField(
        default="open", constraints=[_choice("status", COMPLAINT_STATUS, null=False)]
    )
    current_step = SmallIntegerField(
        default=1, constraints=[SQL("CHECK (current_step BETWEEN 1 AND 9)")]
    )
    attempt = SmallIntegerField(
        default=1, constraints=[SQL("DEFAULT 1"), SQL("CHECK (attempt >= 1)")]
    )
    clerk = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    closed_at = DateTimeField(null=True)
    apologised = _flag()
    cause = CharField(null=True, constraints=[_choice("cause", COMPLAINT_CAUSES)])
    root_cause = _blank_text()
    solution = CharField(null=True, constraints=[_choice("solution", COMPLAINT_SOLUTIONS)])
    solution_amount = MoneyField(null=True, constraints=[SQL("CHECK (solution_amount >= 0)")])
    solution_staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    solution_due = DateField(null=True)
    compensation = CharField(
        null=True, constraints=[_choice("compensation", COMPLAINT_COMPENSATIONS)]
    )
    compensation_value = MoneyField(null=True, constraints=[SQL("CHECK (compensation_value >= 0)")])
    compensation_points = IntegerField(
        null=True, constraints=[SQL("CHECK (compensation_points > 0)")]
    )
    compensation_reason = _blank_text()
    satisfaction = CharField(null=True, constraints=[_choice("satisfaction", SATISFACTION)])
    final_offer = _blank_text()
    final_answer = CharField(null=True, constraints=[_choice("final_answer", FINAL_ANSWERS)])
    thanked = _flag()
    # The day to call her back (step 9); the follow-up list picks it up from here.
    followup_due = DateField(null=True)
    waive_reason = _blank_text()
    prevention = _blank_text()


class ComplaintStep(BaseModel):
    """One step of one attempt: who did it, when, and what was recorded.

    `done_at` is NULL while the step is only saved as a draft; `details` holds
    the step's choices as recorded (JSON of stored codes), so an earlier
    attempt still reads as it was after a second chance.
    """

    complaint = ForeignKeyField(Complaint, backref="steps", on_delete="CASCADE")
    step = SmallIntegerField(constraints=[SQL("CHECK (step BETWEEN 1 AND 9)")])
    attempt = SmallIntegerField(
        default=1, constraints=[SQL("DEFAULT 1"), SQL("CHECK (attempt >= 1)")]
    )
    note = TextField(default="")
    details = TextField(default="{}", constraints=[SQL("DEFAULT '{}'")])
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    done_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("complaint", "step", "attempt"), True),)


class StandardReply(BaseModel):
    """A reply the owner wants every clerk to use at one step, for one category or all."""

    category = CharField(null=True, constraints=[_choice("category", COMPLAINT_CATEGORIES)])
    step = SmallIntegerField(constraints=[SQL("CHECK (step BETWEEN 1 AND 9)")])
    title = CharField()
    text = TextField()
    position = IntegerField(default=0)


CONTACT_KINDS = (
    "follow_up",
    "greeting",
    "birthday",
    "festival",
    "miss_you",
    "thanks",
    "referral_thanks",
    "gift",
    "visit",
    "complaint",
    "event",
    "other",
)


BATCH_KINDS = ("festival", "season")
BATCH_STATUS = ("open", "sent", "cancelled", "lapsed")


class GreetingBatch(BaseModel):
    """One greeting to many: a festival's or a season's message to a clerk's customers.

    Planning writes one row per clerk and occasion, never one per customer: while the
    batch is open its members follow a rule (care/audience.py), so a customer who
    withdraws her consent before it goes is left out. `members` is the list last
    handed out (an SMS file, a list copied for WeChat), as JSON customer ids, and marking
    the batch sent logs one contact per customer in it, linked to the batch.
    """

    key = CharField(unique=True)
    kind = CharField(constraints=[_choice("kind", BATCH_KINDS, null=False)])
    clerk = ForeignKeyField(Staff, null=True, backref="greeting_batches", on_delete="SET NULL")
    due_on = DateField()
    deadline = DateField()
    detail = TextField(default="{}")  # the festival: id, name, date (JSON)
    status = CharField(default="open", constraints=[_choice("status", BATCH_STATUS, null=False)])
    members = TextField(null=True)
    # The message and its signer as handed out (JSON), so the log keeps what she was sent.
    wording = TextField(null=True)
    sent_at = DateTimeField(null=True)
    sent_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)

    class Meta:
        constraints = (SQL("CHECK (deadline >= due_on)"),)


class ContactLog(BaseModel):
    """Every call, message, visit and gift, per clerk."""

    customer = ForeignKeyField(Customer, backref="contacts", on_delete="CASCADE")
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    at = DateTimeField(default=clock.now)
    channel = CharField(constraints=[_choice("channel", CONTACT_CHANNELS, null=False)])
    kind = CharField(
        default="other",
        constraints=[SQL("DEFAULT 'other'"), _choice("kind", CONTACT_KINDS, null=False)],
    )
    outcome = TextField(default="")
    note = TextField(default="")
    # The greeting batch it was part of (care/batches.py): who got a batch, exactly.
    batch = ForeignKeyField(GreetingBatch, null=True, backref="contacts", on_delete="SET NULL")


MESSAGE_KINDS = (
    "holiday",
    "birthday",
    "season",
    "keep_in_touch",
    "thanks",
    "referral_thanks",
    "referral_welcome",
    "post_purchase",
    "home_care",
    "family_day",
    "complaint_followup",
    "invitation",
    "event_reminder",
    "event_thanks",
    "event_missed",
    "event_cancelled",
    "voucher_expiry",
)
MESSAGE_LANGUAGES = ("zh_CN", "en")


class MessageTemplate(BaseModel):
    """A message the clerk sends as is or adapts; placeholders are filled for each customer."""

    kind = CharField(constraints=[_choice("kind", MESSAGE_KINDS, null=False)])
    language = CharField(constraints=[_choice("language", MESSAGE_LANGUAGES, null=False)])
    title = CharField()
    text = TextField()
    position = IntegerField(default=0)


FESTIVAL_RULES = ("solar", "lunar", "weekday", "term")


class Festival(BaseModel):
    """A day the shop greets every customer who welcomes messages; the owner keeps the list.

    `solar`/`lunar`: month and day (lunar day 30 falls on 29 in a short month);
    `weekday`: the `day`-th `weekday` (0 Monday … 6 Sunday) of the month;
    `term`: the solar term named in `term` (e.g. 立冬).
    """

    name = CharField()
    rule = CharField(constraints=[_choice("rule", FESTIVAL_RULES, null=False)])
    month = SmallIntegerField(null=True, constraints=[SQL("CHECK (month BETWEEN 1 AND 12)")])
    day = SmallIntegerField(null=True, constraints=[SQL("CHECK (day BETWEEN 1 AND 31)")])
    weekday = SmallIntegerField(null=True, constraints=[SQL("CHECK (weekday BETWEEN 0 AND 6)")])
    term = CharField(null=True)
    message_kind = CharField(
        default="holiday", constraints=[_choice("message_kind", ("holiday", "season"), null=False)]
    )
    template = ForeignKeyField(MessageTemplate, null=True, on_delete="SET NULL")
    active = BooleanField(default=True)
    position = IntegerField(default=0)


FOLLOW_UP_KINDS = (
    "complaint_followup",
    "purchase_call",
    "delivery_check",
    "installation_check",
    "satisfaction_call",
    "referral_thanks",
    "referral_welcome",
    "referral_call",
    "spend_thanks",
    "top_spender_visit",
    "birthday_list",
    "birthday_gift",
    "birthday",
    "family_day",
    "festival",
    "season",
    "miss_you",
    "event_invitation",
    "event_reminder",
    "event_thanks",
    "event_missed",
    "event_cancelled",
    "voucher_expiry",
)
FOLLOW_UP_STATUS = ("open", "done", "skipped", "cancelled", "lapsed")


class FollowUp(BaseModel):
    """One thing to do for one customer, made by the care rules (care/rules.py).

    `key` names the fact the task comes from (a sale, a birthday in a year…), so
    planning again finds the same task instead of adding a second one. The task
    is due on `due_on` and on time until `deadline`; a snooze only hides it
    until `snoozed_until`, so replanning never undoes the clerk's choice.
    The month's birthday list belongs to a clerk, not to one customer.
    """

    key = CharField(unique=True)
    customer = ForeignKeyField(Customer, null=True, backref="follow_ups", on_delete="CASCADE")
    kind = CharField(constraints=[_choice("kind", FOLLOW_UP_KINDS, null=False)])
    due_on = DateField()
    deadline = DateField()
    clerk = ForeignKeyField(Staff, null=True, backref="follow_ups", on_delete="SET NULL")
    detail = TextField(default="{}")  # the facts behind it (JSON), worded when shown
    budget = MoneyField(null=True, constraints=[SQL("CHECK (budget >= 0)")])
    status = CharField(
        default="open", constraints=[_choice("status", FOLLOW_UP_STATUS, null=False)]
    )
    snoozed_until = DateField(null=True)
    reason = TextField(default="")  # why it was skipped
    done_at = DateTimeField(null=True)
    done_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    contact = ForeignKeyField(ContactLog, null=True, on_delete="SET NULL")
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)

    class Meta:
        constraints = (
            SQL("CHECK ((customer_id IS NULL) = (kind = 'birthday_list'))"),
            SQL("CHECK (deadline >= due_on)"),
        )


EVENT_KINDS = ("preview", "outing", "talk", "birthday_party", "other")
EVENT_STATUS = ("planned", "cancelled")
REPLIES = ("yes", "no", "maybe", "no_answer")


class Event(BaseModel):
    """A VIP event: a preview, an outing, a talk, the month's birthday party."""

    title = CharField()
    kind = CharField(constraints=[_choice("kind", EVENT_KINDS, null=False)])
    starts_at = DateTimeField()
    place = CharField(default="")
    capacity = IntegerField(null=True, constraints=[SQL("CHECK (capacity > 0)")])
    budget = MoneyField(null=True, constraints=[SQL("CHECK (budget >= 0)")])
    gift = CharField(default="")  # what each guest is given, if anything
    organiser = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    notes = TextField(default="")
    status = CharField(default="planned", constraints=[_choice("status", EVENT_STATUS, null=False)])
    cancelled_at = DateTimeField(null=True)
    created_at = DateTimeField(default=clock.now)
    updated_at = DateTimeField(default=clock.now)


class EventGuest(BaseModel):
    """One customer at one event: invited (through her clerk), her reply, whether she came.

    A walk-in has no invitation day; a guest she brought names her in `brought_by`.
    """

    event = ForeignKeyField(Event, backref="guests", on_delete="CASCADE")
    customer = ForeignKeyField(Customer, backref="event_guests", on_delete="CASCADE")
    clerk = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    invited_on = DateField(null=True)
    invited_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    reply = CharField(null=True, constraints=[_choice("reply", REPLIES)])
    replied_at = DateTimeField(null=True)
    # The day the event was on when she replied: moved since, she is asked again.
    replied_for = DateField(null=True)
    attended = BooleanField(default=False)
    arrived_at = DateTimeField(null=True)
    brought_by = ForeignKeyField(Customer, null=True, backref="+", on_delete="SET NULL")
    gift_given = BooleanField(default=False)
    gift_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")

    class Meta:
        indexes = ((("event", "customer"), True),)


VOUCHER_KINDS = ("amount", "percent")
VOUCHER_SOURCES = ("owner", "birthday", "referral", "complaint", "event")


class Voucher(BaseModel):
    """A voucher of hers: worth an amount or a per cent off, used once.

    Used: `purchase` names the sale and `discount` what it took off; a return of that
    sale clears both, so she has it again. `source_key` names what issued it (a
    complaint, a referral, a birthday of a year), so a rule issues it once.
    """

    customer = ForeignKeyField(Customer, backref="vouchers", on_delete="CASCADE")
    code = CharField(unique=True)
    kind = CharField(constraints=[_choice("kind", VOUCHER_KINDS, null=False)])
    value = MoneyField(null=True, constraints=[SQL("CHECK (value > 0)")])
    percent = DecimalField(
        max_digits=5,
        decimal_places=2,
        null=True,
        constraints=[SQL("CHECK (percent > 0 AND percent < 100)")],
    )
    min_spend = MoneyField(default=0, constraints=[SQL("CHECK (min_spend >= 0)")])
    valid_from = DateField()
    valid_to = DateField()
    categories = CharField(default="")  # the categories it applies to, one per line; all if ""
    source = CharField(constraints=[_choice("source", VOUCHER_SOURCES, null=False)])
    source_key = CharField(null=True, unique=True)
    reason = TextField(default="")
    issued_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    issued_at = DateTimeField(default=clock.now)
    purchase = ForeignKeyField(Purchase, null=True, backref="vouchers", on_delete="SET NULL")
    discount = MoneyField(null=True, constraints=[SQL("CHECK (discount >= 0)")])
    cancelled_at = DateTimeField(null=True)
    cancel_reason = TextField(default="")

    class Meta:
        constraints = (
            SQL("CHECK ((kind = 'amount') = (value IS NOT NULL))"),
            SQL("CHECK ((kind = 'percent') = (percent IS NOT NULL))"),
            SQL("CHECK (valid_to >= valid_from)"),
            SQL("CHECK ((purchase_id IS NULL) = (discount IS NULL))"),
        )


BALANCE_KINDS = ("top_up", "spent", "returned", "refund", "forfeited", "correction")


class BalanceEntry(BaseModel):
    """Her stored-value ledger: the balance is the sum of `amount`, never below zero.

    `bonus` is the part of the change that was the shop's bonus on a top-up, so a
    refund can tell what she paid in from what she was given.
    """

    customer = ForeignKeyField(Customer, backref="balance_entries", on_delete="CASCADE")
    kind = CharField(constraints=[_choice("kind", BALANCE_KINDS, null=False)])
    amount = MoneyField()
    bonus = MoneyField(default=0)
    purchase = ForeignKeyField(Purchase, null=True, backref="balance_entries", on_delete="SET NULL")
    payment = CharField(null=True, constraints=[_choice("payment", PAYMENT_METHODS)])
    reason = TextField(default="")
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    created_at = DateTimeField(default=clock.now)


GIFT_SOURCES = ("owner", "birthday", "festival", "event", "referral", "complaint")
GIFT_STATUS = ("issued", "handed", "cancelled")


class Gift(BaseModel):
    """A gift for her: issued (by a rule or the owner), handed over, or cancelled."""

    customer = ForeignKeyField(Customer, backref="gifts", on_delete="CASCADE")
    description = CharField()
    cost = MoneyField(default=0, constraints=[SQL("CHECK (cost >= 0)")])
    source = CharField(constraints=[_choice("source", GIFT_SOURCES, null=False)])
    source_key = CharField(null=True, unique=True)
    reason = TextField(default="")
    status = CharField(default="issued", constraints=[_choice("status", GIFT_STATUS, null=False)])
    issued_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    issued_at = DateTimeField(default=clock.now)
    handed_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    handed_at = DateTimeField(null=True)
    cancelled_at = DateTimeField(null=True)
    cancel_reason = TextField(default="")


class AuditLog(BaseModel):
    """Who changed what: merges, deletions, restores, imports."""

    at = DateTimeField(default=clock.now)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    action = CharField()
    customer = ForeignKeyField(Customer, null=True, on_delete="SET NULL")
    detail = TextField(default="")


class ConsentEvent(BaseModel):
    """Each time she agreed to messages or withdrew, when and before whom."""

    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=True)
    at = DateTimeField(default=clock.now)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    given = BooleanField()
    how = CharField(default="")  # in the shop, by phone, on the import of an old list


class ErasedPhone(BaseModel):
    """A keyed digest of each erased customer's phone, so an old spreadsheet cannot
    bring her back unnoticed; the number itself is not kept."""

    digest = CharField(primary_key=True)
    at = DateTimeField(default=clock.now)


class MergeRecord(BaseModel):
    """What one merge moved and filled in, so the owner can undo it later.

    `moved` maps each kind of record (customers.merge.MOVED) to the ids that
    went from the absorbed customer to the survivor; `before` holds the
    survivor's fields the merge changed, as they were, and `filled` what the
    merge put there, so an undo can tell a field the owner edited since.
    """

    survivor = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    absorbed = ForeignKeyField(Customer, backref="+", on_delete="CASCADE")
    at = DateTimeField(default=clock.now)
    staff = ForeignKeyField(Staff, null=True, on_delete="SET NULL")
    moved = TextField(default="{}")
    before = TextField(default="{}")
    filled = TextField(default="{}")
    undone_at = DateTimeField(null=True)


MODELS: tuple[type[BaseModel], ...] = (
    Setting,
    Staff,
    Tier,
    Customer,
    KeyDate,
    Purchase,
    PurchaseItem,
    PointsEntry,
    TierChange,
    ReferralReward,
    Complaint,
    ComplaintStep,
    StandardReply,
    GreetingBatch,
    ContactLog,
    MessageTemplate,
    Festival,
    FollowUp,
    Event,
    EventGuest,
    Voucher,
    BalanceEntry,
    Gift,
    AuditLog,
    MergeRecord,
    ConsentEvent,
    ErasedPhone,
)

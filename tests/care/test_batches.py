"""A festival greets many in one batch per clerk: planned once, handed out as a list or an
SMS file with only those who accept messages, and marked sent once, one contact each."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from shopcrm import cli
from shopcrm.care import batches, clerk_stats, rules
from shopcrm.core import clock
from shopcrm.core.errors import ValidationError
from shopcrm.core.phones import is_mobile
from shopcrm.customers import profiles
from shopcrm.staff import accounts
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage.models import (
    ContactLog,
    Customer,
    FollowUp,
    GreetingBatch,
    MessageTemplate,
    Tier,
)
from tests.conftest import OWNER_PASSWORD
from tests.helpers.owners import password_args

MID_AUTUMN = dt.date(2027, 9, 15)
START_OF_WINTER = dt.date(2027, 11, 7)  # 立冬 2027


def welcome(name: str, phone: str, clerk: int | None, gender: str = "female") -> int:
    """A customer who accepts messages."""
    customer = profiles.quick_add(name, phone, clerk_id=clerk)
    profiles.update_customer(customer.id, {"accepts_promotions": True, "gender": gender})
    return customer.id


@pytest.fixture
def shop(owner) -> dict[str, object]:
    """Two clerks: 小陈 with four customers who welcome messages (one a Diamond VIP, one
    with a landline), one who does not; 小王 with two; and one customer nobody is in
    charge of."""
    chen = accounts.add_clerk(owner, "小陈", "1357")
    wang = accounts.add_clerk(owner, "小王", "2468")
    mine = [
        welcome("张小丽", "13812345678", chen.id),
        welcome("李娜", "13900001111", chen.id),
        welcome("刘芳", "010-62345678", chen.id),
    ]
    vip = welcome("赵敏", "13700002222", chen.id)
    diamond = Tier.select().order_by(Tier.rank.desc()).first()
    Customer.update(tier=diamond).where(Customer.id == vip).execute()
    quiet = profiles.quick_add("王芳", "13700003333", clerk_id=chen.id).id
    theirs = [welcome("孙丽", "13600004444", wang.id), welcome("周洁", "13500005555", wang.id)]
    nobody = welcome("吴静", "13400006666", None)
    return {
        "owner": owner,
        "chen": chen,
        "wang": wang,
        "mine": mine,
        "vip": vip,
        "quiet": quiet,
        "theirs": theirs,
        "nobody": nobody,
    }


def batch_of(clerk_id: int | None, day: dt.date = MID_AUTUMN) -> batches.BatchRow:
    (found,) = [b for b in batches.batches_of(day) if b.clerk_id == clerk_id and b.on == day]
    return found


def test_a_festival_day_makes_a_batch_per_clerk_not_a_task_per_customer(shop) -> None:
    planned = rules.plan(MID_AUTUMN)
    # One batch for each clerk's customers and one for those of no clerk; the VIP alone is
    # greeted one by one, as a task of her own.
    assert planned.batches.created == 3
    assert GreetingBatch.select().count() == 3
    festival_tasks = FollowUp.select().where(FollowUp.kind == "festival")
    assert [t.customer_id for t in festival_tasks] == [shop["vip"]]
    mine = batch_of(shop["chen"].id)
    assert (mine.festival, mine.members, mine.mobiles) == ("中秋节", 3, 2)
    assert {m.customer_id for m in batches.members(mine.id)} == set(shop["mine"])
    assert batch_of(shop["wang"].id).members == 2
    assert batch_of(None).members == 1
    message = next(m.message for m in batches.members(mine.id) if m.name == "张小丽")
    assert "张女士" in message and "小陈" in message and "中秋" in message
    assert batches.preview(mine.id, count=2) == batches.members(mine.id)[:2]
    # Planned again, nothing is added or changed.
    again = rules.plan(MID_AUTUMN)
    assert (again.created, again.updated, again.batches) == (
        0,
        0,
        rules.batch_plan.BatchChanges(0, 0, 0, 0),
    )
    assert GreetingBatch.select().count() == 3 and festival_tasks.count() == 1


def test_her_consent_withdrawn_takes_her_out_and_an_empty_batch_goes(shop) -> None:
    rules.plan(MID_AUTUMN)
    profiles.update_customer(shop["mine"][0], {"accepts_promotions": False})
    assert batch_of(shop["chen"].id).members == 2
    profiles.update_customer(shop["nobody"], {"accepts_promotions": False})
    assert rules.plan(MID_AUTUMN).batches.cancelled == 1
    assert [b.clerk_id for b in batches.batches_of(MID_AUTUMN)] == [
        shop["chen"].id,
        shop["wang"].id,
    ]


def test_a_change_of_season_is_a_batch_with_the_season_message(shop) -> None:
    rules.plan(START_OF_WINTER)
    mine = batch_of(shop["chen"].id, START_OF_WINTER)
    assert mine.kind == "season"
    (first, *_) = batches.members(mine.id)
    assert first.message and "立冬" in first.message


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the byte-order mark the SMS platforms need
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


def test_the_sms_file_holds_only_mobiles_of_customers_who_accept_messages(shop, tmp_path) -> None:
    rules.plan(MID_AUTUMN)
    mine = batch_of(shop["chen"].id)
    profiles.update_customer(shop["mine"][1], {"accepts_promotions": False})  # 李娜
    sent = batches.export_sms(shop["chen"], mine.id, tmp_path / "中秋.csv")
    assert (sent.written, sent.without_mobile) == (1, 1)  # 刘芳 has a landline
    header, *rows = read_csv(sent.path)
    assert header == ["手机号码", "短信内容"]
    assert [phone for phone, _ in rows] == ["13812345678"]
    assert "张女士" in rows[0][1]
    book = batches.export_sms(shop["owner"], mine.id, tmp_path / "中秋.xlsx")
    sheet = load_workbook(book.path).active
    values = [tuple(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == ("手机号码", "短信内容")
    assert [phone for phone, _ in values[1:]] == ["13812345678"]
    for phone in ("13900001111", "13700003333", "13700002222"):  # refused, never agreed, VIP
        assert phone not in sent.path.read_text(encoding="utf-8-sig")


def test_marking_sent_logs_one_contact_for_each_customer_handed_out_once(shop, tmp_path) -> None:
    rules.plan(MID_AUTUMN)
    mine = batch_of(shop["chen"].id)
    batches.export_sms(shop["chen"], mine.id, tmp_path / "中秋.csv")
    # After the file went to the platform: a new customer, and one withdraws her consent.
    late = welcome("陈静", "13300007777", shop["chen"].id)
    profiles.update_customer(shop["mine"][1], {"accepts_promotions": False})
    texted = [i for i in shop["mine"] if is_mobile(Customer.get_by_id(i).phone)]
    assert len(texted) == 2  # 刘芳's landline was not in the file: no text reached her
    assert batches.mark_sent(shop["chen"], mine.id) == 2
    logged = ContactLog.select().where(ContactLog.batch == mine.id)
    assert sorted(c.customer_id for c in logged) == sorted(texted)
    how = {(c.staff_id, c.channel, c.kind) for c in logged}
    assert how == {(shop["chen"].id, "sms", "festival")}
    assert all("小陈" in c.note for c in logged)
    assert not ContactLog.select().where(ContactLog.customer == late).exists()
    with pytest.raises(ValidationError):
        batches.mark_sent(shop["chen"], mine.id)
    assert logged.count() == 2
    # It stays sent, with who got it, and leaves the day's list.
    rules.plan(MID_AUTUMN)
    assert batches.batch_row(mine.id).status == "sent"
    assert batches.batch_row(mine.id).members == 2
    assert mine.id not in [b.id for b in batches.batches_of(MID_AUTUMN)]
    (chen,) = [r for r in clerk_stats.month_stats(clock.today()) if r.clerk == "小陈"]
    assert chen.contacts == 2


def test_her_log_keeps_the_message_handed_out_though_the_library_changed_since(
    shop, owner, tmp_path
) -> None:
    rules.plan(MID_AUTUMN)
    mine = batch_of(shop["chen"].id)
    written = batches.export_sms(shop["chen"], mine.id, tmp_path / "中秋.csv")
    with open(written.path, encoding="utf-8-sig", newline="") as file:
        sent = {phone: text for phone, text in list(csv.reader(file))[1:]}
    for template in MessageTemplate.select():
        MessageTemplate.update(text="新的祝福——{clerk}").where(
            MessageTemplate.id == template.id
        ).execute()
    batches.mark_sent(owner, mine.id)
    logged = {
        c.customer.phone: c.note for c in ContactLog.select().where(ContactLog.batch == mine.id)
    }
    assert logged == sent and all("小陈" in text and "新的" not in text for text in sent.values())


def test_marked_sent_without_a_hand_out_logs_its_members_of_the_moment(shop) -> None:
    rules.plan(MID_AUTUMN)
    theirs = batch_of(shop["wang"].id)
    assert batches.mark_sent(shop["wang"], theirs.id, "wechat") == 2
    channels = {c.channel for c in ContactLog.select().where(ContactLog.batch == theirs.id)}
    assert channels == {"wechat"}


def test_only_her_clerk_or_the_owner_hands_a_batch_out(shop, tmp_path) -> None:
    rules.plan(MID_AUTUMN)
    mine = batch_of(shop["chen"].id)
    with pytest.raises(PermissionDenied):
        batches.export_sms(shop["wang"], mine.id, tmp_path / "x.csv")
    with pytest.raises(PermissionDenied):
        batches.mark_sent(shop["wang"], mine.id)
    assert not (tmp_path / "x.csv").exists()
    assert batches.refusal(shop["wang"], mine.clerk_id).startswith("Only the clerk")
    assert batches.refusal(shop["chen"], mine.clerk_id) is None
    assert batches.refusal(shop["owner"], mine.clerk_id) is None
    assert batches.refusal(None, mine.clerk_id) == "Sign in first."
    copied = batches.copy_list(shop["owner"], mine.id)
    assert [line.split("\t")[0] for line in copied.splitlines()] == ["张小丽", "李娜", "刘芳"]
    assert json.loads(GreetingBatch.get_by_id(mine.id).members) == shop["mine"]


def test_a_festival_greeting_lapses_the_day_after_the_festival(shop) -> None:
    rules.plan(MID_AUTUMN)
    nobody = batch_of(None)
    later = rules.plan(MID_AUTUMN + dt.timedelta(days=1))
    assert later.batches.lapsed == 3 and later.lapsed == 1  # the VIP's own greeting too
    assert batches.batches_of(MID_AUTUMN + dt.timedelta(days=1)) == []
    with pytest.raises(ValidationError):
        batches.mark_sent(shop["owner"], nobody.id)


def test_the_command_line_lists_exports_and_marks_a_batch_sent(
    shop, db_path, tmp_path, capsys
) -> None:
    owner = password_args(tmp_path, OWNER_PASSWORD)
    assert cli.main(["--db", str(db_path), "tasks", "--date", "2027-09-15", "--clerk", "小陈"]) == 0
    listed = capsys.readouterr().out
    mine = batch_of(shop["chen"].id)
    assert f"#{mine.id} 2027-09-15 中秋节 [小陈] 3 customers, 2 by text message" in listed
    assert "赵敏" in listed  # the VIP, greeted one by one
    out = tmp_path / "中秋.xlsx"
    assert cli.main(["--db", str(db_path), *owner, "batch", "export", str(mine.id), str(out)]) == 0
    assert "2 text messages written" in capsys.readouterr().out
    assert load_workbook(out).active.max_row == 3
    assert cli.main(["--db", str(db_path), *owner, "batch", "sent", str(mine.id)]) == 0
    assert "2 contacts logged" in capsys.readouterr().out  # the two in the file
    assert cli.main(["--db", str(db_path), *owner, "batch", "sent", str(mine.id)]) == 2
    assert ContactLog.select().where(ContactLog.batch == mine.id).count() == 2


def test_a_batch_handed_out_waits_to_be_marked_sent_whatever_happens_meanwhile(
    shop, tmp_path
) -> None:
    from shopcrm.customers import privacy

    rules.plan(MID_AUTUMN)
    mine = batch_of(shop["chen"].id)
    batches.export_sms(shop["chen"], mine.id, tmp_path / "中秋.csv")  # the texts go out
    # The owner hands 小陈's customers to 小王, and one of them is erased, the same day.
    accounts.deactivate(shop["owner"], shop["chen"].id, shop["wang"].id)
    privacy.erase(shop["owner"], shop["mine"][0])
    rules.plan(MID_AUTUMN)
    theirs = batch_of(shop["wang"].id)
    # 小王's batch does not greet again those 小陈's file reached.
    assert {m.customer_id for m in batches.members(theirs.id)} == set(shop["theirs"]) | {
        shop["mine"][2]  # 刘芳's landline was not in the file: she is still to be greeted
    }
    rules.plan(MID_AUTUMN + dt.timedelta(days=1))  # and the day after, it is still there
    assert GreetingBatch.get_by_id(mine.id).status == "open"
    assert batches.mark_sent(shop["owner"], mine.id) == 1  # 李娜; the erased one is not logged
    (logged,) = ContactLog.select().where(ContactLog.batch == mine.id)
    assert (logged.customer_id, logged.staff_id) == (shop["mine"][1], shop["chen"].id)
    assert GreetingBatch.get_by_id(theirs.id).status == "lapsed"  # never handed out


def test_a_customer_greeted_one_by_one_is_not_in_the_batch_after_the_owner_moves_the_line(
    shop,
) -> None:
    rules.plan(MID_AUTUMN)
    (own,) = FollowUp.select().where(FollowUp.kind == "festival")
    own.status = "done"
    own.save()
    Tier.update(rank=Tier.rank - 10).execute()  # no tier is greeted one by one any more
    rules.plan(MID_AUTUMN)
    assert shop["vip"] not in {m.customer_id for m in batches.members(batch_of(shop["chen"].id).id)}

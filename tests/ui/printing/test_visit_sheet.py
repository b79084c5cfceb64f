"""Her card on paper for a home visit: who she is, her home, her days and purchases, her
open complaint; her phone as the one printing may see it; the trail notes it."""

from __future__ import annotations

from shopcrm.customers import profiles
from shopcrm.staff import accounts
from shopcrm.storage import options
from shopcrm.storage.models import AuditLog, Complaint, Customer
from shopcrm.ui import session
from shopcrm.ui.printing.visit_sheet_dialog import VisitSheetDialog
from tests.helpers.pdf import read_pdf


def test_her_card_prints_for_a_home_visit(qtbot, window, shop, owner, tmp_path) -> None:
    options.set_many({"shop_name": "丽影家居", "shop_kind": "furniture"})
    Customer.update(address="杭州市文三路 88 号").where(Customer.id == shop["xiaoli"]).execute()
    Complaint.create(customer=shop["xiaoli"], description="沙发扶手松了")
    card = window.open_customer(shop["xiaoli"])
    qtbot.addWidget(card)
    card.visit_action.trigger()
    dialog = card.findChild(VisitSheetDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    (page,), _ = read_pdf(dialog.save_pdf(tmp_path / "visit.pdf"))
    for words in ("丽影家居", "张小丽", "13812345678", "杭州市文三路", "羊毛大衣", "沙发扶手松了"):
        assert words in page, words
    assert "1990-05-03" in page  # her birthday
    assert "Clerk in charge" not in page  # said once, by name, at the top
    printed = AuditLog.get(AuditLog.action == "printed")
    assert printed.customer_id == shop["xiaoli"]


def test_a_clerk_prints_the_phone_as_she_may_see_it(qtbot, window, shop, owner) -> None:
    options.set_many({"mask_phones": "yes"})
    session.set_current(accounts.add_clerk(owner, "小周", "2468"))
    other = profiles.quick_add("李娜娜", "13911112222")
    dialog = VisitSheetDialog(other.id, window)
    qtbot.addWidget(dialog)
    text = dialog.page.toPlainText()
    assert "李娜娜" in text and "139****2222" in text and "13911112222" not in text
    assert not AuditLog.select().where(AuditLog.action == "printed").exists()

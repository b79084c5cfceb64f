"""The monthly VIP list printed from the window: A4 across, the header row on every page,
each VIP with her money, and the trail saying it left the shop on paper."""

from __future__ import annotations

import pytest

from shopcrm.core.i18n import in_language
from shopcrm.customers.profiles import quick_add
from shopcrm.loyalty import vip_report
from shopcrm.staff import accounts
from shopcrm.staff.permissions import PermissionDenied
from shopcrm.storage import options
from shopcrm.storage.models import AuditLog, Customer, Purchase, Tier, database
from shopcrm.ui import session
from shopcrm.ui.spreadsheets.export_actions import print_vip_list
from tests.helpers.pdf import MM, read_pdf

VIPS = 80


def test_the_vip_list_prints_across_a4_with_its_header_on_every_page(
    qtbot, window, owner, today, tmp_path
) -> None:
    options.set_many({"shop_name": "丽影服饰"})
    gold = Tier.get(Tier.rank == 2)
    people = [quick_add(f"贵宾{n:02d}", f"1390000{n:04d}") for n in range(VIPS)]
    with database.atomic():
        Customer.update(tier=gold).where(Customer.id.in_([p.id for p in people])).execute()
        for n, person in enumerate(people):
            Purchase.create(customer=person, date=today, subtotal=2000 + n, total=2000 + n)
    dialog = print_vip_list(window, f"{today:%Y-%m}", "zh_CN")
    assert dialog is not None
    qtbot.addWidget(dialog)
    saved = dialog.save_pdf(tmp_path / "vip.pdf")

    texts, sizes = read_pdf(saved)
    assert all(round(s.width() / MM) == 297 and round(s.height() / MM) == 210 for s in sizes)
    words = in_language("zh_CN")
    heading = f"{words.tr(vip_report.WORDS['vip'])} · {today:%Y-%m}"
    number_header = words.tr(vip_report.WORDS["number"])
    vip_pages = [text for text in texts if "贵宾" in text]
    assert len(vip_pages) >= 2 and heading in texts[0] and "丽影服饰" in texts[0]
    assert all(number_header in page for page in vip_pages)  # the header row repeats
    for n in range(VIPS):
        (page,) = [text for text in vip_pages if f"贵宾{n:02d}" in text]
        assert f"¥{2000 + n:,}.00" in page
    birthdays = words.tr(vip_report.WORDS["birthdays"])
    # A page of few words may come back a character a line: compared without spaces.
    assert any(birthdays in "".join(text.split()) for text in texts)
    printed = AuditLog.get(AuditLog.action == "printed")
    assert '"rows": 80' in printed.detail


def test_a_clerk_cannot_print_the_customers_list(qtbot, window, owner, today) -> None:
    session.set_current(accounts.add_clerk(owner, "小周", "2468"))
    window.counter_lock.signed_in_changed.emit()
    assert not window.print_vip_list_action.isEnabled()
    with pytest.raises(PermissionDenied):
        vip_report.vip_sheets(session.current(), f"{today:%Y-%m}")

"""Her data from her card: the owner exports all of it or erases it; a clerk may not."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from shopcrm.core.errors import ShopError
from shopcrm.customers import profiles
from shopcrm.storage.models import AuditLog, Customer, Staff, database
from shopcrm.ui import session
from shopcrm.ui.complaints.complaint_wizard import customer_text
from shopcrm.ui.customers.customer_card import CustomerCard


def test_the_owner_exports_her_record_then_erases_her(
    qtbot, english, shop, tmp_path: Path, monkeypatch
) -> None:
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    target = tmp_path / "her.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    card.record_action.trigger()
    assert "Written:" in card.notice.text()
    assert load_workbook(target).sheetnames[0] == "Profile"
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    card.erase_action.trigger()
    erased = Customer.get_by_id(shop["xiaoli"])
    assert erased.name.startswith("Erased customer") and erased.phone is None
    assert {row.action for row in AuditLog.select()} >= {"customer_record", "erase"}
    # Opened again, her record shows its figures and takes no profile back.
    again = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(again)
    assert not again.form.fields["phone"].widget.isEnabled()
    assert not again.sale_button.isEnabled() and not again.complaint_button.isEnabled()
    assert "erased on request" in again.notice.text()
    with pytest.raises(ShopError, match="erased on request"):
        profiles.update_customer(shop["xiaoli"], {"phone": "13812345678"})
    assert Customer.get_by_id(shop["xiaoli"]).phone is None


def test_a_clerk_sees_why_she_cannot(qtbot, english, shop) -> None:
    session.set_current(Staff.get(Staff.name == "小陈"))
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    assert not card.erase_action.isEnabled()
    assert card.erase_action.toolTip() == "Only the owner can erase a customer's personal data."
    assert not card.record_action.isEnabled() and not card.delete_button.isEnabled()


def test_her_consent_shows_on_her_card_with_who_recorded_it(qtbot, english, shop) -> None:
    session.set_current(Staff.get(Staff.name == "小陈"))
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    card.open_tab(card.contacts)
    assert "not asked yet" in card.contacts.consent.text()
    card.form.fields["accepts_promotions"].widget.setChecked(True)
    assert card.save()
    assert card.contacts.consent.text().endswith("agreed to messages (小陈)")


def test_a_clerk_sees_other_clerks_customers_phones_masked_and_showing_one_is_logged(
    qtbot, english, shop
) -> None:
    from shopcrm.shop import shop_settings
    from shopcrm.ui.customers.customer_table import CustomerTableModel

    shop_settings.save(session.current(), {"mask_phones": "yes"})
    wang = Staff.create(name="小王")
    session.set_current(wang)  # 张小丽 is 小陈's customer
    model = CustomerTableModel()
    model.refresh()
    phones = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert phones["张小丽"] == "138****5678"
    wizard_offers = customer_text(Customer.get_by_id(shop["xiaoli"]))  # the complaint's search
    assert "138****5678" in wizard_offers and "1234" not in wizard_offers
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    assert card.header.phone.text() == "138****5678"
    phone_line = card.form.fields["phone"].widget
    assert phone_line.text() == "138****5678" and phone_line.isReadOnly()
    card.form.fields["name"].widget.setText("张小丽丽")  # an edit while the number is hidden
    assert set(card.form.changed()) == {"name"}
    assert card.save()
    assert Customer.get_by_id(shop["xiaoli"]).phone == "13812345678"  # not the mask
    assert not AuditLog.select().where(AuditLog.action == "reveal_phone").exists()
    card.header.phone.click()
    assert card.header.phone.text() == "138 1234 5678"
    assert phone_line.text() == "13812345678" and not phone_line.isReadOnly()
    (line,) = AuditLog.select().where(AuditLog.action == "reveal_phone")
    assert (line.staff_id, line.customer_id) == (wang.id, shop["xiaoli"])
    session.set_current(Staff.get(Staff.name == "小陈"))
    model.refresh()  # her own customer: in full
    assert "138 1234 5678" in [model.index(r, 2).data() for r in range(model.rowCount())]


def test_an_erase_while_another_program_reads_tells_the_owner_when_her_traces_go(
    qtbot, english, shop, monkeypatch
) -> None:
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    card = CustomerCard(shop["xiaoli"])
    qtbot.addWidget(card)
    with closing(sqlite3.connect(database.database)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM customer").fetchone()
        card.erase_action.trigger()
    assert Customer.get_by_id(shop["xiaoli"]).phone is None
    assert len(told) == 1 and "leave the file only when it closes" in told[0]

"""The counter, driven by keyboard and mouse as a clerk would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shopcrm.core import clock
from shopcrm.core.calendar_dates import next_occurrence
from shopcrm.storage.models import Customer, Purchase, Tier
from shopcrm.ui.customers.customer_card import CustomerCard
from shopcrm.ui.customers.merge_dialog import MergeDialog
from shopcrm.ui.customers.quick_add import QuickAddDialog
from shopcrm.ui.customers.trash_dialog import TrashDialog
from shopcrm.ui.sales.sale_dialog import SaleDialog


def open_dialog(window, kind):
    found = [w for w in window.findChildren(kind) if w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def test_phone_suffix_then_enter_opens_her_card(qtbot, window, shop) -> None:
    window.search_action.trigger()
    qtbot.keyClicks(window.customers.search_box, "5678")
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 1)
    qtbot.keyClick(window.customers.search_box, Qt.Key.Key_Return)
    card = open_dialog(window, CustomerCard)
    assert card.objectName() == "customerCard"
    assert card.header.name.text() == "张小丽"
    assert card.header.figures["total"].text() == "¥1,500.00"


def test_typing_in_the_list_searches_and_pinyin_initials_find_her(qtbot, window) -> None:
    window.customers.table.setFocus()
    qtbot.keyClicks(window.customers.table, "cml")
    assert window.customers.search_box.text() == "cml"
    window.customers.apply()
    assert window.customers.model.row_at(0).name == "陳美玲"
    assert window.customers.result_label.text() == "1 match"


def test_quick_add_catches_a_duplicate_phone_and_opens_the_existing_customer(
    qtbot, window, shop
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, QuickAddDialog)
    assert dialog.objectName() == "quickAddDialog"
    dialog.name.insert("张晓丽")  # keyClicks types ASCII only
    qtbot.keyClicks(dialog.phone, "138-1234-5678")
    assert dialog.duplicate.isVisible()
    assert "张小丽" in dialog.duplicate.text() and "C000001" in dialog.duplicate.text()
    dialog.duplicate.linkActivated.emit("open")
    card = open_dialog(window, CustomerCard)
    assert card.customer_id == shop["xiaoli"]
    assert Customer.select().count() == 4


def test_quick_add_registers_and_shows_errors_in_place(qtbot, window) -> None:
    window.quick_add()
    dialog = open_dialog(window, QuickAddDialog)
    dialog.name.insert("周敏")
    qtbot.keyClicks(dialog.phone, "1381234")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.findChild(object, "saveButton")), "saveButton"),
        Qt.MouseButton.LeftButton,
    )
    assert dialog.isVisible()
    assert dialog.phone.property("invalid") is True
    assert dialog.phone.text() == "1381234" and dialog.name.text() == "周敏"
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "13311112222")
    dialog.save()
    card = open_dialog(window, CustomerCard)
    assert card.header.name.text() == "周敏"
    assert window.count_label.text() == "5 customers"


def test_a_sale_from_the_card_updates_her_figures_and_announces_the_new_tier(
    qtbot, window, shop
) -> None:
    card = window.open_customer(shop["xiaoli"])
    member, silver = (t.name for t in Tier.select().order_by(Tier.rank).limit(2))
    assert card.header.tier.text() == member
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    qtbot.keyClick(card.tabs, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    sale = open_dialog(window, SaleDialog)
    assert sale.objectName() == "saleDialog"
    items = sale.items
    items.setData(items.index(0, 0), "F23-1045")
    assert items.rows[0]["description"] == "羊毛大衣"
    assert items.rows[0]["unit_price"] == "1500.00"
    items.setData(items.index(0, 5), "1")
    assert sale.summary["total"].text() == "¥1,500.00"
    qtbot.mouseClick(sale.save_button, Qt.MouseButton.LeftButton)
    assert not sale.isVisible()
    assert card.header.tier.text() == silver
    assert card.header.figures["total"].text() == "¥3,000.00"
    assert card.header.figures["visits"].text() == "2"
    upgrade = card.findChild(QMessageBox, "tierUpgradeBox")
    assert upgrade is not None and silver in upgrade.text()
    assert Customer.get_by_id(shop["xiaoli"]).tier_id == Tier.get(Tier.rank == 1).id


def test_tier_discount_is_shown_before_saving(qtbot, window, shop) -> None:
    card = window.open_customer(shop["xiaoli"])
    card.record_sale()
    sale = open_dialog(window, SaleDialog)
    sale.items.setData(sale.items.index(0, 1), "真丝衬衫")
    sale.items.setData(sale.items.index(0, 6), "2000")
    sale.save()
    card.record_sale()
    second = open_dialog(window, SaleDialog)
    second.items.setData(second.items.index(0, 1), "围巾")
    second.items.setData(second.items.index(0, 6), "200")
    assert second.summary["tier"].text() == "-¥10.00 (5%)"
    assert second.summary["total"].text() == "¥190.00"


def test_bad_rows_are_marked_and_nothing_is_saved(qtbot, window, shop) -> None:
    table = window.customers.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(
        window.customers.model.index(0, 1)).center())  # fmt: skip
    window.record_sale()
    sale = open_dialog(window, SaleDialog)
    sale.items.setData(sale.items.index(0, 1), "大衣")
    sale.items.setData(sale.items.index(0, 6), "abc")
    sale.save()
    assert sale.isVisible()
    assert (0, "unit_price") in sale.items.bad
    assert sale.errors.text().startswith("Item 1, price: “abc” is not an amount")
    assert Purchase.select().count() == 1


def test_an_invalid_email_keeps_the_typed_text(qtbot, window, shop) -> None:
    card = window.open_customer(shop["xiaoli"])
    email = card.form.fields["email"].widget
    qtbot.keyClicks(email, "xiaoli@")
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    qtbot.keyClick(email, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert email.text() == "xiaoli@"
    assert email.property("invalid") is True
    assert card.form.fields["email"].error.isVisible()
    assert card.tabs.currentWidget().isAncestorOf(email)
    assert Customer.get_by_id(shop["xiaoli"]).email is None
    email.clear()
    qtbot.keyClicks(email, "xiaoli@example.com")
    assert card.save()
    assert email.property("invalid") is False
    assert Customer.get_by_id(shop["xiaoli"]).email == "xiaoli@example.com"


def test_undo_the_last_save(qtbot, window, shop) -> None:
    card = window.open_customer(shop["xiaoli"])
    size = card.form.fields["size_top"].widget
    qtbot.keyClicks(size, "M")
    assert card.save_button.isEnabled()
    assert card.save()
    assert Customer.get_by_id(shop["xiaoli"]).size_top == "M"
    card.undo_button.click()
    assert Customer.get_by_id(shop["xiaoli"]).size_top is None
    assert size.text() == ""


def test_closing_with_unsaved_changes_asks_first(qtbot, window, shop, monkeypatch) -> None:
    card = window.open_customer(shop["xiaoli"])
    card.form.fields["hobbies"].widget.insertPlainText("瑜伽")
    answers = iter([QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    card.close()
    assert card.isVisible()
    card.close()
    assert not card.isVisible()
    assert Customer.get_by_id(shop["xiaoli"]).hobbies == "瑜伽"


def test_delete_to_trash_and_restore(qtbot, window, shop, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    card = window.open_customer(shop["others"][0])
    card.delete_button.click()
    assert window.count_label.text() == "3 customers"
    window.trash_action.trigger()
    trash = open_dialog(window, TrashDialog)
    trash.list.view.setCurrentIndex(trash.list.model.index(0, 0))
    trash.findChild(type(trash.findChild(object, "restoreButton")), "restoreButton").click()
    assert trash.restored == [shop["others"][0]]
    trash.accept()
    assert window.count_label.text() == "4 customers"


def test_merge_two_selected_customers(qtbot, window, shop) -> None:
    table = window.customers.table
    table.selectRow(0)
    table.selectionModel().select(
        window.customers.model.index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    assert window.merge_action.isEnabled()
    window.merge_action.trigger()
    dialog = open_dialog(window, MergeDialog)
    assert "C000002 will be merged into C000001" in dialog.plan.text()
    dialog.run()
    assert window.count_label.text() == "3 customers"
    assert Customer.get_by_id(shop["others"][0]).merged_into_id == shop["xiaoli"]


def test_filters_and_sorting(qtbot, window, shop) -> None:
    page = window.customers
    page.status_filter.setCurrentIndex(page.status_filter.findData("customer"))
    assert page.model.view.status == "customer"
    assert page.model.rowCount() == 1
    page.status_filter.setCurrentIndex(0)
    page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    assert page.model.row_at(0).name == "张小丽"
    assert page.model.view.sort == "total_spent" and page.model.view.descending


def test_window_state_is_remembered(qtbot, english, shop, db_path) -> None:
    from shopcrm.ui.main_window import MainWindow

    first = MainWindow(db_path)
    qtbot.addWidget(first)
    first.customers.table.setColumnWidth(1, 333)
    first.close()
    second = MainWindow(db_path)
    qtbot.addWidget(second)
    assert second.customers.table.columnWidth(1) == 333


def test_key_dates_tab_adds_a_lunar_family_birthday(qtbot, window, shop) -> None:
    from shopcrm.ui.customers.key_dates_tab import KeyDateDialog

    card = window.open_customer(shop["xiaoli"])
    tab = card.key_dates
    dialog = KeyDateDialog(shop["xiaoli"], None, tab)
    dialog.kind.setCurrentIndex(dialog.kind.findData("family_birthday"))
    dialog.label.setText("女儿")
    dialog.month.setValue(1)
    dialog.day.setValue(5)
    dialog.lunar.setChecked(True)
    dialog.save()
    tab.show_for(shop["xiaoli"])
    assert tab.model.rowCount() == 1
    assert tab.model.item(0, 1).text() == "女儿"
    next_on = next_occurrence(1, 5, True, clock.today())
    assert int(tab.model.item(0, 5).text()) == (next_on - clock.today()).days


def test_a_complaint_starts_from_her_card_and_the_register_is_a_page(qtbot, window, shop) -> None:
    from shopcrm.ui.complaints.complaint_wizard import ComplaintWizard

    assert window.complaints is None
    window.pages.setCurrentIndex(2)
    assert window.complaints.objectName() == "complaintsPage"
    assert window.complaints.isVisible()
    card = window.open_customer(shop["xiaoli"])
    card.complaint_button.click()
    wizard = open_dialog(window, ComplaintWizard)
    assert wizard.objectName() == "complaintWizard"


def test_export_follows_the_list_filter(qtbot, window, shop, tmp_path, monkeypatch) -> None:
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "customers.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page = window.customers
    page.status_filter.setCurrentIndex(page.status_filter.findData("customer"))
    window.export_action.trigger()
    rows = list(load_workbook(target, read_only=True).worksheets[0].iter_rows(values_only=True))
    assert len(rows) == 2 and "张小丽" in rows[1]
    assert str(target) in window.statusBar().currentMessage()


def test_import_wizard_opens_from_the_shop_menu(qtbot, window) -> None:
    from shopcrm.ui.spreadsheets.import_wizard import ImportWizard

    window.import_action.trigger()
    assert open_dialog(window, ImportWizard).objectName() == "importWizard"


def test_the_referrer_is_recorded_on_her_card(qtbot, window, shop) -> None:
    card = window.open_customer(shop["others"][0])
    card.open_tab(card.loyalty)
    tab = card.loyalty
    tab.referrer_edit.setText("C000001")
    tab.set_referrer()
    assert Customer.get_by_id(shop["others"][0]).referred_by_id == shop["xiaoli"]
    assert "张小丽" in tab.referrer.text()
    first = window.open_customer(shop["xiaoli"])
    first.open_tab(first.loyalty)
    first.loyalty.referrer_edit.setText("139 0000 1111")
    first.loyalty.set_referrer()
    assert first.loyalty.referrer_edit.property("invalid") is True
    assert Customer.get_by_id(shop["xiaoli"]).referred_by_id is None


def test_the_owner_undoes_a_merge_from_the_trash(qtbot, window, shop, owner) -> None:
    from shopcrm.customers.merge import merge_customers

    merge_customers(owner, shop["xiaoli"], shop["others"][0])
    window.trash_action.trigger()
    trash = open_dialog(window, TrashDialog)
    trash.tabs.setCurrentIndex(1)
    assert trash.undo_button.isVisible()
    trash.merged.view.setCurrentIndex(trash.merged.model.index(0, 0))
    trash.undo_button.click()
    assert "two customers again" in trash.message.text()
    assert Customer.get_by_id(shop["others"][0]).merged_into_id is None
    assert trash.merged.model.item(0, 3).text() == "yes"
    assert window.count_label.text() == "4 customers"

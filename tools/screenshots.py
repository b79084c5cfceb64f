"""Screenshots of the windows over a demo shop, to look at before calling a screen done.

    python tools/screenshots.py OUT_DIR [--language zh_CN|en] [--font 12] [--size 1366x768]
        [--only NAME ...]

Each shot is a real widget drawn offscreen (Qt's `grab()`), in the chosen language
and font size; the main window takes the screen size given, dialogs their own.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from shopcrm.core import clock, i18n
from shopcrm.demo.follow_ups import work_the_past
from shopcrm.demo.generator import fill_demo
from shopcrm.demo.people import demo_pin
from shopcrm.shop.opening import open_shop
from shopcrm.storage.models import Customer, PurchaseItem
from shopcrm.ui import operations, preferences
from shopcrm.ui.app import Shop, make_app
from shopcrm.ui.main_window import MainWindow

Shot = Callable[[MainWindow], QWidget]


def _settle(widget: QWidget) -> QWidget:
    widget.show()
    for _ in range(5):
        QApplication.processEvents()
    return widget


def main_window(window: MainWindow) -> QWidget:
    window.customers.search_box.setText("zxl" if preferences.language() == "zh_CN" else "")
    window.customers.apply()
    return window


def sale(window: MainWindow) -> QWidget:
    from shopcrm.ui.sales.sale_dialog import SaleDialog

    regular = (
        Customer.select()
        .where(Customer.deleted_at.is_null(), Customer.points > 2000, Customer.tier.is_null(False))
        .order_by(Customer.total_spent.desc())
        .first()
    )
    dialog = SaleDialog(regular.id, window)
    items = dialog.items
    sold = PurchaseItem.select().where(PurchaseItem.quantity > 0).order_by(PurchaseItem.id).first()
    items.setData(items.index(0, 0), sold.style_no)
    items.setData(items.index(1, 6), "199")
    items.setData(items.index(1, 1), "围巾" if preferences.language() == "zh_CN" else "Scarf")
    dialog.use_points.setText("500")
    dialog.payment.setCurrentIndex(dialog.payment.findData("wechat"))
    return dialog


def trash(window: MainWindow) -> QWidget:
    """The trash on its merges tab, after two merges and one undone."""
    from shopcrm.customers import merge
    from shopcrm.ui.customers.trash_dialog import TrashDialog

    pairs = Customer.select(Customer.id).order_by(Customer.id).limit(4).tuples()
    (a,), (b,), (c,), (d,) = pairs
    merge.merge_customers(a, b)
    merge.merge_customers(c, d)
    merge.undo_merge(merge.merges()[0].id)
    dialog = TrashDialog(window)
    dialog.tabs.setCurrentIndex(1)
    return dialog


def import_preview(window: MainWindow) -> QWidget:
    """The import's preview over a messy sheet: a title, a two-row header, 备注 twice,
    a landline that lost its 0, a repeated row and a totals row."""
    from openpyxl import Workbook

    from shopcrm.ui.spreadsheets.import_wizard import ImportWizard

    book = Workbook()
    sheet = book.active
    for row in (
        ["会员名单 2026"],
        ["姓名", "联系方式", None, "备注", "备注"],
        [None, "手机", "邮箱", None, None],
        ["王芳", 13912345678, "wf@example.com", "老客户", "喜欢红色"],
        ["李娜", 1087654321, None, None, None],
        ["王芳", "139 1234 5678", None, None, None],
        ["陈静", "1380000", None, None, None],
        ["合计", "4人", None, None, None],
    ):
        sheet.append(row)
    sheet.merge_cells("A2:A3")
    sheet.merge_cells("B2:C2")
    path = Path(tempfile.mkdtemp(prefix="shopcrm-shot-")) / "会员名单.xlsx"
    book.save(path)
    wizard = ImportWizard(window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.file_page.load()
    for _ in range(3):
        wizard.next()
    while not wizard.preview_page.isComplete():
        QApplication.processEvents()
    return wizard


def sign_in(window: MainWindow) -> QWidget:
    from shopcrm.ui.staff.sign_in_dialog import SignInDialog

    return SignInDialog(window, locked_by=None)


def locked(window: MainWindow) -> QWidget:
    """The window locked by a clerk, its sign-in dialog over it, drawn as one picture."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QLabel

    from shopcrm.staff import accounts
    from shopcrm.ui import session
    from shopcrm.ui.staff.sign_in_dialog import SignInDialog

    session.set_current(accounts.can_sign_in()[1])
    window.counter_lock.lock()
    _settle(window)
    (dialog,) = [d for d in window.findChildren(SignInDialog) if d.isVisible()]
    _settle(dialog)
    picture = window.grab()
    painter = QPainter(picture)
    corner = QPoint(
        (picture.width() - dialog.width()) // 2, (picture.height() - dialog.height()) // 2
    )
    painter.drawPixmap(corner, dialog.grab())
    painter.end()
    dialog.close()
    shown = QLabel()
    shown.setPixmap(picture)
    shown.setFixedSize(picture.size())
    return shown


def protect(window: MainWindow) -> QWidget:
    from shopcrm.ui.staff.protect_dialog import ProtectDialog

    return ProtectDialog(window)


def unlock(window: MainWindow) -> QWidget:
    from shopcrm.ui.staff.protect_dialog import UnlockDialog

    return UnlockDialog(window.db_path, window)


def staff(window: MainWindow) -> QWidget:
    from shopcrm.staff import accounts
    from shopcrm.ui.staff.staff_dialog import StaffDialog

    return StaffDialog(accounts.owner(), window)


def audit_trail(window: MainWindow) -> QWidget:
    from shopcrm.staff import accounts
    from shopcrm.ui.staff.audit_dialog import AuditDialog

    owner = accounts.owner()
    for index, clerk in enumerate(accounts.can_sign_in()[1:4], 1):
        with contextlib.suppress(accounts.SignInRefused):  # a wrong PIN is in the trail too
            accounts.sign_in(clerk.id, demo_pin(index) if index != 2 else "0000")
    return AuditDialog(owner, window)


def _holder() -> Customer:
    """A good customer with a balance and a voucher to use today."""
    from shopcrm.storage.models import Voucher

    return (
        Customer.select()
        .join(Voucher, on=(Voucher.customer == Customer.id))
        .where(
            Customer.balance > 0,
            Voucher.purchase.is_null(),
            Voucher.valid_to >= clock.today(),
            Voucher.valid_from <= clock.today(),
        )
        .order_by(Customer.total_spent.desc())
        .first()
    )


def sale_wallet(window: MainWindow) -> QWidget:
    """A sale paid with her best voucher and part of her balance."""
    from shopcrm.ui.sales.sale_dialog import SaleDialog

    dialog = SaleDialog(_holder().id, window)
    items = dialog.items
    items.setData(items.index(0, 1), "羊绒大衣" if preferences.language() == "zh_CN" else "Coat")
    items.setData(items.index(0, 6), "1280")
    dialog.update_quote()
    dialog.wallet.tick_best()
    dialog.wallet.balance.setText("300")
    return dialog


def card_wallet(window: MainWindow) -> QWidget:
    shown = window.open_customer(_holder().id)
    shown.open_tab(shown.wallet)
    return shown


def wallet_report(window: MainWindow) -> QWidget:
    from shopcrm.ui.wallet_report import WalletReport

    return WalletReport(window)


def settings(window: MainWindow) -> QWidget:
    from shopcrm.ui.settings_dialog import SettingsDialog

    return SettingsDialog(window)


def backups(window: MainWindow) -> QWidget:
    """The backups page with a week of daily copies and one made by hand."""
    from shopcrm.storage import backup
    from shopcrm.storage.models import database
    from shopcrm.ui.shop.backups_dialog import BackupsDialog

    for days in range(7, 0, -1):
        backup.daily_backup(database.obj, window.db_path, clock.today() - dt.timedelta(days=days))
    backup.backup_now(database.obj, window.db_path)
    return BackupsDialog(window.db_path, window)


def dashboard(window: MainWindow) -> QWidget:
    """The owner's dashboard, once its figures are read."""
    window.show_page("dashboard")
    page = window.dashboard
    assert page is not None
    while not page.ready:
        QApplication.processEvents()
    return window


def dashboard_whole(window: MainWindow) -> QWidget:
    """All of the dashboard at once, in a window as tall as it needs (shot on its own)."""
    dashboard(window)
    inner = window.findChild(QWidget, "dashboardFigures")
    window.resize(window.width(), window.height() + inner.sizeHint().height())
    return window


def _setup_page(window: MainWindow, page: int) -> QWidget:
    """A page of the new shop's setup, as it opens (the demo shop's own tiers shown)."""
    from shopcrm.ui.shop.setup_wizard import SetupWizard

    wizard = SetupWizard(window.db_path, window)
    wizard.setStartId(page)
    wizard.restart()
    return wizard


def setup_shop(window: MainWindow) -> QWidget:
    return _setup_page(window, 0)


def setup_tiers(window: MainWindow) -> QWidget:
    return _setup_page(window, 1)


def setup_clerks(window: MainWindow) -> QWidget:
    return _setup_page(window, 2)


def setup_backups(window: MainWindow) -> QWidget:
    return _setup_page(window, 3)


def setup_begin(window: MainWindow) -> QWidget:
    return _setup_page(window, 4)


def guide(window: MainWindow) -> QWidget:
    from shopcrm.ui.help_dialog import GuideDialog

    return GuideDialog(window, "vip")


def shortcuts(window: MainWindow) -> QWidget:
    from shopcrm.ui.help_dialog import ShortcutsDialog

    return ShortcutsDialog(window)


def visit_sheet(window: MainWindow) -> QWidget:
    from shopcrm.ui.printing.visit_sheet_dialog import VisitSheetDialog

    regular = Customer.select().where(Customer.total_spent > 0).order_by(Customer.id).first()
    return VisitSheetDialog(regular.id, window)


def vip_print(window: MainWindow) -> QWidget:
    from shopcrm.ui.spreadsheets.export_actions import print_vip_list

    shown = print_vip_list(window, f"{clock.today():%Y-%m}", preferences.language())
    assert shown is not None
    out = os.environ.get("SHOPCRM_SHOT_PDF")
    if out:  # the pages as printed, to look at beside the screen
        shown.save_pdf(Path(out))
    return shown


def card(window: MainWindow) -> QWidget:
    """A customer's card with her data menu open to the owner."""
    regular = Customer.select().where(Customer.total_spent > 0).order_by(Customer.id).first()
    shown = window.open_customer(regular.id)
    shown.tabs.setCurrentIndex(shown.tabs.count() - 1)
    return shown


def card_events(window: MainWindow) -> QWidget:
    """The Events tab of a customer who came to the most events, with what she likes."""
    from peewee import fn

    from shopcrm.storage.models import EventGuest

    (top,) = (
        EventGuest.select(EventGuest.customer)
        .join(Customer)
        .where(EventGuest.attended, Customer.event_kinds.is_null(False))
        .group_by(EventGuest.customer)
        .order_by(fn.count(EventGuest.id).desc())
        .limit(1)
    )
    shown = window.open_customer(top.customer_id)
    shown.open_tab(shown.events)
    return shown


def _followups_page(window: MainWindow) -> QWidget:
    """The follow-ups page on the clock's day, showing the first clerk's list, the first
    item of it chosen."""
    from PySide6.QtCore import QDate

    from shopcrm.storage.models import Staff

    window.pages.setCurrentIndex(1)
    _settle(window)
    page = window.followups
    assert page is not None
    page.day.setDate(QDate(clock.today()))
    clerk = Staff.select().where(Staff.role == "clerk").order_by(Staff.id).first()
    page.clerk.setCurrentIndex(page.clerk.findData(clerk.id))
    page.refresh()
    first = page.model.index(0, 0)
    page.tree.setCurrentIndex(page.model.index(0, 0, first))
    page.tree.setFocus()
    return window


def followups(window: MainWindow) -> QWidget:
    """An ordinary day's follow-ups: calls, birthdays, "we miss you"."""
    return _followups_page(window)


def followups_festival(window: MainWindow) -> QWidget:
    """New Year's Day: the clerk's greeting batch first, chosen, over her personal tasks.
    Drawn on that day, the clock then set back for the other shots."""
    from PySide6.QtWidgets import QLabel

    with clock.set_to(dt.datetime(2027, 1, 1, 10, 30)):
        picture = _settle(_followups_page(window)).grab()
    shown = QLabel()
    shown.setPixmap(picture)
    shown.setFixedSize(picture.size())
    return shown


def _events_page(window: MainWindow, past: bool, tab: int) -> QWidget:
    """The Events page with the latest past event (or the next one) chosen, on one tab."""
    from shopcrm.events import figures

    window.pages.setCurrentIndex(3)
    _settle(window)
    page = window.events
    assert page is not None
    lines = [line for line in figures.event_lines() if line.past == past and not line.cancelled]
    page.choose(lines[0].id)
    page.tabs.setCurrentIndex(tab)
    return window


def events(window: MainWindow) -> QWidget:
    """The year's events, the last one chosen, with what it brought."""
    return _events_page(window, past=True, tab=2)


def events_guests(window: MainWindow) -> QWidget:
    """The next event's guests and their replies."""
    return _events_page(window, past=False, tab=0)


def events_door(window: MainWindow) -> QWidget:
    """At the door of the last event: who came, walk-ins and friends brought."""
    return _events_page(window, past=True, tab=1)


def event_invite(window: MainWindow) -> QWidget:
    """Inviting guests to the next event: the segment and who would be invited."""
    from shopcrm.ui.events.invite_dialog import InviteDialog

    page = _events_page(window, past=False, tab=0)
    assert window.events is not None
    return InviteDialog(window.events.selected_id(), page)


def day_start(window: MainWindow) -> QWidget:
    """The status bar while the day's backup runs: the work waits until the shot is taken."""
    from shopcrm.shop.day_start import DayStart, start_the_day
    from shopcrm.ui.day_start import DayStartIndicator

    taken = threading.Event()

    def after_the_shot(path: Path, report: Callable[[int, int], None]) -> DayStart:
        report(0, 3)
        taken.wait(30)
        return start_the_day(path, report)

    DayStartIndicator(window, window.db_path, lambda damage: None, after_the_shot)
    QTimer.singleShot(500, taken.set)
    return window


SHOTS: dict[str, Shot] = {
    "sign_in": sign_in,
    "locked": locked,
    "protect": protect,
    "unlock": unlock,
    "staff": staff,
    "audit": audit_trail,
    "card": card,
    "card_events": card_events,
    "main": main_window,
    "day_start": day_start,
    "sale": sale,
    "sale_wallet": sale_wallet,
    "card_wallet": card_wallet,
    "wallet_report": wallet_report,
    "settings": settings,
    "backups": backups,
    "dashboard": dashboard,
    "visit_sheet": visit_sheet,
    "vip_print": vip_print,
    "guide": guide,
    "shortcuts": shortcuts,
    "setup_shop": setup_shop,
    "setup_tiers": setup_tiers,
    "setup_clerks": setup_clerks,
    "setup_backups": setup_backups,
    "setup_begin": setup_begin,
    "dashboard_whole": dashboard_whole,
    "trash": trash,
    "import": import_preview,
    "followups": followups,
    "followups_festival": followups_festival,
    "events": events,
    "events_guests": events_guests,
    "events_door": events_door,
    "event_invite": event_invite,
}


def _offscreen_screen(width: int, height: int) -> None:
    """Draw offscreen on a screen of the size asked for, so dialogs that fit themselves to
    the screen (at a large font) are drawn as they open there."""
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
    config = Path(tempfile.mkdtemp(prefix="shopcrm-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={config}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=("zh_CN", "en"), default="zh_CN")
    parser.add_argument("--font", type=int, default=12)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--only", nargs="*", choices=sorted(SHOTS), default=sorted(SHOTS))
    parser.add_argument("--customers", type=int, default=3000)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    _offscreen_screen(width, height)
    home = Path(tempfile.mkdtemp(prefix="shopcrm-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(home / "config")
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    clock.set_now(dt.datetime(2026, 12, 1, 10, 30))
    app = make_app()
    QCoreApplication.setOrganizationName("shopcrm-screenshots")
    preferences.save(args.language, args.font)
    db_path = home / "shop.db"
    open_shop(db_path, language=args.language)
    fill_demo(args.customers, seed=3)
    work_the_past(clock.today())
    from shopcrm.staff import accounts
    from shopcrm.ui import session

    session.set_current(accounts.owner())
    shop = Shop(app, db_path)
    window = shop.show_window()
    window.resize(width, height)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = f"{args.language}-{width}x{height}-{args.font}pt"
    for name in args.only:
        widget = _settle(SHOTS[name](window))
        if widget is not window:
            widget.resize(
                min(widget.width(), width - 40), min(widget.sizeHint().height(), height - 40)
            )
            _settle(widget)
        target = args.out / f"{name}-{suffix}.png"
        widget.grab().save(str(target))
        print(target)
        if widget is not window:
            widget.close()
    operations.stop_all()
    i18n.install(None)
    return 0


if __name__ == "__main__":
    sys.exit(main())

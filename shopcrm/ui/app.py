"""Starting the window: language, look, the database (a protected one unlocked first by
the owner), then the day's backup, catch-up and plan once the window is up, and again
when a window left open overnight sees a new day.

Changing the language or font size in Settings rebuilds the window in place,
so a clerk never has to restart the program.
"""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from shopcrm.core import clock, i18n, paths
from shopcrm.core.errors import DamagedDatabase
from shopcrm.core.i18n import TRANSLATIONS, tr
from shopcrm.core.log import log
from shopcrm.shop import safekeeping
from shopcrm.shop.opening import open_shop
from shopcrm.staff import accounts
from shopcrm.storage import backup, faults
from shopcrm.storage.models import Staff, database
from shopcrm.ui import operations, preferences, session
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.style_sheet import style_sheet


def _report_crash(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """A fault the shop can act on (a full disk, a damaged file) says what to do; anything
    else is logged with its traceback and shown as one calm sentence."""
    known = faults.explain(error, _shop_path) if _shop_path else None
    if known is not None:
        log.warning("%s: %s", type(error).__name__, error)
        QMessageBox.critical(None, tr("That was not done"), str(known))
        return
    log.error("unhandled error", exc_info=(kind, error, tb))
    QMessageBox.critical(
        None,
        tr("Something went wrong"),
        tr(
            "The last action did not complete; your saved data is safe.\n"
            "Details were written to {path}."
        ).format(path=paths.data_dir() / "shopcrm.log"),
    )


_shop_path: Path | None = None

# How often an open window looks whether the date has changed: a shop PC left on overnight
# gets the new day's backup, catch-up and follow-ups within a minute of midnight.
NEW_DAY_CHECK_MS = 60 * 1000
FIRST_PAINT_WAIT_MS = 2000


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def install_translations(app: QApplication, code: str) -> list[QTranslator]:
    """Qt's own words and shopcrm's in `code`, installed; English loads its catalogue
    too, for the singular and plural of the texts about a count."""
    places = [(f"shopcrm_{code}.qm", str(TRANSLATIONS))]
    if code != "en":
        qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        places.insert(0, (f"qtbase_{code}.qm", qt_own))
    installed = []
    for name, folder in places:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    i18n.install(_qt_translate)
    return installed


class _AfterFirstPaint(QObject):
    """Runs `then` once, as soon as the window has painted for the first time: the day's
    work, and the modules it needs, wait for a window the clerk can already see."""

    def __init__(self, window: MainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        window.installEventFilter(self)
        # A window that is never painted (covered, on a screen that is off) starts anyway.
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self._run)  # after this paint has reached the screen
        return False

    def _run(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()


class Shop:
    """The running application: translator, look and the one main window."""

    def __init__(self, app: QApplication, db_path: Path) -> None:
        self.app = app
        self.db_path = db_path
        self.translators: list[QTranslator] = []
        self.window: MainWindow | None = None
        self.day_started_on: dt.date | None = None

    def apply_preferences(self) -> None:
        for old in self.translators:
            self.app.removeTranslator(old)
        code = preferences.language()
        QLocale.setDefault(QLocale(code))
        self.translators = install_translations(self.app, code)
        points = preferences.font_size()
        font = self.app.font()
        font.setPointSize(points)
        self.app.setFont(font)
        self.app.setStyleSheet(style_sheet(points))

    def show_window(self) -> MainWindow:
        old = self.window
        self.apply_preferences()
        self.window = MainWindow(self.db_path)
        self.window.settings_changed.connect(self.show_window)
        self.window.shop_restored.connect(self.reopen_restored)
        self.window.work_stopped.connect(self.resume)
        new_day = QTimer(self.window)
        new_day.setObjectName("newDayWatch")
        new_day.setInterval(NEW_DAY_CHECK_MS)
        new_day.timeout.connect(self.check_new_day)
        new_day.start()
        if old is not None:
            self.window.setGeometry(old.geometry())
            old.close()
            old.deleteLater()
        self.window.show()
        return self.window

    def start_the_day(self) -> None:
        """The day's backup, catch-up and plan on a worker, the window already usable."""
        from shopcrm.ui.day_start import DayStartIndicator

        assert self.window is not None
        self.day_started_on = clock.today()
        DayStartIndicator(self.window, self.db_path, self._damaged)

    def start_the_day_once_shown(self) -> None:
        """At start: the day begins when its window is on the screen."""
        assert self.window is not None
        _AfterFirstPaint(self.window, self.start_the_day)

    def begin(self, how: str | None) -> None:
        """The way the owner chose to begin a new shop, once its window is up."""
        from shopcrm.ui.shop import setup_wizard
        from shopcrm.ui.shop.demo_shop import open_demo

        assert self.window is not None
        if how == setup_wizard.IMPORT:
            self.window.import_customers()
        elif how == setup_wizard.DEMO:
            open_demo(self.window)

    def reopen_restored(self, aside: Path | None) -> None:
        """The restored shop has its own staff and passwords: whoever is at the counter
        signs in to it, then its window opens and its day starts (a catch-up, the plan)."""
        window = self._sign_in_and_open()
        if window is not None and aside is not None:
            QMessageBox.information(
                window,
                tr("Backup restored"),
                tr(
                    "The backup is in place. The shop as it was before is kept in {path}: "
                    "restore that file to undo this."
                ).format(path=aside),
            )

    def resume(self) -> None:
        """The window's work was stopped for a restore that was then refused: a fresh
        window reads the shop again and the day's work, if it was cut short, goes on
        (what it had finished is marked done and not done twice)."""
        self.show_window()
        self.start_the_day_once_shown()

    def check_new_day(self) -> None:
        """A window open past midnight starts the new day once, as a first start would."""
        from shopcrm.ui.day_start import DayStartIndicator

        if self.window is None or self.day_started_on in (None, clock.today()):
            return
        if self.window.findChild(DayStartIndicator) is None:
            self.start_the_day()

    def _damaged(self, damage: DamagedDatabase) -> None:
        """The day's backup found the file damaged: offer its newest good backup, as at start,
        then open the shop again and ask who is at the counter; else close."""
        window, self.window = self.window, None
        if window is not None:
            window.close()
            window.deleteLater()
        if damage.backup is None:
            QMessageBox.critical(None, tr("Cannot open the shop"), str(damage))
            self.app.exit(2)
        elif not _offer_restore(self.db_path, damage):
            self.app.exit(3)
        else:
            _start_shop(self.db_path)
            self._sign_in_and_open()

    def _sign_in_and_open(self) -> MainWindow | None:
        """Someone signs in to the shop just opened again, then its window opens and its
        day starts; nobody signing in closes the application."""
        if self.window is not None:
            self.window.hide()  # the shop it showed is not there any more
        session.set_current(None)
        person = sign_in()
        if person is None:
            self.app.exit(0)
            return None
        session.set_current(person)
        window = self.show_window()
        self.start_the_day_once_shown()
        return window


class GuiThreadCollector(QObject):
    """Python's cyclic garbage collected on the window's thread only.

    Left to itself the collector runs in whichever thread allocates past a threshold:
    a worker's (the day's start, a backup), which then destroys Qt objects held in a
    cycle (a closed dialog and its slots) outside the GUI thread, and the program
    crashes. So automatic collection is off, and a timer collects on the GUI thread,
    generation by generation as Python's own thresholds say.
    """

    INTERVAL_MS = 500

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_as_due)
        self.timer.start(self.INTERVAL_MS)


def collect_as_due() -> None:
    """The collection Python would have made by now, made here (on this thread)."""
    young, middle, old = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] > young:
        gc.collect(2 if counts[2] > old else 1 if counts[1] > middle else 0)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(paths.APP_NAME)
    app.setOrganizationName(paths.APP_NAME)
    if app.findChild(GuiThreadCollector) is None:
        GuiThreadCollector(app)
    return app


def _start_shop(db_path: Path) -> None:
    """Open the shop; the day's first-start work waits for the window (Shop.start_the_day)."""
    open_shop(db_path, language=preferences.language(), interactive=True)
    backup.discard_partial_copies(db_path)


def _offer_restore(db_path: Path, damage: DamagedDatabase) -> bool:
    """Say the file is damaged and offer its newest good backup; True once restored."""
    box = QMessageBox(QMessageBox.Icon.Critical, tr("The shop's database is damaged"), str(damage))
    box.setObjectName("damagedBox")
    restore = box.addButton(tr("Restore that backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is not restore:
        return False
    database.close()
    if not _unlocked(damage.backup.path):  # protected under an earlier password, say
        return False
    while True:
        password, given = QInputDialog.getText(
            None,
            tr("Restore that backup"),
            tr("The owner's password of the shop in that backup:"),
            QLineEdit.EchoMode.Password,
        )
        if not given:
            return False
        try:
            aside = safekeeping.restore_damaged(db_path, damage.backup.path, password)
            break
        except accounts.SignInRefused as refused:
            QMessageBox.warning(None, tr("Restore that backup"), str(refused))
    QMessageBox.information(
        None,
        tr("Backup restored"),
        tr(
            "The backup is in place. The damaged file is kept in {path}: what was recorded "
            "after the backup was made is in it."
        ).format(path=aside),
    )
    return True


def run(db_path: Path) -> int:
    global _shop_path
    _shop_path = db_path
    app = make_app()
    shop = Shop(app, db_path)
    shop.apply_preferences()
    while True:
        try:
            if not _unlocked(db_path):
                return 0
            _start_shop(db_path)
            break
        except Exception as error:
            known = faults.explain(error, db_path)
            if known is None:
                raise
            log.warning("cannot open the shop: %s: %s", type(error).__name__, error)
            if isinstance(known, DamagedDatabase) and known.backup is not None:
                if _offer_restore(db_path, known):
                    continue
                return 3
            QMessageBox.critical(None, tr("Cannot open the shop"), str(known))
            return 2
    sys.excepthook = _report_crash
    person = sign_in()
    if person is None:
        return 0
    session.set_current(person)
    begin = set_up(db_path)
    shop.show_window()
    shop.start_the_day_once_shown()
    shop.begin(begin)
    # Quitting waits for work still running on a worker (the day's backup, say).
    app.aboutToQuit.connect(operations.stop_all)
    return app.exec()


def _unlocked(db_path: Path) -> bool:
    """A protected shop asks for the owner's password or the recovery code before it
    opens; False when she chose not to."""
    from shopcrm.ui.staff.protect_dialog import unlock_shop

    return unlock_shop(db_path)


def set_up(db_path: Path) -> str | None:
    """A new shop's setup, for its owner, until it is done; how she chose to begin, or
    None when nothing was asked or she left it for later."""
    from shopcrm.shop import setup
    from shopcrm.ui.shop.setup_wizard import SetupWizard

    if not (session.may("settings") and setup.needs_setup()):
        return None
    wizard = SetupWizard(db_path)
    return wizard.begin if wizard.exec() else None


def sign_in() -> Staff | None:
    """Before anything else: a new shop's owner is set up, then someone signs in."""
    from shopcrm.ui.staff.owner_setup_dialog import OwnerSetupDialog
    from shopcrm.ui.staff.sign_in_dialog import SignInDialog

    if not accounts.has_owner():
        setup = OwnerSetupDialog()
        return setup.owner if setup.exec() else None
    dialog = SignInDialog()
    return dialog.signed_in if dialog.exec() else None

"""main.py's first start on a new shop, driven as its owner would: set herself up, write the
code down, then set the shop up (a furniture shop with its name, a clerk, an empty start);
the script quits once the window is up and the day's start (its backup) has run to its
end. Run by tests/ui/test_app.py."""

from __future__ import annotations

import runpy
import sys
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from shopcrm.ui.app import Shop
from shopcrm.ui.day_start import DayStartIndicator
from shopcrm.ui.main_window import MainWindow
from shopcrm.ui.shop.setup_wizard import SetupWizard
from shopcrm.ui.staff.owner_setup_dialog import OwnerSetupDialog

day_started: list[bool] = []


def _recording_day_start(start_the_day: Callable[[Shop], None]) -> Callable[[Shop], None]:
    def start(shop: Shop) -> None:
        start_the_day(shop)
        day_started.append(True)

    return start


def step(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        if isinstance(widget, OwnerSetupDialog) and widget.isVisible():
            if widget.pages.currentIndex() == 0:
                widget.name.setText("王店长")
                widget.password.setText("owner-secret")
                widget.password_again.setText("owner-secret")
                widget.save()
            else:
                widget.code_view.written.setChecked(True)
                widget.finish_button.click()
        if isinstance(widget, SetupWizard) and widget.isVisible():
            set_up(widget)
        over = day_started and widget.findChild(DayStartIndicator) is None
        if isinstance(widget, MainWindow) and widget.isVisible() and over:
            app.quit()


def set_up(wizard: SetupWizard) -> None:
    page = wizard.currentPage()
    if page is wizard.shop_page:
        next(b for b in page.kind.buttons() if b.property("code") == "furniture").click()
        page.details.editor("shop_name").setText("丽影家居")
    elif page is wizard.clerks_page:
        page.name.setText("小周")
        page.pin.setText("2468")
    if page is wizard.begin_page:
        wizard.button(SetupWizard.WizardButton.FinishButton).click()
    else:
        wizard.next()


def main(db_path: str) -> None:
    app = QApplication(sys.argv)
    Shop.start_the_day = _recording_day_start(Shop.start_the_day)
    timer = QTimer()
    timer.timeout.connect(lambda: step(app))
    timer.start(100)
    sys.argv = ["main.py", "--db", db_path]
    runpy.run_path("main.py", run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1])

"""The day's first-start work on a worker, once the window is up, told in the status bar.

The clerk can search and sell at once; a quiet line says what is being done
(the backup, the loyalty catch-up, the day's follow-ups) and what came of it.
A damaged file found by the backup is handed to the application, which offers
the newest good backup as it would at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QProgressBar, QWidget

from shopcrm.core.errors import DamagedDatabase
from shopcrm.core.i18n import tr
from shopcrm.shop import day_start
from shopcrm.shop.day_start import DayStart
from shopcrm.ui import operations
from shopcrm.ui.operations import CUSTOMERS, FOLLOWUPS, PLANNED, Job


def _step_words(done: int) -> str:
    return [
        tr("Getting the day ready: backing up…"),
        tr("Getting the day ready: points, tiers and statuses…"),
        tr("Getting the day ready: today's follow-ups…"),
    ][min(done, day_start.STEPS - 1)]


class DayStartIndicator(QWidget):
    """Runs the day's start for `window` and shows its progress at the right of its status bar."""

    def __init__(
        self,
        window: QMainWindow,
        db_path: Path,
        on_damaged: Callable[[DamagedDatabase], None],
        start: Callable[[Path, Callable[[int, int], None]], DayStart] | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("dayStart")
        self.window_ = window
        self.db_path = db_path
        self.on_damaged = on_damaged
        self.start = start or day_start.start_the_day
        self.label = QLabel(_step_words(0))
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(90)
        self.bar.setMaximum(day_start.STEPS)
        self.bar.valueChanged.connect(lambda done: self.label.setText(_step_words(done)))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        window.statusBar().addPermanentWidget(self)
        self.operation = operations.run_in_background(
            window,
            self._work,
            on_done=self._done,
            on_failed=self._failed,
            progress=self.bar,
            changed=(CUSTOMERS, FOLLOWUPS, PLANNED),
        )

    def _work(self, job: Job) -> DayStart | DamagedDatabase:
        """On the worker: a damaged file comes back as a value, for the restore offer."""
        try:
            return self.start(self.db_path, job.report)
        except DamagedDatabase as damage:
            return damage

    def _done(self, outcome: DayStart | DamagedDatabase) -> None:
        self._leave()
        if isinstance(outcome, DamagedDatabase):
            self.on_damaged(outcome)
        elif outcome.second_copy_problem:
            self._tell("secondCopyBox", tr("No second copy today"), outcome.second_copy_problem)
        elif outcome.backup or outcome.catch_up or outcome.plan:
            self.window_.statusBar().showMessage(
                tr("The day is ready: today's backup is made and the follow-ups are planned."),
                10_000,
            )

    def _failed(self, message: str) -> None:
        self._leave()
        self._tell("dayStartFailedBox", tr("The day's start did not finish"), message)

    def _tell(self, name: str, title: str, message: str) -> None:
        """Say it without holding the counter: the box waits beside the window."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self.window_
        )
        box.setObjectName(name)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def _leave(self) -> None:
        self.window_.statusBar().removeWidget(self)
        self.deleteLater()

"""Locking the counter: by Ctrl+L, by "switch clerk", and after the owner's idle minutes.

A locked window shows nothing of the shop, and its open dialogs are hidden, not
closed: she finds the sale she was typing as she left it when she signs in again, and
nobody else sees it meanwhile (the owner's audit trail or a card with full phones are
not for the next clerk).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core.i18n import tr
from shopcrm.storage.models import Staff
from shopcrm.ui import session
from shopcrm.ui.staff.sign_in_dialog import SignInDialog

# What counts as someone at the counter: a key, the mouse, the wheel. Told by the
# event's class, not its type: every event of the program passes the filter, and
# reading a type is dearer than asking a class.
_ACTIVITY = (QKeyEvent, QMouseEvent, QWheelEvent)

# Locks from anywhere, an open sale or card too: a dialog's keys never reach the window.
LOCK_KEYS = QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L)


class CounterLock(QObject):
    """Shows `stack`'s lock screen instead of its first page while nobody is signed in."""

    signed_in_changed = Signal()

    def __init__(self, stack: QStackedWidget, idle_minutes: int) -> None:
        super().__init__(stack)
        self.stack = stack
        self.left_by: str | None = None
        self.hidden: dict[int | None, list[QWidget]] = {}  # by who was signed in
        self.dialog: SignInDialog | None = None
        self.screen = QWidget()
        self.screen.setObjectName("lockScreen")
        said = QLabel(tr("The counter is locked."))
        said.setObjectName("lockedNotice")
        again = QPushButton(tr("Sign in…"))
        again.setObjectName("signInAgain")
        again.clicked.connect(self.ask)
        layout = QVBoxLayout(self.screen)  # high up: the sign-in dialog opens in the middle
        layout.addStretch(1)
        layout.addWidget(said, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(again, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(4)
        stack.addWidget(self.screen)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.set_idle_minutes(idle_minutes)

    def set_idle_minutes(self, minutes: int) -> None:
        """The owner's idle minutes, counted afresh from now; 0 never locks by itself."""
        self.idle.setInterval(minutes * 60_000)
        if minutes and not self.locked():
            self.idle.start()
        else:
            self.idle.stop()

    def waiting(self) -> bool:
        """Whether someone's windows wait hidden for her to sign in again."""
        return any(shiboken6.isValid(w) for waiting in self.hidden.values() for w in waiting)

    def locked(self) -> bool:
        return self.stack.currentWidget() is self.screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, _ACTIVITY) or not self.stack.window().isVisible():
            return False
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.keyCombination() == LOCK_KEYS
        ):
            self.lock()
            return True
        if self.idle.isActive():
            self.idle.start()
        return False

    def stop(self) -> None:
        """The window is closing: no more listening to the program's events."""
        self.idle.stop()
        QApplication.instance().removeEventFilter(self)

    def lock(self) -> None:
        """Nobody is signed in until someone types her PIN; what was open waits hidden."""
        if self.locked() or not self.stack.window().isVisible():
            return
        self.idle.stop()
        person = session.current()
        self.left_by = person.name if person is not None else None
        session.set_current(None)
        window = self.stack.window()
        open_now = [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and widget is not window and widget.isWindow()
        ]
        for widget in open_now:
            widget.hide()
        self.hidden.setdefault(person.id if person is not None else None, []).extend(open_now)
        self.stack.setCurrentWidget(self.screen)
        self.signed_in_changed.emit()
        self.ask()

    def ask(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return
        dialog = SignInDialog(self.stack.window(), last_name=self.left_by, locked_by=self.left_by)
        dialog.accepted.connect(lambda: self.unlock(dialog.signed_in))
        self.dialog = dialog
        dialog.open()

    def unlock(self, person: Staff) -> None:
        session.set_current(person)
        self.stack.setCurrentIndex(0)
        for widget in self.hidden.pop(person.id, []):
            if shiboken6.isValid(widget):
                widget.show()
        if self.idle.interval():
            self.idle.start()
        self.signed_in_changed.emit()

"""Work off the GUI thread, and screens that refresh themselves.

In the spirit of Anki's `aqt.operations` (CollectionOp, QueryOp): a domain call
runs on a worker thread with progress and Cancel, its outcome comes back on the
GUI thread, and what it changed is announced on one hub. Every screen subscribes
to the topics it shows and refreshes itself, so no window wires one screen's
refresh to another screen's action, and a new screen cannot be forgotten.

A hidden screen refreshes once when it is shown again, not at every change.
Work on a worker opens that thread's own database connection (the database is
opened with check_same_thread=False and peewee keeps one connection per thread)
and closes it when done, since pool threads are reused; the domain call writes
in its own transaction, so a failure or a cancel leaves the shop as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, QObject, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressBar, QWidget

from shopcrm.core import paths
from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import tr
from shopcrm.core.log import log
from shopcrm.storage import faults
from shopcrm.storage.models import database

CUSTOMERS = "customers"
SALES = "sales"
FOLLOWUPS = "followups"
COMPLAINTS = "complaints"
SETTINGS = "settings"
EVENTS = "events"
# Said beside the others by work that planned the follow-ups after its own changes (the
# day's start): nobody need plan them again for those changes.
PLANNED = "planned"
TOPICS = frozenset({CUSTOMERS, SALES, FOLLOWUPS, COMPLAINTS, SETTINGS, EVENTS, PLANNED})

T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    """What one action changed: its topics, and the customers it concerns.

    No customers means it may concern any of them (an import, a new tier rule).
    `source` is the screen that made the change and has shown it already.
    """

    topics: frozenset[str]
    customers: frozenset[int] = frozenset()
    source: object | None = None

    def __post_init__(self) -> None:
        unknown = self.topics - TOPICS
        if unknown:
            raise ValueError(f"unknown topics: {sorted(unknown)}")

    def touches(self, topics: Iterable[str]) -> bool:
        return not self.topics.isdisjoint(topics)

    def concerns(self, customer_id: int) -> bool:
        return not self.customers or customer_id in self.customers

    def merged(self, later: Change) -> Change:
        """Both changes as one, for a screen that was hidden while they happened."""
        customers = self.customers | later.customers
        if not self.customers or not later.customers:
            customers = frozenset()
        source = self.source if self.source is later.source else None
        # Planned holds only for the changes before the plan: the later change's word counts.
        return Change((self.topics - {PLANNED}) | later.topics, customers, source)


class ChangeHub(QObject):
    """The one place changes are announced, always on the GUI thread."""

    changed = Signal(object)  # a Change

    def announce(self, change: Change) -> None:
        self.changed.emit(change)


_hub: ChangeHub | None = None


def changes() -> ChangeHub:
    """The application's change hub, made on first use."""
    global _hub
    if _hub is None:
        _hub = ChangeHub()
    return _hub


def announce(
    *topics: str, customers: Iterable[int | None] = (), source: object | None = None
) -> None:
    """Tell every screen that `topics` changed (for these customers, by `source`)."""
    concerned = frozenset(c for c in customers if c is not None)
    changes().announce(Change(frozenset(topics), concerned, source))


class Subscription(QObject):
    """Refreshes one screen when a change touches its topics.

    A change the screen made itself is skipped: it has shown it already. While
    the screen is hidden the changes are kept and shown once, when it appears,
    unless the screen asked to refresh at once (others read from it).
    """

    def __init__(
        self,
        screen: QWidget,
        topics: Iterable[str],
        refresh: Callable[[Change], None],
        defer_while_hidden: bool,
    ) -> None:
        super().__init__(screen)
        self.screen = screen
        self.topics = frozenset(topics)
        self.refresh = refresh
        self.defer_while_hidden = defer_while_hidden
        self.pending: Change | None = None
        screen.installEventFilter(self)
        changes().changed.connect(self.on_change)

    @Slot(object)
    def on_change(self, change: Change) -> None:
        if change.source is self.screen or not change.touches(self.topics):
            return
        if self.screen.isVisible() or not self.defer_while_hidden:
            self.refresh(change)
        else:
            self.pending = change if self.pending is None else self.pending.merged(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.pending is not None:
            change, self.pending = self.pending, None
            self.refresh(change)
        return False


def subscribe(
    screen: QWidget,
    topics: Iterable[str],
    refresh: Callable[[Change], None],
    *,
    defer_while_hidden: bool = True,
) -> Subscription:
    """Call `refresh` with each change to `topics`, for as long as `screen` lives."""
    return Subscription(screen, topics, refresh, defer_while_hidden)


class Job:
    """What the work sees of its operation: where to report progress, whether to stop."""

    def __init__(self, report: Callable[[int, int], None], cancel: threading.Event) -> None:
        self._report = report
        self._cancel = cancel

    def report(self, done: int, total: int) -> None:
        self._report(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Relay(QObject):
    """Carries a worker's news to the GUI thread.

    It lives as long as the application, so a worker never signals through an
    object that a closed window has already deleted.
    """

    progressed = Signal(object, int, int)
    ended = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.progressed.connect(self.show_progress)
        self.ended.connect(self.settle)

    @Slot(object, int, int)
    def show_progress(self, operation: Operation[Any], done: int, total: int) -> None:
        operation.show_progress(done, total)

    @Slot(object)
    def settle(self, operation: Operation[Any]) -> None:
        operation.settle(deliver=True)


_relay: _Relay | None = None
_running: set[Operation[Any]] = set()


def _the_relay() -> _Relay:
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _close_thread_connection() -> None:
    """Close the worker's own connection: pool threads are reused, connections are not."""
    try:
        if database.obj is not None and not database.is_closed():
            database.close()
    except Exception:
        log.exception("closing a worker's database connection failed")


def shop_fault(error: BaseException) -> ShopError | None:
    """The error as the message the shop can act on (a full disk, a file open in another
    program, a locked shop), or None for a bug."""
    return faults.explain(error, Path(getattr(database.obj, "database", "") or "."))


def unexpected_error() -> str:
    """The calm words for an error nobody foresaw; the traceback goes to the log."""
    return tr(
        "The last action did not complete; your saved data is safe.\n"
        "Details were written to {path}."
    ).format(path=paths.data_dir() / "shopcrm.log")


class Operation(Generic[T]):
    """One piece of work on a worker thread, as the GUI thread sees it.

    The outcome is delivered on the GUI thread, to `on_done` or `on_failed`, only
    while `owner` still exists; a success is announced whatever became of it,
    since the data changed all the same.
    """

    def __init__(
        self,
        owner: QWidget,
        work: Callable[[Job], T],
        on_done: Callable[[T], None] | None,
        on_failed: Callable[[str], None] | None,
        progress: QProgressBar | None,
        change: Change | None,
        unexpected: str | None,
    ) -> None:
        self.owner = owner
        self._work = work
        self._on_done = on_done
        self._on_failed = on_failed
        self._bar = progress
        self._change = change
        self._unexpected = unexpected
        self._cancel = threading.Event()
        self._over = threading.Event()
        self._outcome: tuple[bool, Any] = (False, "")
        self._settled = False
        self._relay = _the_relay()

    def start(self) -> None:
        _running.add(self)
        QThreadPool.globalInstance().start(self._run)

    def _run(self) -> None:
        """On the worker: run the work, keep its outcome, and tell the GUI thread."""
        job = Job(lambda done, total: self._relay.progressed.emit(self, done, total), self._cancel)
        try:
            self._outcome = (True, self._work(job))
        except ShopError as exc:
            self._outcome = (False, str(exc))
        except Exception as error:
            known = shop_fault(error)
            if known is None:
                log.exception("background work failed")
            self._outcome = (False, str(known) if known else self._unexpected or unexpected_error())
        finally:
            _close_thread_connection()
            # Over before it is told: whatever the GUI thread does on hearing it, the work
            # no longer runs (settle hands the outcome over once, whoever comes first).
            self._over.set()
            self._relay.ended.emit(self)

    def cancel(self) -> None:
        """Ask the work to stop; work that checks `job.cancelled()` rolls back and fails."""
        self._cancel.set()

    def running(self) -> bool:
        return not self._over.is_set()

    def stop(self) -> None:
        """Cancel and wait until the work has ended; its callbacks will not run."""
        self.cancel()
        self._over.wait()
        self.settle(deliver=False)

    def show_progress(self, done: int, total: int) -> None:
        if self._bar is not None and shiboken6.isValid(self._bar):
            self._bar.setMaximum(max(total, 1))
            self._bar.setValue(min(done, max(total, 1)))

    def settle(self, *, deliver: bool) -> None:
        """On the GUI thread: hand the outcome over (once), then announce a success."""
        if self._settled:
            return
        self._settled = True
        _running.discard(self)
        succeeded, value = self._outcome
        try:
            if deliver and shiboken6.isValid(self.owner):
                if succeeded and self._on_done is not None:
                    self._on_done(value)
                elif not succeeded:
                    (self._on_failed or self._show_failure)(value)
        finally:
            if succeeded and self._change is not None:
                changes().announce(self._change)

    def _show_failure(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Something went wrong"),
            message,
            QMessageBox.StandardButton.Ok,
            self.owner,
        )
        box.setObjectName("operationFailedBox")
        box.open()


def run_in_background(
    owner: QWidget,
    work: Callable[[Job], T],
    *,
    on_done: Callable[[T], None] | None = None,
    on_failed: Callable[[str], None] | None = None,
    progress: QProgressBar | None = None,
    changed: Iterable[str] = (),
    customers: Iterable[int] = (),
    unexpected: str | None = None,
) -> Operation[T]:
    """Run `work(job)` on a worker thread and return its operation (to cancel or stop).

    `work` is one domain call that owns its transaction. On success `on_done`
    gets its result on the GUI thread, then the `changed` topics (for
    `customers`) are announced as made by `owner`, which shows the outcome
    itself. A ShopError's message goes to `on_failed` (else a message box), as
    does what a fault of the shop means (a full disk, a file open in another
    program); any other error is logged and told in calm words (`unexpected`, or
    the general ones), never as a traceback. Nothing is announced after a failure: the
    transaction rolled back.
    """
    topics = frozenset(changed)
    change = Change(topics, frozenset(customers), owner) if topics else None
    operation = Operation(owner, work, on_done, on_failed, progress, change, unexpected)
    operation.start()
    return operation


def while_busy(
    owner: QWidget,
    work: Callable[[Job], T],
    done: Callable[[T], None],
    failed: Callable[[str], None],
    busy: Callable[[bool], None] | None = None,
) -> Operation[T]:
    """`work` on a worker, `owner` waiting meanwhile (greyed, or `busy(True)` then
    `busy(False)`), its outcome handed to `done`, or its message to `failed`."""
    busy = busy or (lambda waiting: owner.setEnabled(not waiting))
    busy(True)

    def finished(value: T) -> None:
        busy(False)
        done(value)

    def refused(message: str) -> None:
        busy(False)
        failed(message)

    return run_in_background(owner, work, on_done=finished, on_failed=refused)


def stop_all() -> int:
    """Cancel every operation and wait for each, so none writes after the window closed;
    returns how many were stopped (their callbacks never run)."""
    stopping = list(_running)
    for operation in stopping:
        operation.stop()
    return len(stopping)

"""One greeting batch on the follow-ups page: who gets it, what they read, how it goes out.

The clerk copies it as a list for a WeChat broadcast or saves it as a file for
the shop's bulk-SMS platform, then marks it sent, which logs one contact on
each card. Only the batch's clerk or the owner may (batches.refusal): anyone
else sees the buttons greyed with the reason. A refusal or a failure is told
on the page, in words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shopcrm.care import batches
from shopcrm.care.batches import BatchRow
from shopcrm.core.i18n import tr, trn
from shopcrm.customers.labels import channel_label
from shopcrm.ui import operations, session
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import call_domain, combo, waiting

T = TypeVar("T")
PREVIEWED = 3


def batch_title(batch: BatchRow) -> str:
    """What the batch is, as the list and the view name it."""
    return tr("{festival} greeting").format(festival=batch.festival)


def batch_size(batch: BatchRow) -> str:
    return trn(
        "Greet {n} customer in one go", "Greet {n} customers in one go", batch.members
    ).format(n=batch.members)


class BatchView(QWidget):
    """A greeting batch's counts, a preview of its messages, and its three actions."""

    told = Signal(str)  # what happened, for the page's notice
    sent = Signal(str)  # marked sent: the list changed; the words to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("batchView")
        self.batch: BatchRow | None = None
        self.title = QLabel()
        self.title.setObjectName("batchTitle")
        self.whose = QLabel()
        self.on = QLabel()
        self.members = QLabel()
        self.members.setObjectName("batchMembers")
        self.mobiles = QLabel()
        self.mobiles.setObjectName("batchMobiles")
        self.without = QLabel()
        self.without.setObjectName("batchWithoutMobile")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("batchPreview")
        self.preview.setReadOnly(True)
        self.copy_button = QPushButton(tr("Copy as a list"))
        self.copy_button.setObjectName("copyListButton")
        self.copy_button.setToolTip(tr("For a WeChat broadcast: one line per customer"))
        self.export_button = QPushButton(tr("Export SMS file…"))
        self.export_button.setObjectName("exportSmsButton")
        self.channel = combo(((c, channel_label(c)) for c in batches.CHANNELS), blank=None)
        self.channel.setObjectName("batchChannel")
        self.sent_button = QPushButton(tr("Mark as sent"))
        self.sent_button.setObjectName("saveButton")
        self.refused = QLabel()
        self.refused.setObjectName("muted")
        self.refused.setWordWrap(True)

        hand_out = QHBoxLayout()
        hand_out.addWidget(self.copy_button)
        hand_out.addWidget(self.export_button)
        hand_out.addStretch(1)
        facts = QFormLayout()
        facts.addRow(tr("Clerk"), self.whose)
        facts.addRow(tr("Date"), self.on)
        facts.addRow(tr("Customers"), self.members)
        facts.addRow(tr("Can get a text message"), self.mobiles)
        facts.addRow(tr("No mobile number"), self.without)
        send = QHBoxLayout()
        send.addWidget(QLabel(tr("Sent by")))
        send.addWidget(self.channel)
        send.addWidget(self.sent_button, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(facts)
        layout.addWidget(QLabel(tr("What they will read (the first few):")))
        layout.addWidget(self.preview, 1)
        layout.addLayout(hand_out)
        layout.addLayout(send)
        layout.addWidget(self.refused)

        self.copy_button.clicked.connect(self.copy_list)
        self.export_button.clicked.connect(self.export)
        self.sent_button.clicked.connect(self.mark_sent)

    def show_batch(self, batch: BatchRow) -> None:
        """Show `batch` afresh; the channel chosen stays while it is the same batch."""
        if self.batch is None or self.batch.id != batch.id:
            self.channel.setCurrentIndex(self.channel.findData("sms"))
        self.batch = batch
        self.title.setText(batch_title(batch))
        self.whose.setText(batch.clerk or tr("Nobody in charge"))
        self.on.setText(date_text(batch.on))
        self.members.setText(str(batch.members))
        self.mobiles.setText(str(batch.mobiles))
        self.without.setText(str(batch.members - batch.mobiles))
        self.preview.setPlainText(
            "\n\n".join(
                tr("To {name}: {message}").format(name=m.name, message=m.message)
                for m in batches.preview(batch.id, session.current(), PREVIEWED)
            )
        )
        reason = batches.refusal(session.current(), batch.clerk_id)
        for widget in (self.copy_button, self.export_button, self.channel, self.sent_button):
            widget.setEnabled(reason is None)
            widget.setToolTip(reason or "")
        self.refused.setText(reason or "")
        self.refused.setVisible(reason is not None)

    def _call(self, call: Callable[[], T]) -> T | None:
        """One domain call; a refusal or a known failure is told, in words."""
        return waiting(lambda: call_domain(call, self._tell_errors))

    def _in_background(self, work: Callable[[], T], done: Callable[[T], None], doing: str) -> None:
        """A long write (a festival's ten thousand messages) on a worker: the window keeps
        answering meanwhile, and the batch's buttons wait until it is over."""
        self.told.emit(doing)
        operations.while_busy(self, lambda _job: work(), done, self.told.emit)

    def _tell_errors(self, errors: dict[str, str]) -> None:
        if errors:
            self.told.emit(" ".join(errors.values()))

    def copy_list(self) -> None:
        """The batch to the clipboard, one line per customer, for a WeChat broadcast."""
        batch = self.batch
        if batch is None:
            return
        text = self._call(lambda: batches.copy_list(session.actor(), batch.id))
        if text is None:
            return
        QGuiApplication.clipboard().setText(text)
        self.channel.setCurrentIndex(self.channel.findData("wechat"))
        count = len(text.splitlines())
        self.told.emit(
            trn(
                "{n} greeting copied: paste it into a WeChat broadcast.",
                "{n} greetings copied: paste them into a WeChat broadcast.",
                count,
            ).format(n=count)
            + " "
            + tr("Mark the batch sent once it has gone out.")
        )

    def export(self) -> None:
        """Ask where, then write the SMS file: an Excel workbook for .xlsx, else a CSV."""
        batch = self.batch
        if batch is None:
            return
        name = "-".join(p for p in (batch.festival, batch.on.isoformat(), batch.clerk) if p)
        chosen, kind = QFileDialog.getSaveFileName(
            self,
            tr("Export the SMS file"),
            f"{name}.csv",
            tr("CSV for the SMS platform (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(".xlsx" if "xlsx" in kind else ".csv")
        actor = session.actor()
        self._in_background(
            lambda: batches.export_sms(actor, batch.id, path),
            self._exported,
            tr("Writing the text messages…"),
        )

    def _exported(self, written: batches.SmsFile) -> None:
        self.channel.setCurrentIndex(self.channel.findData("sms"))
        words = written.words()
        words.append(tr("Mark the batch sent once it has gone out."))
        self.told.emit(" ".join(words))

    def mark_sent(self) -> None:
        """After asking: one contact on each card, and the batch leaves the list."""
        batch = self.batch
        if batch is None:
            return
        channel = self.channel.currentData()
        question = trn(
            "Mark the {title} sent to {n} customer ({channel})? "
            "One contact goes on the card; this cannot be undone.",
            "Mark the {title} sent to {n} customers ({channel})? "
            "One contact goes on each card; this cannot be undone.",
            batch.members,
        ).format(title=batch_title(batch), channel=channel_label(channel), n=batch.members)
        answer = QMessageBox.question(self, tr("Mark as sent"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = session.actor()
        self._in_background(
            lambda: batches.mark_sent(actor, batch.id, channel),
            self._marked_sent,
            tr("Logging a contact on each card…"),
        )

    def _marked_sent(self, logged: int) -> None:
        self.sent.emit(
            trn(
                "Marked sent: {n} contact logged.",
                "Marked sent: {n} contacts logged.",
                logged,
            ).format(n=logged)
        )

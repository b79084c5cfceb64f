"""What one event came to: its guests' answers, who came, and what they bought after.

The sales are set against what the same customers spend in as many days on
average (events.figures), so a preview that only moved sales forward shows as
little; a window not over yet says how many of its days have passed. An event
still to come, or cancelled, shows its invitations only: the door's figures and
the sales would be zeros that read as results. Every event's figures go to a
workbook with "Export to Excel…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shopcrm.core import clock
from shopcrm.core.i18n import tr, trn
from shopcrm.core.money import money
from shopcrm.events import export, figures
from shopcrm.ui import session
from shopcrm.ui.customers.history_tabs import item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.widgets import call_domain, waiting

# Figures an event has before it is held; the others come from its door and after it.
BEFORE_THE_DAY = ("invited", "accepted")
NOT_YET = "–"
FIGURES = (
    ("invited", lambda: tr("Invited")),
    ("accepted", lambda: tr("Said yes")),
    ("attended", lambda: tr("Came")),
    ("no_shows", lambda: tr("Said yes and did not come")),
    ("walk_ins", lambda: tr("Walked in without an invitation")),
    ("brought", lambda: tr("Brought by a guest")),
    ("new_customers", lambda: tr("New customers")),
    ("gifts", lambda: tr("Gifts handed over")),
)


def _window(lift: figures.Lift) -> str:
    """7 days; or, before the window is over, 7 days with how many of them have passed."""
    window = trn("{n} day", "{n} days", lift.days).format(n=lift.days)
    if lift.complete:
        return window
    return tr("{window} ({n} so far)").format(window=window, n=lift.elapsed)


def _not_held(line: figures.EventLine) -> str:
    """Why the event has no door figures nor sales to show yet; empty once it is held."""
    if line.cancelled:
        return tr("Cancelled: the event was not held, so only its invitations count.")
    if line.starts_at.date() > clock.today():
        return tr(
            "Not held yet: who came and what they bought show from {date}, the event day."
        ).format(date=date_text(line.starts_at.date()))
    return ""


def _figures(report: figures.Report) -> dict[str, int]:
    line = report.line
    return {
        "invited": line.invited,
        "accepted": line.accepted,
        "attended": line.attended,
        "no_shows": line.no_shows,
        "walk_ins": line.walk_ins,
        "brought": line.brought,
        "new_customers": report.new_customers,
        "gifts": report.gifts,
    }


class ReportView(QWidget):
    """One event's figures, and the export of every event's."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventReport")
        self.event_id: int | None = None
        self.values: dict[str, QLabel] = {}
        # The counts in two rows of label and figure, the sales below at full width.
        counts = QGridLayout()
        per_row = (len(FIGURES) + 1) // 2
        for index, (key, label) in enumerate(FIGURES):
            value = QLabel()
            value.setObjectName(f"figure_{key}")
            self.values[key] = value
            row, column = divmod(index, per_row)
            counts.addWidget(QLabel(label()), row, 2 * column)
            counts.addWidget(value, row, 2 * column + 1)
        counts.setHorizontalSpacing(12)
        counts.setColumnStretch(2 * per_row, 1)
        self.lifts = QStandardItemModel(0, 4, self)
        self.lifts.setHorizontalHeaderLabels(
            [
                tr("From the event day"),
                tr("Attendees' sales"),
                tr("Expected from their own average"),
                tr("Brought by the event"),
            ]
        )
        self.lift_table = QTableView()
        self.lift_table.setObjectName("liftTable")
        self.lift_table.setModel(self.lifts)
        self.lift_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lift_table.verticalHeader().hide()
        self.lift_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.lift_table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.lift_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.explain = QLabel(
            tr(
                "What those who came bought from the event day on, against what the same "
                "customers spend in as many days on average over the year before: the "
                "difference is what the event brought."
            )
        )
        self.explain.setObjectName("hint")
        self.explain.setWordWrap(True)
        self.not_held = QLabel()
        self.not_held.setObjectName("notice")
        self.not_held.setWordWrap(True)
        self.export_button = QPushButton(tr("Export to Excel…"))
        self.export_button.setObjectName("exportEventsButton")
        self.export_button.setToolTip(tr("Every event's figures, one row per event"))
        session.guard(self.export_button, "export")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(counts)
        layout.addWidget(self.not_held)
        layout.addWidget(self.lift_table)
        layout.addWidget(self.explain)
        layout.addStretch(1)
        layout.addLayout(bar)
        self.export_button.clicked.connect(self.export)

    def show_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.lifts.removeRows(0, self.lifts.rowCount())
        if event_id is None:
            for value in self.values.values():
                value.clear()
            self._show_held("")
            return
        report = figures.report(event_id)
        why_not = _not_held(report.line)
        for key, number in _figures(report).items():
            not_yet = bool(why_not) and key not in BEFORE_THE_DAY
            self.values[key].setText(NOT_YET if not_yet else str(number))
        self._show_held(why_not)
        if why_not:
            return
        for lift in report.lifts:
            self.lifts.appendRow(
                item_row(
                    (
                        _window(lift),
                        money(lift.sales),
                        money(lift.expected),
                        money(lift.brought),
                    ),
                    right=(1, 2, 3),
                )
            )

    def _show_held(self, why_not: str) -> None:
        """The sales and their explanation for an event held, else why there are none."""
        self.not_held.setText(why_not)
        self.not_held.setVisible(bool(why_not))
        self.lift_table.setVisible(not why_not)
        self.explain.setVisible(not why_not)

    def export(self) -> Path | None:
        """Ask where, then write every event's figures; say what was written."""
        base = tr("events")  # the file's name in the window's language: 会员活动-….xlsx
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export the events report"),
            f"{base}-{clock.today().isoformat()}.xlsx",
            tr("Excel (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen).with_suffix(".xlsx")
        count = waiting(
            lambda: call_domain(
                lambda: export.export_report(session.actor(), path),
                lambda errors: self.notice.setText(" ".join(errors.values())),
            )
        )
        if count is None:
            return None
        self.notice.setText(
            trn("{n} event exported to {path}.", "{n} events exported to {path}.", count).format(
                n=count, path=path
            )
        )
        return path

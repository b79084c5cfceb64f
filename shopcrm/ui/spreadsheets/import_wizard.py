"""File → Import: the wizard that takes a shop's old spreadsheet in.

Choose the file (and the sheet when several hold customers), check the column
mapping, choose what to do with customers already known, read the preview,
then import with a progress bar and Cancel. Reading and writing run on a
worker thread so the window stays responsive; the domain does all the work.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopcrm.core.errors import ShopError
from shopcrm.core.i18n import system_language, tr, trn
from shopcrm.spreadsheets import columns, importing
from shopcrm.spreadsheets.reader import Spreadsheet
from shopcrm.ui import session
from shopcrm.ui.operations import CUSTOMERS, Job, Operation, run_in_background


class _ProblemModel(QAbstractTableModel):
    """Lines of the report, the rejected cells or the notes: row, column, value, reason."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.problems: list[importing.Problem] = []
        self.headers = [tr("Row"), tr("Column"), tr("Value"), tr("Reason")]

    def set_problems(self, problems: list[importing.Problem]) -> None:
        self.beginResetModel()
        self.problems = problems
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if role not in shown or not index.isValid():
            return None
        problem = self.problems[index.row()]
        return (problem.row, problem.column, problem.value, problem.reason)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


def _two_line_rows(view: QTableView) -> None:
    """Row, column and value as wide as they need, the reason wrapped on rows two lines
    high (its tooltip has all of it): sizing each row to its text would take seconds
    for a list of many thousand rejected rows."""
    columns = view.horizontalHeader()
    for column in range(3):
        columns.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    columns.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    view.setWordWrap(True)
    rows = view.verticalHeader()
    rows.hide()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    # Chinese glyphs come from a fallback font whose lines are taller than the main one's.
    line = max(view.fontMetrics().lineSpacing(), view.fontMetrics().boundingRect("汉字").height())
    rows.setDefaultSectionSize(line * 2 + 8)


def _report(plan: importing.ImportPlan) -> str:
    """What the counts do not say: totals left out, repeated rows, warnings to check."""
    footers, repeats, warnings = len(plan.footers), len(plan.repeats), len(plan.warnings)
    parts = (
        (
            footers,
            trn(
                "{n} row left out as a total or footer.",
                "{n} rows left out as totals or footers.",
                footers,
            ),
        ),
        (
            repeats,
            trn(
                "{n} row repeats an earlier row of the file.",
                "{n} rows repeat an earlier row of the file.",
                repeats,
            ),
        ),
        (warnings, trn("{n} warning to check.", "{n} warnings to check.", warnings)),
    )
    return " ".join(text.format(n=n) for n, text in parts if n)


class _Page(QWizardPage):
    """A wizard page that knows its wizard, where the import's state is kept."""

    def __init__(self, wizard: ImportWizard, title: str, subtitle: str = "") -> None:
        super().__init__(wizard)
        self.owner = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)


class FilePage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            tr("Choose the spreadsheet"),
            tr("An Excel (.xlsx, .xlsm) or CSV file with one customer per row."),
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("importFile")
        browse = QPushButton(tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("importSheet")
        self.sheet_label = QLabel(tr("Several sheets hold customers; import:"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.sheet_label)
        layout.addWidget(self.sheet)
        layout.addWidget(self.message)
        layout.addStretch()
        self.sheet_label.hide()
        self.sheet.hide()
        self.path.editingFinished.connect(self.load)
        self.sheet.currentTextChanged.connect(self.choose_sheet)

    def browse(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Import customers"), "", tr("Spreadsheets (*.xlsx *.xlsm *.csv)")
        )
        if chosen:
            self.path.setText(chosen)
            self.load()

    def load(self) -> None:
        """Open the file, find the sheets that hold customers, and pick one."""
        self.owner.table = None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.blockSignals(False)
        self.sheet_label.hide()
        self.sheet.hide()
        try:
            spreadsheet = Spreadsheet(Path(self.path.text().strip()))
            sheets = importing.data_sheets(spreadsheet) or spreadsheet.sheet_names[:1]
        except ShopError as exc:
            self.message.setText(str(exc))
            self.completeChanged.emit()
            return
        self.owner.spreadsheet = spreadsheet
        if len(sheets) > 1:
            self.sheet_label.show()
            self.sheet.show()
        self.sheet.blockSignals(True)
        self.sheet.addItems(sheets)
        self.sheet.blockSignals(False)
        self.choose_sheet(sheets[0])

    def choose_sheet(self, sheet: str) -> None:
        if not sheet or self.owner.spreadsheet is None:
            return
        try:
            self.owner.table = importing.find_table(self.owner.spreadsheet, sheet)
        except ShopError as exc:
            self.owner.table = None
            self.message.setText(str(exc))
        else:
            table = self.owner.table
            if table.first_header_row < table.header_row:
                text = tr("Sheet “{sheet}”: the column names are in rows {first} and {last}.")
            else:
                text = tr("Sheet “{sheet}”: the column names are in row {row}.")
            self.message.setText(
                text.format(
                    sheet=sheet,
                    first=table.first_header_row,
                    last=table.header_row,
                    row=table.header_row,
                )
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.owner.table is not None


class MappingPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            tr("Check the columns"),
            tr("Each column of the file goes into the field chosen beside it, or is ignored."),
        )
        self.combos: list[QComboBox] = []
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form_host)
        self.save = QCheckBox(tr("Save this mapping for next time"), self)
        self.save.setObjectName("saveMapping")
        self.save.setChecked(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.save)
        layout.addWidget(self.message)

    def initializePage(self) -> None:
        table = self.owner.table
        assert table is not None
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        language = system_language()
        fields = [column for column in columns.COLUMNS if column.importable]
        for index, header in enumerate(table.headers):
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"mapColumn{index}")
            combo.addItem(tr("(ignore)"), columns.IGNORE)
            combo.addItem(
                tr("(add to the notes as “{header}: …”)").format(header=header or f"#{index + 1}"),
                columns.TO_NOTES,
            )
            for column in fields:
                combo.addItem(columns.export_header(column.field, language), column.field)
            combo.setCurrentIndex(max(combo.findData(table.mapping.get(index, "")), 0))
            self.form.addRow(header or f"#{index + 1}", combo)
            self.combos.append(combo)
        self.message.clear()

    def mapping(self) -> dict[int, str]:
        return {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData()
        }

    def validatePage(self) -> bool:
        mapping = self.mapping()
        chosen = list(mapping.values())
        twice = sorted(
            {field for field in chosen if chosen.count(field) > 1 and field != columns.TO_NOTES}
        )
        if twice:
            self.message.setText(
                tr("Each field can take one column only: {fields}.").format(
                    fields=", ".join(columns.export_header(f, system_language()) for f in twice)
                )
            )
            return False
        if not {"name", "phone"} & set(chosen):
            self.message.setText(tr("Choose at least the column with the name or the phone."))
            return False
        table = self.owner.table
        assert table is not None
        table.mapping = mapping
        if self.save.isChecked():
            columns.save_mapping(table.headers, mapping)
        return True


class PolicyPage(_Page):
    POLICIES = ("skip", "fill", "overwrite")

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            tr("Customers already in the shop"),
            tr(
                "A row whose phone (or customer number) is already known never becomes a second "
                "customer. What should it do?"
            ),
        )
        labels = (
            tr("Skip it: keep the customer as is"),
            tr("Fill in only the fields that are still empty"),
            tr(
                "Overwrite the customer's fields with the file's values (empty cells change "
                "nothing)"
            ),
        )
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for number, (policy, label) in enumerate(zip(self.POLICIES, labels, strict=True)):
            button = QRadioButton(label, self)
            button.setObjectName(f"policy{policy.capitalize()}")
            self.group.addButton(button, number)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        layout.addStretch()

    def policy(self) -> str:
        return self.POLICIES[self.group.checkedId()]


class PreviewPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, tr("Preview"), tr("Nothing has been written yet."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, tr("Import"))
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.model = _ProblemModel(self)
        self.notes = _ProblemModel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        for name, label, model in (
            ("rejectedRows", tr("Rows that will not be imported, and why:"), self.model),
            (
                "importNotes",
                tr("Also look at: rows imported with a warning, totals left out, repeated rows:"),
                self.notes,
            ),
        ):
            view = QTableView(self)
            view.setObjectName(name)
            view.setModel(model)
            _two_line_rows(view)
            layout.addWidget(QLabel(label, self))
            layout.addWidget(view)

    def initializePage(self) -> None:
        self.owner.plan = None
        self.model.set_problems([])
        self.notes.set_problems([])
        self.summary.setText(tr("Reading the file…"))
        table = self.owner.table
        assert table is not None
        path, sheet, mapping = table.path, table.sheet, dict(table.mapping)
        policy = self.owner.policy_page.policy()

        def work(job: Job) -> importing.ImportPlan:
            # The file is opened again here: the reader's objects stay on their own thread.
            fresh = importing.find_table(path, sheet)
            fresh.mapping = mapping
            return importing.plan_import(fresh, policy, job.report, job.cancelled)

        self.owner.run(work, self.progress, self.planned, self.failed)

    def planned(self, plan: importing.ImportPlan) -> None:
        self.owner.plan = plan
        counts = plan.counts()
        text = tr(
            "{added} to add, {updated} to update, {skipped} to skip, {rejected} rejected."
        ).format(**counts)
        if report := _report(plan):
            text += " " + report
        if plan.new_clerks:
            text += " " + tr("New clerks: {names}.").format(names="、".join(plan.new_clerks))
        self.summary.setText(text)
        self.model.set_problems(plan.problems())
        self.notes.set_problems(plan.notes())
        self.completeChanged.emit()

    def failed(self, message: str) -> None:
        self.summary.setText(message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self.owner.plan
        return plan is not None and bool(plan.adds or plan.updates)


class ProgressPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(
            wizard,
            tr("Importing"),
            tr("All rows go in together, or none: Cancel leaves the shop as it was."),
        )
        self.setCommitPage(True)
        self.progress = QProgressBar(self)
        self.cancel = QPushButton(tr("Cancel import"), self)
        self.cancel.setObjectName("cancelImport")
        self.cancel.clicked.connect(self.owner.cancel_work)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel)
        layout.addStretch()
        self.finished = False

    def initializePage(self) -> None:
        self.finished = False
        self.cancel.setEnabled(True)
        plan = self.owner.plan
        assert plan is not None
        actor = session.actor()

        def work(job: Job) -> importing.ImportResult:
            return importing.apply_import(actor, plan, progress=job.report, cancelled=job.cancelled)

        self.owner.run(work, self.progress, self.done, self.failed, changed=(CUSTOMERS,))

    def done(self, result: importing.ImportResult) -> None:
        self.owner.result = result
        self.owner.failure = None
        self.owner.imported.emit(result)
        self.end()

    def failed(self, message: str) -> None:
        self.owner.result = None
        self.owner.failure = message
        self.end()

    def end(self) -> None:
        self.finished = True
        self.cancel.setEnabled(False)
        self.completeChanged.emit()
        self.owner.next()

    def isComplete(self) -> bool:
        return self.finished


class ResultPage(_Page):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard, tr("Import finished"))
        self.summary = QLabel(self)
        self.summary.setObjectName("resultSummary")
        self.summary.setWordWrap(True)
        self.save = QPushButton(tr("Save the rejected rows…"), self)
        self.save.setObjectName("saveRejects")
        self.save.clicked.connect(self.save_rejects)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.save)
        layout.addStretch()

    def initializePage(self) -> None:
        result, plan = self.owner.result, self.owner.plan
        if result is None:
            self.setTitle(tr("Nothing was imported"))
            self.summary.setText(self.owner.failure or "")
        else:
            self.setTitle(tr("Import finished"))
            counts = trn(
                "{added} customer added, {updated} updated, {skipped} skipped, "
                "{rejected} rows rejected.",
                "{added} customers added, {updated} updated, {skipped} skipped, "
                "{rejected} rows rejected.",
                result.added,
            ).format(**result.as_dict())
            report = _report(plan) if plan is not None else ""
            self.summary.setText(f"{counts} {report}" if report else counts)
        self.save.setEnabled(result is not None and plan is not None and bool(plan.rejected))

    def save_rejects(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        suggested = plan.table.path.with_name(f"{plan.table.path.stem}-rejected.xlsx")
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the rejected rows"), str(suggested), tr("Excel (*.xlsx)")
        )
        if not chosen:
            return
        try:
            written = importing.write_rejects(plan, Path(chosen), system_language())
        except ShopError as exc:
            QMessageBox.warning(self, tr("Not saved"), str(exc))
            return
        self.summary.setText(
            self.summary.text()
            + "\n"
            + tr("Rejected rows saved to {path}: fix them and import that file.").format(
                path=written
            )
        )


class ImportWizard(QWizard):
    """The import wizard; the main window opens it from File → Import.

    `imported` carries the ImportResult once rows are in; the customers are
    announced as changed, so every list refreshes itself.
    """

    imported = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(tr("Import customers"))
        self.resize(820, 600)
        self.spreadsheet: Spreadsheet | None = None
        self.table: importing.Table | None = None
        self.plan: importing.ImportPlan | None = None
        self.result: importing.ImportResult | None = None
        self.failure: str | None = None
        self.runner: Operation[Any] | None = None  # the reading or writing under way
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.policy_page = PolicyPage(self)
        self.preview_page = PreviewPage(self)
        self.progress_page = ProgressPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.policy_page,
            self.preview_page,
            self.progress_page,
            self.result_page,
        ):
            self.addPage(page)

    def run(
        self,
        work: Callable[[Job], Any],
        progress: QProgressBar,
        on_done: Callable[[Any], None],
        on_failed: Callable[[str], None],
        changed: tuple[str, ...] = (),
    ) -> None:
        """Read or write off the GUI thread; work still running from before is stopped first."""
        self.stop_work()
        self.runner = run_in_background(
            self,
            work,
            on_done=on_done,
            on_failed=on_failed,
            progress=progress,
            changed=changed,
            unexpected=tr("The import stopped on an unexpected error; nothing was written."),
        )

    def cancel_work(self) -> None:
        if self.runner is not None:
            self.runner.cancel()

    def stop_work(self) -> None:
        """Cancel and wait: the work rolls back and its thread ends before we go on."""
        if self.runner is not None:
            self.runner.stop()
            self.runner = None

    def done(self, result: int) -> None:
        """Closing while work runs cancels it and waits, so nothing is left half-done."""
        self.stop_work()
        super().done(result)

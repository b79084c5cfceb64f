"""The owner's backups: which copies there are, a new one now, here or on a USB stick, a
check that one can be restored, and the restore itself.

Copies are made and checked on a worker, so a large shop's backup never freezes the
window. A restore replaces the whole shop: it asks first, says that the shop as it is
now is kept aside, and is refused while another window holds work that would be lost.
Once restored, the application opens the restored shop and asks who is at the counter
(`restored`), since its staff and passwords are the backup's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QLocale, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStyle,
    QWidget,
)

from shopcrm.core.i18n import tr, trn
from shopcrm.core.paths import backup_dir
from shopcrm.shop import safekeeping
from shopcrm.storage import backup, options
from shopcrm.storage.backup import BackupInfo
from shopcrm.storage.models import database
from shopcrm.ui import operations, session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.dates import date_text
from shopcrm.ui.operations import shop_fault
from shopcrm.ui.staff.protect_dialog import unlock_shop
from shopcrm.ui.widgets import FormDialog, OptionsForm, fit_to_screen, wrapped_label

T = TypeVar("T")


def backup_options() -> OptionsForm:
    """How many daily backups are kept and the folder for a second copy each day, each
    saved as soon as it is typed or chosen; the owner's to change."""
    form = OptionsForm([(None, options.on_screen(options.BACKUPS))])
    kept = form.editor("daily_backups_kept")
    folder = form.editor("second_copy_folder")
    assert isinstance(kept, QSpinBox) and isinstance(folder, QLineEdit)
    kept.setMaximumWidth(kept.sizeHint().width() * 2)
    folder.setPlaceholderText(tr("A folder on a USB stick or another disk (none: no second copy)"))
    choose = folder.addAction(
        form.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon),
        QLineEdit.ActionPosition.TrailingPosition,
    )
    choose.setObjectName("chooseFolderAction")
    choose.setToolTip(tr("Choose the folder"))

    def chosen() -> None:
        start = folder.text() or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.HomeLocation
        )
        picked = QFileDialog.getExistingDirectory(form, tr("A folder for the second copy"), start)
        if picked:
            folder.setText(picked)
            changed()

    def changed() -> None:
        if form.form.changed():
            form.save()

    choose.triggered.connect(chosen)
    for editor in (kept, folder):
        editor.editingFinished.connect(changed)
        session.guard(editor, "settings")
    return form


def _kind_words(info: BackupInfo) -> str:
    if info.path.name.endswith(f"-{backup.DAILY}.db"):
        return tr("Daily")
    if info.path.name.endswith("-manual.db"):
        return tr("Made by hand")
    return tr("Copied in")


def _checked_words(verified: bool | None) -> str:
    if verified is None:
        return tr("Not checked yet")
    return tr("Sound") if verified else tr("Damaged: do not restore")


class BackupsDialog(FormDialog):
    restored = Signal(object)  # the copy of the shop as it was (a Path), or None
    # A restore refused after the window's work was stopped for it (the day's start, a
    # figure being read): once she closes this, the window is made afresh to resume it.
    work_stopped = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__("backupsDialog", tr("Backups"), parent)
        self.db_path = db_path
        self._work_stopped = False  # by a restore refused since
        # As wide as the list's columns in the font she chose, within the screen.
        lines = self.fontMetrics()
        fit_to_screen(self, lines.averageCharWidth() * 95, lines.height() * 27)
        where = QLabel(
            tr(
                "Each day the shop opens, a backup is made into {folder}. Copy one to a "
                "USB stick or another disk now and then: a backup on the same disk is "
                "lost with it."
            ).format(folder=backup_dir(db_path))
        )
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kept = backup_options()
        self.list = ListTab([tr("Made"), tr("Kind"), tr("Size"), tr("Checked")], "backupList")
        self.message = wrapped_label("notice")
        actions = QHBoxLayout()
        self.backup_button = self._button(actions, "backupNowButton", tr("Back up now"))
        self.copy_button = self._button(actions, "backupToButton", tr("Copy to a USB stick…"))
        self.check_button = self._button(actions, "checkButton", tr("Check"))
        self.restore_button = self._button(actions, "restoreButton", tr("Restore…"))
        actions.addStretch(1)
        # Anyone backs up or checks; copying the shop away and restoring it are the owner's.
        self.needs = {self.copy_button: "backup_to", self.restore_button: "restore"}
        for button, need in self.needs.items():
            session.guard(button, need)

        self.backup_button.clicked.connect(self.back_up_now)
        self.copy_button.clicked.connect(self.copy_elsewhere)
        self.check_button.clicked.connect(self.check)
        self.restore_button.clicked.connect(self.restore)
        self.lay_out([where, self.kept, self.list, actions, self.message])
        self.shown: list[BackupInfo] = []
        self.load()

    def _button(self, row: QHBoxLayout, name: str, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def load(self) -> None:
        self.list.clear()
        self.shown = backup.backups(self.db_path)
        locale = QLocale()
        size = QLocale.DataSizeFormat.DataSizeTraditionalFormat  # MB, as a shop PC says
        for info in self.shown:
            self.list.model.appendRow(
                item_row(
                    (
                        date_text(info.made_at) if info.made_at else info.path.name,
                        _kind_words(info),
                        locale.formattedDataSize(info.size, 1, size),
                        _checked_words(info.verified),
                    )
                )
            )
        total = sum(info.size for info in self.shown)
        self.list.footer.setText(
            trn("{n} backup, {size} in all", "{n} backups, {size} in all", len(self.shown)).format(
                n=len(self.shown), size=locale.formattedDataSize(total, 1, size)
            )
        )
        self.list.fit_columns()
        if self.shown:
            self.list.view.setCurrentIndex(self.list.model.index(0, 0))

    def chosen(self) -> BackupInfo | None:
        """The backup chosen in the list, or None, having asked her to choose one."""
        index = self.list.view.currentIndex()
        if not index.isValid():
            self.message.setText(tr("Choose a backup first."))
            return None
        return self.shown[index.row()]

    def _busy(self, busy: bool) -> None:
        for button in (
            self.backup_button,
            self.copy_button,
            self.check_button,
            self.restore_button,
        ):
            need = self.needs.get(button)
            button.setEnabled(not busy and (need is None or session.may(need)))

    def _run(self, work: Callable[[operations.Job], T], done: Callable[[T], None]) -> None:
        """One copy or check on a worker; the buttons wait for it."""
        operations.while_busy(self, work, done, self.message.setText, self._busy)

    def back_up_now(self) -> None:
        self.message.setText(tr("Backing up…"))
        self._run(
            lambda _job: backup.backup_now(database.obj, self.db_path),
            self._made,
        )

    def copy_elsewhere(self) -> None:
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(self, tr("Copy the shop to a folder"), start)
        if not folder:
            return
        actor = session.actor()
        self.message.setText(tr("Backing up…"))
        self._run(
            lambda _job: safekeeping.backup_to(actor, database.obj, Path(folder)),
            self._made,
        )

    def _made(self, made: Path) -> None:
        self.message.setText(tr("Backup written: {path}").format(path=made))
        self.load()

    def check(self) -> None:
        info = self.chosen()
        if info is None:
            return
        self.message.setText(tr("Checking…"))
        self._run(lambda _job: backup.check(info.path), self._checked)

    def _checked(self, sound: bool | None) -> None:
        self.message.setText(
            tr("It is protected with another password: it cannot be checked here.")
            if sound is None
            else tr("Sound: it can be restored.")
            if sound
            else tr("Damaged: this backup cannot be restored. Choose another.")
        )
        self.load()

    def restore(self) -> None:
        info = self.chosen()
        if info is None:
            return
        if _other_windows_open(self):
            self.message.setText(
                tr("Close the other windows first: the work in them would be lost.")
            )
            return
        if not self._confirmed(info) or not unlock_shop(info.path, self):
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        stopped = 0
        try:
            backup.verify(info.path)  # a damaged copy is refused before any work is stopped
            stopped = operations.stop_all()
            aside = safekeeping.restore(session.actor(), self.db_path, info.path)
        except Exception as error:
            refused = shop_fault(error)  # a damaged backup, a full disk: said, nothing lost
            if refused is None:
                raise
            self.message.setText(str(refused))
            self.load()
            self._work_stopped = self._work_stopped or bool(stopped)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()
        self.restored.emit(aside)

    def done(self, result: int) -> None:
        """Closed after a restore that was refused once work had been stopped for it,
        and none succeeded since: the window resumes that work."""
        super().done(result)
        if self._work_stopped and result != QDialog.DialogCode.Accepted:
            self.work_stopped.emit()

    def _confirmed(self, info: BackupInfo) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Restore this backup?"),
            tr(
                "The shop goes back to how it was on {when}: what was recorded since then "
                "is not in the backup. The shop as it is now is kept in a copy beside it "
                "first, so the restore can be undone."
            ).format(when=date_text(info.made_at) if info.made_at else info.path.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreConfirmBox")
        go = box.addButton(tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("restoreGoButton")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is go


def _other_windows_open(dialog: QWidget) -> bool:
    """Whether the main window holds another open window (a card, a sale) besides this."""
    main = dialog.parentWidget()
    return main is not None and any(
        widget.isVisible()
        and widget.isWindow()
        and widget is not dialog
        and not isinstance(widget, QMessageBox)  # a notice holds no work
        for widget in main.findChildren(QWidget)
    )

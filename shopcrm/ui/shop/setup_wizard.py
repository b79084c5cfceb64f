"""A new shop's first start, once its owner is set up: the shop (its kind, name, address
and phone), the VIP tiers it starts from, its clerks, where the second copy goes, and
how to begin — her old spreadsheet, an empty shop, or a demo shop to look at first.

Each page saves as she leaves it (shop.setup and the options behind it), so a setup
cut short keeps what was given; the last page marks the shop set up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from shopcrm.core.i18n import tr
from shopcrm.core.paths import backup_dir
from shopcrm.shop import setup
from shopcrm.staff import accounts, roster
from shopcrm.storage import options
from shopcrm.ui import preferences, session
from shopcrm.ui.customers.history_tabs import ListTab, item_row
from shopcrm.ui.shop.backups_dialog import backup_options
from shopcrm.ui.widgets import OptionsForm, call_domain, fit_to_screen, wrapped_label

EMPTY, IMPORT, DEMO = "empty", "import", "demo"


def _choices(
    page: QWizardPage, layout: QVBoxLayout, choices: tuple[tuple[str, str, str], ...]
) -> QButtonGroup:
    """Radio buttons, each with a line under it saying what it means; the first chosen."""
    group = QButtonGroup(page)
    for code, words, meaning in choices:
        button = QRadioButton(words)
        button.setObjectName(f"{code}Choice")
        button.setProperty("code", code)
        group.addButton(button)
        layout.addWidget(button)
        indented = wrapped_label("hint", meaning)
        indented.setContentsMargins(24, 0, 0, 6)
        layout.addWidget(indented)
    group.buttons()[0].setChecked(True)
    return group


def _chosen(group: QButtonGroup) -> str:
    return str(group.checkedButton().property("code"))


class ShopPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("shopPage")
        self.setTitle(tr("Your shop"))
        self.setSubTitle(tr("Its name, address and phone go on receipts and exported lists."))
        layout = QVBoxLayout(self)
        meaning = {
            "clothing": tr(
                "Sizes and colours customers like, seasons, the tiers of a clothing shop."
            ),
            "furniture": tr("Delivery and installation, the calls after them, rooms and styles."),
        }
        kinds = options.OPTIONS["shop_kind"].kind
        assert isinstance(kinds, options.Choice)
        self.kind = _choices(
            self, layout, tuple((code, words, meaning[code]) for code, words in kinds.labels())
        )
        for button in self.kind.buttons():
            button.setChecked(button.property("code") == options.get("shop_kind"))
        self.details = OptionsForm([(None, ["shop_name", "shop_address", "shop_phone"])])
        layout.addWidget(self.details)
        self.message = wrapped_label("fieldError")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        if self.details.form.changed() and not self.details.save():
            return False
        if _chosen(self.kind) == options.get("shop_kind"):
            return True  # its tiers are there, and may have been changed since
        chosen = call_domain(
            lambda: setup.choose_kind(session.actor(), _chosen(self.kind), preferences.language()),
            lambda errors: self.message.setText(" ".join(errors.values())),
        )
        return chosen is not None


class TiersPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("tiersPage")
        self.setTitle(tr("VIP tiers"))
        # What a tier gives is in its words (the discount, the points): they wrap.
        self.list = ListTab([tr("Tier"), tr("Takes"), tr("Benefits")], "presetTiers")
        self.list.view.setWordWrap(True)
        self.list.view.setUniformRowHeights(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "hint",
                tr(
                    "The shop starts with these tiers. Change their names, what they take "
                    "and what they give at any time in VIP rules."
                ),
            )
        )
        layout.addWidget(self.list)

    def initializePage(self) -> None:
        self.list.clear()
        for tier in setup.tiers_shown():
            self.list.model.appendRow(item_row((tier.name, tier.requirement, tier.benefits)))
        for column in (0, 1):
            self.list.view.resizeColumnToContents(column)


class ClerksPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("clerksPage")
        self.setTitle(tr("Clerks"))
        self.name = QLineEdit()
        self.name.setObjectName("clerkName")
        self.pin = QLineEdit()
        self.pin.setObjectName("clerkPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(tr("Add the clerk"))
        self.add_button.setObjectName("addClerkButton")
        self.add_button.clicked.connect(self.add)
        self.pin.returnPressed.connect(self.add)
        fields = QFormLayout()
        fields.addRow(tr("Name"), self.name)
        fields.addRow(tr("PIN (4 to 6 digits)"), self.pin)
        row = QHBoxLayout()
        row.addLayout(fields, 1)
        row.addWidget(self.add_button)
        self.message = wrapped_label("fieldError")
        self.added = ListTab([tr("Clerks who sign in")], "clerkList")
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "hint",
                tr(
                    "Each clerk signs in with a PIN of their own, so what each records is "
                    "theirs. Add them now or later in Staff."
                ),
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.added)
        self.show_clerks()

    def add(self) -> None:
        """Add her; what was typed stays in the fields when it is refused."""
        clerk = call_domain(
            lambda: accounts.add_clerk(session.actor(), self.name.text(), self.pin.text()),
            lambda errors: self.message.setText(" ".join(errors.values())),
        )
        if clerk is None:
            return
        self.name.clear()
        self.pin.clear()
        self.name.setFocus()
        self.show_clerks()

    def show_clerks(self) -> None:
        self.added.clear()
        for person in roster.active_staff():
            if person.role == "clerk":
                self.added.model.appendRow(item_row((person.name,)))

    def validatePage(self) -> bool:
        """A name or PIN typed but not added yet is added now, not dropped."""
        if not (self.name.text().strip() or self.pin.text()):
            return True
        before = self.added.model.rowCount()
        self.add()
        return self.added.model.rowCount() > before


class BackupsPage(QWizardPage):
    def __init__(self, where: str) -> None:
        super().__init__()
        self.setObjectName("backupsPage")
        self.setTitle(tr("Backups"))
        self.form = backup_options()
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped_label(
                "hint",
                tr(
                    "Each day the shop opens, a backup is made into {folder}. A second copy "
                    "on a USB stick or another disk survives the loss of this one."
                ).format(folder=where),
            )
        )
        layout.addWidget(self.form)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        return not self.form.form.changed() or self.form.save()


class BeginPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("beginPage")
        self.setTitle(tr("How to begin"))
        self.setSubTitle(tr("The shop is set up. Change any of it later in Settings."))
        layout = QVBoxLayout(self)
        self.begin = _choices(
            self,
            layout,
            (
                (
                    IMPORT,
                    tr("Import my old spreadsheet"),
                    tr("Customers from Excel or CSV, checked in a preview before any is kept."),
                ),
                (
                    EMPTY,
                    tr("Start with an empty shop"),
                    tr("Add customers at the counter as they come, with their first sale."),
                ),
                (
                    DEMO,
                    tr("Look at a demo shop first"),
                    tr(
                        "A separate shop of made-up customers opens in a window of its own; "
                        "this one stays as it is."
                    ),
                ),
            ),
        )
        self.message = wrapped_label("fieldError")
        layout.addWidget(self.message)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        finished = call_domain(
            lambda: setup.finish(session.actor()) or True,
            lambda errors: self.message.setText(" ".join(errors.values())),
        )
        return bool(finished)


class SetupWizard(QWizard):
    """`begin` is how she chose to begin (EMPTY, IMPORT or DEMO) once it is finished."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupWizard")
        self.setWindowTitle(tr("Set up the shop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.shop_page = ShopPage()
        self.tiers_page = TiersPage()
        self.clerks_page = ClerksPage()
        self.backups_page = BackupsPage(str(backup_dir(db_path)))
        self.begin_page = BeginPage()
        for page in (
            self.shop_page,
            self.tiers_page,
            self.clerks_page,
            self.backups_page,
            self.begin_page,
        ):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Later"))
        fit_to_screen(self, 960, 600)

    @property
    def begin(self) -> str:
        return _chosen(self.begin_page.begin)

"""The built-in guide (F1), in the shop's language, and the sheet of keyboard shortcuts.

The guide's words are pages in resources/help, one per language; the shortcuts are
read from the window's own actions and the counter's keys, so the printed sheet says
what the keys do in this version. F1 opens the guide at the part about the window or
page in front (`ANCHORS`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser, QWidget

from shopcrm.core.i18n import tr
from shopcrm.core.paths import RESOURCES
from shopcrm.ui import preferences
from shopcrm.ui.printing.document_dialog import DocumentDialog

# The part of the guide about a window or page, by its object name.
ANCHORS = {
    "customerPage": "counter",
    "customerCard": "counter",
    "quickAddDialog": "counter",
    "saleDialog": "sale",
    "followUpsPage": "followups",
    "complaintsPage": "complaints",
    "complaintWizard": "complaints",
    "careSettings": "followups",
    "tierSettings": "vip",
    "loyaltySettings": "vip",
    "vipRules": "vip",
    "importWizard": "import",
    "dashboardPage": "dashboard",
    "backupsDialog": "backups",
    "setupWizard": "backups",
}


def _guide_words() -> str:
    language = "zh_CN" if preferences.language() == "zh_CN" else "en"
    return (RESOURCES / "help" / f"guide.{language}.html").read_text(encoding="utf-8")


def counter_keys() -> list[tuple[str, str]]:
    """The keys of the search box and the list, which are not menu actions."""
    return [
        ("Enter", tr("In the search box: open the customer's card when there is one best match")),
        (
            QKeySequence("Down").toString(QKeySequence.SequenceFormat.NativeText),
            tr("From the search box into the list"),
        ),
        ("Enter", tr("In the list: open the card of the customer chosen")),
        ("Esc", tr("Close a card or a dialog")),
        ("F1", tr("This guide, at the part about the window in front")),
    ]


def shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do) for every action of the window that has keys, then the
    counter's own keys."""
    found: list[tuple[str, str]] = []
    for action in window.findChildren(QAction):
        named = (k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        keys = list(dict.fromkeys(named))  # Return and Enter may read the same
        if keys and action.text():
            found.append((" / ".join(keys), action.text().replace("&", "").rstrip("…")))
    return sorted(set(found), key=lambda pair: pair[1]) + counter_keys()


def shortcuts_html(window: QMainWindow) -> str:
    rows = "".join(
        f"<tr><td><b>{escape(keys)}</b></td><td>{escape(does)}</td></tr>"
        for keys, does in shortcuts(window)
    )
    return (
        f'<h2 id="shortcuts">{escape(tr("Keyboard shortcuts"))}</h2>'
        f'<table cellpadding="4">{rows}</table>'
    )


def _page(html: str, name: str) -> QTextBrowser:
    page = QTextBrowser()
    page.setObjectName(name)
    page.setOpenExternalLinks(False)
    page.setHtml(html)
    return page


class GuideDialog(DocumentDialog):
    """The whole guide with the shortcuts at its end, to read, print or save as PDF."""

    def __init__(
        self, window: QMainWindow, anchor: str | None = None, parent: QWidget | None = None
    ) -> None:
        """`parent` is the window in front (a dialog waiting for an answer, say), so the
        guide can be read beside it."""
        self.page = _page(_guide_words() + shortcuts_html(window), "guidePage")
        super().__init__(
            "guideDialog",
            tr("Guide"),
            self.page,
            tr("shopcrm guide"),
            lambda printer: self.page.document().print_(printer),
            parent or window,
        )
        self.resize(820, 640)
        if anchor:
            self.page.scrollToAnchor(anchor)


class ShortcutsDialog(DocumentDialog):
    """The keyboard shortcuts on one sheet, to print and keep by the counter."""

    def __init__(self, window: QMainWindow) -> None:
        self.page = _page(shortcuts_html(window), "shortcutsPage")
        super().__init__(
            "shortcutsDialog",
            tr("Keyboard shortcuts"),
            self.page,
            tr("Keyboard shortcuts"),
            lambda printer: self.page.document().print_(printer),
            window,
        )
        self.resize(640, 560)


def anchor_for(window: QMainWindow) -> str | None:
    """The part of the guide about what is in front: the active dialog, else the page."""
    front: QWidget | None = QApplication.activeWindow()
    shown = [front] if front is not None and front is not window else []
    pages = getattr(window, "pages", None)
    if pages is not None and pages.currentWidget() is not None:
        current = pages.currentWidget()
        shown += [current, *current.findChildren(QWidget)]
    for widget in shown:
        if widget.objectName() in ANCHORS:
            return ANCHORS[widget.objectName()]
    return None

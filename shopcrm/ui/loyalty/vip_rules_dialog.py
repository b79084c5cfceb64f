"""The VIP rules page on screen, to print, save as PDF or save as a web page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTextBrowser, QWidget

from shopcrm.core.i18n import tr
from shopcrm.loyalty import vip_rules
from shopcrm.ui.printing.document_dialog import DocumentDialog


class VipRulesDialog(DocumentDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.html = vip_rules.rules_html()
        page = QTextBrowser()
        page.setObjectName("vipRulesPage")
        page.setHtml(self.html)
        super().__init__(
            "vipRules",
            tr("VIP rules"),
            page,
            tr("VIP rules"),
            lambda printer: page.document().print_(printer),
            parent,
        )
        self.page = page
        self.add_button("htmlButton", tr("Save as &web page…"), self.save_html)
        self.resize(760, 620)

    def save_html(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_path(".html", tr("Web page (*.html)"))
        if path is None:
            return None
        path.write_text(self.html, encoding="utf-8")
        return path

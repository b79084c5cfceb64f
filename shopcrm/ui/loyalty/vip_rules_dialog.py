"""The VIP rules page on screen, to print, save as PDF or save as a web page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from shopcrm.core.i18n import tr
from shopcrm.loyalty import vip_rules
from shopcrm.ui.widgets import FormDialog


class VipRulesDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("vipRules", tr("VIP rules"), parent)
        self.html = vip_rules.rules_html()
        self.page = QTextBrowser()
        self.page.setObjectName("vipRulesPage")
        self.page.setHtml(self.html)
        buttons = self.lay_out([self.page])
        for name, text, action in (
            ("printButton", tr("&Print…"), self.print_page),
            ("pdfButton", tr("Save as P&DF…"), self.save_pdf),
            ("htmlButton", tr("Save as &web page…"), self.save_html),
        ):
            button: QPushButton = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, act=action: act())
        self.resize(760, 620)

    def _ask_path(self, suffix: str, kind: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Save the VIP rules"), tr("VIP rules") + suffix, kind
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        path = path or self._ask_path(".pdf", tr("PDF (*.pdf)"))
        if path is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.page.document().print_(printer)
        return path

    def save_html(self, path: Path | None = None) -> Path | None:
        path = path or self._ask_path(".html", tr("Web page (*.html)"))
        if path is None:
            return None
        path.write_text(self.html, encoding="utf-8")
        return path

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.page.document().print_(printer)

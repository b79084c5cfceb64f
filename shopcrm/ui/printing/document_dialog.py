"""A document on screen, to print or to save as PDF: the VIP rules, a receipt, her card.

The window shows it as it will come out; Print asks the printer, Save as PDF asks for
a file (in her Documents folder). What is drawn on the paper is the caller's `paint`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from shopcrm.core.i18n import tr
from shopcrm.ui.widgets import FormDialog

Paint = Callable[[QPrinter], None]


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def save_pdf(paint: Paint, path: Path) -> Path:
    paint(pdf_printer(path))
    return path


class DocumentDialog(FormDialog):
    def __init__(
        self,
        name: str,
        title: str,
        preview: QWidget,
        file_stem: str,
        paint: Paint,
        parent: QWidget | None = None,
        choices: QWidget | None = None,
    ) -> None:
        """`choices`, if given, sits under the preview: how to print (a card or a sheet)."""
        super().__init__(name, title, parent)
        self.preview = preview
        self.file_stem = file_stem
        self.paint = paint
        self.buttons = self.lay_out([preview, *([choices] if choices else [])])
        self.add_button("printButton", tr("&Print…"), self.print_page)
        self.add_button("pdfButton", tr("Save as P&DF…"), self.save_pdf)

    def add_button(self, name: str, text: str, action: Callable[[], object]) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: action())
        return button

    def ask_path(self, suffix: str, kind: str) -> Path | None:
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), str(folder / (self.file_stem + suffix)), kind
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == suffix else path.with_suffix(suffix)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        path = path or self.ask_path(".pdf", tr("PDF (*.pdf)"))
        return None if path is None else save_pdf(self.paint, path)

    def print_page(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.paint(printer)

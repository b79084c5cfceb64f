"""Reading back a PDF as a reader sees it: each page's text and size (QtPdf; needs qapp)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtPdf import QPdfDocument

MM = 72 / 25.4  # PDF points in a millimetre


def read_pdf(path: Path) -> tuple[list[str], list[QSizeF]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = range(document.pageCount())
    # NFKC: the PDF's text names some CJK glyphs by their Kangxi radicals (⼈ for 人).
    texts = [unicodedata.normalize("NFKC", document.getAllText(p).text()) for p in pages]
    return texts, [document.pagePointSize(p) for p in pages]

"""Pages built the first time they are shown, so a window opens without waiting for them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget]) -> None:
        super().__init__()
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> QWidget:
        """The page, built now if it was not yet (a caller needs it before it is shown)."""
        if self.page is None:
            self.page = self._build()
            self.layout().addWidget(self.page)
            if self.isVisible():
                self.page.show()
        return self.page

    def showEvent(self, event: QShowEvent) -> None:
        self.built()
        super().showEvent(event)


class LazyTabs:
    """Tabs built when first needed, and filled when shown after what they show changed.

    `refresh` marks every tab as out of date and fills the one in front; the others
    are filled as the user brings each forward.
    """

    def __init__(self, tabs: QTabWidget) -> None:
        self.tabs = tabs
        self._pages: dict[str, LazyPage] = {}
        self._fills: dict[str, Callable[[QWidget], None]] = {}
        self._stale: set[str] = set()
        tabs.currentChanged.connect(self._fill_current)

    def add(
        self, name: str, title: str, build: Callable[[], QWidget], fill: Callable[[QWidget], None]
    ) -> None:
        page = LazyPage(build)
        self._pages[name] = page
        self._fills[name] = fill
        self._stale.add(name)
        self.tabs.addTab(page, title)

    def get(self, name: str) -> QWidget:
        return self._pages[name].built()

    def if_built(self, name: str) -> QWidget | None:
        """The tab if it was built, else None (it is not built for asking)."""
        return self._pages[name].page

    def refresh(self) -> None:
        self._stale = set(self._pages)
        self._fill_current()

    def _fill_current(self) -> None:
        current = self.tabs.currentWidget()
        for name, page in self._pages.items():
            if page is current and name in self._stale:
                self._stale.discard(name)
                self._fills[name](page.built())

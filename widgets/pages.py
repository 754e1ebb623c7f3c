"""Tab pages: each tab is a class with a NAME (screenshot file, settings key) and a
translated TITLE, registered here in tab order. Adding a tab means adding a page
class, not editing the main window."""

from __future__ import annotations

from typing import ClassVar

from PyQt6.QtWidgets import QWidget

from widgets.context import AppContext


class Page(QWidget):
    NAME: ClassVar[str] = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Ask for fresh data (off the UI thread); called when the tab is shown."""

    def shutdown(self) -> None:
        """Stop timers and background work before the window closes."""


PAGES: list[type[Page]] = []


def register(page: type[Page]) -> type[Page]:
    PAGES.append(page)
    return page

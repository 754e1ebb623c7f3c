"""Tab pages: each tab is a class with a NAME (screenshot file, settings key) and a
translated TITLE. The tabs are declared here, in tab order, by module and class
name: the main window builds (and imports) a page the first time its tab is shown, so
the application starts without the briefing's PDF stack or the spreadsheet readers.
Adding a tab means adding a page class and a line in TABS, not editing the window."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from PyQt6.QtCore import QCoreApplication
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


@dataclass(frozen=True)
class Tab:
    name: str                      # the page's NAME
    module: str                    # where its class lives, imported on first show
    cls: str
    title: Callable[[], str]       # translated without importing the module

    def load(self) -> type[Page]:
        page: type[Page] = getattr(importlib.import_module(self.module), self.cls)
        assert issubclass(page, Page) and self.name == page.NAME, self
        return page


# The titles repeat the page classes' own (same translation context and text).
TABS: list[Tab] = [
    Tab("live", "widgets.overview.page", "LiveHallPage",
        lambda: QCoreApplication.translate("LiveHallPage", "Live hall")),
    Tab("complaints", "widgets.complaints.page", "ComplaintsPage",
        lambda: QCoreApplication.translate("ComplaintsPage", "Complaint ledger")),
    Tab("risks", "widgets.risks.page", "RiskRegisterPage",
        lambda: QCoreApplication.translate("RiskRegisterPage", "Risk register")),
    Tab("inspections", "widgets.inspections.page", "InspectionsPage",
        lambda: QCoreApplication.translate("InspectionsPage", "Inspections")),
    Tab("projects", "widgets.projects.page", "ProjectsPage",
        lambda: QCoreApplication.translate("ProjectsPage", "Key projects")),
    Tab("assessment", "widgets.assessment.page", "AssessmentPage",
        lambda: QCoreApplication.translate("AssessmentPage", "Monthly assessment")),
    Tab("briefing", "widgets.briefing.page", "BriefingPage",
        lambda: QCoreApplication.translate("BriefingPage", "Work briefing")),
    Tab("audit", "widgets.audit.page", "AuditPage",
        lambda: QCoreApplication.translate("AuditPage", "Audit log")),
    Tab("settings", "widgets.settings.page", "SettingsPage",
        lambda: QCoreApplication.translate("SettingsPage", "Settings")),
]

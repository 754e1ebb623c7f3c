"""The settings tab (系统设置): a list of subjects beside the pane of the one chosen.
The office sees every pane; what its role may not change is read-only."""

from __future__ import annotations

from collections.abc import Callable

from PyQt6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QWidget

from widgets.context import AppContext
from widgets.pages import Page


class SettingsPage(Page):
    NAME = "settings"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        from widgets.settings.accounts import AccountsPane
        from widgets.settings.calendar import CalendarPane
        from widgets.settings.checklist import ChecklistPane
        from widgets.settings.hall import HallPane
        from widgets.settings.projects import ProjectTemplatesPane
        from widgets.settings.rules import RulesPane
        from widgets.settings.staff import StaffPane
        from widgets.settings.windows import WindowsPane

        subjects: list[tuple[str, str, Callable[[AppContext], QWidget]]] = [
            ("hall", self.tr("Hall"), HallPane),
            ("windows", self.tr("Departments and windows"), WindowsPane),
            ("staff", self.tr("Staff roster"), StaffPane),
            ("checklist", self.tr("Inspection checklist"), ChecklistPane),
            ("rules", self.tr("Rules"), RulesPane),
            ("accounts", self.tr("Accounts"), AccountsPane),
            ("calendar", self.tr("Working-day calendar"), CalendarPane),
            ("projects", self.tr("Project templates"), ProjectTemplatesPane),
        ]
        self.names = [name for name, _t, _c in subjects]
        self.list = QListWidget()
        self.list.setMaximumWidth(170)
        self.stack = QStackedWidget()
        self.panes: dict[str, QWidget] = {}
        for name, title, cls in subjects:
            pane = cls(context)
            pane.setObjectName(f"settings_{name}")
            self.panes[name] = pane
            self.list.addItem(title)
            self.stack.addWidget(pane)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.stack, 1)
        self.list.currentRowChanged.connect(self._chosen)
        self.list.setCurrentRow(0)

    @classmethod
    def title(cls) -> str:
        return cls.tr("Settings")

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self.names):
            self.stack.setCurrentIndex(row)
            self.panes[self.names[row]].reload()  # type: ignore[attr-defined]

    def show_subject(self, name: str) -> QWidget:
        """Switch to the pane ``name`` (hall, windows, … calendar) and return it."""
        self.list.setCurrentRow(self.names.index(name))
        return self.panes[name]

    def refresh(self) -> None:
        self._chosen(self.list.currentRow())

    def screenshot_pages(self) -> list[str]:
        return list(self.names)

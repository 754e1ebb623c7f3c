"""Menu and toolbar actions, declared apart from the main window class.

Each action is a spec: its text, menu, shortcut, whether it sits on the toolbar, and
what it does to the window. Adding one means adding a spec here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QMainWindow, QMessageBox


class ActionTarget(Protocol):
    """What the actions need of the main window."""

    def close(self) -> bool: ...

    def refresh_current(self) -> None: ...

    def change_password(self) -> None: ...

    def log_out(self) -> None: ...

    def back_up_now(self) -> None: ...

    def import_data(self) -> None: ...

    def choose_import_folder(self) -> None: ...


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: Callable[[], str]
    menu: str
    shortcut: QKeySequence.StandardKey | str | None
    trigger: Callable[[ActionTarget], None]
    toolbar: bool = False


def _close(window: ActionTarget) -> None:
    window.close()


def _inspect(window: ActionTarget) -> None:
    from widgets.inspections.launch import open_mode

    if isinstance(window, QMainWindow):
        open_mode(window)


def _about(window: ActionTarget) -> None:
    QMessageBox.about(
        window if isinstance(window, QMainWindow) else None,
        QCoreApplication.translate("Actions", "About HallDesk"),
        QCoreApplication.translate(
            "Actions", "HallDesk — supervision desk for the director of a government service hall."
        ),
    )


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "refresh",
        lambda: QCoreApplication.translate("Actions", "&Refresh now"),
        "view",
        QKeySequence.StandardKey.Refresh,
        lambda w: w.refresh_current(),
        toolbar=True,
    ),
    ActionSpec(
        "change_password",
        lambda: QCoreApplication.translate("Actions", "Change &password…"),
        "file",
        None,
        lambda w: w.change_password(),
    ),
    ActionSpec(
        "log_out",
        lambda: QCoreApplication.translate("Actions", "&Log out"),
        "file",
        None,
        lambda w: w.log_out(),
    ),
    ActionSpec(
        "inspect",
        lambda: QCoreApplication.translate("Actions", "&Inspection mode"),
        "view",
        "F9",
        _inspect,
        toolbar=True,
    ),
    ActionSpec(
        "import_data",
        lambda: QCoreApplication.translate("Actions", "&Import data…"),
        "file",
        None,
        lambda w: w.import_data(),
    ),
    ActionSpec(
        "import_folder",
        lambda: QCoreApplication.translate("Actions", "Import &folder…"),
        "file",
        None,
        lambda w: w.choose_import_folder(),
    ),
    ActionSpec(
        "backup",
        lambda: QCoreApplication.translate("Actions", "&Back up now"),
        "file",
        None,
        lambda w: w.back_up_now(),
    ),
    ActionSpec(
        "quit",
        lambda: QCoreApplication.translate("Actions", "&Quit"),
        "file",
        QKeySequence.StandardKey.Quit,
        _close,
    ),
    ActionSpec(
        "about",
        lambda: QCoreApplication.translate("Actions", "&About HallDesk"),
        "help",
        None,
        _about,
    ),
)

MENUS = (
    ("file", lambda: QCoreApplication.translate("Actions", "&File")),
    ("view", lambda: QCoreApplication.translate("Actions", "&View")),
    ("help", lambda: QCoreApplication.translate("Actions", "&Help")),
)


def install(window: QMainWindow, target: ActionTarget) -> dict[str, QAction]:
    """Create the menus, the toolbar and their actions on ``window``."""
    bar = window.menuBar()
    assert bar is not None
    menus = {key: bar.addMenu(title()) for key, title in MENUS}
    toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Main"))
    assert toolbar is not None
    toolbar.setObjectName("main_toolbar")
    toolbar.setMovable(False)
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text(), window)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _=False, s=spec: s.trigger(target))
        menu = menus[spec.menu]
        assert menu is not None
        menu.addAction(action)
        if spec.toolbar:
            toolbar.addAction(action)
        actions[spec.name] = action
    return actions

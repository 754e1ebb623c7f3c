"""Menu and toolbar actions, declared apart from the main window class."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PyQt6.QtCore import QCoreApplication
from PyQt6.QtGui import QAction, QKeySequence
from PyQt6.QtWidgets import QMainWindow, QMessageBox


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: Callable[[], str]
    menu: str
    shortcut: QKeySequence.StandardKey | str | None
    trigger: Callable[[QMainWindow], None]


def _close(window: QMainWindow) -> None:
    window.close()


def _about(window: QMainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("Actions", "About HallDesk"),
        QCoreApplication.translate(
            "Actions", "HallDesk — supervision desk for the director of a government service hall."
        ),
    )


ACTIONS: tuple[ActionSpec, ...] = (
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
    ("help", lambda: QCoreApplication.translate("Actions", "&Help")),
)


def install(window: QMainWindow) -> dict[str, QAction]:
    """Create the menus and their actions on ``window``."""
    menus = {key: window.menuBar().addMenu(title()) for key, title in MENUS}  # type: ignore[union-attr]
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text(), window)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(lambda _=False, s=spec: s.trigger(window))
        menus[spec.menu].addAction(action)  # type: ignore[union-attr]
        actions[spec.name] = action
    return actions

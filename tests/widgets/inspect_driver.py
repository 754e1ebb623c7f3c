"""Drive the real inspection mode in a process of its own (the crash test kills it).

    python -m tests.widgets.inspect_driver DB_URL

Opens the main window and the mode the way ``--inspect`` does, starts a round,
records at the second window (fail with a note, a pass) and types a note on a third
item without leaving the field, waits until everything is stored, prints READY and
waits to be killed.
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PyQt6.QtCore import QEvent, QPoint, Qt
from PyQt6.QtGui import QKeyEvent
from PyQt6.QtTest import QTest
from PyQt6.QtWidgets import QApplication, QWidget

ACCOUNT = "test:walker"
DAY_10 = 1789437600.0           # 2026-09-15 10:00 in Asia/Shanghai


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks handles ASCII only)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def wait_until(condition: object, ms: int = 10_000) -> None:
    assert callable(condition)
    for _ in range(ms // 20):
        if condition():
            return
        QTest.qWait(20)
    raise SystemExit("timed out")


def main(url: str) -> None:
    app = QApplication(sys.argv[:1])
    import widgets.app  # noqa: F401  (registers the tabs, as main.py does)
    from app.db import Database
    from widgets.context import AppContext
    from widgets.inspections.launch import open_mode
    from widgets.main_window import MainWindow

    db = Database(url)
    window = MainWindow(AppContext(db, ACCOUNT, role="inspector", clock=lambda: DAY_10),
                        remember=False)
    window.show()
    mode = open_mode(window, full_screen=False)
    QTest.mouseClick(mode.start_page.start_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: mode.window_code == "W01")
    # a swipe to the left: the next window
    walk = mode.walk
    y = walk.height() - 10
    QTest.mousePress(walk, Qt.MouseButton.LeftButton, pos=QPoint(walk.width() - 40, y))
    QTest.mouseRelease(walk, Qt.MouseButton.LeftButton, pos=QPoint(60, y))
    wait_until(lambda: mode.window_code == "W02")
    QTest.mouseClick(mode.walk.rows["chatting"].fail_button, Qt.MouseButton.LeftButton)
    type_text(mode.walk.note, "两人聊天")
    QTest.mouseClick(mode.walk.rows["badge"].pass_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(mode.walk.rows["tidy"].label, Qt.MouseButton.LeftButton)
    mode.walk.note.setFocus()
    type_text(mode.walk.note, "台面有杂物")          # the field is not left: no focus-out
    wait_until(lambda: mode.controller.pending == 0)
    print("READY", flush=True)
    app.exec()                                     # until killed


if __name__ == "__main__":
    main(sys.argv[1])

"""Pieces of the inspection mode built for touch: big buttons, the note field, photo
thumbnails, a checklist row with big pass/fail toggles, a page that turns on a
horizontal swipe, and the floor-plan picker."""

from __future__ import annotations

import dataclasses
from typing import TypeVar

from PyQt6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QFocusEvent, QImage, QImageReader, QMouseEvent
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGestureEvent,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSwipeGesture,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.figures.live import WindowNow
from app.records.inspection_rules import FAIL, PASS, UNCHECKED
from app.records.inspection_view import Stop
from widgets.overview.tiles import FloorPlan

TOUCH = 50                     # px: the least height of anything a finger presses
THUMB = QSize(200, 130)
SWIPE_MIN = 120                # px of horizontal travel that turns the page
W = TypeVar("W", bound=QWidget)

STYLE = """
QFrame#checkRow { border: 1px solid #d0d0d0; border-radius: 6px; background: white; }
QFrame#checkRow[current="true"] { border: 2px solid #1565c0; background: #eef4fb; }
QPushButton#pass, QPushButton#fail { font-size: 15pt; border-radius: 6px;
    border: 2px solid #9e9e9e; background: #fafafa; padding: 0 10px; }
QPushButton#pass:checked { background: #2e7d32; color: white; border-color: #1b5e20; }
QPushButton#fail:checked { background: #c62828; color: white; border-color: #8e0000; }
"""


class NoteEdit(QPlainTextEdit):
    """The note field; says when it loses the focus (the note is stored then).

    Signals: left()."""

    left = pyqtSignal()

    def focusOutEvent(self, event: QFocusEvent | None) -> None:
        self.left.emit()
        super().focusOutEvent(event)


def larger(widget: W, points: float, bold: bool = False) -> W:
    """``widget`` with its font ``points`` larger (and bold)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() + points)
    if bold:
        font.setBold(True)
    widget.setFont(font)
    return widget


def big(button: QPushButton, points: float = 4) -> QPushButton:
    larger(button, points)
    button.setMinimumHeight(TOUCH)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def thumbnail(data: bytes, box: QSize = THUMB) -> QImage:
    """The photo scaled down to ``box`` while it is decoded (never the full image in
    memory)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid():
        reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class ChecklistRow(QFrame):
    """One checklist item: its label (press it to choose the item for the note and
    photo), what is attached, and the pass and fail toggles. Pressing the lit toggle
    again sets the item back to not checked.

    Signals: chosen(str key), outcome(str key, str outcome)."""

    chosen = pyqtSignal(str)
    outcome = pyqtSignal(str, str)

    def __init__(self, key: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("checkRow")
        self.setMinimumHeight(TOUCH)
        self.label = larger(QLabel(label), 4)
        self.marks = QLabel()
        self.marks.setStyleSheet("color:#555")
        self.pass_button = QPushButton(self.tr("✓ Pass"))
        self.fail_button = QPushButton(self.tr("✗ Fail"))
        for button, name in ((self.pass_button, "pass"), (self.fail_button, "fail")):
            button.setObjectName(name)
            button.setCheckable(True)
            button.setMinimumSize(128, TOUCH - 8)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 6, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.marks)
        layout.addWidget(self.pass_button)
        layout.addWidget(self.fail_button)
        self.pass_button.clicked.connect(lambda: self._pressed(PASS))
        self.fail_button.clicked.connect(lambda: self._pressed(FAIL))
        self._state = UNCHECKED

    def _pressed(self, outcome: str) -> None:
        self.outcome.emit(self.key, UNCHECKED if self._state == outcome else outcome)

    def set_result(self, outcome: str, note: bool, photos: int, current: bool,
                   enabled: bool) -> None:
        self._state = outcome
        self.pass_button.setChecked(outcome == PASS)
        self.fail_button.setChecked(outcome == FAIL)
        self.pass_button.setEnabled(enabled)
        self.fail_button.setEnabled(enabled)
        marks = ("✎" if note else "") + (f" 📷{photos}" if photos else "")
        self.marks.setText(marks.strip())
        if self.property("current") != current:
            self.setProperty("current", current)
            style = self.style()
            if style is not None:
                style.unpolish(self)
                style.polish(self)

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        self.chosen.emit(self.key)
        super().mousePressEvent(event)


class SwipePage(QWidget):
    """A page that turns with a horizontal swipe: a touch swipe gesture, or a press,
    drag and release of at least ``SWIPE_MIN`` pixels (mostly sideways) anywhere that
    is not a button.

    Signals: turned(int step) — +1 for the next window (swipe left), −1 for the
    previous one."""

    turned = pyqtSignal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed_at: QPointF | None = None
        self.grabGesture(Qt.GestureType.SwipeGesture)

    def event(self, event: QEvent | None) -> bool:
        if event is not None and event.type() == QEvent.Type.Gesture:
            assert isinstance(event, QGestureEvent)
            swipe = event.gesture(Qt.GestureType.SwipeGesture)
            finished = Qt.GestureState.GestureFinished
            if isinstance(swipe, QSwipeGesture) and swipe.state() == finished:
                direction = swipe.horizontalDirection()
                if direction == QSwipeGesture.SwipeDirection.Left:
                    self.turned.emit(1)
                elif direction == QSwipeGesture.SwipeDirection.Right:
                    self.turned.emit(-1)
                return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.button() == Qt.MouseButton.LeftButton:
            self._pressed_at = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent | None) -> None:
        start, self._pressed_at = self._pressed_at, None
        if event is not None and start is not None:
            dx = event.position().x() - start.x()
            dy = event.position().y() - start.y()
            if abs(dx) >= SWIPE_MIN and abs(dx) > 2 * abs(dy):
                self.turned.emit(1 if dx < 0 else -1)
        super().mouseReleaseEvent(event)


class FloorPick(QDialog):
    """The floor plan, one tab per floor, to jump to a window; visited windows carry
    a ✓. ``chosen`` holds the window pressed."""

    def __init__(self, stops: list[Stop], live: list[WindowNow], visited: set[str],
                 now: float, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a window on the floor plan"))
        self.chosen: str | None = None
        by_code = {w.code: w for w in live}
        tabs = QTabWidget()
        floors = sorted({s.floor for s in stops})
        for floor in floors:
            windows = []
            for s in stops:
                if s.floor != floor:
                    continue
                w = by_code.get(s.code) or WindowNow(s.code, s.label, "", s.department,
                                                     s.floor, s.position)
                mark = "✓ " if s.code in visited else ""
                windows.append(dataclasses.replace(w, label=mark + (w.label or "")))
            plan = FloorPlan(floor)
            plan.set_windows(windows, now, {})
            plan.window_clicked.connect(self._pick)
            tabs.addTab(plan, self.tr("Floor %1").replace("%1", str(floor)))
            if current is not None and any(w.code == current for w in windows):
                tabs.setCurrentIndex(tabs.count() - 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.tabs = tabs

    def _pick(self, code: str) -> None:
        self.chosen = code
        self.accept()

"""The floor plan: one tile per window, placed by its position in the hall file."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QStaticText,
)
from PyQt6.QtWidgets import QGridLayout, QSizePolicy, QToolTip, QWidget

from app.figures.alerts import WindowMarks
from app.figures.live import CLOSED, IDLE, PAUSED, SERVING, WindowNow
from widgets.figure_names import labelled, today_name
from widgets.overview.model import STATE_COLOURS, duration, state_word

STATE_EDGES = {
    SERVING: QColor("#2e7d32"),
    IDLE: QColor("#1565c0"),
    PAUSED: QColor("#ef6c00"),
    CLOSED: QColor("#9e9e9e"),
}


# A window without marks: shared, never changed (window_marks makes new ones).
NO_MARKS = WindowMarks()

_Line = tuple[int, str, str, str, bool]   # row, text, font (bold/small), colour, right-aligned


class WindowTile(QWidget):
    """A window at a glance: state by colour and by word, never colour alone.

    A tile repaints only when what it shows changes (its lines, badge or state), and
    lays its text out once per change or resize (elided QStaticText), so a refresh
    of the whole hall each second costs little more than the tiles that moved.

    Signals: clicked(str window code)."""

    clicked = pyqtSignal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.info: WindowNow | None = None
        self.now = 0.0
        self.alerts = 0                 # open alerts other than cards (the red dot)
        self.marks = WindowMarks()
        self._served_word: str | None = None
        self._stale = False
        self._shown: tuple[str, Any, tuple[_Line, ...]] | None = None
        self._layout: list[tuple[QPointF, QFont, QColor, QStaticText]] | None = None
        self._fonts: dict[str, QFont] = {}
        self._placed: dict[tuple[_Line, tuple[float, float, float, float], int],
                           tuple[QPointF, QFont, QColor, QStaticText]] = {}
        self.setObjectName(f"tile_{code}")
        self.setMinimumSize(QSize(124, 96))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_window(self, window: WindowNow, now: float, marks: WindowMarks | None = None,
                   served_word: str | None = None, visible: bool | None = None) -> None:
        """``served_word``: the served-today caption, worded once for a whole floor;
        ``visible``: whether the tile is shown, if the caller knows (its floor's)."""
        self._served_word = served_word
        marks = marks or NO_MARKS
        self.info, self.now, self.marks, self.alerts = window, now, marks, marks.others
        if not (self.isVisible() if visible is None else visible):
            # another floor's tab: worded when shown
            self._stale = True
            return
        self._reword()

    def _reword(self) -> None:
        assert self.info is not None
        self._stale = False
        shown = (self.info.state, self.marks.key(), self._lines(self.info))
        if shown != self._shown:
            self._shown, self._layout = shown, None
            self.update()

    def showEvent(self, event: QShowEvent | None) -> None:
        if self._stale and self.info is not None:
            self._reword()
        super().showEvent(event)

    def event(self, event: QEvent | None) -> bool:
        # The tooltip is worded when asked for, not at every change (200 tiles a second).
        if event is not None and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.describe(), self)
            return True
        return super().event(event)

    def describe(self) -> str:
        """The tile's content as text (tooltip, accessibility, tests)."""
        w = self.info
        if w is None:
            return self.code
        parts = [f"{w.code} {w.label}", w.department_name, state_word(w.state)]
        if w.staff:
            parts.append(w.staff)
        if w.ticket:
            parts.append(f"{w.ticket} {duration(self._elapsed())}")
        parts.append(labelled(today_name("served"), w.served_today))
        if w.state != CLOSED and not w.evaluator_on:
            parts.append(QCoreApplication.translate("WindowTile", "Evaluation device off"))
        if self.marks.red:
            parts.append(QCoreApplication.translate("WindowTile", "Red cards: %1")
                         .replace("%1", str(self.marks.red)))
        if self.marks.yellow:
            parts.append(QCoreApplication.translate("WindowTile", "Yellow cards: %1")
                         .replace("%1", str(self.marks.yellow)))
        if self.alerts:
            parts.append(
                QCoreApplication.translate("WindowTile", "%1 alert(s)").replace(
                    "%1", str(self.alerts)
                )
            )
        return "\n".join(parts)

    def _elapsed(self) -> float | None:
        w = self.info
        if w is None or w.service_started_at is None:
            return None
        return self.now - w.service_started_at

    def _lines(self, w: WindowNow) -> tuple[_Line, ...]:
        status = state_word(w.state)
        if w.ticket:
            status += f" {w.ticket} {duration(self._elapsed())}"
        lines: list[_Line] = [
            (0, f"{w.code}  {w.label}", "bold", "#212121", False),
            (1, w.department_name, "small", "#424242", False),
            (2, w.staff or "—", "small", "#424242", False),
            (3, status, "bold", STATE_EDGES[w.state].darker(130).name(), False),
            (4, labelled(self._served_word or today_name("served"), w.served_today),
             "small", "#424242", False),
        ]
        if w.state != CLOSED and not w.evaluator_on:
            lines.append((4, QCoreApplication.translate("WindowTile", "⊘ device off"),
                          "small", "#b71c1c", True))
        m = self.marks
        cards = []
        if m.red:
            cards.append(QCoreApplication.translate("WindowTile", "Red card %1")
                         .replace("%1", str(m.red)))
        if m.yellow:
            cards.append(QCoreApplication.translate("WindowTile", "Yellow card %1")
                         .replace("%1", str(m.yellow)))
        if cards:
            lines.append((2, " ".join(cards), "bold", "#c62828" if m.red else "#8d6e00", True))
        return tuple(lines)

    def _font(self, kind: str) -> QFont:
        font = self._fonts.get(kind)
        if font is None:
            font = QFont(self.font())
            if kind == "small":
                font.setPointSizeF(max(7.5, font.pointSizeF() - 1.5))
            else:
                font.setBold(True)
            self._fonts[kind] = font
        return font

    def changeEvent(self, event: QEvent | None) -> None:
        if event is not None and event.type() == QEvent.Type.FontChange:
            self._fonts, self._layout, self._placed = {}, None, {}
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent | None) -> None:
        self._layout = None
        super().resizeEvent(event)

    def _make_layout(self, rect: QRectF) -> list[tuple[QPointF, QFont, QColor, QStaticText]]:
        """Each line placed and elided once; a line unchanged since the last layout (at
        the same size) is reused, so a ticking service time lays out one line."""
        assert self._shown is not None
        inner = rect.adjusted(6, 4, -6, -4)
        line = inner.height() / 5
        badge_room = 24 if self.alerts else 0
        cache: dict[tuple[_Line, tuple[float, float, float, float], int],
                    tuple[QPointF, QFont, QColor, QStaticText]] = {}
        out = []
        for spec in self._shown[2]:
            key = (spec, inner.getRect(), badge_room)
            placed = self._placed.get(key)
            if placed is None:
                row, value, kind, colour, right = spec
                font = self._font(kind)
                width = inner.width() - (badge_room if row == 0 else 0)
                text = QStaticText(QFontMetricsF(font).elidedText(
                    value, Qt.TextElideMode.ElideRight, width))
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.prepare(font=font)
                size = text.size()
                x = inner.right() - size.width() if right else inner.left()
                y = inner.top() + row * line + (line - size.height()) / 2
                placed = (QPointF(x, y), font, QColor(colour), text)
            cache[key] = placed
            out.append(placed)
        self._placed = cache
        return out

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)

    def paintEvent(self, event: QPaintEvent | None) -> None:
        w = self.info
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        state = w.state if w else CLOSED
        if self.marks.red:
            painter.setPen(QPen(QColor("#c62828"), 4))
        else:
            painter.setPen(QPen(STATE_EDGES[state], 2))
        painter.setBrush(STATE_COLOURS[state])
        painter.drawRoundedRect(rect, 6, 6)
        if w is None or self._shown is None:
            return
        if self._layout is None:
            self._layout = self._make_layout(rect)
        for point, font, colour, text in self._layout:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawStaticText(point, text)
        if self.alerts:
            d = 20.0
            badge = QRectF(rect.right() - d - 2, rect.top() + 2, d, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c62828"))
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.setFont(self._font("bold"))
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.alerts))


class FloorPlan(QWidget):
    """One floor's tiles on a grid, as the hall file places them.

    Signals: window_clicked(str window code)."""

    window_clicked = pyqtSignal(str)

    def __init__(self, floor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor
        self.tiles: dict[str, WindowTile] = {}
        self.grid = QGridLayout(self)
        self.grid.setSpacing(6)

    def set_windows(self, windows: list[WindowNow], now: float,
                    marks: dict[str, WindowMarks]) -> None:
        if [w.code for w in windows] != list(self.tiles):
            self._build(windows)
        served = today_name("served")
        visible = self.isVisible()      # its tiles' too: asked once, not once a tile
        tiles = self.tiles
        for w in windows:
            tiles[w.code].set_window(w, now, marks.get(w.code), served, visible)

    def _build(self, windows: list[WindowNow]) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles = {}
        taken = {w.position for w in windows if w.position is not None}
        next_row = max((p[0] for p in taken), default=-1) + 1
        column = 0
        for w in windows:
            tile = WindowTile(w.code, self)
            tile.clicked.connect(self.window_clicked)
            if w.position is not None:
                row, col = w.position
            else:  # no position in the hall file: a row of its own below the plan
                row, col = next_row, column
                column += 1
            self.grid.addWidget(tile, row, col)
            self.tiles[w.code] = tile

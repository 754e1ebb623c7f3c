"""The floor plan: one tile per window, placed by its position in the hall file."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, QRectF, QSize, Qt, pyqtSignal
from PyQt6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PyQt6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from app.figures.live import CLOSED, IDLE, PAUSED, SERVING, WindowNow
from widgets.overview.model import STATE_COLOURS, duration, state_word

STATE_EDGES = {
    SERVING: QColor("#2e7d32"),
    IDLE: QColor("#1565c0"),
    PAUSED: QColor("#ef6c00"),
    CLOSED: QColor("#9e9e9e"),
}


class WindowTile(QWidget):
    """A window at a glance: state by colour and by word, never colour alone.

    Signals: clicked(str window code)."""

    clicked = pyqtSignal(str)

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.info: WindowNow | None = None
        self.now = 0.0
        self.alerts = 0
        self.setObjectName(f"tile_{code}")
        self.setMinimumSize(QSize(112, 96))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_window(self, window: WindowNow, now: float, alerts: int) -> None:
        self.info, self.now, self.alerts = window, now, alerts
        self.setToolTip(self.describe())
        self.update()

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
        parts.append(
            QCoreApplication.translate("WindowTile", "Served today: %1").replace(
                "%1", str(w.served_today)
            )
        )
        if w.state != CLOSED and not w.evaluator_on:
            parts.append(QCoreApplication.translate("WindowTile", "Evaluation device off"))
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

    def mousePressEvent(self, event: QMouseEvent | None) -> None:
        if event is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.code)

    def paintEvent(self, event: QPaintEvent | None) -> None:
        w = self.info
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        state = w.state if w else CLOSED
        painter.setPen(QPen(STATE_EDGES[state], 2))
        painter.setBrush(STATE_COLOURS[state])
        painter.drawRoundedRect(rect, 6, 6)
        if w is None:
            return
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() - 1.5))
        bold = QFont(base)
        bold.setBold(True)
        inner = rect.adjusted(6, 4, -6, -4)
        line = inner.height() / 5
        metrics_width = int(inner.width())

        badge_room = 24 if self.alerts else 0

        def text(
            row: int,
            value: str,
            font: QFont,
            colour: str = "#212121",
            align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        ) -> None:
            painter.setFont(font)
            painter.setPen(QColor(colour))
            width = metrics_width - (badge_room if row == 0 else 0)
            elided = painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight, width)
            painter.drawText(
                QRectF(inner.left(), inner.top() + row * line, inner.width(), line),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )

        text(0, f"{w.code}  {w.label}", bold)
        text(1, w.department_name, small, "#424242")
        text(2, w.staff or "—", small, "#424242")
        status = state_word(w.state)
        if w.ticket:
            status += f"  {w.ticket}  {duration(self._elapsed())}"
        text(3, status, bold, STATE_EDGES[state].darker(130).name())
        text(
            4,
            QCoreApplication.translate("WindowTile", "Today %1").replace("%1", str(w.served_today)),
            small,
            "#424242",
        )
        if w.state != CLOSED and not w.evaluator_on:
            text(
                4,
                QCoreApplication.translate("WindowTile", "⊘ device off"),
                small,
                "#b71c1c",
                Qt.AlignmentFlag.AlignRight,
            )
        if self.alerts:
            d = 20.0
            badge = QRectF(rect.right() - d - 2, rect.top() + 2, d, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c62828"))
            painter.drawEllipse(badge)
            painter.setPen(QColor("white"))
            painter.setFont(bold)
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

    def set_windows(self, windows: list[WindowNow], now: float, alerts: dict[str, int]) -> None:
        if [w.code for w in windows] != list(self.tiles):
            self._build(windows)
        for w in windows:
            self.tiles[w.code].set_window(w, now, alerts.get(w.code, 0))

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

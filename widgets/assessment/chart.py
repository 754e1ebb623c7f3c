"""The month's ranking as bars: every ranked window or person's score, best first,
the 红榜 red, the 黑榜 dark grey, the one chosen outlined. The axis starts where the
lowest score leaves room (said in its label), not at 0, so 99.5 and 98 look apart."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PyQt6.QtCore import QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PyQt6.QtWidgets import QSizePolicy, QWidget

RED = QColor("#c62828")
BLACK = QColor("#424242")
PLAIN = QColor("#90a4ae")


def axis_floor(scores: Sequence[float]) -> float:
    """A round value below the lowest score: 0 when scores fall far, else e.g. 95."""
    low = min(scores, default=100.0)
    floor = math.floor((low - 0.5) / 5) * 5
    return float(max(0, min(floor, 95)))


class ScoreChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []
        self.chosen: Any = None
        self.heading = ""
        self.setMinimumSize(QSize(320, 150))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_rows(self, rows: Sequence[Any], heading: str, chosen: Any = None) -> None:
        self.rows = [r for r in rows if r.rank is not None]
        self.heading, self.chosen = heading, chosen
        self.update()

    def paintEvent(self, event: QPaintEvent | None) -> None:
        p = QPainter(self)
        w, h = self.width(), self.height()
        text = self.palette().text().color()
        p.setPen(QPen(text))
        floor = axis_floor([r.score for r in self.rows])
        head = self.heading + "  " + self.tr("(axis from %1)").replace("%1", f"{floor:g}")
        p.drawText(QRectF(4, 0, w - 8, 20), Qt.AlignmentFlag.AlignVCenter, head)
        if not self.rows:
            p.drawText(QRectF(0, 20, w, h - 20), Qt.AlignmentFlag.AlignCenter,
                       self.tr("Nobody ranked this month"))
            p.end()
            return
        left, top, bottom = 34.0, 24.0, h - 6.0
        span = max(100.0 - floor, 1e-6)
        for value in (floor, (floor + 100) / 2, 100.0):
            y = bottom - (value - floor) / span * (bottom - top)
            p.setPen(QPen(QColor("#bdbdbd")))
            p.drawLine(int(left), int(y), int(w - 4), int(y))
            p.setPen(QPen(text))
            p.drawText(QRectF(0, y - 8, left - 4, 16), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, f"{value:g}")
        step = (w - left - 6) / len(self.rows)
        for i, r in enumerate(self.rows):
            y = bottom - (max(r.score, floor) - floor) / span * (bottom - top)
            bar = QRectF(left + i * step + step * 0.15, y, max(step * 0.7, 1.0), bottom - y)
            colour = RED if r.board == "red" else BLACK if r.board == "black" else PLAIN
            p.fillRect(bar, colour)
            if r is self.chosen:
                p.setPen(QPen(QColor("#1565c0"), 2))
                p.drawRect(bar.adjusted(-1, -1, 1, 1))
        p.end()

"""A KPI tile's number: painted by itself, so that a new value repaints the number and
nothing else (a QLabel asks its layout again at each new text, and the live page's
tabs then repaint the whole window every second)."""

from __future__ import annotations

from PyQt6.QtCore import QSize, Qt
from PyQt6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PyQt6.QtWidgets import QSizePolicy, QWidget

LEVEL_COLOURS = {"ok": QColor("#212121"), "warn": QColor("#e65100"), "bad": QColor("#c62828")}
POINTS = 18


class KpiValue(QWidget):
    """The number of a KPI tile, coloured by its level (ok / warn / bad)."""

    def __init__(self, text: str = "—", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self._colour = LEVEL_COLOURS["ok"]
        font = QFont(self.font())
        font.setPointSizeF(POINTS)
        font.setBold(True)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(QFontMetrics(font).height() + 4)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self.update()

    def set_level(self, level: str) -> None:
        colour = LEVEL_COLOURS[level]
        if colour != self._colour:
            self._colour = colour
            self.update()

    def level_colour(self) -> QColor:
        return QColor(self._colour)

    def sizeHint(self) -> QSize:
        return QSize(QFontMetrics(self.font()).horizontalAdvance("0000 / 000"), self.height())

    def paintEvent(self, event: QPaintEvent | None) -> None:
        painter = QPainter(self)
        painter.setPen(self._colour)
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), self._text)

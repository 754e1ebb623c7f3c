"""The window detail: today's timeline (open, paused, serving), evaluations and open
cases with their cards."""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QCoreApplication, QRectF, Qt
from PyQt6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PyQt6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.figures.detail import WindowDay

LANES = ("open", "paused", "serving")
LANE_COLOURS = {
    "open": QColor("#bbdefb"),
    "paused": QColor("#ffcc80"),
    "serving": QColor("#66bb6a"),
}
FIRST_HOUR, LAST_HOUR = 8, 18


def rating_word(rating: int) -> str:
    return {
        5: QCoreApplication.translate("WindowDetailDialog", "Very satisfied"),
        4: QCoreApplication.translate("WindowDetailDialog", "Satisfied"),
        3: QCoreApplication.translate("WindowDetailDialog", "Fairly satisfied"),
        2: QCoreApplication.translate("WindowDetailDialog", "Dissatisfied"),
        1: QCoreApplication.translate("WindowDetailDialog", "Very dissatisfied"),
    }.get(rating, "")


def _lane_title(lane: str) -> str:
    return {
        "open": QCoreApplication.translate("Timeline", "Open"),
        "paused": QCoreApplication.translate("Timeline", "Paused"),
        "serving": QCoreApplication.translate("Timeline", "Serving"),
    }[lane]


class Timeline(QWidget):
    """Three lanes over the opening day; bars are labelled lanes, not colour alone."""

    def __init__(
        self, day: WindowDay, t0: float, now: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.day, self.t0, self.now = day, t0, now
        self.setMinimumSize(640, 150)

    def bars(self, lane: str) -> list[tuple[float, float]]:
        """(start, end) in hours since midnight of the lane's spans, for tests too."""
        out = []
        for s in self.day.spans:
            if s.kind == lane:
                end = s.end if s.end is not None else self.now
                out.append(((s.start - self.t0) / 3600, (end - self.t0) / 3600))
        return out

    def paintEvent(self, event: QPaintEvent | None) -> None:
        painter = QPainter(self)
        left, right, top = 70.0, self.width() - 10.0, 8.0
        lane_h = (self.height() - 34.0) / len(LANES)
        span = LAST_HOUR - FIRST_HOUR

        def x(hour: float) -> float:
            return left + (min(max(hour, FIRST_HOUR), LAST_HOUR) - FIRST_HOUR) / span * (
                right - left
            )

        painter.setPen(QPen(QColor("#bdbdbd")))
        for h in range(FIRST_HOUR, LAST_HOUR + 1):
            painter.drawLine(int(x(h)), int(top), int(x(h)), int(top + lane_h * 3))
            painter.drawText(
                QRectF(x(h) - 15, top + lane_h * 3 + 2, 30, 18),
                int(Qt.AlignmentFlag.AlignCenter),
                f"{h}",
            )
        for i, lane in enumerate(LANES):
            y = top + i * lane_h
            painter.setPen(QColor("#424242"))
            painter.drawText(
                QRectF(0, y, left - 6, lane_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                _lane_title(lane),
            )
            painter.setPen(QPen(LANE_COLOURS[lane].darker(150)))
            painter.setBrush(LANE_COLOURS[lane])
            for start, end in self.bars(lane):
                painter.drawRect(QRectF(x(start), y + 4, max(1.0, x(end) - x(start)), lane_h - 8))


class WindowDetailDialog(QDialog):
    def __init__(
        self, day: WindowDay, t0: float, now: float, tz: dt.tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("WindowDetailDialog", "Window %1 — %2")
            .replace("%1", day.code)
            .replace("%2", day.label)
        )
        self.timeline = Timeline(day, t0, now, self)
        served = sum(1 for s in day.spans if s.kind == "serving" and s.end is not None)
        summary = QLabel(
            QCoreApplication.translate("WindowDetailDialog", "%1 · served %2 · %3 evaluations")
            .replace("%1", day.day.isoformat())
            .replace("%2", str(served))
            .replace("%3", str(len(day.evaluations)))
        )
        self.evaluations = QTableWidget(len(day.evaluations), 4, self)
        self.evaluations.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("WindowDetailDialog", "Time"),
                QCoreApplication.translate("WindowDetailDialog", "Rating"),
                QCoreApplication.translate("WindowDetailDialog", "Ticket"),
                QCoreApplication.translate("WindowDetailDialog", "Comment"),
            ]
        )
        for r, (ts, rating, ticket, comment) in enumerate(day.evaluations):
            when = dt.datetime.fromtimestamp(ts, tz).strftime("%H:%M")
            for c, value in enumerate(
                (when, f"{rating} {rating_word(rating)}", ticket or "", comment or "")
            ):
                self.evaluations.setItem(r, c, QTableWidgetItem(value))
        self.cases = QTableWidget(len(day.cases), 5, self)
        self.cases.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("WindowDetailDialog", "Case"),
                QCoreApplication.translate("WindowDetailDialog", "Item"),
                QCoreApplication.translate("WindowDetailDialog", "Accepted"),
                QCoreApplication.translate("WindowDetailDialog", "Due"),
                QCoreApplication.translate("WindowDetailDialog", "Card"),
            ]
        )
        cards = {
            "red": QCoreApplication.translate("WindowDetailDialog", "Red card"),
            "yellow": QCoreApplication.translate("WindowDetailDialog", "Yellow card"),
        }
        for r, case in enumerate(day.cases):
            values = (
                case.case_no,
                case.item,
                case.accepted_on.isoformat(),
                case.due.isoformat(),
                cards.get(case.card or "", ""),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 4 and case.card:
                    item.setBackground(QColor("#ef9a9a" if case.card == "red" else "#fff59d"))
                self.cases.setItem(r, c, item)
        for table in (self.evaluations, self.cases):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.resizeColumnsToContents()
            header = table.horizontalHeader()
            if header is not None:
                header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.timeline)
        layout.addWidget(
            QLabel(QCoreApplication.translate("WindowDetailDialog", "Evaluations today"))
        )
        layout.addWidget(self.evaluations, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("WindowDetailDialog", "Open cases")))
        layout.addWidget(self.cases, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)

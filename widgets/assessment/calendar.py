"""A person's month of attendance as a calendar (Monday first): each day coloured by
its status with the minutes late or early, rest days grey, and days without data
(no clock export imported) left white with 无数据 said once."""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

from PyQt6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PyQt6.QtWidgets import QSizePolicy, QWidget

COLOURS = {
    "normal": QColor("#c8e6c9"), "late": QColor("#ffe0b2"), "early": QColor("#ffe0b2"),
    "missing": QColor("#ffcc80"), "absent": QColor("#ef9a9a"), "leave": QColor("#bbdefb"),
    "rest": QColor("#eeeeee"),
}


def day_words() -> dict[str, str]:
    return {"normal": QCoreApplication.translate("AttendanceCalendar", "on time"),
            "late": QCoreApplication.translate("AttendanceCalendar", "late"),
            "early": QCoreApplication.translate("AttendanceCalendar", "left early"),
            "missing": QCoreApplication.translate("AttendanceCalendar", "punch missing"),
            "absent": QCoreApplication.translate("AttendanceCalendar", "absent"),
            "leave": QCoreApplication.translate("AttendanceCalendar", "leave"),
            "rest": QCoreApplication.translate("AttendanceCalendar", "rest day"),
            "unrecorded": QCoreApplication.translate("AttendanceCalendar", "no record")}


class AttendanceCalendar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 2026, 1
        self.days: dict[dt.date, Any] = {}
        self.heading = ""
        self.no_data = ""
        self.setMinimumSize(QSize(320, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def show_month(self, year: int, month: int, heading: str, days: list[Any] | None,
                   no_data: str = "") -> None:
        """``days``: the person's DayAttendance rows (None: nothing to show)."""
        self.year, self.month, self.heading, self.no_data = year, month, heading, no_data
        self.days = {d.day: d for d in days or []}
        self.update()

    def paintEvent(self, event: QPaintEvent | None) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        top = 22.0
        p.setPen(QPen(self.palette().text().color()))
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.drawText(QRectF(4, 0, w - 8, top), Qt.AlignmentFlag.AlignVCenter, self.heading)
        p.setFont(self.font())
        if self.no_data:
            p.drawText(QRectF(4, 0, w - 8, top), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignRight, self.no_data)
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                 self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        weeks = calendar.Calendar(0).monthdatescalendar(self.year, self.month)
        cw = (w - 8) / 7
        for i, name in enumerate(names):
            p.drawText(QRectF(4 + i * cw, top, cw, 16), Qt.AlignmentFlag.AlignCenter, name)
        ch = (h - top - 18) / max(len(weeks), 1)
        words = day_words()
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() - 1.5))
        for r, week in enumerate(weeks):
            for c, day in enumerate(week):
                cell = QRectF(4 + c * cw + 1, top + 18 + r * ch + 1, cw - 2, ch - 2)
                if day.month != self.month:
                    continue
                row = self.days.get(day)
                status = None if row is None else main_status(row.status)
                p.fillRect(cell, COLOURS.get(status or "", QColor("#ffffff")))
                p.setPen(QPen(QColor("#9e9e9e")))
                p.drawRect(cell)
                p.setPen(QPen(QColor("#212121")))
                p.setFont(self.font())
                p.drawText(cell.adjusted(3, 1, -2, 0), Qt.AlignmentFlag.AlignLeft
                           | Qt.AlignmentFlag.AlignTop, str(day.day))
                if row is not None and status not in (None, "rest"):
                    p.setFont(small)
                    p.drawText(cell.adjusted(2, 0, -2, -1), Qt.AlignmentFlag.AlignHCenter
                               | Qt.AlignmentFlag.AlignBottom, _cell_text(row, words))
        p.end()


# the status a day is coloured by when it has several (late and left early)
PRIORITY = ("absent", "missing", "late", "early", "leave", "normal", "rest")


def main_status(status: tuple[str, ...] | str) -> str | None:
    found = (status,) if isinstance(status, str) else tuple(status)
    return next((s for s in PRIORITY if s in found), found[0] if found else None)


def _cell_text(row: Any, words: dict[str, str]) -> str:
    status = main_status(row.status) or ""
    parts = [words.get(status, status)]
    late, early = getattr(row, "late_minutes", 0), getattr(row, "early_minutes", 0)
    if late:
        parts = [f"{words['late']}{late}′"]
    if early:
        parts.append(f"{words['early']}{early}′")
    return " ".join(parts)

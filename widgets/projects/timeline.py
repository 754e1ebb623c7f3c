"""A project's Gantt-style timeline: one row per approval item, grouped by stage; the
planned span (start → due) pale, the actual span (start → completion, or → today while
under way) solid, red when past due; arrows from each dependency's end to the item it
holds back; today as a line. Paints what app.records.project_view gives, nothing more."""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QPointF, QRectF, QSize, Qt
from PyQt6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPolygonF
from PyQt6.QtWidgets import QSizePolicy, QWidget

from app.records import project_rules as rules
from app.records.project_view import ItemView, ProjectView

ROW_H = 24
LABEL_W = 190
TOP = 26
PLANNED = QColor("#c9d7ea")
DONE = QColor("#3b7d3b")
RUNNING = QColor("#2f6db3")
LATE = QColor("#c62828")
RETURNED = QColor("#e08a00")
GRID = QColor("#dddddd")


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project: ProjectView | None = None
        self.today = dt.date.today()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def show_project(self, project: ProjectView | None, today: dt.date) -> None:
        self.project, self.today = project, today
        self.updateGeometry()
        self.update()

    def rows(self) -> list[ItemView]:
        return [] if self.project is None else sorted(self.project.items,
                                                      key=lambda i: (i.stage, i.key))

    def sizeHint(self) -> QSize:
        return QSize(640, TOP + ROW_H * max(len(self.rows()), 3) + 24)

    def span(self) -> tuple[dt.date, dt.date]:
        assert self.project is not None
        first = self.project.start_date
        ends = [self.today, first + dt.timedelta(days=14)]
        for i in self.project.items:
            ends += [d for d in (i.due, i.done_on) if d is not None]
        return first, max(ends) + dt.timedelta(days=2)

    def x_of(self, day: dt.date, first: dt.date, last: dt.date) -> float:
        width = max(self.width() - LABEL_W - 12, 50)
        days = max((last - first).days, 1)
        return LABEL_W + width * (day - first).days / days

    def paintEvent(self, event: QPaintEvent | None) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        rows = self.rows()
        if self.project is None or not rows:
            painter.setPen(Qt.GlobalColor.gray)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Choose a project to see its timeline."))
            return
        first, last = self.span()
        font = QFont(self.font())
        painter.setFont(font)
        # the weeks as a grid, labelled with their Monday
        painter.setPen(QPen(GRID))
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        while day <= last:
            x = self.x_of(day, first, last)
            painter.drawLine(QPointF(x, TOP - 4), QPointF(x, TOP + ROW_H * len(rows)))
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QPointF(x + 2, TOP - 8), f"{day.month}/{day.day}")
            painter.setPen(QPen(GRID))
            day += dt.timedelta(days=7)
        ends: dict[str, QPointF] = {}
        starts: dict[str, QPointF] = {}
        stage = None
        for n, item in enumerate(rows):
            y = TOP + n * ROW_H
            if item.stage != stage:
                stage = item.stage
                painter.setPen(QPen(QColor("#999999")))
                painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
            painter.setPen(Qt.GlobalColor.black)
            label = f"{rules.STAGES[item.stage]} {item.key} {item.name}"
            painter.drawText(QRectF(4, y, LABEL_W - 8, ROW_H),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             painter.fontMetrics().elidedText(
                                 label, Qt.TextElideMode.ElideRight, LABEL_W - 8))
            if item.started_on is None:
                continue
            x0 = self.x_of(item.started_on, first, last)
            if item.due is not None:
                x1 = self.x_of(item.due + dt.timedelta(days=1), first, last)
                painter.fillRect(QRectF(x0, y + 4, max(x1 - x0, 2), ROW_H - 8), PLANNED)
            end = item.done_on or self.today
            colour = (DONE if item.state == rules.DONE else
                      LATE if item.flag == "overdue" else
                      RETURNED if item.state == rules.RETURNED else RUNNING)
            x2 = self.x_of(end + dt.timedelta(days=1), first, last)
            painter.fillRect(QRectF(x0, y + 8, max(x2 - x0, 2), ROW_H - 16), colour)
            starts[item.key] = QPointF(x0, y + ROW_H / 2)
            ends[item.key] = QPointF(x2, y + ROW_H / 2)
        # dependencies: from the end of what an item waits for to its start
        painter.setPen(QPen(QColor("#555555"), 1))
        for n, item in enumerate(rows):
            target = starts.get(item.key) or QPointF(LABEL_W + 2, TOP + n * ROW_H + ROW_H / 2)
            for dep in item.depends_on:
                source = ends.get(dep)
                if source is None:
                    continue
                painter.drawLine(source, target)
                self._arrow_head(painter, source, target)
        x = self.x_of(self.today, first, last)
        painter.setPen(QPen(LATE, 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, TOP - 4), QPointF(x, TOP + ROW_H * len(rows)))

    @staticmethod
    def _arrow_head(painter: QPainter, source: QPointF, target: QPointF) -> None:
        dx, dy = target.x() - source.x(), target.y() - source.y()
        length = max((dx * dx + dy * dy) ** 0.5, 1.0)
        ux, uy = dx / length, dy / length
        tip = target
        left = QPointF(tip.x() - 7 * ux + 3.5 * uy, tip.y() - 7 * uy - 3.5 * ux)
        right = QPointF(tip.x() - 7 * ux - 3.5 * uy, tip.y() - 7 * uy + 3.5 * ux)
        painter.setBrush(QColor("#555555"))
        painter.drawPolygon(QPolygonF([tip, left, right]))

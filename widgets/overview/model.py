"""Table model of the windows as they are now (rows come from app.figures.live)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PyQt6.QtGui import QBrush, QColor

from app.figures.live import CLOSED, IDLE, PAUSED, SERVING, WindowNow
from widgets.figure_names import today_name

STATE_COLOURS = {
    SERVING: QColor("#cfe8cf"),
    IDLE: QColor("#dde8f5"),
    PAUSED: QColor("#fbe3b8"),
    CLOSED: QColor("#e2e2e2"),
}


# Each word translated when asked for, one translation per call (200 tiles a second).
_STATE_WORDS: dict[str, Callable[[], str]] = {
    SERVING: lambda: QCoreApplication.translate("WindowTableModel", "Serving"),
    IDLE: lambda: QCoreApplication.translate("WindowTableModel", "Idle"),
    PAUSED: lambda: QCoreApplication.translate("WindowTableModel", "Paused"),
    CLOSED: lambda: QCoreApplication.translate("WindowTableModel", "Closed"),
}


def state_word(state: str) -> str:
    """The state in words: the colour is never the only sign."""
    return _STATE_WORDS[state]()


def column_titles() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("WindowTableModel", "Window"),
        QCoreApplication.translate("WindowTableModel", "Service"),
        QCoreApplication.translate("WindowTableModel", "Department"),
        QCoreApplication.translate("WindowTableModel", "Floor"),
        QCoreApplication.translate("WindowTableModel", "State"),
        QCoreApplication.translate("WindowTableModel", "Staff on duty"),
        QCoreApplication.translate("WindowTableModel", "Ticket"),
        QCoreApplication.translate("WindowTableModel", "Service time"),
        today_name("served"),
        QCoreApplication.translate("WindowTableModel", "Evaluation device"),
        today_name("satisfaction_rate"),
    )


def duration(seconds: float | None) -> str:
    if seconds is None:
        return ""
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class WindowTableModel(QAbstractTableModel):
    """One row per window; updated in place so selection and scrolling survive."""

    COLUMN_COUNT = 11
    NUMERIC = frozenset({3, 7, 8, 10})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[WindowNow] = []
        self._now = 0.0

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < self.COLUMN_COUNT
        ):
            return column_titles()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(w, col)
        if role == Qt.ItemDataRole.BackgroundRole and col == 4:
            return QBrush(STATE_COLOURS[w.state])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return w.code
        return None

    def _text(self, w: WindowNow, col: int) -> str:
        if col == 0:
            return w.code
        if col == 1:
            return w.label
        if col == 2:
            return w.department_name
        if col == 3:
            return str(w.floor)
        if col == 4:
            return state_word(w.state)
        if col == 5:
            return w.staff or ""
        if col == 6:
            return w.ticket or ""
        if col == 7:
            started = w.service_started_at
            return duration(self._now - started) if started is not None else ""
        if col == 8:
            return str(w.served_today)
        if col == 9:
            if w.state == CLOSED:
                return ""
            if w.evaluator_on:
                return QCoreApplication.translate("WindowTableModel", "On")
            return QCoreApplication.translate("WindowTableModel", "Off")
        if col == 10:
            if not w.evaluations_today:
                return ""
            return f"{w.good_today / w.evaluations_today * 100:.1f}%"
        return ""

    def set_rows(self, rows: list[WindowNow], now: float) -> None:
        self._now = now
        if [r.code for r in rows] != [r.code for r in self._rows]:
            self.beginResetModel()
            self._rows = list(rows)
            self.endResetModel()
            return
        self._rows = list(rows)
        if rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, self.COLUMN_COUNT - 1)
            )

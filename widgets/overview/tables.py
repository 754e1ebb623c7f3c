"""Table models of the live tab: department queues and live alerts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PyQt6.QtGui import QBrush, QColor, QFont

from app.figures.alerts import (
    EVALUATOR_OFF,
    LONG_WAIT,
    LOW_RATE,
    PROJECT,
    RED,
    VACANT,
    YELLOW,
    Alert,
    AlertRow,
)
from app.figures.live import QueueNow
from widgets.figure_names import today_name

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_KIND_WORDS: dict[str, Callable[[], str]] = {
    LONG_WAIT: lambda: QCoreApplication.translate("AlertTableModel", "Long wait"),
    VACANT: lambda: QCoreApplication.translate("AlertTableModel", "Vacant window"),
    EVALUATOR_OFF: lambda: QCoreApplication.translate("AlertTableModel",
                                                      "Evaluation device off"),
    LOW_RATE: lambda: QCoreApplication.translate("AlertTableModel", "Low evaluation rate"),
    YELLOW: lambda: QCoreApplication.translate("AlertTableModel", "Yellow card"),
    RED: lambda: QCoreApplication.translate("AlertTableModel", "Red card"),
    PROJECT: lambda: QCoreApplication.translate("AlertTableModel", "Key project"),
}


def kind_word(kind: str) -> str:
    return _KIND_WORDS[kind]()


class _Table(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def titles(self) -> tuple[str, ...]:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.titles())

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.titles())
        ):
            return self.titles()[section]
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]


class QueueTableModel(_Table):
    """Per department: waiting now, longest current wait (minutes), served today."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = 0.0

    def titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("QueueTableModel", "Department"),
            QCoreApplication.translate("QueueTableModel", "Waiting"),
            QCoreApplication.translate("QueueTableModel", "Longest wait (min)"),
            today_name("served"),
        )

    def set_queues(self, queues: list[QueueNow], now: float) -> None:
        rows = sorted(queues, key=lambda q: (-q.waiting, q.department))
        minute_changed = int(now // 60) != int(self.now // 60)
        self.now = now
        old = self._rows
        order = [q.department for q in rows] != [q.department for q in old]
        if order and (len(rows) != len(old) or self.persistentIndexList()):
            # other departments, or a row selected or current (it follows its
            # department no more): a reset
            self.set_rows(rows)
        elif minute_changed and rows:  # the longest waits grow by the minute: every row
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 3))
        elif rows != old:              # the same rows (maybe in another order): new values
            # only the rows that changed, so that only they repaint (each second; a
            # department moving up a place changes two rows, not the whole list)
            self._rows = rows
            for i, (q, was) in enumerate(zip(rows, old, strict=True)):
                if q != was:
                    self.dataChanged.emit(self.index(i, 0), self.index(i, 3))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        q: QueueNow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return q.name
            if col == 1:
                return str(q.waiting)
            if col == 2:
                longest = q.longest_wait_s(self.now)
                return "" if longest is None else f"{longest / 60:.0f}"
            if col == 3:
                return str(q.served_today)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return RIGHT
        return None


def lasted(seconds: float | None) -> str:
    """How long an alert has lasted, in minutes or hours and minutes."""
    if seconds is None:
        return ""
    minutes = int(seconds // 60)
    if minutes < 60:
        return QCoreApplication.translate("AlertTableModel", "%1 min").replace("%1",
                                                                                str(minutes))
    return (QCoreApplication.translate("AlertTableModel", "%1 h %2 min")
            .replace("%1", str(minutes // 60)).replace("%2", str(minutes % 60)))


def how_long(a: Alert, now: float) -> str:
    """A red card's working days overdue; another alert's time since it began."""
    if a.kind in (RED, PROJECT) and a.detail.get("overdue_days"):
        return QCoreApplication.translate("AlertTableModel", "%1 working days overdue").replace(
            "%1", str(a.detail["overdue_days"]))
    return lasted(a.lasted_s(now))


class AlertTableModel(_Table):
    """Live alerts by severity, repeated ones of a kind grouped (窗口空岗 ×31) and
    expanded on demand; rows are app.figures.alerts.AlertRow. Acknowledged ones, when
    shown, are greyed with who and when."""

    COLUMNS = 5

    def __init__(self, tz: dt.tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = 0.0
        self.expanded: set[str] = set()
        self._texts: dict[int, tuple[str, ...]] = {}

    def set_rows(self, rows: list[Any], now: float | None = None) -> None:
        if now is not None:
            self.now = now
        self._texts = {}
        super().set_rows(rows)

    def titles(self) -> tuple[str, ...]:
        return (
            QCoreApplication.translate("AlertTableModel", "Alert"),
            QCoreApplication.translate("AlertTableModel", "Window"),
            QCoreApplication.translate("AlertTableModel", "Lasted"),
            QCoreApplication.translate("AlertTableModel", "Detail"),
            QCoreApplication.translate("AlertTableModel", "Acknowledged"),
        )

    def _row_texts(self, row: int, r: AlertRow) -> tuple[str, ...]:
        """A row's texts, worded once per refresh (views ask for them often)."""
        texts = self._texts.get(row)
        if texts is None:
            texts = self._group_texts(r) if r.alert is None else self._alert_texts(r, r.alert)
            self._texts[row] = texts
        return texts

    def _group_texts(self, r: AlertRow) -> tuple[str, ...]:
        g = r.group
        arrow = "▾" if g.key in self.expanded else "▸"
        windows = [a.window or a.subject for a in g.alerts[:6]]
        more = "…" if len(g.alerts) > 6 else ""
        acked = len(g.alerts) - g.open
        return (f"{arrow} {kind_word(g.kind)} ×{len(g.alerts)}", "",
                how_long(g.alerts[0], self.now), " ".join(windows) + more,
                QCoreApplication.translate("AlertTableModel", "%1 of them").replace(
                    "%1", str(acked)) if acked else "")

    def _alert_texts(self, r: AlertRow, a: Alert) -> tuple[str, ...]:
        acked = ""
        if a.acked_by is not None and a.acked_at is not None:
            when = dt.datetime.fromtimestamp(a.acked_at, self.tz).strftime("%H:%M")
            acked = f"{a.acked_by} {when}"
        word = kind_word(a.kind)
        if len(r.group.alerts) > 1:
            word = "    " + word         # a member of an expanded group
        return (word, a.window or "", how_long(a, self.now), self._detail(a), acked)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def _detail(self, a: Alert) -> str:
        d = a.detail
        if a.kind == LONG_WAIT:
            return (
                QCoreApplication.translate("AlertTableModel", "Ticket %1 waiting %2 min")
                .replace("%1", a.subject)
                .replace("%2", str(d.get("minutes", "")))
            )
        if a.kind == VACANT and d.get("reason") == "paused":
            return QCoreApplication.translate("AlertTableModel", "Paused for %1 min").replace(
                "%1", str(d["minutes"])
            )
        if a.kind == VACANT:
            return QCoreApplication.translate(
                "AlertTableModel", "Closed; it was open on %1"
            ).replace("%1", str(d.get("last_open", "")))
        if a.kind == EVALUATOR_OFF:
            return QCoreApplication.translate("AlertTableModel", "Off for %1 min").replace(
                "%1", str(d["minutes"])
            )
        if a.kind == LOW_RATE:
            return (
                QCoreApplication.translate("AlertTableModel", "%1% rated of %2 served")
                .replace("%1", f"{d['rate'] * 100:.0f}")
                .replace("%2", str(d["served"]))
            )
        if a.kind == PROJECT:
            text = (QCoreApplication.translate("AlertTableModel", "%1 %2 (%3), due %4")
                    if d.get("flag") == "overdue" else
                    QCoreApplication.translate("AlertTableModel",
                                               "%1 %2 (%3), due %4: within 2 working days"))
            return (text.replace("%1", str(d.get("project", "")))
                    .replace("%2", str(d.get("item", "")))
                    .replace("%3", str(d.get("department", ""))).replace("%4", str(d["due"])))
        return (
            QCoreApplication.translate("AlertTableModel", "Case %1 %2, due %3")
            .replace("%1", a.subject)
            .replace("%2", str(d.get("item", "")))
            .replace("%3", str(d.get("due", "")))
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r: AlertRow = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(index.row(), r)[col] if 0 <= col < self.COLUMNS else None
        a = r.alert
        if role == Qt.ItemDataRole.FontRole and a is None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and a is not None and not a.open:
            return QBrush(QColor("#9e9e9e"))
        if role == Qt.ItemDataRole.ForegroundRole and col in (0, 2) and r.group.kind == RED:
            return QBrush(QColor("#c62828"))
        if role == Qt.ItemDataRole.ForegroundRole and col in (0, 2) and r.group.kind == LONG_WAIT:
            return QBrush(QColor("#6a1b9a"))
        if role == Qt.ItemDataRole.UserRole:
            return r.group.key if a is None else a.key
        return None

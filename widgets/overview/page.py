"""The live hall tab: today's figures and every window's state, refreshed each second."""

from __future__ import annotations

from typing import Any

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.calendar import WorkCalendar
from app.figures.live import HallNow, snapshot
from widgets.context import AppContext
from widgets.overview.model import WindowTableModel
from widgets.pages import Page, register
from widgets.tasks import run_task

REFRESH_MS = 1000


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


@register
class LiveHallPage(Page):
    """Signals: snapshot_ready(HallNow) after each refresh.

    Reads the database through app.figures.live only."""

    NAME = "live"
    snapshot_ready = pyqtSignal(object)

    @classmethod
    def title(cls) -> str:
        return cls.tr("Live hall")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._busy = False
        self._calendar: WorkCalendar | None = None
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background:#b71c1c;color:white;padding:6px;font-weight:bold")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.kpis: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        for key, caption in (("waiting", self.tr("Waiting now")),
                             ("served", self.tr("Served today")),
                             ("wait", self.tr("Average wait today (min)")),
                             ("satisfaction", self.tr("Satisfaction today")),
                             ("open", self.tr("Open windows")),
                             ("cards", self.tr("Yellow / red cards"))):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            value = QLabel("—")
            value.setObjectName(f"kpi_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size:20pt;font-weight:bold")
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(value)
            inner.addWidget(label)
            strip.addWidget(box)
            self.kpis[key] = value
        self.model = WindowTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        vertical, horizontal = self.table.verticalHeader(), self.table.horizontalHeader()
        assert vertical is not None and horizontal is not None
        vertical.setVisible(False)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        horizontal.setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(strip)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def _load(self) -> tuple[HallNow, WorkCalendar]:
        now = self.context.clock()
        with self.context.db.read() as session:
            calendar = self._calendar or WorkCalendar.load(session)
            return snapshot(session, now, calendar), calendar

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_task(self._load, self._loaded)

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests only)."""
        try:
            result: Any = self._load()
        except Exception as exc:
            self._loaded(None, exc)
        else:
            self._loaded(result, None)

    def _loaded(self, result: tuple[HallNow, WorkCalendar] | None,
                error: BaseException | None) -> None:
        self._busy = False
        if error is not None or result is None:
            self.banner.setText(self.tr("The database cannot be reached: %1. "
                                        "Showing the last figures; retrying every second.")
                                .replace("%1", str(error).splitlines()[0][:200]))
            self.banner.show()
            return
        snap, self._calendar = result
        self.banner.hide()
        self.model.set_rows(snap.windows, snap.at)
        k = self.kpis
        k["waiting"].setText(str(snap.waiting_now))
        k["served"].setText(str(snap.served_today))
        k["wait"].setText(_minutes(snap.avg_wait_today_s))
        rate = snap.satisfaction_today
        k["satisfaction"].setText("—" if rate is None else f"{rate * 100:.1f}%")
        k["open"].setText(f"{snap.open_windows} / {len(snap.windows)}")
        k["cards"].setText(f"{snap.yellow_cards} / {snap.red_cards}")
        self.last_snapshot = snap
        self.snapshot_ready.emit(snap)

    def shutdown(self) -> None:
        self.timer.stop()


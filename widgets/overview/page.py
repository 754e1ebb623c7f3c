"""The live hall tab (窗口实时状态): today's figures, the floor plan, queues, alerts
and charts, refreshed each second off the UI thread."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

from PyQt6 import sip
from PyQt6.QtCore import QCoreApplication, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.calendar import WorkCalendar
from app.figures.alerts import Alert, acknowledge, compute_alerts
from app.figures.detail import window_day
from app.figures.live import HallNow, snapshot
from app.figures.period import local_midnight
from app.figures.series import DaySeries, day_series
from app.hall_time import default_tz
from app.imports.estimated import ESTIMATED, files_feed_until, rests_on_estimates
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.feed import FeedWakeups
from widgets.overview import charts
from widgets.overview.charts import LiveCharts
from widgets.overview.detail import WindowDetailDialog
from widgets.overview.model import WindowTableModel
from widgets.overview.tables import AlertTableModel, QueueTableModel
from widgets.overview.tiles import FloorPlan
from widgets.pages import Page
from widgets.tasks import run_task

REFRESH_MS = 1000
SERIES_EVERY = 60  # ticks
FIT_ROWS = 40


@dataclass
class _Tick:
    snap: HallNow
    alerts: list[Alert]
    calendar: WorkCalendar
    tz: zoneinfo.ZoneInfo
    files_until: float | None = None   # fed by imported files: data as of this time
    estimated: bool = False            # that day's window sessions estimated by an import


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    vertical, horizontal = view.verticalHeader(), view.horizontalHeader()
    assert vertical is not None and horizontal is not None
    vertical.setVisible(False)
    vertical.setDefaultSectionSize(22)
    # Columns are sized to their contents once, when rows first arrive (see _fit):
    # resizing to contents on every refresh reads every cell each second.
    horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Sizing a column to its contents reads this many rows at most (the horizontal
    # header's precision governs columns; Qt's default is 1000): the first fit of a
    # 300-alert list otherwise holds the UI thread ~100 ms.
    horizontal.setResizeContentsPrecision(FIT_ROWS)
    horizontal.setStretchLastSection(True)
    return view


def _fit(views: list[QTableView]) -> None:
    """Size the columns to their contents the first time a view has rows: one view per
    turn of the event loop (each reads up to FIT_ROWS rows of every column), so that
    the first refresh does not hold the UI thread for all of them at once."""
    for k, view in enumerate(views):
        if sip.isdeleted(view):
            return                      # the page closed meanwhile
        model = view.model()
        if view.property("fitted") or model is None or not model.rowCount():
            continue
        view.resizeColumnsToContents()
        view.setProperty("fitted", True)
        if views[k + 1:]:
            QTimer.singleShot(0, lambda rest=views[k + 1:]: _fit(rest))
        return


class LiveHallPage(Page):
    """Signals: snapshot_ready(HallNow) after each refresh.

    Reads the database only through app.figures (live, alerts, series, detail)."""

    NAME = "live"
    snapshot_ready = pyqtSignal(object)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LiveHallPage", "Live hall")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._busy = False
        self._again = False
        self._ticks = 0
        self._calendar: WorkCalendar | None = None
        self._tz = default_tz()  # the hall's own once the first snapshot says
        self.last_snapshot: HallNow | None = None
        self.alerts: list[Alert] = []
        self.floors: dict[int, FloorPlan] = {}
        self.dialog: WindowDetailDialog | None = None
        self._build()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.wakeups = FeedWakeups(context.db, self)  # PostgreSQL: woken by any ingest
        self.wakeups.woke.connect(self._woken)
        self.wakeups.start()

    def forget_calendar(self) -> None:
        """Read the working-day calendar again at the next refresh (the office may have
        entered days in the settings tab)."""
        self._calendar = None

    def _woken(self, _payload: str) -> None:
        if self._busy:
            self._again = True  # refresh once more when the running one is done
        else:
            self.refresh()

    # -- layout ------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet("background:#b71c1c;color:white;padding:6px;font-weight:bold")
        self.banner.setWordWrap(True)
        self.banner.hide()
        # A hall fed by imported files: how recent its data is, instead of an outage
        self.file_note = QLabel()
        self.file_note.setObjectName("file_note")
        self.file_note.setStyleSheet("background:#e3f2fd;color:#0d47a1;padding:4px")
        self.file_note.hide()
        self.files_until: float | None = None
        self.kpis: dict[str, QLabel] = {}
        strip = QHBoxLayout()
        for key, caption in (
            ("waiting", QCoreApplication.translate("LiveHallPage", "Waiting now")),
            ("served", QCoreApplication.translate("LiveHallPage", "Served today")),
            ("wait", QCoreApplication.translate("LiveHallPage", "Average wait today (min)")),
            ("satisfaction", QCoreApplication.translate("LiveHallPage", "Satisfaction today")),
            ("open", QCoreApplication.translate("LiveHallPage", "Open windows")),
            ("cards", QCoreApplication.translate("LiveHallPage", "Yellow / red cards")),
        ):
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 2, 4, 2)
            value = QLabel("—")
            value.setObjectName(f"kpi_{key}")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size:18pt;font-weight:bold")
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(value)
            inner.addWidget(label)
            strip.addWidget(box)
            self.kpis[key] = value
        self.views = QTabWidget()
        self.model = WindowTableModel(self)
        self.table = _table(self.model)
        self.table.doubleClicked.connect(
            lambda index: self.open_detail(str(self.model.data(index, Qt.ItemDataRole.UserRole)))
        )
        self.queue_model = QueueTableModel(self)
        self.queue_view = _table(self.queue_model)
        queue_header = self.queue_view.horizontalHeader()
        assert queue_header is not None
        queue_header.setStretchLastSection(False)
        queue_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.alert_model = AlertTableModel(self._tz, self)
        self.alert_view = _table(self.alert_model)
        self.ack_button = QPushButton(QCoreApplication.translate("LiveHallPage", "Acknowledge"))
        self.ack_button.setShortcut("Ctrl+K")
        self.ack_button.setVisible(allows(self.context.role, "alert.ack"))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.alert_count = QLabel()
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(
            QLabel(QCoreApplication.translate("LiveHallPage", "Queues by department"))
        )
        side_layout.addWidget(self.queue_view, 2)
        head = QHBoxLayout()
        head.addWidget(self.alert_count, 1)
        head.addWidget(self.ack_button)
        side_layout.addLayout(head)
        side_layout.addWidget(self.alert_view, 3)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.views)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([960, 400])
        self.charts = LiveCharts()
        self.charts.setMaximumHeight(200)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.file_note)
        # Next year's working-day calendar still to be entered (the main window says).
        self.calendar_notice = QLabel()
        self.calendar_notice.setObjectName("calendar_notice")
        self.calendar_notice.setStyleSheet("background:#fff59d;color:#333;padding:4px")
        self.calendar_notice.hide()
        layout.addWidget(self.calendar_notice)
        layout.addLayout(strip)
        layout.addWidget(split, 1)
        layout.addWidget(self.charts)

    def _floor(self, floor: int) -> FloorPlan:
        plan = self.floors.get(floor)
        if plan is None:
            plan = FloorPlan(floor)
            plan.window_clicked.connect(self.open_detail)
            self.floors[floor] = plan
            index = sorted(self.floors).index(floor)
            # A large floor (50 windows) scrolls rather than widening the window
            # past the screen; tiles keep their minimum size.
            scroll = QScrollArea()
            scroll.setObjectName(f"floor_{floor}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(plan)
            self.views.insertTab(
                index,
                scroll,
                QCoreApplication.translate("LiveHallPage", "Floor %1").replace("%1", str(floor)),
            )
            if self.views.indexOf(self.table) < 0:
                self.views.addTab(self.table, QCoreApplication.translate("LiveHallPage", "List"))
            self.views.setCurrentIndex(0)
        return plan

    # -- loading -----------------------------------------------------------------
    def _load(self) -> _Tick:
        now = self.context.clock()
        with self.context.db.read() as session:
            calendar = self._calendar or WorkCalendar.load(session)
            snap = snapshot(session, now, calendar)
            tz = zoneinfo.ZoneInfo(snap.timezone)
            until = files_feed_until(session)
            estimated = False
            if until is not None:
                day = dt.datetime.fromtimestamp(until, tz).date()
                estimated = rests_on_estimates(session, local_midnight(day, tz),
                                               local_midnight(day + dt.timedelta(days=1), tz))
            return _Tick(snap, compute_alerts(session, snap, calendar, tz), calendar, tz,
                         until, estimated)

    def _load_series(self) -> tuple[DaySeries, DaySeries | None]:
        charts.preload()
        now = self.context.clock()
        calendar = self._calendar or WorkCalendar()
        today = dt.datetime.fromtimestamp(now, self._tz).date()
        previous = today - dt.timedelta(days=1)
        while not calendar.is_workday(previous):
            previous -= dt.timedelta(days=1)
        with self.context.db.read() as session:
            return (
                day_series(session, today, self._tz, now),
                day_series(
                    session,
                    previous,
                    self._tz,
                    local_midnight(previous + dt.timedelta(days=1), self._tz),
                ),
            )

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        run_task(self._load, self._loaded, owner=self)
        # The first series (and the plotting import) follows the first snapshot rather
        # than competing with it; then once a minute.
        if self._ticks and self._ticks % SERIES_EVERY == 0:
            run_task(self._load_series, self._series_loaded, owner=self)
        self._ticks += 1

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests only)."""
        for load, done in ((self._load, self._loaded), (self._load_series, self._series_loaded)):
            try:
                result: Any = load()
            except Exception as exc:
                done(None, exc)
            else:
                done(result, None)
        for view in (self.queue_view, self.alert_view, self.table):
            _fit([view])                # now, not spread over later turns

    def _loaded(self, tick: _Tick | None, error: BaseException | None) -> None:
        self._busy = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.refresh)
        if error is not None or tick is None:
            self.banner.setText(
                QCoreApplication.translate(
                    "LiveHallPage",
                    "The database cannot be reached: %1. Showing the last "
                    "figures; retrying every second.",
                ).replace("%1", str(error).splitlines()[0][:200] if error else "")
            )
            self.banner.show()
            return
        self.banner.hide()
        self._calendar, self._tz = tick.calendar, tick.tz
        self.alert_model.tz = tick.tz
        snap = tick.snap
        self.model.set_rows(snap.windows, snap.at)
        per_window: dict[str, int] = {}
        for a in tick.alerts:
            if a.window and a.acked_by is None:
                per_window[a.window] = per_window.get(a.window, 0) + 1
        by_floor: dict[int, list[Any]] = {}
        for w in snap.windows:
            by_floor.setdefault(w.floor, []).append(w)
        for floor, windows in sorted(by_floor.items()):
            self._floor(floor).set_windows(windows, snap.at, per_window)
        self.queue_model.set_queues(snap.queues, snap.at)
        self._set_alerts(tick.alerts)
        unfitted = [v for v in (self.queue_view, self.alert_view, self.table)
                    if not v.property("fitted")]
        if unfitted:
            QTimer.singleShot(0, lambda: _fit(unfitted))
        k = self.kpis
        k["waiting"].setText(str(snap.waiting_now))
        k["served"].setText(str(snap.served_today))
        k["wait"].setText(_minutes(snap.avg_wait_today_s))
        rate = snap.satisfaction_today
        k["satisfaction"].setText("—" if rate is None else f"{rate * 100:.1f}%")
        k["open"].setText(f"{snap.open_windows} / {len(snap.windows)}")
        k["cards"].setText(f"{snap.yellow_cards} / {snap.red_cards}")
        self._show_files(tick)
        first = self.last_snapshot is None
        self.last_snapshot = snap
        self.snapshot_ready.emit(snap)
        if first:
            run_task(self._load_series, self._series_loaded, owner=self)

    def _show_files(self, tick: _Tick) -> None:
        self.files_until = tick.files_until
        if tick.files_until is None:
            self.file_note.hide()
            return
        when = dt.datetime.fromtimestamp(tick.files_until, tick.tz).strftime("%Y-%m-%d %H:%M")
        text = QCoreApplication.translate(
            "LiveHallPage", "Data as of %1 (from imported files)").replace("%1", when)
        if tick.estimated:
            text += QCoreApplication.translate(
                "LiveHallPage", "; open, idle and vacant-window times: %1").replace(
                "%1", ESTIMATED)
        self.file_note.setText(text)
        self.file_note.show()

    def _set_alerts(self, alerts: list[Alert]) -> None:
        selected = self.selected_alert()
        if alerts == self.alerts:
            return  # unchanged: no reset, no repaint
        self.alerts = alerts
        self.alert_model.set_rows(alerts)
        open_alerts = sum(1 for a in alerts if a.acked_by is None)
        self.alert_count.setText(
            QCoreApplication.translate("LiveHallPage", "Alerts: %1 open, %2 acknowledged")
            .replace("%1", str(open_alerts))
            .replace("%2", str(len(alerts) - open_alerts))
        )
        if selected is not None:
            for row, a in enumerate(alerts):
                if a.key == selected:
                    self.alert_view.selectRow(row)
                    break

    def _series_loaded(
        self, result: tuple[DaySeries, DaySeries | None] | None, error: BaseException | None
    ) -> None:
        if error is None and result is not None:
            self.charts.set_series(*result)

    # -- actions -----------------------------------------------------------------
    def selected_alert(self) -> str | None:
        model = self.alert_view.selectionModel()
        if model is None:
            return None
        rows = model.selectedRows()
        if not rows:
            return None
        return str(self.alert_model.data(rows[0], Qt.ItemDataRole.UserRole))

    def acknowledge_selected(self) -> None:
        """Acknowledge the selected alert (off the UI thread), then refresh."""
        key = self.selected_alert()
        if key is None:
            return
        account, at, role = self.context.account, self.context.clock(), self.context.role

        def write() -> bool:
            with self.context.db.write() as session:
                return acknowledge(session, key, account, at, role=role)

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:  # shown, never swallowed
                QMessageBox.warning(self, QCoreApplication.translate("LiveHallPage",
                                                                     "HallDesk"), str(error))
                return
            self._woken("")

        run_task(write, done, owner=self)

    def open_detail(self, code: str) -> None:
        now = self.context.clock()
        tz = self._tz
        calendar = self._calendar or WorkCalendar()
        today = dt.datetime.fromtimestamp(now, tz).date()

        def load() -> Any:
            with self.context.db.read() as session:
                return window_day(session, code, today, tz, now, calendar)

        def done(day: Any, error: BaseException | None) -> None:
            if error is not None:
                QMessageBox.warning(
                    self, QCoreApplication.translate("LiveHallPage", "HallDesk"), str(error)
                )
                return
            self.dialog = WindowDetailDialog(day, local_midnight(today, tz), now, tz, self)
            self.dialog.show()

        run_task(load, done, owner=self)

    def shutdown(self) -> None:
        self.timer.stop()
        self.wakeups.stop()

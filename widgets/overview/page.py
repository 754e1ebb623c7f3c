"""The live hall tab (窗口实时状态): today's figures, the floor plan, queues, alerts
and charts, refreshed each second off the UI thread."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from typing import Any

from PyQt6 import sip
from PyQt6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, pyqtSignal
from PyQt6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.calendar import WorkCalendar
from app.figures.alerts import (
    Alert,
    AlertGroup,
    AlertRow,
    acknowledge_many,
    alert_rows,
    compute_alerts,
    keys_to_acknowledge,
    kpi_levels,
    triage,
    window_marks,
)
from app.figures.detail import window_day
from app.figures.live import HallNow, snapshot
from app.figures.period import local_midnight
from app.figures.series import DaySeries, day_series
from app.hall_time import default_tz
from app.i18n import message
from app.imports.estimated import ESTIMATED, files_feed_until, rests_on_estimates
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.feed import FeedWakeups
from widgets.figure_names import figure_name, today_name
from widgets.overview import charts
from widgets.overview.charts import LiveCharts
from widgets.overview.compact import HallMap, legend_html
from widgets.overview.detail import WindowDetailDialog
from widgets.overview.kpi import KpiValue
from widgets.overview.model import WindowTableModel
from widgets.overview.tables import AlertTableModel, QueueTableModel
from widgets.overview.tiles import FloorPlan
from widgets.pages import Page
from widgets.tasks import run_task

REFRESH_MS = 1000
SERIES_EVERY = 60  # ticks
FIT_ROWS = 40
# The charts are reloaded before their minute is up when the served count they show
# lags the tiles' by more than this (e.g. a feed catching up after the start).
SERIES_LAG = 0.02
CHARTS_MAX = 200
CHARTS_SHORT = 160   # on a screen of 768 lines, so that the whole hall keeps its room
KPI_FRAMES = {"ok": "", "warn": "QFrame#kpi_box{border:2px solid #ffb74d;background:#fff8e1}",
              "bad": "QFrame#kpi_box{border:2px solid #e57373;background:#ffebee}"}


@dataclass
class _Tick:
    snap: HallNow
    alerts: list[Alert]
    calendar: WorkCalendar
    tz: zoneinfo.ZoneInfo
    files_until: float | None = None   # fed by imported files: data as of this time
    estimated: bool = False            # that day's window sessions estimated by an import
    series: tuple[DaySeries, DaySeries | None] | None = None


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
        self.groups: list[AlertGroup] = []
        self.kpi_levels: dict[str, str] = {}
        self._series_served: int | None = None     # served in the charts shown
        self._series_tick = 0
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
        self.kpis: dict[str, KpiValue] = {}
        self.kpi_boxes: dict[str, QFrame] = {}
        self.kpi_captions: dict[str, str] = {}
        strip = QHBoxLayout()
        minutes = QCoreApplication.translate("LiveHallPage", "%1 (min)")
        for key, caption in (
            ("waiting", figure_name("waiting_now")),
            ("served", today_name("served")),
            ("wait", minutes.replace("%1", today_name("avg_wait_s"))),
            ("satisfaction", today_name("satisfaction_rate")),
            ("open", figure_name("open_windows")),
            ("cards", f"{figure_name('yellow_cards')} / {figure_name('red_cards')}"),
        ):
            self.kpi_captions[key] = caption
            box = QFrame()
            box.setObjectName("kpi_box")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            self.kpi_boxes[key] = box
            inner = QVBoxLayout(box)
            inner.setContentsMargins(4, 2, 4, 2)
            value = KpiValue("—")
            value.setObjectName(f"kpi_{key}")
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(value)
            inner.addWidget(label)
            # The tiles share the strip equally whatever their numbers say: a number
            # that changes never moves the layout (no relayout, no repaint of the page).
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            strip.addWidget(box, 1)
            self.kpis[key] = value
        self.views = QTabWidget()
        self.hall_map = HallMap()
        self.hall_map.window_clicked.connect(self.open_detail)
        self.hall_scroll = QScrollArea()
        self.hall_scroll.setObjectName("hall_scroll")
        self.hall_scroll.setWidgetResizable(True)
        self.hall_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.hall_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hall_scroll.setWidget(self.hall_map)
        legend = QLabel(legend_html())
        legend.setObjectName("hall_legend")
        legend.setTextFormat(Qt.TextFormat.RichText)
        whole = QWidget()
        whole.setObjectName("whole_hall")
        whole_layout = QVBoxLayout(whole)
        whole_layout.setContentsMargins(0, 2, 0, 0)
        whole_layout.setSpacing(2)
        whole_layout.addWidget(legend, 0, Qt.AlignmentFlag.AlignRight)
        whole_layout.addWidget(self.hall_scroll, 1)
        self.hall_page = whole
        self.views.addTab(whole, QCoreApplication.translate("LiveHallPage", "Whole hall"))
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
        self.alert_view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.alert_view.doubleClicked.connect(self._alert_activated)
        self.ack_button = QPushButton(QCoreApplication.translate("LiveHallPage", "Acknowledge"))
        self.ack_button.setShortcut("Ctrl+K")
        self.ack_button.setToolTip(QCoreApplication.translate(
            "LiveHallPage", "Acknowledge the selected alerts (a group row: all of its alerts)"))
        self.ack_button.setVisible(allows(self.context.role, "alert.ack"))
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.show_acked = QCheckBox(QCoreApplication.translate("LiveHallPage",
                                                               "Show acknowledged"))
        self.show_acked.toggled.connect(lambda _on: self._show_alerts())
        self.alert_count = QLabel()
        # the side panel keeps its width in any language, its layout still each second
        self.alert_count.setSizePolicy(QSizePolicy.Policy.Ignored,
                                       QSizePolicy.Policy.Preferred)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(
            QLabel(QCoreApplication.translate("LiveHallPage", "Queues by department"))
        )
        side_layout.addWidget(self.queue_view, 2)
        head = QHBoxLayout()
        head.addWidget(self.alert_count, 1)
        head.addWidget(self.show_acked)
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
        self.charts.setMaximumHeight(CHARTS_MAX)
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

    def resizeEvent(self, event: Any) -> None:
        self.charts.setMaximumHeight(CHARTS_SHORT if self.height() < 760 else CHARTS_MAX)
        super().resizeEvent(event)

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
                index + 1,
                scroll,
                QCoreApplication.translate("LiveHallPage", "Floor %1").replace("%1", str(floor)),
            )
            if self.views.indexOf(self.table) < 0:
                self.views.addTab(self.table, QCoreApplication.translate("LiveHallPage", "List"))
            self.views.setCurrentIndex(0)
        return plan

    # -- loading -----------------------------------------------------------------
    def _load(self, series: bool = False) -> _Tick:
        """The snapshot and its alerts; with ``series``, the charts' series too, read in
        the same transaction, so that charts and tiles show the same moment."""
        now = self.context.clock()
        if series:
            charts.preload()
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
            tick = _Tick(snap, compute_alerts(session, snap, calendar, tz), calendar, tz,
                         files_until=until, estimated=estimated)
            if series:
                tick.series = self._series(session, now, calendar, tz)
            return tick

    @staticmethod
    def _series(session: Any, now: float, calendar: WorkCalendar, tz: zoneinfo.ZoneInfo
                ) -> tuple[DaySeries, DaySeries | None]:
        today = dt.datetime.fromtimestamp(now, tz).date()
        previous = today - dt.timedelta(days=1)
        while not calendar.is_workday(previous):
            previous -= dt.timedelta(days=1)
        return (day_series(session, today, tz, now),
                day_series(session, previous, tz,
                           local_midnight(previous + dt.timedelta(days=1), tz)))

    def _load_series(self) -> tuple[DaySeries, DaySeries | None]:
        charts.preload()
        now = self.context.clock()
        with self.context.db.read() as session:
            return self._series(session, now, self._calendar or WorkCalendar(), self._tz)

    def _series_due(self) -> bool:
        """With the first snapshot, then once a minute, and sooner when the charts lag
        the tiles (what the charts counted as served differs from the tiles' count)."""
        if self._series_served is None:
            return True
        if self._ticks - self._series_tick >= SERIES_EVERY:
            return True
        snap = self.last_snapshot
        if snap is None:
            return False
        lag = abs(snap.served_today - self._series_served)
        return lag > max(5, SERIES_LAG * snap.served_today)

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        series = self._series_due()
        if series:
            self._series_tick = self._ticks
        run_task(lambda: self._load(series), self._loaded, owner=self)
        self._ticks += 1

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests only)."""
        try:
            tick: Any = self._load(series=True)
        except Exception as exc:
            self._loaded(None, exc)
        else:
            self._loaded(tick, None)
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
                ).replace("%1", message(error).splitlines()[0][:200] if error else "")
            )
            self.banner.show()
            return
        self.banner.hide()
        self._calendar, self._tz = tick.calendar, tick.tz
        self.alert_model.tz = tick.tz
        snap = tick.snap
        self.model.set_rows(snap.windows, snap.at)
        marks = window_marks(tick.alerts, snap.windows)
        self.hall_map.set_windows(snap.windows, snap.at, marks)
        by_floor: dict[int, list[Any]] = {}
        for w in snap.windows:
            by_floor.setdefault(w.floor, []).append(w)
        for floor, windows in sorted(by_floor.items()):
            self._floor(floor).set_windows(windows, snap.at, marks)
        self.queue_model.set_queues(snap.queues, snap.at)
        self._set_alerts(tick.alerts, snap.at)
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
        self._colour_kpis(kpi_levels(snap, tick.alerts))
        self.last_snapshot = snap
        if tick.series is not None:
            self._series_loaded(tick.series, None)
        self.snapshot_ready.emit(snap)

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

    def _colour_kpis(self, levels: dict[str, str]) -> None:
        """Each KPI tile coloured by its threshold (ok / warn / bad), restyled only when
        its level changes."""
        for key, level in levels.items():
            if self.kpi_levels.get(key) != level and key in self.kpis:
                self.kpis[key].set_level(level)
                self.kpi_boxes[key].setStyleSheet(KPI_FRAMES[level])
        self.kpi_levels = levels

    def _set_alerts(self, alerts: list[Alert], now: float) -> None:
        minute_changed = int(now // 60) != int(self.alert_model.now // 60)
        if alerts == self.alerts and not minute_changed:
            return  # unchanged: no reset, no repaint
        self.alerts = alerts
        self.alert_model.now = now
        self._show_alerts()

    def _show_alerts(self) -> None:
        """The alert list: by severity, grouped, acknowledged ones only when asked."""
        selected = set(self.selected_alerts())
        groups = triage(self.alerts, show_acknowledged=self.show_acked.isChecked())
        self.groups = groups
        self.alert_model.expanded &= {g.key for g in groups}
        rows = alert_rows(groups, self.alert_model.expanded)
        self.alert_model.set_rows(rows)
        open_alerts = sum(1 for a in self.alerts if a.open)
        self.alert_count.setText(
            QCoreApplication.translate("LiveHallPage", "Alerts: %1 open, %2 acknowledged")
            .replace("%1", str(open_alerts))
            .replace("%2", str(len(self.alerts) - open_alerts))
        )
        selection = self.alert_view.selectionModel()
        if selected and selection is not None:
            flags = (QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
            for row, r in enumerate(rows):
                if (r.group.key if r.alert is None else r.alert.key) in selected:
                    selection.select(self.alert_model.index(row, 0), flags)

    def toggle_group(self, kind: str) -> None:
        """Expand or fold the group of one kind of alert."""
        key = f"group:{kind}"
        expanded = self.alert_model.expanded
        if key in expanded:
            expanded.discard(key)
        else:
            expanded.add(key)
        self._show_alerts()

    def _alert_activated(self, index: Any) -> None:
        row: AlertRow = self.alert_model.row(index.row())
        if row.alert is None:
            self.toggle_group(row.group.kind)
        elif row.alert.window:
            self.open_detail(row.alert.window)

    def _series_loaded(
        self, result: tuple[DaySeries, DaySeries | None] | None, error: BaseException | None
    ) -> None:
        if error is None and result is not None:
            self.charts.set_series(*result)
            self._series_served = sum(result[0].served)

    # -- actions -----------------------------------------------------------------
    def selected_rows(self) -> list[AlertRow]:
        model = self.alert_view.selectionModel()
        if model is None:
            return []
        return [self.alert_model.row(i.row()) for i in sorted(model.selectedRows(),
                                                               key=lambda i: i.row())]

    def selected_alerts(self) -> list[str]:
        """The keys of the selected rows (a group's own key for a group row)."""
        return [r.group.key if r.alert is None else r.alert.key for r in self.selected_rows()]

    def selected_alert(self) -> str | None:
        keys = self.selected_alerts()
        return keys[0] if keys else None

    def acknowledge_selected(self) -> None:
        """Acknowledge the selected alerts, a group row standing for all of its own (off
        the UI thread), then refresh."""
        keys = keys_to_acknowledge(self.selected_rows())
        if not keys:
            return
        account, at, role = self.context.account, self.context.clock(), self.context.role

        def write() -> int:
            with self.context.db.write() as session:
                return acknowledge_many(session, keys, account, at, role=role)

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:  # shown, never swallowed
                QMessageBox.warning(self, QCoreApplication.translate("LiveHallPage",
                                                                     "HallDesk"), message(error))
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
                    self, QCoreApplication.translate("LiveHallPage", "HallDesk"), message(error)
                )
                return
            self.dialog = WindowDetailDialog(day, local_midnight(today, tz), now, tz, self)
            self.dialog.show()

        run_task(load, done, owner=self)

    def shutdown(self) -> None:
        self.timer.stop()
        self.wakeups.stop()

"""The inspections tab (巡查): the quarter's rounds, its findings (a round, a window or
an item chosen narrows them), findings by checklist item and by window, the repeat
offenders, and the steps a finding allows (open a ledger entry, link it to a risk
point, void it, see its photo); export to a spreadsheet; the inspection mode.

Reads and writes run off the UI thread; the services decide, the page shows.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PyQt6.QtCore import QCoreApplication, QModelIndex, QSize, Qt, QThreadPool
from PyQt6.QtGui import QImage, QPixmap
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.figures import inspections as figures
from app.figures.period import Period, parse_quarter
from app.hall_time import hall_tz
from app.i18n import message
from app.records import complaint_rules
from app.records import inspections as svc
from app.security import people
from app.security.permissions import allows
from models import RiskPoint
from widgets.context import AppContext
from widgets.inspections.model import findings_of
from widgets.labels import person_text
from widgets.pages import Page
from widgets.record_tab import page_column, record_table, side_by_side
from widgets.table_model import Column, TableModel, TableProxy
from widgets.tasks import first_line, run_now, run_task

QUARTERS_SHOWN = 6
PHOTO_SIZE = QSize(800, 600)


@dataclass
class _Loaded:
    period: Period
    rounds: list[figures.RoundRow]
    findings: list[figures.FindingRow]
    items: list[figures.ItemCount]
    windows: list[figures.WindowCount]
    repeat: list[figures.RepeatOffender]
    last: figures.LastRound | None = None
    not_inspected: list[figures.WindowRef] | None = None
    names: dict[str, str] = field(default_factory=dict)   # login → the person's name


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _table(model: TableModel[Any], widths: tuple[int, ...], sort: int = 0,
           descending: bool = True) -> tuple[QTableView, TableProxy]:
    proxy = TableProxy(model)
    proxy.setSourceModel(model)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    return record_table(proxy, widths, row_height=24, sort=(sort, order),
                        stretch_last=True), proxy


class InspectionsPage(Page):
    NAME = "inspections"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("InspectionsPage", "Inspections")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role: str = getattr(context, "role", "director")
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self.loaded: _Loaded | None = None
        self.warn: Callable[[str], None] = self._message_box
        self._tz: zoneinfo.ZoneInfo | None = None
        self._names: dict[str, str] = {}
        self._build()
        self._connect_signals()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.quarter = QComboBox()
        self.mode_button = QPushButton(self.tr("Inspection mode"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.totals = QLabel()
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Quarter")))
        top.addWidget(self.quarter)
        top.addWidget(self.totals, 1)
        top.addWidget(self.status)
        top.addWidget(self.mode_button)
        top.addWidget(self.export_button)
        # The start panel: the last round and the windows the quarter has not seen.
        self.last_round = QLabel()
        self.last_round.setObjectName("last_round")
        self.last_round.setWordWrap(True)
        self.unvisited = QLabel()
        self.unvisited.setObjectName("not_inspected")
        self.unvisited.setWordWrap(True)
        glance = QGroupBox(self.tr("At a glance"))
        glance_layout = QVBoxLayout(glance)
        glance_layout.setContentsMargins(6, 4, 6, 4)
        glance_layout.addWidget(self.last_round)
        glance_layout.addWidget(self.unvisited)
        glance_row = QHBoxLayout()
        glance_row.addWidget(glance)

        self.rounds_model: TableModel[figures.RoundRow] = TableModel([
            Column(self.tr("Round"), lambda r: r.code),
            Column(self.tr("Inspector"), lambda r: person_text(r.inspector, self._names)),
            Column(self.tr("Started"), lambda r: self._time(r.started_at)),
            Column(self.tr("Finished"), lambda r: self._time(r.ended_at) if r.ended_at
                   else self.tr("under way")),
            Column(self.tr("Windows"), lambda r: r.visited),
            Column(self.tr("Findings"), lambda r: r.findings)], self)
        self.rounds, self.rounds_proxy = _table(self.rounds_model, (120, 130, 110, 110, 56),
                                                 sort=2)
        self.findings_model: TableModel[figures.FindingRow] = TableModel([
            Column(self.tr("No."), lambda f: f.id),
            Column(self.tr("Observed"), lambda f: self._time(f.observed_at)),
            Column(self.tr("Round"), lambda f: f.round_code),
            Column(self.tr("Window"), lambda f: f.window),
            Column(self.tr("Department"), lambda f: f.department),
            Column(self.tr("Item"), lambda f: f.item),
            Column(self.tr("Points"), lambda f: f.points),
            Column(self.tr("Complaint"), lambda f: f.complaint),
            Column(self.tr("Photos"), lambda f: f.photos or None),
            Column(self.tr("Note"), lambda f: f.note)], self)
        self.findings, self.findings_proxy = _table(
            self.findings_model, (48, 110, 120, 56, 110, 100, 44, 150, 44), sort=1)
        self.filter_label = QLabel()
        self.show_all = QPushButton(self.tr("Show all findings"))
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(self.filter_label)
        actions.addWidget(self.show_all)
        actions.addStretch(1)
        for key, text in (("view", self.tr("View round")),
                          ("complaint", self.tr("Open complaint")),
                          ("risk", self.tr("Link to risk point")),
                          ("photo", self.tr("Photo")),
                          ("void", self.tr("Void…"))):
            button = QPushButton(text)
            self.buttons[key] = button
            actions.addWidget(button)
        self.buttons["complaint"].setVisible(self.role in complaint_rules.REGISTER_ROLES)
        self.buttons["void"].setVisible(allows(self.role, "inspection.void"))
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self._group(self.tr("Rounds"), self.rounds))
        findings = QWidget()
        column = QVBoxLayout(findings)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.findings, 1)
        column.addLayout(actions)
        left.addWidget(self._group(self.tr("Findings of the quarter"), findings))
        left.setSizes([200, 440])

        self.items_model: TableModel[figures.ItemCount] = TableModel([
            Column(self.tr("Item"), lambda i: i.label),
            Column(self.tr("Findings"), lambda i: i.findings),
            Column(self.tr("Windows"), lambda i: i.windows),
            Column(self.tr("Points"), lambda i: i.points)], self)
        self.items, self.items_proxy = _table(self.items_model, (110, 60, 60), sort=1)
        self.windows_model: TableModel[figures.WindowCount] = TableModel([
            Column(self.tr("Window"), lambda w: f"{w.code} {w.label}".strip()),
            Column(self.tr("Department"), lambda w: w.department),
            Column(self.tr("Findings"), lambda w: w.findings),
            Column(self.tr("Points"), lambda w: w.points)], self)
        self.windows, self.windows_proxy = _table(self.windows_model, (120, 100, 60),
                                                   sort=2)
        self.repeat_model: TableModel[figures.RepeatOffender] = TableModel([
            Column(self.tr("Window"), lambda r: r.window),
            Column(self.tr("Item"), lambda r: r.item),
            Column(self.tr("Rounds"), lambda r: r.rounds),
            Column(self.tr("Last"), lambda r: r.last_on.isoformat())], self)
        self.repeat, self.repeat_proxy = _table(self.repeat_model, (60, 110, 72), sort=2)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self._group(self.tr("Findings by checklist item"),
                                    self.items))
        right.addWidget(self._group(self.tr("Findings by window"), self.windows))
        right.addWidget(self._group(self.tr("Repeat offenders (same item, same window, "
                                            "2+ rounds)"), self.repeat))
        page_column(self, (top, glance_row), side_by_side(left, right, (3, 2), (820, 500)))

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        group = QGroupBox(title)
        inner = QVBoxLayout(group)
        inner.setContentsMargins(4, 4, 4, 4)
        inner.addWidget(widget)
        return group

    def _connect_signals(self) -> None:
        self.quarter.activated.connect(lambda _i: self.refresh())
        self.export_button.clicked.connect(self._ask_export)
        self.mode_button.clicked.connect(self._open_mode)
        self.show_all.clicked.connect(lambda: self.narrow())
        self.rounds.clicked.connect(
            lambda i: self.narrow(round_code=self._row(self.rounds, i).code))
        self.windows.clicked.connect(
            lambda i: self.narrow(window=self._row(self.windows, i).code))
        self.items.clicked.connect(lambda i: self.narrow(item=self._row(self.items, i).label))
        self.repeat.clicked.connect(lambda i: self.narrow(
            window=self._row(self.repeat, i).window, item=self._row(self.repeat, i).item))
        self.rounds.doubleClicked.connect(lambda i: self.view_round(
            self._row(self.rounds, i).id))
        for key, slot in (("view", self._view_current), ("complaint", self._open_complaint),
                          ("risk", self._ask_risk), ("photo", self._show_photo),
                          ("void", self._ask_void)):
            self.buttons[key].clicked.connect(slot)

    # -- loading ---------------------------------------------------------------------
    def _period(self, chosen: str | None = None) -> Period:
        """The quarter chosen (the current one until the list is filled)."""
        assert self._tz is not None
        if chosen is None:
            year, q = _quarter_of(dt.datetime.fromtimestamp(self.context.clock(), self._tz).date())
            chosen = f"{year}Q{q}"
        return parse_quarter(chosen, self._tz)

    def _load(self, chosen: str | None) -> _Loaded:
        with self.context.db.read() as session:
            if self._tz is None:
                self._tz = hall_tz(session)
            period = self._period(chosen)
            return _Loaded(period, figures.rounds(session, period),
                           figures.findings(session, period), figures.by_item(session, period),
                           figures.by_window(session, period),
                           figures.repeat_offenders(session, period),
                           figures.last_round(session), figures.not_inspected(session, period),
                           people.names(session))

    def refresh(self) -> None:
        chosen = self.quarter.currentData()
        run_task(lambda: self._load(chosen), self._loaded)

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests)."""
        chosen = self.quarter.currentData()
        run_now(lambda: self._load(chosen), self._loaded)

    def _fill_quarters(self) -> None:
        if self.quarter.count() or self._tz is None:
            return
        year, q = _quarter_of(dt.datetime.fromtimestamp(self.context.clock(), self._tz).date())
        n = year * 4 + q - 1
        for k in range(n, n - QUARTERS_SHOWN, -1):
            key = f"{k // 4}Q{k % 4 + 1}"
            self.quarter.addItem(key, key)

    def _loaded(self, result: _Loaded | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.status.setText(self.tr("The inspections cannot be read: %1")
                                .replace("%1", first_line(error)))
            return
        self._fill_quarters()
        self.loaded = result
        self._names = result.names
        self.rounds_model.set_rows(result.rounds)
        self.findings_model.set_rows(result.findings)
        self.items_model.set_rows(result.items)
        self.windows_model.set_rows(result.windows)
        self.repeat_model.set_rows(result.repeat)
        points = sum(f.points for f in result.findings)
        self.totals.setText(
            self.tr("%1 rounds · %2 window visits · %3 findings (%4 points) · %5 repeat "
                    "offenders").replace("%1", str(len(result.rounds)))
            .replace("%2", str(sum(r.visited for r in result.rounds)))
            .replace("%3", str(len(result.findings))).replace("%4", f"{points:.1f}")
            .replace("%5", str(len(result.repeat))))
        self.status.clear()
        self._show_glance(result)
        self.narrow()

    def _show_glance(self, result: _Loaded) -> None:
        last = result.last
        if last is None:
            self.last_round.setText(self.tr("No inspection round yet."))
        else:
            r = last.round
            when = self._time(r.started_at)
            if r.ended_at is not None:
                when += "–" + self._time(r.ended_at)[-5:]
            found = "、".join(f"{w} {item}" for w, item in last.findings[:5])
            if len(last.findings) > 5:
                found += "…"
            self.last_round.setText(
                self.tr("Last round %1 by %2, %3: %4 windows visited, %5 findings")
                .replace("%1", r.code).replace("%2", r.inspector).replace("%3", when)
                .replace("%4", str(r.visited)).replace("%5", str(len(last.findings)))
                + (f" — {found}" if found else ""))
        missing = result.not_inspected or []
        if not missing:
            self.unvisited.setText(self.tr("Every window was inspected this quarter."))
        else:
            self.unvisited.setText(
                self.tr("Not inspected this quarter (%1): %2")
                .replace("%1", str(len(missing)))
                .replace("%2", " ".join(w.code for w in missing)))

    # -- narrowing -------------------------------------------------------------------
    @staticmethod
    def _row(view: QTableView, index: QModelIndex) -> Any:
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)

    def narrow(self, round_code: str | None = None, window: str | None = None,
               item: str | None = None) -> None:
        """Only the findings of a round, a window and/or an item (none: all)."""
        self.findings_proxy.set_keep(findings_of(round_code, window, item))
        parts = [p for p in (round_code, window, item) if p]
        self.filter_label.setText(
            self.tr("%1 findings").replace("%1", str(self.findings_proxy.rowCount()))
            + (" — " + " · ".join(parts) if parts else ""))
        self.show_all.setVisible(bool(parts))

    def visible_findings(self) -> list[figures.FindingRow]:
        return [self.findings_proxy.index(i, 0).data(Qt.ItemDataRole.UserRole)
                for i in range(self.findings_proxy.rowCount())]

    def current_finding(self) -> figures.FindingRow | None:
        index = self.findings.currentIndex()
        if not index.isValid():
            return None
        row = self._row(self.findings, index)
        return row if isinstance(row, figures.FindingRow) else None

    def select_finding(self, finding_id: int) -> bool:
        for i in range(self.findings_proxy.rowCount()):
            row = self.findings_proxy.index(i, 0).data(Qt.ItemDataRole.UserRole)
            if row.id == finding_id:
                self.findings.selectRow(i)
                return True
        return False

    # -- steps -----------------------------------------------------------------------
    def _need(self) -> figures.FindingRow | None:
        row = self.current_finding()
        if row is None:
            self.warn(self.tr("Choose a finding in the table first."))
        return row

    def _who(self) -> dict[str, Any]:
        return {"actor": self.context.account, "role": self.role, "now": self.context.clock()}

    def _write(self, change: Callable[[Any], Any], done_text: str) -> None:
        db = self.context.db

        def work() -> None:
            with db.write() as session:
                change(session)

        def done(_r: Any, error: BaseException | None) -> None:
            if error is not None:
                self.warn(self.tr("Nothing was changed: %1").replace("%1", message(error)))
                return
            self.load_now()
            self.status.setText(done_text)

        run_task(work, done, self._writer)

    def open_complaint(self, finding_id: int) -> None:
        who = self._who()
        self._write(lambda s: svc.open_complaint(s, finding_id, **who),
                    self.tr("Complaint registered in the ledger"))

    def _open_complaint(self) -> None:
        row = self._need()
        if row is not None:
            self.open_complaint(row.id)

    def link_risk(self, finding_id: int, code: str, note: str = "") -> None:
        who = self._who()
        self._write(lambda s: svc.link_risk(s, finding_id, code, note, **who),
                    self.tr("Linked to risk point %1").replace("%1", code))

    def _ask_risk(self) -> None:
        row = self._need()
        if row is None:
            return
        from sqlalchemy import select

        with self.context.db.read() as session:
            points = [f"{c}  {p}" for c, p in session.execute(
                select(RiskPoint.code, RiskPoint.post).where(RiskPoint.retired_at.is_(None))
                .order_by(RiskPoint.code))]
        if not points:
            self.warn(self.tr("The risk register has no points yet."))
            return
        choice, ok = QInputDialog.getItem(self, self.tr("Link to risk point"),
                                          self.tr("Risk point for finding %1:")
                                          .replace("%1", str(row.id)), points, 0, False)
        if ok and choice:
            self.link_risk(row.id, choice.split()[0])

    def void(self, finding_id: int, reason: str) -> None:
        who = self._who()
        self._write(lambda s: svc.void(s, finding_id, reason, **who),
                    self.tr("Finding %1 voided").replace("%1", str(finding_id)))

    def _ask_void(self) -> None:
        row = self._need()
        if row is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Void finding %1").replace("%1", str(row.id)),
            self.tr("Why does this finding no longer count against the window?"))
        if ok and reason.strip():
            self.void(row.id, reason)

    def _show_photo(self) -> None:
        row = self._need()
        if row is None:
            return
        from app.records.inspection_view import photo
        from widgets.inspections.parts import thumbnail

        db = self.context.db

        def work() -> tuple[QImage, str] | None:
            with db.read() as session:
                got = photo(session, row.id)
            return None if got is None else (thumbnail(got[0], PHOTO_SIZE), got[1])

        def done(result: tuple[QImage, str] | None, error: BaseException | None) -> None:
            if error is not None or result is None:
                self.warn(message(error) if error else
                          self.tr("No photo was taken for this finding."))
                return
            dialog = QDialog(self)
            dialog.setWindowTitle(result[1])
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(result[0]))
            QVBoxLayout(dialog).addWidget(label)
            dialog.show()

        run_task(work, done)

    def _view_current(self) -> None:
        index = self.rounds.currentIndex()
        row = self.current_finding()
        if index.isValid():
            self.view_round(self._row(self.rounds, index).id)
        elif row is not None and self.loaded is not None:
            rid = next((r.id for r in self.loaded.rounds if r.code == row.round_code), None)
            if rid is not None:
                self.view_round(rid)
        else:
            self.warn(self.tr("Choose a round first."))

    def view_round(self, round_id: int) -> None:
        """Look through a round in the inspection mode (read only)."""
        from widgets.inspections.mode import InspectionMode

        mode = InspectionMode(self.context, self.window())
        mode.left.connect(mode.deleteLater)
        mode.resize(1024, 768)
        mode.show()
        mode.show_round(round_id, read_only=True)

    def _open_mode(self) -> None:
        from widgets.inspections.launch import open_mode

        main = self.window()
        if main is not None:
            open_mode(main)

    def _ask_export(self) -> None:
        if self.loaded is None:
            return
        period = self.loaded.period
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the inspections"),
            f"巡查-{period.start:%Y}Q{(period.start.month - 1) // 3 + 1}.xlsx",
            self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        from app.io.inspection_sheet import export_inspections

        if self.loaded is None:
            return
        db, period, actor = self.context.db, self.loaded.period, self.context.account
        run_task(lambda: export_inspections(db, path, period, actor=actor),
                 lambda result, error: self.warn(message(error)) if error else
                 self.status.setText(self.tr("%1 findings exported to %2")
                                     .replace("%1", str(result.rows)).replace("%2", path)),
                 self._writer)

    # -- helpers ---------------------------------------------------------------------
    def _time(self, ts: float) -> str:
        tz = self._tz or zoneinfo.ZoneInfo("Asia/Shanghai")
        return dt.datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d %H:%M")

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.title(), text)

    def shutdown(self) -> None:
        self._writer.waitForDone(5000)

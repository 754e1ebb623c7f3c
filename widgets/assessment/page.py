"""The 考评 tab: a month's assessment (月度考评) — the windows' and the staff's ranking
with the 红榜/黑榜 and titles, each person's attendance calendar and performance, the
scores as a chart — the reports back to every unit (导出各单位…), and the director's
titles (红旗窗口, 示范岗).

The assessment is counted off the UI thread by app/assessment; the page shows it."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QCoreApplication, QSettings, Qt, QThreadPool
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.assessment import MonthAssessment, StaffAssessment, WindowAssessment, assess
from app.assessment.monthly import award_title
from app.assessment.report_files import Written, write_month
from app.attendance import ClockFileRejected, ClockImport, add_leave, import_clock_file
from app.attendance.leave import KIND_WORDS
from app.briefing.terms import Month, last_finished_month
from app.errors import UserError
from app.hall_time import default_tz, hall_tz
from app.i18n import message
from app.records.titles import KINDS, titles, withdraw
from app.security.permissions import allows
from widgets.assessment.calendar import AttendanceCalendar
from widgets.assessment.chart import ScoreChart
from widgets.context import AppContext
from widgets.forms import ok_cancel
from widgets.import_report import ImportReport
from widgets.pages import Page
from widgets.record_tab import page_column, record_table
from widgets.table_model import Column, TableModel
from widgets.tasks import first_line, run_now, run_task

FOLDER_KEY = "assessment/folder"
RED_ROW = QColor("#ffebee")
BLACK_ROW = QColor("#e0e0e0")
MONTHS_SHOWN = 13


@dataclass
class _Loaded:
    assessment: MonthAssessment
    today: dt.date


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _minutes(seconds: float | None) -> str:
    return "—" if seconds is None else f"{seconds / 60:.1f}"


def _score(value: float) -> str:
    return f"{value:.1f}" if abs(value * 10 - round(value * 10)) < 1e-6 else f"{value:g}"


def _rank(value: int | None) -> str:
    return "—" if value is None else str(value)


def board_word(board: str) -> str:
    return {"red": QCoreApplication.translate("AssessmentPage", "Red board"),
            "black": QCoreApplication.translate("AssessmentPage", "Black board")}.get(board, "")


def title_names(kinds: list[str]) -> str:
    return "、".join(KINDS[k][0] for k in kinds if k in KINDS)


class _Ranked(TableModel[Any]):
    def cell_data(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            return RED_ROW if row.board == "red" else BLACK_ROW if row.board == "black" \
                else None
        if role == Qt.ItemDataRole.ForegroundRole and row.rank is None:
            return QColor("#757575")
        return None


def _attendance(s: StaffAssessment, field: str) -> Any:
    """A count of the person's attendance; None (shown empty) without a clock import."""
    return None if s.attendance is None else getattr(s.attendance, field)


def _plain(text: str) -> QLabel:
    """A label that shows a name as typed, never as rich text."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class TitleDialog(QDialog):
    """Award a title to the chosen window or person, for the month or its quarter."""

    def __init__(self, holder: str, is_window: bool, month: Month,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Award title"))
        form = QFormLayout(self)
        form.addRow(self.tr("Holder"), _plain(holder))
        self.kind = QComboBox()
        for key, (name, holders) in KINDS.items():
            if ("window" if is_window else "staff") in holders:
                self.kind.addItem(name, key)
        form.addRow(self.tr("Title"), self.kind)
        self.term = QComboBox()
        quarter = f"{month.year}Q{(month.month - 1) // 3 + 1}"
        self.term.addItem(self.tr("Month %1").replace("%1", month.key), month.key)
        self.term.addItem(self.tr("Quarter %1").replace("%1", quarter), quarter)
        form.addRow(self.tr("For"), self.term)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(ok_cancel(self))

    def values(self) -> tuple[str, str, str]:
        return self.kind.currentData(), self.term.currentData(), self.note.text()


class LeaveDialog(QDialog):
    """Leave (请假), a business trip (出差) or a rest day (公休) over a range of days."""

    def __init__(self, holder: str, start: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter leave"))
        form = QFormLayout(self)
        form.addRow(self.tr("Staff"), _plain(holder))
        self.first, self.last = QDateEdit(start), QDateEdit(start)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        self.kind = QComboBox()
        for key, word in KIND_WORDS.items():
            self.kind.addItem(word, key)
        form.addRow(self.tr("Kind"), self.kind)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(ok_cancel(self))

    def values(self) -> tuple[dt.date, dt.date, str, str]:
        return (self.first.date().toPyDate(), self.last.date().toPyDate(),
                self.kind.currentData(), self.note.text())


class AssessmentPage(Page):
    NAME = "assessment"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AssessmentPage", "Monthly assessment")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role = context.role
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self.assessment: MonthAssessment | None = None
        self.last_written: Written | None = None
        self.last_import: ClockImport | None = None
        self.last_report: ImportReport | None = None
        self.warn: Callable[[str], None] = self._message_box
        self._build()

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.title(), text)

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        tr = self.tr
        self.month = QComboBox()
        # the hall's usual zone until the database says (a UTC machine is eight hours
        # behind Shanghai on the 1st of a month)
        today = dt.datetime.fromtimestamp(self.context.clock(), default_tz()).date()
        self._fill_months(today)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Month")))
        bar.addWidget(self.month)
        for key, text, action in (
                ("import", tr("Import clock file…"), "attendance.import"),
                ("leave", tr("Enter leave…"), "attendance.leave"),
                ("export", tr("Export unit reports…"), "assessment.export"),
                ("award", tr("Award title…"), "assessment.title"),
                ("withdraw", tr("Withdraw title…"), "assessment.title")):
            button = QPushButton(text)
            button.setVisible(allows(self.role, action))
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet("color: #b26a00;")
        self.notice.setWordWrap(True)

        self.window_model = _Ranked([
            Column(tr("Rank"), lambda w: w.rank, text=_rank, right=True,
                   sort=lambda w: w.rank or 10**6),
            Column(tr("Window"), lambda w: w.code + (f" {w.label}" if w.label else "")),
            Column(tr("Unit"), lambda w: w.department_name),
            Column(tr("Served"), lambda w: w.served),
            Column(tr("Satisfaction"), lambda w: w.satisfaction, text=_rate, right=True),
            Column(tr("Deducted"), lambda w: sum(w.deductions.values()), text=_score,
                   right=True),
            Column(tr("Score"), lambda w: w.score, text=_score, right=True),
            Column(tr("Board"), lambda w: board_word(w.board)),
            Column(tr("Titles"), lambda w: title_names(w.titles)),
        ], self)
        self.staff_model = _Ranked([
            Column(tr("Rank"), lambda s: s.rank, text=_rank, right=True,
                   sort=lambda s: s.rank or 10**6),
            Column(tr("Staff no."), lambda s: s.code),
            Column(tr("Name"), lambda s: s.name),
            Column(tr("Unit"), lambda s: s.department_name),
            Column(tr("Windows"), lambda s: "、".join(s.windows)),
            Column(tr("Served"), lambda s: s.served),
            Column(tr("Avg service (min)"),
                   lambda s: None if s.figures is None else s.figures.avg_service_s,
                   text=_minutes, right=True),
            Column(tr("Evaluation rate"),
                   lambda s: None if s.figures is None else s.figures.evaluation_rate,
                   text=_rate, right=True),
            Column(tr("Late"), lambda s: self._attendance(s, "late"), right=True),
            Column(tr("Left early"), lambda s: self._attendance(s, "early"), right=True),
            Column(tr("Punch missing"), lambda s: self._attendance(s, "missing"), right=True),
            Column(tr("Absent"), lambda s: self._attendance(s, "absent"), right=True),
            Column(tr("Deducted"), lambda s: sum(s.deductions.values()), text=_score,
                   right=True),
            Column(tr("Score"), lambda s: s.score, text=_score, right=True),
            Column(tr("Board"), lambda s: board_word(s.board)),
            Column(tr("Titles"), lambda s: title_names(s.titles)),
        ], self)
        self.windows = record_table(self.window_model, (44, 130, 110, 60, 70, 60, 56, 56),
                                    row_height=22, stretch_last=True)
        self.staff = record_table(self.staff_model,
                                  (38, 46, 52, 92, 40, 62, 92, 52, 36, 36, 36, 36, 40, 44,
                                   46), row_height=22, stretch_last=True)
        self.tables = QTabWidget()
        self.tables.addTab(self.staff, tr("Staff"))
        self.tables.addTab(self.windows, tr("Windows"))
        self.calendar = AttendanceCalendar()
        self.chart = ScoreChart()
        self.detail = QTextBrowser()
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.calendar, self.chart, self.detail):
            right.addWidget(widget)
        right.setSizes([230, 170, 200])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.tables)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([800, 520])
        column = QVBoxLayout()
        column.addWidget(self.notice)
        page_column(self, (bar, column), body)
        for table in (self.windows, self.staff):
            selection = table.selectionModel()
            assert selection is not None
            selection.currentRowChanged.connect(lambda *_: self._show_current())
        self.tables.currentChanged.connect(lambda _i: self._show_current())
        self.month.currentIndexChanged.connect(lambda _i: self.refresh())
        self.buttons["import"].clicked.connect(self._ask_import)
        self.buttons["leave"].clicked.connect(self._ask_leave)
        self.buttons["export"].clicked.connect(self._ask_export)
        self.buttons["award"].clicked.connect(self._ask_award)
        self.buttons["withdraw"].clicked.connect(self._ask_withdraw)

    def _attendance(self, s: StaffAssessment, field: str) -> Any:
        if self.assessment is None or not self.assessment.attendance_imported:
            return None
        return _attendance(s, field)

    def _fill_months(self, today: dt.date) -> None:
        self._base = today.replace(day=1)
        self.month.blockSignals(True)
        chosen = self.month.currentData()
        self.month.clear()
        current = Month(today.year, today.month)
        for i in range(MONTHS_SHOWN):
            m = current.shifted(-i)
            self.month.addItem(m.title, m)
        default = last_finished_month(today)
        # the user's own choice stays; the default follows the hall's date
        wanted = chosen if chosen is not None and chosen != getattr(
            self, "_default", None) else default
        self._default = default
        for i in range(self.month.count()):
            if self.month.itemData(i) == wanted:
                self.month.setCurrentIndex(i)
        self.month.blockSignals(False)

    def chosen_month(self) -> Month:
        month: Month = self.month.currentData()
        return month

    # -- loading ---------------------------------------------------------------------
    def _load(self) -> _Loaded:
        month, now = self.chosen_month(), self.context.clock()
        with self.context.db.read() as session:
            tz = hall_tz(session)
            return _Loaded(assess(session, month, now),
                           dt.datetime.fromtimestamp(now, tz).date())

    def refresh(self) -> None:
        run_task(self._load, self._loaded, owner=self)

    def load_now(self) -> None:
        run_now(self._load, self._loaded)

    def _loaded(self, result: _Loaded | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.status.setText(self.tr("The assessment cannot be counted: %1")
                                .replace("%1", first_line(error)))
            return
        if result.assessment.month != self.chosen_month():
            return       # a month chosen meanwhile: its own load follows
        if result.today.replace(day=1) != self._base:
            self._fill_months(result.today)
        a = self.assessment = result.assessment
        chosen = self.current()
        self.window_model.set_rows(a.windows)
        self.staff_model.set_rows(a.staff)
        ranked = sum(1 for s in a.staff if s.rank is not None)
        self.status.setText(self.tr("%1 staff ranked, %2 windows ranked")
                            .replace("%1", str(ranked))
                            .replace("%2", str(sum(1 for w in a.windows
                                                   if w.rank is not None))))
        self.notice.setText("" if a.attendance_imported else self.tr(
            "No attendance was imported for %1: attendance shows no data (nobody is "
            "counted absent). Import the clock's export first.").replace("%1", a.month.title))
        self.notice.setVisible(not a.attendance_imported)
        if not self._select(chosen):
            for table, rows in ((self.staff, a.staff), (self.windows, a.windows)):
                if rows:
                    table.selectRow(0)
        self._show_current()

    # -- selection -------------------------------------------------------------------
    def current(self) -> WindowAssessment | StaffAssessment | None:
        if self.tables.currentWidget() is self.windows:
            return self.window_model.row_at(self.windows.currentIndex().row())
        return self.staff_model.row_at(self.staff.currentIndex().row())

    def _select(self, row: Any) -> bool:
        if row is None or self.assessment is None:
            return False
        if isinstance(row, StaffAssessment):
            table = self.staff
            found = [i for i, r in enumerate(self.assessment.staff)
                     if r.staff_id == row.staff_id]
        else:
            table = self.windows
            found = [i for i, r in enumerate(self.assessment.windows) if r.code == row.code]
        if found:
            table.selectRow(found[0])
        return bool(found)

    def _show_current(self) -> None:
        a, row = self.assessment, self.current()
        if a is None:
            return
        on_staff = self.tables.currentWidget() is self.staff
        self.chart.show_rows(a.staff if on_staff else a.windows,
                             self.tr("Staff scores") if on_staff else self.tr("Window scores"),
                             row)
        if isinstance(row, StaffAssessment):
            no_data = "" if a.attendance_imported else self.tr("no attendance imported")
            days = None if row.attendance is None else row.attendance.days
            self.calendar.show_month(a.month.year, a.month.month,
                                     f"{row.code} {row.name} {a.month.title}", days, no_data)
        else:
            self.calendar.show_month(a.month.year, a.month.month, a.month.title, None,
                                     self.tr("choose a person to see the attendance"))
        self.detail.setHtml("" if row is None else self._detail_html(a, row))

    def _detail_html(self, a: MonthAssessment, row: Any) -> str:
        e = html.escape
        name = f"{row.code} {row.name}" if isinstance(row, StaffAssessment) else row.code
        said = (self.tr("score %1, rank %2").replace("%2", _rank(row.rank))
                if row.rank is not None
                else self.tr("score %1, not ranked (no service this month)"))
        parts = [f"<b>{e(name)}</b> — {e(row.department_name)}: "
                 + e(said.replace("%1", _score(row.score)))]
        if row.titles:
            parts.append(f"<p>{e(title_names(row.titles))}</p>")
        if isinstance(row, StaffAssessment) and row.figures is not None:
            f = row.figures
            parts.append("<p>" + e(self.tr(
                "%1 served, average %2 min, idle %3 min, %4 pauses (%5 min), evaluation "
                "rate %6, %7 bad ratings, evaluation device off %8 min, %9 substantiated "
                "complaints, %10 inspection findings")
                .replace("%10", str(f.findings)).replace("%1", str(f.services))
                .replace("%2", _minutes(f.avg_service_s)).replace("%3", _minutes(f.idle_s))
                .replace("%4", str(f.pauses)).replace("%5", _minutes(f.paused_s))
                .replace("%6", _rate(f.evaluation_rate)).replace("%7", str(f.bad))
                .replace("%8", _minutes(f.evaluator_off_s))
                .replace("%9", str(f.complaints))) + "</p>")
        if row.deductions:
            words = self._deduction_words()
            parts.append("<ul>" + "".join(
                f"<li>{e(words.get(k, k))} −{_score(v)}</li>"
                for k, v in sorted(row.deductions.items())) + "</ul>")
        parts.append(f"<p style='color:#555'>{e(a.ranking_rule)}</p>")
        if isinstance(row, StaffAssessment):
            parts.append(f"<p style='color:#555'>{e(a.staff_rule)}</p>")
        return "".join(parts)

    def _deduction_words(self) -> dict[str, str]:
        return {"bad_evaluation_substantiated": self.tr("substantiated complaints from bad "
                                                        "evaluations"),
                "other_substantiated": self.tr("other substantiated complaints"),
                "inspection_finding": self.tr("inspection findings"),
                "red_card": self.tr("red-card cases"), "late": self.tr("late arrivals"),
                "early": self.tr("early departures"), "missing": self.tr("missing punches"),
                "absent": self.tr("days absent")}

    # -- actions ---------------------------------------------------------------------
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the clock's export"), "",
            self.tr("Clock exports (*.xlsx *.xls *.csv)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        ctx = self.context
        self.status.setText(self.tr("Importing %1…").replace("%1", path.rsplit("/", 1)[-1]))

        def work() -> ClockImport:
            return import_clock_file(ctx.db, path, actor=ctx.account, role=self.role,
                                     now=ctx.clock())

        def finished(result: ClockImport | None, error: BaseException | None) -> None:
            if isinstance(error, ClockFileRejected):
                self.status.setText("")
                self.last_report = ImportReport(path.rsplit("/", 1)[-1],
                                                error.report.problems, self)
                self.last_report.open()
                return
            if error is not None or result is None:
                self.status.setText("")
                self.warn(message(error) if isinstance(error, UserError)
                          else first_line(error))
                return
            self.last_import = result
            self.status.setText(self.tr("%1 punches added, %2 already there")
                                .replace("%1", str(result.added))
                                .replace("%2", str(result.known)))
            self.refresh()

        run_task(work, finished, self._writer, owner=self)

    def _ask_leave(self) -> None:
        row = self.current()
        if not isinstance(row, StaffAssessment):
            self.warn(self.tr("Choose a person in the staff table first."))
            return
        month = self.chosen_month()
        dialog = LeaveDialog(f"{row.code} {row.name}", dt.date(month.year, month.month, 1),
                             self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.enter_leave(row.code, *dialog.values())

    def enter_leave(self, staff: str, first: dt.date, last: dt.date, kind: str,
                    note: str) -> None:
        ctx = self.context
        self._write(lambda s: add_leave(s, staff, first, last, kind, note,
                                        actor=ctx.account, role=self.role, now=ctx.clock()))

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the unit reports"),
            str(QSettings().value(FOLDER_KEY, "") or ""))
        if folder:
            QSettings().setValue(FOLDER_KEY, folder)
            self.export_to(folder)

    def export_to(self, folder: str) -> None:
        ctx, month = self.context, self.chosen_month()
        self.buttons["export"].setEnabled(False)
        self.status.setText(self.tr("Writing the unit reports…"))

        def work() -> Written:
            return write_month(ctx.db, month, folder, ctx.clock(), actor=ctx.account,
                               role=self.role)

        def finished(result: Written | None, error: BaseException | None) -> None:
            self.buttons["export"].setEnabled(True)
            if error is not None or result is None:
                self.status.setText("")
                self.warn(message(error) if isinstance(error, UserError)
                          else first_line(error))
                return
            self.last_written = result
            self.status.setText(self.tr("%1 files for %2 units written to %3")
                                .replace("%1", str(len(result.files)))
                                .replace("%2", str(result.units))
                                .replace("%3", str(result.folder)))

        run_task(work, finished, self._writer, owner=self)

    def _write(self, func: Callable[[Any], Any]) -> None:
        ctx = self.context

        def work() -> Any:
            with ctx.db.write() as session:
                return func(session)

        def finished(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.warn(message(error) if isinstance(error, UserError)
                          else first_line(error))
                return
            self.refresh()

        run_task(work, finished, self._writer, owner=self)

    def _ask_award(self) -> None:
        row = self.current()
        if row is None or row.rank is None:
            self.warn(self.tr("Choose a ranked window or person first: titles are "
                              "awarded from the ranking."))
            return
        is_window = isinstance(row, WindowAssessment)
        holder = f"{row.code} {row.name}" if isinstance(row, StaffAssessment) else row.code
        assert self.assessment is not None
        dialog = TitleDialog(holder, is_window, self.assessment.month, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.award(row, *dialog.values())

    def award(self, row: Any, kind: str, term: str, note: str) -> None:
        ctx = self.context
        window = row.code if isinstance(row, WindowAssessment) else None
        staff = row.code if isinstance(row, StaffAssessment) else None
        self._write(lambda s: award_title(s, ctx.account, self.role, term=term, kind=kind,
                                          window=window, staff=staff, note=note,
                                          now=ctx.clock()))

    def _ask_withdraw(self) -> None:
        month = self.chosen_month()
        quarter = f"{month.year}Q{(month.month - 1) // 3 + 1}"
        with self.context.db.read() as session:
            held = titles(session, [month.key, quarter])
        if not held:
            self.warn(self.tr("No titles are held for %1.").replace("%1", month.title))
            return
        labels = [f"{t.id}: {t.term} {t.name} {t.holder} {t.holder_name}" for t in held]
        chosen, ok = QInputDialog.getItem(self, self.tr("Withdraw title"),
                                          self.tr("Title"), labels, 0, False)
        if not ok:
            return
        note, ok = QInputDialog.getText(self, self.tr("Withdraw title"),
                                        self.tr("Why is it withdrawn?"))
        if ok:
            self.withdraw(held[labels.index(chosen)].id, note)

    def withdraw(self, title_id: int, note: str) -> None:
        ctx = self.context
        self._write(lambda s: withdraw(s, ctx.account, self.role, title_id, note=note,
                                       ts=ctx.clock()))

"""The working-day calendar: a year as twelve month grids (holidays red, make-up
working days marked 班, the official package's days told apart from the office's),
a range entered in one step with a preview of what it moves, and the calendar file."""

from __future__ import annotations

import calendar as months
import datetime as dt

from PyQt6.QtCore import QDate, Qt
from PyQt6.QtGui import QColor, QFont
from PyQt6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.calendar import (
    MAX_NOTE,
    CalendarChange,
    WorkCalendar,
    day_problem,
    day_range,
    office_days,
    package_covers,
    package_days,
)
from app.errors import UserError
from app.i18n import message
from app.io.xlsx import SheetRejected
from app.records.calendar_days import preview_days, set_days
from widgets.context import AppContext
from widgets.import_report import ImportReport
from widgets.settings.common import apply, guard, may, who

RED, WORK, OFFICE = QColor("#ffcdd2"), QColor("#fff3e0"), QColor("#1565c0")


class MonthGrid(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(6, 7, parent)
        self.setHorizontalHeaderLabels(["一", "二", "三", "四", "五", "六", "日"])
        for header in (self.horizontalHeader(), self.verticalHeader()):
            assert header is not None
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(10)
        vertical = self.verticalHeader()
        assert vertical is not None
        vertical.setVisible(False)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setMinimumHeight(130)


class CalendarPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = dt.datetime.fromtimestamp(context.clock()).date()
        self.year = QSpinBox()
        self.year.setRange(2000, 2200)
        self.year.setValue(today.year + 1 if today.month >= 11 else today.year)
        self.year.setObjectName("calendar_year")
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        self.grids: list[tuple[QLabel, MonthGrid]] = []
        grid = QGridLayout()
        for m in range(12):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            month = MonthGrid()
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(label)
            box.addWidget(month)
            grid.addLayout(box, m // 4, m % 4)
            self.grids.append((label, month))
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setCalendarPopup(True)
            edit.setDate(QDate(self.year.value(), 1, 1))
        self.first.setObjectName("range_first")
        self.last.setObjectName("range_last")
        self.kind = QComboBox()
        self.kind.addItem(self.tr("休 holiday"), False)
        self.kind.addItem(self.tr("班 make-up working day"), True)
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("e.g. 春节"))
        self.note.setObjectName("range_note")
        self.preview_label = QLabel()
        self.preview_label.setObjectName("calendar_preview")
        self.preview_label.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview"))
        self.save = QPushButton(self.tr("Enter the days"))
        self.save.setObjectName("calendar_save")
        self.import_button = QPushButton(self.tr("Import file…"))
        self.export_button = QPushButton(self.tr("Export file…"))
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.save, self.import_button, self.export_button):
            buttons.addWidget(b)
        side = QGroupBox(self.tr("Enter a range"))
        sv = QVBoxLayout(side)
        sv.addLayout(form)
        sv.addLayout(buttons)
        sv.addWidget(self.preview_label)
        sv.addStretch(1)
        legend = QLabel(self.tr("Red: holiday · 班: make-up working day · blue text: entered "
                                "by the office · others from the official calendar"))
        legend.setWordWrap(True)
        sv.addWidget(legend)
        body = QHBoxLayout()
        body.addLayout(grid, 3)
        body.addWidget(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        for b in (self.preview_button, self.save, self.import_button, self.export_button):
            guard(b, context, "calendar.set")
        self.year.valueChanged.connect(self._year_changed)
        for w in (self.first, self.last):
            w.dateChanged.connect(lambda _d: self.check())
        self.note.textChanged.connect(lambda _t: self.check())
        self.preview_button.clicked.connect(self.preview)
        self.save.clicked.connect(self.enter)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(self._export)

    def _year_changed(self, year: int) -> None:
        for edit in (self.first, self.last):
            if edit.date().year() != year:
                edit.setDate(QDate(year, 1, 1))
        self.reload()

    def _who(self) -> dict[str, str]:
        return {"actor": self.context.account, "role": self.context.role}

    def reload(self) -> None:
        year = self.year.value()
        with self.context.db.read() as session:
            office = {d.day: (d.workday, d.note) for d in office_days(session, year)}
        official = package_days(year)
        covered = package_covers(year)
        work = WorkCalendar({d: w for d, (w, _n) in office.items()})
        if covered:
            self.status.setText(self.tr("%1: the official calendar covers this year.")
                                .replace("%1", str(year)))
        elif office:
            self.status.setText(self.tr("%1: not in the official calendar; %2 days entered "
                                        "by the office.").replace("%1", str(year))
                                .replace("%2", str(len(office))))
        else:
            self.status.setText(self.tr("%1: not in the official calendar and nothing entered "
                                        "yet — Monday to Friday is assumed. Enter the State "
                                        "Council's holidays here.").replace("%1", str(year)))
            self.status.setStyleSheet("background:#fff59d;padding:2px 4px")
        if covered or office:
            self.status.setStyleSheet("")
        for m, (label, grid) in enumerate(self.grids, 1):
            label.setText(self.tr("%1 month").replace("%1", str(m)))
            grid.clearContents()
            first_weekday, days = months.monthrange(year, m)
            for d in range(1, days + 1):
                day = dt.date(year, m, d)
                slot = first_weekday + d - 1
                item = QTableWidgetItem(str(d))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                workday = work.is_workday(day)
                note = office.get(day, official.get(day, (workday, "")))[1]
                if not workday and (day in office or day in official):
                    item.setBackground(RED)
                elif not workday:
                    item.setBackground(QColor("#eeeeee"))
                if workday and day.weekday() >= 5:
                    item.setText(f"{d}班")
                    item.setBackground(WORK)
                font = QFont()
                if day in office:
                    item.setForeground(OFFICE)
                    font.setBold(True)
                if workday and day.weekday() >= 5:
                    font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))  # "20班" fits
                item.setFont(font)
                source = (self.tr("entered by the office") if day in office else
                          self.tr("official calendar") if day in official else "")
                item.setToolTip(" ".join(t for t in (day.isoformat(), note,
                                                     f"({source})" if source else "") if t))
                grid.setItem(slot // 7, slot % 7, item)
        self.check()

    def entries(self) -> list[tuple[dt.date, bool, str]]:
        return day_range(self.first.date().toPyDate(), self.last.date().toPyDate(),
                         bool(self.kind.currentData()), self.note.text())

    def problem(self) -> str | None:
        try:
            entries = self.entries()
        except UserError as error:
            return message(error)
        for day, _w, note in entries:
            why = day_problem(day, note)
            if why:
                return why
        return None

    def check(self) -> None:
        why = self.problem()
        if may(self.context, "calendar.set"):
            for b in (self.save, self.preview_button):
                b.setEnabled(why is None)
                b.setToolTip(why or "")
        self.preview_label.setText(why or "")

    def _said(self, change: CalendarChange, done: bool) -> str:
        text = (self.tr("Entered %1 days: %2 case due dates and %3 complaint deadlines "
                        "were counted again.") if done else
                self.tr("Entering %1 days would count again %2 case due dates and %3 "
                        "complaint deadlines."))
        return (text.replace("%1", str(change.days)).replace("%2", str(change.due_dates_moved))
                .replace("%3", str(change.complaint_deadlines_moved)))

    def preview(self) -> CalendarChange | None:
        try:
            change = preview_days(self.context.db, self.entries(), self.context.account,
                                  role=self.context.role, now=self.context.clock())
        except UserError as error:
            self.preview_label.setText(message(error))
            return None
        self.preview_label.setText(self._said(change, False))
        return change

    def enter(self) -> None:
        entries = self.entries()
        change = apply(self, self.context, lambda s: set_days(
            s, entries, self.context.account, role=self.context.role,
            now=self.context.clock()), self.tr("Calendar"))
        if change is not None:
            self.reload()
            self.preview_label.setText(self._said(change, True))

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import calendar"), "",
                                              "Calendar (*.csv *.xlsx)")
        if not path:
            return
        from app.setup.calendar_file import import_calendar

        try:
            change = import_calendar(self.context.db, path, **who(self.context),
                                     now=self.context.clock())
        except SheetRejected as rejected:
            ImportReport(path.rsplit("/", 1)[-1], rejected.problems, self).exec()
            return
        except UserError as error:
            QMessageBox.warning(self, self.tr("Calendar"), message(error))
            return
        self.reload()
        self.preview_label.setText(self._said(change, True))

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"),
                                              f"{self.year.value()}.csv",
                                              "Calendar (*.csv *.xlsx)")
        if not path:
            return
        from app.setup.calendar_file import export_calendar

        try:
            export_calendar(self.context.db, path, **who(self.context), year=self.year.value())
        except UserError as error:
            QMessageBox.warning(self, self.tr("Calendar"), message(error))

"""The hall pane: name, issuing unit, time zone, opening hours per weekday with the
lunch break, and the floors."""

from __future__ import annotations

from PyQt6.QtCore import QTime
from PyQt6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.config import WeeklyHours
from app.setup.hall_profile import (
    Floor,
    HallProfile,
    load_profile,
    profile_problem,
    save_profile,
)
from widgets.context import AppContext
from widgets.settings.common import apply, guard, may, watch


def _time(text: str) -> QTimeEdit:
    edit = QTimeEdit(QTime.fromString(text, "HH:mm"))
    edit.setDisplayFormat("HH:mm")
    return edit


class HallPane(QWidget):
    """Signals: none; saves through app.setup.hall_profile."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.revision = 0
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.unit = QLineEdit()
        self.unit.setMaxLength(200)
        self.unit.setPlaceholderText(self.tr("e.g. 区政务服务管理办公室 (printed on the briefing)"))
        self.timezone = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("Hall name"), self.name)
        form.addRow(self.tr("Issuing unit"), self.unit)
        form.addRow(self.tr("Time zone"), self.timezone)
        hours = QGridLayout()
        names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                 self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                 self.tr("Sunday"))
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for i, name in enumerate(names):
            row = (QCheckBox(name), _time("09:00"), _time("17:30"))
            self.days.append(row)
            hours.addWidget(row[0], i, 0)
            hours.addWidget(QLabel(self.tr("opens")), i, 1)
            hours.addWidget(row[1], i, 2)
            hours.addWidget(QLabel(self.tr("closes")), i, 3)
            hours.addWidget(row[2], i, 4)
        self.lunch = (QCheckBox(self.tr("Lunch break")), _time("12:00"), _time("13:30"))
        hours.addWidget(self.lunch[0], 7, 0)
        hours.addWidget(QLabel(self.tr("from")), 7, 1)
        hours.addWidget(self.lunch[1], 7, 2)
        hours.addWidget(QLabel(self.tr("to")), 7, 3)
        hours.addWidget(self.lunch[2], 7, 4)
        form.addRow(self.tr("Opening hours"), hours)
        self.floors = QTableWidget(0, 2)
        self.floors.setHorizontalHeaderLabels([self.tr("Floor"), self.tr("Name")])
        self.floors.setMaximumHeight(150)
        header = self.floors.horizontalHeader()
        assert header is not None
        header.setStretchLastSection(True)
        self.floor_number = QSpinBox()
        self.floor_number.setRange(1, 99)
        self.add_floor = QPushButton(self.tr("Add floor"))
        self.remove_floor = QPushButton(self.tr("Remove floor"))
        floor_bar = QHBoxLayout()
        for w in (self.floor_number, self.add_floor, self.remove_floor):
            floor_bar.addWidget(w)
        floor_bar.addStretch(1)
        floors = QVBoxLayout()
        floors.addWidget(self.floors)
        floors.addLayout(floor_bar)
        form.addRow(self.tr("Floors"), floors)
        self.error = QLabel()
        self.error.setObjectName("form_error")
        self.error.setStyleSheet("color:#b71c1c")
        self.save = QPushButton(self.tr("Save"))
        self.save.setObjectName("hall_save")
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(bottom)
        fields: list[QWidget] = [self.name, self.unit, self.timezone, *self.lunch,
                                 *[x for d in self.days for x in d]]
        for field in fields:
            watch(field, self.check)
        self.floors.itemChanged.connect(lambda _i: self.check())
        self.add_floor.clicked.connect(self._add_floor)
        self.remove_floor.clicked.connect(self._remove_floor)
        self.save.clicked.connect(self._save)
        self.editable = may(context, "setup.hall")
        for w in (self.add_floor, self.remove_floor, self.save):
            guard(w, context, "setup.hall")
        if not self.editable:                 # the office sees the hall, read-only
            for field in fields:
                field.setEnabled(False)
            self.floors.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            self.floor_number.setEnabled(False)

    def reload(self) -> None:
        with self.context.db.read() as session:
            p = load_profile(session)
        self.revision = p.revision
        self.name.setText(p.name)
        self.unit.setText(p.issuing_unit)
        self.timezone.setText(p.timezone)
        for (box, opens, closes), day in zip(self.days, p.hours.days, strict=True):
            box.setChecked(day is not None)
            if day:
                opens.setTime(QTime.fromString(day[0], "HH:mm"))
                closes.setTime(QTime.fromString(day[1], "HH:mm"))
        self.lunch[0].setChecked(p.hours.lunch is not None)
        if p.hours.lunch:
            self.lunch[1].setTime(QTime.fromString(p.hours.lunch[0], "HH:mm"))
            self.lunch[2].setTime(QTime.fromString(p.hours.lunch[1], "HH:mm"))
        self.floors.blockSignals(True)
        self.floors.setRowCount(0)
        for f in p.floors:
            self._floor_row(f)
        self.floors.blockSignals(False)
        self.check()

    def _floor_row(self, f: Floor) -> None:
        row = self.floors.rowCount()
        self.floors.insertRow(row)
        number = QTableWidgetItem(str(f.number))
        self.floors.setItem(row, 0, number)
        self.floors.setItem(row, 1, QTableWidgetItem(f.name))

    def _add_floor(self) -> None:
        self._floor_row(Floor(self.floor_number.value()))
        self.check()

    def _remove_floor(self) -> None:
        row = self.floors.currentRow()
        if row >= 0:
            self.floors.removeRow(row)
            self.check()

    def profile(self) -> HallProfile:
        days = tuple((o.time().toString("HH:mm"), c.time().toString("HH:mm"))
                     if box.isChecked() else None for box, o, c in self.days)
        lunch = ((self.lunch[1].time().toString("HH:mm"),
                  self.lunch[2].time().toString("HH:mm")) if self.lunch[0].isChecked()
                 else None)
        floors = []
        for row in range(self.floors.rowCount()):
            number, name = self.floors.item(row, 0), self.floors.item(row, 1)
            text = number.text().strip() if number is not None else ""
            floors.append(Floor(int(text) if text.isdigit() else 0,
                                name.text() if name is not None else ""))
        return HallProfile(self.name.text(), self.unit.text(), self.timezone.text(),
                           WeeklyHours(days, lunch), tuple(floors), self.revision)

    def check(self) -> None:
        why = profile_problem(self.profile())
        self.error.setText(why or "")
        if self.editable:
            self.save.setEnabled(why is None)
            self.save.setToolTip(why or "")

    def _save(self) -> None:
        wanted = self.profile()
        done = apply(self, self.context, lambda s: save_profile(
            s, wanted, actor=self.context.account, role=self.context.role,
            expected_revision=self.revision), self.tr("Hall"))
        if done is not None:
            self.reload()

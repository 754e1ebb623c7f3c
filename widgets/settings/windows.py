"""Departments and windows: add, rename, retire, move, place on the floor plan (row
and column fields, checked as the hall file is), and each window's service items."""

from __future__ import annotations

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.setup import windows as svc
from app.setup.common import text_problem
from widgets.context import AppContext
from widgets.settings.common import FormDialog, apply, guard, may, selected, table, who, yes_no
from widgets.table_model import Column

translate = QCoreApplication.translate
PLAN_SIZE = 8          # rows and columns of the floor plan shown at least


class WindowDialog(FormDialog):
    def __init__(self, context: AppContext, departments: list[svc.DepartmentRow],
                 current: svc.WindowRow | None, parent: QWidget | None = None) -> None:
        self.context, self.new = context, current is None
        self.code = QLineEdit(current.code if current else "")
        self.code.setMaxLength(16)
        self.code.setEnabled(current is None)
        self.department = QComboBox()
        for d in departments:
            if not d.retired:
                self.department.addItem(f"{d.code}  {d.name}", d.code)
        if current is not None:
            self.department.setCurrentIndex(max(0, self.department.findData(current.department)))
        self.label = QLineEdit(current.label if current else "")
        self.floor = QSpinBox()
        self.floor.setRange(1, 99)
        self.floor.setValue(current.floor if current else 1)
        self.placed = QCheckBox(translate("WindowDialog", "on the floor plan"))
        self.placed.setChecked(current is None or current.row is not None)
        self.row, self.col = QSpinBox(), QSpinBox()
        for spin, value in ((self.row, current.row if current else 0),
                            (self.col, current.col if current else 0)):
            spin.setRange(0, svc.MAX_GRID - 1)
            spin.setValue(value or 0)
        super().__init__(
            translate("WindowDialog", "New window") if current is None
            else translate("WindowDialog", "Window %1").replace("%1", current.code),
            [(translate("WindowDialog", "Code"), self.code),
             (translate("WindowDialog", "Department"), self.department),
             (translate("WindowDialog", "Label"), self.label),
             (translate("WindowDialog", "Floor"), self.floor),
             ("", self.placed),
             (translate("WindowDialog", "Row"), self.row),
             (translate("WindowDialog", "Column"), self.col)], self._problem, parent)

    def values(self) -> svc.WindowValues:
        placed = self.placed.isChecked()
        return svc.WindowValues(self.code.text().strip(), str(self.department.currentData()),
                                self.label.text(), self.floor.value(),
                                self.row.value() if placed else None,
                                self.col.value() if placed else None)

    def _problem(self) -> str | None:
        if self.department.count() == 0:
            return translate("WindowDialog", "Add a department first.")
        with self.context.db.read() as session:
            return svc.window_problem(session, self.values(), new=self.new)


class WindowsPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.departments: list[svc.DepartmentRow] = []
        self.dept_model, self.dept_view = table([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Department"), lambda r: r.name),
            Column(self.tr("Windows"), lambda r: r.windows),
            Column(self.tr("Staff"), lambda r: r.staff),
            Column(self.tr("Retired"), lambda r: yes_no(r.retired))], (60, 150, 60, 50, 50))
        self.win_model, self.win_view = table([
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Department"), lambda r: r.department_name),
            Column(self.tr("Label"), lambda r: r.label),
            Column(self.tr("Floor"), lambda r: r.floor),
            Column(self.tr("Place"), lambda r: "" if r.row is None else f"{r.row},{r.col}"),
            Column(self.tr("Service items"), lambda r: "、".join(r.services)),
            Column(self.tr("Retired"), lambda r: yes_no(r.retired))],
            (60, 110, 100, 40, 50, 150, 50))
        self.win_view.setObjectName("windows_table")
        b = {name: QPushButton(text) for name, text in (
            ("add_dept", self.tr("Add department…")), ("rename", self.tr("Rename…")),
            ("retire_dept", self.tr("Retire / reinstate")),
            ("add_win", self.tr("Add window…")), ("edit_win", self.tr("Change / move…")),
            ("retire_win", self.tr("Retire / reinstate")),
            ("services", self.tr("Service items…")))}
        self.buttons = b
        for name in ("add_dept", "rename", "retire_dept", "add_win", "edit_win", "retire_win"):
            guard(b[name], context, "setup.windows")
        guard(b["services"], context, "setup.services")
        b["add_win"].setObjectName("add_window")
        dept_bar = QHBoxLayout()
        for name in ("add_dept", "rename", "retire_dept"):
            dept_bar.addWidget(b[name])
        dept_bar.addStretch(1)
        win_bar = QHBoxLayout()
        for name in ("add_win", "edit_win", "retire_win", "services"):
            win_bar.addWidget(b[name])
        win_bar.addStretch(1)
        self.plan_floor = QSpinBox()
        self.plan_floor.setRange(1, 99)
        self.plan = QTableWidget(PLAN_SIZE, PLAN_SIZE)
        self.plan.setObjectName("floor_plan")
        for header in (self.plan.horizontalHeader(), self.plan.verticalHeader()):
            assert header is not None
            header.setDefaultSectionSize(54)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Departments")))
        lv.addWidget(self.dept_view, 1)
        lv.addLayout(dept_bar)
        plan_bar = QHBoxLayout()
        plan_bar.addWidget(QLabel(self.tr("Floor plan of floor")))
        plan_bar.addWidget(self.plan_floor)
        plan_bar.addStretch(1)
        lv.addLayout(plan_bar)
        lv.addWidget(self.plan, 1)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Service windows")))
        rv.addWidget(self.win_view, 1)
        rv.addLayout(win_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([480, 700])
        QVBoxLayout(self).addWidget(splitter)
        b["add_dept"].clicked.connect(self._add_department)
        b["rename"].clicked.connect(self._rename)
        b["retire_dept"].clicked.connect(self._retire_department)
        b["add_win"].clicked.connect(lambda: self._window(None))
        b["edit_win"].clicked.connect(lambda: self._window(self._window_row()))
        b["retire_win"].clicked.connect(self._retire_window)
        b["services"].clicked.connect(self._services)
        self.plan_floor.valueChanged.connect(lambda _v: self._draw_plan())
        self.plan.setToolTip(self.tr("Choose a window in the list, then double-click a free "
                                     "cell to place it there."))
        if may(context, "setup.windows"):
            self.plan.cellDoubleClicked.connect(self.place_at)

    def reload(self) -> None:
        with self.context.db.read() as session:
            self.departments = svc.list_departments(session)
            self.windows = svc.list_windows(session)
        self.dept_model.set_rows(self.departments)
        self.win_model.set_rows(self.windows)
        self._draw_plan()

    def _draw_plan(self) -> None:
        floor = self.plan_floor.value()
        placed = [w for w in getattr(self, "windows", []) if not w.retired
                  and w.floor == floor and w.row is not None and w.col is not None]
        size = max([PLAN_SIZE, *[w.row + 1 for w in placed if w.row is not None],
                    *[w.col + 1 for w in placed if w.col is not None]])
        self.plan.clear()
        self.plan.setRowCount(size)
        self.plan.setColumnCount(size)
        for w in placed:
            item = QTableWidgetItem(w.code)
            item.setBackground(QColor("#e3f2fd"))
            item.setToolTip(f"{w.code} {w.label} ({w.department_name})")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.plan.setItem(w.row or 0, w.col or 0, item)

    def place_at(self, row: int, col: int) -> None:
        """Put the window chosen in the list on the shown floor at (row, col), with the
        hall file's checks (a taken cell is refused)."""
        w = self._window_row()
        if w is None:
            return
        values = svc.WindowValues(w.code, w.department, w.label, self.plan_floor.value(),
                                  row, col)
        apply(self, self.context, lambda s: svc.update_window(
            s, w.code, values, expected_revision=w.revision, **who(self.context)),
            self.tr("Windows"))
        self.reload()

    def _dept_row(self) -> svc.DepartmentRow | None:
        row: svc.DepartmentRow | None = selected(self.dept_model, self.dept_view)
        return row

    def _window_row(self) -> svc.WindowRow | None:
        row: svc.WindowRow | None = selected(self.win_model, self.win_view)
        return row

    def _who(self) -> dict[str, str]:
        return {"actor": self.context.account, "role": self.context.role}

    def _add_department(self) -> None:
        code, name = QLineEdit(), QLineEdit()
        code.setMaxLength(16)
        dialog = FormDialog(self.tr("New department"),
                            [(self.tr("Code"), code), (self.tr("Name"), name)],
                            lambda: svc.code_problem(code.text().strip(), "The department code")
                            or text_problem(name.text(), "The department's name",
                                            max_len=200), self)
        if dialog.exec():
            apply(self, self.context, lambda s: svc.add_department(
                s, code.text(), name.text(), **who(self.context)), self.tr("Departments"))
            self.reload()

    def _rename(self) -> None:
        d = self._dept_row()
        if d is None:
            return
        name = QLineEdit(d.name)
        dialog = FormDialog(self.tr("Rename %1").replace("%1", d.code),
                            [(self.tr("Name"), name)],
                            lambda: text_problem(name.text(), "The department's name",
                                                 max_len=200), self)
        if dialog.exec():
            apply(self, self.context, lambda s: svc.rename_department(
                s, d.code, name.text(), expected_revision=d.revision, **who(self.context)),
                self.tr("Departments"))
            self.reload()

    def _retire_department(self) -> None:
        d = self._dept_row()
        if d is not None:
            apply(self, self.context, lambda s: svc.retire_department(
                s, d.code, not d.retired, expected_revision=d.revision, **who(self.context)),
                self.tr("Departments"))
            self.reload()

    def _window(self, current: svc.WindowRow | None) -> None:
        dialog = WindowDialog(self.context, self.departments, current, self)
        if not dialog.exec():
            return
        values = dialog.values()
        if current is None:
            apply(self, self.context, lambda s: svc.add_window(s, values, **who(self.context)),
                  self.tr("Windows"))
        else:
            apply(self, self.context, lambda s: svc.update_window(
                s, current.code, values, expected_revision=current.revision, **who(self.context)),
                self.tr("Windows"))
        self.reload()

    def _retire_window(self) -> None:
        w = self._window_row()
        if w is not None:
            apply(self, self.context, lambda s: svc.retire_window(
                s, w.code, not w.retired, expected_revision=w.revision, **who(self.context)),
                self.tr("Windows"))
            self.reload()

    def _services(self) -> None:
        w = self._window_row()
        if w is None:
            return
        edit = QPlainTextEdit("\n".join(w.services))
        edit.setPlaceholderText(self.tr("One service item a line, e.g. 企业设立登记"))

        def items() -> list[str]:
            return [line for line in edit.toPlainText().splitlines() if line.strip()]

        dialog = FormDialog(self.tr("Service items of %1").replace("%1", w.code),
                            [(self.tr("Items"), edit)],
                            lambda: svc.services_problem(items()), self)
        if dialog.exec():
            apply(self, self.context, lambda s: svc.set_services(
                s, w.code, items(), expected_revision=w.revision, **who(self.context)),
                self.tr("Windows"))
            self.reload()

"""The staff roster: add, change, retire; import a sheet (all or nothing, the refused
cells listed) and export it."""

from __future__ import annotations

import datetime as dt

from PyQt6.QtCore import QDate
from PyQt6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import message
from app.io.xlsx import SheetRejected
from app.setup import staff as svc
from widgets.context import AppContext
from widgets.import_report import ImportReport
from widgets.settings.common import FormDialog, apply, guard, selected, table, who, yes_no
from widgets.table_model import Column


def _date_edit(day: dt.date | None) -> tuple[QCheckBox, QDateEdit]:
    box = QCheckBox()
    box.setChecked(day is not None)
    edit = QDateEdit(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setCalendarPopup(True)
    return box, edit


class StaffPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model, self.view = table([
            Column(self.tr("Staff number"), lambda r: r.code),
            Column(self.tr("Full name"), lambda r: r.name),
            Column(self.tr("Department"), lambda r: r.department),
            Column(self.tr("Served windows"), lambda r: "、".join(r.windows)),
            Column(self.tr("On duty"), lambda r: r.on_duty.isoformat() if r.on_duty else ""),
            Column(self.tr("Off duty"), lambda r: r.off_duty.isoformat() if r.off_duty else ""),
            Column(self.tr("Retired"), lambda r: yes_no(r.retired))],
            (90, 90, 70, 150, 95, 95, 50))
        self.view.setObjectName("staff_table")
        bar = QHBoxLayout()
        self.buttons = {}
        for name, text, slot in (
                ("add", self.tr("Add…"), lambda: self._edit(None)),
                ("edit", self.tr("Change…"), lambda: self._edit(self._row())),
                ("retire", self.tr("Retire / reinstate"), self._retire),
                ("import", self.tr("Import spreadsheet…"), self._import),
                ("export", self.tr("Export spreadsheet…"), self._export)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            guard(button, context, "setup.staff")
            bar.addWidget(button)
            self.buttons[name] = button
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def reload(self) -> None:
        with self.context.db.read() as session:
            self.model.set_rows(svc.list_staff(session))
            from app.setup.windows import list_departments

            self.departments = [d for d in list_departments(session) if not d.retired]

    def _row(self) -> svc.StaffRow | None:
        row: svc.StaffRow | None = selected(self.model, self.view)
        return row

    def _who(self) -> dict[str, str]:
        return {"actor": self.context.account, "role": self.context.role}

    def _edit(self, current: svc.StaffRow | None) -> None:
        code = QLineEdit(current.code if current else "")
        code.setEnabled(current is None)
        name = QLineEdit(current.name if current else "")
        dept = QComboBox()
        for d in self.departments:
            dept.addItem(f"{d.code}  {d.name}", d.code)
        if current:
            dept.setCurrentIndex(max(0, dept.findData(current.department)))
        windows = QLineEdit("、".join(current.windows) if current else "")
        windows.setPlaceholderText(self.tr("window codes, e.g. W01、W02"))
        on_box, on = _date_edit(current.on_duty if current else None)
        off_box, off = _date_edit(current.off_duty if current else None)

        def values() -> svc.StaffValues:
            return svc.StaffValues(
                code.text().strip(), name.text(), str(dept.currentData() or ""),
                tuple(c for c in svc.WINDOW_SPLIT.split(windows.text()) if c),
                on.date().toPyDate() if on_box.isChecked() else None,
                off.date().toPyDate() if off_box.isChecked() else None)

        def problem() -> str | None:
            with self.context.db.read() as session:
                return svc.staff_problem(session, values(), new=current is None)

        on_row, off_row = QHBoxLayout(), QHBoxLayout()
        holder_on, holder_off = QWidget(), QWidget()
        for holder, row, box, edit in ((holder_on, on_row, on_box, on),
                                       (holder_off, off_row, off_box, off)):
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(box)
            row.addWidget(edit, 1)
            holder.setLayout(row)
        from widgets.settings.common import watch

        dialog = FormDialog(self.tr("Staff member"), [
            (self.tr("Staff number"), code), (self.tr("Full name"), name),
            (self.tr("Department"), dept), (self.tr("Served windows"), windows),
            (self.tr("On duty"), holder_on), (self.tr("Off duty"), holder_off)], problem, self)
        for w in (on_box, on, off_box, off):
            watch(w, dialog.check)
        if not dialog.exec():
            return
        v = values()
        if current is None:
            apply(self, self.context, lambda s: svc.add_staff(s, v, **who(self.context)),
                  self.tr("Staff"))
        else:
            apply(self, self.context, lambda s: svc.update_staff(
                s, current.code, v, expected_revision=current.revision, **who(self.context)),
                self.tr("Staff"))
        self.reload()

    def _retire(self) -> None:
        r = self._row()
        if r is not None:
            apply(self, self.context, lambda s: svc.retire_staff(
                s, r.code, not r.retired, expected_revision=r.revision, **who(self.context)),
                self.tr("Staff"))
            self.reload()

    def import_file(self, path: str) -> bool:
        """Import ``path``; a refused sheet shows what to fix. True when imported."""
        try:
            result = svc.import_staff(self.context.db, path, **who(self.context))
        except SheetRejected as rejected:
            self.report = ImportReport(path.rsplit("/", 1)[-1], rejected.problems, self)
            self.report.setObjectName("staff_import_report")
            self.report.show()
            return False
        except UserError as error:
            QMessageBox.warning(self, self.tr("Staff"), message(error))
            return False
        self.reload()
        QMessageBox.information(self, self.tr("Staff"), self.tr(
            "%1 staff added, %2 changed.").replace("%1", str(result.added)).replace(
            "%2", str(result.rows - result.added - result.skipped)))
        return True

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import staff"), "",
                                              "Excel (*.xlsx)")
        if path:
            self.import_file(path)

    def _export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export staff"), "人员.xlsx",
                                              "Excel (*.xlsx)")
        if path:
            try:
                svc.export_staff(self.context.db, path, **who(self.context))
            except UserError as error:
                QMessageBox.warning(self, self.tr("Staff"), message(error))

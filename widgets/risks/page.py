"""The integrity risk register tab: filters, the table, one point's detail and
history, the category × grade matrix, the heat map, the review list, and the
actions (add, edit, escalate, approve, review, link, retire, import, export).

Reads and writes run off the UI thread; the services decide, the page shows.
"""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt, QThreadPool
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.config import RiskGrading
from app.hall_time import default_tz, hall_tz, local_text
from app.i18n import message
from app.io import risk_sheet
from app.io.xlsx import SheetRejected
from app.records import risk_register as register
from app.records import risk_rules as rules
from app.records import risks as svc
from app.records.conflict import ChangedMeanwhile
from app.records.risk_register import RegisterRow
from app.security import people
from app.security.permissions import allows
from widgets import conflict
from widgets.context import AppContext
from widgets.import_report import ImportReport
from widgets.pages import Page
from widgets.record_tab import page_column, record_table, side_by_side
from widgets.risks.charts import HeatMap, MatrixView
from widgets.risks.detail import detail_html
from widgets.risks.dialogs import LinkDialog, PointDialog, TextDialog
from widgets.risks.model import Filter, RegisterModel, RegisterProxy
from widgets.tasks import first_line, run_now, run_task


@dataclass
class _Loaded:
    rows: list[RegisterRow]
    grading: RiskGrading
    departments: list[tuple[str, str]]
    tz: zoneinfo.ZoneInfo


def _combo(any_text: str, items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    box.addItem(any_text, None)
    for text, data in items:
        box.addItem(text, data)
    return box


class RiskRegisterPage(Page):
    NAME = "risks"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("RiskRegisterPage", "Risk register")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role: str = getattr(context, "role", "director")
        self._writer = QThreadPool(self)
        self.last_report: ImportReport | None = None
        self._writer.setMaxThreadCount(1)
        self.rows: list[RegisterRow] = []
        self.grading = RiskGrading()
        self.departments: list[tuple[str, str]] = []
        self.tz = default_tz()        # the hall's, once the register is read
        self.warn: Callable[[str], None] = self._message_box
        self.ask_reload: Callable[[ChangedMeanwhile], bool] = lambda error: conflict.ask_reload(
            self, self.title(), error)
        self.model = RegisterModel(self)
        self.proxy = RegisterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._connect_signals()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        translate = QCoreApplication.translate
        any_ = translate("RiskRegisterPage", "All")
        self.category = _combo(translate("RiskRegisterPage", "All categories"),
                               [(rules.CATEGORY_LABELS[c], c) for c in rules.CATEGORIES])
        self.risk_type = _combo(translate("RiskRegisterPage", "All risk types"),
                                [(rules.RISK_TYPE_LABELS[k], k) for k in rules.RISK_TYPES])
        self.grade = _combo(translate("RiskRegisterPage", "All grades"),
                            [(rules.GRADE_LABELS[g], g) for g in rules.GRADES])
        self.phase = _combo(translate("RiskRegisterPage", "All phases"),
                            [(rules.PHASE_LABELS[p], p) for p in rules.PHASES])
        self.department = _combo(translate("RiskRegisterPage", "All departments"), [])
        self.flag = _combo(any_, [
            (translate("RiskRegisterPage", "Needs attention"), "flagged"),
            (translate("RiskRegisterPage", "Review overdue"), "overdue"),
            (translate("RiskRegisterPage", "Substantiated complaint"), "complaint"),
            (translate("RiskRegisterPage", "Awaiting approval"), "unapproved"),
            (translate("RiskRegisterPage", "Due for review"), "due")])
        self.cell = QLabel()
        self.clear = QPushButton(translate("RiskRegisterPage", "Clear filters"))
        filters = QHBoxLayout()
        for box in (self.category, self.risk_type, self.grade, self.phase, self.department,
                    self.flag):
            filters.addWidget(box)
        filters.addWidget(self.cell)
        filters.addWidget(self.clear)
        filters.addStretch(1)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text in (("add", translate("RiskRegisterPage", "New point")),
                          ("edit", translate("RiskRegisterPage", "Edit")),
                          ("escalate", translate("RiskRegisterPage", "Escalate")),
                          ("approve", translate("RiskRegisterPage", "Approve")),
                          ("review", translate("RiskRegisterPage", "Record review")),
                          ("link", translate("RiskRegisterPage", "Link complaint/finding")),
                          ("retire", translate("RiskRegisterPage", "Retire")),
                          ("import", translate("RiskRegisterPage", "Import…")),
                          ("export", translate("RiskRegisterPage", "Export…"))):
            button = QPushButton(text)
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = QLabel()
        actions.addWidget(self.status)
        # What the role cannot do is not offered (the services refuse it anyway).
        for key, action in (("add", "risk.add"), ("edit", "risk.change"),
                            ("escalate", "risk.change"), ("approve", "risk.approve"),
                            ("review", "risk.review"), ("link", "risk.link"),
                            ("retire", "risk.retire"), ("import", "risk.import"),
                            ("export", "risk.export")):
            self.buttons[key].setVisible(allows(self.role, action))

        self.table = record_table(
            self.proxy, (84, 56, 70, 96, 110, 220, 30, 30, 48, 110, 60, 64, 40, 86, 120),
            row_height=24, sort=(0, Qt.SortOrder.AscendingOrder))
        self.detail = QTextBrowser()
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.table)
        left.addWidget(self.detail)
        left.setSizes([420, 180])

        self.matrix = MatrixView()
        self.heat = HeatMap()
        self.due = QListWidget()
        right = QVBoxLayout()
        for title, widget in ((translate("RiskRegisterPage", "Category × grade"), self.matrix),
                              (translate("RiskRegisterPage", "Likelihood × impact"), self.heat),
                              (translate("RiskRegisterPage", "Due for review"), self.due)):
            group = QGroupBox(title)
            inner = QVBoxLayout(group)
            inner.setContentsMargins(4, 4, 4, 4)
            inner.addWidget(widget)
            right.addWidget(group, 1)     # the grids never below every row's height
        side = QWidget()
        side.setLayout(right)
        page_column(self, (filters, actions), side_by_side(left, side, (3, 1), (980, 340)))

    def _connect_signals(self) -> None:
        for box in (self.category, self.risk_type, self.grade, self.phase, self.department,
                    self.flag):
            box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.clear.clicked.connect(self.clear_filters)
        self.matrix.chosen.connect(self.show_category_grade)
        self.heat.chosen.connect(self.show_cell)
        for signal in (self.due.itemActivated, self.due.itemClicked):
            signal.connect(lambda item: self.select(item.data(Qt.ItemDataRole.UserRole)))
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda *_: self._show_current())
        for key, slot in (("add", self._ask_add), ("edit", self._ask_edit),
                          ("escalate", self._ask_escalate), ("approve", self.approve_current),
                          ("review", self._ask_review), ("link", self._ask_link),
                          ("retire", self._ask_retire), ("import", self._ask_import),
                          ("export", self._ask_export)):
            self.buttons[key].clicked.connect(slot)

    # -- loading ---------------------------------------------------------------------
    def _load(self) -> _Loaded:
        now = self.context.clock()
        with self.context.db.read() as session:
            return _Loaded(register.load_rows(session, now), register.grading(session),
                           register.departments(session), hall_tz(session))

    def refresh(self) -> None:
        run_task(self._load, self._loaded)

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests)."""
        run_now(self._load, self._loaded)

    def _loaded(self, result: _Loaded | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.status.setText(self.tr("The register cannot be read: %1")
                                .replace("%1", first_line(error)))
            return
        current = self.current()
        self.rows, self.grading, self.departments, self.tz = (
            result.rows, result.grading, result.departments, result.tz)
        names = sorted({r.department_name for r in self.rows})
        chosen = self.department.currentData()
        self.department.blockSignals(True)
        while self.department.count() > 1:
            self.department.removeItem(1)
        for name in names:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
        self.department.blockSignals(False)
        self.model.set_rows(self.rows)
        self.matrix.set_counts(register.matrix(self.rows))
        self.heat.set_counts(register.heat(self.rows), self.grading)
        self.due.clear()
        for r in register.due_for_review(self.rows):
            overdue = r.flags.review_overdue
            item = QListWidgetItem(f"{r.next_review}  {r.code}  {r.post}"
                                   + (" ⚠" if overdue else ""))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.due.addItem(item)
        self._update_status()
        if (current is None or not self.select(current.id)) and self.proxy.rowCount():
            self.table.selectRow(0)

    def _update_status(self) -> None:
        flagged = sum(r.flags.flagged for r in self.rows)
        self.status.setText(self.tr("%1 of %2 points shown, %3 need attention")
                            .replace("%1", str(self.proxy.rowCount()))
                            .replace("%2", str(len(self.rows))).replace("%3", str(flagged)))

    # -- filtering -------------------------------------------------------------------
    def apply_filter(self, cell: tuple[int, int] | None = None) -> None:
        self.proxy.set_filter(Filter(
            category=self.category.currentData(), risk_type=self.risk_type.currentData(),
            grade=self.grade.currentData(), phase=self.phase.currentData(),
            department=self.department.currentData(), flag=self.flag.currentData(),
            cell=cell))
        self.cell.setText("" if cell is None else self.tr("Likelihood %1 × impact %2")
                          .replace("%1", str(cell[0])).replace("%2", str(cell[1])))
        self._update_status()

    def _reset_boxes(self) -> None:
        for box in (self.category, self.risk_type, self.grade, self.phase, self.department,
                    self.flag):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)

    def clear_filters(self) -> None:
        self._reset_boxes()
        self.apply_filter()

    def show_cell(self, likelihood: int, impact: int) -> None:
        """The heat map's cell: the points of that likelihood and impact."""
        self._reset_boxes()
        self.apply_filter((likelihood, impact))

    def show_category_grade(self, category: str, grade: int) -> None:
        self._reset_boxes()
        for box, value in ((self.category, category), (self.grade, grade)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.apply_filter()

    # -- selection and detail --------------------------------------------------------
    def visible_codes(self) -> list[str]:
        return [self.proxy.index(i, 0).data() for i in range(self.proxy.rowCount())]

    def current(self) -> RegisterRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
        return row if isinstance(row, RegisterRow) else None

    def select(self, point_id: int) -> bool:
        for i in range(self.proxy.rowCount()):
            row = self.proxy.index(i, 0).data(Qt.ItemDataRole.UserRole)
            if isinstance(row, RegisterRow) and row.id == point_id:
                self.table.selectRow(i)
                self.table.scrollTo(self.proxy.index(i, 0))
                return True
        return False

    def _show_current(self) -> None:
        row = self.current()
        if row is None:
            self.detail.clear()
            return
        with self.context.db.read() as session:
            info = register.detail(session, row.id)
            names = people.names(session)
        self.detail.setHtml(detail_html(row, info, self.tz, names))

    # -- writing ---------------------------------------------------------------------
    def _write(self, change: Callable[[Any], Any], then: Callable[[], None] | None = None
               ) -> None:
        db = self.context.db

        def work() -> int:
            with db.write() as session:
                return int(change(session).id)

        def done(result: int | None, error: BaseException | None) -> None:
            if isinstance(error, ChangedMeanwhile):
                current = self.current()
                if self.ask_reload(error):
                    self.load_now()
                    if current is not None:
                        self.select(current.id)
                return
            if error is not None:
                self.warn(self.tr("Nothing was changed: %1").replace("%1", message(error)))
                return
            self.load_now()
            if result is not None:
                self.select(result)
            if then is not None:
                then()

        run_task(work, done, self._writer)

    def _who(self) -> dict[str, Any]:
        return {"actor": self.context.account, "role": self.role, "now": self.context.clock()}

    def _need(self) -> RegisterRow | None:
        row = self.current()
        if row is None:
            self.warn(self.tr("Choose a point in the table first."))
        return row

    def approve_current(self) -> None:
        row = self._need()
        if row is not None:
            who = self._who()
            self._write(lambda s: svc.approve(s, row.id, revision=row.revision, **who))

    def _ask_add(self) -> None:
        category = self.category.currentData() or rules.CATEGORIES[0]
        code = rules.suggested_code(category, [r.code for r in self.rows])
        dialog = PointDialog(self, self.departments, self.grading, code=code)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            who, values, code_ = self._who(), dialog.values(), dialog.code.text()
            self._write(lambda s: svc.create(s, code_, values, **who))

    def _ask_edit(self) -> None:
        row = self._need()
        if row is None:
            return
        dialog = PointDialog(self, self.departments, self.grading, row=row)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            who, values = self._who(), dialog.values()
            self._write(lambda s: svc.update(s, row.id, values, revision=row.revision, **who))

    def _ask_text(self, title: str, label: str) -> str | None:
        dialog = TextDialog(self, title, label)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip()

    def _ask_escalate(self) -> None:
        row = self._need()
        reason = row and self._ask_text(self.tr("Escalate %1").replace("%1", row.code),
                                        self.tr("Why is this point one grade higher than "
                                                "its score?"))
        if row and reason:
            who = self._who()
            self._write(lambda s: svc.escalate(s, row.id, reason, revision=row.revision, **who))

    def _ask_review(self) -> None:
        row = self._need()
        note = row and self._ask_text(self.tr("Review %1").replace("%1", row.code),
                                      self.tr("Conclusion of the review (评估):"))
        if row and note:
            who = self._who()
            self._write(lambda s: svc.record_review(s, row.id, note, **who))

    def _ask_retire(self) -> None:
        row = self._need()
        reason = row and self._ask_text(self.tr("Retire %1").replace("%1", row.code),
                                        self.tr("Why does this point leave the register?"))
        if row and reason:
            who = self._who()
            self._write(lambda s: svc.retire(s, row.id, reason, revision=row.revision, **who))

    def _ask_link(self) -> None:
        row = self._need()
        if row is None:
            return
        with self.context.db.read() as session:
            choices = register.complaint_choices(session)
        dialog = LinkDialog(self, choices)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            who, kind = self._who(), dialog.kind.currentData()
            target, note = dialog.target(), dialog.note.text()
            self.link(row.id, kind, target, note, **who)

    def link(self, point_id: int, kind: str, target: str, note: str = "",
             **who: Any) -> None:
        who = who or self._who()
        self._write(lambda s: svc.link(s, point_id, kind, target, note, **who))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import the risk register"), "",
                                              self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        db, who = self.context.db, self._who()

        def work() -> Any:
            return risk_sheet.import_risks(db, path, actor=who["actor"], role=who["role"],
                                           now=who["now"])

        def done(result: Any, error: BaseException | None) -> None:
            if isinstance(error, SheetRejected):
                name = path.replace("\\", "/").rsplit("/", 1)[-1]
                self.status.setText(self.tr("%1 was refused; nothing was imported.")
                                    .replace("%1", name))
                self.last_report = ImportReport(name, error.problems, self)
                self.last_report.open()
            elif error is not None:
                self.warn(message(error))
            else:
                self.status.setText(self.tr("%1 points imported, %2 already in the register")
                                    .replace("%1", str(result.added))
                                    .replace("%2", str(result.skipped)))
                self.load_now()

        run_task(work, done, self._writer)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the risk register"),
                                              self.export_name(),
                                              self.tr("Spreadsheets (*.xlsx)"))
        if path:
            db, who = self.context.db, self._who()
            run_task(lambda: risk_sheet.export_risks(db, path, actor=who["actor"],
                                                     role=who["role"], now=who["now"]),
                     lambda _r, error: self.warn(message(error)) if error else
                     self.status.setText(self.tr("Exported to %1").replace("%1", path)),
                     self._writer)

    def export_name(self) -> str:
        """The export's default file name, dated by the hall's clock."""
        return f"廉政风险点-{local_text(self.context.clock(), self.tz, '%Y%m%d')}.xlsx"

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.title(), text)

    def shutdown(self) -> None:
        self._writer.waitForDone(5000)

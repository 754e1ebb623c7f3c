"""The 重点项目 tab: the key projects under parallel approval with their progress (items
done, days since the start, current stage, next due date, overdue in red), a project's
timeline by stage and its approval items, the 督办 with their answers and the history;
the steps (start, complete, return for corrections, link a case), new projects from a
template, 督办, import and export.

Reads and writes run off the UI thread; the services decide, the page shows.
"""

from __future__ import annotations

import datetime as dt
import html
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt, QThreadPool
from PyQt6.QtGui import QColor
from PyQt6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QWidget,
)

from app.errors import UserError
from app.hall_time import default_tz, hall_tz, local_text
from app.i18n import message
from app.io import project_sheet
from app.io.xlsx import SheetRejected
from app.records import project_rules as rules
from app.records import project_view as view
from app.records import projects as svc
from app.records.conflict import ChangedMeanwhile
from app.security.permissions import allows
from widgets import conflict
from widgets.context import AppContext
from widgets.import_report import ImportReport
from widgets.pages import Page
from widgets.projects.dialogs import DateDialog, NewProjectDialog, SuperviseDialog
from widgets.projects.timeline import Timeline
from widgets.record_tab import page_column, record_table
from widgets.table_model import Column, TableModel
from widgets.tasks import first_line, run_now, run_task

LATE = QColor("#c62828")
SOON = QColor("#b26a00")


@dataclass
class _Loaded:
    projects: list[view.ProjectView]
    today: dt.date
    tz: zoneinfo.ZoneInfo
    history: dict[int, list[Any]]


class _Projects(TableModel[view.ProjectView]):
    def cell_data(self, row: view.ProjectView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return LATE
        if role == Qt.ItemDataRole.ForegroundRole and row.due_soon:
            return SOON
        return None


class _Items(TableModel[view.ItemView]):
    def cell_data(self, row: view.ItemView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.flag == "overdue":
            return LATE
        if role == Qt.ItemDataRole.ForegroundRole and row.flag == "due_soon":
            return SOON
        return None


def _day(d: dt.date | None) -> str:
    return "" if d is None else d.isoformat()


class ProjectsPage(Page):
    NAME = "projects"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ProjectsPage", "Key projects")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role = context.role
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self.projects: list[view.ProjectView] = []
        self.history: dict[int, list[Any]] = {}
        self.today = dt.date.today()
        self.tz = default_tz()
        self.last_report: ImportReport | None = None
        self.warn: Callable[[str], None] = self._message_box
        self._build()

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.title(), text)

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        translate = QCoreApplication.translate
        self.project_model = _Projects([
            Column(translate("ProjectsPage", "Project code"), lambda p: p.code),
            Column(translate("ProjectsPage", "Project"), lambda p: p.name),
            Column(translate("ProjectsPage", "Status"), lambda p: rules.STATUS_LABELS[p.status]),
            Column(translate("ProjectsPage", "Items done"), lambda p: f"{p.done}/{len(p.items)}",
                   right=True, sort=lambda p: p.done / max(len(p.items), 1)),
            Column(translate("ProjectsPage", "Working days"), lambda p: p.elapsed_workdays),
            Column(translate("ProjectsPage", "Legal total"), lambda p: p.legal_total),
            Column(translate("ProjectsPage", "Stage"), lambda p: "" if p.current_stage is None
                   else rules.STAGES[p.current_stage]),
            Column(translate("ProjectsPage", "Next due"), lambda p: _day(p.next_due)),
            Column(translate("ProjectsPage", "Overdue"), lambda p: len(p.overdue)),
        ], self)
        self.item_model = _Items([
            Column(translate("ProjectsPage", "Stage"), lambda i: rules.STAGES[i.stage],
                   sort=lambda i: i.stage),
            Column(translate("ProjectsPage", "Approval item"), lambda i: f"{i.key} {i.name}"),
            Column(translate("ProjectsPage", "Handling department"), lambda i: i.department),
            Column(translate("ProjectsPage", "State"), lambda i: rules.STATE_LABELS[i.state]),
            Column(translate("ProjectsPage", "Waits for"), lambda i: "、".join(i.depends_on)),
            Column(translate("ProjectsPage", "Started on"), lambda i: _day(i.started_on)),
            Column(translate("ProjectsPage", "Due on"), lambda i: _day(i.due)),
            Column(translate("ProjectsPage", "Completed"), lambda i: _day(i.done_on)),
            Column(translate("ProjectsPage", "Promised"), lambda i: i.promised_days),
            Column(translate("ProjectsPage", "Legal"), lambda i: i.legal_days),
            Column(translate("ProjectsPage", "Case"), lambda i: i.case_no or ""),
            Column(translate("ProjectsPage", "Days late"), lambda i: i.overdue_days or ""),
        ], self)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text, action in (
                ("new", translate("ProjectsPage", "New project…"), "project.manage"),
                ("start", translate("ProjectsPage", "Start item"), "project.manage"),
                ("complete", translate("ProjectsPage", "Complete item"), "project.manage"),
                ("return", translate("ProjectsPage", "Return for corrections"), "project.manage"),
                ("link", translate("ProjectsPage", "Link case…"), "project.manage"),
                ("supervise", translate("ProjectsPage", "Supervise…"), "project.supervise"),
                ("answer", translate("ProjectsPage", "Record answer…"), "project.answer"),
                ("import", translate("ProjectsPage", "Import…"), "project.import"),
                ("export", translate("ProjectsPage", "Export…"), "project.export")):
            button = QPushButton(text)
            button.setVisible(allows(self.role, action))
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.status = QLabel()
        actions.addWidget(self.status)

        self.table = record_table(self.project_model, (90, 140, 48, 52, 72, 80, 60, 84, 50),
                                  row_height=24, stretch_last=True)
        self.items = record_table(self.item_model,
                                  (64, 200, 90, 70, 70, 86, 86, 86, 50, 50, 110, 60),
                                  row_height=22, stretch_last=True)
        self.timeline = Timeline()
        self.detail = QTextBrowser()
        right = QSplitter(Qt.Orientation.Vertical)
        for widget in (self.timeline, self.items, self.detail):
            right.addWidget(widget)
        right.setSizes([220, 220, 160])
        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(self.table)
        body.addWidget(right)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([640, 726])
        page_column(self, (actions,), body)
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda *_: self._show_current())
        for key, slot in (("new", self._ask_new), ("start", self._ask_start),
                          ("complete", self._ask_complete), ("return", self._ask_return),
                          ("link", self._ask_link), ("supervise", self._ask_supervise),
                          ("answer", self._ask_answer), ("import", self._ask_import),
                          ("export", self._ask_export)):
            self.buttons[key].clicked.connect(slot)

    # -- loading ---------------------------------------------------------------------
    def _load(self) -> _Loaded:
        with self.context.db.read() as session:
            tz = hall_tz(session)
            today = dt.datetime.fromtimestamp(self.context.clock(), tz).date()
            found = view.projects(session, today)
            history = {p.id: view.history(session, p.id) for p in found}
        return _Loaded(found, today, tz, history)

    def refresh(self) -> None:
        run_task(self._load, self._loaded, owner=self)

    def load_now(self) -> None:
        run_now(self._load, self._loaded)

    def _loaded(self, result: _Loaded | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.status.setText(self.tr("The projects cannot be read: %1")
                                .replace("%1", first_line(error)))
            return
        chosen = self.current()
        self.projects, self.today, self.tz, self.history = (
            result.projects, result.today, result.tz, result.history)
        self.project_model.set_rows(self.projects)
        late = sum(len(p.overdue) for p in self.projects)
        self.status.setText(self.tr("%1 projects, %2 items overdue")
                            .replace("%1", str(len(self.projects))).replace("%2", str(late)))
        if not self.select(chosen.id if chosen else None) and self.projects:
            self.table.selectRow(0)
        self._show_current()

    # -- selection -------------------------------------------------------------------
    def current(self) -> view.ProjectView | None:
        row = self.table.currentIndex().row()
        return self.projects[row] if 0 <= row < len(self.projects) else None

    def current_item(self) -> view.ItemView | None:
        row = self.items.currentIndex().row()
        rows = self.item_model.rows
        return rows[row] if 0 <= row < len(rows) else None

    def select(self, project_id: int | None) -> bool:
        for n, p in enumerate(self.projects):
            if p.id == project_id:
                self.table.selectRow(n)
                return True
        return False

    def _show_current(self) -> None:
        p = self.current()
        self.timeline.show_project(p, self.today)
        self.item_model.set_rows([] if p is None else
                                 sorted(p.items, key=lambda i: (i.stage, i.key)))
        if p is not None and p.items:
            self.items.selectRow(0)
        self.detail.setHtml("" if p is None else self._detail_html(p))

    def _detail_html(self, p: view.ProjectView) -> str:
        e = html.escape
        if p.speed_up is not None:
            speed = (self.tr("%1 of %2 legal working days used (%3% faster than the legal "
                             "limits)").replace("%1", str(p.elapsed_workdays))
                     .replace("%2", str(p.legal_total))
                     .replace("%3", f"{p.speed_up * 100:.0f}"))
        else:
            speed = (self.tr("%1 working days so far; the legal limits add up to %2")
                     .replace("%1", str(p.elapsed_workdays)).replace("%2", str(p.legal_total)))
        parts = [f"<b>{e(p.code)} {e(p.name)}</b> — {e(p.investor)}"
                 + (f", {p.amount:g} 万元" if p.amount else "")
                 + (f", {e(self.tr('lead'))} {e(p.lead)}" if p.lead else ""),
                 f"<p>{e(speed)}</p>"]
        if p.supervisions:
            parts.append(f"<b>{e(self.tr('Supervision (督办)'))}</b><ul>")
            for s in p.supervisions:
                answer = (e(s.answer) if s.answer else
                          f"<span style='color:#c62828'>{e(self.tr('no answer yet'))}</span>")
                parts.append(f"<li>{e(local_text(s.at, self.tz))} {e(s.item_key or '')} → "
                             f"{e(s.to_whom)}: {e(s.what)} ({e(self.tr('by'))} "
                             f"{s.by_date.isoformat()}) — {answer}</li>")
            parts.append("</ul>")
        steps = self.history.get(p.id, [])
        if steps:
            parts.append(f"<b>{e(self.tr('History'))}</b><ul>")
            words = self._step_words()
            for step in steps[-30:]:
                parts.append(f"<li>{e(local_text(step.at, self.tz))} {e(step.actor)} "
                             f"{e(words.get(step.action, step.action))} {e(step.note)}</li>")
            parts.append("</ul>")
        return "".join(parts)

    def _step_words(self) -> dict[str, str]:
        return {"create": self.tr("entered the project"), "start": self.tr("started"),
                "restart": self.tr("started again"), "complete": self.tr("completed"),
                "return": self.tr("returned for corrections"),
                "link_case": self.tr("linked a case"), "status": self.tr("changed the status"),
                "supervise": self.tr("supervised"), "answer": self.tr("recorded the answer")}

    # -- actions ---------------------------------------------------------------------
    def _write(self, func: Callable[[Any], Any], done: Callable[[], None] | None = None
               ) -> None:
        ctx = self.context

        def work() -> Any:
            with ctx.db.write() as session:
                return func(session)

        def finished(_result: Any, error: BaseException | None) -> None:
            if isinstance(error, ChangedMeanwhile):
                conflict.ask_reload(self, self.title(), error)
                self.refresh()
                return
            if error is not None:
                self.warn(message(error) if isinstance(error, UserError) else first_line(error))
                return
            if done is not None:
                done()
            self.refresh()

        run_task(work, finished, self._writer, owner=self)

    def _who(self) -> dict[str, Any]:
        return {"actor": self.context.account, "role": self.role, "now": self.context.clock()}

    def _ask_new(self) -> None:
        try:
            with self.context.db.read() as session:
                templates = svc.templates(session)
        except UserError as exc:
            self.warn(message(exc))
            return
        dialog = NewProjectDialog(self.today, templates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        spec = dialog.spec()
        self._write(lambda s: svc.create_project(s, spec, **self._who()))

    def _item_or_warn(self) -> tuple[view.ProjectView, view.ItemView] | None:
        p, item = self.current(), self.current_item()
        if p is None or item is None:
            self.warn(self.tr("Choose a project and one of its items first."))
            return None
        return p, item

    def _ask_start(self) -> None:
        chosen = self._item_or_warn()
        if chosen is None:
            return
        p, item = chosen
        dialog = DateDialog(self.tr("Start item"), self.tr("Started on"), self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day = dialog.day()
            self._write(lambda s: svc.start_item(s, item.id, day, revision=p.revision,
                                                 **self._who()))

    def _ask_complete(self) -> None:
        chosen = self._item_or_warn()
        if chosen is None:
            return
        p, item = chosen
        dialog = DateDialog(self.tr("Complete item"), self.tr("Completed on"), self.today,
                            self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            day = dialog.day()
            self._write(lambda s: svc.complete_item(s, item.id, day, revision=p.revision,
                                                    **self._who()))

    def _ask_return(self) -> None:
        chosen = self._item_or_warn()
        if chosen is None:
            return
        p, item = chosen
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Return for corrections"),
                                                 self.tr("Missing materials:"))
        if ok:
            self._write(lambda s: svc.return_item(s, item.id, text, revision=p.revision,
                                                  **self._who()))

    def _ask_link(self) -> None:
        chosen = self._item_or_warn()
        if chosen is None:
            return
        p, item = chosen
        text, ok = QInputDialog.getText(self, self.tr("Link case"),
                                        self.tr("The window's case number:"))
        if ok:
            self._write(lambda s: svc.link_case(s, item.id, text, revision=p.revision,
                                                **self._who()))

    def _ask_supervise(self) -> None:
        p, item = self.current(), self.current_item()
        if p is None:
            self.warn(self.tr("Choose a project first."))
            return
        label = f"{p.code} {item.key if item else ''}".strip()
        dialog = SuperviseDialog(label, item.due if item and item.due else self.today, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            to_whom, what, by = dialog.values()
            item_id = None if item is None else item.id
            self._write(lambda s: svc.supervise(s, p.id, item_id, to_whom, what, by,
                                                **self._who()))

    def _ask_answer(self) -> None:
        p = self.current()
        open_ = [s for s in (p.supervisions if p else []) if s.answer is None]
        if p is None or not open_:
            self.warn(self.tr("The project has no supervision waiting for its answer."))
            return
        sup = open_[0]
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Record answer"),
            self.tr("Answer to: %1").replace("%1", sup.what))
        if ok:
            self._write(lambda s: svc.answer(s, sup.id, text, **self._who()))

    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import key projects"), "",
                                              self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        ctx = self.context

        def work() -> Any:
            return project_sheet.import_projects(ctx.db, path, actor=ctx.account,
                                                 role=self.role, now=ctx.clock())

        def finished(result: Any, error: BaseException | None) -> None:
            if isinstance(error, SheetRejected):
                self.last_report = ImportReport(path.rsplit("/", 1)[-1], error.problems, self)
                self.last_report.open()
                return
            if error is not None:
                self.warn(message(error) if isinstance(error, UserError) else first_line(error))
                return
            self.status.setText(self.tr("%1 projects imported, %2 already there")
                                .replace("%1", str(result.added))
                                .replace("%2", str(result.skipped)))
            self.refresh()

        run_task(work, finished, self._writer, owner=self)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export key projects"),
                                              "重点项目.xlsx", self.tr("Spreadsheets (*.xlsx)"))
        if not path:
            return
        ctx = self.context

        def work() -> Any:
            return project_sheet.export_projects(ctx.db, path, actor=ctx.account,
                                                 role=self.role, now=ctx.clock())

        def finished(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self.warn(message(error) if isinstance(error, UserError) else first_line(error))
                return
            self.status.setText(self.tr("%1 items exported").replace("%1", str(result.rows)))

        run_task(work, finished, self._writer, owner=self)


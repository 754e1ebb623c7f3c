"""The complaint ledger tab (投诉台账): counts per state, filters, the table, one
entry's detail and history with the steps its state allows, the registration and
correction forms, spreadsheet import and export.

Reads go through app.records.ledger, writes through app.records.complaints on a
single-thread pool, imports/exports through app.io.complaint_sheet off the UI thread.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PyQt6.QtCore import QDate, QItemSelectionModel, Qt, QThreadPool, pyqtSignal
from PyQt6.QtGui import QKeySequence, QShortcut
from PyQt6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.hall_time import default_tz, hall_tz, local_day, local_text
from app.i18n import message
from app.io.complaint_sheet import export_complaints, import_complaints
from app.io.xlsx import Cancelled, SheetRejected, TransferResult
from app.records import complaint_rules as rules
from app.records import complaints as svc
from app.records import ledger
from app.records.conflict import ChangedMeanwhile
from app.records.ledger import EntryDetail, LedgerFilter, LedgerIndex, LedgerRow
from app.security import people
from app.security.permissions import allows
from widgets import conflict
from widgets.complaints.detail import detail_html
from widgets.complaints.dialogs import AssignDialog, CorrectDialog, RegisterDialog, StepDialog
from widgets.complaints.layout import LedgerLayout
from widgets.complaints.model import LedgerModel, LedgerProxy
from widgets.complaints.transfer import Transfer
from widgets.context import AppContext
from widgets.import_report import ImportReport
from widgets.pages import Page
from widgets.tasks import first_line, run_now, run_task

# The tab first shows the newest entries with every count, then the whole ledger
# (at 100,000 entries reading every row takes about a second).
HEAD = 1000


@dataclass
class _Loaded:
    index: LedgerIndex
    choices: ledger.Choices
    tz: zoneinfo.ZoneInfo
    counts: ledger.Counts | None        # from SQL while only the newest are loaded


class ComplaintsPage(Page):
    """Signals: loaded() after the ledger is (re)loaded; changed(int id) once a
    registration, step or correction is written and shown; transfer_done(object
    result, object error) after an import or export (error None on success)."""

    NAME = "complaints"
    loaded = pyqtSignal()
    changed = pyqtSignal(int)
    transfer_done = pyqtSignal(object, object)

    @classmethod
    def title(cls) -> str:
        return cls.tr("Complaint ledger")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)   # writes one at a time, in order
        self._loading = False
        self._choices: ledger.Choices | None = None
        self._detail: EntryDetail | None = None
        self._names: dict[str, str] = {}     # login → the person's name
        self._transfer: Transfer | None = None
        self._partial: ledger.Counts | None = None   # counts while the rest loads
        self._total = 0
        self._generation = 0      # loads started before a load_now are dropped
        self.tz = default_tz()           # the hall's, once the ledger is read
        self.model = LedgerModel(self.tz, self)
        self.proxy = LedgerProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui = LedgerLayout(self, self.proxy, context.role,
                               local_day(context.clock(), self.tz))
        self.warn: Callable[[str], None] = self._message_box
        self.ask_reload: Callable[[ChangedMeanwhile], bool] = lambda error: conflict.ask_reload(
            self, self.tr("Complaint ledger"), error)
        self.last_report: ImportReport | None = None
        self._connect_signals()

    def _connect_signals(self) -> None:
        ui = self.ui
        for box in (ui.state, ui.source, ui.window, ui.department, ui.category, ui.handler):
            box.currentIndexChanged.connect(self.apply_filter)
        for date in (ui.date_from, ui.date_to):
            date.dateChanged.connect(self.apply_filter)
        ui.use_dates.toggled.connect(self.apply_filter)
        ui.overdue.toggled.connect(self.apply_filter)
        ui.search.textChanged.connect(self.apply_filter)
        for state, button in ui.count_buttons.items():
            button.clicked.connect(lambda _=False, s=state: self._show_state(s))
        ui.register.clicked.connect(self._ask_register)
        ui.import_.clicked.connect(self._ask_import)
        ui.export.clicked.connect(self._ask_export)
        ui.cancel.clicked.connect(self._cancel_transfer)
        ui.correct.clicked.connect(self._ask_correct)
        ui.assign.clicked.connect(self._ask_assign)
        for action, button in ui.step_buttons.items():
            button.clicked.connect(lambda _=False, a=action: self._ask_step(a))
        selection = ui.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda *_: self._show_current())
        for keys, slot in (("Ctrl+F", ui.search.setFocus), ("F5", self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # -- loading ---------------------------------------------------------------------------
    def _load(self, limit: int | None = None) -> _Loaded:
        now = self.context.clock()
        with self.context.db.read() as session:
            rows = ledger.load_rows(session, self.context.role, now, limit)
            counts = ledger.count_entries(session, now) if limit is not None else None
            choices = ledger.choices(session)
            tz = hall_tz(session)
        if counts is not None and counts.total == len(rows):
            counts = None                   # the newest are all there are
        return _Loaded(LedgerIndex(rows), choices, tz, counts)

    def refresh(self) -> None:
        """Reload: the newest entries and the counts first, then the rest."""
        if self._loading:
            return
        self._loading = True
        generation = self._generation
        run_task(lambda: self._load(HEAD),
                 lambda result, error: self._head_loaded(generation, result, error))

    def _head_loaded(self, generation: int, result: _Loaded | None,
                     error: BaseException | None) -> None:
        if generation != self._generation:          # a load_now came in between
            self._loading = False
            return
        self._loaded(result, error)
        if error is None and result is not None and result.counts is not None:
            run_task(self._load,
                     lambda whole, failed: self._whole_loaded(generation, whole, failed))
        else:
            self._loading = False

    def _whole_loaded(self, generation: int, result: _Loaded | None,
                      error: BaseException | None) -> None:
        self._loading = False
        if generation == self._generation:
            self._loaded(result, error)

    def load_now(self, limit: int | None = None) -> None:
        """Load synchronously (screenshots, tests and the benchmark); a reload still
        under way is then dropped when it arrives."""
        self._generation += 1
        run_now(lambda: self._load(limit), self._loaded)

    def _loaded(self, result: _Loaded | None, error: BaseException | None) -> None:
        if error is not None or result is None:
            self.ui.status.setText(self.tr("The ledger cannot be read: %1")
                                   .replace("%1", first_line(error)))
            return
        current = self._detail.row.id if self._detail else None
        if result.tz != self.tz:
            self.ui.set_today(local_day(self.context.clock(), result.tz))
        self.tz = self.model.tz = result.tz
        if self._choices != result.choices:
            self._choices = result.choices
            self.model.names = dict(result.choices.handlers)
            self.ui.set_choices(result.choices)
        self.model.set_index(result.index)
        self._partial = result.counts
        self._update_counts()
        first = self.model.row_at(0)
        if (not (current is not None and self.select(current))
                and (first is None or not self.select(first.id))):   # else the newest
            self._show_detail(None)
        if result.counts is None:
            # The free-text search is prepared off the UI thread once the table is shown.
            run_task(result.index.prepare, lambda *_: None)
            self.loaded.emit()

    # -- filters and counts -----------------------------------------------------------------
    def current_filter(self) -> LedgerFilter:
        ui = self.ui
        dates = ui.use_dates.isChecked()
        return LedgerFilter(
            state=ui.state.currentData() or "", source=ui.source.currentData() or "",
            window=ui.window.currentData() or "", department=ui.department.currentData() or "",
            date_from=ui.date_from.date().toPyDate() if dates else None,
            date_to=ui.date_to.date().toPyDate() if dates else None,
            overdue_only=ui.overdue.isChecked(), text=ui.search.text(),
            category=ui.category.currentData() or "", handler=ui.handler.currentData() or "")

    def apply_filter(self) -> None:
        """Show the entries the filter bar asks for; the selection and the detail pane
        follow the list: the entry shown stays selected if it is still listed, else
        the first listed entry is, and an empty list shows no entry."""
        current = self._detail.row.id if self._detail else None
        self.model.set_filter(self.current_filter())
        self._update_shown()
        if current is not None and self.select(current):
            return
        first = self.model.row_at(0)
        if first is None or not self.select(first.id):
            self._show_detail(None)

    def _show_state(self, state: str) -> None:
        """A count tile was clicked: show that state (or the overdue entries)."""
        if state == "overdue":
            self.ui.overdue.setChecked(True)
            return
        self.ui.overdue.setChecked(False)
        self.ui.state.setCurrentIndex(max(self.ui.state.findData(state), 0))

    def _update_counts(self) -> None:
        counts = self._partial or ledger.count(self.model.all_rows())
        self.ui.show_counts(counts)
        self._total = counts.total
        self._update_shown()

    def _update_shown(self) -> None:
        self.ui.shown.setText(self.tr("%1 of %2 entries shown")
                              .replace("%1", f"{self.model.rowCount():,}")
                              .replace("%2", f"{self._total:,}"))

    # -- the selected entry ----------------------------------------------------------------
    def select(self, complaint_id: int) -> bool:
        position = self.model.position_of(complaint_id)
        if position is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(position, 0))
        selection = self.ui.table.selectionModel()
        assert selection is not None
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.table.scrollTo(index)
        self._show_current()
        return True

    def current_row(self) -> LedgerRow | None:
        index = self.ui.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _show_current(self) -> None:
        row = self.current_row()
        if row is None:
            self._show_detail(None)
            return
        with self.context.db.read() as session:
            entry = ledger.detail(session, row.id, self.context.role, self.context.clock())
            self._names = people.names(session)
        self._show_detail(entry)

    def _show_detail(self, entry: EntryDetail | None) -> None:
        self._detail = entry
        self.ui.detail.setHtml(detail_html(entry, self.tz, self._names) if entry else "")
        allowed = set(entry.actions) if entry else set()
        for action, button in self.ui.step_buttons.items():
            button.setVisible(action in allowed)
        self.ui.correct.setVisible(entry is not None and self.context.role in rules.CORRECT_ROLES
                                   and entry.row.state != rules.VOIDED)
        self.ui.assign.setVisible(entry is not None and allows(self.context.role,
                                                               "complaint.assign")
                                  and entry.row.state != rules.VOIDED)

    # -- writing ---------------------------------------------------------------------------
    def _write(self, change: Callable[[Any], Any]) -> None:
        """Run ``change(session)`` in a write transaction off the UI thread, then show
        the entry it returns as it now stands."""
        role, db, clock = self.context.role, self.context.db, self.context.clock

        def work() -> EntryDetail:
            with db.write() as session:
                complaint_id = change(session).id
            with db.read() as session:
                return ledger.detail(session, complaint_id, role, clock())

        run_task(work, self._written, self._writer)

    def _written(self, entry: EntryDetail | None, error: BaseException | None) -> None:
        if isinstance(error, ChangedMeanwhile):
            if self.ask_reload(error) and self._detail is not None:
                self.reload_entry(self._detail.row.id)
            return
        if error is not None or entry is None:
            self.warn(self.tr("Nothing was changed: %1").replace("%1", message(error)))
            return
        row = entry.row
        self.model.update_row(row)
        self._update_counts()
        if not self.select(row.id):
            self._show_detail(entry)
        self.changed.emit(row.id)

    def reload_entry(self, complaint_id: int) -> None:
        """Show an entry as it now stands (after another workstation changed it)."""
        with self.context.db.read() as session:
            entry = ledger.detail(session, complaint_id, self.context.role,
                                  self.context.clock())
        self.model.update_row(entry.row)
        self._update_counts()
        if not self.select(entry.row.id):
            self._show_detail(entry)

    def _ask_register(self) -> None:
        dialog = RegisterDialog(self._windows(), self.context.clock(), self.tz, self,
                                categories=self._choices.categories if self._choices else ())
        if dialog.exec() == RegisterDialog.DialogCode.Accepted:
            self.register_entry(dialog.values())

    def register_entry(self, values: dict[str, Any]) -> None:
        actor, role, now = self.context.account, self.context.role, self.context.clock()
        self._write(lambda s: svc.register(s, **values, actor=actor, role=role, now=now))

    def _ask_step(self, action: str) -> None:
        if self._detail is None or action not in self._detail.actions:
            return
        dialog = StepDialog(action, self._detail, self._windows(), self)
        if dialog.exec() == StepDialog.DialogCode.Accepted:
            self.take_step(action, dialog.values())

    def take_step(self, action: str, values: dict[str, Any]) -> None:
        """Take ``action`` on the selected entry (the revision shown must be current)."""
        assert self._detail is not None
        request = svc.StepRequest(self._detail.row.id, revision=self._detail.row.revision,
                                  **values)
        actor, role, now = self.context.account, self.context.role, self.context.clock()
        self._write(lambda s: svc.apply_step(s, action, request, actor=actor, role=role,
                                             now=now))

    def _ask_correct(self) -> None:
        if self._detail is None:
            return
        dialog = CorrectDialog(self._detail, self._windows(),
                               rules.sees_personal_data(self.context.role), self)
        if dialog.exec() == CorrectDialog.DialogCode.Accepted:
            self.correct_entry(dialog.changes(), dialog.reason_text())

    def correct_entry(self, changes: dict[str, str | None], reason: str) -> None:
        assert self._detail is not None
        cid, revision = self._detail.row.id, self._detail.row.revision
        actor, role, now = self.context.account, self.context.role, self.context.clock()
        self._write(lambda s: svc.correct(s, cid, changes, reason=reason, actor=actor,
                                          role=role, now=now, revision=revision))

    def _ask_assign(self) -> None:
        if self._detail is None or self._choices is None:
            return
        dialog = AssignDialog(self._detail, self._choices.categories, self._choices.handlers,
                              self)
        if dialog.exec() == AssignDialog.DialogCode.Accepted:
            self.assign_entry(dialog.values())

    def assign_entry(self, values: dict[str, Any]) -> None:
        """Set the selected entry's category and handler."""
        assert self._detail is not None
        cid, revision = self._detail.row.id, self._detail.row.revision
        actor, role, now = self.context.account, self.context.role, self.context.clock()
        self._write(lambda s: svc.assign(s, cid, **values, actor=actor, role=role, now=now,
                                         revision=revision))

    def _windows(self) -> list[tuple[str, str, str]]:
        return self._choices.windows if self._choices else []

    # -- spreadsheets ----------------------------------------------------------------------
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a ledger spreadsheet"),
                                              "", self.tr("Spreadsheets (*.xlsx)"))
        if path:
            self.start_import(path)

    def _ask_export(self) -> None:
        stamp = local_text(self.context.clock(), self.tz, "%Y%m%d")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"),
                                              f"投诉台账-{stamp}.xlsx",
                                              self.tr("Spreadsheets (*.xlsx)"))
        if not path:
            return
        unmasked = rules.sees_personal_data(self.context.role) and QMessageBox.question(
            self, self.tr("Personal data"),
            self.tr("Export the citizens' names and phone numbers unmasked? Only do so if "
                    "the file stays in the office."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes
        self.start_export(path, unmasked)

    def start_import(self, path: str) -> None:
        actor, role, db, now = (self.context.account, self.context.role, self.context.db,
                                self.context.clock())
        self._start(path, lambda progress, cancelled: import_complaints(
            db, path, actor=actor, role=role, now=now, progress=progress, cancelled=cancelled))

    def start_export(self, path: str, unmasked: bool = False) -> None:
        actor, role, db = self.context.account, self.context.role, self.context.db
        self._start(path, lambda progress, cancelled: export_complaints(
            db, path, actor=actor, role=role, unmasked=unmasked, progress=progress,
            cancelled=cancelled))

    def _start(self, path: str, work: Callable[..., TransferResult]) -> None:
        if self._transfer is not None:
            return
        transfer = self._transfer = Transfer(self)
        transfer.progress.connect(self.ui.show_progress)
        transfer.finished.connect(lambda result, error: self._transferred(path, result, error))
        self.ui.transfer_started()
        transfer.start(work)

    def _cancel_transfer(self) -> None:
        if self._transfer is not None:
            self._transfer.cancel()

    def _transferred(self, path: str, result: TransferResult | None,
                     error: BaseException | None) -> None:
        self._transfer = None
        self.ui.transfer_ended()
        name = path.replace("\\", "/").rsplit("/", 1)[-1]
        if isinstance(error, SheetRejected):
            self.ui.status.setText(self.tr("%1 was refused; nothing was imported.")
                                   .replace("%1", name))
            self.last_report = ImportReport(name, error.problems, self)
            self.last_report.open()
        elif isinstance(error, Cancelled):
            self.ui.status.setText(self.tr("Cancelled; nothing was written."))
        elif error is not None or result is None:
            self.warn(self.tr("%1: %2").replace("%1", name).replace("%2", message(error)))
        elif result.added or result.skipped:
            self.ui.status.setText(
                self.tr("%1: %2 entries added, %3 already in the ledger (%4 rows/s).")
                .replace("%1", name).replace("%2", str(result.added))
                .replace("%3", str(result.skipped)).replace("%4", f"{result.rows_per_s:,.0f}"))
            self.refresh()
        else:
            self.ui.status.setText(self.tr("%1: %2 entries exported (%3 rows/s).")
                                   .replace("%1", name).replace("%2", f"{result.rows:,}")
                                   .replace("%3", f"{result.rows_per_s:,.0f}"))
        self.transfer_done.emit(result, error)

    def _message_box(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Complaint ledger"), text)

    def shutdown(self) -> None:
        self._cancel_transfer()
        self._writer.waitForDone(5000)

    def set_dates(self, start: dt.date, end: dt.date) -> None:
        """Filter by registration date (inclusive)."""
        self.ui.date_from.setDate(QDate(start.year, start.month, start.day))
        self.ui.date_to.setDate(QDate(end.year, end.month, end.day))
        self.ui.use_dates.setChecked(True)

"""The audit log tab (审计日志), for the auditor and the director: filters by account,
action, record and dates; the entries a page at a time; the chosen entry's fields
before and after; export to a spreadsheet (itself audited); the chain check with the
head hash. Every read runs off the UI thread and through app.security.auditlog,
which refuses any other role."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import replace
from typing import Any

from PyQt6.QtCore import QCoreApplication, QDate, Qt
from PyQt6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.hall_time import hall_tz, local_day, local_text
from app.i18n import message
from app.io import audit_sheet
from app.security import auditlog, people
from app.security.auditlog import AuditFilter, AuditRow
from app.security.permissions import allows
from widgets.audit.model import AuditModel, record_text
from widgets.context import AppContext
from widgets.labels import action_label, field_label, person_text
from widgets.pages import Page
from widgets.record_tab import page_column, record_table, side_by_side
from widgets.tasks import run_task


def _combo() -> QComboBox:
    box = QComboBox()
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.setMinimumContentsLength(12)
    box.addItem("")
    return box


def _date_filter(text: str, today: dt.date) -> tuple[QCheckBox, QDateEdit]:
    check = QCheckBox(text)
    edit = QDateEdit(QDate(today.year, today.month, today.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setEnabled(False)
    check.toggled.connect(edit.setEnabled)
    return check, edit


def _next(day: dt.date | None) -> dt.date | None:
    """The filter's "to" day is shown inclusive; the query's end is exclusive."""
    return None if day is None else day + dt.timedelta(days=1)


class AuditPage(Page):
    NAME = "audit"

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("AuditPage", "Audit log")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AuditModel(self)     # its zone is the hall's once the choices are read
        self._choices_loaded = False
        self._build()
        self._connect_signals()

    def _build(self) -> None:
        self.actor = _combo()
        self.action = _combo()
        self.entity = _combo()
        self.entity_id = QLineEdit()
        self.entity_id.setPlaceholderText(QCoreApplication.translate("AuditPage", "id or code"))
        self.entity_id.setMaximumWidth(180)
        today = local_day(self.context.clock(), self.model.tz)
        self.from_check, self.from_date = _date_filter(
            QCoreApplication.translate("AuditPage", "From"), today)
        self.to_check, self.to_date = _date_filter(
            QCoreApplication.translate("AuditPage", "To"), today)
        self.apply_button = QPushButton(QCoreApplication.translate("AuditPage", "Filter"))
        self.clear_button = QPushButton(QCoreApplication.translate("AuditPage", "Clear"))
        filters = QHBoxLayout()
        for label, widget in ((QCoreApplication.translate("AuditPage", "Account"), self.actor),
                              (QCoreApplication.translate("AuditPage", "Action"), self.action),
                              (QCoreApplication.translate("AuditPage", "Record"), self.entity)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.entity_id)
        for w in (self.from_check, self.from_date, self.to_check, self.to_date,
                  self.apply_button, self.clear_button):
            filters.addWidget(w)
        filters.addStretch(1)

        self.table = record_table(self.model, (56, 136, 110, 170, 170), row_height=22,
                                  stretch_last=True)

        self.entry_label = QLabel(QCoreApplication.translate(
            "AuditPage", "Choose an entry to see its fields."))
        self.entry_label.setWordWrap(True)
        self.entry_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields = QTableWidget(0, 3)
        self.fields.setHorizontalHeaderLabels([QCoreApplication.translate("AuditPage", "Field"),
                                               QCoreApplication.translate("AuditPage", "Before"),
                                               QCoreApplication.translate("AuditPage", "After")])
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fheader = self.fields.horizontalHeader()
        assert fheader is not None
        fheader.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        fvheader = self.fields.verticalHeader()
        assert fvheader is not None
        fvheader.setVisible(False)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.entry_label)
        detail_layout.addWidget(self.fields, 1)

        splitter = side_by_side(self.table, detail, (3, 2))

        self.count_label = QLabel()
        self.export_button = QPushButton(QCoreApplication.translate("AuditPage", "Export…"))
        self.export_button.setVisible(allows(self.context.role, "audit.export"))
        self.verify_button = QPushButton(QCoreApplication.translate("AuditPage", "Verify chain"))
        self.verify_button.setVisible(allows(self.context.role, "audit.verify"))
        self.chain_label = QLabel()
        self.chain_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_label.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.verify_button)

        page_column(self, (filters,), splitter, (bottom, self.chain_label))

    def _connect_signals(self) -> None:
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.entity_id.returnPressed.connect(self.apply_filter)
        for box in (self.actor, self.action, self.entity):
            line = box.lineEdit()
            assert line is not None
            line.returnPressed.connect(self.apply_filter)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        selection = self.table.selectionModel()
        assert selection is not None
        selection.currentRowChanged.connect(lambda current, _prev: self.show_entry(
            self.model.data(self.model.index(current.row(), 0), Qt.ItemDataRole.UserRole)))
        self.export_button.clicked.connect(self._ask_export)
        self.verify_button.clicked.connect(self.verify_chain)

    # -- the filter ----------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
            return edit.date().toPyDate() if check.isChecked() else None

        return AuditFilter(actor=self.actor.currentText().strip(),
                           action=self._action_key(), entity=self.entity.currentText().strip(),
                           entity_id=self.entity_id.text().strip(),
                           start=day(self.from_check, self.from_date),
                           end=_next(day(self.to_check, self.to_date)), tz=self.model.tz)

    def _action_key(self) -> str:
        text = self.action.currentText().strip()
        data = self.action.currentData()
        if isinstance(data, str) and self.action.itemText(self.action.currentIndex()) == text:
            return data
        return text

    def set_filter(self, **values: Any) -> None:
        """Fill the filter fields (tests, and a link from elsewhere) and apply it."""
        self.actor.setEditText(values.get("actor", ""))
        self.action.setEditText(values.get("action", ""))
        self.entity.setEditText(values.get("entity", ""))
        self.entity_id.setText(values.get("entity_id", ""))
        for check, edit, key in ((self.from_check, self.from_date, "start"),
                                 (self.to_check, self.to_date, "last")):
            day = values.get(key)
            check.setChecked(day is not None)
            if day is not None:
                edit.setDate(QDate(day.year, day.month, day.day))
        self.apply_filter()

    def clear_filter(self) -> None:
        self.set_filter()

    def apply_filter(self) -> None:
        f = self.current_filter()
        db, actor, role = self.context.db, self.context.account, self.context.role
        snapshot: dict[str, AuditFilter] = {}

        def count() -> int:
            with db.read() as session:
                bounded = replace(f, until_seq=auditlog.head_seq(session))
                snapshot["f"] = bounded
                return auditlog.count(session, bounded, actor=actor, role=role)

        def fetch(offset: int, limit: int) -> list[AuditRow]:
            with db.read() as session:
                return auditlog.page(session, snapshot["f"], offset, limit, actor=actor,
                                     role=role)

        self.count_label.setText(QCoreApplication.translate("AuditPage", "Loading…"))
        self.show_entry(None)
        self.model.start(count, fetch)

    def _loaded(self, rows: int, total: int) -> None:
        self.count_label.setText(QCoreApplication.translate(
            "AuditPage", "%1 entries match (%2 loaded).").replace("%1", str(total))
            .replace("%2", str(rows)))
        if rows and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _failed(self, message: str) -> None:
        self.count_label.setText(message)

    def refresh(self) -> None:
        if not self._choices_loaded:
            self._load_choices()
        self.apply_filter()

    def load_now(self) -> None:
        """Screenshots: the choices and the first page, waiting for them here."""
        from PyQt6.QtCore import QThreadPool

        self.refresh()
        pool = QThreadPool.globalInstance()
        assert pool is not None
        pool.waitForDone(5000)
        from PyQt6.QtWidgets import QApplication

        QApplication.processEvents()

    def _load_choices(self) -> None:
        db, actor, role = self.context.db, self.context.account, self.context.role

        def work() -> tuple[tuple[list[str], list[str], list[str]], zoneinfo.ZoneInfo,
                            dict[str, str]]:
            with db.read() as session:
                return (auditlog.choices(session, actor=actor, role=role), hall_tz(session),
                        people.names(session))

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self._failed(message(error))
                return
            self._choices_loaded = True
            (actors, actions, entities), tz, names = result
            if names != self.model.names:
                self.model.names = names
                if self.model.rowCount():
                    self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                        self.model.rowCount() - 1, self.model.columnCount() - 1))
            self._set_zone(tz)
            for box, items in ((self.actor, actors), (self.entity, entities)):
                text = box.currentText()
                box.blockSignals(True)
                box.clear()
                box.addItem("")
                box.addItems(items)
                box.setEditText(text)
                box.blockSignals(False)
            text = self.action.currentText()
            self.action.blockSignals(True)
            self.action.clear()
            self.action.addItem("", "")
            for prefix in sorted({a.split(".")[0] + "." for a in actions if "." in a}):
                self.action.addItem(prefix + "*", prefix)
            for a in actions:
                self.action.addItem(action_label(a), a)
            self.action.setEditText(text)
            self.action.blockSignals(False)

        run_task(work, done)

    def _set_zone(self, tz: zoneinfo.ZoneInfo) -> None:
        """The hall's zone is read: times shown anew, the date filters' "today" moved
        with it where they are not in use."""
        if tz == self.model.tz:
            return
        before, self.model.tz = local_day(self.context.clock(), self.model.tz), tz
        today = local_day(self.context.clock(), tz)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            if not check.isChecked() and edit.date().toPyDate() == before:
                edit.setDate(QDate(today.year, today.month, today.day))
        if self.model.rowCount():
            self.model.dataChanged.emit(self.model.index(0, 0), self.model.index(
                self.model.rowCount() - 1, self.model.columnCount() - 1))

    # -- one entry -----------------------------------------------------------------------
    def show_entry(self, row: AuditRow | None) -> None:
        self.fields.setRowCount(0)
        if row is None:
            self.entry_label.setText(QCoreApplication.translate(
                "AuditPage", "Choose an entry to see its fields."))
            return
        when = local_text(row.ts, self.model.tz, "%Y-%m-%d %H:%M:%S")
        self.entry_label.setText(QCoreApplication.translate(
            "AuditPage", "Entry %1 · %2 · %3 · %4 · %5\nHash %6").replace("%1", str(row.seq))
            .replace("%2", when)
            .replace("%3", f"{person_text(row.actor, self.model.names)} [{row.actor}]")
            .replace("%4", f"{action_label(row.action)} [{row.action}]")
            .replace("%5", record_text(row)).replace("%6", row.hash))
        items = auditlog.detail_fields(row.detail)
        self.fields.setRowCount(len(items))
        for i, (field, *values) in enumerate(items):
            for j, value in enumerate((field_label(field), *values)):
                item = QTableWidgetItem(value)
                item.setToolTip(field if j == 0 else value)
                self.fields.setItem(i, j, item)

    # -- export and the chain ------------------------------------------------------------
    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("AuditPage", "Export the audit log"),
            self.export_name(),
            QCoreApplication.translate("AuditPage", "Spreadsheets (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_name(self) -> str:
        """The export's default file name, dated by the hall's clock."""
        return f"审计日志-{local_text(self.context.clock(), self.model.tz, '%Y%m%d')}.xlsx"

    def export_to(self, path: str) -> None:
        f, db = self.current_filter(), self.context.db
        actor, role = self.context.account, self.context.role
        self.export_button.setEnabled(False)

        def done(result: Any, error: BaseException | None) -> None:
            self.export_button.setEnabled(True)
            if error is not None:
                QMessageBox.warning(self, QCoreApplication.translate("AuditPage", "Audit log"),
                                    message(error))
                return
            self.count_label.setText(QCoreApplication.translate(
                "AuditPage", "%1 entries exported to %2.").replace("%1", str(result.rows))
                .replace("%2", path))

        run_task(lambda: audit_sheet.export_audit(db, path, f, actor=actor, role=role), done)

    def verify_chain(self) -> None:
        db, actor, role = self.context.db, self.context.account, self.context.role
        self.verify_button.setEnabled(False)
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(QCoreApplication.translate("AuditPage",
                                                            "Checking the chain…"))

        def done(result: Any, error: BaseException | None) -> None:
            self.verify_button.setEnabled(True)
            if error is not None:
                self.chain_label.setText(message(error))
                return
            if result.broken_at is None:
                self.chain_label.setStyleSheet("color:#2e7d32")
                text = QCoreApplication.translate(
                    "AuditPage", "Chain intact: %1 entries. Head: entry %2, hash %3")
            else:
                self.chain_label.setStyleSheet("color:white;background:#c62828;padding:2px")
                text = QCoreApplication.translate(
                    "AuditPage", "Chain BROKEN at entry %4 (%5). Checked %1 entries; head: "
                    "entry %2, hash %3")
            self.chain_label.setText(
                text.replace("%1", str(result.entries))
                .replace("%2", str(result.head_seq or 0)).replace("%3", result.head_hash)
                .replace("%4", str(result.broken_at)).replace("%5", result.reason))

        run_task(lambda: auditlog.verify_chain(db, actor=actor, role=role), done)

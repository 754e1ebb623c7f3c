"""文件 → 导入数据…: pick vendor exports, see how HallDesk reads each (kind, encoding,
mapping, the first rows, every problem), change a column's mapping and save it under a
name, then import them all on a worker with a progress bar and a cancel button."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt
from PyQt6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.i18n import message
from app.imports.columns import (
    HEADERS,
    KINDS,
    Mapping_,
    load_mapping,
    mapping_names,
    norm,
    save_mapping,
)
from app.imports.run import ImportRejected, ImportReport, Preview, import_file, preview
from app.io.xlsx import Cancelled, Problem
from widgets.complaints.transfer import Transfer
from widgets.context import AppContext
from widgets.imports.labels import field_label, kind_label, problem_text
from widgets.tasks import first_line, run_task

translate = QCoreApplication.translate
FILTER = "*.xlsx *.xls *.csv"
STAGES = ("read", "apply")


@dataclass
class _File:
    path: Path
    kind: str | None = None          # None: detect
    encoding: str | None = None
    mapping: Mapping_ | None = None
    shown: Preview | None = None
    error: str = ""
    result: str = ""
    reading: int = 0                 # the read under way (0: none)
    columns: dict[str, str] = field(default_factory=dict)   # field → header (edited)


class ImportDialog(QDialog):
    """Import vendor exports; ``files`` holds what was picked, ``reports`` what was done."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.files: list[_File] = []
        self.reports: list[ImportReport] = []
        self.errors: list[str] = []
        self.transfer: Transfer | None = None
        self.setWindowTitle(self.tr("Import data"))
        self._build()
        self.resize(1100, 720)

    # -- layout ------------------------------------------------------------------
    def _build(self) -> None:
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.clicked.connect(self._pick)
        self.file_list = QListWidget()
        self.file_list.currentRowChanged.connect(self._show)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.add_button)
        lv.addWidget(self.file_list, 1)

        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Detect"), None)
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.encoding_box = QComboBox()
        self.encoding_box.addItem(self.tr("Detect"), None)
        for enc in ("utf-8", "gb18030"):
            self.encoding_box.addItem(enc, enc)
        self.mapping_box = QComboBox()
        self._fill_mappings()
        for box in (self.kind_box, self.encoding_box, self.mapping_box):
            box.activated.connect(self._options_changed)
        self.detected = QLabel()
        self.detected.setObjectName("detected")
        self.detected.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Encoding"), self.encoding_box)
        form.addRow(self.tr("Mapping"), self.mapping_box)
        form.addRow(self.detected)

        self.columns_box = QGroupBox(self.tr("Columns"))
        self.columns_grid = QGridLayout(self.columns_box)
        self.field_boxes: dict[str, QComboBox] = {}
        self.save_mapping_button = QPushButton(self.tr("Save mapping as…"))
        self.save_mapping_button.clicked.connect(self._save_mapping)

        self.rows_table = QTableWidget()
        self.rows_table.setObjectName("preview")
        self.problems_table = QTableWidget(0, 4)
        self.problems_table.setObjectName("problems")
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is wrong")])
        for table in (self.rows_table, self.problems_table):
            header = table.horizontalHeader()
            assert header is not None
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        last = self.problems_table.horizontalHeader()
        assert last is not None
        last.setStretchLastSection(True)
        rows_side = self.problems_table.verticalHeader()
        assert rows_side is not None
        rows_side.setVisible(False)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        cols = QVBoxLayout()
        cols.addWidget(self.columns_box)
        cols.addWidget(self.save_mapping_button)
        top.addLayout(cols, 2)
        rv.addLayout(top)
        rv.addWidget(QLabel(self.tr("The first rows as HallDesk reads them:")))
        rv.addWidget(self.rows_table, 2)
        rv.addWidget(QLabel(self.tr("Problems:")))
        rv.addWidget(self.problems_table, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([260, 840])

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check every row"))
        self.check_button.clicked.connect(lambda: self.start_import(dry_run=True))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.close_button)
        self.cancel_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    def _fill_mappings(self) -> None:
        current = self.mapping_box.currentData()
        self.mapping_box.clear()
        self.mapping_box.addItem(self.tr("None (headers as found)"), None)
        for name in mapping_names():
            self.mapping_box.addItem(name, name)
        i = self.mapping_box.findData(current)
        self.mapping_box.setCurrentIndex(max(i, 0))

    # -- files -------------------------------------------------------------------
    def _pick(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Vendor exports"), "", self.tr("Exports (%1)").replace("%1", FILTER))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        for path in paths:
            if any(f.path == path for f in self.files):
                continue
            entry = _File(path)
            self.files.append(entry)
            self._read(entry)
            self.file_list.addItem(path.name)
        if self.files and self.file_list.currentRow() < 0:
            self.file_list.setCurrentRow(0)
        self._show(self.file_list.currentRow())

    def current(self) -> _File | None:
        row = self.file_list.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    def _read(self, entry: _File) -> None:
        """Read the file as HallDesk would, on a worker (opening a large sheet takes a
        while); the file's entry is shown again when it is done."""
        entry.reading += 1
        generation = entry.reading
        db, path, kind, encoding = self.context.db, entry.path, entry.kind, entry.encoding
        mapping = self._mapping_of(entry)

        def work() -> Preview:
            return preview(db, path, kind=kind, mapping=mapping, encoding=encoding)

        def done(shown: Preview | None, error: BaseException | None) -> None:
            if generation != entry.reading:
                return                      # an older read of a file changed since
            entry.reading = 0
            if isinstance(error, UserError) or error is None:
                entry.shown, entry.error = shown, message(error) if error else ""
            else:
                entry.shown, entry.error = None, first_line(error)
            if entry in self.files:
                self._show(self.files.index(entry), only_item=entry is not self.current())

        run_task(work, done, owner=self)

    @property
    def reading(self) -> bool:
        """Some file is still being read."""
        return any(f.reading for f in self.files)

    def _options_changed(self) -> None:
        entry = self.current()
        if entry is None:
            return
        entry.kind = self.kind_box.currentData()
        entry.encoding = self.encoding_box.currentData()
        name = self.mapping_box.currentData()
        try:
            entry.mapping = load_mapping(name) if name else None
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Mapping"), message(exc))
            entry.mapping = None
        entry.columns = {}
        self._read(entry)
        self._show(self.file_list.currentRow())

    def _column_changed(self) -> None:
        entry = self.current()
        if entry is None or entry.shown is None:
            return
        entry.columns = {f: box.currentData() for f, box in self.field_boxes.items()
                         if box.currentData()}
        entry.kind = entry.kind or entry.shown.kind
        self._read(entry)
        self._show(self.file_list.currentRow())

    def _show(self, row: int, only_item: bool = False) -> None:
        entry = self.files[row] if 0 <= row < len(self.files) else None
        self._update_buttons()
        if entry is None:
            return
        item = self.file_list.item(row)
        if entry.reading:
            if item is not None:
                item.setText(f"… {entry.path.name}")
            if not only_item:
                self.detected.setText(self.tr("Reading…"))
            return
        if only_item:
            if item is not None:
                mark = "✗" if entry.shown is None else ("!" if entry.shown.problems else "✓")
                item.setText(f"{mark} {entry.path.name}")
            return
        for box, value in ((self.kind_box, entry.kind), (self.encoding_box, entry.encoding),
                           (self.mapping_box, entry.mapping.name if entry.mapping else None)):
            box.setCurrentIndex(max(box.findData(value), 0))
        shown = entry.shown
        if shown is None:
            self.detected.setText(entry.error)
            self.detected.setStyleSheet("color:#b71c1c")
            self._fill_rows([], [])
            self._fill_problems([])
            self._fill_columns(None)
            if item is not None:
                item.setText(f"✗ {entry.path.name}")
            return
        self.detected.setStyleSheet("")
        self.detected.setText(self.tr("Read as: %1, encoding %2, mapping %3")
                              .replace("%1", kind_label(shown.kind))
                              .replace("%2", shown.encoding)
                              .replace("%3", shown.mapping or self.tr("none")))
        fields = {j: f for f, j in shown.columns.items()}
        headers = [f"{h}\n→ {field_label(fields[j])}" if j in fields else h
                   for j, h in enumerate(shown.headers)]
        self._fill_rows(headers, shown.rows)
        self._fill_problems(shown.problems)
        self._fill_columns(shown)
        if item is not None:
            mark = "✓" if not shown.problems else "!"
            item.setText(f"{mark} {entry.path.name}" + (f" — {entry.result}" if entry.result
                                                        else ""))

    def _fill_rows(self, headers: list[str], rows: list[tuple[int, list[str]]]) -> None:
        t = self.rows_table
        t.clear()
        t.setColumnCount(len(headers))
        t.setRowCount(len(rows))
        t.setHorizontalHeaderLabels(headers)
        t.setVerticalHeaderLabels([str(n) for n, _ in rows])
        for i, (_, cells) in enumerate(rows):
            for j, value in enumerate(cells[:len(headers)]):
                t.setItem(i, j, QTableWidgetItem(value))

    def _fill_problems(self, problems: list[Problem]) -> None:
        t = self.problems_table
        t.setRowCount(len(problems))
        for i, p in enumerate(problems):
            column = f"{p.letter} {p.column}".strip()
            for j, text in enumerate((str(p.row), column, p.value, problem_text(p))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(p.reason)           # the English detail
                t.setItem(i, j, cell)

    def _fill_columns(self, shown: Preview | None) -> None:
        while self.columns_grid.count():
            item = self.columns_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.field_boxes = {}
        if shown is None:
            return
        for i, name in enumerate(HEADERS[shown.kind]):
            box = QComboBox()
            box.setObjectName(f"column_{name}")
            box.addItem("—", None)
            for header in shown.headers:
                if header:
                    box.addItem(header, header)
            j = shown.columns.get(name)
            if j is not None and j < len(shown.headers):
                box.setCurrentIndex(max(box.findData(shown.headers[j]), 0))
            box.activated.connect(self._column_changed)
            self.columns_grid.addWidget(QLabel(field_label(name)), i // 2, (i % 2) * 2)
            self.columns_grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
            self.field_boxes[name] = box

    def _save_mapping(self) -> None:
        entry = self.current()
        if entry is None or entry.shown is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"),
                                        self.tr("Name of the mapping:"))
        if not ok or not name.strip():
            return
        columns = {f: box.currentData() for f, box in self.field_boxes.items()
                   if box.currentData()}
        old = entry.mapping
        mapping = Mapping_(entry.shown.kind, columns, dict(old.values) if old else {},
                           old.timezone if old else None)
        try:
            save_mapping(name.strip(), mapping)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Save mapping"), message(exc))
            return
        entry.mapping, entry.columns = load_mapping(name.strip()), {}
        self._fill_mappings()
        self._read(entry)
        self._show(self.file_list.currentRow())

    # -- importing ---------------------------------------------------------------
    def _update_buttons(self) -> None:
        busy = self.transfer is not None
        ready = any(f.shown is not None for f in self.files) and not self.reading
        self.import_button.setEnabled(ready and not busy)
        self.check_button.setEnabled(ready and not busy)
        self.save_mapping_button.setEnabled(not busy and self.current() is not None
                                            and self.current().shown is not None)  # type: ignore[union-attr]
        self.add_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.close_button.setEnabled(not busy)

    def start_import(self, dry_run: bool = False) -> None:
        """Import every file read and not imported yet, on a worker; ``dry_run``: check
        every row of them (nothing is written) and show all the problems."""
        todo = [f for f in self.files if f.shown is not None and not f.result]
        if not todo or self.transfer is not None:
            return
        db, actor, role = self.context.db, self.context.account, self.context.role
        jobs = [(f, f.shown.kind if f.shown else None, f.encoding, self._mapping_of(f))
                for f in todo]

        def work(progress: Any, cancelled: Any) -> list[tuple[_File, Any]]:
            out: list[tuple[_File, Any]] = []
            for i, (entry, kind, encoding, mapping) in enumerate(jobs):
                def step(stage: str, done: int, total: int, i: int = i) -> None:
                    part = done / total if total else 0.5
                    progress(int(1000 * (i * 2 + STAGES.index(stage) + part) / (2 * len(jobs))),
                             1000)
                try:
                    out.append((entry, import_file(
                        db, entry.path, actor=actor, role=role, kind=kind, mapping=mapping,
                        encoding=encoding, dry_run=dry_run, progress=step,
                        cancelled=cancelled)))
                except Cancelled:
                    out.append((entry, Cancelled()))
                    break
                except UserError as exc:
                    out.append((entry, exc))
            return out

        self.transfer = Transfer(self)
        self.transfer.progress.connect(lambda done, total: self.progress.setValue(done))
        self.transfer.finished.connect(
            lambda results, error: self._imported(results, error, dry_run))
        self.progress.setValue(0)
        self.progress.show()
        self.status.setText(self.tr("Importing %1 files…").replace("%1", str(len(jobs))))
        self._update_buttons()
        self.transfer.start(work)

    def _mapping_of(self, entry: _File) -> Mapping_ | None:
        if not entry.columns:
            return entry.mapping
        old = entry.mapping
        return Mapping_(entry.shown.kind if entry.shown else None,
                        {f: norm(h) for f, h in entry.columns.items()},
                        dict(old.values) if old else {}, old.timezone if old else None,
                        old.name if old else "")

    def _cancel(self) -> None:
        if self.transfer is not None:
            self.transfer.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _imported(self, results: list[tuple[_File, Any]] | None,
                  error: BaseException | None, dry_run: bool = False) -> None:
        self.transfer = None
        self.progress.hide()
        lines = []
        for entry, outcome in results or []:
            if isinstance(outcome, ImportReport) and dry_run:
                if entry.shown is not None:
                    entry.shown.problems = outcome.problems
                lines.append(self.tr("%1: every row checked, %2 rows, no problem").replace(
                    "%1", entry.path.name).replace("%2", str(outcome.rows)))
            elif isinstance(outcome, ImportReport):
                self.reports.append(outcome)
                entry.result = self.tr("%1 rows, %2 events, %3 already known").replace(
                    "%1", str(outcome.rows)).replace("%2", str(outcome.events)).replace(
                    "%3", str(outcome.known))
                lines.append(f"{entry.path.name}: {entry.result}")
            elif isinstance(outcome, Cancelled):
                lines.append(self.tr("%1: cancelled, nothing imported").replace(
                    "%1", entry.path.name))
            else:
                self.errors.append(str(outcome))
                lines.append(f"{entry.path.name}: {outcome}")
                if isinstance(outcome, ImportRejected) and entry.shown is not None:
                    entry.shown.problems = outcome.report.problems
        if error is not None:
            self.errors.append(message(error))
            lines.append(message(error).splitlines()[0] if message(error) else type(error).__name__)
        self.status.setText("\n".join(lines))
        self._show(self.file_list.currentRow())

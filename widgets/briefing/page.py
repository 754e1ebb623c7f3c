"""The briefing tab: choose the quarter, write the director's text, generate the PDF
off the UI thread with a progress bar, preview it (QPdfView), print, save, and export
one PDF per department. All data work is in app.briefing."""

from __future__ import annotations

import zoneinfo
from pathlib import Path
from typing import Any

from PyQt6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, pyqtSignal
from PyQt6.QtGui import QPainter
from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtPdfWidgets import QPdfView
from PyQt6.QtPrintSupport import QPrintDialog, QPrinter
from PyQt6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.briefing import (
    Quarter,
    build,
    last_finished_at,
    load_note,
    save_note,
    write_departments,
)
from app.briefing.export import check_target, record_output
from app.briefing.fonts import register_font
from app.config import DEFAULT_TIMEZONE
from app.files import write_atomic
from widgets.context import AppContext
from widgets.pages import Page
from widgets.tasks import run_task

QUARTERS_SHOWN = 8


class _Progress(QObject):
    """Signals: step(int done, int total), emitted from the worker thread."""

    step = pyqtSignal(int, int)


class BriefingPage(Page):
    """Signals: generated(int pages) once a preview is shown."""

    NAME = "briefing"
    generated = pyqtSignal(int)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BriefingPage", "Quarterly briefing")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pdf: bytes | None = None
        self.pdf_quarter: Quarter | None = None
        self._busy = False
        self._loaded_note = ""
        self._progress = _Progress()
        self._progress.step.connect(self._on_step)
        # The hall's zone counts the quarters; the usual one until the hall file's is read.
        self.tz = zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)
        self._build()
        self._connect_signals()
        self._fill_quarters()
        self._load_zone()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.quarter = QComboBox()
        self.generate_button = QPushButton(QCoreApplication.translate("BriefingPage",
                                                                      "Generate"))
        self.print_button = QPushButton(QCoreApplication.translate("BriefingPage", "Print…"))
        self.save_button = QPushButton(QCoreApplication.translate("BriefingPage",
                                                                  "Save as…"))
        self.departments_button = QPushButton(QCoreApplication.translate(
            "BriefingPage", "Export per department…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 8)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("BriefingPage", "Quarter")))
        for w in (self.quarter, self.generate_button, self.print_button, self.save_button,
                  self.departments_button):
            bar.addWidget(w)
        bar.addWidget(self.progress, 1)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(QCoreApplication.translate(
            "BriefingPage", "Problems and next steps: kept with the quarter and printed "
            "in section 7."))
        self.save_note_button = QPushButton(QCoreApplication.translate("BriefingPage",
                                                                       "Save text"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(QCoreApplication.translate(
            "BriefingPage", "Problems and next steps")))
        left_layout.addWidget(self.note, 1)
        left_layout.addWidget(self.save_note_button)
        self.document = QPdfDocument(self)
        self.view = QPdfView(None)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._buffer: QBuffer | None = None
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.quarter.currentIndexChanged.connect(self._quarter_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_as_dialog)
        self.departments_button.clicked.connect(self.export_departments_dialog)
        self.save_note_button.clicked.connect(self.save_text)

    def _fill_quarters(self, keep: str | None = None) -> None:
        """The quarters by the hall's date now; ``keep`` stays selected if listed."""
        latest = last_finished_at(self.context.clock(), self.tz)
        self.quarter.blockSignals(True)
        self.quarter.clear()
        # The quarter under way first (a draft), then the finished ones; the default is
        # the last finished quarter.
        for q in [latest.shifted(1), *(latest.shifted(-i) for i in range(QUARTERS_SHOWN))]:
            self.quarter.addItem(q.key, q)
        kept = self.quarter.findText(keep) if keep else -1
        self.quarter.setCurrentIndex(kept if kept >= 0 else 1)
        self.quarter.blockSignals(False)
        if keep is None or kept < 0:
            self._quarter_changed()

    def _load_zone(self) -> None:
        """Read the hall's time zone off the UI thread; recount the quarters if it is
        not the usual one."""
        db = self.context.db

        def load() -> zoneinfo.ZoneInfo:
            from app.hall_time import hall_tz

            with db.read() as session:
                return hall_tz(session)

        def done(tz: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
            elif tz != self.tz:
                self.tz = tz
                self._fill_quarters(keep=self.quarter.currentText())

        run_task(load, done, owner=self)

    def selected(self) -> Quarter:
        q = self.quarter.currentData()
        assert isinstance(q, Quarter)
        return q

    def _update_buttons(self) -> None:
        ready = self.pdf is not None and not self._busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        for w in (self.generate_button, self.departments_button, self.save_note_button,
                  self.quarter):
            w.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # -- the director's text -----------------------------------------------------------
    def _quarter_changed(self) -> None:
        key = self.selected().key
        db = self.context.db

        def load() -> str:
            with db.read() as session:
                return load_note(session, key)[0]

        def done(text: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            if self.selected().key == key:
                self._loaded_note = str(text)
                self.note.setPlainText(self._loaded_note)

        run_task(load, done, owner=self)

    def _note_saver(self) -> Any:
        key, text = self.selected().key, self.note.toPlainText()
        db, actor, now = self.context.db, self.context.account, self.context.clock()
        role = self.context.role

        def save() -> bool:
            with db.write() as session:
                return save_note(session, key, text, actor=actor, role=role, now=now)

        return save

    def save_text(self) -> None:
        saver = self._note_saver()
        self._set_busy(True)

        def done(changed: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                self._error(error)
                return
            self._loaded_note = self.note.toPlainText().strip()
            self.status.setText(QCoreApplication.translate("BriefingPage", "Text saved.")
                                if changed else QCoreApplication.translate(
                                    "BriefingPage", "The text is unchanged."))

        run_task(saver, done)

    # -- generating --------------------------------------------------------------------
    def generate(self) -> None:
        """Save the text, then build the PDF off the UI thread and preview it."""
        quarter, saver = self.selected(), self._note_saver()
        db, now, step = self.context.db, self.context.clock(), self._progress.step.emit
        self._set_busy(True)
        self.progress.setValue(0)
        self.status.setText(QCoreApplication.translate("BriefingPage", "Generating…"))

        def work() -> tuple[bytes, str | None, bool]:
            saver()
            warning = register_font().warning
            briefing, data = build(db, quarter, now, progress=step)
            return data, warning, briefing.empty

        def done(result: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                self.progress.setValue(0)
                self._error(error)
                return
            data, warning, empty = result
            self.show_pdf(data, quarter)
            parts = [QCoreApplication.translate("BriefingPage", "Briefing of %1 generated.")
                     .replace("%1", quarter.key)]
            if empty:
                parts.append(QCoreApplication.translate("BriefingPage",
                                                        "The quarter has no data."))
            if warning:
                parts.append(warning)
            self.status.setText(" ".join(parts))
            self.generated.emit(self.document.pageCount())

        run_task(work, done)

    def _on_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_pdf(self, data: bytes, quarter: Quarter) -> None:
        self.pdf, self.pdf_quarter = data, quarter
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        self._update_buttons()

    # -- print, save, per department ----------------------------------------------------
    def print_to(self, printer: QPrinter) -> None:
        """Paint every page of the preview onto ``printer`` at its resolution."""
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("the printer could not be started")
        try:
            for i in range(self.document.pageCount()):
                if i:
                    printer.newPage()
                rect = painter.viewport()
                size = self.document.pagePointSize(i)
                scale = min(rect.width() / size.width(), rect.height() / size.height())
                image = self.document.render(i, (size * scale).toSize())
                painter.drawImage(0, 0, image)
        finally:
            painter.end()

    def _released(self, how: str, where: str, then: Any) -> None:
        """Authorise and audit a briefing leaving the application (off the UI thread),
        then ``then()`` prints or saves it; a refused role gets the reason."""
        quarter, db = self.pdf_quarter, self.context.db
        actor, role = self.context.account, self.context.role
        assert quarter is not None

        def done(_result: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            then()

        run_task(lambda: record_output(db, quarter, how, where, actor=actor, role=role),
                 done)

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self._released("print", printer.printerName() or "printer",
                           lambda: self._print_now(printer))

    def _print_now(self, printer: QPrinter) -> None:
        try:
            self.print_to(printer)
        except OSError as exc:
            self._error(exc)

    def save_to(self, path: str) -> Path:
        assert self.pdf is not None
        target = check_target(path)
        write_atomic(target, self.pdf)
        return target

    def save_as_dialog(self) -> None:
        if self.pdf is None or self.pdf_quarter is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("BriefingPage", "Save the briefing"),
            f"{self.pdf_quarter.key}.pdf", "PDF (*.pdf)")
        if path:
            self._released("save", path, lambda: self._save_now(path))

    def _save_now(self, path: str) -> None:
        try:
            target = self.save_to(path)
        except Exception as exc:  # a UserError or OSError: one sentence in a dialog
            self._error(exc)
            return
        self.status.setText(QCoreApplication.translate("BriefingPage", "Saved to %1.")
                            .replace("%1", str(target)))

    def export_departments(self, folder: str) -> None:
        """One PDF per department into ``folder``, off the UI thread."""
        quarter, db, now = self.selected(), self.context.db, self.context.clock()
        actor, role = self.context.account, self.context.role
        step = self._progress.step.emit
        self._set_busy(True)
        self.progress.setValue(0)

        def done(written: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                self._error(error)
                return
            self.status.setText(QCoreApplication.translate(
                "BriefingPage", "%1 department briefings written to %2.")
                .replace("%1", str(len(written))).replace("%2", folder))

        run_task(lambda: write_departments(db, quarter, folder, now, progress=step,
                                           actor=actor, role=role), done)

    def export_departments_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate(
            "BriefingPage", "Folder for the department briefings"))
        if folder:
            self.export_departments(folder)

    def _error(self, error: BaseException) -> None:
        self.status.setText(str(error))
        QMessageBox.warning(self, QCoreApplication.translate("BriefingPage", "Briefing"),
                            str(error))

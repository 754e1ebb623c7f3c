"""The briefing tab: choose 季报 or 月报 and its period, write the director's text,
generate the PDF off the UI thread with a progress bar, preview it (QPdfView), print,
save as PDF or Word, export one file per department, and set the masthead and the
distribution block. Printing and saving always regenerate from the text and the data
as they are now. All data work is in app.briefing."""

from __future__ import annotations

import zoneinfo
from pathlib import Path
from typing import Any

from PyQt6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QSettings,
    QStandardPaths,
    pyqtSignal,
)
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
    DOCX,
    PDF,
    Term,
    build,
    format_of,
    last_finished_at,
    last_finished_month_at,
    load_note,
    reserve_issue,
    save_note,
    write_departments,
)
from app.briefing.export import check_target, record_output
from app.briefing.fonts import register_font
from app.config import DEFAULT_TIMEZONE
from app.files import write_atomic
from app.i18n import message
from widgets.briefing.settings_dialog import BriefingSettingsDialog
from widgets.context import AppContext
from widgets.pages import Page
from widgets.tasks import run_task

QUARTERS_SHOWN = 8
MONTHS_SHOWN = 13
FOLDER_KEY = "briefing/folder"
QUARTERLY, MONTHLY = "quarter", "month"


def start_folder() -> str:
    """Where the save dialog opens: the folder used last, else the user's Documents."""
    kept = QSettings().value(FOLDER_KEY, "", type=str)
    if kept and Path(kept).is_dir():
        return str(kept)
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class _Progress(QObject):
    """Signals: step(int done, int total), emitted from the worker thread."""

    step = pyqtSignal(int, int)


class BriefingPage(Page):
    """Signals: generated(int pages) once a preview is shown; released(str how, str
    where) once a briefing has been saved or sent to the printer."""

    NAME = "briefing"
    generated = pyqtSignal(int)
    released = pyqtSignal(str, str)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BriefingPage", "Work briefing")

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.pdf: bytes | None = None
        self.pdf_quarter: Term | None = None
        self.hall_name = ""
        self.zone_loaded = False        # the hall's zone and name have been read
        self._busy = False
        self._loaded_note = ""
        self._progress = _Progress()
        self._progress.step.connect(self._on_step)
        # The hall's zone counts the periods; the usual one until the hall file's is read.
        self.tz = zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)
        self._build()
        self._connect_signals()
        self._fill_quarters()
        self._load_zone()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.kind = QComboBox()
        self.kind.addItem(QCoreApplication.translate(
            "BriefingPage", "Quarterly report"), QUARTERLY)
        self.kind.addItem(QCoreApplication.translate("BriefingPage", "Monthly report"), MONTHLY)
        self.quarter = QComboBox()
        self.generate_button = QPushButton(QCoreApplication.translate("BriefingPage", "Generate"))
        self.print_button = QPushButton(QCoreApplication.translate("BriefingPage", "Print…"))
        self.save_button = QPushButton(QCoreApplication.translate("BriefingPage", "Save as…"))
        self.save_word_button = QPushButton(QCoreApplication.translate(
            "BriefingPage", "Save as Word…"))
        self.departments_button = QPushButton(QCoreApplication.translate(
            "BriefingPage", "Export per department…"))
        self.department_format = QComboBox()
        self.department_format.addItem("PDF", PDF)
        self.department_format.addItem(QCoreApplication.translate("BriefingPage", "Word"), DOCX)
        self.settings_button = QPushButton(QCoreApplication.translate(
            "BriefingPage", "Masthead and distribution…"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 8)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.kind)
        for w in (self.quarter, self.generate_button, self.print_button, self.save_button,
                  self.save_word_button, self.departments_button, self.department_format,
                  self.settings_button):
            bar.addWidget(w)
        bar.addWidget(self.progress, 1)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(QCoreApplication.translate(
            "BriefingPage", "Problems and next steps: kept with the period and printed "
            "in section 8."))
        self.save_note_button = QPushButton(QCoreApplication.translate(
            "BriefingPage", "Save text"))
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
        self.kind.currentIndexChanged.connect(lambda _i: self._fill_quarters())
        self.quarter.currentIndexChanged.connect(self._quarter_changed)
        self.generate_button.clicked.connect(self.generate)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(lambda: self.save_as_dialog(PDF))
        self.save_word_button.clicked.connect(lambda: self.save_as_dialog(DOCX))
        self.departments_button.clicked.connect(self.export_departments_dialog)
        self.save_note_button.clicked.connect(self.save_text)
        self.settings_button.clicked.connect(self.settings_dialog)

    def _fill_quarters(self, keep: str | None = None) -> None:
        """The periods of the chosen kind by the hall's date now; ``keep`` stays
        selected if listed."""
        now = self.context.clock()
        latest: Term
        terms: list[Term]
        if self.kind.currentData() == MONTHLY:
            m = last_finished_month_at(now, self.tz)
            latest, terms = m, [m.shifted(1), *(m.shifted(-i) for i in range(MONTHS_SHOWN))]
        else:
            q = last_finished_at(now, self.tz)
            latest, terms = q, [q.shifted(1), *(q.shifted(-i) for i in range(QUARTERS_SHOWN))]
        self.quarter.blockSignals(True)
        self.quarter.clear()
        # The period under way first (a draft), then the finished ones; the default is
        # the last finished one.
        for t in terms:
            self.quarter.addItem(t.key, t)
        kept = self.quarter.findText(keep) if keep else -1
        self.quarter.setCurrentIndex(kept if kept >= 0 else terms.index(latest))
        self.quarter.blockSignals(False)
        if keep is None or kept < 0:
            self._quarter_changed()

    def _load_zone(self) -> None:
        """Read the hall's time zone and name off the UI thread; recount the periods if
        the zone is not the usual one."""
        db = self.context.db

        def load() -> tuple[zoneinfo.ZoneInfo, str]:
            from sqlalchemy import select

            from app.hall_time import hall_tz
            from models import Hall

            with db.read() as session:
                return hall_tz(session), session.scalar(select(Hall.name).limit(1)) or ""

        def done(result: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            tz, self.hall_name = result
            self.zone_loaded = True
            if tz != self.tz:
                self.tz = tz
                self._fill_quarters(keep=self.quarter.currentText())

        run_task(load, done, owner=self)

    def selected(self) -> Term:
        q = self.quarter.currentData()
        assert q is not None
        return q  # type: ignore[no-any-return]

    def _update_buttons(self) -> None:
        for w in (self.generate_button, self.departments_button, self.save_note_button,
                  self.quarter, self.kind, self.print_button, self.save_button,
                  self.save_word_button, self.department_format, self.settings_button):
            w.setEnabled(not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    # -- the director's text -----------------------------------------------------------
    def _quarter_changed(self) -> None:
        key, before = self.selected().key, self.note.toPlainText()
        db = self.context.db

        def load() -> str:
            with db.read() as session:
                return load_note(session, key)[0]

        def done(text: Any, error: BaseException | None) -> None:
            if error is not None:
                self._error(error)
                return
            # Text typed while the period's text was being read is the director's: kept.
            if self.selected().key == key and self.note.toPlainText() == before:
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
                                                        "The period has no data."))
            if warning:
                parts.append(warning)
            self.status.setText(" ".join(parts))
            self.generated.emit(self.document.pageCount())

        run_task(work, done)

    def _on_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def show_pdf(self, data: bytes, quarter: Term) -> None:
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

    def note_missing_confirmed(self) -> bool:
        """True unless section 8 is empty and the director chooses not to go on."""
        if self.note.toPlainText().strip():
            return True
        answer = QMessageBox.question(
            self, QCoreApplication.translate("BriefingPage", "Briefing"),
            QCoreApplication.translate(
                "BriefingPage", "Section 8 (problems and next steps) is empty. Print the "
                "briefing without it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def release(self, how: str, where: str, fmt: str = PDF, then: Any = None) -> None:
        """Save the text, give the briefing its issue number, build it anew from the
        text and the data as they are now, write it to ``where`` (a save) and audit it,
        all off the UI thread; then show the new PDF and call ``then()`` (a print)."""
        term, saver, db = self.selected(), self._note_saver(), self.context.db
        actor, role, now = self.context.account, self.context.role, self.context.clock()
        step = self._progress.step.emit
        self._set_busy(True)
        self.progress.setValue(0)

        def work() -> tuple[bytes | None, str]:
            if how == "save":
                check_target(where)
            saver()
            reserve_issue(db, term, now, actor=actor, role=role)
            _b, data = build(db, term, now, progress=step, fmt=fmt)
            target = where
            if how == "save":
                target = str(self.save_bytes(where, data))
            record_output(db, term, how, target, actor=actor, role=role)
            return (data if fmt == PDF else None), target

        def done(result: Any, error: BaseException | None) -> None:
            self._set_busy(False)
            if error is not None:
                self.progress.setValue(0)
                self._error(error)
                return
            preview, target = result
            self._loaded_note = self.note.toPlainText().strip()
            if preview is not None:
                self.show_pdf(preview, term)
            if then is not None:
                then()
            if how == "save":
                self.status.setText(QCoreApplication.translate(
                    "BriefingPage", "Saved to %1.").replace("%1", target))
            self.released.emit(how, target)

        run_task(work, done)

    def print_dialog(self) -> None:
        if not self.note_missing_confirmed():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_now(printer)

    def print_now(self, printer: QPrinter) -> None:
        """Regenerate, audit, then paint the new briefing onto ``printer``."""
        def paint() -> None:
            try:
                self.print_to(printer)
            except OSError as exc:
                self._error(exc)

        self.release("print", printer.printerName() or printer.outputFileName()
                     or "printer", PDF, paint)

    @staticmethod
    def save_bytes(path: str, data: bytes) -> Path:
        target = check_target(path)
        write_atomic(target, data)
        return target

    def suggested_name(self, fmt: str) -> str:
        """示范区政务服务中心2026年第三季度工作简报.pdf: what the file is, in its name."""
        return f"{self.hall_name}{self.selected().title}工作简报.{fmt}"

    def save_as_dialog(self, fmt: str = PDF) -> None:
        filters = {PDF: QCoreApplication.translate("BriefingPage", "PDF document (*.pdf)"),
                   DOCX: QCoreApplication.translate("BriefingPage", "Word document (*.docx)")}
        start = str(Path(start_folder()) / self.suggested_name(fmt))
        path, chosen = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("BriefingPage", "Save the briefing"), start,
            ";;".join([filters[fmt], *(f for k, f in filters.items() if k != fmt)]))
        if not path:
            return
        if not Path(path).suffix:
            path += ".docx" if chosen == filters[DOCX] else ".pdf"
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))
        try:
            fmt = format_of(path)
        except Exception as exc:  # a UserError: one sentence in a dialog
            self._error(exc)
            return
        self.save_now(path, fmt)

    def save_now(self, path: str, fmt: str | None = None) -> None:
        """Regenerate and save to ``path`` (PDF or Word by its suffix)."""
        try:
            fmt = fmt or format_of(path)
        except Exception as exc:
            self._error(exc)
            return
        self.release("save", path, fmt)

    def export_departments(self, folder: str, fmt: str | None = None) -> None:
        """One file per department into ``folder``, off the UI thread."""
        quarter, db, now = self.selected(), self.context.db, self.context.clock()
        actor, role = self.context.account, self.context.role
        fmt = fmt or self.department_format.currentData() or PDF
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
                                           actor=actor, role=role, fmt=fmt), done)

    def export_departments_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, QCoreApplication.translate(
            "BriefingPage", "Folder for the department briefings"), start_folder())
        if folder:
            QSettings().setValue(FOLDER_KEY, folder)
            self.export_departments(folder)

    def settings_dialog(self) -> None:
        BriefingSettingsDialog(self.context, self).exec()

    def _error(self, error: BaseException) -> None:
        self.status.setText(message(error))
        QMessageBox.warning(self, QCoreApplication.translate("BriefingPage", "Briefing"),
                            message(error))

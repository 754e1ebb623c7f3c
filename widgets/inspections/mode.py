"""Inspection mode (现场巡查): full screen, for a laptop or tablet carried through the
hall at 1024×768 and up. One window at a time in floor order (or picked on the floor
plan): its staff on duty and live state, its last findings, the checklist as big
pass/fail toggles, a note and a photo for the chosen item; next and previous by
swipe, buttons or the arrow keys; the round's progress; a summary at the end.

This module is the mode's window: the top bar, the pages (start_end.py, visit.py),
entering, moving from window to window, finishing and leaving.

Everything entered is saved as it is made (widgets/inspections/controller.py); an
interrupted round is offered for resuming, at the same window, the next time.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable

from PyQt6.QtCore import Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QCloseEvent, QImage, QKeyEvent
from PyQt6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.config import DEFAULT_TIMEZONE
from app.figures.live import HallNow
from app.records import inspection_rules as rules
from app.records import inspection_view as view
from app.security.permissions import allows
from widgets.context import AppContext
from widgets.inspections import texts
from widgets.inspections.controller import RoundController
from widgets.inspections.parts import STYLE, FloorPick, big, larger, thumbnail
from widgets.inspections.start_end import StartPage, SummaryPage
from widgets.inspections.visit import VisitPage

LIVE_EVERY_MS = 10_000


class InspectionMode(QWidget):
    """The mode as a top-level window. ``begin()`` shows the start page (start, or
    resume the account's interrupted round); ``show_round(id, read_only=True)`` shows
    a finished round.

    Signals: left() — the inspector left the mode (back to the tabs)."""

    left = pyqtSignal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("inspection_mode")
        self.setWindowTitle(self.tr("HallDesk — on-site inspection"))
        self.setStyleSheet(STYLE)
        self.context = context
        self.controller = RoundController(context, self)
        self.warn: Callable[[str], None] = self._message
        self.confirm: Callable[[str], bool] = self._ask
        self.index = 0
        self._interrupted = 0                # the round the start page offers to resume
        self.viewer = False                  # opened only to look through a round
        self.item: str | None = None
        self._shown_note: tuple[str, str | None] | None = None
        self._tz = zoneinfo.ZoneInfo(DEFAULT_TIMEZONE)   # the hall's, once a snapshot tells it
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_EVERY_MS)
        self._build()
        self._connect_signals()

    # -- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        self.title = larger(QLabel(), 3, bold=True)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.plan_button = big(QPushButton(self.tr("Floor plan")), 1)
        self.finish_button = big(QPushButton(self.tr("Finish round")), 1)
        self.leave_button = big(QPushButton(self.tr("Back to the tabs")), 1)
        for b in (self.plan_button, self.finish_button, self.leave_button):
            b.setMinimumHeight(44)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        for b in (self.plan_button, self.finish_button, self.leave_button):
            top.addWidget(b)

        self.start_page = StartPage()
        self.walk = VisitPage()
        self.summary_page = SummaryPage()
        self.pages = QStackedWidget()
        for page in (self.start_page, self.walk, self.summary_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)

    def _connect_signals(self) -> None:
        c = self.controller
        c.changed.connect(self._round_changed)
        c.failed.connect(lambda text: self.warn(
            self.tr("Not saved: %1").replace("%1", text)))
        c.saved.connect(self._saved)
        c.live.connect(self._live)
        self.live_timer.timeout.connect(c.refresh_live)
        self.start_page.start_button.clicked.connect(self.start)
        self.start_page.resume_button.clicked.connect(self.resume)
        self.start_page.restart_button.clicked.connect(self._restart)
        walk = self.walk
        walk.turned.connect(self.step)
        walk.chosen.connect(self.choose)
        walk.outcome.connect(self.set_outcome)
        walk.prev_button.clicked.connect(lambda: self.step(-1))
        walk.next_button.clicked.connect(lambda: self.step(1))
        walk.pass_rest_button.clicked.connect(self.pass_rest)
        walk.photo_button.clicked.connect(self._ask_photo)
        walk.note.textChanged.connect(self._note_typed)
        walk.note.left.connect(c.flush)
        self.plan_button.clicked.connect(self.pick_on_plan)
        self.finish_button.clicked.connect(self.finish)
        self.leave_button.clicked.connect(self.leave)
        self.summary_page.done_button.clicked.connect(self.leave)

    # -- entering --------------------------------------------------------------------
    def begin(self) -> None:
        """The start page: resume the account's interrupted round, or start one."""
        self.controller.refresh_live()
        self.live_timer.start()
        may = allows(self.controller.role, "inspection.record")
        interrupted = self.controller.open_round() if may else None
        self.pages.setCurrentIndex(0)
        self._top_bar(walking=False)
        self.title.setText(self.tr("On-site inspection"))
        self.start_page.offer(self.controller.role, may, interrupted, self._time)
        if may and interrupted is not None:
            self._interrupted = interrupted.id

    def start(self) -> None:
        self.controller.start(self._walk)

    def resume(self) -> None:
        self.controller.load(self._interrupted)
        self._walk()

    def _restart(self) -> None:
        self.controller.load(self._interrupted)
        self.controller.finish(self.start)

    def show_round(self, round_id: int, read_only: bool = True) -> None:
        """Show a round (a finished one can only be looked at)."""
        self.viewer = read_only
        self.controller.refresh_live()
        self.controller.load(round_id, read_only)
        self._walk()

    def _walk(self) -> None:
        state = self.controller.state
        assert state is not None
        codes = [s.code for s in state.stops]
        self.index = codes.index(state.window) if state.window in codes else 0
        self.item = state.item
        self._shown_note = None
        self.walk.set_checklist(state.checklist)
        self.pages.setCurrentIndex(1)
        self._top_bar(walking=True)
        self._show_window()

    def _top_bar(self, walking: bool) -> None:
        read_only = self.controller.read_only
        for w in (self.plan_button, self.progress, self.progress_label):
            w.setVisible(walking)
        self.finish_button.setVisible(walking and not read_only)

    # -- the window shown ------------------------------------------------------------
    @property
    def window_code(self) -> str | None:
        state = self.controller.state
        if state is None or not state.stops:
            return None
        return state.stops[self.index].code

    def _show_window(self) -> None:
        state = self.controller.state
        code = self.window_code
        if state is None or code is None:
            return
        stop = state.stops[self.index]
        self.title.setText(self.tr("Round %1").replace("%1", state.code)
                           + ("" if not self.controller.read_only
                              else "  " + self.tr("(finished, read only)")))
        if self.item not in self.walk.rows:
            self.item = next(iter(self.walk.rows), None)
        self.walk.show_stop(stop, self.index, len(state.stops),
                            self.controller.last_findings(code), self._day)
        self._live(self.controller.snapshot)
        self._round_changed()

    def _round_changed(self) -> None:
        state = self.controller.state
        code = self.window_code
        if state is None or code is None or self.pages.currentIndex() != 1:
            return
        self.walk.show_results(state, code, self.item, not self.controller.read_only)
        s = view.summary(state)
        self.progress_label.setText(self.tr("%1 / %2 windows done")
                                    .replace("%1", str(s.visited)).replace("%2", str(s.windows)))
        self.progress.setMaximum(max(1, s.windows))
        self.progress.setValue(s.visited)
        self._show_note()

    def _show_note(self) -> None:
        """The chosen item's note and photo; the field is only refilled when the item
        or window changes, never under the inspector's fingers."""
        state, code = self.controller.state, self.window_code
        if state is None or code is None:
            return
        if self._shown_note == (code, self.item):
            return
        self._shown_note = (code, self.item)
        labels = {i.key: i.label for i in state.checklist}
        r = state.result(code, self.item) if self.item else None
        self.walk.show_note(labels.get(self.item or "", ""), r.note if r else "")
        self._load_photo(r)

    def _load_photo(self, r: view.Result | None) -> None:
        if r is None or not r.photos or not r.finding_id:
            return
        fid, controller = r.finding_id, self.controller
        wanted = self._shown_note

        def work() -> QImage | None:
            got = controller.photo(fid)
            return None if got is None else thumbnail(got[0])

        def done(image: QImage | None, error: BaseException | None) -> None:
            if error is None and image is not None and not image.isNull() \
                    and self._shown_note == wanted:
                self.walk.show_photo(image)

        self.controller.read(work, done)

    def _live(self, snap: HallNow | None) -> None:
        if snap is not None and snap.timezone and snap.timezone != self._tz.key:
            self._tz = zoneinfo.ZoneInfo(snap.timezone)     # the hall file's zone
        code = self.window_code
        if code is not None:
            w = self.controller.window_now(code)
            self.walk.live_line.setText(texts.live_html(w, snap.at if snap and w else None))

    # -- inspecting ------------------------------------------------------------------
    def choose(self, key: str) -> None:
        if key == self.item:
            return
        self.controller.flush()
        self.item = key
        code = self.window_code
        if code is not None and not self.controller.read_only:
            self.controller.move(code, key)
        self._round_changed()

    def set_outcome(self, key: str, outcome: str) -> None:
        code = self.window_code
        if code is None:
            return
        self.item = key
        self.controller.set_outcome(code, key, outcome)
        if outcome == rules.FAIL:
            self.walk.note.setFocus()

    def _note_typed(self) -> None:
        code = self.window_code
        if code is not None and self.item is not None:
            self.controller.set_note(code, self.item, self.walk.note.toPlainText())
            state = self.controller.state
            if state is not None:
                self.walk.show_row(state, code, self.item, True, not self.controller.read_only)

    def pass_rest(self) -> None:
        code = self.window_code
        if code is not None:
            self.controller.pass_rest(code)

    def _ask_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach a photo"), "", self.tr("Photos (*.jpg *.jpeg *.png)"))
        if path:
            self.attach_photo(path)

    def attach_photo(self, path: str) -> None:
        code = self.window_code
        if code is not None and self.item is not None:
            self.controller.attach_photo(code, self.item, path)
            self._shown_note = None

    def _saved(self) -> None:
        self.walk.show_saved(self.controller.pending)
        if self._shown_note is None:
            self._round_changed()

    def step(self, delta: int) -> None:
        state = self.controller.state
        if state is None or self.pages.currentIndex() != 1:
            return
        target = self.index + delta
        if 0 <= target < len(state.stops):
            self.go_to(state.stops[target].code)

    def go_to(self, code: str) -> None:
        state = self.controller.state
        if state is None:
            return
        codes = [s.code for s in state.stops]
        if code not in codes:
            return
        self.controller.flush()
        self.index = codes.index(code)
        self.item = next(iter(self.walk.rows), None)
        self._shown_note = None
        self.controller.move(code, self.item)
        self._show_window()

    def show_first_finding(self) -> None:
        """Go to the round's first window with a finding, its failed item chosen."""
        state = self.controller.state
        if state is None:
            return
        for stop in state.stops:
            failed = [i.key for i in state.checklist
                      if state.outcome(stop.code, i.key) == rules.FAIL]
            if failed:
                self.go_to(stop.code)
                self.choose(failed[0])
                return

    def pick_on_plan(self) -> None:
        state = self.controller.state
        if state is None:
            return
        snap = self.controller.snapshot
        dialog = FloorPick(state.stops, snap.windows if snap else [], state.visited,
                           snap.at if snap else self.context.clock(), self.window_code, self)
        dialog.resize(self.size() * 0.9)
        if dialog.exec() and dialog.chosen:
            self.go_to(dialog.chosen)

    def finish(self) -> None:
        state = self.controller.state
        if state is None or self.controller.read_only:
            return
        s = view.summary(state)
        if s.visited < s.windows and not self.confirm(
                self.tr("%1 of %2 windows were not visited. Finish the round anyway?")
                .replace("%1", str(s.windows - s.visited)).replace("%2", str(s.windows))):
            return
        self.controller.finish(self.show_summary)

    def show_summary(self) -> None:
        state = self.controller.state
        if state is None:
            return
        self.summary_page.show_round(state)
        self.title.setText(self.tr("Round %1").replace("%1", state.code))
        self.pages.setCurrentIndex(2)
        self._top_bar(walking=False)

    # -- leaving ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent | None) -> None:
        if event is not None and self.pages.currentIndex() == 1:
            key = event.key()
            if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
                self.step(1)
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
                self.step(-1)
                return
        super().keyPressEvent(event)

    def leave(self) -> None:
        """Store what is pending and go back to the tabs (the round stays open)."""
        self.controller.wait()
        self.live_timer.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent | None) -> None:
        self.controller.wait()
        self.live_timer.stop()
        super().closeEvent(event)
        self.left.emit()

    # -- helpers ---------------------------------------------------------------------
    def _time(self, ts: float) -> str:
        return dt.datetime.fromtimestamp(ts, self._tz).strftime("%Y-%m-%d %H:%M")

    def _day(self, ts: float) -> str:
        return dt.datetime.fromtimestamp(ts, self._tz).strftime("%m-%d")

    def _message(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)

    def _ask(self, text: str) -> bool:
        return QMessageBox.question(self, self.windowTitle(), text) == \
            QMessageBox.StandardButton.Yes

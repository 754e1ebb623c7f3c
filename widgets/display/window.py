"""The public display window (``main.py --display``): full screen, read-only, no
cursor, no dialog ever. It polls the database off the UI thread (and on PostgreSQL
is woken by any ingest), turns pages on its own, and when the database goes away
keeps showing what it had with a discreet mark, logging the problem, until the
database returns."""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from typing import Any

from PyQt6.QtCore import QCoreApplication, Qt, QTimer, pyqtSignal
from PyQt6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PyQt6.QtWidgets import QVBoxLayout, QWidget

from app.config import DisplaySettings
from app.display.board import Board, feed_stamp, load_board
from app.i18n import message
from widgets.context import AppContext
from widgets.display.board import BoardView
from widgets.feed import FeedWakeups
from widgets.tasks import run_task

log = logging.getLogger("halldesk.display")

FULL_RELOAD_EVERY = 12  # polls: the figures follow the clock even without new events


class DisplayWindow(QWidget):
    """Signals: board_ready(Board) after each load that brought something new;
    load_failed(str) when a load fails; page_changed(int) when the carousel turns."""

    board_ready = pyqtSignal(object)
    load_failed = pyqtSignal(str)
    page_changed = pyqtSignal(int)

    def __init__(self, context: AppContext, settings: DisplaySettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.settings = settings or DisplaySettings()
        self.setWindowTitle(QCoreApplication.translate("DisplayBoard", "Completed cases"))
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.view = BoardView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._busy = False
        self._again = False
        self._stamp: Any = None
        self._polls = 0
        self._failing = False
        self._timezone = "Asia/Shanghai"
        self.page_timer = QTimer(self)
        self.page_timer.setInterval(self.settings.page_seconds * 1000)
        self.page_timer.timeout.connect(self.turn_page)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self.settings.poll_seconds * 1000)
        self.poll_timer.timeout.connect(self.refresh)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        self.wakeups = FeedWakeups(context.db, self)
        self.wakeups.woke.connect(self._woken)
        # The operator's way out; a citizen sees no control at all.
        self.quit_shortcut = QShortcut(QKeySequence("Ctrl+Q"), self)
        self.quit_shortcut.activated.connect(self.close)

    def start(self) -> None:
        """Start polling, the clock and the carousel (the tests drive them instead)."""
        self._tick()
        self.refresh()
        for timer in (self.page_timer, self.poll_timer, self.clock_timer):
            timer.start()
        self.wakeups.start()

    def _tick(self) -> None:
        self.view.set_now(self.context.clock())

    def turn_page(self) -> None:
        before = self.view.page
        page = self.view.next_page()
        if page != before:
            self.page_changed.emit(page)

    # -- loading -------------------------------------------------------------------
    def _woken(self, _payload: str) -> None:
        self._stamp = None  # something was ingested: load in full
        if self._busy:
            self._again = True
        else:
            self.refresh()

    def _load(self, stamp: Any, known_day: dt.date | None, timezone: str,
              now: float) -> tuple[Any, Board | None, float]:
        """(the feed's stamp, the new board or None when nothing changed, when read).
        Runs on a worker thread: it touches no widget."""
        with self.context.db.read() as session:
            new_stamp = feed_stamp(session)
            if stamp is not None and new_stamp == stamp and known_day is not None:
                tz = zoneinfo.ZoneInfo(timezone)
                if dt.datetime.fromtimestamp(now, tz).date() == known_day:
                    return stamp, None, now  # nothing new since the last load
            return new_stamp, load_board(session, now), now

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._polls += 1
        stamp = None if self._polls % FULL_RELOAD_EVERY == 0 else self._stamp
        board = self.view.board
        known_day = None if board is None else board.today
        now, timezone = self.context.clock(), self._timezone
        run_task(lambda: self._load(stamp, known_day, timezone, now), self._loaded)

    def load_now(self) -> None:
        """Load synchronously (screenshots and tests only)."""
        now = self.context.clock()
        try:
            result = self._load(None, None, self._timezone, now)
        except Exception as exc:
            self._busy = True
            self._loaded(None, exc)
        else:
            self._busy = True
            self._loaded(result, None)
        self._tick()

    def _loaded(self, result: tuple[Any, Board | None, float] | None,
                error: BaseException | None) -> None:
        self._busy = False
        if self._again:
            self._again = False
            QTimer.singleShot(0, self.refresh)
        if error is not None or result is None:
            reason = " ".join(message(error).split())[:300] if error else "no result"
            if not self._failing:
                log.error("The display cannot read the database (%s); showing the last "
                          "page and retrying every %d s.", reason, self.settings.poll_seconds)
            self._failing = True
            self._stamp = None
            self.view.set_failed()
            self.load_failed.emit(reason)
            return
        if self._failing:
            log.warning("The display reads the database again.")
        self._failing = False
        self._stamp, board, at = result
        if board is None:
            self.view.set_fresh(at)  # nothing new, but read just now
            return
        self._timezone = board.timezone
        self.view.set_board(board)
        self.board_ready.emit(board)

    def shutdown(self) -> None:
        for timer in (self.page_timer, self.poll_timer, self.clock_timer):
            timer.stop()
        self.wakeups.stop()

    def closeEvent(self, event: QCloseEvent | None) -> None:
        self.shutdown()
        super().closeEvent(event)


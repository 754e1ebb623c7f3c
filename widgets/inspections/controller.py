"""The inspection mode's link to the services: every toggle, note and photo is saved as
it is made, in order, on one writer thread, so that a killed program keeps what was
entered. Notes are saved after a short pause in typing and at once when the
inspector moves on (``flush``).

The round shown is updated at once (the screen never waits for the database); a
write the services refuse is reported and the round is read back as stored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PyQt6.QtCore import QObject, QThreadPool, QTimer, pyqtSignal

from app.figures.live import HallNow, WindowNow, snapshot
from app.i18n import message
from app.records import inspection_rules as rules
from app.records import inspection_view as view
from app.records import inspections as svc
from widgets.context import AppContext
from widgets.tasks import run_task

NOTE_DEBOUNCE_MS = 600


class RoundController(QObject):
    """Signals: changed() (the round shown changed), saved() (a write is stored),
    failed(str) (a write was refused; the round is read back), live(object HallNow)."""

    changed = pyqtSignal()
    saved = pyqtSignal()
    failed = pyqtSignal(str)
    live = pyqtSignal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.role: str = getattr(context, "role", "director")
        self.state: view.RoundState | None = None
        self.read_only = True
        self.snapshot: HallNow | None = None
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._readers = QThreadPool(self)      # live state, photos: waited for on leaving
        self._readers.setMaxThreadCount(2)
        self._pending = 0
        self._note: tuple[str, str, str] | None = None     # (window, item, text) unsaved
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_DEBOUNCE_MS)
        self._note_timer.timeout.connect(self.flush)

    # -- reading ---------------------------------------------------------------------
    def open_round(self) -> view.RoundState | None:
        """The account's unfinished round, if any (small, read at once)."""
        with self.context.db.read() as session:
            found = svc.open_round_of(session, self.context.account)
            return None if found is None else view.load_round(session, found.id)

    def load(self, round_id: int, read_only: bool = False) -> None:
        with self.context.db.read() as session:
            self.state = view.load_round(session, round_id)
        self.read_only = read_only or self.state.ended_at is not None
        self.changed.emit()

    def last_findings(self, window: str) -> list[view.PastFinding]:
        with self.context.db.read() as session:
            return view.last_findings(session, window,
                                      None if self.state is None else self.state.id)

    def photo(self, finding_id: int) -> tuple[bytes, str] | None:
        with self.context.db.read() as session:
            return view.photo(session, finding_id)

    def refresh_live(self, wait: bool = False) -> None:
        """Read the hall's live state off the UI thread (``wait``: at once, for
        screenshots and tests)."""
        db, now = self.context.db, self.context.clock()

        def work() -> HallNow:
            with db.read() as session:
                return snapshot(session, now)

        def done(result: HallNow | None, error: BaseException | None) -> None:
            if error is None and result is not None:
                self.snapshot = result
                self.live.emit(result)

        if wait:
            done(work(), None)
        else:
            self.read(work, done)

    def read(self, work: Callable[[], Any],
             done: Callable[[Any, BaseException | None], None]) -> None:
        """Read off the UI thread (the mode's own readers, waited for on leaving)."""
        run_task(work, done, self._readers)

    def window_now(self, code: str) -> WindowNow | None:
        if self.snapshot is None:
            return None
        return next((w for w in self.snapshot.windows if w.code == code), None)

    def _seen(self, window: str) -> tuple[str | None, str | None] | None:
        w = self.window_now(window)
        return None if w is None else (w.state, w.staff)

    # -- writing ---------------------------------------------------------------------
    @property
    def pending(self) -> int:
        """Writes not stored yet (a note waiting for its pause counts)."""
        return self._pending + (self._note is not None)

    def _who(self) -> dict[str, Any]:
        return {"actor": self.context.account, "role": self.role,
                "now": self.context.clock()}

    def _write(self, change: Callable[..., Any],
               then: Callable[[Any], None] | None = None,
               before: Callable[[], Any] | None = None) -> None:
        """Run ``change(session)`` in a write transaction on the writer thread, after
        the writes queued before it; ``before()`` runs first, outside the transaction,
        and its result is handed to ``change`` as a second argument."""
        db = self.context.db
        self._pending += 1

        def work() -> Any:
            if before is None:
                with db.write() as session:
                    return change(session)
            prepared = before()
            with db.write() as session:
                return change(session, prepared)

        def done(result: Any, error: BaseException | None) -> None:
            self._pending -= 1
            if error is not None:
                self.failed.emit(message(error))
                if self.state is not None:
                    self.load(self.state.id, self.read_only)
                return
            if then is not None:
                then(result)
            self.saved.emit()

        run_task(work, done, self._writer)

    def _result(self, window: str, item: str) -> view.Result:
        assert self.state is not None
        result = self.state.results.get((window, item))
        if result is None:
            result = view.Result(0, rules.UNCHECKED, "")
            self.state.results[(window, item)] = result
        return result

    def _stored(self, window: str, item: str) -> Callable[[Any], None]:
        def then(finding: Any) -> None:
            if finding is not None and self.state is not None:
                self._result(window, item).finding_id = int(finding.id)
        return then

    def start(self, then: Callable[[], None]) -> None:
        """Begin a round (on the writer thread); ``then`` once it is shown."""
        who = self._who()

        def started(round_id: int) -> None:
            self.load(round_id)
            then()

        self._write(lambda s: svc.start_round(s, **who).id, started)

    def set_outcome(self, window: str, item: str, outcome: str) -> None:
        if self.state is None or self.read_only:
            return
        self.flush()
        self._result(window, item).outcome = outcome
        self.state.visited.add(window)
        self.state.window, self.state.item = window, item
        who, rid, seen = self._who(), self.state.id, self._seen(window)
        self._write(lambda s: svc.record(s, rid, window, item, outcome=outcome, seen=seen,
                                         **who), self._stored(window, item))
        self.changed.emit()

    def set_note(self, window: str, item: str, text: str) -> None:
        """A note as typed: kept here at once, stored after a short pause."""
        if self.state is None or self.read_only:
            return
        if self._note is not None and self._note[:2] != (window, item):
            self.flush()
        self._result(window, item).note = text.strip()
        self._note = (window, item, text)
        self._note_timer.start()

    def flush(self) -> None:
        """Store a note still waiting for its pause (on focus-out, moving, leaving)."""
        self._note_timer.stop()
        if self._note is None or self.state is None:
            self._note = None
            return
        window, item, text = self._note
        self._note = None
        if text.strip():
            self.state.visited.add(window)
        who, rid, seen = self._who(), self.state.id, self._seen(window)
        self._write(lambda s: svc.record(s, rid, window, item, note=text, seen=seen, **who),
                    self._stored(window, item))

    def pass_rest(self, window: str) -> None:
        if self.state is None or self.read_only:
            return
        self.flush()
        for item in self.state.checklist:
            result = self._result(window, item.key)
            if result.outcome == rules.UNCHECKED:
                result.outcome = rules.PASS
        self.state.visited.add(window)
        who, rid, seen = self._who(), self.state.id, self._seen(window)

        def change(session: Any) -> dict[str, int]:
            svc.pass_rest(session, rid, window, seen=seen, **who)
            return view.finding_ids(session, rid, window)

        def then(ids: dict[str, int]) -> None:
            for key, fid in ids.items():
                self._result(window, key).finding_id = fid

        self._write(change, then)
        self.changed.emit()

    def attach_photo(self, window: str, item: str, path: str) -> None:
        if self.state is None or self.read_only:
            return
        self.flush()
        who, rid, seen = self._who(), self.state.id, self._seen(window)

        def change(session: Any, photo: tuple[bytes, str]) -> Any:
            data, name = photo
            return svc.attach_photo(session, rid, window, item, data, name, seen=seen, **who)

        def then(photo: Any) -> None:
            result = self._result(window, item)
            result.finding_id = int(photo.finding_id)
            result.photos += 1
            if self.state is not None:
                self.state.visited.add(window)
            self.changed.emit()

        self._write(change, then, before=lambda: rules.read_photo(path))

    def move(self, window: str, item: str | None) -> None:
        if self.state is None:
            return
        self.flush()
        self.state.window, self.state.item = window, item
        if self.read_only:
            return
        who, rid = self._who(), self.state.id
        who.pop("now")
        self._write(lambda s: svc.move(s, rid, window, item, **who))

    def finish(self, then: Callable[[], None]) -> None:
        if self.state is None or self.read_only:
            return
        self.flush()
        who, rid = self._who(), self.state.id

        def done(_r: Any) -> None:
            self.load(rid, read_only=True)
            then()

        self._write(lambda s: svc.finish(s, rid, **who), done)

    def wait(self, msecs: int = 5000) -> bool:
        """Store everything entered (leaving the mode, closing the program)."""
        self.flush()
        return self._writer.waitForDone(msecs) and self._readers.waitForDone(msecs)

"""Apply a parsed batch in one transaction, in ``ts`` order, idempotently by ``id``.

The batch is first checked against the database state (open sessions, pauses,
serving tickets, devices, known tickets and cases); every bad line is reported. Rows
are then written with a few bulk statements and one audit entry for the whole batch.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import operator
import time
import zoneinfo
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, func, select, text
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.events.notify import notify_batch
from app.events.parse import EVENT_TYPES, Event, LineError
from app.hall_time import LocalDays
from app.records.complaints import open_from_evaluations
from app.security import audit
from models import (
    Case,
    Department,
    EvaluatorSpan,
    FeedStatus,
    Hall,
    Staff,
    Ticket,
    Window,
    WindowFeed,
    WindowPause,
    WindowSession,
)

CHUNK = 500
DATE_COLUMNS = frozenset({"day", "accepted_on", "due_date", "completed_on"})
# Events that read or change a window's queue state (its session, pause and service);
# each moves the window's queue clock. ``evaluator`` moves its device clock.
QUEUE_EVENTS = frozenset({"window_opened", "window_paused", "window_resumed", "window_closed",
                          "ticket_called", "service_started", "service_finished"})


_by_time = operator.attrgetter("ts")


def _t(model: Any) -> Table:
    return cast(Table, model.__table__)


def _fmt(ts: float, tz: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(ts, tz).strftime("%Y-%m-%d %H:%M:%S")


@dataclass(slots=True)
class _Row:
    """A row of a derived table being built or changed by this batch."""

    values: dict[str, Any]
    new: bool
    dirty: bool = False

    def set(self, **changes: Any) -> None:
        self.values.update(changes)
        self.dirty = True


@dataclass(slots=True)
class _WindowState:
    session: _Row | None = None
    pause: _Row | None = None
    span: _Row | None = None
    serving: _Row | None = None


@dataclass
class BatchResult:
    """What a batch did (or would have done, when it was rejected)."""

    applied: int = 0
    duplicates: int = 0
    by_type: Counter[str] = field(default_factory=Counter)
    errors: list[LineError] = field(default_factory=list)
    incomplete_years: list[int] = field(default_factory=list)
    # Services, sessions and waiting tickets the day's end closed (not events).
    day_end: int = 0


class _Reject(Exception):
    pass


class BatchApplier:
    """Checks and applies one batch inside the caller's write transaction."""

    def __init__(self, session: Session, latest: float = math.inf) -> None:
        self.s = session
        # Stored times beyond the bound on events (written before there was one) are
        # not taken as a window's clock or as the feed's day.
        self.latest = latest
        hall = session.scalars(select(Hall)).first()
        self.tz = zoneinfo.ZoneInfo(hall.timezone if hall else "Asia/Shanghai")
        self.windows = dict(session.execute(
            select(Window.code, Window.id).where(Window.retired.is_(False))).all())
        self.window_codes = {v: k for k, v in self.windows.items()}
        self.departments = dict(session.execute(
            select(Department.code, Department.id).where(Department.retired.is_(False))).all())
        self.staff = dict(session.execute(
            select(Staff.code, Staff.id).where(Staff.retired.is_(False))).all())
        self.calendar = WorkCalendar.load(session)
        self.state: dict[int, _WindowState] = {}
        self.tickets: dict[tuple[dt.date, str], _Row] = {}
        self.cases: dict[str, _Row] = {}
        self.new_rows: dict[Table, list[_Row]] = {}
        self.changed_rows: dict[Table, list[_Row]] = {}
        self.evaluations: list[dict[str, Any]] = []
        self.next_id: dict[Table, int] = {}
        self._days = LocalDays(self.tz)
        # Per window: the time of its latest queue event and of its latest device event.
        self.queue_ts: dict[int, float] = {}
        self.device_ts: dict[int, float] = {}
        self.clock_rows: set[int] = set()
        self.clock_dirty: set[int] = set()
        status = session.get(FeedStatus, 1)
        self.feed_ts: float | None = (
            status.last_event_ts if status is not None and status.last_event_ts <= latest
            else None)
        self.day_end = 0
        self._undo: list[Callable[[], None]] = []
        self._handlers: dict[str, Callable[[Event], None]] = {
            etype: getattr(self, "_on_" + etype) for etype in EVENT_TYPES}

    # -- loading ---------------------------------------------------------------------
    def _load_window_state(self) -> None:
        for wid in self.windows.values():
            self.state[wid] = _WindowState()
        s = self.s
        for wid, queue_ts, device_ts in s.execute(
                select(WindowFeed.window_id, WindowFeed.queue_ts, WindowFeed.device_ts)):
            self.clock_rows.add(wid)
            if queue_ts is not None and queue_ts <= self.latest:
                self.queue_ts[wid] = queue_ts
            if device_ts is not None and device_ts <= self.latest:
                self.device_ts[wid] = device_ts
        for row in s.execute(select(_t(WindowSession)).where(
                WindowSession.closed_at.is_(None))).mappings():
            self._state(row["window_id"]).session = self._known(WindowSession, row)
        for row in s.execute(select(_t(WindowPause)).where(
                WindowPause.ended_at.is_(None))).mappings():
            self._state(row["window_id"]).pause = self._known(WindowPause, row)
        for row in s.execute(select(_t(EvaluatorSpan)).where(
                EvaluatorSpan.off_at.is_(None))).mappings():
            self._state(row["window_id"]).span = self._known(EvaluatorSpan, row)
        for row in s.execute(select(_t(Ticket)).where(
                Ticket.started_at.is_not(None), Ticket.finished_at.is_(None))).mappings():
            ticket = self._known(Ticket, row)
            self.tickets[(row["day"], row["number"])] = ticket
            if row["window_id"] is not None:
                self._state(row["window_id"]).serving = ticket

    def _state(self, window_id: int) -> _WindowState:
        st = self.state.get(window_id)
        if st is None:
            st = self.state[window_id] = _WindowState()
        return st

    def _known(self, model: Any, row: Any) -> _Row:
        r = _Row(dict(row), new=False)
        self.changed_rows.setdefault(_t(model), []).append(r)
        return r

    def _load_referenced(self, events: Sequence[Event]) -> None:
        issued: set[tuple[dt.date, str]] = set()
        wanted: dict[dt.date, set[str]] = {}
        accepted: set[str] = set()
        wanted_cases: set[str] = set()
        for ev in events:
            if ev.type == "ticket_issued":
                issued.add((self.day(ev.ts), ev.data["ticket"]))
            elif ev.type in ("ticket_called", "service_started", "service_finished",
                             "ticket_abandoned"):
                key = (self.day(ev.ts), ev.data["ticket"])
                if key not in issued and key not in self.tickets:
                    wanted.setdefault(key[0], set()).add(key[1])
            elif ev.type == "case_accepted":
                accepted.add(ev.data["case"])
            elif ev.type == "case_completed" and ev.data["case"] not in accepted:
                wanted_cases.add(ev.data["case"])
        # A day's tickets are few (one queue day): load every ticket of each day the
        # batch touches, which also finds numbers issued twice.
        table = _t(Ticket)
        for day in sorted({d for d, _ in issued} | set(wanted)):
            for row in self.s.execute(select(table).where(table.c.day == day)).mappings():
                key = (row["day"], row["number"])
                if key not in self.tickets:
                    self.tickets[key] = self._known(Ticket, row)
        wanted_cases |= accepted
        if wanted_cases:
            cols = ", ".join(c.name for c in _t(Case).columns)
            names = [c.name for c in _t(Case).columns]
            date_cols = ("accepted_on", "due_date", "completed_on")
            for values in self._lookup(f"SELECT {cols} FROM service_case WHERE case_no",
                                       sorted(wanted_cases)):
                case = dict(zip(names, values, strict=True))
                for name in date_cols:
                    if isinstance(case[name], str):
                        case[name] = dt.date.fromisoformat(case[name])
                self.cases[case["case_no"]] = self._known(Case, case)

    def _new(self, model: Any, **values: Any) -> _Row:
        table = _t(model)
        nid = self.next_id.get(table)
        if nid is None:
            nid = (self.s.scalar(select(func.max(table.c.id))) or 0) + 1
        self.next_id[table] = nid + 1
        row = _Row({"id": nid, **values}, new=True)
        self.new_rows.setdefault(table, []).append(row)
        return row

    def _lookup(self, sql: str, keys: Sequence[str]) -> list[Any]:
        """Rows of ``sql`` + `` IN (keys)``, in chunks, through the driver directly
        (building an expanding IN clause per chunk costs more than the query)."""
        conn = self.s.connection()
        rows: list[Any] = []
        if conn.dialect.name == "postgresql":
            if keys:
                rows.extend(conn.exec_driver_sql(sql + " = ANY(%s)", (list(keys),)))
            return rows
        for i in range(0, len(keys), CHUNK):
            chunk = keys[i:i + CHUNK]
            marks = ",".join("?" * len(chunk))
            rows.extend(conn.exec_driver_sql(f"{sql} IN ({marks})", tuple(chunk)))
        return rows

    def day(self, ts: float) -> dt.date:
        """The hall's local date at ``ts`` (app.hall_time.LocalDays)."""
        return self._days.day(ts)

    # -- checking --------------------------------------------------------------------
    def _window(self, ev: Event) -> tuple[int, _WindowState]:
        code = ev.data["window"]
        wid = self.windows.get(code)
        if wid is None:
            raise _Reject(f"window {code} does not exist in the hall configuration")
        return wid, self._state(wid)

    def _queue(self, ev: Event, day_end: bool = True) -> tuple[int, _WindowState]:
        """The window of a queue event, judged against its clock; the first queue event
        of a later day ends a service the earlier day left unfinished."""
        wid, st = self._window(ev)
        clock = self.queue_ts.get(wid)
        if clock is not None:
            if ev.ts < clock:
                raise _Reject(f"window {ev.data['window']} already has a later event "
                              f"({_fmt(clock, self.tz)}); an earlier one cannot follow it")
            if day_end and st.serving is not None and self.day(ev.ts) > self.day(clock):
                self._end_service(st, clock)
        return wid, st

    def _open(self, ev: Event, day_end: bool = True) -> tuple[int, _WindowState]:
        wid, st = self._queue(ev, day_end)
        if st.session is None:
            raise _Reject(f"window {ev.data['window']} is not open")
        return wid, st

    # -- the day's end (docs/spec/events.md, Day boundary) ----------------------------
    def _keep(self, row: _Row) -> None:
        """Remember ``row`` as it is, to put it back if the event is refused."""
        values, dirty = dict(row.values), row.dirty

        def restore() -> None:
            row.values, row.dirty = values, dirty
        self._undo.append(restore)

    def _keep_state(self, st: _WindowState) -> None:
        session, pause, span, serving = st.session, st.pause, st.span, st.serving

        def restore() -> None:
            st.session, st.pause, st.span, st.serving = session, pause, span, serving
        self._undo.append(restore)

    def _end_service(self, st: _WindowState, at: float) -> None:
        """End the service an earlier day left unfinished, at its window's last event."""
        assert st.serving is not None
        self._keep(st.serving)
        self._keep_state(st)
        st.serving.set(finished_at=max(at, st.serving.values["started_at"]), day_end=True)
        st.serving = None
        self.day_end += 1

    def _end_session(self, st: _WindowState, at: float) -> None:
        """Close a session (and its pause) an earlier day left open, at its last event."""
        self._keep_state(st)
        if st.serving is not None:
            self._end_service(st, at)
        if st.pause is not None:
            self._keep(st.pause)
            st.pause.set(ended_at=max(at, st.pause.values["started_at"]), day_end=True)
            st.pause = None
        assert st.session is not None
        self._keep(st.session)
        st.session.set(closed_at=max(at, st.session.values["opened_at"]), day_end=True)
        st.session = None
        self.day_end += 1

    def _abandon_waiting(self, feed_ts: float) -> None:
        """Tickets still waiting (issued or called) when a later day has begun are
        abandoned at their last event, marked as closed by the day's end."""
        today = self.day(feed_ts)
        table = _t(Ticket)
        for row in self.s.execute(select(table).where(
                table.c.started_at.is_(None), table.c.abandoned_at.is_(None),
                table.c.day < today)).mappings():
            key = (row["day"], row["number"])
            if key not in self.tickets:
                self.tickets[key] = self._known(Ticket, row)
        for (day, _), ticket in self.tickets.items():
            v = ticket.values
            if day < today and v["started_at"] is None and v["abandoned_at"] is None:
                ticket.set(abandoned_at=max(v["issued_at"], v["called_at"] or v["issued_at"]),
                           day_end=True)
                self.day_end += 1

    def _ticket(self, ev: Event) -> _Row:
        number = ev.data["ticket"]
        day = self.day(ev.ts)
        ticket = self.tickets.get((day, number))
        if ticket is None:
            raise _Reject(f"ticket {number} was never issued on {day.isoformat()}")
        latest = self._ticket_clock(ticket)
        if ev.ts < latest:
            raise _Reject(f"ticket {number} already has a later event "
                          f"({_fmt(latest, self.tz)}); an earlier one cannot follow it")
        return ticket

    @staticmethod
    def _ticket_clock(t: _Row) -> float:
        v = t.values
        latest: float = v["issued_at"]
        for name in ("called_at", "started_at", "finished_at", "abandoned_at"):
            x = v[name]
            if x is not None and x > latest:
                latest = x
        return latest

    def _stored_ticket(self, day: dt.date, number: str) -> _Row | None:
        """A ticket of ``day`` (loaded on demand: a late finish may name the day before)."""
        key = (day, number)
        if key not in self.tickets:
            table = _t(Ticket)
            row = self.s.execute(select(table).where(
                table.c.day == day, table.c.number == number)).mappings().first()
            if row is None:
                return None
            self.tickets[key] = self._known(Ticket, row)
        return self.tickets[key]

    @staticmethod
    def _ticket_state(t: _Row) -> str:
        v = t.values
        if v["abandoned_at"] is not None:
            return "abandoned"
        if v["finished_at"] is not None:
            return "finished"
        if v["started_at"] is not None:
            return "started"
        if v["called_at"] is not None:
            return "called"
        return "issued"

    def apply(self, ev: Event) -> None:
        """Judge and apply one event; a refused one leaves everything as it was."""
        self._undo.clear()
        before = self.day_end
        try:
            self._handlers[ev.type](ev)
        except _Reject:
            for restore in reversed(self._undo):
                restore()
            self.day_end = before
            raise
        if ev.type in QUEUE_EVENTS:
            self._tick(self.queue_ts, self.windows[ev.data["window"]], ev.ts)
        elif ev.type == "evaluator":
            self._tick(self.device_ts, self.windows[ev.data["window"]], ev.ts)

    def _tick(self, clocks: dict[int, float], wid: int, ts: float) -> None:
        if clocks.get(wid, -math.inf) < ts:
            clocks[wid] = ts
            self.clock_dirty.add(wid)

    def _on_window_opened(self, ev: Event) -> None:
        wid, st = self._queue(ev)
        staff = self.staff.get(ev.data["staff"])
        if staff is None:
            raise _Reject(f"staff {ev.data['staff']} does not exist in the hall configuration")
        clock = self.queue_ts.get(wid)
        if st.session is not None and clock is not None and self.day(ev.ts) > self.day(clock):
            self._end_session(st, clock)  # signing in on a later day: yesterday's session ends
        if st.session is not None:
            raise _Reject(f"window {ev.data['window']} is already open (since "
                          f"{_fmt(st.session.values['opened_at'], self.tz)})")
        st.session = self._new(WindowSession, window_id=wid, staff_id=staff,
                               opened_at=ev.ts, closed_at=None, day_end=False,
                               estimated=ev.data.get("estimated") is True)

    def _on_window_paused(self, ev: Event) -> None:
        wid, st = self._open(ev)
        if st.pause is not None:
            raise _Reject(f"window {ev.data['window']} is already paused")
        if st.serving is not None:
            raise _Reject(f"window {ev.data['window']} cannot pause while serving ticket "
                          f"{st.serving.values['number']}")
        assert st.session is not None
        st.pause = self._new(WindowPause, window_id=wid, session_id=st.session.values["id"],
                             started_at=ev.ts, ended_at=None, reason=ev.data.get("reason"),
                             day_end=False)

    def _on_window_resumed(self, ev: Event) -> None:
        _, st = self._open(ev)
        if st.pause is None:
            raise _Reject(f"window {ev.data['window']} is not paused")
        st.pause.set(ended_at=ev.ts)
        st.pause = None

    def _on_window_closed(self, ev: Event) -> None:
        _, st = self._open(ev)
        if st.serving is not None:
            raise _Reject(f"window {ev.data['window']} cannot close while serving ticket "
                          f"{st.serving.values['number']}")
        if st.pause is not None:
            st.pause.set(ended_at=ev.ts)
            st.pause = None
        assert st.session is not None
        st.session.set(closed_at=ev.ts)
        st.session = None

    def _on_evaluator(self, ev: Event) -> None:
        wid, st = self._window(ev)
        clock = self.device_ts.get(wid)
        if clock is not None and ev.ts < clock:
            raise _Reject(f"the evaluation device of window {ev.data['window']} already has a "
                          f"later event ({_fmt(clock, self.tz)}); an earlier one cannot follow it")
        if ev.data["on"]:
            if st.span is None:
                st.span = self._new(EvaluatorSpan, window_id=wid, on_at=ev.ts, off_at=None)
        elif st.span is not None:
            st.span.set(off_at=ev.ts)
            st.span = None

    def _on_ticket_issued(self, ev: Event) -> None:
        number, service = ev.data["ticket"], ev.data["service"]
        dept = self.departments.get(service)
        if dept is None:
            raise _Reject(f"department {service} does not exist in the hall configuration")
        day = self.day(ev.ts)
        if (day, number) in self.tickets:
            raise _Reject(f"ticket {number} was already issued on {day.isoformat()}")
        self.tickets[(day, number)] = self._new(
            Ticket, day=day, number=number, department_id=dept, issued_at=ev.ts,
            called_at=None, call_window_id=None, started_at=None, finished_at=None,
            window_id=None, abandoned_at=None, day_end=False)

    def _on_ticket_called(self, ev: Event) -> None:
        ticket = self._ticket(ev)
        wid, _ = self._open(ev)
        state = self._ticket_state(ticket)
        if state not in ("issued", "called"):
            raise _Reject(f"ticket {ev.data['ticket']} cannot be called: it is {state}")
        ticket.set(called_at=ev.ts, call_window_id=wid)

    def _on_service_started(self, ev: Event) -> None:
        ticket = self._ticket(ev)
        wid, st = self._open(ev)
        state = self._ticket_state(ticket)
        number, code = ev.data["ticket"], ev.data["window"]
        if state != "called":
            raise _Reject(f"ticket {number} cannot start service: it is {state}, not called")
        if ticket.values["call_window_id"] != wid:
            called = self.window_codes.get(ticket.values["call_window_id"], "?")
            raise _Reject(f"ticket {number} was called to window {called}, not {code}")
        if st.pause is not None:
            raise _Reject(f"window {code} is paused")
        if st.serving is not None:
            raise _Reject(f"window {code} is already serving ticket "
                          f"{st.serving.values['number']}")
        ticket.set(started_at=ev.ts, window_id=wid)
        st.serving = ticket

    def _on_service_finished(self, ev: Event) -> None:
        wid, st = self._window(ev)
        number = ev.data["ticket"]
        if st.serving is not None and st.serving.values["number"] == number:
            # The window's service, whatever day it began on (one crossing midnight).
            self._open(ev, day_end=False)
            ticket = st.serving
            if ev.ts < self._ticket_clock(ticket):
                raise _Reject(f"ticket {number} cannot finish before it started")
            ticket.set(finished_at=ev.ts)
            st.serving = None
            return
        day = self.day(ev.ts)
        usual = self.tickets.get((day, number))
        if usual is None or usual.values["finished_at"] is not None:
            for late in (usual, self._stored_ticket(day - dt.timedelta(days=1), number)):
                if (late is not None and late.values["day_end"]
                        and late.values["window_id"] == wid
                        and late.values["finished_at"] is not None
                        and late.values["started_at"] <= ev.ts):
                    # The real end of a service the day's end had closed: it replaces it.
                    late.set(finished_at=ev.ts, day_end=False)
                    return
        ticket = self._ticket(ev)
        wid, st = self._open(ev)
        state = self._ticket_state(ticket)
        number, code = ev.data["ticket"], ev.data["window"]
        if state != "started":
            raise _Reject(f"ticket {number} cannot finish: it is {state}, not being served")
        if ticket.values["window_id"] != wid:
            raise _Reject(f"ticket {number} is being served at window "
                          f"{self.window_codes.get(ticket.values['window_id'], '?')}, not {code}")
        ticket.set(finished_at=ev.ts)
        st.serving = None

    def _on_ticket_abandoned(self, ev: Event) -> None:
        ticket = self._ticket(ev)
        state = self._ticket_state(ticket)
        if state not in ("issued", "called"):
            raise _Reject(f"ticket {ev.data['ticket']} cannot be abandoned: it is {state}")
        ticket.set(abandoned_at=ev.ts)

    def _on_evaluation(self, ev: Event) -> None:
        wid, _ = self._window(ev)
        self.evaluations.append({
            "event_id": ev.id, "window_id": wid, "ts": ev.ts, "rating": ev.data["rating"],
            "ticket": ev.data.get("ticket"), "comment": ev.data.get("comment")})

    def _on_case_accepted(self, ev: Event) -> None:
        d = ev.data
        wid, _ = self._window(ev)
        if d["case"] in self.cases:
            raise _Reject(f"case {d['case']} was already accepted")
        accepted_on = self.day(ev.ts)
        try:
            due = self.calendar.add_workdays(accepted_on, d["promised_days"])
        except OverflowError:
            raise _Reject(f"case {d['case']} would be due after the year 9999") from None
        self.cases[d["case"]] = self._new(
            Case, case_no=d["case"], item=d["item"].strip(), window_id=wid,
            applicant=d.get("applicant"), legal_days=d["legal_days"],
            promised_days=d["promised_days"], accepted_at=ev.ts, accepted_on=accepted_on,
            due_date=due,
            completed_at=None, completed_on=None, result=None)

    def _on_case_completed(self, ev: Event) -> None:
        case = self.cases.get(ev.data["case"])
        if case is None:
            raise _Reject(f"case {ev.data['case']} was never accepted")
        if case.values["completed_at"] is not None:
            raise _Reject(f"case {ev.data['case']} is already completed")
        if ev.ts < case.values["accepted_at"]:
            raise _Reject(f"case {ev.data['case']} cannot be completed before it was accepted")
        case.set(completed_at=ev.ts, completed_on=self.day(ev.ts), result=ev.data["result"])

    # -- running ---------------------------------------------------------------------
    def run(self, events: Sequence[Event], skip_bad: bool,
            earlier_errors: bool = False) -> tuple[BatchResult, list[Event]]:
        """Check the batch, then (if acceptable) write it. Returns what was applied."""
        result = BatchResult()
        fresh = self._drop_known(events, result)
        self._load_window_state()
        self._load_referenced(fresh)
        fresh.sort(key=_by_time)  # stable: equal times keep their line order
        applied: list[Event] = []
        for ev in fresh:
            try:
                self.apply(ev)
            except _Reject as why:
                result.errors.append(LineError(ev.line, ev.id, str(why), ev.raw))
                continue
            applied.append(ev)
            result.by_type[ev.type] += 1
        if applied:
            newest = max(ev.ts for ev in applied)
            if self.feed_ts is None or newest > self.feed_ts:
                self.feed_ts = newest
        if self.feed_ts is not None:
            self._abandon_waiting(self.feed_ts)
        result.day_end = self.day_end
        result.applied = len(applied)
        new_cases = self.new_rows.get(_t(Case), [])
        result.incomplete_years = self.calendar.incomplete_years(
            [r.values["accepted_on"] for r in new_cases]
            + [r.values["due_date"] for r in new_cases])
        if (result.errors or earlier_errors) and not skip_bad:
            return result, []
        self._write(applied)
        return result, applied

    def _drop_known(self, events: Sequence[Event], result: BatchResult) -> list[Event]:
        """Drop events already applied (same id, same content); refuse changed ones."""
        seen: dict[str, Event] = {}
        unique: list[Event] = []
        for ev in events:
            first = seen.get(ev.id)
            if first is None:
                seen[ev.id] = ev
                unique.append(ev)
            elif json.loads(first.raw) == ev.data:
                result.duplicates += 1
            else:
                result.errors.append(LineError(
                    ev.line, ev.id, f"duplicate id with different content (see line "
                    f"{first.line})", ev.raw))
        known = dict(self._lookup("SELECT event_id, body FROM raw_event WHERE event_id",
                                  [ev.id for ev in unique]))
        if not known:
            return unique
        fresh = []
        for ev in unique:
            body = known.get(ev.id)
            if body is None:
                fresh.append(ev)
            elif json.loads(body) == ev.data:
                result.duplicates += 1
            else:
                result.errors.append(LineError(
                    ev.line, ev.id, "an event with this id was already ingested with "
                    "different content", ev.raw))
        return fresh

    def _write(self, applied: Sequence[Event]) -> None:
        """A few executemany statements through the driver (no per-row ORM work)."""
        conn = self.s.connection()
        sqlite = conn.dialect.name == "sqlite"
        mark = "?" if sqlite else "%s"

        def many(sql: str, rows: list[tuple[Any, ...]]) -> None:
            if rows:
                conn.exec_driver_sql(sql, rows)

        def tuples(cols: list[str], rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
            out = [tuple(r[c] for c in cols) for r in rows]
            dates = [i for i, c in enumerate(cols) if c in DATE_COLUMNS]
            if sqlite and dates:  # SQLAlchemy's Date on SQLite is ISO text
                fixed = []
                for row in out:
                    items = list(row)
                    for i in dates:
                        if items[i] is not None:
                            items[i] = items[i].isoformat()
                    fixed.append(tuple(items))
                out = fixed
            return out

        order = [WindowSession, WindowPause, EvaluatorSpan, Ticket, Case]
        for model in order:
            table = _t(model)
            new = self.new_rows.get(table)
            if new:
                cols = [c.name for c in table.columns]
                many(f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES "
                     f"({', '.join([mark] * len(cols))})", tuples(cols, [r.values for r in new]))
        for model in order:
            table = _t(model)
            dirty = [r.values for r in self.changed_rows.get(table, []) if r.dirty]
            if dirty:
                cols = [c.name for c in table.columns if c.name != "id"]
                sets = ", ".join(f"{c} = {mark}" for c in cols)
                many(f"UPDATE {table.name} SET {sets} WHERE id = {mark}",
                     tuples([*cols, "id"], dirty))
        ev_cols = ["event_id", "window_id", "ts", "rating", "ticket", "comment"]
        many(f"INSERT INTO evaluation ({', '.join(ev_cols)}) VALUES "
             f"({', '.join([mark] * len(ev_cols))})", tuples(ev_cols, self.evaluations))
        many(f"INSERT INTO raw_event (event_id, ts, body) VALUES ({mark}, {mark}, {mark})",
             [(ev.id, ev.ts, ev.raw) for ev in applied])
        clocks = [(wid, self.queue_ts.get(wid), self.device_ts.get(wid))
                  for wid in sorted(self.clock_dirty)]
        many(f"UPDATE window_feed SET queue_ts = {mark}, device_ts = {mark} "
             f"WHERE window_id = {mark}",
             [(q, d, wid) for wid, q, d in clocks if wid in self.clock_rows])
        many(f"INSERT INTO window_feed (window_id, queue_ts, device_ts) VALUES "
             f"({mark}, {mark}, {mark})", [c for c in clocks if c[0] not in self.clock_rows])
        if applied:
            self._feed_status(applied)
        if not sqlite:
            for model in order:
                if self.new_rows.get(_t(model)):
                    name = model.__tablename__
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"))

    def _feed_status(self, applied: Sequence[Event]) -> None:
        newest = max(ev.ts for ev in applied)
        status = self.s.get(FeedStatus, 1)
        if status is None:
            self.s.add(FeedStatus(id=1, last_batch_at=time.time(), last_event_ts=newest,
                                  events=len(applied)))
        else:
            status.last_batch_at = time.time()
            status.last_event_ts = max(status.last_event_ts, newest)
            status.events += len(applied)
        self.s.flush()


def batch_hash(lines: Iterable[str]) -> str:
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.encode("utf-8"))
    return digest.hexdigest()


def apply_batch(session: Session, events: Sequence[Event], parse_errors: Sequence[LineError],
                *, skip_bad: bool, actor: str, source: str, file_hash: str,
                latest: float = math.inf) -> BatchResult:
    """Check and apply a parsed batch inside the caller's write transaction.

    When the batch has bad lines and ``skip_bad`` is false, nothing is written and
    the result lists every bad line (the caller then rolls back).
    """
    applier = BatchApplier(session, latest)
    result, applied = applier.run(events, skip_bad, bool(parse_errors))
    result.errors = sorted([*parse_errors, *result.errors], key=lambda e: e.line)
    if applied and (skip_bad or not result.errors):
        notify_batch(session, result.applied)
        # Every evaluation rated 1–2 opens a complaint-ledger entry, in this transaction.
        opened = open_from_evaluations(session, applier.evaluations, actor,
                                       tz=applier.tz, calendar=applier.calendar)
        audit.record(session, actor, "events.ingest", "batch", file_hash, {
            "source": source, "applied": result.applied, "duplicates": result.duplicates,
            "rejected": len(result.errors), "by_type": dict(sorted(result.by_type.items())),
            "complaints_opened": opened, "day_end": result.day_end})
    return result



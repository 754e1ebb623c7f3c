"""Rows of an export as records (every bad cell named), and records as the events of
docs/spec/events.md with ids derived from the source kind and the row's own key."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from app.events.parse import MAX_COMMENT, MAX_NAME, MAX_TICKET, Event, bad_text
from app.events.parse import bounds as feed_bounds
from app.imports import values as v
from app.imports.values import ABANDONED, OPEN, SERVED, Bad, Clock, Hall


@dataclass(slots=True)
class CellProblem:
    field: str
    value: Any
    kind: str
    reason: str


class RowBad(Exception):
    def __init__(self, problems: list[CellProblem]) -> None:
        super().__init__(problems[0].reason)
        self.problems = problems


@dataclass(slots=True)
class QueueRow:
    row: int
    ticket: str
    service: str
    issued: float
    called: float | None
    started: float | None
    finished: float | None
    window: str | None
    status: str | None
    rating: int | None
    staff: str | None

    @property
    def ts(self) -> float:
        return self.issued


@dataclass(slots=True)
class EvaluationRow:
    row: int
    ts: float
    window: str
    rating: int
    ticket: str | None
    case_no: str | None
    comment: str | None


@dataclass(slots=True)
class CaseRow:
    row: int
    case_no: str
    item: str
    accepted: float
    completed: float | None
    promised: int
    legal: int
    window: str
    applicant: str | None
    result: str | None

    @property
    def ts(self) -> float:
        return self.accepted


Record = QueueRow | EvaluationRow | CaseRow


class _Cells:
    """Reads one row's fields, collecting every bad cell before giving up."""

    def __init__(self, cells: Sequence[Any], columns: Mapping[str, int]) -> None:
        self.cells = cells
        self.columns = columns
        self.problems: list[CellProblem] = []

    def raw(self, name: str) -> Any:
        j = self.columns.get(name)
        if j is None or j >= len(self.cells):
            return None
        value = self.cells[j]
        return None if value == "" else value

    def get(self, name: str, parse: Callable[[Any], Any], required: bool = False) -> Any:
        value = self.raw(name)
        if isinstance(value, str) and (why := bad_text(value, name)) is not None:
            # U+0000 or a lone surrogate: not storable text (PostgreSQL refuses U+0000)
            self.problems.append(CellProblem(name, value, "bad_text", why.replace("`", "")))
            return None
        try:
            out = parse(value)
        except Bad as bad:
            self.problems.append(CellProblem(name, value, bad.kind, bad.reason))
            return None
        if out is None and required:
            self.problems.append(CellProblem(name, value, "required",
                                             f"the {name} is empty; every row needs it"))
        return out

    def code(self, name: str, limit: int, required: bool = False) -> str | None:
        def parse(value: Any) -> str | None:
            out = v.text(value)
            if not out:
                return None
            if len(out) > limit:
                raise Bad("too_long", f"{len(out)} characters, at most {limit}")
            if any(c < " " or c in "\x7f\u2028\u2029" for c in out):
                raise Bad("control", "contains control characters")
            return out
        result: str | None = self.get(name, parse, required)
        return result

    def bad(self, name: str, kind: str, reason: str) -> None:
        self.problems.append(CellProblem(name, self.raw(name), kind, reason))

    def done(self) -> None:
        if self.problems:
            raise RowBad(self.problems)


class RowReader:
    """Turns the cells of one kind's rows into records for one hall."""

    def __init__(self, kind: str, columns: Mapping[str, int], hall: Hall, clock: Clock,
                 status_words: Mapping[str, str], now: float | None = None) -> None:
        self.kind = kind
        self.columns = columns
        self.hall = hall
        self.clock = clock
        self.status_words = dict(status_words)
        # the feed's own bounds: from 2000-01-01 to this machine's clock plus its margin
        self.bounds = feed_bounds(now)
        readers: dict[str, Callable[[int, Sequence[Any]], Record]] = {
            "queue": self._queue, "evaluations": self._evaluation, "cases": self._case}
        self.read = readers[kind]

    def _time(self, c: _Cells, name: str, required: bool = False) -> float | None:
        ts: float | None = c.get(name, self.clock.parse, required)
        if ts is not None and ts > self.bounds.latest:
            c.bad(name, "future_time", "the time is in the future")
            return None
        if ts is not None and ts < self.bounds.earliest:
            c.bad(name, "bad_time", "the time is before 2000-01-01")
            return None
        return ts

    def _queue(self, row: int, cells: Sequence[Any]) -> QueueRow:
        c = _Cells(cells, self.columns)
        ticket = c.code("ticket", MAX_TICKET, required=True)
        service = c.get("service", self.hall.department, required=True)
        issued = self._time(c, "issued_at", required=True)
        called = self._time(c, "called_at")
        started = self._time(c, "started_at")
        finished = self._time(c, "finished_at")
        window = c.get("window", self.hall.window)
        status = c.get("status", lambda x: v.status(x, self.status_words))
        rating = c.get("rating", v.rating)
        staff = c.get("staff", self.hall.staff)
        last, last_name = issued, "issued_at"
        for name, ts in (("called_at", called), ("started_at", started),
                         ("finished_at", finished)):
            if ts is not None and last is not None and ts < last:
                c.bad(name, "time_order", f"the {name} is earlier than the {last_name}")
            if ts is not None:
                last, last_name = ts, name
        if status is None and finished is not None:
            status = SERVED
        if status == SERVED:
            if finished is None:
                c.bad("finished_at", "required", "a served ticket needs its finish time")
            if called is None and started is None:
                c.bad("called_at", "required", "a served ticket needs its call time")
        if window is None and (status == SERVED or called is not None or started is not None
                               or rating is not None):
            c.bad("window", "required", "a called, served or rated ticket needs its window")
        c.done()
        assert ticket is not None and service is not None and issued is not None
        return QueueRow(row, ticket, service, issued, called, started, finished, window,
                        status, rating, staff)

    def _evaluation(self, row: int, cells: Sequence[Any]) -> EvaluationRow:
        c = _Cells(cells, self.columns)
        ts = self._time(c, "evaluated_at", required=True)
        window = c.get("window", self.hall.window, required=True)
        rating = c.get("rating", v.rating)
        ticket = c.code("ticket", MAX_TICKET)
        case_no = c.code("case_no", MAX_TICKET)
        comment = c.get("comment", lambda x: v.text(x) or None)
        if comment is not None and len(comment) > MAX_COMMENT:
            c.bad("comment", "too_long", f"{len(comment)} characters, at most {MAX_COMMENT}")
        c.done()
        assert ts is not None and window is not None
        return EvaluationRow(row, ts, window, rating or 0, ticket, case_no, comment)

    def _case(self, row: int, cells: Sequence[Any]) -> CaseRow:
        c = _Cells(cells, self.columns)
        case_no = c.code("case_no", MAX_TICKET, required=True)
        item = c.code("item", MAX_NAME, required=True)
        accepted = self._time(c, "accepted_at", required=True)
        completed = self._time(c, "completed_at")
        promised = c.get("promised_days", v.days, required=True)
        legal = c.get("legal_days", v.days)
        window = c.get("window", self.hall.window)
        department = c.get("department", self.hall.department)
        applicant = c.code("applicant", MAX_NAME)
        result = c.get("result", v.result)
        if completed is not None and accepted is not None and completed < accepted:
            c.bad("completed_at", "time_order", "the completed_at is earlier than the "
                  "accepted_at")
        if window is None and department is not None:
            windows = self.hall.department_windows.get(department)
            if windows:
                window = windows[0]
            else:
                c.bad("department", "no_window", "the department has no window in the hall")
        elif window is None and not c.problems:
            c.bad("window", "required", "a case needs its window or its department")
        if result is not None and completed is None:
            c.bad("completed_at", "required", "a case with a result needs its completion "
                  "time")
        c.done()
        assert case_no is not None and item is not None and accepted is not None
        assert promised is not None and window is not None
        return CaseRow(row, case_no, item, accepted, completed, promised,
                       promised if legal is None else legal, window, applicant,
                       result or ("approved" if completed is not None else None))


# -- events ---------------------------------------------------------------------------
PREFIX = {"queue": "iq", "evaluations": "ie", "cases": "ic"}
# order of events at the same second: a window opens first and closes last, a service
# that ended finishes before the next one starts, a ticket's own steps keep their order
_OPENED, _ENDED, _ISSUED, _CALLED, _STARTED, _ENDED_NOW, _RATED, _CLOSED = range(8)


def _json(data: dict[str, Any]) -> str:
    """``json.dumps(data, ensure_ascii=False)`` for these flat events (strings, ints,
    booleans), several times faster: the import makes millions of them."""
    parts = []
    for k, val in data.items():
        if type(val) is str:
            parts.append(f'"{k}":{_quote(val)}')
        elif val is True or val is False:
            parts.append(f'"{k}":{"true" if val else "false"}')
        elif type(val) is int:
            parts.append(f'"{k}":{val}')
        else:
            parts.append(f'"{k}":{json.dumps(val, ensure_ascii=False)}')
    return "{" + ",".join(parts) + "}"


_basestring = json.encoder.encode_basestring


def _quote(value: str) -> str:
    out: str = _basestring(value)
    if "\u2028" in out or "\u2029" in out:   # line separators: a JSON Lines copy of
        out = out.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")  # the body
    return out


def key_hash(*parts: object) -> str:
    return hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"),
                           digest_size=16).hexdigest()


def day_key(day: dt.date, *parts: object) -> str:
    """The local day, then a hash of the row's key: the ids of one day sort together,
    so a year's events go into raw_event's index day by day, not scattered."""
    return f"{day:%Y%m%d}{key_hash(*parts)[:24]}"


@dataclass
class Batch:
    """The events of a group of rows; which rows each event came from."""

    events: list[Event] = field(default_factory=list)
    rows_of: dict[str, tuple[int, ...]] = field(default_factory=dict)
    sessions: int = 0


class EventMaker:
    """Records → events; a day's window sessions estimated from its queue rows."""

    def __init__(self, kind: str, hall: Hall, tz: dt.tzinfo) -> None:
        self.kind = kind
        self.hall = hall
        self.tz = tz
        self.prefix = PREFIX[kind]
        self._minutes: dict[int, tuple[str, str]] = {}
        self._days: dict[int, dt.date] = {}

    def _day(self, ts: float) -> dt.date:
        hour = int(ts // 3600)
        day = self._days.get(hour)
        if day is None:
            day = self._days[hour] = dt.datetime.fromtimestamp(hour * 3600, self.tz).date()
        return day

    def _iso(self, ts: float) -> str:
        whole = int(ts)
        if whole != ts:
            return dt.datetime.fromtimestamp(ts, self.tz).isoformat()
        minute = whole - whole % 60
        head = self._minutes.get(minute)
        if head is None:
            stamp = dt.datetime.fromtimestamp(minute, self.tz).isoformat()
            head = self._minutes[minute] = (stamp[:17], stamp[19:])
        return f"{head[0]}{whole - minute:02d}{head[1]}"

    def _event(self, out: list[tuple[float, int, int, Event]], rows: tuple[int, ...],
               batch: Batch, key: str, suffix: str, etype: str, ts: float, phase: int,
               fields: dict[str, Any], body: str | None = None) -> None:
        """One event; ``body``: its fields already as JSON (the queue's hot path)."""
        eid = f"{self.prefix}{key}{suffix}"
        iso = self._iso(ts)
        data = {"id": eid, "ts": iso, "type": etype, **fields}
        if body is None:
            raw = _json(data)
        else:  # id, time and type are plain ASCII: nothing to escape
            raw = f'{{"id":"{eid}","ts":"{iso}","type":"{etype}",{body}}}'
        event = Event(rows[0], eid, ts, etype, data, raw)
        out.append((ts, phase, len(out), event))
        batch.rows_of[eid] = rows

    def batch(self, records: Iterable[Record]) -> Batch:
        batch = Batch()
        out: list[tuple[float, int, int, Event]] = []
        if self.kind == "queue":
            self._queue([r for r in records if isinstance(r, QueueRow)], batch, out)
        elif self.kind == "evaluations":
            for r in records:
                assert isinstance(r, EvaluationRow)
                if not r.rating:
                    continue
                key = day_key(self._day(r.ts), "evaluations", r.ts, r.window,
                              r.ticket or r.case_no or "")
                fields: dict[str, Any] = {"window": r.window, "rating": r.rating}
                if r.ticket:
                    fields["ticket"] = r.ticket
                comment = r.comment
                if r.case_no:
                    note = f"（办件编号 {r.case_no}）"
                    comment = (comment or "") + note
                if comment:
                    fields["comment"] = comment[:MAX_COMMENT]
                self._event(out, (r.row,), batch, key, "e", "evaluation", r.ts, _RATED, fields)
        else:
            for r in records:
                assert isinstance(r, CaseRow)
                key = key_hash("cases", r.case_no)
                fields = {"case": r.case_no, "item": r.item, "window": r.window,
                          "legal_days": r.legal, "promised_days": r.promised}
                if r.applicant:
                    fields["applicant"] = r.applicant
                self._event(out, (r.row,), batch, key, "a", "case_accepted", r.accepted,
                            _ISSUED, fields)
                if r.completed is not None:
                    self._event(out, (r.row,), batch, key, "c", "case_completed",
                                r.completed, _ENDED_NOW, {"case": r.case_no, "result": r.result})
        out.sort()  # (ts, phase, sequence): the sequence is unique, events never compared
        batch.events = [t[3] for t in out]
        return batch

    def _queue(self, rows: list[QueueRow], batch: Batch,
               out: list[tuple[float, int, int, Event]]) -> None:
        spans: dict[tuple[str, dt.date], list[Any]] = {}   # first, last, staff, rows
        for r in rows:
            key = day_key(self._day(r.issued), "queue", r.ticket, f"{r.issued:.3f}")
            one = (r.row,)
            ev = self._event
            tq = _quote(r.ticket)
            wq = _quote(r.window) if r.window is not None else ""
            tw = f'"ticket":{tq},"window":{wq}'
            ev(out, one, batch, key, "i", "ticket_issued", r.issued, _ISSUED,
               {"ticket": r.ticket, "service": r.service},
               f'"ticket":{tq},"service":{_quote(r.service)}')
            last = r.issued
            called = r.called if r.called is not None else (
                r.started if r.status == SERVED else None)
            if called is not None and r.window is not None:
                ev(out, one, batch, key, "c", "ticket_called", called, _CALLED,
                   {"ticket": r.ticket, "window": r.window}, tw)
                last = called
            end = last
            serving = False
            if r.status == SERVED and r.window is not None and r.finished is not None:
                started = r.started if r.started is not None else called
                assert started is not None
                ev(out, one, batch, key, "s", "service_started", started, _STARTED,
                   {"ticket": r.ticket, "window": r.window}, tw)
                ev(out, one, batch, key, "f", "service_finished", r.finished,
                   _ENDED if r.finished > started else _ENDED_NOW,
                   {"ticket": r.ticket, "window": r.window}, tw)
                end = r.finished
            elif r.status == ABANDONED:
                at = max(t for t in (r.issued, called, r.finished) if t is not None)
                ev(out, one, batch, key, "a", "ticket_abandoned", at,
                   _ENDED if at > last else _ENDED_NOW, {"ticket": r.ticket}, f'"ticket":{tq}')
                end = at
            elif r.status in (None, OPEN) and r.started is not None and r.window is not None:
                ev(out, one, batch, key, "s", "service_started", r.started, _STARTED,
                   {"ticket": r.ticket, "window": r.window}, tw)
                end = r.started
                serving = True
            if r.rating is not None and r.window is not None:
                ev(out, one, batch, key, "e", "evaluation", end, _RATED,
                   {"window": r.window, "rating": r.rating, "ticket": r.ticket},
                   f'"window":{wq},"rating":{r.rating},"ticket":{tq}')
            if r.window is not None and called is not None:
                day = self._day(called)
                span = spans.get((r.window, day))
                if span is None:
                    spans[(r.window, day)] = [called, end, r.staff, [r.row], called, serving]
                else:
                    span[5] = span[5] or serving
                    if called < span[0]:
                        span[0] = called
                    if end > span[1]:
                        span[1] = end
                    if r.staff and (span[2] is None or called < span[4]):
                        span[2], span[4] = r.staff, called
                    span[3].append(r.row)
        for (window, day), (first, last_ts, staff, members, _, open_) in sorted(spans.items()):
            key = day_key(day, "queue", "session", window, day.isoformat())
            rows_t = tuple(members)
            staff = staff or self.hall.default_staff(window)
            if staff is None:
                continue   # the applier names the window as not open
            self._event(out, rows_t, batch, key, "o", "window_opened", first, _OPENED,
                        {"window": window, "staff": staff, "estimated": True})
            if not open_:  # a service still under way when the file was exported
                self._event(out, rows_t, batch, key, "x", "window_closed", last_ts, _CLOSED,
                            {"window": window})
            batch.sessions += 1

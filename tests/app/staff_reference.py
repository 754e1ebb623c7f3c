"""A plain-Python reference of the staff figures of docs/spec/figures.md (Staff), over the
same random valid event batches as the window figures (tests/app/figures_reference.py).

It never reads the database: the events are replayed (the window timelines and the
tickets of ``figures_reference.replay``, plus the sessions with their staff), every
time is measured on the window timelines inside each session, and every service,
evaluation, complaint and finding is given to the session on duty at its moment.
Complaints and findings are records, not events: they are passed in as plain tuples.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from tests.app.figures_reference import (
    QUEUE,
    Ev,
    _measure,
    _Ticket,
    local_day,
    midnight,
    replay,
)


@dataclass
class _Session:
    window: str
    staff: str
    opened: float
    closed: float | None = None


@dataclass(frozen=True)
class Complaint:
    window: str
    registered: float
    substantiated: float | None
    voided: bool = False
    from_evaluation: bool = False


@dataclass(frozen=True)
class Finding:
    window: str
    observed: float
    failed: bool = True
    points: float = 0.1


@dataclass
class _Staff:
    services: list[float] = field(default_factory=list)
    open_s: float = 0.0
    paused_s: float = 0.0
    busy_s: float = 0.0
    off_s: float = 0.0
    pauses: int = 0
    ratings: list[int] = field(default_factory=list)
    complaints: int = 0
    from_evaluation: int = 0
    findings: int = 0
    points: list[float] = field(default_factory=list)
    windows: set[str] = field(default_factory=set)


def sessions(events: Iterable[Ev]) -> list[_Session]:
    """Every session in opening order; a sign-in at a window still open from an
    earlier day first closes the old session at the window's last queue event."""
    out: list[_Session] = []
    current: dict[str, _Session] = {}
    last_queue: dict[str, float] = {}
    for e in sorted(events, key=lambda e: e.us):
        w = e.data.get("window")
        if e.type not in QUEUE or w is None:
            continue
        if e.type == "window_opened":
            old = current.pop(w, None)
            if old is not None:
                old.closed = last_queue[w]
            current[w] = _Session(w, e.data["staff"], e.ts)
            out.append(current[w])
        elif e.type == "window_closed":
            current.pop(w).closed = e.ts
        last_queue[w] = e.ts
    return out


def on_duty(all_sessions: list[_Session], window: str, moment: float) -> str | None:
    """The staff whose session at ``window`` holds ``moment`` (opened ≤ moment ≤
    closed); of two, the later."""
    found = None
    for s in all_sessions:
        if s.window == window and s.opened <= moment and (s.closed is None
                                                          or moment <= s.closed):
            found = s.staff
    return found


def staff_reference(events: list[Ev], start: dt.date, end: dt.date, now: float,
                    complaints: Iterable[Complaint] = (),
                    findings: Iterable[Finding] = ()) -> dict[str, dict[str, Any]]:
    """Staff code → the figures of ``StaffFigures`` (as a dict) for [start, end) at now."""
    r = replay(events)
    ss = sessions(events)
    t0, t1 = midnight(start), midnight(end)
    t1_now = min(t1, now)
    by: dict[str, _Staff] = {}

    def inside(ts: float | None) -> bool:
        return ts is not None and t0 <= ts < t1

    # tickets by (issue day, number), in issue order as the replay made them
    issued = [e for e in sorted(events, key=lambda e: e.us) if e.type == "ticket_issued"]
    tickets: dict[tuple[dt.date, str], _Ticket] = {
        (local_day(e.ts), e.data["ticket"]): t for e, t in zip(issued, r.tickets, strict=True)}

    for s in ss:
        end_ = s.closed if s.closed is not None else now
        if s.opened < t1_now and end_ > t0:
            a, b = max(s.opened, t0), min(end_, t1_now)
            st = by.setdefault(s.staff, _Staff())
            st.windows.add(s.window)
            line = r.timelines[s.window]
            st.open_s += max(0.0, b - a)
            st.paused_s += _measure(line, a, b, lambda x: x.open and x.paused)
            st.busy_s += _measure(line, a, b, lambda x: x.serving)
            st.off_s += _measure(line, a, b, lambda x: x.open and not x.device_on)
    for e in events:
        if e.type == "window_paused" and inside(e.ts):
            who = on_duty(ss, e.data["window"], e.ts)
            assert who is not None
            by.setdefault(who, _Staff()).pauses += 1
    for t in r.tickets:
        if inside(t.finished) and t.started is not None and t.finished is not None:
            assert t.window is not None
            who = on_duty(ss, t.window, t.started)
            assert who is not None
            by.setdefault(who, _Staff()).services.append(t.finished - t.started)
    for e in events:
        if e.type != "evaluation" or not inside(e.ts):
            continue
        w, moment = e.data["window"], e.ts
        rated = tickets.get((local_day(e.ts), e.data.get("ticket") or ""))
        if rated is not None and rated.started is not None and rated.window == w:
            moment = rated.started
        who = on_duty(ss, w, moment)
        if who is not None:
            by.setdefault(who, _Staff()).ratings.append(e.data["rating"])
    for c in complaints:
        if not c.voided and inside(c.substantiated):
            who = on_duty(ss, c.window, c.registered)
            if who is not None:
                by.setdefault(who, _Staff()).complaints += 1
                by[who].from_evaluation += c.from_evaluation
    for f in findings:
        if f.failed and inside(f.observed):
            who = on_duty(ss, f.window, f.observed)
            if who is not None:
                by.setdefault(who, _Staff()).findings += 1
                by[who].points.append(f.points)

    out: dict[str, dict[str, Any]] = {}
    for code, st in sorted(by.items()):
        n, n_eval = len(st.services), len(st.ratings)
        good = sum(r_ >= 3 for r_ in st.ratings)
        total = math.fsum(st.services)
        out[code] = {
            "services": n, "service_s": total, "avg_service_s": total / n if n else None,
            "open_s": st.open_s, "paused_s": st.paused_s, "pauses": st.pauses,
            "busy_s": st.busy_s, "idle_s": max(0.0, st.open_s - st.paused_s - st.busy_s),
            "evaluations": n_eval, "good": good, "bad": n_eval - good,
            "evaluation_rate": n_eval / n if n else None,
            "satisfaction_rate": good / n_eval if n_eval else None,
            "evaluator_off_s": st.off_s, "complaints": st.complaints,
            "complaints_from_evaluation": st.from_evaluation,
            "findings": st.findings, "finding_points": round(math.fsum(st.points), 6),
            "windows": tuple(sorted(st.windows)),
        }
    return out

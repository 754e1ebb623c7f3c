"""A realistic hall day from a seed: the demo history and the live feed.

Arrivals peak 9–11 and 14–16; each department serves its own first-come queue at its
windows; some citizens give up (3–8%); about 70% of services are rated where the
device is on, a fraction of a percent of them badly; windows pause for lunch and now
and then step away; a device is left off now and then; about one service in seven
registers a case (some 200 a day, the reports' scale); many cases are instant, the
rest are completed on later working days, a few late. The assumptions and the
reports they come from are in docs/demo.md. Every event goes through the ordinary
ingest path.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import heapq
import math
import random
import time
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app import db as dbmod
from app.calendar import WorkCalendar
from app.db import Database
from app.errors import UserError
from app.events.applicants import applicant
from app.events.ingest import ingest_lines
from app.events.profiles import (
    BAD_COMMENTS,
    DEFAULT_PROFILE,
    DEMO_VACANT,
    PAUSE_REASONS,
    PROFILES,
    Profile,
)
from app.hall import load_hall, read_hall_file
from app.security.permissions import check
from models import Case, Department, Hall, Staff, Window

TICKETS_PER_DAY = 1500
# Ratings 基本满意 and better, by weight; a bad rating (不满意 2, 非常不满意 1) is
# BAD_RATING_SHARE of all, scaled for a better or worse window (docs/demo.md).
RATING_WEIGHTS = ((5, 0.80), (4, 0.16), (3, 0.04))
BAD_RATING_SHARE = 0.002
VERY_BAD_SHARE = 0.3            # of the bad ratings, 非常不满意
# A department profile's case_prob is the share of its services that register a case
# in a hall where every service is a case; most tickets of a real hall are
# consultations, payments and pick-ups: this scales the demo to some 200 cases a day
# (41,961 in Jan–Oct in the 45-window centre of the reports, docs/domain.md).
CASE_SHARE = 0.25
# Relative arrival intensity per half hour from 09:00 to 17:00 (peaks 9–11 and 14–16).
ARRIVALS = (1.2, 1.6, 1.7, 1.5, 1.0, 0.8, 0.5, 0.35, 0.3, 0.45, 0.9, 1.3, 1.5, 1.4, 0.9, 0.5)


@dataclass
class HallInfo:
    tz: zoneinfo.ZoneInfo
    departments: dict[str, list[str]]          # department -> window codes (non-vacant)
    staff: dict[str, list[str]]                # department -> staff codes
    vacant: frozenset[str] = frozenset()


@dataclass
class OpenCase:
    case_no: str
    due: dt.date
    accepted: dt.date


@dataclass
class _Win:
    code: str
    dept: str
    free_at: float
    pauses: list[tuple[float, float, str]] = field(default_factory=list)
    device_on: float | None = None        # ts the device comes on (None: stays off)
    quality: float = 0.0                  # shifts this window's ratings


def load_hall_info(db: Database) -> HallInfo:
    with db.read() as session:
        hall = session.scalars(select(Hall)).first()
        if hall is None:
            raise UserError("The database has no hall yet; run `halldesk init` first.")
        departments: dict[str, list[str]] = {}
        staff: dict[str, list[str]] = {}
        vacant = DEMO_VACANT if _is_demo(session) else frozenset()
        rows = session.execute(select(Window.code, Department.code).join(
            Department, Window.department_id == Department.id).where(
            Window.retired.is_(False)).order_by(Window.code))
        for wcode, dcode in rows:
            if wcode not in vacant:
                departments.setdefault(dcode, []).append(wcode)
        for scode, dcode in session.execute(select(Staff.code, Department.code).join(
                Department, Staff.department_id == Department.id).where(
                Staff.retired.is_(False)).order_by(Staff.code)):
            staff.setdefault(dcode, []).append(scode)
        return HallInfo(zoneinfo.ZoneInfo(hall.timezone), departments, staff, vacant)


def _is_demo(session: Any) -> bool:
    from app.hall import read_hall_file as _read

    name = session.scalar(select(Hall.name))
    return bool(name == _read(None)[0].name)


def _at(day: dt.date, hour: float, tz: dt.tzinfo) -> float:
    return dt.datetime.combine(day, dt.time(), tz).timestamp() + hour * 3600


def _iso(ts: float, tz: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(round(ts), tz).isoformat()


def _profile(dept: str) -> Profile:
    return PROFILES.get(dept, DEFAULT_PROFILE)


def _case_rng(seed: int, case_no: str, day: dt.date) -> random.Random:
    digest = hashlib.sha256(f"{seed}|{case_no}|{day}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def _ticket_prefix(index: int) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    return letters[index] if index < len(letters) else "Z" + letters[index % len(letters)]


def simulate_day(info: HallInfo, day: dt.date, seed: int, open_cases: list[OpenCase],
                 calendar: WorkCalendar, volume: float = 1.0) -> list[dict[str, Any]]:
    """All events of one hall day, sorted by time. ``open_cases`` are cases accepted
    on earlier days and not completed; some of them are completed today."""
    rng = random.Random(f"{seed}|{day.isoformat()}")
    tz = info.tz
    events: list[tuple[float, int, dict[str, Any]]] = []
    seq = 0

    def emit(ts: float, etype: str, event_id: str | None = None, **fields: Any) -> None:
        nonlocal seq
        seq += 1
        events.append((ts, seq, {"id": event_id or f"sim-{day:%Y%m%d}-{seq:05d}",
                                 "ts": _iso(ts, tz), "type": etype, **fields}))

    # Windows open 08:45–09:00, lunch 11:45–13:45 staggered, close from 17:00.
    wins: dict[str, _Win] = {}
    for dept, codes in info.departments.items():
        people = list(info.staff.get(dept) or [])
        for code in codes:
            if not people:
                break
            staff = people.pop(0) if len(people) > 1 or len(codes) == 1 else people[0]
            opened = _at(day, 8.75 + rng.random() * 0.25, tz)
            w = _Win(code, dept, opened, quality=rng.gauss(0, 0.04))
            emit(opened, "window_opened", window=code, staff=staff)
            r = rng.random()
            if r < 0.9:
                w.device_on = opened + rng.uniform(5, 60)
            elif r < 0.98:
                w.device_on = opened + rng.uniform(1800, 7200)
            if w.device_on is not None:
                emit(w.device_on, "evaluator", window=code, on=True)
            lunch = _at(day, 11.75 + rng.random() * 0.75, tz)
            w.pauses.append((lunch, rng.uniform(45, 75) * 60, "午休"))
            for _ in range(rng.choice((0, 0, 1, 1, 2))):
                start = _at(day, rng.choice((9.5, 10.5, 14.5, 15.5)) + rng.random() * 0.8, tz)
                minutes = rng.uniform(4, 12) if rng.random() < 0.8 else rng.uniform(16, 35)
                w.pauses.append((start, minutes * 60, rng.choice(PAUSE_REASONS)))
            w.pauses.sort()
            wins[code] = w

    # Arrivals: a non-homogeneous Poisson stream over 09:00–17:00, by department share.
    active = [d for d in info.departments if any(c in wins for c in info.departments[d])]
    if active:
        shares = [_profile(d).share for d in active]
        total_share = sum(shares)
        cum = [sum(shares[: i + 1]) / total_share for i in range(len(shares))]
        weekday_factor = (1.1, 1.0, 1.0, 0.95, 0.9, 0.5, 0.4)[day.weekday()]
        if day.weekday() >= 5 and calendar.is_workday(day):
            weekday_factor = 1.0  # an official make-up working day (调休) is a full day
        expected = TICKETS_PER_DAY * volume * weekday_factor * rng.uniform(0.9, 1.1)
        per_slot = [expected * a / sum(ARRIVALS) for a in ARRIVALS]
        counters: dict[str, int] = {}
        prefix = {d: _ticket_prefix(i) for i, d in enumerate(sorted(info.departments))}
        queues: dict[str, list[tuple[float, str, float]]] = {d: [] for d in active}
        for slot, mean in enumerate(per_slot):
            t = _at(day, 9 + slot / 2, tz)
            end = t + 1800
            rate = mean / 1800
            while True:
                t += rng.expovariate(rate)
                if t >= end:
                    break
                dept = active[min(bisect.bisect_left(cum, rng.random()), len(active) - 1)]
                counters[dept] = counters.get(dept, 0) + 1
                number = f"{prefix[dept]}{counters[dept]:03d}"
                emit(t, "ticket_issued", ticket=number, service=dept)
                patience = rng.expovariate(1 / 3600) + 900
                queues[dept].append((t, number, patience))
        for dept in active:
            _serve(dept, queues[dept], [wins[c] for c in info.departments[dept] if c in wins],
                   rng, emit, day, tz, calendar)

    for w in wins.values():
        close = max(w.free_at, _at(day, 17 + rng.random() * 0.4, tz))
        emit(close, "window_closed", window=w.code)
        if w.device_on is not None and rng.random() < 0.7:
            emit(close + rng.uniform(5, 120), "evaluator", window=w.code, on=False)

    _complete_cases(info, day, seed, open_cases, wins, emit, calendar, tz)
    events.sort(key=lambda e: (e[0], e[1]))
    return [e[2] for e in events]


def _serve(dept: str, queue: list[tuple[float, str, float]], windows: list[_Win],
           rng: random.Random, emit: Callable[..., None], day: dt.date, tz: dt.tzinfo,
           calendar: WorkCalendar) -> None:
    """First come, first served at the department's windows; pauses happen between
    services (a window never pauses while serving)."""
    if not windows:
        for issued, number, patience in queue:
            emit(issued + patience, "ticket_abandoned", ticket=number)
        return
    profile = _profile(dept)
    heap = [(w.free_at, i) for i, w in enumerate(windows)]
    heapq.heapify(heap)
    pending = {i: list(w.pauses) for i, w in enumerate(windows)}
    sigma = 0.45
    mu = math.log(profile.service_min * 60) - sigma * sigma / 2
    for issued, number, patience in queue:
        i, free, start = _next_window(heap, pending, windows, issued, emit)
        w = windows[i]
        if start - issued > patience:
            emit(issued + patience, "ticket_abandoned", ticket=number)
            heapq.heappush(heap, (free, i))
            continue
        call = start + rng.uniform(2, 15)
        emit(call, "ticket_called", ticket=number, window=w.code)
        if rng.random() < 0.015:  # 过号: called, never came
            emit(call + rng.uniform(60, 180), "ticket_abandoned", ticket=number)
            heapq.heappush(heap, (call + 180, i))
            continue
        begin = call + rng.uniform(15, 60)
        length = max(60.0, rng.lognormvariate(mu, sigma))
        end = begin + length
        emit(begin, "service_started", ticket=number, window=w.code)
        emit(end, "service_finished", ticket=number, window=w.code)
        if rng.random() < profile.case_prob * CASE_SHARE and profile.items:
            item = rng.choice(profile.items)
            case_no = f"{day:%Y%m%d}{dept}{number}"
            accepted = begin + length * 0.6
            emit(accepted, "case_accepted", case=case_no, item=item.name,
                 window=w.code, legal_days=item.legal_days, promised_days=item.promised_days,
                 applicant=applicant(case_no, dept, item.name))
            if item.promised_days == 0:
                emit(accepted + (end - accepted) * 0.7, "case_completed", case=case_no,
                     result="approved" if rng.random() < 0.99 else "rejected")
        if w.device_on is not None and w.device_on <= end and rng.random() < 0.72:
            emit(end + rng.uniform(3, 25), "evaluation", window=w.code,
                 rating=_rating(rng, w.quality), ticket=number,
                 **({"comment": rng.choice(BAD_COMMENTS)} if rng.random() < 0.001 else {}))
        heapq.heappush(heap, (end + rng.uniform(5, 40), i))
    for free_at, i in heap:
        windows[i].free_at = max(windows[i].free_at, free_at)
    for i, w in enumerate(windows):
        # Pauses never reached before closing still happen (a lunch with no queue).
        for p_start, length, reason in pending[i]:
            if p_start >= w.free_at and p_start + length < _at(day, 17, tz):
                emit(p_start, "window_paused", window=w.code, reason=reason)
                emit(p_start + length, "window_resumed", window=w.code)
                w.free_at = p_start + length


def _next_window(heap: list[tuple[float, int]], pending: dict[int, list[tuple[float, float, str]]],
                 windows: list[_Win], issued: float,
                 emit: Callable[..., None]) -> tuple[int, float, float]:
    """The window that can take the next ticket first, after any pause that is due
    (a pause starts only once the window's current service is over)."""
    while True:
        free, i = heapq.heappop(heap)
        start = max(free, issued)
        plan = pending[i]
        if plan and plan[0][0] <= start:
            p_start, length, reason = plan.pop(0)
            p_start = max(p_start, free)
            emit(p_start, "window_paused", window=windows[i].code, reason=reason)
            emit(p_start + length, "window_resumed", window=windows[i].code)
            heapq.heappush(heap, (p_start + length, i))
            continue
        return i, free, start


def _rating(rng: random.Random, quality: float) -> int:
    """A rating: bad with BAD_RATING_SHARE (up to 3× for a poor window, a third for a
    good one: ``quality`` is about ±0.04), else 5, 4 or 3, a better window rated
    higher."""
    tail = BAD_RATING_SHARE * min(3.0, max(0.33, 1.0 - quality * 25))
    if rng.random() < tail:
        return 1 if rng.random() < VERY_BAD_SHARE else 2
    r = min(max(rng.random() - quality, 0.0), 0.999999)
    acc = 0.0
    for rating, weight in RATING_WEIGHTS:
        acc += weight
        if r < acc:
            return rating
    return 3


def _complete_cases(info: HallInfo, day: dt.date, seed: int, open_cases: list[OpenCase],
                    wins: dict[str, _Win], emit: Callable[..., None],
                    calendar: WorkCalendar, tz: dt.tzinfo) -> None:
    """Each open case is completed today with a chance that rises to near certainty
    on its due date; about 1 in 100 promised-time cases runs late (a red card)."""
    if not calendar.is_workday(day) or not wins:
        return
    for case in open_cases:
        if case.accepted >= day:
            continue
        crng = _case_rng(seed, case.case_no, day)
        if day < case.due:
            left = len(calendar.workdays_between(day, case.due)) + 1
            chance = min(0.9, 1.5 / left)  # most cases are done well before their limit
        elif day == case.due:
            chance = 0.97
        else:
            chance = 0.5
        if crng.random() < chance:
            ts = _at(day, 9.2 + crng.random() * 7.5, tz)
            # The id names the case, not the day's sequence, so that a day simulated
            # again over a database that already holds it yields the same events.
            emit(ts, "case_completed", event_id=f"sim-{case.case_no}-done", case=case.case_no,
                 result="approved" if crng.random() < 0.97 else "rejected")


def _events_lines(events: list[dict[str, Any]]) -> list[str]:
    import json

    return [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in events]


def _open_cases(db: Database) -> list[OpenCase]:
    with db.read() as session:
        rows = session.execute(select(Case.case_no, Case.due_date, Case.accepted_on).where(
            Case.completed_at.is_(None)).order_by(Case.case_no))
        return [OpenCase(no, due, accepted) for no, due, accepted in rows]


def write_demo_history(db: Database, *, days: int, seed: int, actor: str, role: str,
                       end: dt.date | None = None,
                       progress: Callable[[int, int], None] | None = None) -> tuple[int, int]:
    """``init`` with the demo hall, then ``days`` calendar days of history ending
    yesterday (working days only), each day ingested as one batch."""
    spec, file_hash = read_hall_file(None)
    dbmod.migrate(db)
    with db.write() as session:
        load_hall(session, spec, file_hash, actor, role=role)
    info = load_hall_info(db)
    with db.read() as session:
        calendar = WorkCalendar.load(session)
    end = end or dt.datetime.now(info.tz).date()
    open_cases = _open_cases(db)
    workdays = calendar.workdays_between(end - dt.timedelta(days=days), end)
    total = 0
    for n, day in enumerate(workdays, 1):
        events = simulate_day(info, day, seed, open_cases, calendar)
        lines = _events_lines(events)
        ingest_lines(db, lines, source=f"demo {day.isoformat()}",
                     file_hash=hashlib.sha256("\n".join(lines).encode()).hexdigest(),
                     actor=actor, role=role)
        open_cases = _advance_cases(open_cases, events)
        total += len(events)
        if progress is not None:
            progress(n, len(workdays))
    # The complaint ledger: the office works through the entries bad evaluations
    # opened, and a handful of phone, letter, web and in-person complaints come in.
    from app.records.complaint_demo import add_demo_complaints

    add_demo_complaints(db, seed=seed, actor=actor, end=end, days=workdays)
    # The integrity risk register (廉政风险点) of the demo hall, after the history so a
    # substantiated complaint of it can be linked.
    from app.records.risk_demo import load_demo_register

    load_demo_register(db, actor=actor, end=end)
    # Past inspection rounds, after the register so a finding can be linked to a point.
    from app.records.inspection_demo import add_demo_rounds

    add_demo_rounds(db, seed=seed, actor=actor, days=workdays)
    # The key projects under parallel approval (the reports' six pilot projects).
    from app.records.project_demo import add_demo_projects

    add_demo_projects(db, seed=seed, actor=actor, end=end)
    # The fingerprint clock's punches and the office's leave days (考勤).
    from app.events.attendance_demo import add_demo_attendance

    add_demo_attendance(db, seed=seed, actor=actor, days=workdays)
    dbmod.optimize(db, full=True)
    return len(workdays), total


def _advance_cases(open_cases: list[OpenCase], events: list[dict[str, Any]]) -> list[OpenCase]:
    done = {e["case"] for e in events if e["type"] == "case_completed"}
    remaining = [c for c in open_cases if c.case_no not in done]
    cal = WorkCalendar()
    for e in events:
        if e["type"] == "case_accepted" and e["case"] not in done:
            accepted = dt.date.fromisoformat(e["ts"][:10])
            remaining.append(OpenCase(e["case"], cal.add_workdays(accepted, e["promised_days"]),
                                      accepted))
    return remaining


def parse_until(value: str) -> dt.time:
    try:
        return dt.time.fromisoformat(value)
    except ValueError:
        raise UserError(f"--until {value!r} is not a time like 17:30.") from None


def run_live(db: Database, *, speed: float, until: dt.time | None, seed: int, actor: str,
             role: str,
             log: Callable[[str], None] | None = None,
             stop: Callable[[], bool] | None = None, batch_s: float = 5.0) -> int:
    """Feed today's simulated day into the database as its clock reaches each event.

    The simulated clock starts now (or at 08:30 when started outside the day) and runs
    ``speed`` times faster than the wall clock. What the clock has reached is fed as
    one batch every ``batch_s`` seconds of wall time (one audit entry each), as a
    queue-system adapter would. Event ids are deterministic, so a restart the same
    day skips what was already fed. The role is checked first, not only when a batch
    is due: after closing time none may ever be.
    """
    check(db, actor, role, "events.ingest")
    info = load_hall_info(db)
    with db.read() as session:
        calendar = WorkCalendar.load(session)
    today = dt.datetime.now(info.tz).date()
    volume = 1.0 if calendar.is_workday(today) else 0.4
    events = simulate_day(info, today, seed, _open_cases(db), calendar, volume)
    day_start, day_end = _at(today, 8.5, info.tz), _at(today, 18.5, info.tz)
    wall0 = time.time()
    sim0 = wall0 if day_start <= wall0 <= day_end else day_start
    stop_at = _at(today, until.hour + until.minute / 60, info.tz) if until else math.inf
    stamps = [dt.datetime.fromisoformat(e["ts"]).timestamp() for e in events]
    lines = _events_lines(events)
    fed = 0
    i = 0
    while i < len(lines):
        sim_now = min(sim0 + (time.time() - wall0) * speed, stop_at)
        j = bisect.bisect_right(stamps, sim_now, lo=i)
        if j > i:
            batch = lines[i:j]
            # The simulated clock runs ``speed`` times ahead: its events are bounded by it.
            result = ingest_lines(db, batch, source="simulator", actor=actor, role=role,
                                  skip_bad=True,
                                  file_hash=hashlib.sha256("\n".join(batch).encode()).hexdigest(),
                                  now=max(sim_now, time.time()))
            fed += result.applied
            if log is not None and (result.applied or result.errors):
                clock = dt.datetime.fromtimestamp(sim_now, info.tz).strftime("%H:%M:%S")
                log(f"{clock} +{result.applied} events"
                    + (f", {len(result.errors)} refused" if result.errors else ""))
            i = j
        if sim_now >= stop_at or (stop is not None and stop()):
            break
        deadline = time.time() + batch_s
        while time.time() < deadline and not (stop is not None and stop()):
            time.sleep(0.2)
    return fed

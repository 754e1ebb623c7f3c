"""A reference for docs/spec/figures.md: random valid event batches for the small test hall,
and every figure of ``stats --json`` computed by plain Python over the same events.

The reference never reads the database. It replays the event stream (in ``ts`` order)
into per-window timelines (open / paused / serving / device on) and measures them, so
it shares no code with ``app.figures`` — only the definitions of the spec.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

import chinese_calendar
from hypothesis import strategies as st

TZ = ZoneInfo("Asia/Shanghai")
WINDOWS = ("W01", "W02", "W03")
STAFF = ("S001", "S002", "S003")
SERVICES = ("GS", "RS")
RATINGS = (1, 2, 3, 4, 5)
RED_CARD_POINTS = 0.2
US = 1_000_000
DAY = dt.timedelta(days=1)

# Around the 2025 National Day holiday (Oct 1–8 off; Sun Sept 28 and Sat Oct 11 are
# make-up working days), plus ordinary 2026 weeks.
START_DATES = (
    dt.date(2025, 9, 26), dt.date(2025, 9, 28), dt.date(2025, 9, 30), dt.date(2025, 10, 4),
    dt.date(2025, 10, 8), dt.date(2025, 10, 10), dt.date(2026, 3, 6), dt.date(2026, 11, 26),
)


# -- time helpers ------------------------------------------------------------------------
def midnight(day: dt.date) -> float:
    return dt.datetime.combine(day, dt.time(), TZ).timestamp()


def local_day(ts: float) -> dt.date:
    return dt.datetime.fromtimestamp(ts, TZ).date()


def add_workdays(day: dt.date, n: int) -> dt.date:
    """The n-th Chinese working day after ``day`` (``day`` itself for 0)."""
    while n > 0:
        day += DAY
        if chinese_calendar.is_workday(day):
            n -= 1
    return day


def iso(us: int, utc: bool) -> str:
    """An ISO-8601 timestamp of ``us`` microseconds since the epoch: +08:00 or Z."""
    secs, frac = divmod(us, US)
    stamp = dt.datetime.fromtimestamp(secs, dt.UTC if utc else TZ).replace(microsecond=frac)
    text = stamp.isoformat()
    return text[:-6] + "Z" if utc else text


def local_us(text: str) -> int:
    """``"2025-09-29 09:00"`` (hall-local) as microseconds since the epoch."""
    stamp = dt.datetime.fromisoformat(text).replace(tzinfo=TZ)
    return round(stamp.timestamp()) * US


# -- events --------------------------------------------------------------------------------
@dataclass(frozen=True)
class Ev:
    id: str
    us: int
    type: str
    data: dict[str, Any]
    utc: bool = False

    @property
    def ts(self) -> float:
        return self.us / US

    def line(self) -> str:
        body = {"id": self.id, "ts": iso(self.us, self.utc), "type": self.type, **self.data}
        return json.dumps(body, ensure_ascii=False)


def lines(events: Iterable[Ev]) -> list[str]:
    return [e.line() for e in events]


# -- the reference -------------------------------------------------------------------------
@dataclass
class _Ticket:
    issued: float
    called: float | None = None
    started: float | None = None
    finished: float | None = None
    abandoned: float | None = None
    window: str | None = None


@dataclass
class _Case:
    window: str
    accepted: float
    due: dt.date
    completed: float | None = None


@dataclass
class _State:
    open: bool = False
    paused: bool = False
    serving: bool = False
    device_on: bool = False


@dataclass
class Replay:
    """The event stream replayed: tickets, cases, evaluations and window timelines."""

    tickets: list[_Ticket] = field(default_factory=list)
    cases: dict[str, _Case] = field(default_factory=dict)
    evaluations: list[tuple[float, str, int]] = field(default_factory=list)
    timelines: dict[str, list[tuple[float, _State]]] = field(default_factory=dict)


QUEUE = ("window_opened", "window_paused", "window_resumed", "window_closed", "ticket_called",
         "service_started", "service_finished")


def _end_service(line: list[tuple[float, _State]], at: float) -> None:
    """The day's end stops a window's service at ``at``: not serving from then on."""
    i = bisect.bisect_right([t for t, _ in line], at)
    before = line[i - 1][1] if i else _State()
    line.insert(i, (at, _State(**{**vars(before), "serving": False})))
    for _, later in line[i + 1:]:
        later.serving = False


def replay(events: Iterable[Ev]) -> Replay:
    """The stream in ``ts`` order, with the day boundary of docs/spec/events.md: the
    first queue event of a later day at a window ends the service an earlier day left
    unfinished (at the window's last queue event); once an event of a later day is
    seen, the earlier days' waiting tickets are abandoned at their last event."""
    out = Replay(timelines={w: [] for w in WINDOWS})
    by_key: dict[tuple[dt.date, str], _Ticket] = {}
    state = {w: _State() for w in WINDOWS}
    last_queue: dict[str, float] = {}
    serving: dict[str, _Ticket] = {}
    feed_day: dt.date | None = None
    for e in sorted(events, key=lambda e: e.us):
        d, ts = e.data, e.ts
        day = local_day(ts)
        if feed_day is None or day > feed_day:
            feed_day = day
            for t in out.tickets:
                if t.started is None and t.abandoned is None and local_day(t.issued) < day:
                    t.abandoned = t.called if t.called is not None else t.issued
        qw = d.get("window") if e.type in QUEUE else None
        if qw is not None and qw in serving and day > local_day(last_queue[qw]):
            stale = serving[qw]
            if not (e.type == "service_finished"
                    and by_key.get((day, d["ticket"])) is stale):
                stale.finished = max(last_queue[qw], stale.started or 0.0)
                del serving[qw]
                state[qw].serving = False
                _end_service(out.timelines[qw], stale.finished)
        if qw is not None:
            last_queue[qw] = ts
        if e.type == "ticket_issued":
            t = _Ticket(issued=ts)
            by_key[(local_day(ts), d["ticket"])] = t
            out.tickets.append(t)
        elif e.type in ("ticket_called", "service_started", "service_finished",
                        "ticket_abandoned"):
            t = by_key[(local_day(ts), d["ticket"])]
            if e.type == "ticket_called":
                t.called = ts
            elif e.type == "service_started":
                t.started, t.window = ts, d["window"]
                serving[d["window"]] = t
            elif e.type == "service_finished":
                t.finished = ts
                serving.pop(d["window"], None)
            else:
                t.abandoned = ts
        elif e.type == "evaluation":
            out.evaluations.append((ts, d["window"], d["rating"]))
        elif e.type == "case_accepted":
            out.cases[d["case"]] = _Case(d["window"], ts,
                                         add_workdays(local_day(ts), d["promised_days"]))
        elif e.type == "case_completed":
            out.cases[d["case"]].completed = ts
        w = d.get("window")
        if w is None or e.type in ("ticket_called", "evaluation", "case_accepted"):
            continue
        s = state[w]
        if e.type == "window_opened":
            s.open, s.paused = True, False
        elif e.type == "window_paused":
            s.paused = True
        elif e.type == "window_resumed":
            s.paused = False
        elif e.type == "window_closed":
            s.open, s.paused = False, False
        elif e.type == "evaluator":
            s.device_on = bool(d["on"])
        elif e.type == "service_started":
            s.serving = True
        elif e.type == "service_finished":
            s.serving = False
        out.timelines[w].append((ts, _State(**vars(s))))
    return out


def _measure(timeline: list[tuple[float, _State]], t0: float, t1: float,
             pred: Callable[[_State], bool]) -> float:
    """Seconds of [t0, t1) during which ``pred`` holds (nothing holds before the first
    event)."""
    total = 0.0
    for i, (start, s) in enumerate(timeline):
        end = timeline[i + 1][0] if i + 1 < len(timeline) else math.inf
        if pred(s):
            total += max(0.0, min(end, t1) - max(start, t0))
    return total


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def reference(events: Iterable[Ev], start: dt.date, end: dt.date, now: float,
              red_card_points: float = RED_CARD_POINTS) -> dict[str, Any]:
    """The ``stats --json`` figures of [start, end) as seen at ``now``."""
    r = replay(events)
    t0, t1 = midnight(start), midnight(end)
    t1_now = min(t1, now)
    today = local_day(now)

    def inside(ts: float | None) -> bool:
        return ts is not None and t0 <= ts < t1

    served = [t for t in r.tickets if inside(t.finished)]
    waits = [t.started - t.issued for t in r.tickets
             if t.started is not None and inside(t.started)]
    service_s = [t.finished - t.started for t in served
                 if t.finished is not None and t.started is not None]
    ratings = {k: 0 for k in RATINGS}
    for ts, _, rating in r.evaluations:
        if inside(ts):
            ratings[rating] += 1
    n_eval = sum(ratings.values())
    good = ratings[3] + ratings[4] + ratings[5]

    def case_figures(cases: list[_Case]) -> dict[str, Any]:
        accepted = sum(inside(c.accepted) for c in cases)
        done = [c for c in cases if inside(c.completed)]
        on_time = sum(local_day(c.completed) <= c.due for c in done if c.completed)
        red = sum(start <= c.due < end and c.due < today
                  and (c.completed is None or local_day(c.completed) > c.due)
                  for c in cases)
        return {
            "cases_accepted": accepted, "cases_completed": len(done),
            "completion_rate": None if not accepted else min(1.0, len(done) / accepted),
            "on_time_rate": _ratio(on_time, len(done)), "red_cards": red,
        }

    cases = list(r.cases.values())
    hall = {
        "tickets_issued": sum(inside(t.issued) for t in r.tickets),
        "served": len(served),
        "abandoned": sum(inside(t.abandoned) for t in r.tickets),
        "avg_wait_s": _mean(waits), "max_wait_s": max(waits) if waits else None,
        "avg_service_s": _mean(service_s),
        "evaluations": {str(k): v for k, v in ratings.items()},
        "satisfaction_rate": _ratio(good, n_eval),
        "evaluation_rate": _ratio(n_eval, len(served)),
        **case_figures(cases),
    }
    windows: dict[str, Any] = {}
    for w in WINDOWS:
        line = r.timelines[w]
        open_s = _measure(line, t0, t1_now, lambda s: s.open)
        paused_s = _measure(line, t0, t1_now, lambda s: s.open and s.paused)
        busy_s = _measure(line, t0, t1_now, lambda s: s.serving)
        off_s = _measure(line, t0, t1_now, lambda s: s.open and not s.device_on)
        w_service = [t.finished - t.started for t in served
                     if t.window == w and t.finished is not None and t.started is not None]
        red = case_figures([c for c in cases if c.window == w])["red_cards"]
        windows[w] = {
            "served": len(w_service), "avg_service_s": _mean(w_service),
            "open_s": open_s, "paused_s": paused_s, "busy_s": busy_s,
            "occupancy": _ratio(busy_s, open_s - paused_s),
            "evaluator_off_s": off_s, "red_cards": red,
            "score": max(0.0, 100.0 - red_card_points * red),
        }
    return {"from": start.isoformat(), "to": end.isoformat(), "hall": hall,
            "windows": windows}


def differences(got: Any, want: Any, path: str = "") -> list[str]:
    """Where two figure trees differ; floats compared with a small tolerance."""
    if isinstance(want, dict):
        if not isinstance(got, dict) or set(got) != set(want):
            return [f"{path}: keys {sorted(got) if isinstance(got, dict) else got!r} "
                    f"!= {sorted(want)}"]
        out: list[str] = []
        for k in want:
            out += differences(got[k], want[k], f"{path}.{k}")
        return out
    if isinstance(want, float) and not isinstance(got, bool) \
            and isinstance(got, (int, float)):
        if math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-3):
            return []
        return [f"{path}: got {got!r}, want {want!r}"]
    if type(got) is not type(want) or got != want:
        return [f"{path}: got {got!r}, want {want!r}"]
    return []


# -- random valid batches ------------------------------------------------------------------
@dataclass
class Scenario:
    start: dt.date
    days: int
    events: list[Ev]
    now_mid: int
    now_end: int
    seed: int

    @property
    def end(self) -> dt.date:
        return self.start + self.days * DAY

    def describe(self) -> str:
        return "\n".join(lines(self.events))


class _Gen:
    """Builds a valid event stream for the small hall, step by step, in ``ts`` order."""

    def __init__(self, draw: Callable[[Any], Any], max_steps: int) -> None:
        self.draw = draw
        self.max_steps = max_steps
        self.events: list[Ev] = []
        self.us = 0
        self.open = dict.fromkeys(WINDOWS, False)
        self.paused = dict.fromkeys(WINDOWS, False)
        self.serving: dict[str, str | None] = dict.fromkeys(WINDOWS)
        self.stuck: set[str] = set()
        # today's tickets: number -> [state, call window]
        self.tickets: dict[str, list[Any]] = {}
        self.numbers = 0
        self.open_cases: list[str] = []
        self.n_cases = 0

    # time and output
    def advance(self, lo_s: int, hi_s: int) -> None:
        frac = self.draw(st.sampled_from((0, 0, 0, 1_000, 500_000, 999_000)))
        self.us = (self.us // US + self.draw(st.integers(lo_s, hi_s))) * US + frac

    def emit(self, etype: str, **data: Any) -> None:
        utc = self.draw(st.integers(0, 3)) == 0
        self.events.append(Ev(f"ev-{len(self.events) + 1:04d}", self.us, etype, data, utc))

    def pick(self, options: Iterable[Any]) -> Any:
        return self.draw(st.sampled_from(sorted(options)))

    # what may happen now
    def _free(self, w: str) -> bool:
        return self.open[w] and not self.serving[w]

    def _startable(self) -> list[str]:
        return [n for n, (state, w) in self.tickets.items()
                if state == "called" and self.open[w] and not self.paused[w]
                and self.serving[w] is None]

    def _waiting(self) -> list[str]:
        return [n for n, (state, _) in self.tickets.items() if state in ("issued", "called")]

    def actions(self) -> list[str]:
        """What may happen next, weighted so that tickets do get served."""
        acts = ["issue", "issue", "evaluator", "evaluation", "accept"]
        if not all(self.open.values()):
            acts += ["open", "open"]
        if any(self._free(w) and not self.paused[w] for w in WINDOWS):
            acts.append("pause")
        if any(self.paused.values()):
            acts += ["resume"] * 3
        if any(self._free(w) for w in WINDOWS):
            acts.append("close")
        if self._waiting():
            acts.append("abandon")
            if any(self.open.values()):
                acts += ["call"] * 4
        if self._startable():
            acts += ["start"] * 8
        if any(self.serving[w] and w not in self.stuck for w in WINDOWS):
            acts += ["finish"] * 3
        if self.open_cases:
            acts.append("complete")
        return acts

    # actions
    def do_open(self) -> None:
        w = self.pick(w for w in WINDOWS if not self.open[w])
        self.open[w] = True
        self.emit("window_opened", window=w, staff=self.pick(STAFF))

    def do_pause(self) -> None:
        w = self.pick(w for w in WINDOWS if self._free(w) and not self.paused[w])
        self.paused[w] = True
        if self.draw(st.booleans()):
            self.emit("window_paused", window=w, reason="午休")
        else:
            self.emit("window_paused", window=w)

    def do_resume(self) -> None:
        w = self.pick(w for w in WINDOWS if self.paused[w])
        self.paused[w] = False
        self.emit("window_resumed", window=w)

    def do_close(self) -> None:
        self.close(self.pick(w for w in WINDOWS if self._free(w)))

    def close(self, w: str) -> None:
        self.open[w] = self.paused[w] = False
        self.emit("window_closed", window=w)

    def do_evaluator(self) -> None:
        self.emit("evaluator", window=self.pick(WINDOWS), on=self.draw(st.booleans()))

    def do_issue(self) -> None:
        self.numbers += 1
        number = f"A{self.numbers:03d}"
        self.tickets[number] = ["issued", None]
        self.emit("ticket_issued", ticket=number, service=self.pick(SERVICES))

    def do_call(self) -> None:
        number = self.pick(self._waiting())
        w = self.pick(w for w in WINDOWS if self.open[w])
        self.tickets[number] = ["called", w]
        self.emit("ticket_called", ticket=number, window=w)

    def do_start(self) -> None:
        number = self.pick(self._startable())
        w = self.tickets[number][1]
        self.tickets[number][0] = "started"
        self.serving[w] = number
        self.emit("service_started", ticket=number, window=w)

    def do_finish(self) -> None:
        self.finish(self.pick(w for w in WINDOWS if self.serving[w] and w not in self.stuck))

    def finish(self, w: str) -> None:
        number = self.serving[w]
        assert number is not None
        self.tickets[number][0] = "finished"
        self.serving[w] = None
        self.emit("service_finished", ticket=number, window=w)

    def do_abandon(self) -> None:
        number = self.pick(self._waiting())
        self.tickets[number][0] = "abandoned"
        self.emit("ticket_abandoned", ticket=number)

    def do_evaluation(self) -> None:
        data: dict[str, Any] = {"window": self.pick(WINDOWS),
                                "rating": self.draw(st.sampled_from(RATINGS))}
        if self.tickets and self.draw(st.booleans()):
            data["ticket"] = self.pick(self.tickets)
        if self.draw(st.integers(0, 3)) == 0:
            data["comment"] = "办事效率高"
        self.emit("evaluation", **data)

    def do_accept(self) -> None:
        self.n_cases += 1
        case = f"C{self.n_cases:04d}"
        self.open_cases.append(case)
        self.emit("case_accepted", case=case, item="设立登记", window=self.pick(WINDOWS),
                  legal_days=self.draw(st.integers(0, 10)),
                  promised_days=self.draw(st.integers(0, 10)))

    def do_complete(self) -> None:
        case = self.pick(self.open_cases)
        self.open_cases.remove(case)
        self.emit("case_completed", case=case,
                  result=self.draw(st.sampled_from(("approved", "rejected"))))

    # a day
    def day(self, day: dt.date) -> None:
        day_start, day_end = int(midnight(day)) * US, int(midnight(day + DAY)) * US
        self.us = max(self.us, day_start + self.draw(st.integers(0, 9 * 3600)) * US)
        self.tickets, self.numbers = {}, 0
        for _ in range(self.draw(st.integers(0, self.max_steps))):
            before = self.us
            self.advance(1, 2400)
            if self.us >= day_end - 3600 * US:
                self.us = before
                break
            getattr(self, "do_" + self.pick(self.actions()))()
        # Late evening: finish the day's services (or leave one stuck for ever, which
        # also keeps its window open and serving), close or keep windows open overnight.
        self.us = max(self.us, day_end - 3600 * US)
        for w in WINDOWS:
            if self.serving[w] and w not in self.stuck:
                if self.draw(st.integers(0, 7)) == 0:
                    self.stuck.add(w)
                else:
                    self.advance(1, 60)
                    self.finish(w)
        for w in WINDOWS:
            if not self._free(w):
                continue
            choice = self.draw(st.sampled_from(("close", "close", "keep", "pause")))
            if choice == "close":
                self.advance(1, 1200)
                self.close(w)
            elif choice == "pause" and not self.paused[w]:
                self.advance(1, 1200)
                self.paused[w] = True
                self.emit("window_paused", window=w)


@st.composite
def scenarios(draw: st.DrawFn, max_steps: int = 40) -> Scenario:
    start = draw(st.sampled_from(START_DATES))
    days = draw(st.integers(1, 3))
    gen = _Gen(draw, max_steps)
    for i in range(days):
        gen.day(start + i * DAY)
    events = gen.events
    first = events[0].us if events else int(midnight(start)) * US
    last = events[-1].us if events else first
    now_mid = draw(st.integers(first // US, last // US)) * US
    now_end = last + draw(st.integers(0, 12 * 86400)) * US
    seed = draw(st.integers(0, 2**32 - 1))
    return Scenario(start, days, events, now_mid, now_end, seed)

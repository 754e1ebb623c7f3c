"""The figures of docs/spec/figures.md for a period, hall-wide and per window.

Every number is computed by SQL aggregates; Python only assembles the results.
Ticket events always fall on the ticket's own local day (tickets are looked up by
the day of each event) and periods run from local midnight to local midnight, so a
ticket query needs only the tickets issued in the period — except for busy time,
where a service that was never finished counts up to now, however long ago it
started.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.config import Deductions, load_deductions
from app.figures.inspections import window_deductions as inspection_deductions
from app.figures.period import Period, local_date
from app.figures.sql import (
    GOOD_RATING,
    count_if,
    greatest,
    least,
    overlap,
    served,
    wait_s,
    waits_started,
)
from models import (
    Case,
    Complaint,
    Evaluation,
    EvaluatorSpan,
    Ticket,
    Window,
    WindowPause,
    WindowSession,
)

RATINGS = (1, 2, 3, 4, 5)


def _ratio(num: float, den: float) -> float | None:
    return None if not den else num / den


@dataclass
class Satisfaction:
    by_rating: dict[int, int] = field(default_factory=lambda: dict.fromkeys(RATINGS, 0))

    @property
    def evaluations(self) -> int:
        return sum(self.by_rating.values())

    @property
    def good(self) -> int:
        return sum(n for r, n in self.by_rating.items() if r >= GOOD_RATING)

    @property
    def bad(self) -> int:
        return sum(n for r, n in self.by_rating.items() if r < GOOD_RATING)

    @property
    def satisfaction_rate(self) -> float | None:
        return _ratio(self.good, self.evaluations)


@dataclass
class CaseFigures:
    accepted: int = 0
    completed: int = 0
    completed_on_time: int = 0
    red_cards: int = 0

    @property
    def completion_rate(self) -> float | None:
        if not self.accepted:
            return None
        return min(1.0, self.completed / self.accepted)

    @property
    def on_time_rate(self) -> float | None:
        return _ratio(self.completed_on_time, self.completed)


@dataclass
class WindowFigures:
    code: str
    served: int = 0
    service_s_total: float = 0.0
    open_s: float = 0.0
    paused_s: float = 0.0
    busy_s: float = 0.0
    evaluator_on_s: float = 0.0
    satisfaction: Satisfaction = field(default_factory=Satisfaction)
    cases: CaseFigures = field(default_factory=CaseFigures)
    deductions: dict[str, float] = field(default_factory=dict)
    inspection_findings: int = 0

    @property
    def avg_service_s(self) -> float | None:
        return _ratio(self.service_s_total, self.served)

    @property
    def occupancy(self) -> float | None:
        return _ratio(self.busy_s, self.open_s - self.paused_s)

    @property
    def evaluator_off_s(self) -> float:
        return max(0.0, self.open_s - self.evaluator_on_s)

    @property
    def evaluation_rate(self) -> float | None:
        return _ratio(self.satisfaction.evaluations, self.served)

    @property
    def score(self) -> float:
        return max(0.0, round(100.0 - sum(self.deductions.values()), 6))


@dataclass
class HallFigures:
    tickets_issued: int = 0
    served: int = 0
    abandoned: int = 0
    avg_wait_s: float | None = None
    max_wait_s: float | None = None
    avg_service_s: float | None = None
    satisfaction: Satisfaction = field(default_factory=Satisfaction)
    cases: CaseFigures = field(default_factory=CaseFigures)

    @property
    def evaluation_rate(self) -> float | None:
        return _ratio(self.satisfaction.evaluations, self.served)


@dataclass
class Figures:
    period: Period
    now: float
    hall: HallFigures
    windows: dict[str, WindowFigures]


def _tickets(session: Session, p: Period, now: float, ids: list[int], hall: HallFigures,
             out: dict[int, WindowFigures]) -> None:
    """One pass over the period's tickets (an index-only range scan), per window;
    the hall's figures are the sums over all windows and over unserved tickets.

    Every event of a ticket falls on its issue day and a period runs from local
    midnight to local midnight, so a ticket is wholly inside the period or wholly
    outside it; only a service never finished reaches beyond its day.
    """
    t0, t1 = p.t0, p.t1
    t = Ticket
    wait_sum, wait_count = waits_started(t)
    columns = (t.window_id, func.count(), served(t), func.count(t.abandoned_at),
               wait_count, wait_sum, func.max(wait_s(t)),
               func.sum(t.finished_at - t.started_at))
    in_period = and_(t.issued_at >= t0, t.issued_at < t1)
    rows = [*session.execute(select(*columns).where(t.window_id.in_(ids), in_period)
                             .group_by(t.window_id)),
            *session.execute(select(*columns).where(t.window_id.is_(None), in_period)
                             .group_by(t.window_id))]
    waits = 0
    wait_total = service_total = 0.0
    max_wait: float | None = None
    for wid, n_issued, n_served, n_abandoned, n_waits, wsum, wmax, ssum in rows:
        hall.tickets_issued += n_issued
        hall.served += n_served
        hall.abandoned += n_abandoned
        waits += n_waits
        wait_total += float(wsum or 0.0)
        service_total += float(ssum or 0.0)
        if wmax is not None:
            max_wait = float(wmax) if max_wait is None else max(max_wait, float(wmax))
        w = out.get(wid) if wid is not None else None
        if w is not None:
            w.served = n_served
            w.service_s_total = float(ssum or 0.0)
            w.busy_s = float(ssum or 0.0)  # finished services lie wholly inside
    hall.avg_wait_s = wait_total / waits if waits else None
    hall.max_wait_s = max_wait
    hall.avg_service_s = service_total / hall.served if hall.served else None
    if now < t1:
        # A period still under way: services are cut at ``now``.
        for w in out.values():
            w.busy_s = 0.0
        busy = overlap(t.started_at, func.coalesce(t.finished_at, now), t0, now)
        for wid, busy_s in session.execute(
                select(t.window_id, func.sum(busy))
                .where(t.window_id.in_(ids), in_period, t.finished_at.is_not(None))
                .group_by(t.window_id)):
            if wid in out:
                out[wid].busy_s = float(busy_s or 0.0)
    # Services under way (at most one per window, from the partial index) count up
    # to now, however long ago they started.
    for wid, busy_s in session.execute(
            select(t.window_id, func.sum(overlap(t.started_at, now, t0, min(t1, now))))
            .where(t.started_at.is_not(None), t.finished_at.is_(None), t.started_at < t1,
                   t.window_id.is_not(None))
            .group_by(t.window_id)):
        if wid in out:
            out[wid].busy_s += float(busy_s or 0.0)


def _when(condition: Any, value: Any) -> Any:
    return case((condition, value), else_=None)


def _clipped(start: Any, end: Any, t0: float, t1: float) -> tuple[Any, Any]:
    return greatest(start, t0).label("a"), least(end, t1).label("b")


def _spans(session: Session, p: Period, now: float, out: dict[int, WindowFigures]) -> None:
    """Open, paused and device-on time inside the period. The sessions and device
    spans of the period are clipped first (two small CTEs), then intersected per
    window."""
    t0, t1 = p.t0, min(p.t1, now)
    if t1 <= t0:
        return
    s, pz, e = WindowSession, WindowPause, EvaluatorSpan
    s_end = func.coalesce(s.closed_at, now)
    e_end = func.coalesce(e.off_at, now)
    p_end = func.coalesce(pz.ended_at, now)
    sessions = (select(s.window_id, *_clipped(s.opened_at, s_end, t0, t1))
                .where(s.opened_at < t1, s_end > t0).cte("open_spans").prefix_with(
                    "MATERIALIZED"))
    device = (select(e.window_id, *_clipped(e.on_at, e_end, t0, t1))
              .where(e.on_at < t1, e_end > t0).cte("device_spans").prefix_with("MATERIALIZED"))
    for wid, total in session.execute(
            select(sessions.c.window_id, func.sum(sessions.c.b - sessions.c.a))
            .group_by(sessions.c.window_id)):
        if wid in out:
            out[wid].open_s = float(total or 0.0)
    for wid, total in session.execute(
            select(pz.window_id, func.sum(overlap(pz.started_at, p_end, t0, t1)))
            .where(pz.started_at < t1, p_end > t0).group_by(pz.window_id)):
        if wid in out:
            out[wid].paused_s = float(total or 0.0)
    both = greatest(least(sessions.c.b, device.c.b) - greatest(sessions.c.a, device.c.a), 0.0)
    for wid, total in session.execute(
            select(sessions.c.window_id, func.sum(both))
            .join(device, and_(device.c.window_id == sessions.c.window_id,
                               device.c.a < sessions.c.b, device.c.b > sessions.c.a))
            .group_by(sessions.c.window_id)):
        if wid in out:
            out[wid].evaluator_on_s = float(total or 0.0)


def _evaluations(session: Session, p: Period, ids: list[int], hall: HallFigures,
                 out: dict[int, WindowFigures]) -> None:
    ev = Evaluation
    rows = session.execute(
        select(ev.window_id, *(count_if(ev.rating == r) for r in RATINGS))
        .where(ev.window_id.in_(ids), ev.ts >= p.t0, ev.ts < p.t1).group_by(ev.window_id))
    for wid, *counts in rows:
        for rating, n in zip(RATINGS, counts, strict=True):
            hall.satisfaction.by_rating[rating] += int(n or 0)
            if wid in out:
                out[wid].satisfaction.by_rating[rating] += int(n or 0)


def _cases(session: Session, p: Period, now: float, ids: list[int], hall: HallFigures,
           out: dict[int, WindowFigures]) -> None:
    """Accepted, completed (on time) and red cards: one index range per window each."""
    c = Case
    t0, t1 = p.t0, p.t1
    today = local_date(now, p.tz)
    targets = [
        (select(c.window_id, func.count()).where(c.accepted_at >= t0, c.accepted_at < t1),
         "accepted"),
        (select(c.window_id, func.count()).where(c.completed_at >= t0, c.completed_at < t1),
         "completed"),
        (select(c.window_id, func.count()).where(
            c.completed_at >= t0, c.completed_at < t1, c.completed_on <= c.due_date),
         "completed_on_time"),
        (select(c.window_id, func.count()).where(
            c.due_date >= p.start, c.due_date < p.end, c.due_date < today,
            (c.completed_on.is_(None)) | (c.completed_on > c.due_date)), "red_cards"),
    ]
    for query, attr in targets:
        for wid, n in session.execute(query.where(c.window_id.in_(ids))
                                      .group_by(c.window_id)):
            setattr(hall.cases, attr, getattr(hall.cases, attr) + n)
            if wid in out:
                setattr(out[wid].cases, attr, n)


def _deductions(session: Session, p: Period, deductions: Deductions,
                out: dict[int, WindowFigures]) -> None:
    """Red cards, complaints found substantiated in the period (by the date they
    were substantiated; a voided entry costs nothing): −0.2 each when the complaint
    came from a bad evaluation, −0.5 each otherwise, and inspection findings of the
    period at their checklist item's deduction (figures.md, Assessment)."""
    for w in out.values():
        if w.cases.red_cards:
            w.deductions["red_card"] = deductions.red_card * w.cases.red_cards
    c = Complaint
    from_evaluation = c.source == "evaluation"
    for wid, n_evaluation, n_other in session.execute(
            select(c.window_id, count_if(from_evaluation), count_if(~from_evaluation))
            .where(c.window_id.in_(list(out)), c.substantiated_at >= p.t0,
                   c.substantiated_at < p.t1, c.state != "voided")
            .group_by(c.window_id)):
        w = out[wid]
        if n_evaluation:
            w.deductions["bad_evaluation_substantiated"] = (
                deductions.bad_evaluation_substantiated * n_evaluation)
        if n_other:
            w.deductions["other_substantiated"] = deductions.other_substantiated * n_other
    for wid, (n, points) in inspection_deductions(session, p, list(out)).items():
        out[wid].inspection_findings = n
        if points:
            out[wid].deductions["inspection_finding"] = points


def compute(session: Session, period: Period, now: float,
            window_codes: list[str] | None = None) -> Figures:
    """All figures of ``period`` as seen at ``now``."""
    # Every window counts towards the hall, retired ones too; ``windows`` holds the
    # ones asked for.
    all_windows = session.execute(select(Window.id, Window.code).order_by(Window.code)).all()
    ids = [wid for wid, _ in all_windows]
    wanted = None if window_codes is None else set(window_codes)
    windows = {wid: WindowFigures(code) for wid, code in all_windows
               if wanted is None or code in wanted}
    hall = HallFigures()
    _tickets(session, period, now, ids, hall, windows)
    _spans(session, period, now, windows)
    _evaluations(session, period, ids, hall, windows)
    _cases(session, period, now, ids, hall, windows)
    _deductions(session, period, load_deductions(session), windows)
    return Figures(period, now, hall, {w.code: w for w in windows.values()})


def as_json(fig: Figures) -> dict[str, Any]:
    """The ``stats --json`` shape of docs/spec/cli.md."""
    h = fig.hall
    return {
        "from": fig.period.start.isoformat(),
        "to": fig.period.end.isoformat(),
        "hall": {
            "tickets_issued": h.tickets_issued, "served": h.served, "abandoned": h.abandoned,
            "avg_wait_s": h.avg_wait_s, "max_wait_s": h.max_wait_s,
            "avg_service_s": h.avg_service_s,
            "evaluations": {str(r): h.satisfaction.by_rating[r] for r in RATINGS},
            "satisfaction_rate": h.satisfaction.satisfaction_rate,
            "evaluation_rate": h.evaluation_rate,
            "cases_accepted": h.cases.accepted, "cases_completed": h.cases.completed,
            "completion_rate": h.cases.completion_rate, "on_time_rate": h.cases.on_time_rate,
            "red_cards": h.cases.red_cards,
        },
        "windows": {
            code: {
                "served": w.served, "avg_service_s": w.avg_service_s, "open_s": w.open_s,
                "paused_s": w.paused_s, "busy_s": w.busy_s, "occupancy": w.occupancy,
                "evaluator_off_s": w.evaluator_off_s, "red_cards": w.cases.red_cards,
                "score": w.score,
            }
            for code, w in fig.windows.items()
        },
    }


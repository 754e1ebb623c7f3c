"""Staff performance (人员) figures of docs/spec/figures.md, per staff member and period.

A staff member is on duty at a window during their sessions there (``window_opened``
with ``staff`` until ``window_closed`` or the day's end). Times (open, paused, busy,
device off) are the window figures' spans split by the session they fall in; a
service, an evaluation, a substantiated complaint and an inspection finding belong to
whoever was on duty at its window at its moment (``_on_duty``): the service's start,
the rated service's start (an evaluation without a ticket of that window: its own
time), the complaint's registration time, the finding's time.

Every number is a SQL aggregate grouped by staff; Python only assembles the rows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Date, Float, and_, column, func, literal, null, select, union_all, values
from sqlalchemy.orm import Session, aliased

from app.figures.period import Period, local_midnight
from app.figures.sql import count_if, good, greatest, least, overlap
from models import (
    ChecklistItem,
    Complaint,
    Evaluation,
    EvaluatorSpan,
    InspectionFinding,
    Staff,
    Ticket,
    Window,
    WindowPause,
    WindowSession,
)
from models.inspections import FAIL


@dataclass(frozen=True)
class StaffFigures:
    """One staff member's figures of a period (docs/spec/figures.md, Staff)."""

    code: str
    services: int
    service_s: float
    avg_service_s: float | None
    open_s: float
    paused_s: float
    pauses: int
    busy_s: float
    idle_s: float
    evaluations: int
    good: int
    bad: int
    evaluation_rate: float | None
    satisfaction_rate: float | None
    evaluator_off_s: float
    complaints: int
    findings: int
    complaints_from_evaluation: int     # of ``complaints``: those from a bad evaluation
    finding_points: float               # the checklist deductions of ``findings``
    windows: tuple[str, ...]


@dataclass
class _Acc:
    services: int = 0
    service_s: float = 0.0
    busy_s: float = 0.0
    open_s: float = 0.0
    paused_s: float = 0.0
    pauses: int = 0
    device_on_s: float = 0.0
    evaluations: int = 0
    good: int = 0
    complaints: int = 0
    findings: int = 0
    complaints_from_evaluation: int = 0
    finding_points: float = 0.0
    windows: set[str] = field(default_factory=set)

    def figures(self, code: str) -> StaffFigures:
        open_s = self.open_s
        return StaffFigures(
            code=code, services=self.services, service_s=self.service_s,
            avg_service_s=self.service_s / self.services if self.services else None,
            open_s=open_s, paused_s=self.paused_s, pauses=self.pauses, busy_s=self.busy_s,
            idle_s=max(0.0, open_s - self.paused_s - self.busy_s),
            evaluations=self.evaluations, good=self.good, bad=self.evaluations - self.good,
            evaluation_rate=self.evaluations / self.services if self.services else None,
            satisfaction_rate=self.good / self.evaluations if self.evaluations else None,
            evaluator_off_s=max(0.0, open_s - self.device_on_s),
            complaints=self.complaints, findings=self.findings,
            complaints_from_evaluation=self.complaints_from_evaluation,
            finding_points=round(self.finding_points, 6),
            windows=tuple(sorted(self.windows)))


def _on_duty(window_id: Any, moment: Any) -> tuple[Any, Any]:
    """The session on duty at ``window_id`` at ``moment``, to join: the latest there
    opened at or before the moment (of two opened the same second, the later), if it
    holds the moment (closed at or after it, or still open): a closed window has
    nobody on duty. Sessions of a window never overlap, so this is the session with
    opened ≤ moment ≤ closed. One backward seek in ix_window_session_window_opened
    per row and a primary-key lookup; returns (the session alias, the join
    condition)."""
    s, duty = WindowSession, aliased(WindowSession, name="duty")
    latest = (select(s.id).where(s.window_id == window_id, s.opened_at <= moment)
              .order_by(s.opened_at.desc(), s.id.desc()).limit(1)
              .correlate_except(s).scalar_subquery())
    return duty, and_(duty.id == latest,
                      duty.closed_at.is_(None) | (duty.closed_at >= moment))


def _numbered(p: Period) -> Any:
    """The sessions that can hold a moment at or after the period's start (closed
    then or later, or still open), numbered at each window in opening order."""
    s = WindowSession
    return (select(s.id, s.window_id, s.staff_id, s.opened_at, s.closed_at,
                   func.row_number().over(partition_by=s.window_id,
                                          order_by=(s.opened_at, s.id)).label("k"))
            .where(s.opened_at < p.t1, s.closed_at.is_(None) | (s.closed_at >= p.t0))
            .cte("numbered"))


def _owned(session: Session, numbered: Any, items: Any) -> tuple[Any, Any]:
    """``items`` (window_id, moment, payload…) with ``owner``, the staff on duty at
    the item's window at its moment (``_on_duty``), and the condition that keeps the
    items someone was on duty for. Two plans of the same rule, each the faster on its
    backend (a month of the demo hall): SQLite seeks the session row by row in its
    index; PostgreSQL, whose per-row subplans cost more, sorts once."""
    if session.get_bind().dialect.name == "postgresql":
        return _owned_sorted(numbered, items)
    return _owned_seek(items)


def _owned_seek(items: Any) -> tuple[Any, Any]:
    """``_owned`` by a seek per row (``_on_duty``)."""
    payload = [c for c in items.c if c.name not in ("window_id", "moment")]
    duty, on_duty = _on_duty(items.c.window_id, items.c.moment)
    owned = (select(*payload, duty.staff_id.label("owner")).select_from(items)
             .join(duty, on_duty).subquery("owned"))
    return owned, owned.c.owner.is_not(None)


def _owned_sorted(numbered: Any, items: Any) -> tuple[Any, Any]:
    """``_on_duty`` for many rows at once, for moments at or after the period's start:
    ``items`` (window_id, moment, payload…) merged with the sessions' openings and
    ordered by time at each window, so that each item follows the latest session
    opened at or before it (a running count of openings); the item belongs to that
    session's staff if the session holds the moment. Two sorts instead of a seek per
    row. Returns (the items with ``owner``, the condition that keeps the items on
    duty)."""
    payload = [c for c in items.c if c.name not in ("window_id", "moment")]
    opens = select(numbered.c.window_id, numbered.c.opened_at.label("moment"),
                   literal(0).label("kind"), numbered.c.k.label("k"),
                   numbered.c.staff_id.label("staff"), numbered.c.closed_at.label("closed"),
                   *(null().label(c.name) for c in payload))
    rows = select(items.c.window_id, items.c.moment, literal(1).label("kind"),
                  null().label("k"), null().label("staff"), null().label("closed"), *payload)
    merged = union_all(opens, rows).subquery("merged")
    m = merged.c
    grouped = select(merged, func.sum(1 - m.kind).over(
        partition_by=m.window_id, order_by=(m.moment, m.kind, m.k), rows=(None, 0))
        .label("grp")).subquery("grouped")
    g = grouped.c
    part, order = (g.window_id, g.grp), (g.kind, g.moment, g.k)
    owned = select(*(g[c.name] for c in payload), g.kind, g.moment,
                   func.first_value(g.staff).over(partition_by=part, order_by=order)
                   .label("owner"),
                   func.first_value(g.closed).over(partition_by=part, order_by=order)
                   .label("owner_closed")).subquery("owned")
    o = owned.c
    return owned, and_(o.kind == 1, o.owner.is_not(None),
                       o.owner_closed.is_(None) | (o.owner_closed >= o.moment))


def _services(session: Session, p: Period, now: float, ids: list[int],
              acc: dict[int, _Acc]) -> None:
    """Services (count, service time) of the period's tickets and the busy time, as
    the window figures count them (app/figures/stats.py ``_tickets``), by the staff
    on duty when each service started."""
    t, t0, t1 = Ticket, p.t0, p.t1
    finished_busy = (t.finished_at - t.started_at if now >= t1
                     else overlap(t.started_at, t.finished_at, t0, now))
    numbered = _numbered(p)
    done, on_duty = _owned(session, numbered, select(
        t.window_id, t.started_at.label("moment"),
        (t.finished_at - t.started_at).label("service"), finished_busy.label("busy"))
        .where(t.window_id.in_(ids), t.issued_at >= t0, t.issued_at < t1,
               t.finished_at.is_not(None)).subquery())
    for staff, n, total, busy in session.execute(
            select(done.c.owner, func.count(), func.sum(done.c.service), func.sum(done.c.busy))
            .where(on_duty).group_by(done.c.owner)):
        a = acc[staff]
        a.services += int(n)
        a.service_s += float(total or 0.0)
        a.busy_s += float(busy or 0.0)
    # Services under way count up to now, however long ago they started (their
    # session is still open).
    running, on_duty = _owned(session, numbered, select(
        t.window_id, t.started_at.label("moment"),
        overlap(t.started_at, now, t0, min(t1, now)).label("busy"))
        .where(t.started_at.is_not(None), t.finished_at.is_(None), t.started_at < t1,
               t.window_id.is_not(None)).subquery())
    for staff, busy in session.execute(
            select(running.c.owner, func.sum(running.c.busy)).where(on_duty)
            .group_by(running.c.owner)):
        if busy:
            acc[staff].busy_s += float(busy)


def _spans(session: Session, p: Period, now: float, codes: dict[int, str],
           acc: dict[int, _Acc]) -> None:
    """Open, paused and device-on time inside the period, session by session (the
    window figures' spans, app/figures/stats.py), and the windows worked at."""
    t0, t1 = p.t0, min(p.t1, now)
    s, pz, e = WindowSession, WindowPause, EvaluatorSpan
    # Pauses begun in the period (a count needs no clock).
    for staff, n in session.execute(
            select(s.staff_id, func.count()).select_from(pz).join(s, s.id == pz.session_id)
            .where(pz.started_at >= p.t0, pz.started_at < p.t1).group_by(s.staff_id)):
        acc[staff].pauses += int(n)
    if t1 <= t0:
        return
    s_end = func.coalesce(s.closed_at, now)
    e_end = func.coalesce(e.off_at, now)
    p_end = func.coalesce(pz.ended_at, now)
    sessions = (select(s.window_id, s.staff_id, greatest(s.opened_at, t0).label("a"),
                       least(s_end, t1).label("b"))
                .where(s.opened_at < t1, s_end > t0).cte("staff_spans")
                .prefix_with("MATERIALIZED"))
    device = (select(e.window_id, greatest(e.on_at, t0).label("a"), least(e_end, t1).label("b"))
              .where(e.on_at < t1, e_end > t0).cte("staff_device").prefix_with("MATERIALIZED"))
    for staff, wid, total in session.execute(
            select(sessions.c.staff_id, sessions.c.window_id,
                   func.sum(sessions.c.b - sessions.c.a))
            .group_by(sessions.c.staff_id, sessions.c.window_id)):
        a = acc[staff]
        a.open_s += float(total or 0.0)
        a.windows.add(codes[wid])
    for staff, total in session.execute(
            select(s.staff_id, func.sum(overlap(pz.started_at, p_end, t0, t1)))
            .select_from(pz).join(s, s.id == pz.session_id)
            .where(pz.started_at < t1, p_end > t0).group_by(s.staff_id)):
        acc[staff].paused_s += float(total or 0.0)
    both = greatest(least(sessions.c.b, device.c.b) - greatest(sessions.c.a, device.c.a), 0.0)
    for staff, total in session.execute(
            select(sessions.c.staff_id, func.sum(both))
            .join(device, and_(device.c.window_id == sessions.c.window_id,
                               device.c.a < sessions.c.b, device.c.b > sessions.c.a))
            .group_by(sessions.c.staff_id)):
        acc[staff].device_on_s += float(total or 0.0)


def _evaluations(session: Session, p: Period, ids: list[int], acc: dict[int, _Acc]) -> None:
    """Evaluations of the period, by the staff of the service they rate: the ticket of
    that number on the evaluation's local day, served at its window; without one, by
    the staff on duty at the window at the evaluation's time."""
    days = p.days()
    edges = [local_midnight(d, p.tz) for d in days] + [p.t1]
    table = (values(column("day", Date), column("a", Float), column("b", Float),
                    name="eval_days")
             .data([(d, edges[i], edges[i + 1]) for i, d in enumerate(days)])
             .cte("eval_days"))
    ev, t = Evaluation, Ticket
    moments = (select(ev.window_id, good(ev).label("good"),
                      func.coalesce(t.started_at, ev.ts).label("moment"))
               .select_from(ev)
               .join(table, and_(ev.ts >= table.c.a, ev.ts < table.c.b))
               .outerjoin(t, and_(t.day == table.c.day, t.number == ev.ticket,
                                  t.window_id == ev.window_id, t.started_at.is_not(None)))
               .where(ev.window_id.in_(ids), ev.ts >= p.t0, ev.ts < p.t1).subquery())
    numbered = _numbered(p)
    rated, on_duty = _owned(session, numbered, moments)
    for staff, n, n_good in session.execute(
            select(rated.c.owner, func.count(), count_if(rated.c.good)).where(on_duty)
            .group_by(rated.c.owner)):
        acc[staff].evaluations += int(n)
        acc[staff].good += int(n_good or 0)


def _records(session: Session, p: Period, ids: list[int], acc: dict[int, _Acc]) -> None:
    """Substantiated complaints (as the window score counts them: found substantiated
    in the period, not voided) by the staff on duty at their window when they were
    registered, and inspection findings of the period by the staff on duty at their
    window at the finding's time."""
    c, f = Complaint, InspectionFinding
    duty, on_duty = _on_duty(c.window_id, c.registered_at)
    for staff, n, n_bad in session.execute(
            select(duty.staff_id, func.count(), count_if(c.source == "evaluation"))
            .select_from(c).join(duty, on_duty)
            .where(c.window_id.in_(ids), c.substantiated_at >= p.t0,
                   c.substantiated_at < p.t1, c.state != "voided")
            .group_by(duty.staff_id)):
        acc[staff].complaints += int(n)
        acc[staff].complaints_from_evaluation += int(n_bad or 0)
    duty, on_duty = _on_duty(f.window_id, f.observed_at)
    for staff, n, points in session.execute(
            select(duty.staff_id, func.count(), func.sum(ChecklistItem.deduction))
            .select_from(f).join(duty, on_duty)
            .join(ChecklistItem, ChecklistItem.id == f.item_id)
            .where(f.window_id.in_(ids), f.outcome == FAIL, f.observed_at >= p.t0,
                   f.observed_at < p.t1)
            .group_by(duty.staff_id)):
        acc[staff].findings += int(n)
        acc[staff].finding_points += float(points or 0.0)


def staff_figures(session: Session, period: Period, now: float) -> dict[int, StaffFigures]:
    """Staff id → figures of ``period`` as seen at ``now``, for every staff member who
    had a session in the period or to whom something of the period is attributed."""
    windows = dict(session.execute(select(Window.id, Window.code)).all())
    ids = list(windows)
    acc: defaultdict[int, _Acc] = defaultdict(_Acc)
    _services(session, period, now, ids, acc)
    _spans(session, period, now, windows, acc)
    _evaluations(session, period, ids, acc)
    _records(session, period, ids, acc)
    if not acc:
        return {}
    codes = dict(session.execute(select(Staff.id, Staff.code)
                                 .where(Staff.id.in_(list(acc)))).all())
    return {sid: a.figures(codes[sid]) for sid, a in sorted(acc.items())}


def staff_json(figures: dict[int, StaffFigures], window: str | None = None
               ) -> dict[str, dict[str, Any]]:
    """The ``stats --staff --json`` shape (docs/spec/cli.md): staff code → figures, in
    code order; with ``window``, the staff who worked there."""
    out: dict[str, dict[str, Any]] = {}
    for f in sorted(figures.values(), key=lambda f: f.code):
        if window is not None and window not in f.windows:
            continue
        row = {k: v for k, v in vars(f).items() if k != "code"}
        row["windows"] = list(f.windows)
        out[f.code] = row
    return out

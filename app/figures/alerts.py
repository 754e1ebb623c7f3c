"""Live alerts (docs/spec/figures.md, Live alerts) and their acknowledgement.

Each alert has a stable key naming its kind, its subject and when its condition
began, so an acknowledgement holds for that occurrence only: a window paused again
later raises a new alert.
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.config import AlertThresholds, OpeningHours, load_alert_thresholds, load_weekly_hours
from app.errors import UserError
from app.figures.live import CLOSED, PAUSED, RECENT_S, HallNow, WindowNow
from app.figures.period import local_midnight
from app.security import audit
from app.security.permissions import require
from models import (
    AlertAck,
    Case,
    Department,
    EvaluatorSpan,
    Project,
    Ticket,
    Window,
    WindowSession,
)

LONG_WAIT, VACANT, EVALUATOR_OFF, LOW_RATE, YELLOW, RED = (
    "long_wait", "vacant", "evaluator_off", "low_evaluation_rate", "yellow_card", "red_card")
PROJECT = "project_item"     # a key project's approval item overdue or due soon
# By severity (docs/spec/figures.md, Live alerts): what the director acts on first.
KINDS = (RED, LONG_WAIT, EVALUATOR_OFF, VACANT, LOW_RATE, PROJECT, YELLOW)
SEVERITY = {kind: i for i, kind in enumerate(KINDS)}


@dataclass
class Alert:
    key: str
    kind: str
    window: str | None
    subject: str
    since: float | None
    detail: dict[str, Any] = field(default_factory=dict)
    acked_by: str | None = None
    acked_at: float | None = None

    @property
    def open(self) -> bool:
        return self.acked_by is None

    def lasted_s(self, now: float) -> float | None:
        """How long the condition has held at ``now`` (a red card: since it fell due)."""
        return None if self.since is None else max(0.0, now - self.since)


@dataclass(frozen=True)
class _Statements:
    windows: Any
    waiting_uncalled: Any
    waiting_called: Any
    open_last_day: Any
    device_off: Any
    cases_open: Any
    cases_open_then: Any
    cases_completed_after: Any


@functools.cache
def _statements() -> _Statements:
    """Built once with bound parameters (see app/figures/live.py)."""
    now: Any = bindparam("now")
    t0: Any = bindparam("t0")
    waited: Any = bindparam("waited")   # issued before this: waiting longer than allowed
    ids = select(Window.id).where(Window.retired.is_(False)).scalar_subquery()
    t, s, e, c = Ticket, WindowSession, EvaluatorSpan, Case
    # Waiting: issued, neither started nor abandoned at ``now`` (figures.md); a ticket
    # called to a window but not yet started is still waiting.
    waiting = and_(t.issued_at >= t0, t.issued_at <= waited,
                   (t.started_at.is_(None)) | (t.started_at > now),
                   (t.abandoned_at.is_(None)) | (t.abandoned_at > now))
    tickets = select(t.number, t.issued_at, Department.code).join(
        Department, t.department_id == Department.id)
    next_workday: Any = bindparam("next_workday")
    cases = select(c.case_no, c.window_id, c.item, c.due_date)
    return _Statements(
        windows=select(Window.id, Window.code).where(Window.retired.is_(False)),
        waiting_uncalled=tickets.where(t.window_id.is_(None), waiting),
        waiting_called=tickets.where(t.window_id.in_(ids), waiting),
        open_last_day=select(s.window_id).where(
            s.window_id.in_(ids), s.opened_at >= bindparam("lw0"),
            s.opened_at < bindparam("lw1")).distinct(),
        # The latest switch-off before ``now`` of the windows that need it, among the
        # last two weeks' spans (an older one is before the window opened anyway).
        device_off=select(e.window_id, func.max(e.off_at)).where(
            e.window_id.in_(bindparam("off_ids", expanding=True)),
            e.on_at >= bindparam("recent"), e.off_at <= now).group_by(e.window_id),
        cases_open=cases.where(c.window_id.in_(ids), c.due_date <= next_workday,
                               c.completed_on.is_(None)),
        cases_open_then=cases.where(c.window_id.in_(ids), c.due_date <= next_workday,
                                    c.completed_on.is_(None), c.accepted_at <= now),
        # only the completion time may lead (see app/figures/live.py cards); due dates
        # are tested in Python
        cases_completed_after=cases.where(c.window_id.in_(ids), c.completed_at > now,
                                          c.accepted_at + 0 <= now),
    )


def compute_alerts(session: Session, snap: HallNow, calendar: WorkCalendar, tz: dt.tzinfo,
                   limits: AlertThresholds | None = None,
                   hours: OpeningHours | None = None) -> list[Alert]:
    """Every live alert at ``snap.at``, acknowledged ones included (with who/when)."""
    limits = limits or load_alert_thresholds(session)
    q = _statements()
    conn = session.connection()
    now = snap.at
    local = dt.datetime.fromtimestamp(now, tz)
    hours = hours or load_weekly_hours(session).on(local.weekday())
    today = local.date()
    t0 = local_midnight(today, tz)
    codes: dict[int, str] = dict(conn.execute(q.windows).all())
    alerts: list[Alert] = []
    # Rows that changed after ``now`` exist only when ``now`` is in the past.
    past = snap.last_event_at is not None and snap.last_event_at > now

    # Long wait: tickets waiting more than 30 minutes.
    params = {"now": now, "t0": t0, "waited": now - limits.long_wait_s}
    waiting = [*conn.execute(q.waiting_uncalled, params), *conn.execute(q.waiting_called, params)]
    for number, issued, dept in sorted(waiting, key=lambda r: (r[1], r[0])):
        alerts.append(Alert(f"{LONG_WAIT}:{today}:{number}", LONG_WAIT, None, number, issued,
                            {"department": dept, "minutes": int((now - issued) // 60)}))

    opening = (calendar.is_workday(today) and hours.opens <= local.time() <= hours.closes)
    opens_at = dt.datetime.combine(today, hours.opens, tz).timestamp()
    last_workday = _previous_workday(calendar, today)
    open_last_day: set[int] = set()
    if opening:
        open_last_day = {wid for (wid,) in conn.execute(q.open_last_day, {
            "lw0": local_midnight(last_workday, tz),
            "lw1": local_midnight(last_workday + dt.timedelta(days=1), tz)})}
    id_of = {code: wid for wid, code in codes.items()}
    device_off = [id_of[w.code] for w in snap.windows
                  if w.state != CLOSED and not w.evaluator_on and w.opened_at is not None
                  and w.code in id_of]
    off_since: dict[int, float] = {}
    if device_off:
        off_since = {wid: float(off) for wid, off in conn.execute(q.device_off, {
            "off_ids": device_off, "recent": now - RECENT_S, "now": now}) if off is not None}
    for w in snap.windows:
        wid = id_of.get(w.code)
        if w.state == PAUSED and w.paused_since is not None \
                and now - w.paused_since > limits.paused_vacant_s:
            alerts.append(Alert(f"{VACANT}:{w.code}:paused:{int(w.paused_since)}", VACANT,
                                w.code, w.code, w.paused_since,
                                {"reason": "paused",
                                 "minutes": int((now - w.paused_since) // 60)}))
        if w.state == CLOSED and opening and wid in open_last_day:
            alerts.append(Alert(f"{VACANT}:{w.code}:closed:{today}", VACANT, w.code, w.code,
                                opens_at, {"reason": "closed",
                                           "last_open": str(last_workday)}))
        if w.state != CLOSED and not w.evaluator_on and w.opened_at is not None:
            since = max(w.opened_at, off_since.get(wid, w.opened_at) if wid else w.opened_at)
            if now - since > limits.evaluator_off_s:
                alerts.append(Alert(f"{EVALUATOR_OFF}:{w.code}:{int(since)}", EVALUATOR_OFF,
                                    w.code, w.code, since,
                                    {"minutes": int((now - since) // 60)}))
        if w.served_today >= limits.low_evaluation_min_served \
                and w.evaluations_today / w.served_today < limits.low_evaluation_rate:
            alerts.append(Alert(f"{LOW_RATE}:{w.code}:{today}", LOW_RATE, w.code, w.code, None,
                                {"rate": w.evaluations_today / w.served_today,
                                 "served": w.served_today}))

    next_workday = calendar.next_workday(today)
    case_params = {"next_workday": next_workday, "now": now}
    cases = list(conn.execute(q.cases_open_then if past else q.cases_open, case_params))
    if past:
        cases += [r for r in conn.execute(q.cases_completed_after, case_params)
                  if r[3] <= next_workday]
    overdue: dict[dt.date, int] = {}
    for case_no, wid, item, due in sorted(cases, key=lambda r: (r[3], r[0])):
        if due < today:
            if due not in overdue:
                overdue[due] = len(calendar.workdays_between(due + dt.timedelta(days=1),
                                                             today + dt.timedelta(days=1)))
            fell_due = local_midnight(due + dt.timedelta(days=1), tz)
            alerts.append(Alert(f"{RED}:{case_no}:{due}", RED, codes.get(wid), case_no,
                                fell_due, {"item": item, "due": str(due),
                                           "overdue_days": overdue[due]}))
        else:
            alerts.append(Alert(f"{YELLOW}:{case_no}:{due}", YELLOW, codes.get(wid), case_no,
                                None, {"item": item, "due": str(due)}))

    alerts += _project_alerts(session, today, calendar, tz, now)
    _attach_acks(session, alerts)
    alerts.sort(key=_severity)
    return alerts


# The key projects' cards change by the day and by a window's case: read again at most
# once a minute (the snapshot runs every second).
PROJECT_CARDS_S = 60.0
_project_cards: dict[tuple[str, dt.date], tuple[float, list[Any]]] = {}


def _project_alerts(session: Session, today: dt.date, calendar: WorkCalendar,
                    tz: dt.tzinfo, now: float) -> list[Alert]:
    """An approval item of a key project overdue, or due within 2 working days
    (docs/spec/records.md, Key projects)."""
    from app.records.project_view import cards

    bind = session.get_bind()
    key = (str(bind.engine.url), today)
    kept = _project_cards.get(key)
    if kept is None or abs(now - kept[0]) > PROJECT_CARDS_S:
        if session.scalar(select(func.count()).select_from(Project)) == 0:
            found: list[Any] = []
        else:
            found = cards(session, today, calendar)
        kept = (now, found)
        _project_cards.clear()
        _project_cards[key] = kept
    out = []
    for c in kept[1]:
        late = c.flag == "overdue"
        out.append(Alert(
            f"{PROJECT}:{c.project}:{c.item}:{c.due}", PROJECT, None,
            f"{c.project} {c.item}",
            local_midnight(c.due + dt.timedelta(days=1), tz) if late else None,
            {"project": c.project_name, "item": c.item_name, "department": c.department,
             "due": str(c.due), "flag": c.flag, "overdue_days": c.overdue_days}))
    return out


def _severity(a: Alert) -> tuple[int, float, str]:
    """Kind by severity, then the longest-lasting (the most overdue) first."""
    return SEVERITY[a.kind], a.since if a.since is not None else float("inf"), a.subject


def _previous_workday(calendar: WorkCalendar, day: dt.date) -> dt.date:
    previous = day - dt.timedelta(days=1)
    while not calendar.is_workday(previous):
        previous -= dt.timedelta(days=1)
    return previous


def _attach_acks(session: Session, alerts: list[Alert]) -> None:
    keys = [a.key for a in alerts]
    acks: dict[str, tuple[str, float]] = {}
    for i in range(0, len(keys), 500):
        for key, by, at in session.execute(select(AlertAck.key, AlertAck.acked_by,
                                                  AlertAck.acked_at)
                                           .where(AlertAck.key.in_(keys[i:i + 500]))):
            acks[key] = (by, at)
    for a in alerts:
        if a.key in acks:
            a.acked_by, a.acked_at = acks[a.key]


def acknowledge(session: Session, key: str, actor: str, at: float | None = None, *,
                role: str) -> bool:
    """Acknowledge an alert once; returns False if it already was. Audited."""
    require(session, actor, role, "alert.ack")
    if not key or len(key) > 200:
        raise UserError("The alert to acknowledge is not valid.")
    if session.get(AlertAck, key) is not None:
        return False
    at = time.time() if at is None else at
    session.add(AlertAck(key=key, acked_by=actor, acked_at=at))
    audit.record(session, actor, "alert.ack", "alert", key, {}, ts=at)
    session.flush()
    return True


def acknowledge_many(session: Session, keys: list[str], actor: str, at: float | None = None,
                     *, role: str) -> int:
    """Acknowledge several alerts at once (a group, a selection): each one audited as
    if acknowledged alone, in one transaction; returns how many were new."""
    require(session, actor, role, "alert.ack")
    at = time.time() if at is None else at
    return sum(acknowledge(session, key, actor, at, role=role) for key in dict.fromkeys(keys))


# -- triage: what the director acts on first ---------------------------------------------
@dataclass
class AlertGroup:
    """The alerts of one kind, in severity order within it."""

    kind: str
    alerts: list[Alert]

    @property
    def key(self) -> str:
        return f"group:{self.kind}"

    @property
    def open(self) -> int:
        return sum(1 for a in self.alerts if a.open)

    def open_keys(self) -> list[str]:
        return [a.key for a in self.alerts if a.open]


@dataclass(frozen=True)
class AlertRow:
    """A row of the alert list: a group (``alert`` None) or one alert of it."""

    group: AlertGroup
    alert: Alert | None = None

    @property
    def is_group(self) -> bool:
        return self.alert is None


def triage(alerts: list[Alert], *, show_acknowledged: bool = False) -> list[AlertGroup]:
    """Alerts grouped by kind, the kinds by severity (red card, long wait, device off,
    vacant window, low evaluation rate, yellow card), each group's alerts the
    longest-lasting first; acknowledged alerts leave the list unless asked for."""
    groups: dict[str, list[Alert]] = {}
    for a in sorted(alerts, key=_severity):
        if a.open or show_acknowledged:
            groups.setdefault(a.kind, []).append(a)
    return [AlertGroup(kind, groups[kind]) for kind in KINDS if kind in groups]


def alert_rows(groups: list[AlertGroup], expanded: set[str] | frozenset[str] = frozenset()
               ) -> list[AlertRow]:
    """The list as shown: a group of one alert is that alert's row; a larger group is
    one row (窗口空岗 ×31), followed by its alerts when its key is in ``expanded``."""
    rows: list[AlertRow] = []
    for g in groups:
        if len(g.alerts) == 1:
            rows.append(AlertRow(g, g.alerts[0]))
            continue
        rows.append(AlertRow(g))
        if g.key in expanded:
            rows.extend(AlertRow(g, a) for a in g.alerts)
    return rows


def keys_to_acknowledge(rows: list[AlertRow]) -> list[str]:
    """The open alerts under the rows chosen: a group row stands for all of its own."""
    keys: list[str] = []
    for row in rows:
        if row.alert is None:
            keys.extend(row.group.open_keys())
        elif row.alert.open:
            keys.append(row.alert.key)
    return list(dict.fromkeys(keys))


@dataclass
class WindowMarks:
    """What a window's tile marks: its red and yellow cards (whether acknowledged or
    not: the case is still late), the kinds of its open alerts, and how many."""

    red: int = 0
    yellow: int = 0
    kinds: set[str] = field(default_factory=set)
    open: int = 0
    others: int = 0          # open alerts other than cards (device off, vacant, low rate)

    def key(self) -> tuple[int, int, tuple[str, ...], int]:
        return self.red, self.yellow, tuple(sorted(self.kinds)), self.open


def window_marks(alerts: list[Alert], windows: list[WindowNow] | None = None
                 ) -> dict[str, WindowMarks]:
    """Marks by window code; an open long wait marks the open windows of the ticket's
    department (its queue is theirs to take)."""
    marks: dict[str, WindowMarks] = {}
    by_department: dict[str, list[str]] | None = None   # only when a long wait asks
    for a in alerts:
        if a.window is None:
            if a.kind == LONG_WAIT and a.open:
                if by_department is None:
                    by_department = {}
                    for w in windows or []:
                        if w.state != CLOSED:
                            by_department.setdefault(w.department, []).append(w.code)
                for code in by_department.get(str(a.detail.get("department")), []):
                    marks.setdefault(code, WindowMarks()).kinds.add(LONG_WAIT)
            continue
        m = marks.setdefault(a.window, WindowMarks())
        if a.kind == RED:
            m.red += 1
        elif a.kind == YELLOW:
            m.yellow += 1
        if a.open:
            m.open += 1
            if a.kind not in (RED, YELLOW):
                m.kinds.add(a.kind)
                m.others += 1
    return marks


# -- the KPI tiles against their thresholds ----------------------------------------------
OK, WARN, BAD = "ok", "warn", "bad"
SATISFACTION_WARN, SATISFACTION_BAD = 0.98, 0.95
AVG_WAIT_WARN_S, AVG_WAIT_BAD_S = 10 * 60, 20 * 60


def kpi_levels(snap: HallNow, alerts: list[Alert],
               limits: AlertThresholds | None = None) -> dict[str, str]:
    """ok / warn / bad for each live KPI (docs/spec/figures.md, KPI colours)."""
    limits = limits or AlertThresholds()
    oldest = min((q.oldest_issued_at for q in snap.queues if q.oldest_issued_at is not None),
                 default=None)
    longest = None if oldest is None else snap.at - oldest
    levels = {"served": OK}
    levels["waiting"] = (BAD if longest is not None and longest > limits.long_wait_s else
                         WARN if longest is not None and longest > limits.long_wait_s / 2
                         else OK)
    avg = snap.avg_wait_today_s
    levels["wait"] = (OK if avg is None else BAD if avg > AVG_WAIT_BAD_S else
                      WARN if avg > AVG_WAIT_WARN_S else OK)
    rate = snap.satisfaction_today
    levels["satisfaction"] = (OK if rate is None else BAD if rate < SATISFACTION_BAD else
                              WARN if rate < SATISFACTION_WARN else OK)
    vacant = any(a.kind == VACANT and a.open for a in alerts)
    levels["open"] = WARN if vacant else OK
    levels["cards"] = BAD if snap.red_cards else WARN if snap.yellow_cards else OK
    return levels

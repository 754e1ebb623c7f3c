"""Everything a quarterly briefing prints, assembled apart from its layout.

Every figure comes from app/figures (so it equals ``stats`` for the quarter) or from
the records (complaints, risk register, inspections); nothing here knows about pages.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.briefing.complaints import ComplaintSection, complaint_section
from app.briefing.inspections import InspectionSection, inspection_section
from app.briefing.notes import load_note
from app.briefing.risks import RiskSection, risk_section
from app.errors import UserError
from app.figures import Figures, Period, as_json, compute, local_date, parse_quarter
from app.figures.series import FIRST_HOUR, LAST_HOUR, day_series
from app.security import audit
from models import Case, Department, Hall, Ticket, Window

Progress = Callable[[int, int], None]
HIGHLIGHTED = 3


@dataclass(frozen=True)
class Quarter:
    year: int
    q: int

    @property
    def key(self) -> str:
        return f"{self.year}Q{self.q}"

    @property
    def title(self) -> str:
        return f"{self.year}年第{'一二三四'[self.q - 1]}季度"

    def shifted(self, quarters: int) -> Quarter:
        n = self.year * 4 + self.q - 1 + quarters
        return Quarter(n // 4, n % 4 + 1)

    def period(self, tz: zoneinfo.ZoneInfo) -> Period:
        return parse_quarter(self.key, tz)


def parse(value: str) -> Quarter:
    """``2026Q3`` → Quarter; a bad string is the one-sentence error of parse_quarter."""
    p = parse_quarter(value, zoneinfo.ZoneInfo("UTC"))
    return Quarter(p.start.year, (p.start.month - 1) // 3 + 1)


def last_finished(today: dt.date) -> Quarter:
    """The last quarter that has ended by ``today``."""
    return Quarter(today.year, (today.month - 1) // 3 + 1).shifted(-1)


def last_finished_at(now: float, tz: dt.tzinfo) -> Quarter:
    """The last quarter ended at ``now`` by the hall's calendar (its time zone ``tz``,
    not the machine's): just after midnight on 1 January in Shanghai the old year's
    last quarter has ended, though it is still 31 December in UTC."""
    return last_finished(dt.datetime.fromtimestamp(now, tz).date())


@dataclass(frozen=True)
class WindowRow:
    code: str
    label: str
    department: str
    served: int
    avg_service_s: float | None
    occupancy: float | None
    good: int
    bad: int
    substantiated: int
    score: float
    mark: str = ""                      # "best" / "worst" / ""
    findings: int = 0                   # inspection findings in the quarter


@dataclass(frozen=True)
class Rating:
    label: str
    good: int
    evaluations: int

    @property
    def rate(self) -> float | None:
        return self.good / self.evaluations if self.evaluations else None


@dataclass
class Briefing:
    hall: str
    quarter: Quarter
    period: Period
    department: tuple[str, str] | None          # (code, name) of a per-department copy
    printed_on: dt.date
    figures: Figures
    previous: Figures
    last_year: Figures
    stats: dict                                   # the ``stats --json`` shape
    windows: list[WindowRow]
    days: list[dt.date]
    accepted: list[int]
    completed: list[int]
    hourly_waiting: list[tuple[int, float]] | None
    satisfaction: list[Rating]
    complaints: ComplaintSection
    prev_complaints: ComplaintSection
    year_complaints: ComplaintSection
    risks: RiskSection | None
    inspections: InspectionSection
    note: str
    note_by: str
    audit_seq: int | None
    audit_hash: str | None
    window_codes: list[str] = field(default_factory=list)
    issuing_unit: str = ""        # the settings tab's 发文单位; the hall's name when empty

    @property
    def empty(self) -> bool:
        h = self.figures.hall
        return not (h.tickets_issued or h.served or h.cases.accepted or h.cases.completed
                    or h.satisfaction.evaluations or self.complaints.registered
                    or self.complaints.substantiated)


def departments(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the departments that have windows, by code."""
    return [(code, name) for code, name in session.execute(
        select(Department.code, Department.name).where(
            Department.id.in_(select(Window.department_id))).order_by(Department.code))]


def _daily_cases(session: Session, period: Period, ids: list[int]
                 ) -> tuple[list[dt.date], list[int], list[int]]:
    c = Case
    accepted: dict[dt.date, int] = dict(session.execute(
        select(c.accepted_on, func.count()).where(
            c.window_id.in_(ids), c.accepted_at >= period.t0, c.accepted_at < period.t1)
        .group_by(c.accepted_on)).all())
    completed: dict[dt.date, int] = dict(session.execute(  # type: ignore[arg-type]
        select(c.completed_on, func.count()).where(
            c.window_id.in_(ids), c.completed_at >= period.t0, c.completed_at < period.t1)
        .group_by(c.completed_on)).all())
    days = sorted(set(accepted) | set(completed))
    return days, [int(accepted.get(d, 0)) for d in days], [int(completed.get(d, 0))
                                                            for d in days]


def _hourly_waiting(session: Session, period: Period, now: float
                    ) -> list[tuple[int, float]] | None:
    """The hall's load profile: the average number waiting in each opening hour, over
    the quarter's days with tickets (from the 5-minute samples of day_series)."""
    days = [d for (d,) in session.execute(
        select(Ticket.day).where(Ticket.issued_at >= period.t0, Ticket.issued_at < period.t1)
        .distinct().order_by(Ticket.day))]
    if not days:
        return None
    sums = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0.0)
    counts = dict.fromkeys(range(FIRST_HOUR, LAST_HOUR), 0)
    for day in days:
        series = day_series(session, day, period.tz, now)
        for t, n in zip(series.times, series.waiting, strict=True):
            hour = int(t)
            if hour in sums:
                sums[hour] += n
                counts[hour] += 1
    return [(h, sums[h] / counts[h] if counts[h] else 0.0) for h in sums]


def _rank(rows: list[WindowRow]) -> list[WindowRow]:
    """Mark the three best and three worst by score (then satisfaction, then served);
    only windows that worked in the quarter, and only when there are more than six,
    so a window is never both."""
    active = [r for r in rows if r.served or r.score < 100]
    if len(active) <= 2 * HIGHLIGHTED:
        return rows

    def key(r: WindowRow) -> tuple[float, float, int]:
        total = r.good + r.bad
        return (r.score, r.good / total if total else 0.0, r.served)

    ordered = sorted(active, key=key, reverse=True)
    best = {r.code for r in ordered[:HIGHLIGHTED]}
    worst = {r.code for r in ordered[-HIGHLIGHTED:]}
    return [WindowRow(**{**r.__dict__, "mark": "best" if r.code in best else
                         "worst" if r.code in worst else ""}) for r in rows]


def assemble(session: Session, quarter: Quarter, now: float,
             department: str | None = None, progress: Progress | None = None) -> Briefing:
    """The briefing of ``quarter`` as seen at ``now``, hall-wide or for one department."""
    step = progress or (lambda _done, _total: None)
    total = 8
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    tz = zoneinfo.ZoneInfo(hall.timezone)
    period = quarter.period(tz)
    dept: tuple[str, str] | None = None
    query = select(Window.id, Window.code, Window.label, Department.code, Department.name
                   ).join(Department, Department.id == Window.department_id
                          ).order_by(Window.code)
    if department is not None:
        row = session.execute(select(Department.code, Department.name)
                              .where(Department.code == department)).first()
        if row is None:
            raise UserError(f"--department {department}: no such department in the hall.")
        dept = (row[0], row[1])
        query = query.where(Department.code == department)
    windows = session.execute(query).all()
    ids = [w[0] for w in windows]
    codes = [w[1] for w in windows]
    scope = None if department is None else ids
    step(1, total)
    figures = compute(session, period, now, codes)
    step(2, total)
    previous = compute(session, quarter.shifted(-1).period(tz), now, codes)
    last_year = compute(session, quarter.shifted(-4).period(tz), now, codes)
    step(3, total)
    complaints = complaint_section(session, period, now, scope)
    prev_c = complaint_section(session, quarter.shifted(-1).period(tz), now, scope)
    year_c = complaint_section(session, quarter.shifted(-4).period(tz), now, scope)
    step(4, total)
    rows = []
    for _wid, code, label, _dcode, dname in windows:
        w = figures.windows[code]
        rows.append(WindowRow(code, label or "", dname, w.served, w.avg_service_s,
                              w.occupancy, w.satisfaction.good, w.satisfaction.bad,
                              complaints.by_window.get(code, 0), w.score,
                              findings=w.inspection_findings))
    days, accepted, completed = _daily_cases(session, period, ids)
    step(5, total)
    hourly = None if department is not None else _hourly_waiting(session, period, now)
    step(6, total)
    ratings: dict[str, list[int]] = {}
    for _wid, code, _label, _dcode, dname in windows:
        key = code if department is not None else dname
        s = figures.windows[code].satisfaction
        got = ratings.setdefault(key, [0, 0])
        got[0] += s.good
        got[1] += s.evaluations
    note, note_by = load_note(session, quarter.key)
    head = audit.head(session)
    step(7, total)
    return Briefing(
        hall=hall.name, quarter=quarter, period=period, department=dept,
        printed_on=local_date(now, tz), figures=figures, previous=previous,
        last_year=last_year, stats=as_json(figures), windows=_rank(rows), days=days,
        accepted=accepted, completed=completed, hourly_waiting=hourly,
        satisfaction=[Rating(k, g, n) for k, (g, n) in ratings.items()],
        complaints=complaints, prev_complaints=prev_c, year_complaints=year_c,
        risks=risk_section(session, period, now, dept[0] if dept else None),
        inspections=inspection_section(session, period, scope),
        note=note, note_by=note_by,
        audit_seq=None if head is None else head.seq,
        audit_hash=None if head is None else head.hash, window_codes=codes,
        issuing_unit=hall.issuing_unit)

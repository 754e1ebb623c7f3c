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
from app.briefing.settings import BriefingSettings, issue_number, load_settings
from app.briefing.terms import (
    Month,
    Quarter,
    Term,
    last_finished,
    last_finished_at,
    parse,
    parse_month,
)
from app.errors import UserError
from app.figures import Figures, Period, as_json, compute, local_date
from app.figures.series import hourly_waiting
from app.records.project_view import ProjectView
from app.records.project_view import projects as project_views
from app.records.titles import TitleView, terms_of
from app.records.titles import titles as awarded
from app.security.anchor import paper_checkpoint
from models import Case, Department, Hall, Ticket, Window

__all__ = ["Briefing", "Coverage", "Month", "Quarter", "Term", "WindowRow", "assemble",
           "departments", "last_finished", "last_finished_at", "parse", "parse_month"]

Progress = Callable[[int, int], None]
HIGHLIGHTED = 3


@dataclass(frozen=True)
class Coverage:
    """How much of a period the records cover: the history may begin inside it (data
    from ``first``), and a period under way has data only up to today."""

    start: dt.date
    end: dt.date                      # exclusive
    first: dt.date | None             # the hall's first day with records, any period
    today: dt.date

    @property
    def no_data(self) -> bool:
        return self.first is None or self.first >= self.end or self.today < self.start

    @property
    def begins_late(self) -> bool:
        return not self.no_data and self.first is not None and self.first > self.start

    @property
    def ongoing(self) -> bool:
        return not self.no_data and self.today < self.end - dt.timedelta(days=1)

    @property
    def complete(self) -> bool:
        return not (self.no_data or self.begins_late or self.ongoing)

    @property
    def data_from(self) -> dt.date:
        return max(self.start, self.first or self.start)

    @property
    def data_to(self) -> dt.date:
        """The last day with data (inclusive): today for a period under way."""
        return min(self.end - dt.timedelta(days=1), self.today)


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
    findings: int = 0                   # inspection findings in the period
    rank: int | None = None             # None: not ranked (served nobody)

    @property
    def satisfaction(self) -> float | None:
        total = self.good + self.bad
        return self.good / total if total else None


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
    """One briefing's data, apart from any layout: what both the PDF and the Word
    renderer print, so their numbers are the same."""

    hall: str
    term: Term
    period: Period
    department: tuple[str, str] | None          # (code, name) of a per-department copy
    printed_on: dt.date
    figures: Figures
    previous: Figures
    last_year: Figures
    coverage: Coverage
    prev_coverage: Coverage
    year_coverage: Coverage
    stats: dict                                   # the ``stats --json`` shape
    windows: list[WindowRow]                      # ranked first (by rank), then by code
    idle: list[WindowRow]                         # no service in the period: not ranked
    days: list[dt.date]
    accepted: list[int]
    completed: list[int]
    hourly_waiting: list[tuple[int, float]] | None
    satisfaction: list[Rating]                    # highest rate first
    complaints: ComplaintSection
    prev_complaints: ComplaintSection
    year_complaints: ComplaintSection
    risks: RiskSection | None
    inspections: InspectionSection
    note: str
    note_by: str
    settings: BriefingSettings
    issue: int                                    # 第N期
    issue_year: int
    issue_kept: bool                              # False: the number it will be given
    audit_seq: int | None
    audit_hash: str | None
    window_codes: list[str] = field(default_factory=list)
    issuing_unit: str = ""        # the settings tab's 发文单位; the hall's name when empty
    # key projects under parallel approval as they stand on the printing day (a copy for
    # one department: the projects with an item of it, only its items)
    projects: list[ProjectView] = field(default_factory=list)
    # titles (红旗窗口, 示范岗) awarded for the term, its months or its quarter
    titles: list[TitleView] = field(default_factory=list)

    @property
    def quarter(self) -> Term:
        """The period's term (a quarter or a month); the name callers used first."""
        return self.term

    @property
    def empty(self) -> bool:
        h = self.figures.hall
        return not (h.tickets_issued or h.served or h.cases.accepted or h.cases.completed
                    or h.satisfaction.evaluations or self.complaints.registered
                    or self.complaints.substantiated)

    @property
    def ranked(self) -> bool:
        return any(r.mark for r in self.windows)


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


RANKING_RULE = (
    "排名规则：本期有服务记录（服务人次大于0）的窗口参加排名，按得分从高到低排列，得分相同的"
    "依次比较满意率、服务人次；参加排名的窗口多于六个时，标注前三、后三。本期未开展业务的"
    "窗口不参加排名，列于表后。")


def _rank(rows: list[WindowRow]) -> tuple[list[WindowRow], list[WindowRow]]:
    """(ranked, idle): windows that served someone, by rank, the three best and three
    worst marked when there are more than six (so a window is never both); windows
    that served nobody in the period apart, by code — a score of 100 earned by doing
    nothing is no rank."""
    active = [r for r in rows if r.served > 0]
    idle = [r for r in rows if r.served <= 0]

    def key(r: WindowRow) -> tuple[float, float, int]:
        return (r.score, r.satisfaction or 0.0, r.served)

    ordered = sorted(active, key=key, reverse=True)
    marked = len(ordered) > 2 * HIGHLIGHTED
    out = []
    for i, r in enumerate(ordered):
        mark = "" if not marked else "best" if i < HIGHLIGHTED else (
            "worst" if i >= len(ordered) - HIGHLIGHTED else "")
        out.append(WindowRow(**{**r.__dict__, "mark": mark, "rank": i + 1}))
    return out, idle


def history_start(session: Session) -> dt.date | None:
    """The hall's first day with a ticket or a case: before it there is no data."""
    days = [session.scalar(select(func.min(Ticket.day))),
            session.scalar(select(func.min(Case.accepted_on)))]
    found = [d for d in days if d is not None]
    return min(found) if found else None


def assemble(session: Session, term: Term, now: float,
             department: str | None = None, progress: Progress | None = None) -> Briefing:
    """The briefing of ``term`` as seen at ``now``, hall-wide or for one department."""
    step = progress or (lambda _done, _total: None)
    total = 8
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    tz = zoneinfo.ZoneInfo(hall.timezone)
    period = term.period(tz)
    prev_period, year_period = term.previous().period(tz), term.last_year().period(tz)
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
    today = local_date(now, tz)
    first = history_start(session)
    step(1, total)
    figures = compute(session, period, now, codes)
    step(2, total)
    previous = compute(session, prev_period, now, codes)
    last_year = compute(session, year_period, now, codes)
    step(3, total)
    complaints = complaint_section(session, period, now, scope)
    prev_c = complaint_section(session, prev_period, now, scope)
    year_c = complaint_section(session, year_period, now, scope)
    step(4, total)
    rows = []
    for _wid, code, label, _dcode, dname in windows:
        w = figures.windows[code]
        rows.append(WindowRow(code, label or "", dname, w.served, w.avg_service_s,
                              w.occupancy, w.satisfaction.good, w.satisfaction.bad,
                              complaints.by_window.get(code, 0), w.score,
                              findings=w.inspection_findings))
    ranked, idle = _rank(rows)
    days, accepted, completed = _daily_cases(session, period, ids)
    step(5, total)
    hourly = None if department is not None else hourly_waiting(
        session, period.start, period.end, tz, now)
    step(6, total)
    ratings: dict[str, list[int]] = {}
    for _wid, code, _label, _dcode, dname in windows:
        key = code if department is not None else dname
        s = figures.windows[code].satisfaction
        got = ratings.setdefault(key, [0, 0])
        got[0] += s.good
        got[1] += s.evaluations
    satisfaction = sorted((Rating(k, g, n) for k, (g, n) in ratings.items()),
                          key=lambda r: (-(r.rate or 0.0), r.label))
    note, note_by = load_note(session, term.key)
    issue_year, issue, kept = issue_number(session, term, today.year)
    paper = paper_checkpoint(session)   # the head `audit verify --expect` checks
    step(7, total)
    return Briefing(
        hall=hall.name, term=term, period=period, department=dept,
        printed_on=today, figures=figures, previous=previous, last_year=last_year,
        coverage=Coverage(period.start, period.end, first, today),
        prev_coverage=Coverage(prev_period.start, prev_period.end, first, today),
        year_coverage=Coverage(year_period.start, year_period.end, first, today),
        stats=as_json(figures), windows=ranked, idle=idle, days=days,
        accepted=accepted, completed=completed, hourly_waiting=hourly,
        satisfaction=satisfaction,
        complaints=complaints, prev_complaints=prev_c, year_complaints=year_c,
        risks=risk_section(session, period, now, dept[0] if dept else None),
        inspections=inspection_section(session, period, scope),
        note=note, note_by=note_by, settings=load_settings(session), issue=issue,
        issue_year=issue_year, issue_kept=kept,
        audit_seq=paper.seq or None, audit_hash=paper.head if paper.seq else None,
        window_codes=codes,
        issuing_unit=hall.issuing_unit,
        projects=_projects(session, today, dept[1] if dept else None),
        titles=[t for t in awarded(session, terms_of(term.key))
                if dept is None or t.department == dept[0]])


def _projects(session: Session, today: dt.date, department: str | None) -> list[ProjectView]:
    found = project_views(session, today)
    if department is None:
        return found
    out = []
    for p in found:
        mine = [i for i in p.items if i.department == department]
        if mine:
            p.items = mine
            out.append(p)
    return out

"""The monthly assessment (月度考评, docs/spec/figures.md, Monthly assessment): every
window's score of the month as the quarter's is counted, every staff member's score
from their own services, complaints, findings and attendance, the ranking by the rule
printed with it, the 红榜 and 黑榜, and the titles the director awarded.

Nothing here is stored: the assessment is counted from the records whenever it is
asked for, so it always agrees with the ledger, the feed and the clock import."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.attendance import MonthAttendance, PersonMonth, month_attendance
from app.attendance.status import on_duty
from app.briefing.terms import Month
from app.config import AssessmentRules, Deductions, load_assessment_rules, load_deductions
from app.errors import UserError
from app.figures import StaffFigures, staff_figures
from app.figures.period import Period
from app.figures.stats import compute
from app.records.titles import award, parse_term
from app.security.permissions import require
from models import AssessmentTitle, Department, Hall, Staff, StaffWindow, Window

RED, BLACK = "red", "black"

RANKING_RULE = (
    "排名规则：本月有服务记录（服务人次大于0）的窗口和人员参加排名，按得分从高到低排列，"
    "得分相同的依次比较满意率、服务人次；红榜为排名前{red}位，黑榜为排名最后{black}位中"
    "有扣分的（不与红榜重复）。本月未开展业务的不参加排名，列于表后。")

STAFF_SCORE_RULE = (
    "人员得分：100分起，属实投诉（差评引起的每件扣{bad:g}分，其他每件扣{other:g}分）、"
    "当班时本窗口的巡查问题（按检查项扣分）、迟到每次扣{late:g}分、早退每次扣{early:g}分、"
    "缺卡每次扣{missing:g}分、旷工每天扣{absent:g}分，最低0分。")


@dataclass
class Ranked:
    """What the ranking needs of a window or a person."""

    score: float
    satisfaction: float | None
    served: int
    rank: int | None = None       # None: not ranked (no service this month)
    board: str = ""               # RED, BLACK or ""
    titles: list[str] = field(default_factory=list)

    @property
    def worked(self) -> bool:
        return self.served > 0


@dataclass
class WindowAssessment(Ranked):
    code: str = ""
    label: str = ""
    department: str = ""           # department code
    department_name: str = ""
    evaluations: int = 0
    bad: int = 0
    deductions: dict[str, float] = field(default_factory=dict)


@dataclass
class StaffAssessment(Ranked):
    staff_id: int = 0
    code: str = ""
    name: str = ""
    department: str = ""
    department_name: str = ""
    windows: tuple[str, ...] = ()
    figures: StaffFigures | None = None
    attendance: PersonMonth | None = None
    deductions: dict[str, float] = field(default_factory=dict)


@dataclass
class MonthAssessment:
    month: Month
    period: Period
    rules: AssessmentRules
    deductions: Deductions
    attendance: MonthAttendance
    windows: list[WindowAssessment]        # ranked by rank, then the unranked by code
    staff: list[StaffAssessment]           # ranked by rank, then the unranked by code

    @property
    def attendance_imported(self) -> bool:
        return self.attendance.imported

    @property
    def ranking_rule(self) -> str:
        return RANKING_RULE.format(red=self.rules.red_list, black=self.rules.black_list)

    @property
    def staff_rule(self) -> str:
        d, r = self.deductions, self.rules
        return STAFF_SCORE_RULE.format(bad=d.bad_evaluation_substantiated,
                                       other=d.other_substantiated, late=r.late,
                                       early=r.early, missing=r.missing, absent=r.absent)

    def board(self, which: str, of: str = "windows") -> list[Ranked]:
        rows: Sequence[Ranked] = self.windows if of == "windows" else self.staff
        return [r for r in rows if r.board == which]

    def for_department(self, code: str) -> MonthAssessment:
        """The same month cut to one unit's windows and staff (their ranks stay the
        hall's)."""
        return MonthAssessment(self.month, self.period, self.rules, self.deductions,
                               self.attendance,
                               [w for w in self.windows if w.department == code],
                               [s for s in self.staff if s.department == code])


R = TypeVar("R", bound=Ranked)


def rank(rows: list[R], rules: AssessmentRules, name: Callable[[R], str]) -> list[R]:
    """Rank the rows that worked, mark the boards, and return every row: the ranked
    in rank order, then the others by ``name``."""
    active = sorted((r for r in rows if r.worked),
                    key=lambda r: (-r.score, -(r.satisfaction or 0.0), -r.served, name(r)))
    idle = sorted((r for r in rows if not r.worked), key=name)
    for i, r in enumerate(active):
        r.rank = i + 1
        r.board = RED if i < rules.red_list else ""
    lost = [r for r in active[rules.red_list:] if r.score < 100.0]
    for r in lost[-rules.black_list:] if rules.black_list > 0 else []:
        r.board = BLACK
    for r in idle:
        r.rank, r.board = None, ""
    return active + idle


def attendance_deductions(person: PersonMonth | None, rules: AssessmentRules
                          ) -> dict[str, float]:
    if person is None:
        return {}
    out = {"late": rules.late * person.late, "early": rules.early * person.early,
           "missing": rules.missing * person.missing, "absent": rules.absent * person.absent}
    return {k: round(v, 6) for k, v in out.items() if v}


def staff_deductions(fig: StaffFigures | None, person: PersonMonth | None,
                     rules: AssessmentRules, deductions: Deductions) -> dict[str, float]:
    out: dict[str, float] = {}
    if fig is not None:
        if fig.complaints_from_evaluation:
            out["bad_evaluation_substantiated"] = round(
                deductions.bad_evaluation_substantiated * fig.complaints_from_evaluation, 6)
        other = fig.complaints - fig.complaints_from_evaluation
        if other:
            out["other_substantiated"] = round(deductions.other_substantiated * other, 6)
        if fig.finding_points:
            out["inspection_finding"] = round(fig.finding_points, 6)
    out.update(attendance_deductions(person, rules))
    return out


def score(deductions: dict[str, float]) -> float:
    return max(0.0, round(100.0 - sum(deductions.values()), 6))


def _titles(session: Session, month: Month) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Titles in force for the month: those of the month and those of its quarter."""
    quarter = f"{month.year}Q{(month.month - 1) // 3 + 1}"
    windows: dict[int, list[str]] = {}
    staff: dict[int, list[str]] = {}
    for kind, wid, sid in session.execute(
            select(AssessmentTitle.kind, AssessmentTitle.window_id, AssessmentTitle.staff_id)
            .where(AssessmentTitle.term.in_([month.key, quarter]),
                   AssessmentTitle.withdrawn_at.is_(None))
            .order_by(AssessmentTitle.id)):
        # one title once, whether awarded for the month or for its quarter
        for key, out in ((wid, windows), (sid, staff)):
            if key is not None and kind not in out.setdefault(key, []):
                out[key].append(kind)
    return windows, staff


def assess(session: Session, month: Month, now: float) -> MonthAssessment:
    """The assessment of ``month`` as the records stand at ``now``."""
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    period = month.period(zoneinfo.ZoneInfo(hall.timezone))
    rules = load_assessment_rules(session)
    deductions = load_deductions(session)
    figures = compute(session, period, now)
    by_staff = staff_figures(session, period, now)
    attendance = month_attendance(session, month.year, month.month, now)
    window_titles, staff_titles = _titles(session, month)

    depts = {d.id: d for d in session.scalars(select(Department))}
    windows: list[WindowAssessment] = []
    for w in session.scalars(select(Window).order_by(Window.code)):
        f = figures.windows.get(w.code)
        if f is None or (w.retired and not f.served):
            continue
        d = depts[w.department_id]
        windows.append(WindowAssessment(
            score=f.score, satisfaction=f.satisfaction.satisfaction_rate, served=f.served,
            titles=window_titles.get(w.id, []), code=w.code, label=w.label,
            department=d.code, department_name=d.name,
            evaluations=f.satisfaction.evaluations, bad=f.satisfaction.bad,
            deductions=dict(f.deductions)))

    posts: dict[int, list[str]] = {}
    codes = {w.id: w.code for w in session.scalars(select(Window))}
    for sid, wid in session.execute(select(StaffWindow.staff_id, StaffWindow.window_id)):
        posts.setdefault(sid, []).append(codes[wid])
    people: list[StaffAssessment] = []
    for s in session.scalars(select(Staff).order_by(Staff.code)):
        fig = by_staff.get(s.id)
        person = attendance.people.get(s.id)
        if fig is None and person is None and not any(
                on_duty(s.retired, s.on_duty, s.off_duty, day) for day in period.days()):
            continue
        d = depts[s.department_id]
        cut = staff_deductions(fig, person, rules, deductions)
        # the windows of their sessions in the month (figures.md, Staff), else the
        # roster's posts for someone who did not sign in at all
        worked = fig.windows if fig and fig.windows else tuple(sorted(posts.get(s.id, [])))
        people.append(StaffAssessment(
            score=score(cut), satisfaction=None if fig is None else fig.satisfaction_rate,
            served=0 if fig is None else fig.services, titles=staff_titles.get(s.id, []),
            staff_id=s.id, code=s.code, name=s.name, department=d.code,
            department_name=d.name, windows=worked, figures=fig, attendance=person,
            deductions=cut))
    return MonthAssessment(month, period, rules, deductions, attendance,
                           rank(windows, rules, lambda w: w.code),
                           rank(people, rules, lambda s: s.code))


def award_title(session: Session, actor: str, role: str, *, term: str, kind: str,
                window: str | None = None, staff: str | None = None, note: str = "",
                now: float) -> AssessmentTitle:
    """A title from the ranking (the command line's and the tab's way): only for a
    month or quarter that has ended, and only to a window or person ranked in it (who
    served someone then); then ``app.records.titles.award``."""
    require(session, actor, role, "assessment.title")
    key = parse_term(term)
    hall = session.scalars(select(Hall)).first()
    if hall is None:
        raise UserError("The database has no hall yet; run `halldesk init --hall FILE` first.")
    tz = zoneinfo.ZoneInfo(hall.timezone)
    year, rest = int(key[:4]), key[4:]
    if rest.startswith("Q"):
        q = int(rest[1:])
        period = Period(dt.date(year, 3 * q - 2, 1),
                        dt.date(year + 1, 1, 1) if q == 4 else dt.date(year, 3 * q + 1, 1), tz)
    else:
        period = Month(year, int(rest[1:])).period(tz)
    if now < period.t1:
        raise UserError(f"The term {key} has not ended; titles are awarded from the "
                        "ranking of a finished month or quarter.")
    if window is not None:
        served = compute(session, period, now, [window]).windows.get(window)
        if served is not None and served.served <= 0:
            raise UserError(f"The window {window} served nobody in {key}: it is not ranked, "
                            "so it cannot hold a title for it.")
    if staff is not None:
        sid = session.scalar(select(Staff.id).where(Staff.code == staff))
        fig = None if sid is None else staff_figures(session, period, now).get(sid)
        if sid is not None and (fig is None or fig.services <= 0):
            raise UserError(f"The staff member {staff} served nobody in {key}: not ranked, "
                            "so no title for it.")
    return award(session, actor, role, term=key, kind=kind, window=window, staff=staff,
                 note=note, ts=now)

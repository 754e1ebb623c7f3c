"""What the 重点项目 tab, the live alerts, the briefing and ``projects list`` show of the
key projects: each item as it stands (linked cases counted), each project's progress,
its elapsed working days against the promised and the legal totals, and the items to
chase (overdue, due within 2 working days). Read-only; one place for every view."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.calendar import WorkCalendar
from app.records import project_rules as rules
from models import Case, Department, Project, ProjectItem, ProjectStep, Supervision


@dataclass(frozen=True)
class ItemView:
    id: int
    key: str
    name: str
    department: str
    stage: int
    depends_on: tuple[str, ...]
    promised_days: int
    legal_days: int
    case_no: str | None
    state: str                      # as it stands, the linked case counted
    started_on: dt.date | None
    done_on: dt.date | None
    due: dt.date | None
    flag: str                       # overdue | due_soon | ""
    missing: str
    overdue_days: int = 0           # working days past the due date

    @property
    def planned_end(self) -> dt.date | None:
        return self.due


@dataclass(frozen=True)
class SupervisionView:
    id: int
    item_key: str | None
    at: float
    actor: str
    to_whom: str
    what: str
    by_date: dt.date
    answer: str | None
    answered_at: float | None


@dataclass
class ProjectView:
    id: int
    code: str
    name: str
    investor: str
    amount: float | None
    lead: str
    status: str
    start_date: dt.date
    kind: str
    revision: int
    items: list[ItemView] = field(default_factory=list)
    supervisions: list[SupervisionView] = field(default_factory=list)
    elapsed_workdays: int = 0       # from the start to the last completion, or to today
    promised_total: int = 0         # the longest chain of promised limits
    legal_total: int = 0            # the longest chain of legal limits

    @property
    def done(self) -> int:
        return sum(1 for i in self.items if i.state == rules.DONE)

    @property
    def complete(self) -> bool:
        return bool(self.items) and self.done == len(self.items)

    @property
    def current_stage(self) -> int | None:
        """The earliest stage with an item not done (None: all done)."""
        open_stages = [i.stage for i in self.items if i.state != rules.DONE]
        return min(open_stages) if open_stages else None

    @property
    def next_due(self) -> dt.date | None:
        dues = [i.due for i in self.items
                if i.due is not None and i.state in (rules.RUNNING, rules.RETURNED)]
        return min(dues) if dues else None

    @property
    def overdue(self) -> list[ItemView]:
        return [i for i in self.items if i.flag == "overdue"]

    @property
    def due_soon(self) -> list[ItemView]:
        return [i for i in self.items if i.flag == "due_soon"]

    @property
    def speed_up(self) -> float | None:
        """1 − elapsed / legal total (the reports' 提速: 0.5 is half the legal time), once
        every item is done (a project under way has not saved anything yet)."""
        if not self.legal_total or not self.complete:
            return None
        return 1.0 - self.elapsed_workdays / self.legal_total


def case_states(session: Session, numbers: Iterable[str]) -> dict[str, rules.CaseState]:
    """The linked cases the feed has, by number."""
    wanted = sorted(set(numbers))
    if not wanted:
        return {}
    rows = session.execute(select(Case.case_no, Case.accepted_on, Case.completed_on)
                           .where(Case.case_no.in_(wanted)))
    return {no: rules.CaseState(accepted, completed) for no, accepted, completed in rows}


def _longest(items: list[ItemView], days: str) -> int:
    """The longest chain of ``days`` through the dependencies (items of one stage run in
    parallel, so the total is a critical path, not a sum)."""
    by_key = {i.key: i for i in items}
    memo: dict[str, int] = {}

    def finish(key: str) -> int:
        if key not in memo:
            item = by_key[key]
            before = max((finish(d) for d in item.depends_on if d in by_key), default=0)
            memo[key] = before + int(getattr(item, days))
        return memo[key]

    return max((finish(k) for k in by_key), default=0)


def _workdays(calendar: WorkCalendar, start: dt.date, end: dt.date) -> int:
    return len(calendar.workdays_between(start, end)) if end > start else 0


def projects(session: Session, today: dt.date, calendar: WorkCalendar | None = None,
             project_ids: Iterable[int] | None = None) -> list[ProjectView]:
    """Every project (or those asked for) as it stands on ``today``."""
    calendar = calendar or WorkCalendar.load(session)
    stmt = select(Project).order_by(Project.start_date, Project.code)
    if project_ids is not None:
        stmt = stmt.where(Project.id.in_(list(project_ids)))
    found = list(session.scalars(stmt))
    if not found:
        return []
    ids = [p.id for p in found]
    depts = dict(session.execute(select(Department.id, Department.name)).all())
    rows = list(session.scalars(select(ProjectItem).where(ProjectItem.project_id.in_(ids))
                                .order_by(ProjectItem.stage, ProjectItem.key)))
    cases = case_states(session, [r.case_no for r in rows if r.case_no])
    views = {p.id: ProjectView(p.id, p.code, p.name, p.investor, p.amount, p.lead, p.status,
                               p.start_date, p.kind, p.revision) for p in found}
    for r in rows:
        state, started, done = rules.effective(r.state, r.started_on, r.done_on,
                                               cases.get(r.case_no or ""))
        due = rules.due_date(calendar, started, r.promised_days)
        flag = rules.flag(state, due, today, calendar)
        # working days past the due date, today included (1 on the first day late)
        late = (_workdays(calendar, due + dt.timedelta(days=1), today + dt.timedelta(days=1))
                if flag == "overdue" and due else 0)
        views[r.project_id].items.append(ItemView(
            r.id, r.key, r.name, depts.get(r.department_id, "?"), r.stage,
            tuple(json.loads(r.depends_on)), r.promised_days, r.legal_days, r.case_no,
            state, started, done, due, flag, r.missing, late))
    keys = {r.id: r.key for r in rows}
    for s in session.scalars(select(Supervision).where(Supervision.project_id.in_(ids))
                             .order_by(Supervision.at)):
        views[s.project_id].supervisions.append(SupervisionView(
            s.id, keys.get(s.item_id) if s.item_id else None, s.at, s.actor, s.to_whom,
            s.what, s.by_date, s.answer, s.answered_at))
    for v in views.values():
        v.promised_total = _longest(v.items, "promised_days")
        v.legal_total = _longest(v.items, "legal_days")
        ends = [i.done_on for i in v.items if i.done_on is not None]
        end = max(ends) if v.complete and ends else today
        v.elapsed_workdays = _workdays(calendar, v.start_date, end + dt.timedelta(days=1))
    return [views[i] for i in ids]


def history(session: Session, project_id: int) -> list[ProjectStep]:
    return list(session.scalars(select(ProjectStep).where(ProjectStep.project_id == project_id)
                                .order_by(ProjectStep.at, ProjectStep.id)))


@dataclass(frozen=True)
class ProjectCard:
    """An item to chase: overdue or due within 2 working days (the live tab's alert)."""

    project: str
    project_name: str
    item: str
    item_name: str
    department: str
    flag: str
    due: dt.date
    overdue_days: int


def cards(session: Session, today: dt.date,
          calendar: WorkCalendar | None = None) -> list[ProjectCard]:
    """The items to chase across projects still under approval, most overdue first."""
    out = []
    for p in projects(session, today, calendar):
        if p.status not in (rules.ACTIVE, rules.STARTED):
            continue
        for i in p.items:
            if i.flag and i.due is not None:
                out.append(ProjectCard(p.code, p.name, i.key, i.name, i.department, i.flag,
                                       i.due, i.overdue_days))
    return sorted(out, key=lambda c: (c.flag != "overdue", -c.overdue_days, c.due,
                                      c.project, c.item))

"""The complaint ledger as the tab shows it: rows (personal data masked per role),
filters, counts per state, one entry's detail and history.

Rows are read in one query; filtering and sorting 100,000 rows happen in bulk in
plain Python (a list comprehension over prepared lower-case text), which is what
lets the tab filter in tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from app.config import ComplaintDeadlines, load_complaint_deadlines
from app.errors import UserError
from app.records import complaint_rules as rules
from app.records.complaints import hall_tz, local_day, mask_changes
from models import Complaint, ComplaintStep, Department, Window


@dataclass(frozen=True, slots=True)
class LedgerRow:
    """One entry as a table row; ``citizen_name``/``citizen_phone`` are as the
    viewer's role may see them."""

    id: int
    code: str
    registered_at: float
    registered_on: dt.date
    source: str
    state: str
    window: str
    department: str
    department_name: str
    citizen_name: str
    citizen_phone: str
    content: str
    verify_due: dt.date
    rectify_due: dt.date | None
    revision: int
    overdue: bool

    @property
    def due(self) -> dt.date | None:
        """The deadline the entry is working towards now, if any."""
        if self.state in rules.VERIFY_PENDING:
            return self.verify_due
        if self.state in rules.RECTIFY_PENDING:
            return self.rectify_due
        return None


_W = aliased(Window)
_D = aliased(Department)
_COLUMNS = (Complaint.id, Complaint.code, Complaint.registered_at, Complaint.registered_on,
            Complaint.source, Complaint.state, _W.code, _D.code, _D.name,
            Complaint.citizen_name, Complaint.citizen_phone, Complaint.content,
            Complaint.verify_due, Complaint.rectify_due, Complaint.revision)


def _query() -> Any:
    return (select(*_COLUMNS).outerjoin(_W, _W.id == Complaint.window_id)
            .outerjoin(_D, _D.id == _W.department_id))


def _rows(result: Any, role: str, today: dt.date) -> list[LedgerRow]:
    director = rules.sees_personal_data(role)
    mask_name, mask_phone, overdue = rules.mask_name, rules.mask_phone, rules.is_overdue
    out = []
    for (cid, code, at, on, source, state, wcode, dcode, dname, name, phone, content,
         vdue, rdue, revision) in result:
        out.append(LedgerRow(
            cid, code, at, on, source, state, wcode or "", dcode or "", dname or "",
            (name or "") if director else mask_name(name),
            (phone or "") if director else mask_phone(phone),
            content, vdue, rdue, revision, overdue(state, vdue, rdue, today)))
    return out


def today(session: Session, now: float) -> dt.date:
    """The hall's local date at ``now``."""
    return local_day(now, hall_tz(session))


def load_rows(session: Session, role: str, now: float) -> list[LedgerRow]:
    """Every entry, newest first."""
    day = today(session, now)
    result = session.execute(_query().order_by(Complaint.registered_at.desc(),
                                               Complaint.id.desc()))
    return _rows(result, role, day)


def load_row(session: Session, complaint_id: int, role: str, now: float) -> LedgerRow:
    rows = _rows(session.execute(_query().where(Complaint.id == complaint_id)), role,
                 today(session, now))
    if not rows:
        raise UserError(f"There is no complaint with id {complaint_id}.")
    return rows[0]


# -- filters, sorting, counts ----------------------------------------------------------
@dataclass(frozen=True)
class LedgerFilter:
    """What the tab's filter bar asks for; empty fields do not filter."""

    state: str = ""
    source: str = ""
    window: str = ""
    department: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None          # inclusive
    overdue_only: bool = False
    text: str = ""


def haystack(row: LedgerRow) -> str:
    """What the free-text filter searches: number, content, window, department and
    the personal data as the viewer sees it (a masked name cannot be found by the
    real one)."""
    return "\x1f".join((row.code, row.content, row.window, row.department,
                        row.department_name, row.citizen_name, row.citizen_phone)).casefold()


@dataclass
class LedgerIndex:
    """Rows plus their prepared search text, for repeated filtering."""

    rows: list[LedgerRow]
    _texts: list[str] | None = field(default=None, repr=False)

    def texts(self) -> list[str]:
        if self._texts is None or len(self._texts) != len(self.rows):
            self._texts = [haystack(r) for r in self.rows]
        return self._texts

    def replace(self, row: LedgerRow) -> int | None:
        """Put a fresh copy of an entry in place; its position, or None if new."""
        for i, old in enumerate(self.rows):
            if old.id == row.id:
                self.rows[i] = row
                if self._texts is not None:
                    self._texts[i] = haystack(row)
                return i
        return None

    def add(self, row: LedgerRow) -> None:
        """A new entry, first (the newest)."""
        self.rows.insert(0, row)
        if self._texts is not None:
            self._texts.insert(0, haystack(row))

    def select(self, f: LedgerFilter) -> list[LedgerRow]:
        tests: list[Callable[[LedgerRow], bool]] = []
        if f.state:
            tests.append(lambda r: r.state == f.state)
        if f.source:
            tests.append(lambda r: r.source == f.source)
        if f.window:
            tests.append(lambda r: r.window == f.window)
        if f.department:
            tests.append(lambda r: r.department == f.department)
        if f.date_from is not None:
            start = f.date_from
            tests.append(lambda r: r.registered_on >= start)
        if f.date_to is not None:
            end = f.date_to
            tests.append(lambda r: r.registered_on <= end)
        if f.overdue_only:
            tests.append(lambda r: r.overdue)
        rows: Sequence[LedgerRow] = self.rows
        needle = f.text.strip().casefold()
        if needle:
            rows = [r for r, t in zip(self.rows, self.texts(), strict=True) if needle in t]
        if not tests:
            return list(rows)
        return [r for r in rows if all(t(r) for t in tests)]


SORT_KEYS: dict[str, Callable[[LedgerRow], Any]] = {
    "code": lambda r: r.code,
    "registered_at": lambda r: (r.registered_at, r.id),
    "source": lambda r: rules.SOURCES.index(r.source) if r.source in rules.SOURCES else 99,
    "window": lambda r: r.window,
    "department": lambda r: r.department_name,
    "citizen": lambda r: r.citizen_name,
    "phone": lambda r: r.citizen_phone,
    "content": lambda r: r.content,
    "state": lambda r: rules.STATES.index(r.state) if r.state in rules.STATES else 99,
    "due": lambda r: (r.due or dt.date.max, r.id),
    "overdue": lambda r: (r.overdue, r.due or dt.date.max),
}


def sort_rows(rows: list[LedgerRow], key: str, descending: bool) -> list[LedgerRow]:
    return sorted(rows, key=SORT_KEYS[key], reverse=descending)


@dataclass(frozen=True)
class Counts:
    by_state: dict[str, int]
    overdue: int
    total: int


def count(rows: Sequence[LedgerRow]) -> Counts:
    by_state = Counter(r.state for r in rows)
    return Counts({s: by_state.get(s, 0) for s in rules.STATES},
                  sum(1 for r in rows if r.overdue), len(rows))


# -- one entry -------------------------------------------------------------------------
@dataclass(frozen=True)
class Step:
    at: float
    actor: str
    action: str
    from_state: str | None
    to_state: str
    note: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class EntryDetail:
    row: LedgerRow
    window_label: str
    rating: int | None
    evaluation_event_id: str | None
    finding: str | None
    rectification: str | None
    follow_up: str | None
    substantiated_at: float | None
    history: list[Step]
    actions: list[str]            # steps the viewer's role may take now


def detail(session: Session, complaint_id: int, role: str, now: float) -> EntryDetail:
    row = load_row(session, complaint_id, role, now)
    entry = session.get(Complaint, complaint_id)
    assert entry is not None
    label = ""
    if entry.window_id is not None:
        label = session.scalar(select(Window.label).where(Window.id == entry.window_id)) or ""
    director = rules.sees_personal_data(role)
    history = []
    for step in session.scalars(select(ComplaintStep).where(
            ComplaintStep.complaint_id == complaint_id).order_by(ComplaintStep.at,
                                                                 ComplaintStep.id)):
        changes = json.loads(step.changes) if step.changes else {}
        history.append(Step(step.at, step.actor, step.action, step.from_state, step.to_state,
                            step.note, changes if director else mask_changes(changes)))
    return EntryDetail(row, label, entry.rating, entry.evaluation_event_id, entry.finding,
                       entry.rectification, entry.follow_up, entry.substantiated_at, history,
                       rules.allowed_actions(entry.state, entry.source, role,
                                             entry.substantiated_at is not None))


@dataclass(frozen=True)
class Choices:
    """What the filter bar and the forms offer: windows and departments."""

    windows: list[tuple[str, str, str]]        # code, label, department code
    departments: list[tuple[str, str]]         # code, name
    deadlines: ComplaintDeadlines


def choices(session: Session) -> Choices:
    windows = [(code, label, dept) for code, label, dept in session.execute(
        select(Window.code, Window.label, Department.code)
        .join(Department, Department.id == Window.department_id)
        .where(Window.retired.is_(False)).order_by(Window.code))]
    departments = [(c, n) for c, n in session.execute(
        select(Department.code, Department.name).where(Department.retired.is_(False))
        .order_by(Department.code))]
    return Choices(windows, departments, load_complaint_deadlines(session))

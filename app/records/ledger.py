"""The complaint ledger as the tab shows it: rows (personal data masked per role),
filters, counts per state, one entry's detail and history.

Rows are read in one query; filtering and sorting 100,000 rows happen in bulk in
plain Python (a list comprehension over prepared lower-case text), which is what
lets the tab filter in tens of milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.config import ComplaintDeadlines, load_complaint_categories, load_complaint_deadlines
from app.errors import UserError
from app.hall_time import hall_tz, local_day
from app.records import complaint_rules as rules
from app.records.complaints import mask_changes
from models import Account, Complaint, ComplaintStep, Department, Window


class LedgerRow(NamedTuple):
    """One entry as a table row; ``citizen_name``/``citizen_phone`` are as the
    viewer's role may see them. (A named tuple: 100,000 of them are built per load.)"""

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
    category: str = ""          # 投诉类别, empty when not given yet
    handler: str = ""           # 承办人: an account name, empty when not assigned

    @property
    def due(self) -> dt.date | None:
        """The deadline the entry is working towards now, if any."""
        if self.state in rules.VERIFY_PENDING:
            return self.verify_due
        if self.state in rules.RECTIFY_PENDING:
            return self.rectify_due
        return None


# Read through the driver: at 100,000 rows SQLAlchemy's per-row work (ORM or Core
# result processing) costs more than the query. Dates arrive as ISO text on SQLite.
_SQL = ("SELECT id, code, registered_at, registered_on, source, state, window_id, "
        "citizen_name, citizen_phone, content, verify_due, rectify_due, revision, "
        "category, handler FROM complaint")


def _windows(session: Session) -> dict[int | None, tuple[str, str, str]]:
    """Window id → (window code, department code, department name)."""
    out: dict[int | None, tuple[str, str, str]] = {None: ("", "", "")}
    for wid, code, dcode, dname in session.execute(
            select(Window.id, Window.code, Department.code, Department.name)
            .join(Department, Department.id == Window.department_id)):
        out[wid] = (code, dcode, dname)
    return out


def _fetch(session: Session, where: str = "", params: tuple[Any, ...] = ()) -> list[Any]:
    conn = session.connection()
    sql = _SQL + where
    if conn.dialect.name != "sqlite":
        sql = sql.replace("?", "%s")
    cursor = conn.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _rows(session: Session, raw: list[Any], role: str, today: dt.date) -> list[LedgerRow]:
    director = rules.sees_personal_data(role)
    mask_name, mask_phone, overdue = rules.mask_name, rules.mask_phone, rules.is_overdue
    windows = _windows(session)
    no_window = windows[None]
    # A year has a few hundred distinct dates: each is parsed once and shared.
    dates: dict[Any, Any] = {None: None}
    parse = dt.date.fromisoformat
    out: list[LedgerRow] = []
    # tuple.__new__ directly: NamedTuple's own __new__ is a Python call per row.
    append, new, row = out.append, tuple.__new__, LedgerRow
    for (cid, code, at, on, source, state, wid, name, phone, content, vdue, rdue,
         revision, category, handler) in raw:
        try:
            on, vdue, rdue = dates[on], dates[vdue], dates[rdue]
        except KeyError:
            for value in (on, vdue, rdue):
                if value not in dates:
                    dates[value] = value if isinstance(value, dt.date) else parse(value)
            on, vdue, rdue = dates[on], dates[vdue], dates[rdue]
        wcode, dcode, dname = windows.get(wid, no_window)
        append(new(row, (cid, code, at, on, source, state, wcode, dcode, dname,
                         (name or "") if director else mask_name(name),
                         (phone or "") if director else mask_phone(phone),
                         content, vdue, rdue, revision, overdue(state, vdue, rdue, today),
                         category or "", handler or "")))
    return out


def today(session: Session, now: float) -> dt.date:
    """The hall's local date at ``now``."""
    return local_day(now, hall_tz(session))


def load_rows(session: Session, role: str, now: float,
              limit: int | None = None) -> list[LedgerRow]:
    """Every entry (or the newest ``limit``), newest first."""
    order = " ORDER BY registered_at DESC, id DESC"
    raw = (_fetch(session, order) if limit is None
           else _fetch(session, order + " LIMIT ?", (limit,)))
    return _rows(session, raw, role, today(session, now))


def load_row(session: Session, complaint_id: int, role: str, now: float) -> LedgerRow:
    rows = _rows(session, _fetch(session, " WHERE id = ?", (complaint_id,)), role,
                 today(session, now))
    if not rows:
        raise UserError(f"There is no complaint with id {complaint_id}.")
    return rows[0]


# -- filters, sorting, counts ----------------------------------------------------------
# A category or handler filter that asks for the entries without one.
UNSET = "\x00"


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
    category: str = ""
    handler: str = ""


def haystack(row: LedgerRow) -> str:
    """What the free-text filter searches: number, content, window, department and
    the personal data as the viewer sees it (a masked name cannot be found by the
    real one)."""
    return "\x1f".join((row.code, row.content, row.window, row.department,
                        row.department_name, row.citizen_name, row.citizen_phone)).casefold()


@dataclass
class LedgerIndex:
    """Rows plus their prepared search text, for repeated filtering. The text can be
    prepared on another thread (``prepare``) while the table is already shown."""

    rows: list[LedgerRow]
    _texts: list[str] | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def prepare(self) -> None:
        self.texts()

    def texts(self) -> list[str]:
        with self._lock:
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
        if f.category:
            category = "" if f.category == UNSET else f.category
            tests.append(lambda r: r.category == category)
        if f.handler:
            handler = "" if f.handler == UNSET else f.handler
            tests.append(lambda r: r.handler == handler)
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
    "category": lambda r: r.category,
    "handler": lambda r: r.handler,
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
    """Entries per state, overdue, in all; per category and per handler (an empty key:
    not given yet)."""

    by_state: dict[str, int]
    overdue: int
    total: int
    by_category: dict[str, int] = field(default_factory=dict)
    by_handler: dict[str, int] = field(default_factory=dict)


def count(rows: Sequence[LedgerRow]) -> Counts:
    """Counts of rows already loaded (``is_overdue`` per row)."""
    by_state = Counter(r.state for r in rows)
    return Counts({s: by_state.get(s, 0) for s in rules.STATES},
                  sum(1 for r in rows if r.overdue), len(rows),
                  dict(Counter(r.category for r in rows)),
                  dict(Counter(r.handler for r in rows)))


def count_entries(session: Session, now: float) -> Counts:
    """The same counts by SQL, before the rows are loaded (``is_overdue`` as SQL)."""
    day = today(session, now)
    by_state = dict(session.execute(select(Complaint.state, func.count())
                                    .group_by(Complaint.state)).all())
    overdue = session.scalar(select(func.count()).where(or_(
        and_(Complaint.state.in_(rules.VERIFY_PENDING), Complaint.verify_due < day),
        and_(Complaint.state.in_(rules.RECTIFY_PENDING), Complaint.rectify_due < day))))
    by_category = {c or "": n for c, n in session.execute(
        select(Complaint.category, func.count()).group_by(Complaint.category))}
    by_handler = {h or "": n for h, n in session.execute(
        select(Complaint.handler, func.count()).group_by(Complaint.handler))}
    return Counts({s: by_state.get(s, 0) for s in rules.STATES}, int(overdue or 0),
                  sum(by_state.values()), by_category, by_handler)


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
    satisfaction: str | None = None   # at the last follow-up call


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
                                             entry.substantiated_at is not None),
                       entry.satisfaction)


@dataclass(frozen=True)
class Choices:
    """What the filter bar and the forms offer: windows, departments, categories and
    the accounts that may handle a complaint."""

    windows: list[tuple[str, str, str]]        # code, label, department code
    departments: list[tuple[str, str]]         # code, name
    deadlines: ComplaintDeadlines
    categories: tuple[str, ...] = ()
    handlers: tuple[tuple[str, str], ...] = ()    # account name, name shown


def choices(session: Session) -> Choices:
    windows = [(code, label, dept) for code, label, dept in session.execute(
        select(Window.code, Window.label, Department.code)
        .join(Department, Department.id == Window.department_id)
        .where(Window.retired.is_(False)).order_by(Window.code))]
    departments = [(c, n) for c, n in session.execute(
        select(Department.code, Department.name).where(Department.retired.is_(False))
        .order_by(Department.code))]
    handlers = tuple((a.name, a.display_name or a.name) for a in session.scalars(
        select(Account).where(Account.disabled.is_(False)).order_by(Account.name)))
    return Choices(windows, departments, load_complaint_deadlines(session),
                   load_complaint_categories(session).categories, handlers)

"""The briefing's complaint section: counts of the quarter from the ledger.

The ledger's own services (app/records/ledger.py) load every entry for the tab; a
quarter's counts are aggregates, so they are queried here against the models, with
the ledger's rules (states, masking) from app/records/complaint_rules.py. The
substantiated count uses exactly the condition of the assessment deductions
(app/figures/stats.py): substantiated in the quarter, not voided.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, aliased

from app import masking
from app.config import load_complaint_categories
from app.figures.period import Period, local_date
from app.records import complaint_rules as rules
from models import Complaint, ComplaintStep, Department, Window

MAX_LISTED = 15                          # in the body; the appendix lists all
_CONCLUDED = (rules.SUBSTANTIATED, rules.UNSUBSTANTIATED)
_RECTIFIED = (rules.FOLLOWED_UP, rules.CLOSED)


@dataclass(frozen=True)
class SubstantiatedEntry:
    code: str
    day: dt.date
    window: str
    department: str
    source: str
    finding: str
    window_total: int = 1                   # the window's substantiated complaints


@dataclass
class ComplaintSection:
    registered: int = 0
    by_source: dict[str, int] = field(default_factory=dict)
    by_state: dict[str, int] = field(default_factory=dict)
    # 投诉类别 of the rules settings in order, then any other an entry carries; "" is
    # an entry without a category yet (未分类)
    categories: tuple[str, ...] = ()
    by_category: dict[str, int] = field(default_factory=dict)
    concluded: int = 0                      # registered in the quarter, verified by now
    found_substantiated: int = 0            # of those, found substantiated
    substantiated: int = 0                  # substantiated in the quarter (assessment)
    by_window: dict[str, int] = field(default_factory=dict)
    overdue_verification: int = 0
    overdue_rectification: int = 0
    as_of: dt.date | None = None
    listed: list[SubstantiatedEntry] = field(default_factory=list)   # all, sorted

    @property
    def substantiated_rate(self) -> float | None:
        return self.found_substantiated / self.concluded if self.concluded else None


def scrub(text: str | None, name: str | None, phone: str | None, limit: int = 60) -> str:
    """Free text as a briefing may print it (app/masking, office strength: the citizen's
    name and phone, and every phone or ID number in any form, masked), cut to ``limit``."""
    out = masking.mask_text(text, (name,), (phone,), public=False)
    return out if len(out) <= limit else out[:limit - 1] + "…"


def complaint_section(session: Session, period: Period, now: float,
                      window_ids: list[int] | None) -> ComplaintSection:
    """The quarter's complaints, hall-wide or for ``window_ids`` only."""
    c = Complaint
    out = ComplaintSection()
    scope = [] if window_ids is None else [c.window_id.in_(window_ids)]
    registered = [c.registered_at >= period.t0, c.registered_at < period.t1, *scope]
    for source, state, substantiated_at, category in session.execute(
            select(c.source, c.state, c.substantiated_at, c.category).where(*registered)):
        out.registered += 1
        out.by_source[source] = out.by_source.get(source, 0) + 1
        out.by_state[state] = out.by_state.get(state, 0) + 1
        out.by_category[category or ""] = out.by_category.get(category or "", 0) + 1
        if state != rules.VOIDED and state not in rules.VERIFY_PENDING:
            out.concluded += 1
            out.found_substantiated += substantiated_at is not None
    in_quarter = [c.substantiated_at >= period.t0, c.substantiated_at < period.t1,
                  c.state != rules.VOIDED, *scope]
    w, d = aliased(Window), aliased(Department)
    rows = session.execute(
        select(c.code, c.substantiated_at, w.code, d.name, c.source, c.finding, c.content,
               c.citizen_name, c.citizen_phone)
        .outerjoin(w, w.id == c.window_id).outerjoin(d, d.id == w.department_id)
        .where(*in_quarter).order_by(c.substantiated_at, c.id)).all()
    offered = load_complaint_categories(session).categories
    out.categories = (*offered, *sorted(k for k in out.by_category if k and k not in offered))
    out.substantiated = len(rows)
    out.by_window = dict(Counter(r[2] or "" for r in rows))
    # Every entry (the appendix lists them all), the windows with most first: what the
    # reader looks for is where the complaints gather, then when.
    for code, at, wcode, dname, source, finding, content, name, phone in sorted(
            rows, key=lambda r: -out.by_window[r[2] or ""]):
        out.listed.append(SubstantiatedEntry(
            code, local_date(at or 0.0, period.tz), wcode or "—", dname or "—",
            rules.SOURCE_LABELS.get(source, source), scrub(finding or content, name, phone),
            out.by_window[wcode or ""]))
    as_of = min(now, period.t1)
    out.as_of = local_date(as_of - 1, period.tz)
    out.overdue_verification, out.overdue_rectification = _overdue(session, as_of, period,
                                                                   scope)
    return out


def _overdue(session: Session, as_of: float, period: Period, scope: list) -> tuple[int, int]:
    """Entries past a deadline and not past that stage at ``as_of`` (the quarter's end,
    or now for a quarter under way), from the history steps: the same answer on every
    reprint unless the records change."""
    c, s = Complaint, ComplaintStep
    day = local_date(as_of - 1, period.tz)
    concluded = (select(s.complaint_id).where(s.to_state.in_(_CONCLUDED), s.at < as_of)
                 .scalar_subquery())
    rectified = (select(s.complaint_id).where(s.to_state.in_(_RECTIFIED), s.at < as_of)
                 .scalar_subquery())
    live = and_(c.registered_at < as_of, c.state != rules.VOIDED, *scope)
    verification = session.scalar(select(func.count()).where(
        live, c.verify_due < day, c.substantiated_at.is_(None) | (c.substantiated_at >= as_of),
        c.id.not_in(concluded))) or 0
    rectification = session.scalar(select(func.count()).where(
        live, c.substantiated_at < as_of, c.rectify_due < day,
        c.id.not_in(rectified))) or 0
    return int(verification), int(rectification)

"""Titles the director awards from the ranking (红旗窗口, 党员先锋示范岗, 巾帼文明示范岗),
for a month (2026-11) or a quarter (2026Q4). Awarding and withdrawing are the
director's, audited in the same transaction; a title is never deleted.

Every function works inside the caller's write transaction and never commits."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from models import AssessmentTitle, Department, Staff, Window

RED_FLAG, PARTY, WOMEN = "red_flag", "party_pioneer", "women_model"
# kind → (its name, whether a window, a person or either may hold it)
KINDS: dict[str, tuple[str, frozenset[str]]] = {
    RED_FLAG: ("红旗窗口", frozenset({"window"})),
    PARTY: ("党员先锋示范岗", frozenset({"window", "staff"})),
    WOMEN: ("巾帼文明示范岗", frozenset({"window", "staff"})),
}
TERM_RE = re.compile(r"^(\d{4})(?:-(\d{2})|Q([1-4]))$")
MAX_NOTE = 500


@dataclass(frozen=True)
class TitleView:
    id: int
    term: str
    kind: str
    name: str           # the title in Chinese
    holder: str         # window code or staff code
    holder_name: str    # window label or staff name
    department: str     # the holder's department (unit) code
    note: str
    awarded_by: str
    withdrawn: bool


def parse_term(value: str) -> str:
    """``2026-11`` or ``2026Q4`` (years 2000–2200), else one sentence."""
    m = TERM_RE.match(value.strip().upper())
    if not m or not 2000 <= int(m.group(1)) <= 2200 or (
            m.group(2) and not 1 <= int(m.group(2)) <= 12):
        raise UserError(f"The term {value!r} is not a month like 2026-11 or a quarter "
                        "like 2026Q4 (years 2000–2200).")
    # written back in ASCII digits: a term typed with full-width digits (２０２６-11)
    # is the same term
    year = int(m.group(1))
    return f"{year}Q{int(m.group(3))}" if m.group(3) else f"{year}-{int(m.group(2)):02d}"


def _clean_note(note: str) -> str:
    text = " ".join(note.split())
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") for ch in text):
        raise UserError("The note contains control or invisible characters; type it "
                        "without them.")
    if len(text) > MAX_NOTE:
        raise UserError(f"The note is {len(text)} characters long; at most {MAX_NOTE}.")
    return text


def award(session: Session, actor: str, role: str, *, term: str, kind: str,
          window: str | None = None, staff: str | None = None, note: str = "",
          ts: float) -> AssessmentTitle:
    require(session, actor, role, "assessment.title")
    term = parse_term(term)
    if kind not in KINDS:
        raise UserError(f"The title {kind!r} is not one of {', '.join(KINDS)}.")
    name, holders = KINDS[kind]
    if (window is None) == (staff is None):
        raise UserError("Name either a window or a staff member for the title.")
    holder = "window" if window is not None else "staff"
    if holder not in holders:
        raise UserError(f"The title {name} goes to a window, not to a person.")
    window_id = staff_id = None
    if window is not None:
        w = session.scalars(select(Window).where(Window.code == window)).first()
        if w is None or w.retired:
            raise UserError(f"The window {window} is not a window of the hall.")
        window_id = w.id
    else:
        s = session.scalars(select(Staff).where(Staff.code == staff)).first()
        if s is None or s.retired:
            raise UserError(f"The staff number {staff} is not on the roster.")
        staff_id = s.id
    clash = session.scalar(select(AssessmentTitle.id).where(
        AssessmentTitle.term == term, AssessmentTitle.kind == kind,
        AssessmentTitle.window_id.is_(None) if window_id is None
        else AssessmentTitle.window_id == window_id,
        AssessmentTitle.staff_id.is_(None) if staff_id is None
        else AssessmentTitle.staff_id == staff_id,
        AssessmentTitle.withdrawn_at.is_(None)))
    if clash is not None:
        raise UserError(f"{window or staff} already holds the title {name} for {term} "
                        f"(title {clash}).")
    row = AssessmentTitle(term=term, kind=kind, window_id=window_id, staff_id=staff_id,
                          note=_clean_note(note), awarded_at=ts, awarded_by=actor,
                          withdrawn_note="", revision=1)
    session.add(row)
    session.flush()
    audit.record(session, actor, "title.award", "assessment_title", str(row.id),
                 {"term": term, "kind": kind, "window": window, "staff": staff,
                  "note": row.note}, ts=ts)
    return row


def withdraw(session: Session, actor: str, role: str, title_id: int, *, note: str,
             ts: float) -> AssessmentTitle:
    require(session, actor, role, "assessment.title")
    row = session.get(AssessmentTitle, title_id) if 0 < title_id < 2**63 else None
    if row is None:
        raise UserError(f"There is no title {title_id}.")
    if row.withdrawn_at is not None:
        raise UserError(f"The title {title_id} was already withdrawn.")
    text = _clean_note(note)
    if not text:
        raise UserError("Say why the title is withdrawn (--note).")
    row.withdrawn_at, row.withdrawn_by, row.withdrawn_note = ts, actor, text
    row.revision += 1
    audit.record(session, actor, "title.withdraw", "assessment_title", str(row.id),
                 {"term": row.term, "kind": row.kind, "note": text}, ts=ts)
    return row


def titles(session: Session, terms: list[str] | None = None, *,
           withdrawn: bool = False) -> list[TitleView]:
    """Titles of ``terms`` (all when None), by term then award order."""
    wd, sd = aliased(Department), aliased(Department)
    query = (select(AssessmentTitle, Window.code, Window.label, Staff.code, Staff.name,
                    func.coalesce(wd.code, sd.code))
             .outerjoin(Window, Window.id == AssessmentTitle.window_id)
             .outerjoin(Staff, Staff.id == AssessmentTitle.staff_id)
             .outerjoin(wd, wd.id == Window.department_id)
             .outerjoin(sd, sd.id == Staff.department_id)
             .order_by(AssessmentTitle.term, AssessmentTitle.id))
    if terms is not None:
        query = query.where(AssessmentTitle.term.in_(terms))
    if not withdrawn:
        query = query.where(AssessmentTitle.withdrawn_at.is_(None))
    out = []
    for t, wcode, wlabel, scode, sname, dcode in session.execute(query):
        out.append(TitleView(t.id, t.term, t.kind, KINDS[t.kind][0],
                             wcode if wcode is not None else scode or "",
                             (wlabel or wcode) if wcode is not None else sname or "",
                             dcode or "", t.note, t.awarded_by, t.withdrawn_at is not None))
    return out


def terms_of(key: str) -> list[str]:
    """The terms whose titles a briefing of ``key`` shows: a quarter and its three
    months, or a month and its quarter."""
    year, rest = key[:4], key[4:]
    if rest.startswith("Q"):
        first = 3 * int(rest[1:]) - 2
        return [key] + [f"{year}-{m:02d}" for m in range(first, first + 3)]
    return [key, f"{year}Q{(int(rest[1:]) - 1) // 3 + 1}"]

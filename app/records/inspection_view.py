"""What the inspection mode shows, read in one go: the round as it stands (every result
and note, where the inspector was), the windows in floor order, the checklist, a
window's last findings, a photo, and the round's summary."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.records.inspection_rules import FAIL, PASS, UNCHECKED
from models import (
    ChecklistItem,
    Department,
    InspectionFinding,
    InspectionPhoto,
    InspectionRound,
    InspectionVisit,
    Window,
)


@dataclass(frozen=True)
class Item:
    id: int
    key: str
    label: str
    deduction: float


@dataclass(frozen=True)
class Stop:
    """A window on the walk, in floor order."""

    code: str
    label: str
    department: str
    floor: int
    position: tuple[int, int] | None


@dataclass
class Result:
    finding_id: int
    outcome: str
    note: str
    photos: int = 0
    complaint_id: int | None = None


@dataclass
class RoundState:
    id: int
    code: str
    inspector: str
    started_at: float
    ended_at: float | None
    window: str | None                  # where the inspector is (resume here)
    item: str | None
    checklist: list[Item]
    stops: list[Stop]
    results: dict[tuple[str, str], Result] = field(default_factory=dict)
    visited: set[str] = field(default_factory=set)

    def result(self, window: str, item: str) -> Result | None:
        return self.results.get((window, item))

    def outcome(self, window: str, item: str) -> str:
        r = self.results.get((window, item))
        return UNCHECKED if r is None else r.outcome


def checklist(session: Session) -> list[Item]:
    return [Item(i, k, label, float(d)) for i, k, label, d in session.execute(
        select(ChecklistItem.id, ChecklistItem.key, ChecklistItem.label,
               ChecklistItem.deduction).where(ChecklistItem.retired.is_(False))
        .order_by(ChecklistItem.position, ChecklistItem.key))]


def stops(session: Session) -> list[Stop]:
    """The hall's windows in walking order: floor by floor, row by row, left to right
    (windows without a place on the plan after those with one)."""
    rows = session.execute(
        select(Window.code, Window.label, Department.name, Window.floor, Window.row,
               Window.col).join(Department, Department.id == Window.department_id)
        .where(Window.retired.is_(False)))
    out = [Stop(c, lbl or "", d, f, (r, col) if r is not None and col is not None else None)
           for c, lbl, d, f, r, col in rows]
    return sorted(out, key=lambda s: (s.floor, s.position is None, s.position or (0, 0),
                                      s.code))


def load_round(session: Session, round_id: int) -> RoundState:
    r = session.get(InspectionRound, round_id)
    if r is None:
        raise LookupError(round_id)
    codes = dict(session.execute(select(Window.id, Window.code)).all())
    keys = dict(session.execute(select(ChecklistItem.id, ChecklistItem.key)).all())
    state = RoundState(r.id, r.code, r.inspector, r.started_at, r.ended_at,
                       codes.get(r.window_id) if r.window_id else None,
                       keys.get(r.item_id) if r.item_id else None,
                       checklist(session), stops(session))
    state.visited = {codes[w] for (w,) in session.execute(
        select(InspectionVisit.window_id).where(InspectionVisit.round_id == r.id))}
    photos = dict(session.execute(
        select(InspectionPhoto.finding_id, func.count())
        .join(InspectionFinding, InspectionFinding.id == InspectionPhoto.finding_id)
        .where(InspectionFinding.round_id == r.id).group_by(InspectionPhoto.finding_id)).all())
    for fid, wid, iid, outcome, note, complaint in session.execute(
            select(InspectionFinding.id, InspectionFinding.window_id, InspectionFinding.item_id,
                   InspectionFinding.outcome, InspectionFinding.note,
                   InspectionFinding.complaint_id)
            .where(InspectionFinding.round_id == r.id)):
        state.results[(codes[wid], keys[iid])] = Result(fid, outcome, note or "",
                                                        int(photos.get(fid, 0)), complaint)
    return state


def finding_ids(session: Session, round_id: int, window: str) -> dict[str, int]:
    """Checklist item key → result id at one window of a round."""
    f = InspectionFinding
    return {k: int(i) for k, i in session.execute(
        select(ChecklistItem.key, f.id).join(ChecklistItem, ChecklistItem.id == f.item_id)
        .join(Window, Window.id == f.window_id)
        .where(f.round_id == round_id, Window.code == window))}


@dataclass(frozen=True)
class PastFinding:
    round_code: str
    observed_at: float
    item: str
    note: str


def last_findings(session: Session, window: str, exclude_round: int | None = None,
                  limit: int = 5) -> list[PastFinding]:
    """The window's latest findings from other rounds, newest first."""
    f = InspectionFinding
    query = (select(InspectionRound.code, f.observed_at, ChecklistItem.label, f.note)
             .join(InspectionRound, InspectionRound.id == f.round_id)
             .join(ChecklistItem, ChecklistItem.id == f.item_id)
             .join(Window, Window.id == f.window_id)
             .where(Window.code == window, f.outcome == FAIL)
             .order_by(f.observed_at.desc()).limit(limit))
    if exclude_round is not None:
        query = query.where(f.round_id != exclude_round)
    return [PastFinding(c, float(at), label, note or "")
            for c, at, label, note in session.execute(query)]


def photo(session: Session, finding_id: int) -> tuple[bytes, str] | None:
    """The newest photo of a result (bytes and file name)."""
    row = session.execute(
        select(InspectionPhoto.data, InspectionPhoto.filename)
        .where(InspectionPhoto.finding_id == finding_id)
        .order_by(InspectionPhoto.added_at.desc(), InspectionPhoto.id.desc()).limit(1)).first()
    return None if row is None else (bytes(row[0]), str(row[1]))


@dataclass(frozen=True)
class Summary:
    windows: int
    visited: int
    complete: int              # windows with every item checked
    passed: int
    failed: int
    points: float
    failures: list[tuple[str, str, str]]      # (window, item label, note)


def summary(state: RoundState) -> Summary:
    failures = [(s.code, i.label, state.results[(s.code, i.key)].note)
                for s in state.stops for i in state.checklist
                if state.outcome(s.code, i.key) == FAIL]
    points = sum(i.deduction for s in state.stops for i in state.checklist
                 if state.outcome(s.code, i.key) == FAIL)
    complete = sum(1 for s in state.stops
                   if all(state.outcome(s.code, i.key) != UNCHECKED for i in state.checklist))
    return Summary(
        windows=len(state.stops), visited=len(state.visited), complete=complete,
        passed=sum(r.outcome == PASS for r in state.results.values()),
        failed=len(failures), points=round(points, 6), failures=failures)

"""The briefing's inspections section (巡查情况): the quarter's rounds, windows
visited, findings by checklist item and the repeat offenders, from app/figures (the
same findings that cost the windows points in the scores)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.figures import inspections as figures
from app.figures.period import Period
from models import InspectionRound, InspectionVisit


@dataclass
class InspectionSection:
    rounds: int = 0
    visits: int = 0                    # window visits, all rounds
    windows: int = 0                   # distinct windows visited
    by_item: list[figures.ItemCount] = field(default_factory=list)
    repeat: list[figures.RepeatOffender] = field(default_factory=list)

    @property
    def findings(self) -> int:
        return sum(i.findings for i in self.by_item)

    @property
    def points(self) -> float:
        return sum(i.points for i in self.by_item)


def inspection_section(session: Session, period: Period,
                       window_ids: list[int] | None) -> InspectionSection:
    """Rounds started in the quarter and their visits (of ``window_ids`` only, for a
    department's copy); findings and repeat offenders of the quarter."""
    v, r = InspectionVisit, InspectionRound
    query = (select(func.count(func.distinct(r.id)), func.count(v.id),
                    func.count(func.distinct(v.window_id)))
             .select_from(r).outerjoin(v, v.round_id == r.id)
             .where(r.started_at >= period.t0, r.started_at < period.t1))
    if window_ids is not None:
        query = query.where(v.window_id.in_(window_ids))
    rounds, visits, windows = session.execute(query).one()
    return InspectionSection(int(rounds or 0), int(visits or 0), int(windows or 0),
                             figures.by_item(session, period, window_ids),
                             figures.repeat_offenders(session, period, window_ids))

"""Whether figures rest on window sessions estimated from an import (occupancy, idle
time, device-off time, vacant-window alerts): then they are shown with ESTIMATED."""

from __future__ import annotations

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session

from models import WindowSession

ESTIMATED = "按导入数据估算"


def rests_on_estimates(session: Session, t0: float, t1: float) -> bool:
    """True when a window session overlapping [t0, t1) was estimated by an import."""
    return bool(session.scalar(select(exists().where(
        WindowSession.estimated.is_(True), WindowSession.opened_at < t1,
        or_(WindowSession.closed_at.is_(None), WindowSession.closed_at > t0)))))


def files_feed_until(session: Session) -> float | None:
    """The newest event time when the hall's latest batch came from an imported file
    (the hall is fed by files, not a live feed); None otherwise."""
    from models import AuditEntry, FeedStatus

    last = session.scalar(select(AuditEntry.action).where(
        AuditEntry.action.in_(("events.ingest", "events.import"))).order_by(
        AuditEntry.seq.desc()).limit(1))
    if last != "events.import":
        return None
    status = session.get(FeedStatus, 1)
    return status.last_event_ts if status is not None else None


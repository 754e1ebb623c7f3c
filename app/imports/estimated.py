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

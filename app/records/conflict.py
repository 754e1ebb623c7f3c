"""A record changed by someone else since it was read: optimistic concurrency.

Complaints and risk points carry a ``revision`` that every change raises. A service
given the revision a screen shows compares it inside the write transaction (which
holds the database's write lock: ``BEGIN IMMEDIATE`` on SQLite, an advisory lock on
PostgreSQL, so nothing changes between the check and the write); a mismatch refuses
the change and names who changed the record last and when, from its history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import UserError
from app.hall_time import hall_tz


class ChangedMeanwhile(UserError):
    """The record's revision is not the one the caller saw; reload and try again."""

    def __init__(self, what: str, code: str, revision: int, actor: str | None,
                 at: float | None, tz: dt.tzinfo) -> None:
        when = ("an unknown time" if at is None
                else dt.datetime.fromtimestamp(at, tz).strftime("%Y-%m-%d %H:%M:%S"))
        super().__init__(f"{what} {code} was changed by {actor or 'someone'} at {when} "
                         f"(now revision {revision}); reload it and try again.")
        self.code, self.revision, self.actor, self.at = code, revision, actor, at


def check_revision(session: Session, what: str, record: Any, expected: int | None,
                   step_model: Any, step_key: Any) -> None:
    """Refuse unless ``record.revision`` is ``expected`` (None: no check); the last
    step of the record's history (``step_model`` rows whose ``step_key`` is its id)
    names who changed it and when."""
    if expected is None or record.revision == expected:
        return
    last = session.execute(select(step_model.actor, step_model.at)
                           .where(step_key == record.id)
                           .order_by(step_model.id.desc()).limit(1)).first()
    actor, at = (None, None) if last is None else (last[0], last[1])
    raise ChangedMeanwhile(what, record.code, record.revision, actor, at, hall_tz(session))

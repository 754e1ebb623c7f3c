"""The director's "problems and next steps" (问题与下步打算), kept with the quarter.

Saving writes the text and its audit entry in one transaction; a reprint reads the
same text back.
"""

from __future__ import annotations

import time

from sqlalchemy.orm import Session

from app.errors import UserError
from app.security import audit
from app.security.permissions import require
from models import BriefingNote

MAX_NOTE = 5000


def load_note(session: Session, quarter: str) -> tuple[str, str]:
    """The quarter's text and who last saved it ("" and "" when none)."""
    row = session.get(BriefingNote, quarter)
    return ("", "") if row is None else (row.text, row.updated_by)


def save_note(session: Session, quarter: str, text: str, *, actor: str, role: str,
              now: float | None = None) -> bool:
    """Keep ``text`` for ``quarter``; False (and nothing written) when it is unchanged."""
    require(session, actor, role, "briefing.note")
    text = text.replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTE:
        raise UserError(f"The text of {quarter} has {len(text)} characters; at most "
                        f"{MAX_NOTE} fit in a briefing.")
    at = time.time() if now is None else now
    row = session.get(BriefingNote, quarter)
    if row is not None and row.text == text:
        return False
    if row is None:
        row = BriefingNote(quarter=quarter, text=text, revision=1, updated_at=at,
                           updated_by=actor)
        session.add(row)
    else:
        row.text, row.revision, row.updated_at, row.updated_by = (
            text, row.revision + 1, at, actor)
    session.flush()
    audit.record(session, actor, "briefing_note_saved", "briefing_note", quarter,
                 {"revision": row.revision, "characters": len(text)}, ts=at)
    return True

"""A deadline moved by the office's calendar shows in the entry's history: the step
and the old and new date."""

from __future__ import annotations

from app.db import Database
from app.hall_time import hall_tz
from app.records import ledger
from app.records.calendar_days import set_day
from app.records.complaint_rules import DIRECTOR
from tests.app.complaint_helpers import ts
from tests.app.test_calendar_complaints import FRIDAY, MONDAY, THURSDAY, three_entries
from widgets.complaints.detail import detail_html


def test_the_entry_history_shows_the_recount(db: Database) -> None:
    open_, _, rectifying = three_entries(db)
    with db.write() as session:
        set_day(session, MONDAY, False, "调休", "test:office", role="office")
    with db.read() as session:
        shown = detail_html(ledger.detail(session, open_, DIRECTOR, ts(THURSDAY, 12)),
                            hall_tz(session))
        rectify = detail_html(ledger.detail(session, rectifying, DIRECTOR, ts(FRIDAY, 12)),
                              hall_tz(session))
    assert "Deadline recounted (calendar)" in shown
    assert "Verification due：2027-03-09 → 2027-03-10" in shown
    assert "Rectification due：2027-03-26 → 2027-03-29" in rectify

"""Two workstations editing the same record: the second save is refused with who
changed it and when (optimistic revision check under the write lock), on SQLite and
PostgreSQL; nothing of the second save is written."""

from __future__ import annotations

import pytest

from app.db import Database
from app.records import complaints as svc
from app.records import risks as risk_svc
from app.records.conflict import ChangedMeanwhile
from app.records.ledger import load_row
from tests.app.complaint_helpers import NOW, register
from tests.app.test_risks import values
from tests.cli_helpers import counts


def test_the_second_save_of_a_complaint_names_who_changed_it(db_url: str) -> None:
    office, director = Database(db_url), Database(db_url)   # two workstations
    try:
        cid = register(office)
        with office.read() as session:
            seen_by_office = load_row(session, cid, "office", NOW).revision
        with director.read() as session:
            seen_by_director = load_row(session, cid, "director", NOW).revision
        assert seen_by_office == seen_by_director == 1
        with director.write() as session:
            svc.correct(session, cid, {"content": "窗口人员态度生硬，拒绝解释"},
                        reason="来电补充", actor="desktop:wang", role="director",
                        now=NOW + 125, revision=seen_by_director)
        before = counts(db_url)
        with pytest.raises(ChangedMeanwhile) as caught, office.write() as session:
            svc.apply_step(session, "verify", svc.StepRequest(cid, revision=seen_by_office),
                           actor="desktop:li", role="office", now=NOW + 200)
        assert str(caught.value) == (
            "Complaint TS-20260915-00001 was changed by desktop:wang at 2026-09-15 "
            "16:02:05 (now revision 2); reload it and try again.")
        assert caught.value.actor == "desktop:wang" and caught.value.at == NOW + 125
        assert counts(db_url) == before                     # nothing of the second save
        with office.read() as session:
            row = load_row(session, cid, "office", NOW)
        assert (row.state, row.revision, row.content) == (
            "registered", 2, "窗口人员态度生硬，拒绝解释")
        with office.write() as session:                      # after a reload it works
            svc.apply_step(session, "verify", svc.StepRequest(cid, revision=row.revision),
                           actor="desktop:li", role="office", now=NOW + 300)
    finally:
        office.dispose()
        director.dispose()


def test_the_second_save_of_a_risk_point_names_who_changed_it(db_url: str) -> None:
    one, two = Database(db_url), Database(db_url)
    try:
        with one.write() as session:
            pid = risk_svc.create(session, "LZ-SH-001", values(), actor="desktop:li",
                                  role="office", now=NOW).id
        with two.write() as session:
            risk_svc.update(session, pid, {"likelihood": 5}, actor="desktop:wang",
                            role="office", now=NOW + 60, revision=1)
        before = counts(db_url)
        with pytest.raises(ChangedMeanwhile, match=r"^Point LZ-SH-001 was changed by "
                           r"desktop:wang at 2026-09-15 16:01:00 \(now revision 2\)"), \
                one.write() as session:
            risk_svc.update(session, pid, {"impact": 1}, actor="desktop:li", role="office",
                            now=NOW + 90, revision=1)
        assert counts(db_url) == before
    finally:
        one.dispose()
        two.dispose()

"""The simulator: a realistic, reproducible hall day written through the ingest path."""

from __future__ import annotations

import datetime as dt
import json
import statistics
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.calendar import WorkCalendar
from app.db import Database
from app.events.simulator import HallInfo, simulate_day, write_demo_history
from app.figures import Period, as_json, compute
from app.hall import read_hall_file
from app.security import audit
from models import AuditEntry, Complaint

TZ_NAME = "Asia/Shanghai"


@pytest.fixture(scope="module")
def demo_info() -> HallInfo:
    import zoneinfo

    from app.events.profiles import DEMO_VACANT

    spec, _ = read_hall_file(None)
    departments: dict[str, list[str]] = {}
    staff: dict[str, list[str]] = {}
    for w in spec.windows:
        if w.code not in DEMO_VACANT:
            departments.setdefault(w.department, []).append(w.code)
    for s in spec.staff:
        staff.setdefault(s.department, []).append(s.code)
    return HallInfo(zoneinfo.ZoneInfo(TZ_NAME), departments, staff, DEMO_VACANT)


def test_a_day_is_reproducible_from_its_seed(demo_info: HallInfo) -> None:
    day = dt.date(2026, 9, 15)
    first = simulate_day(demo_info, day, 7, [], WorkCalendar())
    again = simulate_day(demo_info, day, 7, [], WorkCalendar())
    other = simulate_day(demo_info, day, 8, [], WorkCalendar())
    assert first == again
    assert first != other


def test_a_day_looks_like_a_real_hall(demo_info: HallInfo) -> None:
    days = [dt.date(2026, 9, d) for d in (14, 15, 16, 17, 18)]
    issued = abandoned = served = rated = 0
    hours: Counter[int] = Counter()
    ratings: Counter[int] = Counter()
    instant = cases = 0
    for day in days:
        events = simulate_day(demo_info, day, 1, [], WorkCalendar())
        kinds = Counter(e["type"] for e in events)
        issued += kinds["ticket_issued"]
        abandoned += kinds["ticket_abandoned"]
        served += kinds["service_finished"]
        rated += kinds["evaluation"]
        for e in events:
            if e["type"] == "ticket_issued":
                hours[int(e["ts"][11:13])] += 1
            elif e["type"] == "evaluation":
                ratings[e["rating"]] += 1
            elif e["type"] == "case_accepted":
                cases += 1
                instant += e["promised_days"] == 0
        assert {e["window"] for e in events if e["type"] == "window_opened"}.isdisjoint(
            demo_info.vacant)
    per_day = issued / len(days)
    assert 1200 <= per_day <= 1800
    assert 0.03 <= abandoned / issued <= 0.08
    assert 0.6 <= rated / served <= 0.8
    # Peaks 9–11 and 14–16 against the lunch hour.
    assert hours[9] + hours[10] > 2 * (hours[12] + hours[13]) / 2 * 1.5
    assert hours[14] + hours[15] > hours[12] + hours[13]
    assert ratings[5] > ratings[4] > ratings[3] > ratings[2] + ratings[1] > 0
    # bad ratings are a fraction of a percent, as in a real hall (docs/demo.md)
    assert (ratings[1] + ratings[2]) / sum(ratings.values()) < 0.006
    # some 200 cases a working day: the reports' 41,961 in Jan–Oct
    assert 150 <= cases / len(days) <= 260
    assert 0.3 <= instant / cases <= 0.8


def test_service_times_differ_by_department(demo_info: HallInfo) -> None:
    events = simulate_day(demo_info, dt.date(2026, 9, 15), 1, [], WorkCalendar())
    started: dict[str, float] = {}
    window_dept = {w: d for d, ws in demo_info.departments.items() for w in ws}
    lengths: dict[str, list[float]] = {}
    for e in events:
        ts = dt.datetime.fromisoformat(e["ts"]).timestamp()
        if e["type"] == "service_started":
            started[e["ticket"]] = ts
        elif e["type"] == "service_finished":
            dept = window_dept[e["window"]]
            lengths.setdefault(dept, []).append(ts - started[e["ticket"]])
    assert statistics.mean(lengths["FG"] + lengths["GH"]) > statistics.mean(lengths["RS"])


def test_demo_history_goes_through_ingest(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'demo.db'}")
    end = dt.date(2026, 9, 19)
    days, events = write_demo_history(db, days=7, seed=3, actor="test:pytest", end=end,
                                      role="director")
    assert days == 5 and events > 5 * 5000
    with db.read() as session:
        count, broken = audit.verify(session)
        figures = as_json(compute(session, Period(dt.date(2026, 9, 12), end,
                                                  __import__("zoneinfo").ZoneInfo(TZ_NAME)),
                                  dt.datetime(2026, 9, 30).timestamp()))
    assert broken is None
    with db.read() as session:
        # The demo's records (complaint ledger, risk register, inspections, projects,
        # attendance) have their own entries.
        feed_entries = session.scalar(select(func.count()).select_from(AuditEntry).where(
            ~AuditEntry.action.like("risk.%"), ~AuditEntry.action.like("complaint.%"),
            ~AuditEntry.action.like("inspection.%"), ~AuditEntry.action.like("project.%"),
            ~AuditEntry.action.like("attendance.%")))
    assert feed_entries == 1 + days  # the hall, then one entry per day's batch
    hall = figures["hall"]
    assert hall["served"] > 5000
    assert 0.99 <= hall["satisfaction_rate"] < 1.0
    assert hall["completion_rate"] > 0.5
    # A second run writes nothing new: the same ids with the same content.
    again = write_demo_history(db, days=7, seed=3, actor="test:pytest", end=end, role="director")
    assert again == (days, events)
    with db.read() as session:
        assert audit.verify(session)[0] == count
    with db.read() as session:
        # complaints by every source a hall meets, not only from evaluation devices
        sources = set(session.scalars(select(Complaint.source)))
    assert {"hotline", "phone", "letter", "web", "in_person"} <= sources
    db.dispose()
    assert json.dumps(hall)  # JSON-serialisable


def test_cases_have_applicants_people_and_enterprises(demo_info: HallInfo) -> None:
    """The public display needs applicants to mask: every simulated case names one,
    enterprises for business items, people elsewhere, a foreigner now and then."""
    from app.masking import mask_applicant

    # a week's cases: a foreigner is rare among some 200 cases a day
    events = [e for d in (14, 15, 16, 17, 18)
              for e in simulate_day(demo_info, dt.date(2026, 9, d), 1, [], WorkCalendar())]
    accepted = [e for e in events if e["type"] == "case_accepted"]
    assert accepted and all(e.get("applicant") for e in accepted)
    names = [e["applicant"] for e in accepted]
    assert any(n.endswith("公司") for n in names)
    assert any(n.isascii() for n in names)
    people = [n for n in names if 2 <= len(n) <= 4 and not n.endswith(("公司", "店"))]
    assert len(people) > len(names) / 3
    assert all(mask_applicant(n) != n for n in names)

"""Hand-made edge cases of the case figures: completion and on-time rates, due dates in
working days (the 2025 National Day holiday, a year the calendar package does not cover),
red cards relative to ``now`` and the window score."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from app.calendar import WorkCalendar
from app.config import Deductions, store_deductions
from app.db import Database
from models import CalendarDay, Case
from tests.app.figures_helpers import (
    D1,
    D2,
    Batch,
    D,
    assert_figures,
    assert_matches_reference,
    d,
    figures,
    ingest,
    ts,
)
from tests.app.figures_reference import add_workdays


def test_completion_rate_is_capped_at_one(db: Database) -> None:
    b = Batch()
    for case in ("C1", "C2", "C3"):
        b(f"{D} 10:0{case[1]}", "case_accepted", case=case, item="设立登记", window="W01",
          legal_days=20, promised_days=5)
    b(f"{D1} 10:00", "case_accepted", case="C4", item="变更登记", window="W02",
      legal_days=20, promised_days=5, applicant="某某公司")
    for case in ("C1", "C2", "C3"):
        b(f"{D1} 11:0{case[1]}", "case_completed", case=case, result="approved")
    ingest(db, b.events)
    now = ts(f"{D2} 09:00")

    for start, end, accepted, completed, rate, on_time in (
            (D, D1, 3, 0, 0.0, None),
            (D1, D2, 1, 3, 1.0, 1.0),          # 3 / 1, capped
            (D2, "2026-03-12", 0, 0, None, None),
            (D, D2, 4, 3, 0.75, 1.0)):
        got = assert_matches_reference(db, b.events, d(start), d(end), now)
        assert_figures(got, {"hall": {"cases_accepted": accepted, "cases_completed": completed,
                                      "completion_rate": rate, "on_time_rate": on_time,
                                      "red_cards": 0}})


# Due dates around the 2025 National Day holiday, worked out by hand: Oct 1–8 are off,
# Sunday Sept 28 and Saturday Oct 11 are make-up working days.
DUE_DATES = [
    ("2025-09-26", 0, "2025-09-26"),
    ("2025-09-26", 1, "2025-09-28"),   # Fri → Sun (make-up day)
    ("2025-09-27", 0, "2025-09-27"),   # a 0-day case accepted on a Saturday
    ("2025-09-27", 1, "2025-09-28"),
    ("2025-09-28", 2, "2025-09-30"),
    ("2025-09-29", 5, "2025-10-13"),   # Sept 30, Oct 9, 10, 11, 13
    ("2025-09-30", 1, "2025-10-09"),
    ("2025-09-30", 3, "2025-10-11"),   # Oct 9, 10, 11 (make-up Saturday)
    ("2025-10-03", 0, "2025-10-03"),
    ("2025-10-03", 1, "2025-10-09"),
    ("2025-10-08", 2, "2025-10-10"),
    ("2025-10-10", 10, "2025-10-23"),
]


@pytest.mark.parametrize(("accepted", "days", "due"), DUE_DATES)
def test_due_date_in_working_days(accepted: str, days: int, due: str) -> None:
    assert WorkCalendar().add_workdays(d(accepted), days) == d(due)
    assert add_workdays(d(accepted), days) == d(due)


def _national_day_cases() -> Batch:
    b = Batch()

    def accept(when: str, case: str, window: str, promised: int, **kw: Any) -> None:
        b(when, "case_accepted", case=case, item="食品经营许可", window=window,
          legal_days=20, promised_days=promised, **kw)

    def complete(when: str, case: str, **kw: Any) -> None:
        b(when, "case_completed", case=case, result="approved", **kw)

    accept("2025-09-26 10:00", "C5", "W03", 1)                 # due Sun 09-28
    accept("2025-09-29 10:00", "C3", "W02", 5)                 # due 10-13
    accept("2025-09-30 00:30", "C1", "W01", 1, utc=True)       # 09-29 16:30Z; due 10-09
    accept("2025-09-30 10:00", "C2", "W01", 3)                 # due Sat 10-11
    accept("2025-10-03 10:00", "C4", "W03", 0)                 # due 10-03 (holiday)
    complete("2025-09-28 15:00", "C5")                         # on time, make-up Sunday
    complete("2025-10-03 16:00", "C4")                         # on time
    accept("2025-10-09 09:00", "C7", "W01", 0)                 # due 10-09
    complete("2025-10-09 23:30", "C1", utc=True)               # 15:30Z, on time locally
    accept("2025-10-10 09:00", "C6", "W02", 10)                # due 10-23
    complete("2025-10-10 09:30", "C7")                         # one day late
    complete("2025-10-13 16:00", "C2")                         # two days late
    return b


def test_national_day_cases_on_time_and_red_cards(db: Database) -> None:
    b = _national_day_cases()
    stage = "2025-10-13 09:00"
    ingest(db, b.upto(stage))
    ingest(db, b.after(stage))
    with db.read() as session:
        stored = {no: due for no, due in session.execute(
            select(Case.case_no, Case.due_date))}
    assert stored == {"C1": d("2025-10-09"), "C2": d("2025-10-11"), "C3": d("2025-10-13"),
                      "C4": d("2025-10-03"), "C5": d("2025-09-28"), "C6": d("2025-10-23"),
                      "C7": d("2025-10-09")}

    now = ts("2025-10-20 12:00")
    got = assert_matches_reference(db, b.events, d("2025-10-01"), d("2025-10-15"), now)
    # accepted C4, C7, C6; completed C4, C1, C7, C2 (C7 and C2 late);
    # red: C7 and C2 (completed after their due dates), C3 (open, due 10-13).
    assert_figures(got, {
        "hall": {"cases_accepted": 3, "cases_completed": 4, "completion_rate": 1.0,
                 "on_time_rate": 0.5, "red_cards": 3},
        "windows": {"W01": {"red_cards": 2, "score": 99.6},
                    "W02": {"red_cards": 1, "score": 99.8},
                    "W03": {"red_cards": 0, "score": 100.0}}})
    got = assert_matches_reference(db, b.events, d("2025-09-01"), d("2025-10-01"), now)
    assert_figures(got, {"hall": {"cases_accepted": 4, "cases_completed": 1,
                                  "completion_rate": 0.25, "on_time_rate": 1.0,
                                  "red_cards": 0}})
    # C6 is due on 10-23: not passed yet at now, so no red card in October.
    got = assert_matches_reference(db, b.events, d("2025-10-16"), d("2025-11-01"), now)
    assert_figures(got, {"hall": {"red_cards": 0}})
    got = assert_matches_reference(db, b.events, d("2025-10-16"), d("2025-11-01"),
                                   ts("2025-10-24 08:00"))
    assert_figures(got, {"hall": {"red_cards": 1}, "windows": {"W02": {"score": 99.8}}})


def test_red_cards_relative_to_now(db: Database) -> None:
    b = _national_day_cases()
    stage = "2025-10-13 09:00"
    ingest(db, b.upto(stage))
    now = ts(stage)
    got = assert_matches_reference(db, b.upto(stage), d("2025-10-01"), d("2025-10-15"), now)
    # At 10-13 09:00: C2 (due 10-11) is open and past due; C7 was completed late; C3 is
    # due today, so it is not a red card yet.
    assert_figures(got, {"hall": {"red_cards": 2},
                         "windows": {"W01": {"red_cards": 2, "score": 99.6},
                                     "W02": {"red_cards": 0, "score": 100.0}}})
    got = assert_matches_reference(db, b.upto(stage), d("2025-10-01"), d("2025-10-15"),
                                   ts("2025-10-09 12:00"))
    assert_figures(got, {"hall": {"red_cards": 0}})


def test_score_never_below_zero(db: Database) -> None:
    with db.write() as session:
        store_deductions(session, Deductions(red_card=40.0))
    b = Batch()
    for i in range(3):
        b(f"{D} 10:0{i}", "case_accepted", case=f"C{i}", item="设立登记", window="W01",
          legal_days=1, promised_days=0)
    b(f"{D} 10:05", "case_accepted", case="C9", item="设立登记", window="W02",
      legal_days=1, promised_days=0)
    ingest(db, b.events)
    got = assert_matches_reference(db, b.events, d(D), d(D1), ts(f"{D2} 09:00"),
                                   red_card_points=40.0)
    assert_figures(got, {"windows": {"W01": {"red_cards": 3, "score": 0.0},
                                     "W02": {"red_cards": 1, "score": 60.0},
                                     "W03": {"red_cards": 0, "score": 100.0}}})


def test_due_dates_in_a_year_the_package_does_not_cover(db: Database) -> None:
    # 2027 is not in the chinese-calendar package: Monday–Friday, plus the days the
    # office enters (here a holiday on Mon Feb 1 and a make-up Saturday Feb 6, 2027).
    b = Batch()
    b("2027-01-29 10:00", "case_accepted", case="K1", item="设立登记", window="W01",
      legal_days=20, promised_days=1)
    result = ingest(db, b.events)
    assert result.incomplete_years == [2027]
    with db.write() as session:
        session.add_all([CalendarDay(day=d("2027-02-01"), workday=False, note="春节"),
                         CalendarDay(day=d("2027-02-06"), workday=True, note="调休上班")])
    b = Batch("k")
    for case, promised in (("K2", 1), ("K3", 5), ("K4", 0)):
        b(f"2027-01-29 11:0{promised}", "case_accepted", case=case, item="设立登记",
          window="W02", legal_days=20, promised_days=promised)
    b("2027-02-02 16:00", "case_completed", case="K4", result="rejected")
    result = ingest(db, b.events, seed=1)
    assert result.incomplete_years == []
    with db.read() as session:
        stored = {no: due for no, due in session.execute(select(Case.case_no, Case.due_date))}
        office = WorkCalendar.load(session)
    assert stored == {"K1": d("2027-02-01"), "K2": d("2027-02-02"), "K3": d("2027-02-06"),
                      "K4": d("2027-01-29")}
    assert office.add_workdays(d("2027-01-29"), 5) == d("2027-02-06")
    assert WorkCalendar().add_workdays(d("2027-01-29"), 1) == d("2027-02-01")

    got = figures(db, d("2027-01-01"), d("2027-03-01"), ts("2027-02-03 09:00"))
    # Red: K1 (due 02-01), K2 (due 02-02), K4 (due 01-29, completed 02-02); K3 not yet.
    assert_figures(got, {"hall": {"cases_accepted": 4, "cases_completed": 1,
                                  "completion_rate": 0.25, "on_time_rate": 0.0,
                                  "red_cards": 3},
                         "windows": {"W01": {"red_cards": 1, "score": 99.8},
                                     "W02": {"red_cards": 2, "score": 99.6}}})

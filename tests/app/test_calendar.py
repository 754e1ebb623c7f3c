"""Working days: the official calendar, and the office's own entries for later years."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.calendar import WorkCalendar, package_covers
from app.cli import run
from app.db import Database
from app.events.ingest import ingest_lines
from models import Case

D = dt.date


def test_national_day_2025_and_its_make_up_days() -> None:
    cal = WorkCalendar()
    assert not cal.is_workday(D(2025, 10, 1)) and not cal.is_workday(D(2025, 10, 8))
    assert cal.is_workday(D(2025, 9, 28))   # Sunday, official make-up working day
    assert cal.is_workday(D(2025, 10, 11))  # Saturday, official make-up working day
    # Accepted Tuesday 30 Sept with 3 promised working days: 9 Oct, 10 Oct, 11 Oct.
    assert cal.add_workdays(D(2025, 9, 30), 3) == D(2025, 10, 11)
    assert cal.add_workdays(D(2025, 9, 26), 1) == D(2025, 9, 28)
    assert cal.add_workdays(D(2025, 10, 3), 0) == D(2025, 10, 3)  # instant: same day


def test_uncovered_year_counts_monday_to_friday_and_says_so() -> None:
    year = next(y for y in range(2026, 2100) if not package_covers(y))
    cal = WorkCalendar()
    friday = next(D(year, 1, d) for d in range(1, 8) if D(year, 1, d).weekday() == 4)
    assert cal.add_workdays(friday, 1) == friday + dt.timedelta(days=3)
    assert cal.incomplete_years([friday]) == [year]
    assert WorkCalendar({D(year, 1, 1): False}).incomplete_years([friday]) == []


def _case_event(case: str, ts: str, promised: int) -> str:
    return json.dumps({"id": f"acc-{case}", "ts": ts, "type": "case_accepted", "case": case,
                       "item": "企业设立登记", "window": "W01", "legal_days": promised * 2,
                       "promised_days": promised})


def test_an_entered_holiday_moves_open_due_dates(
        db: Database, db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    year = next(y for y in range(2026, 2100) if not package_covers(y))
    monday = next(D(year, 2, d) for d in range(1, 8) if D(year, 2, d).weekday() == 0)
    accepted = f"{monday.isoformat()}T10:00:00+08:00"
    # The year lies ahead of the machine's clock: the batch is seen from that day.
    ingest_lines(db, [_case_event("C1", accepted, 2)], source="t", file_hash="x",
                 actor="test:pytest", role="director",
                 now=dt.datetime.fromisoformat(accepted).timestamp())
    with db.read() as session:
        assert session.get(Case, 1).due_date == monday + dt.timedelta(days=2)  # type: ignore[union-attr]
    tuesday = monday + dt.timedelta(days=1)
    assert run(["--db", db_url, "calendar", "set", tuesday.isoformat(), "--holiday",
                "--note", "春节"]) == 0
    with db.read() as session:
        assert session.get(Case, 1).due_date == monday + dt.timedelta(days=3)  # type: ignore[union-attr]
    assert run(["--db", db_url, "calendar", "list", str(year)]) == 0
    assert "春节" in capsys.readouterr().out
    assert run(["--db", db_url, "audit", "verify"]) == 0


def test_a_covered_year_cannot_be_edited(db_url: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--db", db_url, "calendar", "set", "2025-10-01", "--workday"]) == 2
    err = capsys.readouterr().err
    assert "covered by the official calendar" in err and err.count("\n") == 1


def test_stats_warns_when_a_period_touches_an_uncovered_year(
        db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    year = next(y for y in range(2026, 2100) if not package_covers(y))
    assert run(["--db", db_url, "stats", "--from", f"{year}-01-01", "--to",
                f"{year}-04-01", "--json"]) == 0
    captured = capsys.readouterr()
    assert f"calendar of {year} is incomplete" in captured.err
    assert json.loads(captured.out)["from"] == f"{year}-01-01"

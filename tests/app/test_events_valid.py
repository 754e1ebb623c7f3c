"""The event feed contract of docs/spec/events.md: valid input (every type with all its
fields, optional fields left out, limits, timestamps, blank lines, CRLF and BOM,
standard input), checked through ``ingest``'s report, the tables and ``stats --json``."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.app.events_helpers import (
    FULL_DAY,
    FULL_DAY_HALL,
    FULL_DAY_W01,
    REQUIRED,
    assert_rejected,
    at,
    bad_lines,
    dumps,
    ev,
    ingest,
    stats,
)
from tests.cli_helpers import cli, counts


# -- valid input ---------------------------------------------------------------------
def test_every_event_type_with_all_fields(db_url: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert {e["type"] for e in FULL_DAY} == set(REQUIRED)
    status, out, err = ingest(capsys, db_url, tmp_path, FULL_DAY)
    assert status == 0, err
    assert "16 events applied" in out
    assert err == ""
    data = stats(capsys, db_url)
    assert data["hall"] == FULL_DAY_HALL
    assert data["windows"]["W01"] == FULL_DAY_W01
    assert data["windows"]["W02"]["open_s"] == 0.0
    rows = counts(db_url)
    assert rows["raw_event"] == 16
    assert rows["ticket"] == 2
    assert rows["window_session"] == 1
    assert rows["window_pause"] == 1
    assert rows["evaluator_span"] == 1
    assert rows["evaluation"] == 1
    assert rows["service_case"] == 1


def test_optional_fields_may_be_left_out(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    batch = [
        ev("o1", "08:00:00", "window_opened", window="W03", staff="S003"),
        ev("o2", "09:00:00", "window_paused", window="W03"),
        ev("o3", "09:10:00", "window_resumed", window="W03"),
        ev("o4", "09:20:00", "evaluation", window="W03", rating=1),
        ev("o5", "09:30:00", "case_accepted", case="RS-1", item="社保登记", window="W03",
           legal_days=0, promised_days=0),
        ev("o6", "09:31:00", "case_completed", case="RS-1", result="rejected"),
        ev("o7", "10:00:00", "window_closed", window="W03"),
    ]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    hall = stats(capsys, db_url)["hall"]
    assert hall["evaluations"] == {"1": 1, "2": 0, "3": 0, "4": 0, "5": 0}
    assert hall["satisfaction_rate"] == 0.0
    assert hall["cases_completed"] == 1
    assert hall["on_time_rate"] == 1.0  # a 0-day case is due the same day
    assert stats(capsys, db_url)["windows"]["W03"]["paused_s"] == 600.0


def test_id_of_64_characters_is_accepted(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    event = ev("x" * 64, "09:00:00", "ticket_issued", ticket="A001", service="GS")
    status, _, err = ingest(capsys, db_url, tmp_path, [event])
    assert status == 0, err
    assert stats(capsys, db_url)["hall"]["tickets_issued"] == 1


def test_longest_ticket_number_is_stored(db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    number = "T" * 64
    batch = [ev("l1", "08:00:00", "window_opened", window="W01", staff="S001"),
             ev("l2", "09:00:00", "ticket_issued", ticket=number, service="GS"),
             ev("l3", "09:01:00", "ticket_called", ticket=number, window="W01"),
             ev("l4", "09:02:00", "service_started", ticket=number, window="W01"),
             ev("l5", "09:03:00", "service_finished", ticket=number, window="W01"),
             ev("l6", "09:04:00", "evaluation", window="W01", rating=4, ticket=number)]
    status, _, err = ingest(capsys, db_url, tmp_path, list(batch))
    assert status == 0, err
    assert stats(capsys, db_url)["hall"]["served"] == 1


def test_z_and_offset_timestamps_are_the_same_instant(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = [
        ev("z1", at("01:00:00", offset="Z"), "window_opened", window="W01", staff="S001"),
        ev("z2", at("01:00:00", offset="Z"), "ticket_issued", ticket="A001", service="GS"),
        ev("z3", at("09:00:00", offset="+08:00"), "ticket_called", ticket="A001",
           window="W01"),
        ev("z4", at("01:00:00", offset="+00:00"), "service_started", ticket="A001",
           window="W01"),
        ev("z5", at("09:05:00"), "service_finished", ticket="A001", window="W01"),
        ev("z6", at("01:30:00", offset="Z"), "window_closed", window="W01"),
    ]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    data = stats(capsys, db_url)
    assert data["hall"]["avg_wait_s"] == 0.0  # issued 01:00Z, started 09:00+08:00
    assert data["hall"]["avg_service_s"] == 300.0
    assert data["windows"]["W01"]["open_s"] == 1800.0


def test_blank_lines_are_ignored_but_counted(db_url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = ["", FULL_DAY[0], "   ", "\t", FULL_DAY[2], "",
                                         "{broken"]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 7, "JSON")
    assert set(bad_lines(err)) == {7}
    status, out, err = ingest(capsys, db_url, tmp_path, batch[:-1])
    assert status == 0, err
    assert "2 events applied" in out


def test_crlf_and_bom_are_read(db_url: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "windows.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "".join(dumps(e) + "\r\n" for e in FULL_DAY)
                     .encode("utf-8"))
    status, _out, err = cli(capsys, "--db", db_url, "ingest", str(path))
    assert status == 0, err
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_standard_input(db_url: str, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    data = "".join(dumps(e) + "\n" for e in FULL_DAY).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, out, err = cli(capsys, "--db", db_url, "ingest", "-")
    assert status == 0, err
    assert "16 events applied" in out
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL

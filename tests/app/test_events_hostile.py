"""Hostile event lines (docs/spec/events.md, Format and Bad input): times out of bounds,
lone surrogates and U+0000, line separators inside a line, a second ``--skip-bad`` run,
and halls in zones whose offset is not a whole hour."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from app.db import Database
from models import Hall, Ticket
from tests.app.events_helpers import (
    FULL_DAY,
    FULL_DAY_HALL,
    assert_rejected,
    ev,
    ingest,
    reason,
    stats,
)
from tests.cli_helpers import cli, counts


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.UTC).isoformat(timespec="seconds")


def _opened(eid: str, ts: str) -> dict[str, Any]:
    return ev(eid, ts, "window_opened", window="W01", staff="S001")


# -- 3. times bounded ---------------------------------------------------------------------
@pytest.mark.parametrize(("ts", "words"), [
    ("9999-12-31T23:00:00+00:00", ("future",)),
    ("9999-12-31T23:59:59-12:00", ("future",)),
    ("1999-12-31T23:59:59+00:00", ("2000-01-01",)),
    ("0001-01-01T00:00:00+00:00", ("2000-01-01",)),
])
def test_times_out_of_bounds_are_refused_with_the_line_named(
        ts: str, words: tuple[str, ...], db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, [*FULL_DAY, _opened("far", ts)])
    assert_rejected(status, err, before, db_url, len(FULL_DAY) + 1, *words, event_id="far")


def test_the_margin_ahead_of_the_clock(db_url: str, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    now = time.time()
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, [_opened("a", _iso(now + 15 * 60))])
    assert_rejected(status, err, before, db_url, 1, "future")
    # Ten minutes by default; configurable.
    monkeypatch.setenv("HALLDESK_FEED_AHEAD_MINUTES", "30")
    status, _, err = ingest(capsys, db_url, tmp_path, [_opened("a", _iso(now + 15 * 60))])
    assert status == 0, err
    monkeypatch.setenv("HALLDESK_FEED_AHEAD_MINUTES", "soon")
    status, _, err = ingest(capsys, db_url, tmp_path, [_opened("b", _iso(now))])
    assert status == 2 and "HALLDESK_FEED_AHEAD_MINUTES" in err
    monkeypatch.delenv("HALLDESK_FEED_AHEAD_MINUTES")
    status, _, err = ingest(capsys, db_url, tmp_path, [
        ev("c", _iso(now + 5 * 60), "window_closed", window="W01")])
    assert status == 0, err


def test_a_far_due_date_is_refused_not_raised(db: Database) -> None:
    from app.events.ingest import BatchRejected, ingest_lines

    line = json.dumps(ev("k", "9999-12-30T10:00:00+08:00", "case_accepted", case="K1",
                         item="设立登记", window="W01", legal_days=20, promised_days=30))
    with pytest.raises(BatchRejected) as info:
        ingest_lines(db, [line], source="t", file_hash="x", actor="t", role="director",
                     now=1e12)
    assert "9999" in info.value.result.errors[0].reason


# -- 4 and 7. lone surrogates and U+0000 ----------------------------------------------------
HOSTILE_TEXT = [
    ('"comment": "\\ud800"', "comment", "surrogate"),
    ('"comment": "好\\udfff评"', "comment", "surrogate"),
    ('"comment": "a\\u0000b"', "comment", "U+0000"),
    ('"ticket": "A\\u0000"', "ticket", "U+0000"),
    ('"x\\ud83d": 1', "field name", "surrogate"),
    ('"extra": ["\\ud800"]', "extra", "surrogate"),
]


def _evaluation(extra: str, eid: str = "h1") -> str:
    return ('{"id": "' + eid + '", "ts": "2026-11-25T09:17:00+08:00", "type": "evaluation", '
            '"window": "W01", "rating": 5, ' + extra + '}')


@pytest.mark.parametrize(("extra", "field", "word"), HOSTILE_TEXT)
def test_a_string_that_is_not_text_refuses_the_line(
        extra: str, field: str, word: str, db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, [*FULL_DAY, _evaluation(extra)])
    why = assert_rejected(status, err, before, db_url, len(FULL_DAY) + 1, word, field)
    assert "damaged" not in err and "restore" not in err
    assert why.count(".") <= 1


@pytest.mark.parametrize(("extra", "field", "word"), HOSTILE_TEXT)
def test_skip_bad_keeps_a_line_that_is_not_text(
        extra: str, field: str, word: str, db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    line = _evaluation(extra)
    status, out, err = ingest(capsys, db_url, tmp_path, [*FULL_DAY, line], "--skip-bad")
    assert status == 0, err
    assert "16 events applied" in out and "1 rejected" in out
    assert word in reason(err, len(FULL_DAY) + 1)
    rejects = tmp_path / "batch.jsonl.rejects.jsonl"
    assert rejects.read_bytes() == line.encode() + b"\n"


def test_a_lone_surrogate_in_the_id_is_shown_escaped(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = ('{"id": "x\\ud800", "ts": "2026-11-25T09:17:00+08:00", "type": "evaluation", '
            '"window": "W01", "rating": 5}')
    status, _, err = ingest(capsys, db_url, tmp_path, [line], "--skip-bad")
    assert status == 0, err
    assert "surrogate" in reason(err, 1)


# -- 5. lines split on \n only --------------------------------------------------------------
@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085", "\x0b", "\x0c", "\x1c"])
def test_line_separators_inside_a_line_are_characters(
        char: str, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch: list[dict[str, Any] | str] = [dict(e) for e in FULL_DAY]
    evaluation = next(e for e in batch if isinstance(e, dict) and e["type"] == "evaluation")
    evaluation["comment"] = f"服务{char}很好"
    path = tmp_path / "sep.jsonl"
    # Written raw (json.dumps would escape U+2028 only with ensure_ascii).
    path.write_bytes("".join(json.dumps(e, ensure_ascii=False) + "\n"
                             for e in batch).encode())
    status, out, err = cli(capsys, "--db", db_url, "ingest", str(path))
    assert status == 0, err
    assert "16 events applied" in out
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_crlf_lines_and_a_bom_are_read(db_url: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "crlf.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"".join(
        json.dumps(e, ensure_ascii=False).encode() + b"\r\n" for e in FULL_DAY))
    status, out, err = cli(capsys, "--db", db_url, "ingest", str(path))
    assert status == 0, err
    assert "16 events applied" in out


def test_rejects_hold_the_lines_byte_for_byte(db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = [
        b"\xef\xbb\xbfnot json\r",                              # line 1, with its BOM
        '{"id": "s1", "comment": "a\u2028b", "type": "x"}\r'.encode(),
        b'  {"id": "s2"}\t\x0b ',
        '{"id": "s3", "ts": "2026-11-25T09:17:00+08:00", "type": "evaluation", '
        '"window": "W01", "rating": 9, "comment": "\u0085\u2029"}'.encode(),
    ]
    good = [json.dumps(e, ensure_ascii=False).encode() for e in FULL_DAY]
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([*bad, *good]) + b"\n")
    status, out, err = cli(capsys, "--db", db_url, "ingest", str(path), "--skip-bad")
    assert status == 0, err
    assert "16 events applied" in out and "4 rejected" in out
    assert (tmp_path / "mixed.jsonl.rejects.jsonl").read_bytes() == b"\n".join(bad) + b"\n"


# -- 6. a second --skip-bad run never overwrites the first's rejects --------------------------
def test_a_second_skip_bad_run_keeps_the_first_rejects(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _evaluation('"comment": "\\ud800"', "r1")
    second = _evaluation('"comment": "\\u0000"', "r2")
    status, _, err = ingest(capsys, db_url, tmp_path, [first], "--skip-bad", name="f.jsonl")
    assert status == 0, err
    usual = tmp_path / "f.jsonl.rejects.jsonl"
    assert usual.read_text() == first + "\n"
    status, _, err = ingest(capsys, db_url, tmp_path, [second], "--skip-bad", name="f.jsonl")
    assert status == 0, err
    assert usual.read_text() == first + "\n"  # kept
    others = [p for p in tmp_path.iterdir() if p.name.startswith("f.jsonl.rejects-")]
    assert len(others) == 1 and others[0].read_text() == second + "\n"
    assert f"{usual} already exists and was kept" in err
    assert str(others[0]) in err
    # A third run: yet another name, both earlier files untouched.
    status, _, err = ingest(capsys, db_url, tmp_path, [second], "--skip-bad", name="f.jsonl")
    assert status == 0, err
    assert len([p for p in tmp_path.iterdir() if ".rejects" in p.name]) == 3
    assert usual.read_text() == first + "\n" and others[0].read_text() == second + "\n"


# -- 8. zones whose offset is not a whole hour -------------------------------------------------
@pytest.mark.parametrize(("zone", "offset"), [("Asia/Kolkata", "+05:30"),
                                              ("Asia/Kathmandu", "+05:45"),
                                              ("America/St_Johns", "-03:30")])
def test_tickets_fall_on_the_local_day_in_any_zone(zone: str, offset: str, db: Database,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with db.write() as session:
        session.execute(update(Hall).values(timezone=zone))
    events: list[dict[str, Any] | str] = [
        ev("z1", f"2026-11-25T00:01:00{offset}", "ticket_issued", ticket="A001", service="GS"),
        ev("z2", f"2026-11-25T23:58:00{offset}", "ticket_issued", ticket="A002", service="GS"),
        ev("z3", f"2026-11-24T23:59:00{offset}", "ticket_issued", ticket="A001", service="GS"),
    ]
    status, _, err = ingest(capsys, db.url, tmp_path, events)
    assert status == 0, err
    with db.read() as session:
        days = sorted((t.day.isoformat(), t.number) for t in session.scalars(select(Ticket)))
    assert days == [("2026-11-24", "A001"), ("2026-11-25", "A001"), ("2026-11-25", "A002")]

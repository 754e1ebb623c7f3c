"""The event feed contract of docs/spec/events.md: a required field missing or ill-typed,
naive timestamps, lines that are not events, and codes the hall does not have; each
rejects the batch with the line named and nothing written."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.app.events_helpers import (
    DROP,
    FULL_DAY,
    REQUIRED,
    assert_rejected,
    first_of,
    ingest,
    with_change,
)
from tests.cli_helpers import counts

# -- missing and ill-typed fields ----------------------------------------------------
MISSING = [(t, f) for t, fields in REQUIRED.items() for f in fields]
MISSING += [("ticket_issued", "id"), ("ticket_issued", "ts"), ("ticket_issued", "type"),
            ("window_opened", "ts"), ("case_completed", "id")]


@pytest.mark.parametrize(("etype", "field"), MISSING)
def test_each_required_field_missing(etype: str, field: str, db_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    index = first_of(etype)
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **{field: DROP}))
    why = assert_rejected(status, err, before, db_url, index + 1)
    assert re.search(rf"\b{field}\b", why.split(":", 1)[-1]), why


@pytest.mark.parametrize(("etype", "field", "value"), [
    ("evaluation", "rating", 0),
    ("evaluation", "rating", 6),
    ("evaluation", "rating", "5"),
    ("evaluation", "rating", True),
    ("evaluation", "rating", 4.5),
    ("evaluation", "ticket", 17),
    ("evaluation", "comment", ["很好"]),
    ("evaluator", "on", "yes"),
    ("evaluator", "on", 1),
    ("case_accepted", "legal_days", -1),
    ("case_accepted", "promised_days", -1),
    ("case_accepted", "legal_days", "20"),
    ("case_accepted", "legal_days", 2.5),
    ("case_accepted", "promised_days", True),
    ("case_accepted", "item", ""),
    ("case_accepted", "applicant", 7),
    ("case_completed", "result", "ok"),
    ("case_completed", "result", "APPROVED"),
    ("window_opened", "window", 7),
    ("window_opened", "staff", ""),
    ("window_paused", "reason", 3),
    ("ticket_issued", "ticket", ""),
    ("ticket_issued", "ticket", "T" * 65),   # the ticket columns hold 64 characters
    ("evaluation", "ticket", "T" * 65),
    ("ticket_issued", "service", ["GS"]),
    ("ticket_issued", "ts", 1764032400),
    ("ticket_issued", "ts", "yesterday morning"),
    ("ticket_issued", "ts", "2026-11-25T25:00:00+08:00"),
    ("ticket_issued", "ts", "2026-11-25T09:00:0²+08:00"),   # a digit, but not ASCII
    ("ticket_issued", "ts", "2026-11-25T09:00:0٣+08:00"),   # Arabic-Indic three
    ("ticket_issued", "ts", "2026-11-25T09:00:60+08:00"),
    ("ticket_issued", "ts", "2026-11-25T09:00:00+25:00"),
    ("ticket_issued", "type", 5),
])
def test_ill_typed_field(etype: str, field: str, value: Any, db_url: str, tmp_path: Path,
                         capsys: pytest.CaptureFixture[str]) -> None:
    index = first_of(etype)
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **{field: value}))
    why = assert_rejected(status, err, before, db_url, index + 1)
    if field != "type":
        assert re.search(rf"\b{field}\b", why.split(":", 1)[-1]), why


@pytest.mark.parametrize("stamp", ["2026-11-25T09:00:00", "2026-11-25 09:00:00",
                                   "2026-11-25"])
def test_naive_timestamp_is_refused(stamp: str, db_url: str, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = with_change(first_of("ticket_issued"), ts=stamp)
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    why = assert_rejected(status, err, before, db_url, 3, event_id="e03")
    assert "naive" in why or "offset" in why


# -- not JSON, not an object, unknown type, bad id -----------------------------------
@pytest.mark.parametrize(("line", "words", "event_id"), [
    ('{"id": "e03", "ts": "2026-11-25T09:00:00+08:00", "type": ', ("JSON",), None),
    ("ticket_issued A001 GS", ("JSON",), None),
    ('[{"id": "e03"}]', ("object",), None),
    ('"e03"', ("object",), None),
    ("42", ("object",), None),
    ("null", ("object",), None),
    ('{"id": "e03", "ts": "2026-11-25T09:00:00+08:00", "type": "window_exploded", '
     '"window": "W01"}', ("unknown", "window_exploded"), "e03"),
    ('{"id": "", "ts": "2026-11-25T09:00:00+08:00", "type": "ticket_issued", '
     '"ticket": "A001", "service": "GS"}', ("id",), None),
    ('{"id": "' + "y" * 65 + '", "ts": "2026-11-25T09:00:00+08:00", '
     '"type": "ticket_issued", "ticket": "A001", "service": "GS"}', ("id",), None),
    ('{"id": 3, "ts": "2026-11-25T09:00:00+08:00", "type": "ticket_issued", '
     '"ticket": "A001", "service": "GS"}', ("id",), None),
])
def test_unreadable_lines(line: str, words: tuple[str, ...], event_id: str | None,
                          db_url: str, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = [*FULL_DAY[:2], line, *FULL_DAY[3:]]
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 3, *words, event_id=event_id)


# -- codes that the hall does not have -----------------------------------------------
@pytest.mark.parametrize(("index", "changes", "code"), [
    (0, {"window": "W99"}, "W99"),
    (0, {"staff": "S999"}, "S999"),
    (2, {"service": "XX"}, "XX"),
    (1, {"window": "W99"}, "W99"),
    (6, {"window": "W99"}, "W99"),
    (7, {"window": "W99"}, "W99"),
    (3, {"window": "W99"}, "W99"),
])
def test_unknown_window_staff_department(index: int, changes: dict[str, str], code: str,
                                         db_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, with_change(index, **changes))
    assert_rejected(status, err, before, db_url, index + 1, code,
                    event_id=FULL_DAY[index]["id"])

"""The event feed contract of docs/spec/events.md, whole batches: order and idempotency,
all-or-nothing, the report of every bad line, and ``--skip-bad`` with its rejects file."""

from __future__ import annotations

import errno
import io
import json
import os
import random
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.app.events_helpers import (
    FULL_DAY,
    FULL_DAY_HALL,
    FULL_DAY_W01,
    assert_rejected,
    bad_lines,
    dumps,
    ev,
    ingest,
    issued,
    stats,
    with_change,
)
from tests.cli_helpers import cli, counts


# -- order and idempotency -----------------------------------------------------------
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_shuffled_batch_gives_the_same_result(seed: int, db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    shuffled = list(FULL_DAY)
    random.Random(seed).shuffle(shuffled)
    assert shuffled != FULL_DAY
    status, out, err = ingest(capsys, db_url, tmp_path, list(shuffled))
    assert status == 0, err
    assert "16 events applied" in out
    data = stats(capsys, db_url)
    assert data["hall"] == FULL_DAY_HALL
    assert data["windows"]["W01"] == FULL_DAY_W01


def test_reingesting_a_batch_changes_nothing(db_url: str, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    before = counts(db_url)
    figures = stats(capsys, db_url)
    status, out, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    assert "0 events applied, 16 already known" in out
    assert counts(db_url) == before
    # Same content written differently (key order, spacing) is the same event.
    rewritten = [json.dumps(dict(reversed(list(e.items()))), indent=None,
                            separators=(" , ", " : ")) for e in FULL_DAY]
    status, out, err = ingest(capsys, db_url, tmp_path, list(rewritten), name="again.jsonl")
    assert status == 0, err
    assert "16 already known" in out
    assert counts(db_url) == before
    assert stats(capsys, db_url) == figures


def test_repeated_line_in_one_batch_is_applied_once(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch: list[dict[str, Any] | str] = [*FULL_DAY[:3], FULL_DAY[2], *FULL_DAY[3:]]
    status, out, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 0, err
    assert "16 events applied, 1 already known" in out
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_same_id_with_different_content_in_a_later_batch(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY))
    assert status == 0, err
    before = counts(db_url)
    changed = ev("e03", "09:00:00", "ticket_issued", ticket="A001", service="RS")
    fresh = issued("f1", "11:00:00", "A900")
    status, _, err = ingest(capsys, db_url, tmp_path, [fresh, changed], name="b2.jsonl")
    assert_rejected(status, err, before, db_url, 2, "different", event_id="e03")


def test_same_id_with_different_content_in_one_batch(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = [issued("s1", "09:00:00"), issued("s1", "09:00:00", "A002")]
    status, _, err = ingest(capsys, db_url, tmp_path, list(batch))
    assert_rejected(status, err, before, db_url, 2, "different", event_id="s1")


# -- bad input: all or nothing, or --skip-bad ----------------------------------------
def test_one_bad_line_rejects_the_whole_batch(db_url: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch = with_change(6, rating=9)
    status, out, err = ingest(capsys, db_url, tmp_path, batch)
    assert_rejected(status, err, before, db_url, 7, "rating", event_id="e07")
    assert set(bad_lines(err)) == {7}
    assert out == ""
    assert stats(capsys, db_url)["hall"]["tickets_issued"] == 0


def test_report_names_every_bad_line(db_url: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    batch: list[dict[str, Any] | str] = list(FULL_DAY)
    batch[1] = "not json at all"
    batch[4] = {**FULL_DAY[4], "window": "W02"}   # W02 is not open, A001 called to W01
    batch[9] = {**FULL_DAY[9], "ts": "2026-11-25T10:00:00"}
    status, _, err = ingest(capsys, db_url, tmp_path, batch)
    assert status == 2
    assert counts(db_url) == before
    lines = bad_lines(err)
    assert {2, 5, 10} <= set(lines)
    assert "e05" in lines[5]
    assert "e10" in lines[10]
    assert "4 bad lines" in err or "bad lines" in err


BAD_FOR_SKIP = [
    "this is not JSON",
    '  {"id": "k2", "ts": "2026-11-25T09:02:00+08:00", "type": "ticket_called", '
    '"ticket": "Z999", "window": "W01"}\t',
    '{"id":"k3","ts":"2026-11-25T09:03:00","type":"ticket_issued","ticket":"Q1",'
    '"service":"GS"}',
    '{"id": "k4", "ts": "2026-11-25T09:04:00+08:00", "type": "evaluation", '
    '"window": "W01", "rating": 0, "comment": "差评"}',
]


def _with_bad_lines() -> list[dict[str, Any] | str]:
    batch: list[dict[str, Any] | str] = list(FULL_DAY)
    for i, bad in enumerate(BAD_FOR_SKIP):
        batch.insert(3 * i + 1, bad)
    return batch


def test_skip_bad_applies_good_lines_and_keeps_bad_ones(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = _with_bad_lines()
    status, out, err = ingest(capsys, db_url, tmp_path, batch, "--skip-bad",
                              name="day.jsonl")
    assert status == 0, err
    assert "16 events applied" in out
    assert "4 rejected" in out
    rejects = [p for p in tmp_path.iterdir() if p.name.endswith(".rejects.jsonl")]
    assert len(rejects) == 1
    assert rejects[0].name == "day.jsonl.rejects.jsonl"  # FILE.rejects.jsonl
    assert str(rejects[0]) in err
    assert rejects[0].read_text(encoding="utf-8").splitlines() == BAD_FOR_SKIP
    assert set(bad_lines(err)) == {i + 1 for i, e in enumerate(batch) if isinstance(e, str)}
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_skip_bad_applies_nothing_when_the_rejects_cannot_be_written(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))

    monkeypatch.setattr("app.events.ingest._write_new", full_disk)
    before = counts(db_url)
    status, _, err = ingest(capsys, db_url, tmp_path, _with_bad_lines(), "--skip-bad",
                            name="day.jsonl")
    assert status == 2
    assert "rejects" in err
    assert counts(db_url) == before


def test_skip_bad_without_bad_lines_writes_no_rejects_file(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = ingest(capsys, db_url, tmp_path, list(FULL_DAY), "--skip-bad")
    assert status == 0, err
    assert not list(tmp_path.glob("*.rejects.jsonl"))
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_skip_bad_from_standard_input_writes_rejects_in_the_current_folder(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    data = "".join(dumps(e) + "\n" for e in _with_bad_lines()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, _out, err = cli(capsys, "--db", db_url, "ingest", "-", "--skip-bad")
    assert status == 0, err
    rejects = list(work.glob("*.rejects.jsonl"))
    assert len(rejects) == 1
    assert rejects[0].name in err
    assert rejects[0].read_text(encoding="utf-8").splitlines() == BAD_FOR_SKIP
    assert stats(capsys, db_url)["hall"] == FULL_DAY_HALL


def test_rejected_batch_from_standard_input(db_url: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = counts(db_url)
    data = "".join(dumps(e) + "\n" for e in _with_bad_lines()).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    status, _, err = cli(capsys, "--db", db_url, "ingest", "-")
    assert_rejected(status, err, before, db_url, 2, "JSON")
    assert not list(tmp_path.glob("*.rejects.jsonl"))

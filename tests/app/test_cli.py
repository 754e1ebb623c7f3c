"""The command line of docs/spec/cli.md: ``stats --json`` and user errors (exit 2, one
sentence, no traceback, nothing changed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.cli_helpers import cli, counts, one_sentence
from tests.conftest import SMALL_HALL

HALLDESK = Path(sys.executable).parent / "halldesk"


def _empty_window() -> dict[str, Any]:
    return {"served": 0, "avg_service_s": None, "open_s": 0.0, "paused_s": 0.0,
            "busy_s": 0.0, "occupancy": None, "evaluator_off_s": 0.0, "red_cards": 0,
            "score": 100.0}


EMPTY_HALL = {"tickets_issued": 0, "served": 0, "abandoned": 0, "avg_wait_s": None,
              "max_wait_s": None, "avg_service_s": None,
              "evaluations": {"1": 0, "2": 0, "3": 0, "4": 0, "5": 0},
              "satisfaction_rate": None, "evaluation_rate": None,
              "cases_accepted": 0, "cases_completed": 0,
              "completion_rate": None, "on_time_rate": None, "red_cards": 0}


# -- stats --json --------------------------------------------------------------------
def test_stats_json_shape_on_an_empty_period(db_url: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "--db", db_url, "stats", "--from", "2026-07-01",
                           "--to", "2026-10-01", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert data == {"from": "2026-07-01", "to": "2026-10-01", "hall": EMPTY_HALL,
                    "windows": {code: _empty_window() for code in ("W01", "W02", "W03")}}
    assert list(data) == ["from", "to", "hall", "windows"]
    for w in data["windows"].values():
        for key in ("open_s", "paused_s", "busy_s", "evaluator_off_s", "score"):
            assert isinstance(w[key], float), key
        for key in ("served", "red_cards"):
            assert isinstance(w[key], int), key
    for key in ("tickets_issued", "served", "abandoned", "cases_accepted",
                "cases_completed", "red_cards"):
        assert isinstance(data["hall"][key], int), key


def test_stats_json_with_figures(db_url: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    def ev(eid: str, hms: str, etype: str, **fields: Any) -> str:
        return json.dumps({"id": eid, "ts": f"2026-07-06T{hms}+08:00", "type": etype,
                           **fields})

    batch = tmp_path / "day.jsonl"
    batch.write_text("\n".join([
        ev("1", "09:00:00", "window_opened", window="W02", staff="S002"),
        ev("2", "09:10:00", "ticket_issued", ticket="A1", service="GS"),
        ev("3", "09:20:00", "ticket_called", ticket="A1", window="W02"),
        ev("4", "09:30:00", "service_started", ticket="A1", window="W02"),
        ev("5", "09:45:00", "service_finished", ticket="A1", window="W02"),
        ev("6", "09:46:00", "evaluation", window="W02", rating=2),
        ev("7", "10:00:00", "window_closed", window="W02"),
    ]) + "\n", encoding="utf-8")
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(batch))
    assert status == 0, err
    status, out, err = cli(capsys, "--db", db_url, "stats", "--from", "2026-07-01",
                           "--to", "2026-10-01", "--window", "W02", "--json")
    assert status == 0, err
    data = json.loads(out)
    assert set(data["windows"]) == {"W02"}
    w = data["windows"]["W02"]
    assert (w["served"], w["avg_service_s"], w["open_s"], w["busy_s"]) == (1, 900.0, 3600.0,
                                                                          900.0)
    assert w["occupancy"] == pytest.approx(0.25)
    assert w["evaluator_off_s"] == 3600.0
    hall = data["hall"]
    assert (hall["tickets_issued"], hall["served"], hall["avg_wait_s"]) == (1, 1, 1200.0)
    assert hall["evaluations"]["2"] == 1
    assert hall["satisfaction_rate"] == 0.0
    assert hall["evaluation_rate"] == 1.0
    # outside the period: nothing
    status, out, _ = cli(capsys, "--db", db_url, "stats", "--from", "2026-07-07",
                         "--to", "2026-07-08", "--json")
    assert json.loads(out)["hall"] == EMPTY_HALL


# -- user errors ---------------------------------------------------------------------
@pytest.mark.parametrize(("argv", "words"), [
    (["--from", "2026-13-01", "--to", "2027-01-01"], ("--from", "2026-13-01")),
    (["--from", "2026-07-01", "--to", "2026-02-30"], ("--to", "2026-02-30")),
    (["--from", "yesterday", "--to", "2026-07-01"], ("--from", "yesterday")),
    (["--from", "2026/07/01", "--to", "2026-08-01"], ("--from", "2026/07/01")),
    (["--from", "", "--to", "2026-08-01"], ("--from",)),
    (["--from", "2026-10-01", "--to", "2026-07-01"], ("2026-07-01", "2026-10-01")),
    (["--from", "2026-07-01", "--to", "2026-08-01", "--window", "W99"], ("W99",)),
    (["--from", "2026-07-01", "--to", "2026-08-01", "--window", "w01"], ("w01",)),
    (["--from", "2026-07-01"], ("--to",)),
])
def test_stats_bad_input(argv: list[str], words: tuple[str, ...], db_url: str,
                         capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    status, out, err = cli(capsys, "--db", db_url, "stats", *argv, "--json")
    assert status == 2
    assert out == ""
    sentence = one_sentence(err)
    for word in words:
        assert word in sentence
    assert counts(db_url) == before


@pytest.mark.parametrize("argv", [
    ["stats", "--from", "2026-07-01", "--to", "2026-08-01", "--json"],
    ["ingest", "-"],
    ["audit", "verify"],
    ["user", "add", "li", "--role", "office", "--password-stdin"],
])
def test_database_without_schema(argv: list[str], empty_url: str,
                                 capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", open(os.devnull, encoding="utf-8"))  # noqa: SIM115
    try:
        status, _out, err = cli(capsys, "--db", empty_url, *argv)
    finally:
        sys.stdin.close()
    assert status == 2
    assert "init" in one_sentence(err)
    assert counts(empty_url) == {}


def test_unreachable_database(capsys: pytest.CaptureFixture[str]) -> None:
    url = "postgresql+psycopg://nobody@127.0.0.1:1/halldesk?connect_timeout=2"
    status, _, err = cli(capsys, "--db", url, "audit", "verify")
    assert status == 2
    one_sentence(err)


def test_bad_database_url(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "--db", "no such thing", "audit", "verify")
    assert status == 2
    assert "no such thing" in one_sentence(err)


def _unreadable(tmp_path: Path, kind: str) -> Path:
    if kind == "missing":
        return tmp_path / "no" / "such.jsonl"
    if kind == "folder":
        path = tmp_path / "folder.jsonl"
        path.mkdir()
        return path
    if kind == "not utf-8":
        path = tmp_path / "gbk.jsonl"
        path.write_bytes('{"id": "1", "comment": "很好"}\n'.encode("gbk"))
        return path
    path = tmp_path / "secret.jsonl"
    path.write_text("{}\n", encoding="utf-8")
    path.chmod(0)
    return path


@pytest.mark.parametrize("kind", ["missing", "folder", "not utf-8", "no permission"])
def test_unreadable_event_file(kind: str, db_url: str, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    if kind == "no permission" and os.geteuid() == 0:
        pytest.skip("root reads any file")
    path = _unreadable(tmp_path, kind)
    before = counts(db_url)
    for extra in ([], ["--skip-bad"]):
        status, _out, err = cli(capsys, "--db", db_url, "ingest", str(path), *extra)
        assert status == 2
        assert str(path) in one_sentence(err)
    assert counts(db_url) == before
    assert not list(tmp_path.rglob("*.rejects.jsonl"))


def test_missing_hall_file(db_url: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    missing = tmp_path / "halls" / "hall.toml"
    status, _, err = cli(capsys, "--db", db_url, "init", "--hall", str(missing))
    assert status == 2
    assert str(missing) in one_sentence(err)
    assert counts(db_url) == before


@pytest.mark.parametrize("argv", [
    ["frobnicate"],
    ["ingest"],
    ["audit"],
    ["audit", "erase"],
    ["user", "add", "li"],
    ["stats", "--from", "2026-07-01", "--to", "2026-08-01", "--colour"],
    [],
])
def test_usage_errors(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = cli(capsys, *argv)
    assert status == 2
    one_sentence(err)


def test_console_script_exit_status(db_url: str, tmp_path: Path) -> None:
    """The installed ``halldesk`` exits 2 on a bad batch, with a report and no traceback."""
    good = {"id": "g1", "ts": "2026-07-06T09:00:00+08:00", "type": "ticket_issued",
            "ticket": "A1", "service": "GS"}
    bad = {**good, "id": "g2", "ts": "2026-07-06T09:05:00", "ticket": "A2"}
    batch = tmp_path / "day.jsonl"
    batch.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    before = counts(db_url)
    env = {k: v for k, v in os.environ.items() if k != "HALLDESK_DB"}
    done = subprocess.run([str(HALLDESK), "--db", db_url, "ingest", str(batch)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    assert "line 2 (id g2)" in done.stderr
    assert counts(db_url) == before
    done = subprocess.run([str(HALLDESK), "--db", db_url, "init", "--hall", SMALL_HALL],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr

"""Outputs and commands that must not be fooled (issue 14, items 11, 13, 14, 15, 17):
device nodes and kernel folders as targets, names over the limit, a mistyped --db,
the demo hall over a real one, masked comparisons on import, and the inputs that
used to end in a traceback."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Database
from app.errors import UserError
from app.files import writable_target, write_atomic
from app.io.complaint_rows import HEADERS
from models import AuditEntry, Hall
from tests.app.test_complaint_sheet import GOOD, do_import
from tests.app.test_complaint_sheet import write as write_ledger
from tests.cli_helpers import cli, counts, one_sentence
from tests.conftest import SMALL_HALL

LONG = "页" * 100 + ".pdf"          # 300 bytes of UTF-8: over ext4's 255


# -- 13: one check of every output target -------------------------------------------
@pytest.mark.parametrize("target", ["/dev/null", "/dev/zero", "/proc/x", "/proc/self/status",
                                    "/sys/kernel/x", "/dev/shm/../null"])
def test_devices_and_kernel_folders_are_refused(target: str) -> None:
    # the check only: nothing is written, whatever the code does
    with pytest.raises(UserError) as refused:
        writable_target(target)
    assert "\n" not in str(refused.value)


def test_a_fifo_and_a_symlink_to_a_device_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    link = tmp_path / "link.pdf"
    link.symlink_to("/dev/null")
    for target in (fifo, link):
        with pytest.raises(UserError, match="not a regular file"):
            writable_target(target)


def test_a_name_over_the_limit_is_refused_and_one_just_under_it_written(tmp_path: Path
                                                                        ) -> None:
    with pytest.raises(UserError, match="more than the 255"):
        writable_target(tmp_path / LONG)
    near = tmp_path / ("页" * 84 + ".pdf")      # 256 bytes? no: 84 * 3 + 4 = 256
    with pytest.raises(UserError, match="more than the 255"):
        writable_target(near)
    fits = tmp_path / ("页" * 83 + ".pdf")      # 253 bytes, longer than a temp name
    write_atomic(writable_target(fits), b"x")
    assert fits.read_bytes() == b"x"


def _device(folder: Path, name: str) -> Path:
    """A device node of the test's own (a copy of /dev/null; a FIFO where the tests may
    not make devices): a command that wrongly replaces it only loses this copy, never
    the machine's /dev/null (the code before this fix did replace it)."""
    path = folder / name
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        os.mkfifo(path)
    return path


@pytest.mark.parametrize("argv", [
    ["briefing", "--quarter", "2026Q3", "--out", "{dev}"],
    ["briefing", "--quarter", "2026Q3", "--out", "/proc/x"],
    ["publish", "--date", "2026-07-06", "--out", "{dev}"],
    ["backup", "{dev}"],
    ["complaints", "export", "{dev}.xlsx"],
    ["risks", "export", "{dev}.xlsx"],
    ["audit", "export", "{dev}.xlsx"],
    ["risks", "export", "/proc/x.xlsx"],
    ["audit", "export", "/proc/x.xlsx"],
    ["briefing", "--quarter", "2026Q3", "--out", f"/tmp/{LONG}"],
    ["backup", f"/tmp/{LONG}"],
    ["complaints", "export", "/tmp/" + "页" * 90 + ".xlsx"],
])
def test_no_command_replaces_a_device_or_writes_into_proc(
        argv: list[str], db_url: str, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    device = _device(tmp_path, "null")
    for suffix in (".xlsx",):
        _device(tmp_path, "null" + suffix)
    before = counts(db_url)
    status, out, err = cli(capsys, "--db", db_url,
                           *(a.replace("{dev}", str(device)) for a in argv))
    assert status == 2 and out == "", err
    one_sentence(err)
    for path in (device, tmp_path / "null.xlsx"):
        assert not stat.S_ISREG(path.stat().st_mode)
    after = counts(db_url)
    assert {**after, "audit_log": 0} == {**before, "audit_log": 0}


# -- 17: backups 0600, the briefing under the umask ------------------------------------
def test_a_backup_is_0600_and_a_briefing_follows_the_umask(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = os.umask(0o022)
    try:
        status, _, err = cli(capsys, "--db", db_url, "backup", str(tmp_path / "b.hdbak"))
        assert status == 0, err
        assert stat.S_IMODE((tmp_path / "b.hdbak").stat().st_mode) == 0o600
        status, _, err = cli(capsys, "--db", db_url, "briefing", "--quarter", "2026Q3",
                             "--out", str(tmp_path / "q.pdf"))
        assert status == 0, err
        assert stat.S_IMODE((tmp_path / "q.pdf").stat().st_mode) == 0o644
        os.umask(0o077)
        status, _, err = cli(capsys, "--db", db_url, "briefing", "--quarter", "2026Q3",
                             "--out", str(tmp_path / "private.pdf"))
        assert status == 0, err
        assert stat.S_IMODE((tmp_path / "private.pdf").stat().st_mode) == 0o600
    finally:
        os.umask(old)


# -- 17: a mistyped --db ---------------------------------------------------------------
def test_a_mistyped_db_folder_is_not_created(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'typo' / 'deeper' / 'hall.db'}"
    for argv in (["init", "--hall", SMALL_HALL], ["stats", "--from", "2026-01-01", "--to",
                                                  "2026-02-01"]):
        status, _, err = cli(capsys, "--db", url, *argv)
        assert status == 2 and "does not exist" in one_sentence(err)
    assert not (tmp_path / "typo").exists()
    status, _, err = cli(capsys, "--db", url, "restore", str(tmp_path / "x.hdbak"))
    assert status == 2
    assert not (tmp_path / "typo").exists()


def test_the_default_data_folder_is_still_made(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("HALLDESK_DB", raising=False)
    status, _, err = cli(capsys, "init", "--hall", SMALL_HALL)
    assert status == 0, err
    assert (tmp_path / "data" / "HallDesk" / "halldesk.db").is_file()


def test_audit_export_from_after_to_is_refused(db_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    for start, end in (("2026-07-02", "2026-07-01"), ("2026-07-01", "2026-07-01")):
        status, out, err = cli(capsys, "--db", db_url, "audit", "export",
                               str(tmp_path / "a.xlsx"), "--from", start, "--to", end)
        assert status == 2 and out == ""
        assert f"--from {start} must come before --to {end}" in one_sentence(err)
    assert not (tmp_path / "a.xlsx").exists()


# -- 15: the demo hall never over a real one -----------------------------------------
def _hall_name(url: str) -> str | None:
    db = Database(url)
    try:
        with db.read() as session:
            return session.scalar(select(Hall.name))
    finally:
        db.dispose()


@pytest.mark.parametrize("argv", [["init"], ["demo", "--days", "1"]])
def test_the_demo_hall_is_refused_over_a_real_hall(argv: list[str], db_url: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    before = counts(db_url)
    name = _hall_name(db_url)
    status, out, err = cli(capsys, "--db", db_url, *argv)
    assert status == 2 and out == ""
    assert f"holds the hall {name!r}" in one_sentence(err)
    assert counts(db_url) == before and _hall_name(db_url) == name


def test_the_demo_hall_goes_into_an_empty_or_demo_database(
        empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "--db", empty_url, "init")
    assert status == 0, err
    status, _, err = cli(capsys, "--db", empty_url, "demo", "--days", "0")
    assert status == 0, err
    status, _, err = cli(capsys, "--db", empty_url, "init")
    assert status == 0, err


# -- 11: masked comparisons reveal nothing ---------------------------------------------
def _rows_with(name: str | None, phone: str | None) -> list[list[Any]]:
    row = list(GOOD[0])
    row[4], row[5] = name, phone
    return [row]


def test_a_guessed_name_or_phone_is_never_confirmed(db: Database, tmp_path: Path) -> None:
    """The ledger holds 王小明 / 13900001111 for P-001; an office account guessing the
    hidden part of the name or the phone (what the masked ledger shows, 王*明 and
    139****1111, it knows) gets the same answer for a right and a wrong guess."""
    do_import(db, write_ledger(tmp_path / "ledger.xlsx", GOOD))
    answers = []
    for i, (name, phone) in enumerate([("王小明", "13900001111"), ("王大明", "13900001111"),
                                       ("王小明", "13955551111"), ("王*明", "139****1111"),
                                       ("王某明", "13912341111")]):
        result = do_import(db, write_ledger(tmp_path / f"guess{i}.xlsx",
                                            _rows_with(name, phone)))
        answers.append((result.added, result.skipped))
    assert set(answers) == {(0, 1)}
    with db.read() as session:
        entries = [json.loads(e.detail) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.action == "complaint.import")
            .order_by(AuditEntry.seq))][1:]
    assert [(e["personal_compared"], e["codes"]) for e in entries] == [(1, ["P-001"])] * 5


def test_a_refused_import_still_audits_its_comparisons(db: Database, tmp_path: Path) -> None:
    do_import(db, write_ledger(tmp_path / "ledger.xlsx", GOOD))
    rows = [*_rows_with("王大明", "13900001111"),
            ["P-NEW", "2026-07-02", "电话", None, None, None, "", "已登记", None, None, None]]
    with pytest.raises(UserError):
        do_import(db, write_ledger(tmp_path / "bad.xlsx", rows))
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert last is not None and last.action == "complaint.compare_personal"
    assert json.loads(last.detail) == {"refused": True, "personal_compared": 1,
                                       "codes": ["P-001"]}


# -- 14: what used to end in a traceback ------------------------------------------------
@pytest.mark.parametrize("argv", [
    ["--db", "nonsense://x", "stats", "--from", "2026-01-01", "--to", "2026-02-01"],
    ["--db", "nonsense://x", "init"],
    ["--db", "mysql+nosuchdriver://u@h/db", "audit", "verify"],
])
def test_an_unknown_database_url_is_one_sentence(argv: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, *argv)
    assert status == 2 and out == ""
    assert "names no database HallDesk can use" in one_sentence(err)


@pytest.mark.parametrize("quarter", ["9999Q4", "10000Q1", "0001Q1", "1999Q4"])
def test_a_quarter_out_of_range_is_one_sentence(quarter: str, db_url: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = cli(capsys, "--db", db_url, "briefing", "--quarter", quarter, "--out",
                         str(tmp_path / "q.pdf"))
    assert status == 2
    assert "is out of range" in one_sentence(err) or "is not like" in one_sentence(err)


def test_ingest_of_dev_zero_and_of_a_runaway_line_is_capped(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = counts(db_url)
    monkeypatch.setenv("HALLDESK_MAX_BATCH_MB", "2")
    status, _, err = cli(capsys, "--db", db_url, "ingest", "/dev/zero")
    assert status == 2 and "holds more than 2 MB" in one_sentence(err)
    monkeypatch.delenv("HALLDESK_MAX_BATCH_MB")
    long_line = tmp_path / "long.jsonl"
    long_line.write_text('{"id": "a", "x": "' + "x" * 70_000 + '"}\n', encoding="utf-8")
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(long_line))
    assert status == 2 and "Line 1 of the event file" in one_sentence(err)
    monkeypatch.setenv("HALLDESK_MAX_LINE_KB", "128")
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(long_line))
    assert "Line 1" not in err     # now the line is read (and refused as an event)
    monkeypatch.setenv("HALLDESK_MAX_LINE_KB", "lots")
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(long_line))
    assert status == 2 and "HALLDESK_MAX_LINE_KB must be a whole number" in one_sentence(err)
    assert counts(db_url) == before


@pytest.mark.parametrize("value", [dt.datetime(1, 1, 1), "0001-01-01",
                                   dt.datetime(9999, 12, 31, 23, 59, 59, 800_000),
                                   "9999-12-31 23:59:59.8", "1999-12-31"])
def test_a_registration_time_out_of_range_is_a_bad_cell(value: Any, db: Database,
                                                         tmp_path: Path) -> None:
    row = list(GOOD[0])
    row[1] = value
    from app.io.xlsx import SheetRejected

    with pytest.raises(SheetRejected) as rejected:
        do_import(db, write_ledger(tmp_path / "t.xlsx", [row], HEADERS))
    (problem,) = rejected.value.problems
    assert problem.column == "登记时间"

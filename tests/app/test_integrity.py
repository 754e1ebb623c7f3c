"""A damaged SQLite file: every command but ingest reads every page first
(``PRAGMA quick_check``) and refuses with one sentence that points at the backups;
ingest refuses a file that is not a database at all."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli_helpers import cli, one_sentence

SQLITE = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


def _damage(path: Path) -> None:
    """Scribble over a page in use (the hall table's), as a failing disk would."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'service_window'"
                        ).fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with path.open("r+b") as f:
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff" * 200)


@SQLITE
def test_a_damaged_page_is_found_before_any_command(
        db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HALLDESK_BACKUP_DIR", str(tmp_path / "daily"))
    path = Path(make_url(db_url).database or "")
    status, _, err = cli(capsys, "--db", db_url, "audit", "verify")
    assert status == 0, err
    _damage(path)
    for argv in (("audit", "verify"), ("stats", "--from", "2026-07-01", "--to",
                                       "2026-08-01", "--json"),
                 ("backup", str(tmp_path / "x.hdbak"))):
        status, out, err = cli(capsys, "--db", db_url, *argv)
        assert status == 2 and out == ""
        sentence = one_sentence(err)
        assert sentence.startswith(f"The database file {path} is damaged (")
        assert str(tmp_path / "daily") in sentence and "halldesk --db NEW restore" in sentence
    assert not (tmp_path / "x.hdbak").exists()


def test_a_file_that_is_not_a_database_is_refused_by_every_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "hall.db"
    junk.write_bytes(b"SQLite format 2\x00" + b"\x13" * 8000)
    events = tmp_path / "e.jsonl"
    events.write_text("")
    for argv in (("ingest", str(events)), ("init",), ("audit", "verify")):
        status, _, err = cli(capsys, "--db", f"sqlite:///{junk}", *argv)
        assert status == 2
        assert "is damaged (file is not a database)" in one_sentence(err)

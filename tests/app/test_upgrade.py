"""A new version's first start: an older schema is backed up, then migrated; the
backup holds the database as it was; no backup, no migration."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from app.db import Database, alembic_config, is_current
from app.errors import UserError
from app.io import backup
from app.io.upgrade import PREFIX, migrate_with_backup, open_for_start, schema_revisions
from models import AuditEntry
from tests.cli_helpers import cli

OLD = "0008_accounts"


def _old_database(url: str) -> Database:
    """A database at an earlier revision holding one setting."""
    db = Database(url)
    command.upgrade(alembic_config(db.engine), OLD)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('kept', '\"\u2028\"')"))
    return db


def test_old_schema_is_backed_up_then_migrated(empty_url: str, tmp_path: Path) -> None:
    db = _old_database(empty_url)
    try:
        info = migrate_with_backup(db, tmp_path / "backups")
        assert info is not None
        assert info.path.parent == backup.folder_for(db, tmp_path / "backups")
        assert info.path.name.startswith(PREFIX) and f"-from-{OLD}." in info.path.name
        assert is_current(db)
        with db.read() as session:
            entry = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "database.backup")).one()
        assert entry.actor.startswith("upgrade:")
        assert str(info.path) in entry.detail and "upgrade" in entry.detail
        payload = io.BytesIO()
        assert backup.read_backup(info.path, into=payload).dialect == db.dialect
        if db.dialect == "sqlite":                 # the copy is the database as it was
            copy = tmp_path / "copy.db"
            copy.write_bytes(payload.getvalue())
            with sqlite3.connect(copy) as conn:
                assert conn.execute("SELECT version_num FROM alembic_version"
                                    ).fetchall() == [(OLD,)]
                assert conn.execute("SELECT value FROM setting WHERE key = 'kept'"
                                    ).fetchone() == ('"\u2028"',)
        # the daily backup's rotation does not count (or delete) it
        assert info.path not in backup.backups_in(info.path.parent)
    finally:
        db.dispose()


def test_current_or_new_database_gets_no_backup(empty_url: str, tmp_path: Path) -> None:
    db = Database(empty_url)
    try:
        assert migrate_with_backup(db, tmp_path / "b") is None   # new: migrated only
        assert is_current(db)
        assert migrate_with_backup(db, tmp_path / "b") is None   # current: untouched
        assert not (tmp_path / "b").exists()
    finally:
        db.dispose()


def test_no_backup_no_migration(empty_url: str, tmp_path: Path) -> None:
    db = _old_database(empty_url)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be", encoding="utf-8")
    try:
        with pytest.raises(UserError, match="database was not changed"):
            migrate_with_backup(db, blocker)
        assert schema_revisions(db) == [OLD]
    finally:
        db.dispose()


def test_init_backs_up_an_older_schema(empty_url: str, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    _old_database(empty_url).dispose()
    monkeypatch.setenv("HALLDESK_BACKUP_DIR", str(tmp_path / "auto"))
    status, _out, err = cli(capsys, "--db", empty_url, "init")
    assert status == 0, err
    made = list((tmp_path / "auto").rglob(f"{PREFIX}*"))
    assert len(made) == 1 and f"-from-{OLD}." in made[0].name


def test_first_start_creates_the_default_file_only(tmp_path: Path) -> None:
    (tmp_path / "data" / "HallDesk").mkdir(parents=True)   # app.db makes the real one
    url = f"sqlite:///{tmp_path / 'data' / 'HallDesk' / 'halldesk.db'}"
    with pytest.raises(UserError, match="no HallDesk schema yet"):
        open_for_start(url, create=False)            # --db: set up with init first
    db = open_for_start(url, create=True)            # the workstation's own file
    try:
        assert (tmp_path / "data" / "HallDesk" / "halldesk.db").is_file()
        assert is_current(db)
    finally:
        db.dispose()


def test_refused_migration_is_one_sentence_naming_the_copy(
        empty_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = _old_database(empty_url)

    def refused(_db: Database) -> None:   # as PostgreSQL answers a role without DDL rights
        raise ProgrammingError("ALTER TABLE", {}, Exception("permission denied for table "
                                                             "account"))

    monkeypatch.setattr("app.db.migrate", refused)
    try:
        with pytest.raises(UserError, match=r"could not be upgraded.*permission denied.*"
                                            r"the copy from before is .*upgrade-"):
            migrate_with_backup(db, tmp_path / "b")
        assert schema_revisions(db) == [OLD]
    finally:
        db.dispose()


def test_a_newer_versions_database_is_refused_unchanged(empty_url: str,
                                                        tmp_path: Path) -> None:
    db = Database(empty_url)
    try:
        migrate_with_backup(db)
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        with pytest.raises(UserError, match=r"upgraded by a newer version of HallDesk "
                                            r"\(schema 0099_future\)"):
            migrate_with_backup(db, tmp_path / "b")
        assert schema_revisions(db) == ["0099_future"]
        assert not (tmp_path / "b").exists()
    finally:
        db.dispose()

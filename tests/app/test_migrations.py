"""The start-up's cheap schema check agrees with Alembic."""

from __future__ import annotations

import pytest
from alembic.script import ScriptDirectory

from app.db import Database, alembic_config, is_current, migrate, script_heads
from tests.cli_helpers import cli, one_sentence


def test_script_heads_are_alembics(db: Database) -> None:
    script = ScriptDirectory.from_config(alembic_config(db.engine))
    assert script_heads() == frozenset(script.get_heads())


def test_is_current_before_and_after_migrate(empty_url: str) -> None:
    db = Database(empty_url)
    try:
        assert not is_current(db)            # no schema at all
        migrate(db)
        assert is_current(db)
        with db.engine.begin() as conn:      # one head behind
            head = sorted(script_heads())[-1]
            conn.exec_driver_sql(f"DELETE FROM alembic_version WHERE version_num = '{head}'")
        assert not is_current(db)
    finally:
        db.dispose()


def test_one_head() -> None:
    """The migrations form one chain: a new revision follows the newest, never 0001 or
    another branch (``alembic heads`` shows one line)."""
    assert len(script_heads()) == 1, sorted(script_heads())


def test_a_command_on_an_older_schema_says_to_run_init(
        empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Not "no such column": one sentence naming the command that upgrades it."""
    db = Database(empty_url)
    try:
        migrate(db)
        with db.engine.begin() as conn:      # as a database of the version before
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0009_one_chain'")
    finally:
        db.dispose()
    status, _out, err = cli(capsys, "--db", empty_url, "stats", "--from", "2026-01-01",
                            "--to", "2026-02-01")
    assert status == 2
    assert "halldesk init" in one_sentence(err)


def test_an_older_database_holding_rows_upgrades(empty_url: str) -> None:
    """A batch migration copies a table and drops the old one: with rows pointing at it
    (a window session's pauses) that needs the foreign keys off while it runs."""
    from alembic import command

    if not empty_url.startswith("sqlite"):
        return
    db = Database(empty_url)
    try:
        command.upgrade(alembic_config(db.engine), "0009_one_chain")
        with db.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO hall (id, name, timezone) VALUES (1, 'h', "
                                 "'Asia/Shanghai')")
            conn.exec_driver_sql("INSERT INTO department (id, code, name, retired) "
                                 "VALUES (1, 'GS', 'g', 0)")
            conn.exec_driver_sql("INSERT INTO service_window (id, code, department_id, "
                                 "floor, label, retired) VALUES (1, 'W01', 1, 1, '', 0)")
            conn.exec_driver_sql("INSERT INTO staff (id, code, name, department_id, retired) "
                                 "VALUES (1, 'S1', 's', 1, 0)")
            conn.exec_driver_sql("INSERT INTO window_session (id, window_id, staff_id, "
                                 "opened_at) VALUES (1, 1, 1, 0)")
            conn.exec_driver_sql("INSERT INTO window_pause (id, window_id, session_id, "
                                 "started_at) VALUES (1, 1, 1, 10)")
        migrate(db)
        assert is_current(db)
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM window_pause").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        db.dispose()

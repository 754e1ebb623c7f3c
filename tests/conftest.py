"""Shared fixtures: a real SQLite file per test, and a real PostgreSQL database per
test when ``HALLDESK_TEST_PG_URL`` names a server (``.ci/run`` starts one)."""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.db import Database, migrate
from app.hall import load_hall, read_hall_file

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The workstation's configuration (the audit key, the checkpoints: app/security/anchor)
# of a test run is its own, never the developer's; child processes inherit it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="halldesk-test-config-")
os.environ["HALLDESK_CONFIG_DIR"] = tempfile.mkdtemp(prefix="halldesk-test-anchor-")
# The command line speaks Chinese by default; the tests read its English (each sentence
# is checked to have its Chinese by tests/cli_helpers.py, and tests/app/test_i18n.py
# runs it in Chinese).
os.environ.setdefault("HALLDESK_LANG", "en")

DATA = Path(__file__).parent / "data"
SMALL_HALL = str(DATA / "small_hall.toml")
PG_ENV = "HALLDESK_TEST_PG_URL"
ACTOR = "test:pytest"


def pg_admin_url() -> str | None:
    return os.environ.get(PG_ENV) or None


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file with the small hall; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = Database(f"sqlite:///{path}")
    migrate(db)
    spec, digest = read_hall_file(SMALL_HALL)
    with db.write() as session:
        load_hall(session, spec, digest, ACTOR, role="director")
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _new_pg_database() -> tuple[str, str]:
    admin = pg_admin_url()
    assert admin is not None
    name = f"hd_test_{uuid.uuid4().hex[:12]}"
    engine = create_engine(make_url(admin).set(drivername="postgresql+psycopg"),
                           isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False), name


def _drop_pg_database(name: str) -> None:
    admin = pg_admin_url()
    assert admin is not None
    engine = create_engine(make_url(admin).set(drivername="postgresql+psycopg"),
                           isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not pg_admin_url():
        pytest.skip(f"no PostgreSQL server: install PostgreSQL (make test then starts one) "
                    f"or set {PG_ENV}")
    return str(request.param)


@pytest.fixture
def empty_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database (no schema) on the chosen backend."""
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'hall.db'}"
        return
    url, name = _new_pg_database()
    try:
        yield url
    finally:
        _drop_pg_database(name)


@pytest.fixture
def db_url(backend: str, empty_url: str, sqlite_template: Path, tmp_path: Path) -> str:
    """A URL of a migrated database holding the small test hall."""
    if backend == "sqlite":
        target = Path(make_url(empty_url).database or "")
        shutil.copy(sqlite_template, target)
        return empty_url
    db = Database(empty_url)
    migrate(db)
    spec, digest = read_hall_file(SMALL_HALL)
    with db.write() as session:
        load_hall(session, spec, digest, ACTOR, role="director")
    db.dispose()
    return empty_url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()

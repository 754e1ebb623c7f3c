"""Fixtures of the app tests: more empty databases on the test's backend, and a factory
of fresh small-hall databases for property tests (one per hypothesis example)."""

from __future__ import annotations

import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from app.db import Database, migrate
from app.hall import load_hall, read_hall_file
from tests.app.briefing_helpers import demo, demo_file  # noqa: F401  (the briefing tests')
from tests.conftest import ACTOR, SMALL_HALL, _drop_pg_database, _new_pg_database, pg_admin_url

MakeDb = Callable[[], AbstractContextManager[Database]]


@pytest.fixture
def new_url(backend: str, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """Make another empty database on the test's backend."""
    made: list[str] = []

    def make(name: str) -> str:
        if backend == "sqlite":
            return f"sqlite:///{tmp_path / (name + '.db')}"
        url, db_name = _new_pg_database()
        made.append(db_name)
        return url

    yield make
    for db_name in made:
        _drop_pg_database(db_name)


# -- databases -------------------------------------------------------------------------------
def _admin_engine() -> Engine:
    admin = pg_admin_url()
    assert admin is not None
    return create_engine(make_url(admin).set(drivername="postgresql+psycopg"),
                         isolation_level="AUTOCOMMIT")


def _pg_url(name: str) -> str:
    admin = pg_admin_url()
    assert admin is not None
    url = make_url(admin).set(drivername="postgresql+psycopg", database=name)
    return url.render_as_string(hide_password=False)


@pytest.fixture(scope="module")
def pg_template() -> Iterator[tuple[Engine, str]]:
    """A PostgreSQL database holding the migrated small hall, copied per example."""
    engine = _admin_engine()
    name = f"hd_figtpl_{uuid.uuid4().hex[:12]}"
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        db = Database(_pg_url(name))
        migrate(db)
        spec, digest = read_hall_file(SMALL_HALL)
        with db.write() as session:
            load_hall(session, spec, digest, ACTOR, role="director")
        db.dispose()
        yield engine, name
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture
def make_db(backend: str, sqlite_template: Path, request: pytest.FixtureRequest) -> MakeDb:
    """A factory of fresh small-hall databases (one per hypothesis example)."""
    if backend == "sqlite":
        @contextmanager
        def make_sqlite() -> Iterator[Database]:
            with tempfile.TemporaryDirectory(prefix="hd-fig-") as folder:
                path = Path(folder) / "hall.db"
                shutil.copy(sqlite_template, path)
                db = Database(f"sqlite:///{path}")
                try:
                    yield db
                finally:
                    db.dispose()
        return make_sqlite

    engine, template = request.getfixturevalue("pg_template")

    @contextmanager
    def make_pg() -> Iterator[Database]:
        name = f"hd_fig_{uuid.uuid4().hex[:12]}"
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        db = Database(_pg_url(name))
        try:
            yield db
        finally:
            db.dispose()
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    return make_pg

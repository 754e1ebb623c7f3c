"""Every figure of docs/spec/figures.md (as ``stats --json`` shows it) against a reference
computed by plain Python over the same events (tests/app/figures_reference.py), on
random valid batches; the hand-made cases are in the other test_figures_*.py files.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, note, settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

from app.db import Database, migrate
from app.figures import Period, as_json, compute
from app.hall import load_hall, read_hall_file
from tests.app.figures_helpers import assert_matches_reference, ingest
from tests.app.figures_reference import DAY, TZ, US, Scenario, scenarios
from tests.conftest import ACTOR, SMALL_HALL, pg_admin_url

MakeDb = Callable[[], AbstractContextManager[Database]]
EXAMPLES_ENV = "HALLDESK_FIGURES_EXAMPLES"   # more random examples for a longer hunt


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


# -- random valid batches against the reference ----------------------------------------------------
def _periods(sc: Scenario) -> list[tuple[dt.date, dt.date]]:
    days = [(sc.start + i * DAY, sc.start + (i + 1) * DAY) for i in range(sc.days)]
    return [(sc.start, sc.end), *days, (sc.start - DAY, sc.end + DAY),
            (sc.start, sc.start + 30 * DAY)]


def _run_scenario(make_db: MakeDb, sc: Scenario) -> None:
    note("events:\n" + sc.describe())
    n_mid = sum(e.us <= sc.now_mid for e in sc.events)
    with make_db() as db:
        # First everything up to a moment inside the data (open sessions, pauses and
        # services count up to it), then the rest, seen from after the end.
        for seen, new, now_us in ((sc.events[:n_mid], sc.events[:n_mid], sc.now_mid),
                                  (sc.events, sc.events[n_mid:], sc.now_end)):
            ingest(db, new, sc.seed + len(seen))
            for start, end in _periods(sc):
                got = assert_matches_reference(db, seen, start, end, now_us / US)
            # Asking for one window gives that window's figures unchanged.
            with db.read() as session:
                one = as_json(compute(session, Period(start, end, TZ), now_us / US, ["W02"]))
            assert one["windows"] == {"W02": got["windows"]["W02"]}


def test_figures_match_reference_on_random_batches(backend: str, make_db: MakeDb) -> None:
    examples = int(os.environ.get(EXAMPLES_ENV) or (25 if backend == "sqlite" else 8))

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(sc=scenarios())
    def run(sc: Scenario) -> None:
        _run_scenario(make_db, sc)

    run()

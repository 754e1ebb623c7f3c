"""Fixtures of the app tests: more empty databases on the test's backend."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.app.briefing_helpers import demo, demo_file  # noqa: F401  (the briefing tests')
from tests.conftest import _drop_pg_database, _new_pg_database


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

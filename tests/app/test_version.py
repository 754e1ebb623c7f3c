"""`halldesk --version` prints the one version the package is built with."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import app
from tests.cli_helpers import cli


def test_version_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "--version")
    assert (status, out, err) == (0, f"halldesk {app.__version__}\n", "")


def test_pyproject_reads_the_same_version() -> None:
    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "app.__version__"}

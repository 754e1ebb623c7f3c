"""What the command-line tests share: run a command as a user would, authenticate it
as an account (a token file, as an unattended job would), count rows, and check that
an error is one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select, table

from app.cli import run
from app.db import Database
from app.i18n import chinese


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``halldesk ARGV``; never a traceback."""
    try:
        status = run(list(argv))
    except SystemExit as exc:  # argparse usage errors
        status = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    if status == 2 and err.strip():
        # every error the command line gives has its Chinese (app/i18n_zh.py)
        sentence = err.strip().splitlines()[0]
        assert chinese(sentence) is not None, f"no Chinese for: {sentence}"
    return status, out, err


def one_sentence(err: str) -> str:
    text = err.strip()
    assert text, "nothing on stderr"
    assert "\n" not in text, f"more than one line:\n{err}"
    assert text.endswith("."), text
    return text


def counts(url: str) -> dict[str, int]:
    """Rows in every table of the database (derived tables, raw events, audit log)."""
    db = Database(url)
    try:
        with db.read() as session:
            names = inspect(session.connection()).get_table_names()
            return {name: session.scalar(select(func.count()).select_from(table(name))) or 0
                    for name in names}
    finally:
        db.dispose()


def token_for(url: str, name: str, folder: Path) -> list[str]:
    """``--token FILE`` authenticating the account ``name`` (the token made as the
    director would make it, without the command line)."""
    from app.security.cli_auth import make_token

    path = folder / f"{name}-{len(list(folder.glob(f'{name}-*.token')))}.token"
    db = Database(url)
    try:
        make_token(db, name, path, actor="test:director", role="director")
    finally:
        db.dispose()
    return ["--token", str(path)]

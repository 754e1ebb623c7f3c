"""app/ and models/ never import Qt: every rule and figure works without a screen."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str) -> str:
    """What ``python -c code`` prints, run from the repository in a fresh process."""
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout


def test_core_packages_do_not_import_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for package in ("app", "models")
        for p in (ROOT / package).rglob("*.py")
        if "migrations" not in p.parts
    )
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name.removesuffix('.__init__'))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PyQt6', 'PySide6', 'pyqtgraph'))\n"
        "print(','.join(bad))\n"
    )
    assert len(modules) > 10
    assert _python(code).strip() == ""


def test_no_qt_import_statements_in_core() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for package in ("app", "models")
        for p in (ROOT / package).rglob("*.py")
        if any(word in p.read_text(encoding="utf-8") for word in ("PyQt6", "PySide6", "pyqtgraph"))
    ]
    assert offenders == []


def test_start_does_not_load_the_postgresql_dialect() -> None:
    """The desktop start (``import main``) on SQLite never pays for SQLAlchemy's
    PostgreSQL dialect; opening a PostgreSQL URL gives the partial indexes their
    PostgreSQL condition."""
    code = (
        "import sys\n"
        "import main\n"
        "from models import Case\n"
        "index = next(i for i in Case.__table__.indexes if i.name == 'ix_service_case_open')\n"
        "print('sqlalchemy.dialects.postgresql' in sys.modules, 'openpyxl' in sys.modules)\n"
        "from app.db import make_engine\n"
        "make_engine('postgresql+psycopg://nobody@127.0.0.1:1/none')\n"
        "print(str(index.dialect_options['postgresql']['where']))\n"
    )
    assert _python(code).splitlines() == ["False False", "completed_on IS NULL"]

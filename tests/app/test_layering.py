"""app/ and models/ never import Qt: every rule and figure works without a screen."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, check=True)
    assert len(modules) > 10
    assert result.stdout.strip() == ""


def test_no_qt_import_statements_in_core() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for package in ("app", "models")
        for p in (ROOT / package).rglob("*.py")
        if any(word in p.read_text(encoding="utf-8") for word in ("PyQt6", "PySide6", "pyqtgraph"))
    ]
    assert offenders == []

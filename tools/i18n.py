"""Update and compile the UI translations.

    python tools/i18n.py update    # pylupdate6: collect tr() strings into the .ts files
    python tools/i18n.py release   # lrelease: compile .ts -> .qm (committed, shipped)

lrelease is not part of PyQt6; this uses ``lrelease`` from PATH, else the one in the
PySide6-Essentials wheel (fetched with pip into a cache folder on first use).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("zh_CN",)
CACHE = Path(tempfile.gettempdir()) / "halldesk-lrelease"


def _lrelease() -> str:
    found = shutil.which("lrelease") or shutil.which("lrelease-qt6")
    if found:
        return found
    binary = CACHE / "PySide6" / "lrelease"
    if not binary.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d",
                        str(CACHE), "PySide6-Essentials"], check=True)
        wheel = next(CACHE.glob("[Pp]y[Ss]ide6_[Ee]ssentials-*.whl"))
        with zipfile.ZipFile(wheel) as zf:
            for name in zf.namelist():
                if name == "PySide6/lrelease" or name.startswith("PySide6/Qt/lib/"):
                    zf.extract(name, CACHE)
        binary.chmod(0o755)
    return str(binary)


def update() -> None:
    pylupdate = Path(sys.executable).with_name("pylupdate6")
    for lang in LANGUAGES:
        # app/labels.py: the labels table (QT_TRANSLATE_NOOP, context "Labels")
        subprocess.run([str(pylupdate), str(ROOT / "widgets"), str(ROOT / "app" / "labels.py"),
                        "--ts",
                        str(I18N / f"halldesk_{lang}.ts")], check=True)


def release() -> None:
    tool = _lrelease()
    env = dict(os.environ)
    lib = Path(tool).parent / "Qt" / "lib"
    if lib.is_dir():
        env["LD_LIBRARY_PATH"] = f"{lib}:{env.get('LD_LIBRARY_PATH', '')}"
    for lang in LANGUAGES:
        ts = I18N / f"halldesk_{lang}.ts"
        subprocess.run([tool, str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True, env=env)


if __name__ == "__main__":
    {"update": update, "release": release}[sys.argv[1] if len(sys.argv) > 1 else "update"]()

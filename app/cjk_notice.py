"""Saying once that this computer has no Chinese font (docs/install.md, Fonts).

The packaged program brings no fonts of its own; it uses the system's. Without a CJK
font every Chinese label is an empty box, so the first start on such a machine says
so (in English, which any font shows) and remembers it with a marker file in the
data folder; once a font is there the marker goes, and a later loss is told again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import platformdirs

MARKER = "no-chinese-font.noticed"
MESSAGE = ("No Chinese font is installed on this computer, so Chinese text shows as "
           "empty boxes: install fonts-wqy-microhei or fonts-noto-cjk (on Windows, "
           "Microsoft YaHei 微软雅黑 or SimSun 宋体) and start HallDesk again.")


def _folder() -> Path:
    return Path(platformdirs.user_data_dir("HallDesk", appauthor=False))


def notice(found: bool, folder: Path | None = None) -> str | None:
    """The message to show now: only the first time no font is ``found``."""
    marker = (folder or _folder()) / MARKER
    if found:
        with contextlib.suppress(OSError):
            marker.unlink(missing_ok=True)
        return None
    if marker.exists():
        return None
    with contextlib.suppress(OSError):   # a read-only data folder: say it every time
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(MESSAGE + "\n", encoding="utf-8")
    return MESSAGE

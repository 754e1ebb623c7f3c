"""The briefing's CJK font: a configured TrueType/TTC file wins, else one found on the
machine (embedded as a subset), else ReportLab's built-in ``STSong-Light`` with a
warning (that font is not embedded: the reader's PDF viewer must supply it)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from app.config import PDF_FONT_ENV, pdf_font_file
from app.errors import UserError

FONT_NAME = "HallDeskCJK"
FALLBACK = "STSong-Light"

_WINDOWS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc")
_LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wenquanyi/wqy-zenhei/wqy-zenhei.ttc",
    # Noto Sans CJK ships as CFF outlines, which ReportLab cannot embed; these are
    # tried in case a TrueType build is installed.
    "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)
_MACOS = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    """The registered font's name, where it came from, and a warning if it is the
    last resort."""

    name: str
    source: str
    warning: str | None = None


def system_candidates() -> list[str]:
    if sys.platform.startswith("win"):
        folder = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
        return [str(folder / name) for name in _WINDOWS]
    if sys.platform == "darwin":
        return list(_MACOS)
    return list(_LINUX)


def _split(spec: str) -> tuple[str, int]:
    """``path#2`` → (path, 2): the face of a collection; plain paths take face 0."""
    path, sep, index = spec.rpartition("#")
    if sep and index.isdigit():
        return path, int(index)
    return spec, 0


def _load(spec: str) -> TTFont:
    path, index = _split(spec)
    return TTFont(FONT_NAME, path, subfontIndex=index)


def _has_cjk(font: TTFont) -> bool:
    widths = font.face.charWidths
    return all(ord(ch) in widths for ch in "季度工作简报")


_CHOSEN: FontChoice | None = None


def register_font() -> FontChoice:
    """Register the briefing font once per process and say which it is."""
    global _CHOSEN
    configured = pdf_font_file()
    if _CHOSEN is not None and (configured is None or _CHOSEN.source == configured):
        return _CHOSEN
    if configured:
        try:
            font = _load(configured)
        except (TTFError, OSError, ValueError) as exc:
            raise UserError(f"The briefing font {configured} ({PDF_FONT_ENV}) cannot be "
                            f"used: {str(exc).splitlines()[0].rstrip('.')}.") from None
        if not _has_cjk(font):
            raise UserError(f"The briefing font {configured} ({PDF_FONT_ENV}) has no "
                            "Chinese characters.")
        pdfmetrics.registerFont(font)
        _CHOSEN = FontChoice(FONT_NAME, configured)
        return _CHOSEN
    for candidate in system_candidates():
        if not Path(_split(candidate)[0]).is_file():
            continue
        try:
            font = _load(candidate)
        except (TTFError, OSError, ValueError):
            continue  # e.g. CFF outlines: try the next one
        if _has_cjk(font):
            pdfmetrics.registerFont(font)
            _CHOSEN = FontChoice(FONT_NAME, candidate)
            return _CHOSEN
    pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    _CHOSEN = FontChoice(FALLBACK, FALLBACK, warning=(
        f"No Chinese TrueType font was found; the briefing uses ReportLab's {FALLBACK}, "
        f"which is not embedded (set {PDF_FONT_ENV} to a .ttf or .ttc file)."))
    return _CHOSEN

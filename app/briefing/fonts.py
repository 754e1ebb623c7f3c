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
# The official styles where the machine has them (Windows does): 仿宋 for the text,
# 黑体 for headings, 方正小标宋 (else 黑体) for the masthead; the one font otherwise.
_ROLES = {
    "body": ("HallDeskFangSong", ("simfang.ttf", "FangSong.ttf")),
    "heading": ("HallDeskHei", ("simhei.ttf",)),
    "title": ("HallDeskTitle", ("FZXBSJW.TTF", "fzxbsjw.ttf", "simhei.ttf")),
}

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


@dataclass(frozen=True)
class FontSet:
    """The registered names for the text, the headings and the masthead."""

    base: str
    body: str
    heading: str
    title: str


_SET: FontSet | None = None


def _official(role: str, base: str) -> str:
    name, files = _ROLES[role]
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"] \
        if sys.platform.startswith("win") else [Path("/usr/share/fonts/truetype/win"),
                                                 Path.home() / ".fonts"]
    for folder in folders:
        for file in files:
            path = folder / file
            if not path.is_file():
                continue
            try:
                font = TTFont(name, str(path))
            except (TTFError, OSError, ValueError):
                continue
            if _has_cjk(font):
                pdfmetrics.registerFont(font)
                return name
    return base


def register_fonts() -> FontSet:
    """The base font (register_font) and, unless a font is configured, the official
    仿宋 / 黑体 / 小标宋 faces where present; each falls back to the base font."""
    global _SET
    base = register_font()
    if _SET is not None and _SET.base == base.name:
        return _SET
    if pdf_font_file():
        _SET = FontSet(base.name, base.name, base.name, base.name)
    else:
        heading = _official("heading", base.name)
        _SET = FontSet(base.name, _official("body", base.name), heading,
                       _official("title", heading))
    return _SET

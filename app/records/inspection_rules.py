"""Inspection rules (docs/spec/records.md, Inspections): outcomes and their labels, who may
do what, and the checks a photo passes before it is kept.

Pure functions and constants; the services in ``inspections.py`` apply them.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.records.complaint_rules import AUDITOR, DIRECTOR, INSPECTOR, OFFICE, text_problem
from models.inspections import FAIL, PASS, UNCHECKED, VOIDED

__all__ = ["AUDITOR", "DIRECTOR", "FAIL", "INSPECTOR", "OFFICE", "PASS", "UNCHECKED", "VOIDED",
           "text_problem"]

OUTCOMES = (PASS, FAIL, UNCHECKED)
OUTCOME_LABELS = {PASS: "合格", FAIL: "不合格", UNCHECKED: "未检查", VOIDED: "已作废"}

CODE_PREFIX = "XC"
MAX_NOTE = 2000


def outcome_key(value: str) -> str | None:
    """pass, fail, unchecked or their labels (合格, 不合格, 未检查) → the key."""
    text = value.strip()
    if text in OUTCOMES:
        return text
    return {label: key for key, label in OUTCOME_LABELS.items() if key != VOIDED}.get(text)


# -- photos --------------------------------------------------------------------------
MAX_PHOTO_BYTES = 8 * 1024 * 1024
MAX_PHOTO_SIDE = 12_000
MAX_PHOTO_PIXELS = 50_000_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# JPEG start-of-frame markers (baseline, progressive, lossless …) carry the size.
_SOF = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD,
                  0xCE, 0xCF})


@dataclass(frozen=True)
class PhotoInfo:
    mime: str
    width: int
    height: int


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:              # fill byte
            i += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if i + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        if marker == 0xDA:              # start of scan before any frame header
            return None
        i += 2 + length
    return None


def photo_info(data: bytes, name: str) -> PhotoInfo:
    """The type and size of a JPEG or PNG photo; anything else, an empty or oversized
    file, or an image too large to show safely is refused in one sentence."""
    if not data:
        raise UserError(f"The photo {name} is empty.")
    if len(data) > MAX_PHOTO_BYTES:
        raise UserError(f"The photo {name} is {len(data) / 2**20:.1f} MiB; at most "
                        f"{MAX_PHOTO_BYTES // 2**20} MiB is kept.")
    size: tuple[int, int] | None
    if data.startswith(PNG_SIGNATURE):
        mime = "image/png"
        size = (struct.unpack(">II", data[16:24]) if len(data) >= 24 and data[12:16] == b"IHDR"
                else None)
    elif data.startswith(b"\xff\xd8\xff"):
        mime = "image/jpeg"
        size = _jpeg_size(data)
    else:
        raise UserError(f"The photo {name} is not a JPEG or PNG image.")
    if size is None:
        raise UserError(f"The photo {name} is a damaged {mime.split('/')[1].upper()} "
                        "image (its size cannot be read).")
    width, height = size
    if (not (0 < width <= MAX_PHOTO_SIDE and 0 < height <= MAX_PHOTO_SIDE)
            or width * height > MAX_PHOTO_PIXELS):
        raise UserError(f"The photo {name} is {width}×{height} pixels; at most "
                        f"{MAX_PHOTO_SIDE} a side and {MAX_PHOTO_PIXELS // 1_000_000} "
                        "megapixels are kept.")
    return PhotoInfo(mime, width, height)


def read_photo(path: str | Path) -> tuple[bytes, str]:
    """A photo file's bytes and name, read no further than the size limit."""
    p = Path(path)
    try:
        if not p.is_file():
            raise UserError(f"The photo {p} is not a file.")
        if p.stat().st_size > MAX_PHOTO_BYTES:
            raise UserError(f"The photo {p.name} is {p.stat().st_size / 2**20:.1f} MiB; "
                            f"at most {MAX_PHOTO_BYTES // 2**20} MiB is kept.")
        with p.open("rb") as f:
            data = f.read(MAX_PHOTO_BYTES + 1)
    except OSError as exc:
        raise UserError(f"Cannot read the photo {p}: {exc.strerror}.") from None
    name = p.name[-200:]
    photo_info(data, name)
    return data, name

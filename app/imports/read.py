"""Rows of a vendor file, read as they come: .xlsx and .xls with python-calamine (a
Rust reader; it also reads the old .xls many offices still export), .csv with the
csv module in UTF-8 (with or without BOM) or GB18030, detected and overridable."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import UserError

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")
SUFFIXES = (*SHEET_SUFFIXES, ".csv", ".txt")
SNIFF_BYTES = 1 << 20
ENCODINGS = {"utf-8": "utf-8", "utf8": "utf-8", "utf-8-sig": "utf-8-sig",
             "gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "cp936": "gb18030"}


@dataclass
class Source:
    """An open vendor file: its rows (an iterator, read once) and how it was read."""

    path: Path
    encoding: str            # "xlsx"/"xls" for sheets, else the text encoding
    sheet: str
    rows: Iterator[list[Any]]
    total: int               # rows in the sheet, or 0 when not known (csv)
    size: int
    first_column: int = 0    # a sheet whose used range starts right of column A

    def close(self) -> None:
        close = getattr(self.rows, "close", None)
        if close is not None:
            close()


def detect_encoding(path: Path) -> str:
    """utf-8-sig with a BOM; utf-8 when the whole file decodes as UTF-8; else GB18030
    (what Excel writes on a Chinese Windows, a superset of GBK)."""
    with path.open("rb") as fh:
        head = fh.read(4)
        if head.startswith(codecs.BOM_UTF8):
            return "utf-8-sig"
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "utf-16"
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := fh.read(SNIFF_BYTES):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "gb18030"
    return "utf-8"


def _encoding(name: str) -> str:
    key = name.strip().lower().replace("_", "-")
    if key in ENCODINGS:
        return ENCODINGS[key]
    try:
        return codecs.lookup(key).name
    except LookupError:
        raise UserError(f"--encoding {name}: not an encoding Python knows "
                        "(use utf-8 or gb18030).") from None


def _csv_rows(path: Path, encoding: str) -> Iterator[list[Any]]:
    try:
        with path.open("r", encoding=encoding, newline="") as fh:
            sample = fh.read(64 * 1024)
            fh.seek(0)
            lines = [line for line in sample.split("\n")[:8] if line.strip()]
            # the separator most lines use at least twice (a title line has none)
            delimiter = max(("\t", ";", ","), key=lambda sep: (
                sum(1 for line in lines if line.count(sep) >= 2), sep == ","))
            yield from csv.reader(fh, delimiter=delimiter)
    except UnicodeDecodeError:
        raise UserError(f"{path} is not {encoding} text; say the file's encoding with "
                        "--encoding (utf-8 or gb18030).") from None
    except csv.Error as exc:
        raise UserError(f"{path} is not a readable CSV file: {exc}.") from None
    except OSError as exc:
        raise UserError(f"Cannot read {path}: {exc.strerror}.") from None


def _sheet_rows(sheet: Any) -> Iterator[list[Any]]:
    yield from sheet.iter_rows()


def open_source(path: str | Path, encoding: str | None = None) -> Source:
    """Open ``path`` for reading its rows; a refusal is one sentence."""
    p = Path(path).expanduser()
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(f"{p} is not a file HallDesk imports: use .xlsx, .xls or .csv.")
    if not p.is_file():
        raise UserError(f"Cannot read {p}: {'it is a folder' if p.is_dir() else 'no such file'}.")
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise UserError(f"Cannot read {p}: {exc.strerror}.") from None
    if suffix in SHEET_SUFFIXES:
        from python_calamine import CalamineError, CalamineWorkbook

        if suffix != ".xls":
            from app.io.xlsx import check_archive

            check_archive(p)
        try:
            book = CalamineWorkbook.from_path(str(p))
            names = book.sheet_names
            if not names:
                raise UserError(f"{p} has no sheet.")
            sheet = book.get_sheet_by_index(0)
        except UserError:
            raise
        except (CalamineError, OSError, ValueError) as exc:
            raise UserError(f"{p} is not a readable {suffix[1:]} file: "
                            f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}."
                            ) from None
        except Exception as exc:  # calamine's own errors (ZipError, XmlError …)
            raise UserError(f"{p} is not a readable {suffix[1:]} file: "
                            f"{type(exc).__name__}.") from None
        start = sheet.start or (0, 0)
        return Source(p, suffix[1:], names[0], _sheet_rows(sheet), start[0] + sheet.height,
                      size, start[1])
    try:
        enc = _encoding(encoding) if encoding else detect_encoding(p)
    except OSError as exc:
        raise UserError(f"Cannot read {p}: {exc.strerror}.") from None
    return Source(p, enc, "", _csv_rows(p, enc), 0, size)


def write_rejects(path: Path, header: list[str], rows: list[tuple[list[Any], str]]) -> Path:
    """The refused rows as they were, with why, beside the input as FILE.rejects.csv
    (FILE.rejects-2.csv … when that exists: never overwriting), UTF-8 with a BOM so
    Excel opens it."""
    from app.files import write_atomic
    from app.imports.values import text

    target = path.with_name(path.name + ".rejects.csv")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.rejects-{n}.csv")
        n += 1
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([*header, "问题"])
    for cells, why in rows:
        writer.writerow([*(text(c) for c in cells), why])
    write_atomic(target, buffer.getvalue().encode("utf-8-sig"))
    return target

"""Reading and writing .xlsx files safely.

Reading: the archive is checked for zip bombs before openpyxl opens it, and openpyxl
must parse through defusedxml (it does when defusedxml is installed), so entity
expansion ("billion laughs") and external entities are refused. Formula cells are
read as their cached values, never as formulas.

Writing: a text cell that begins with = + - @ (or a tab or carriage return) is
written as text with Excel's quote prefix, so no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import UserError

Progress = Callable[[int, int], None]          # (done, total); total 0 = not known
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_UNCOMPRESSED = 1 << 30        # 1 GiB of XML at most
MAX_RATIO = 200                   # a member may expand at most 200-fold …
RATIO_FROM = 1 << 20              # … once it is bigger than 1 MiB
MAX_REPORTED = 200                # problems listed on the command line


class Cancelled(Exception):
    """The user cancelled an import or export; nothing was written."""


@dataclass
class TransferResult:
    """What an import or export did, and how fast."""

    rows: int = 0
    added: int = 0
    skipped: int = 0
    seconds: float = 0.0

    @property
    def rows_per_s(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Problem:
    """A bad cell of an imported sheet: spreadsheet row (1 = header), column header,
    the value as quoted, and why: ``reason`` in English (the command line) and a
    ``kind`` with its ``args``, so the UI can say it in the user's language."""

    row: int
    column: str
    value: str
    kind: str
    args: tuple[int | str, ...] = ()
    reason: str = ""
    letter: str = ""              # the column's letter in the file, when it has one

    def describe(self) -> str:
        where = f"{self.letter} {self.column}" if self.letter else self.column
        quoted = f" {self.value!r}" if self.value else ""
        return f"row {self.row}, column {where}{quoted}: {self.reason}."


class SheetRejected(UserError):
    """The sheet had bad cells; nothing was written. ``problems`` names them all, in
    row and column order, each with its column's letter when ``positions`` (header →
    index) knows it."""

    def __init__(self, path: Path, problems: list[Problem],
                 positions: dict[str, int] | None = None) -> None:
        n = len(problems)
        super().__init__(f"The spreadsheet {path.name} was rejected and nothing was "
                         f"written: {n} problem{'s' if n != 1 else ''} to fix.")
        where = positions or {}
        self.problems = sorted(
            (replace(p, letter=get_column_letter(where[p.column] + 1)) if p.column in where
             else p for p in problems), key=lambda p: (p.row, where.get(p.column, -1)))

    def detail_lines(self) -> list[str]:
        lines = [p.describe() for p in self.problems[:MAX_REPORTED]]
        if len(self.problems) > MAX_REPORTED:
            lines.append(f"… and {len(self.problems) - MAX_REPORTED} more.")
        return lines


def require_xlsx(path: str | os.PathLike[str]) -> Path:
    p = Path(path)
    if p.suffix.lower() != ".xlsx":
        raise UserError(f"The file {p.name} must be an .xlsx spreadsheet.")
    return p


def tick(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int,
         total: int) -> None:
    """Report progress; stop with ``Cancelled`` when the user asked to."""
    if cancelled is not None and cancelled():
        raise Cancelled
    if progress is not None:
        progress(done, total)


def shown(value: Any) -> str:
    """A cell as a report quotes it (at most 40 characters)."""
    if value is None:
        return ""
    text = value.isoformat(" ") if isinstance(value, dt.datetime) else str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def cell_text(value: Any) -> str | None:
    """A text cell, stripped; numbers typed into a text column read as typed."""
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.isoformat(" ")
    elif isinstance(value, dt.date):
        value = value.isoformat()
    text = str(value).strip()
    return text or None


def check_archive(path: Path) -> None:
    """Refuse a file that is no zip archive or that would expand out of proportion."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = 0
            for info in archive.infolist():
                total += info.file_size
                if (info.file_size > RATIO_FROM
                        and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
                    raise UserError(f"The spreadsheet {path.name} was refused: its part "
                                    f"{info.filename} expands {info.file_size // 2**20} MiB "
                                    "out of proportion (a zip bomb?).")
            if total > MAX_UNCOMPRESSED:
                raise UserError(f"The spreadsheet {path.name} was refused: it expands to "
                                f"{total // 2**20} MiB, more than {MAX_UNCOMPRESSED // 2**20}.")
    except zipfile.BadZipFile:
        raise UserError(f"The file {path.name} is not an .xlsx workbook (not a zip "
                        "archive).") from None
    except OSError as exc:
        raise UserError(f"Cannot read the spreadsheet {path}: {exc.strerror}.") from None


def _defused() -> bool:
    from openpyxl.xml import functions

    return bool(getattr(openpyxl, "DEFUSEDXML", False)
                and functions.iterparse.__module__.startswith("defusedxml"))


class SheetReader:
    """The first sheet of a workbook, row by row (values only)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not _defused():
            raise UserError("Spreadsheets cannot be read safely: openpyxl is not using "
                            "defusedxml (is OPENPYXL_DEFUSEDXML set to False?).")
        if not self.path.is_file():
            raise UserError(f"Cannot read the spreadsheet {self.path}: no such file.")
        check_archive(self.path)
        try:
            self.book = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds on a broken file
            raise self._refused(exc) from None
        if not self.book.worksheets:
            raise UserError(f"The spreadsheet {self.path.name} has no sheet.")
        self.sheet = self.book.worksheets[0]

    def _refused(self, exc: Exception) -> UserError:
        chain: BaseException | None = exc
        while chain is not None and not isinstance(chain, DefusedXmlException):
            chain = chain.__cause__ or chain.__context__
        if chain is not None:
            return UserError(f"The spreadsheet {self.path.name} was refused: it declares "
                             "XML entities or a DTD (an XML bomb?).")
        if isinstance(exc, InvalidFileException | zipfile.BadZipFile | KeyError | ParseError):
            return UserError(f"The file {self.path.name} is not a readable .xlsx workbook.")
        return UserError(f"The spreadsheet {self.path.name} cannot be read: "
                         f"{str(exc).splitlines()[0].rstrip('.')}.")

    def rows(self) -> Iterator[tuple[Any, ...]]:
        try:
            yield from self.sheet.iter_rows(values_only=True)
        except UserError:
            raise
        except Exception as exc:
            raise self._refused(exc) from None

    def close(self) -> None:
        self.book.close()


def read_table(path: Path, columns: Iterable[str], *, max_rows: int, too_many: str,
               progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None
               ) -> tuple[dict[str, int], list[tuple[int, dict[str, Any]]]]:
    """The first sheet of an import: the position of each of ``columns`` found in its
    header row, and every non-blank row below (with its row number) as the cells of
    those columns. An empty sheet is refused, and one of more than ``max_rows`` rows
    with the sentence ``too_many``; ``progress`` and ``cancelled`` are asked every
    2,000 rows (the total is unknown while reading)."""
    reader = SheetReader(path)
    try:
        rows = reader.rows()
        header = next(rows, None)
        if header is None:
            raise UserError(f"The spreadsheet {path.name} is empty: its first sheet has no "
                            "header row.")
        names = ["" if h is None else str(h).strip() for h in header]
        positions = {n: names.index(n) for n in columns if n in names}
        data = []
        for number, values in enumerate(rows, 2):
            if number % 2000 == 0:
                tick(progress, cancelled, number, 0)
            if number > max_rows:
                raise UserError(too_many)
            if any(v is not None and str(v).strip() for v in values):
                data.append((number, {n: values[i] if i < len(values) else None
                                      for n, i in positions.items()}))
        return positions, data
    finally:
        reader.close()


def text_cell(sheet: WriteOnlyWorksheet, value: str) -> Any:
    """A cell holding ``value`` as text, never as a formula."""
    cell = WriteOnlyCell(sheet, value=value)
    if value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def writable_xlsx(path: str | os.PathLike[str]) -> Path:
    """An export's target: an .xlsx name that ``app.files.writable_target`` accepts."""
    from app.files import writable_target

    return writable_target(require_xlsx(path))


def write_atomically(book: Any, path: Path) -> None:
    """Save beside the target, then rename: no half-written file is ever left (and
    nothing but a regular file is ever replaced: the target is checked again)."""
    from app.files import writable_target

    writable_target(path)
    tmp = path.with_name(f".{path.name[:24]}.{os.getpid()}.tmp")
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):   # e.g. no such folder: nothing to remove
            tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write the spreadsheet {path}: {exc.strerror}.") from None

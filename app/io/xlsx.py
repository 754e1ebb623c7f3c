"""Reading and writing .xlsx files safely.

Reading: the archive is checked for zip bombs before openpyxl opens it, and openpyxl
must parse through defusedxml (it does when defusedxml is installed), so entity
expansion ("billion laughs") and external entities are refused. Formula cells are
read as their cached values, never as formulas.

Writing: a text cell that begins with = + - @ (or a tab or carriage return) is
written as text with Excel's quote prefix, so no spreadsheet runs it as a formula.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from defusedxml import DefusedXmlException
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.errors import UserError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
MAX_UNCOMPRESSED = 1 << 30        # 1 GiB of XML at most
MAX_RATIO = 200                   # a member may expand at most 200-fold …
RATIO_FROM = 1 << 20              # … once it is bigger than 1 MiB


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


def text_cell(sheet: WriteOnlyWorksheet, value: str) -> Any:
    """A cell holding ``value`` as text, never as a formula."""
    cell = WriteOnlyCell(sheet, value=value)
    if value.startswith(FORMULA_START):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def write_atomically(book: Any, path: Path) -> None:
    """Save beside the target, then rename: no half-written file is ever left."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        book.save(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(f"Cannot write the spreadsheet {path}: {exc.strerror}.") from None

"""The monthly reports as files: one .xlsx and one .pdf per unit, written into a folder
named after the month (``DIR/2026-11/2026-11-<code>-<unit>.xlsx``). The month is
assessed once; each file is written beside its target and renamed into place, and
one audit entry names the folder and the files."""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.doctemplate import LayoutError

from app.assessment.monthly import MonthAssessment, assess
from app.assessment.report import COUNT, MINUTES, RATE, SCORE, Cell, UnitReport, units
from app.assessment.report import unit_report as make_report
from app.briefing.fonts import register_fonts
from app.briefing.styles import Styles, grid
from app.briefing.terms import Month
from app.db import Database
from app.errors import UserError
from app.files import writable_target, write_atomic
from app.io.xlsx import FORMULA_START
from app.security import audit
from app.security.permissions import check, require

NO_DATA = "无数据"
MARGIN = 1.5 * cm
FORMATS = ("xlsx", "pdf")
NUMBER_FORMATS = {COUNT: "0", RATE: "0.0%", MINUTES: "0.0", SCORE: "0.0##"}
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Written:
    folder: Path
    files: list[Path]
    units: int
    attendance_imported: bool


def _shown(kind: str, value: Cell) -> str:
    if value is None:
        return NO_DATA
    if isinstance(value, str):
        return value
    if kind == RATE:
        return f"{value * 100:.1f}%"
    if kind == MINUTES:
        return f"{value:.1f}"
    if kind == SCORE:
        return f"{value:.1f}" if abs(value * 10 - round(value * 10)) < 1e-6 else f"{value:g}"
    return f"{int(value)}"


MAX_PDF_TEXT = 300            # a cell's text in the PDF; the .xlsx keeps it whole


def _cut(text: str) -> str:
    return text if len(text) <= MAX_PDF_TEXT else text[:MAX_PDF_TEXT - 1] + "…"


def _as_text(sheet: Any) -> None:
    """The last row's text cells as text, never as formulas (a leading = + - @ is
    kept as typed, Excel's quote prefix set, nothing added to the text)."""
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
            cell.data_type = "s"
            cell.quotePrefix = True


# -- .xlsx -----------------------------------------------------------------------------
BOLD = Font(bold=True)
HEAD = PatternFill("solid", fgColor="D9D9D9")


def _sheet_name(name: str) -> str:
    return re.sub(r"[\[\]:*?/\\]", "_", name)[:31]


def xlsx_bytes(r: UnitReport) -> bytes:
    book = Workbook()
    first = book.active
    assert first is not None
    first.title = "说明"
    first.append([r.title])
    _as_text(first)
    first["A1"].font = Font(bold=True, size=14)
    first.append([f"单位：{r.department_name}（{r.department}）", f"月份：{r.month_key}"])
    _as_text(first)
    for note in r.notes:
        first.append([note])
        _as_text(first)
    first.column_dimensions["A"].width = 100
    for table in r.tables:
        sheet = book.create_sheet(_sheet_name(table.name))
        sheet.append([c.title for c in table.columns])
        _as_text(sheet)
        for cell in sheet[1]:
            cell.font, cell.fill = BOLD, HEAD
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
        if not table.rows:
            sheet.append([table.empty])
        for row in table.rows:
            sheet.append([NO_DATA if value is None else value for value in row])
            _as_text(sheet)
            for col, cell in zip(table.columns, sheet[sheet.max_row], strict=True):
                if col.kind in NUMBER_FORMATS and isinstance(cell.value, (int, float)):
                    cell.number_format = NUMBER_FORMATS[col.kind]
        for note in table.notes:
            sheet.append([note])
            _as_text(sheet)
        for i, col in enumerate(table.columns, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = max(
                8, min(60, 9 * col.width + len(col.title)))
        sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# -- .pdf ------------------------------------------------------------------------------
def pdf_bytes(r: UnitReport) -> bytes:
    fonts = register_fonts()
    st = Styles(fonts.base, fonts.body, fonts.heading, fonts.title)
    page = landscape(A4)
    frame = page[0] - 2 * MARGIN
    story: list[Any] = [Paragraph(escape(r.title), st.title),
                        Paragraph(escape(f"{r.department_name}　{r.month_title}"), st.center),
                        Spacer(1, 6)]
    for note in r.notes:
        story.append(Paragraph(escape(note), st.small))
    for table in r.tables:
        story.append(CondPageBreak(3 * cm))   # a heading never ends a page alone
        story.append(Paragraph(escape(table.name), st.h1))
        if not table.rows:
            story.append(Paragraph(escape(table.empty), st.body))
            continue
        total = sum(c.width for c in table.columns)
        widths = [frame * c.width / total for c in table.columns]
        data: list[list[Any]] = [[Paragraph(escape(c.title), st.cellc) for c in table.columns]]
        for row in table.rows:
            data.append([Paragraph(escape(_cut(_shown(c.kind, v))),
                                   st.cell if c.kind == "text" else st.cellc)
                         for c, v in zip(table.columns, row, strict=True)])
        story.append(grid(data, widths, st))
        for note in table.notes:
            story.append(Paragraph(escape(note), st.small))
    buffer = io.BytesIO()

    def footer(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(fonts.base, 8)
        canvas.drawString(MARGIN, 0.9 * cm, r.title)
        canvas.drawRightString(page[0] - MARGIN, 0.9 * cm, f"第 {doc.page} 页")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, title=r.title,
                            author=r.hall, subject=r.month_key, creator="HallDesk",
                            invariant=True)
    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer)
    except LayoutError as exc:
        raise UserError(f"The report of {r.department_name} cannot be laid out as a PDF: "
                        f"{str(exc).splitlines()[0][:120]}.") from None
    return buffer.getvalue()


# -- the month's files -------------------------------------------------------------------
def _file_part(text: str) -> str:
    """A unit's name as part of a file name: no separators, reserved characters,
    control or invisible characters (a right-to-left override could disguise the
    suffix), at most 40 characters."""
    cleaned = "".join("_" if ch in '/\\:*?"<>|' or unicodedata.category(ch) in (
        "Cc", "Cf", "Cs", "Zl", "Zp") else ch for ch in text).strip(" .")
    return cleaned[:40] or "_"


def report_file(folder: Path, month: Month, code: str, name: str, fmt: str) -> Path:
    return folder / f"{month.key}-{_file_part(code)}-{_file_part(name)}.{fmt}"


def month_folder(out: str | Path, month: Month) -> Path:
    """``out``/2026-11, made when missing; ``out`` must be a writable folder."""
    if not str(out).strip():
        raise UserError("Name the folder for the monthly reports (--out DIR).")
    base = Path(out).expanduser()
    if not base.is_dir():
        raise UserError(f"Cannot write the monthly reports: {base} is not a folder.")
    # a kernel folder (/dev, /proc, /sys) or one not writable is refused before any
    # folder is made in it
    writable_target(base / f"{month.key}.xlsx", f"--out {base}")
    folder = base / month.key
    if folder.exists() and not folder.is_dir():
        raise UserError(f"Cannot write the monthly reports: {folder} is a file, not a folder.")
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise UserError(f"Cannot make the folder {folder}: {exc.strerror or exc}.") from None
    return folder


def write_month(db: Database, month: Month, out: str | Path, now: float, *, actor: str,
                role: str, progress: Progress | None = None,
                formats: tuple[str, ...] = FORMATS) -> Written:
    """Every unit's report of ``month`` into ``out``/<month>, both formats."""
    check(db, actor, role, "assessment.export")
    folder = month_folder(out, month)
    with db.read() as session:
        assessment: MonthAssessment = assess(session, month, now)
        wanted = units(session, assessment)
        reports = [make_report(session, assessment, code, now) for code, _ in wanted]
    targets = [(r, writable_target(report_file(folder, month, r.department,
                                               r.department_name, fmt)), fmt)
               for r in reports for fmt in formats]
    # every file made before any is written: a report that cannot be laid out leaves
    # no half of the month's files behind
    made = []
    for i, (r, target, fmt) in enumerate(targets):
        made.append((target, xlsx_bytes(r) if fmt == "xlsx" else pdf_bytes(r)))
        if progress:
            progress(i + 1, 2 * len(targets))
    written = []
    for i, (target, data) in enumerate(made):
        write_atomic(target, data)
        written.append(target)
        if progress:
            progress(len(targets) + i + 1, 2 * len(targets))
    with db.write() as session:
        require(session, actor, role, "assessment.export")
        audit.record(session, actor, "assessment.export", "month", month.key, {
            "folder": str(folder)[:200], "files": len(written), "units": len(reports),
            "attendance_imported": assessment.attendance_imported})
    return Written(folder, written, len(reports), assessment.attendance_imported)

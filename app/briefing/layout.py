"""The briefing as PDF (ReportLab platypus, A4 portrait): the blocks of content.py in
the official 简报 form — a red masthead with 第N期, the issuing unit and date above a
red rule, numbered sections, the distribution block at the end — every page after the
first headed with the hall and the title, every page footed "第 n 页 共 m 页", and the
audit chain's 校验码 on the last page only."""

from __future__ import annotations

import io
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import PageBreak as PDFPageBreak

from app.briefing import content as c
from app.briefing.content import HEADINGS, NO_DATA
from app.briefing.data import Briefing
from app.briefing.fonts import FontSet
from app.briefing.styles import Styles, grid

__all__ = ["HEADINGS", "NO_DATA", "RED", "render", "render_blocks"]

MARGIN = 2 * cm
FRAME_WIDTH = A4[0] - 2 * MARGIN
RED = colors.Color(0.8, 0, 0)
CELL_FONT = 8


class MastheadFlowable(Flowable):  # type: ignore[misc]
    """The red title, 第N期, and the issuer / 签发 / date line over a red rule."""

    def __init__(self, m: c.Masthead, st: Styles) -> None:
        super().__init__()
        self.m, self.st = m, st
        self.size = 34.0
        while stringWidth(m.title, st.title_font, self.size) > FRAME_WIDTH and self.size > 14:
            self.size -= 2
        self.height = self.size + 70

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return FRAME_WIDTH, self.height

    def draw(self) -> None:
        cv, m, st, h = self.canv, self.m, self.st, self.height
        cv.saveState()
        cv.setFillColor(RED)
        cv.setFont(st.title_font, self.size)
        cv.drawCentredString(FRAME_WIDTH / 2, h - self.size, m.title)
        cv.setFillColor(colors.black)
        cv.setFont(st.body_font, 14)
        cv.drawCentredString(FRAME_WIDTH / 2, h - self.size - 30, m.issue)
        cv.setFont(st.body_font, 11.5)
        cv.drawString(0, 14, m.issuer)
        if m.signer:
            cv.drawCentredString(FRAME_WIDTH / 2 + 40, 14, m.signer)
        cv.drawRightString(FRAME_WIDTH, 14, m.date)
        cv.setStrokeColor(RED)
        cv.setLineWidth(2)
        cv.line(0, 6, FRAME_WIDTH, 6)
        cv.setLineWidth(0.6)
        cv.line(0, 2.5, FRAME_WIDTH, 2.5)
        cv.restoreState()


def _cell(text: str, width: float, left: bool, st: Styles) -> Any:
    """A plain string when it fits its column (fast), else a wrapping paragraph."""
    if stringWidth(text, st.font, CELL_FONT) <= width - 6:
        return text
    return Paragraph(escape(text), st.cell if left else st.cellc)


def _grid(g: c.Grid, st: Styles, header: bool = True) -> Table:
    data = [[_cell(text, g.widths[j], j in g.left, st) for j, text in enumerate(row)]
            for row in g.rows]
    table = grid(data, g.widths, st, repeat=1 if header else 0)
    style: list[Any] = [("ALIGN", (j, 1), (j, -1), "LEFT") for j in sorted(g.left)]
    style += [("BACKGROUND", (0, row), (-1, row), colors.Color(grey, grey, grey))
              for row, grey in g.shade.items()]
    style += [("BACKGROUND", (col, row), (col, row), colors.Color(grey, grey, grey))
              for (col, row), grey in g.cells.items()]
    if style:
        table.setStyle(TableStyle(style))
    return table


def _distribution(d: c.Distribution, st: Styles) -> list[Any]:
    rows = [[Paragraph(f"{escape(label)}：{escape(text)}", st.distribution)]
            for label, text in d.lines] or [[""]]
    table = Table(rows, colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    out: list[Any] = [table]
    if d.copies:
        out.append(Paragraph(escape(f"（{d.copies}）"), ParagraphStyle(
            "copies", parent=st.distribution, alignment=TA_RIGHT, spaceBefore=3)))
    return [Spacer(1, 24), KeepTogether(out)]


def _flowables(block: c.Block, st: Styles) -> list[Any]:
    if isinstance(block, c.Masthead):
        return [MastheadFlowable(block, st), Spacer(1, 10)]
    if isinstance(block, c.Title):
        return [Paragraph(escape(block.text), st.title),
                *(Paragraph(escape(line), st.center) for line in block.lines),
                Spacer(1, 6)]
    if isinstance(block, c.Heading):
        return [Paragraph(escape(block.text), st.h1 if block.level == 1 else st.h2)]
    if isinstance(block, c.Para):
        style = {"small": st.small, "notice": st.notice, "center": st.center}.get(
            block.style, st.body)
        return [Paragraph(escape(block.text), style)]
    if isinstance(block, c.Grid):
        return [_grid(block, st)]
    if isinstance(block, c.Chart):
        return [block.drawing]
    if isinstance(block, c.Keep):
        return [KeepTogether([f for b in block.blocks for f in _flowables(b, st)])]
    if isinstance(block, c.NeedSpace):
        return [CondPageBreak(block.cm * cm)]
    if isinstance(block, c.PageBreak):
        return [PDFPageBreak()]
    if isinstance(block, c.Distribution):
        return _distribution(block, st)
    raise TypeError(f"unknown block {block!r}")


def _page_canvas(b: Briefing, font: str) -> type[pdfcanvas.Canvas]:
    """A canvas that draws the header and footer once the page count is known."""
    title = c.running_title(b)
    check = c.checksum(b)

    class PagedCanvas(pdfcanvas.Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._decorate(n, total)
                super().showPage()
            super().save()

        def _decorate(self, n: int, total: int) -> None:
            w, h = A4
            self.saveState()
            self.setFont(font, 8)
            if n > 1:                       # the first page has the masthead instead
                self.drawString(MARGIN, h - 1.3 * cm, b.hall)
                self.drawRightString(w - MARGIN, h - 1.3 * cm, title)
                self.setLineWidth(0.5)
                self.line(MARGIN, h - 1.45 * cm, w - MARGIN, h - 1.45 * cm)
            self.setLineWidth(0.5)
            self.line(MARGIN, 1.55 * cm, w - MARGIN, 1.55 * cm)
            self.drawString(MARGIN, 1.15 * cm, f"印发日期：{b.printed_on:%Y-%m-%d}")
            self.drawCentredString(w / 2, 1.15 * cm, f"第 {n} 页 共 {total} 页")
            self.drawRightString(w - MARGIN, 1.15 * cm, f"{b.hall} {b.term.key}")
            if n == total:
                self.setFont(font, 7)
                self.drawRightString(w - MARGIN, 0.7 * cm, check)
            self.restoreState()

    return PagedCanvas


def render_blocks(b: Briefing, blocks: list[c.Block], fonts: FontSet) -> bytes:
    st = Styles(fonts.base, fonts.body, fonts.heading, fonts.title)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=2 * cm,
        bottomMargin=2 * cm, title=c.file_title(b), author=b.issuing_unit or b.hall,
        subject=b.term.key, creator="HallDesk", invariant=True)
    doc.build([f for block in blocks for f in _flowables(block, st)],
              canvasmaker=_page_canvas(b, fonts.base))
    return buffer.getvalue()


def render(b: Briefing, fonts: FontSet) -> bytes:
    """The briefing as PDF bytes (the same bytes for the same data and print date)."""
    return render_blocks(b, c.compose(b, fonts.base), fonts)

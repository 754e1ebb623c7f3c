"""The briefing as an editable Word document (.docx, python-docx): the blocks of
content.py, so the sections, tables and numbers are the PDF's; charts as images (the
same ReportLab drawings, rasterised); Word's own styles (Heading 1/2 and Normal, which
Chinese Word and WPS show as 标题 1/标题 2 and 正文) so the navigation pane, the outline
and "update style" work as the office expects."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from reportlab.graphics import renderPM

from app.briefing import content as c
from app.briefing.data import Briefing

RED = RGBColor(0xC0, 0x00, 0x00)
GREY = RGBColor(0x33, 0x33, 0x33)
# Names Chinese Word and WPS know; a machine without one substitutes its own.
BODY_FONT, HEADING_FONT, KAI_FONT, TITLE_FONT = "仿宋", "黑体", "楷体", "方正小标宋简体"
TEXT_WIDTH_CM = 16.0
PDF_FRAME = 481.0                   # the PDF's frame width in points: Grid widths' scale
CHART_DPI = 200


def _fonts(target: Any, east_asia: str, latin: str = "Times New Roman") -> None:
    """Set the fonts of a style's or run's rPr (East Asian text needs its own slot)."""
    target.font.name = latin
    rpr = target.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi"):
        fonts.set(qn(slot), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _border(paragraph: Paragraph, side: str, colour: str, size: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.append(borders)
    edge = OxmlElement(f"w:{side}")
    edge.set(qn("w:val"), "single")
    edge.set(qn("w:sz"), str(size))
    edge.set(qn("w:space"), "1")
    edge.set(qn("w:color"), colour)
    borders.append(edge)


def _shade(cell: Any, grey: float) -> None:
    level = f"{round(grey * 255):02X}"
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), level * 3)
    cell._tc.get_or_add_tcPr().append(shading)


def _field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) Word and WPS compute when they lay the page out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _setup(doc: Any, b: Briefing) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    styles = doc.styles
    normal = styles["Normal"]
    _fonts(normal, BODY_FONT)
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(3)
    normal.paragraph_format.line_spacing = 1.25
    for name, face, size in (("Heading 1", HEADING_FONT, 15), ("Heading 2", KAI_FONT, 13)):
        style = styles[name]
        _fonts(style, face)
        style.font.size = Pt(size)
        style.font.bold = name == "Heading 2"
        style.font.italic = False
        style.font.color.rgb = RGBColor(0, 0, 0)
        style.paragraph_format.space_before = Pt(10 if name == "Heading 1" else 6)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
    section.different_first_page_header_footer = True
    head = section.header.paragraphs[0]
    head.text = f"{b.hall}\t\t{c.running_title(b)}"
    foot = section.footer.paragraphs[0]
    for p in (head, foot):
        stops = p.paragraph_format.tab_stops
        stops.add_tab_stop(Cm(TEXT_WIDTH_CM / 2), WD_TAB_ALIGNMENT.CENTER)
        stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
        for run in p.runs:
            run.font.size = Pt(8)
    for footer in (section.footer, section.first_page_footer):
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("第 ")
        _field(p, "PAGE")
        p.add_run(" 页 共 ")
        _field(p, "NUMPAGES")
        p.add_run(" 页")
        for run in p.runs:
            run.font.size = Pt(8)
    props = doc.core_properties
    stamp = dt.datetime.combine(b.printed_on, dt.time())
    props.title, props.author, props.subject = c.file_title(b), b.settings.issuer or b.hall, \
        b.term.key
    props.created = props.modified = stamp
    props.last_modified_by, props.revision, props.comments = b.settings.issuer or b.hall, 1, ""


def _run(p: Paragraph, text: str, size: float | None = None, *, bold: bool = False,
         colour: RGBColor | None = None, face: str | None = None) -> None:
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold or None
    if colour is not None:
        run.font.color.rgb = colour
    if face:
        _fonts(run, face)


def _masthead(doc: Any, m: c.Masthead) -> None:
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_before = Pt(12)
    _run(p, m.title, 36 if len(m.title) <= 10 else 26, bold=True, colour=RED, face=TITLE_FONT)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(p, m.issue, 14)
    p = doc.add_paragraph()
    stops = p.paragraph_format.tab_stops
    stops.add_tab_stop(Cm(TEXT_WIDTH_CM / 2 + 1.5), WD_TAB_ALIGNMENT.CENTER)
    stops.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)
    _run(p, f"{m.issuer}\t{m.signer}\t{m.date}", 12)
    _border(p, "bottom", "C00000", 18)
    p.paragraph_format.space_after = Pt(12)


def _table(doc: Any, g: c.Grid) -> None:
    cols = len(g.widths)
    table = doc.add_table(rows=len(g.rows), cols=cols)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    scale = TEXT_WIDTH_CM / PDF_FRAME
    widths = [Cm(w * scale) for w in g.widths]
    margins = OxmlElement("w:tblCellMar")      # narrow cell margins, as the PDF's
    for side in ("left", "right"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:w"), "45")
        edge.set(qn("w:type"), "dxa")
        margins.append(edge)
    table._tbl.tblPr.append(margins)
    table.autofit = False              # the grid's widths, as in the PDF (LibreOffice reads
    for column, width in zip(table.columns, widths, strict=True):   # these, Word the cells')
        column.width = width
    header = table.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header.append(repeat)
    for i, (row, values) in enumerate(zip(table.rows, g.rows, strict=True)):
        for j, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            cell.width = widths[j]
            p = cell.paragraphs[0]
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.line_spacing = 1.0
            if j not in g.left or i == 0:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(text)
            run.font.size = Pt(8)
            if i == 0:
                run.font.bold = True
                _shade(cell, 0.85)
            elif i in g.shade:
                _shade(cell, g.shade[i])
            elif (j, i) in g.cells:
                _shade(cell, g.cells[(j, i)])


def _chart(doc: Any, block: c.Chart) -> None:
    png = renderPM.drawToString(block.drawing, fmt="PNG", dpi=CHART_DPI)
    doc.add_picture(io.BytesIO(png), width=Cm(TEXT_WIDTH_CM * block.drawing.width
                                              / PDF_FRAME))
    doc.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _distribution(doc: Any, d: c.Distribution) -> None:
    doc.add_paragraph()
    lines = [f"{label}：{text}" for label, text in d.lines] or [""]
    for i, line in enumerate(lines):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.3)
        p.paragraph_format.keep_with_next = True
        _run(p, line, 12)
        if i == 0:
            _border(p, "top", "000000", 8)
        if i == len(lines) - 1:
            _border(p, "bottom", "000000", 8)
    if d.copies:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _run(p, f"（{d.copies}）", 12)


def _add(doc: Any, block: c.Block) -> None:
    if isinstance(block, c.Masthead):
        _masthead(doc, block)
    elif isinstance(block, c.Title):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, block.text, 18, bold=True, face=TITLE_FONT)
        for line in block.lines:
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, line, 11)
    elif isinstance(block, c.Heading):
        doc.add_heading(block.text, level=block.level)
    elif isinstance(block, c.Para):
        p = doc.add_paragraph()
        if block.style == "body":
            p.paragraph_format.first_line_indent = Pt(24)
            _run(p, block.text)
        elif block.style == "small":
            _run(p, block.text, 9, colour=GREY)
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _run(p, block.text, 11, bold=block.style == "notice")
    elif isinstance(block, c.Grid):
        _table(doc, block)
    elif isinstance(block, c.Chart):
        _chart(doc, block)
    elif isinstance(block, c.Keep):
        for inner in block.blocks:
            _add(doc, inner)
    elif isinstance(block, c.PageBreak):
        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    elif isinstance(block, c.Distribution):
        _distribution(doc, block)
    # NeedSpace: Word lays its own pages out


def render_docx_blocks(b: Briefing, blocks: list[c.Block]) -> bytes:
    doc = Document()
    _setup(doc, b)
    for block in blocks:
        _add(doc, block)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, c.checksum(b), 8, colour=GREY)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_docx(b: Briefing, font: str) -> bytes:
    """The briefing as .docx bytes; ``font`` is the registered font the charts use."""
    return render_docx_blocks(b, c.compose(b, font))

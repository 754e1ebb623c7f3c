"""The briefing as an editable Word document (.docx, python-docx): the blocks of
content.py, so the sections, tables and numbers are the PDF's; charts as images (the
same ReportLab drawings, rasterised); Word's own styles (Heading 1/2 and Normal, which
Chinese Word and WPS show as 标题 1/标题 2 and 正文) so the navigation pane, the outline
and "update style" work as the office expects."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from reportlab.graphics import renderPM

from app.briefing import content as c
from app.briefing import fonts
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
    head.text = clean(f"{b.hall}\t\t{c.running_title(b)}")
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
    props.title, props.author, props.subject = c.file_title(b), b.issuing_unit or b.hall, \
        b.term.key
    props.created = props.modified = stamp
    props.last_modified_by, props.revision, props.comments = b.issuing_unit or b.hall, 1, ""


def _run(p: Paragraph, text: str, size: float | None = None, *, bold: bool = False,
         colour: RGBColor | None = None, face: str | None = None) -> None:
    run = p.add_run(clean(text))
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


def clean(text: str) -> str:
    """Text as XML may hold it: control characters and lone surrogates dropped."""
    return _NOT_XML.sub("", text)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_TWIPS_PER_POINT = 20


def _table(doc: Any, g: c.Grid) -> None:
    """The grid as one ``w:tbl`` element written at once: python-docx's cell-by-cell
    API takes seconds for the appendix's thousands of cells. The column widths are the
    PDF's (scaled to the Word page), the header row repeats on each page."""
    scale = TEXT_WIDTH_CM / PDF_FRAME * 567            # twips per PDF point
    widths = [round(w * scale) for w in g.widths]
    cols = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = []
    for i, values in enumerate(g.rows):
        cells = []
        for j, text in enumerate(values):
            grey = 0.85 if i == 0 else g.shade.get(i, g.cells.get((j, i)))
            fill = "" if grey is None else (
                f'<w:shd w:val="clear" w:color="auto" w:fill="{f"{round(grey * 255):02X}" * 3}"/>')
            centre = "" if (j in g.left and i) else '<w:jc w:val="center"/>'
            bold = "<w:b/>" if i == 0 else ""
            cells.append(
                f'<w:tc><w:tcPr><w:tcW w:w="{widths[j]}" w:type="dxa"/>{fill}</w:tcPr>'
                f'<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
                f'{centre}</w:pPr><w:r><w:rPr>{bold}<w:sz w:val="16"/></w:rPr>'
                f'<w:t xml:space="preserve">{escape(clean(text))}</w:t></w:r></w:p></w:tc>')
        head = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
        rows.append(f"<w:tr>{head}{''.join(cells)}</w:tr>")
    xml = (f"<w:tbl {nsdecls('w')}><w:tblPr><w:tblStyle w:val=\"TableGrid\"/>"
           f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="45" w:type="dxa"/>'
           '<w:right w:w="45" w:type="dxa"/></w:tblCellMar>'
           '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" '
           'w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
           f"<w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>")
    doc.element.body._insert_tbl(parse_xml(xml))


def _png(drawing: Any) -> bytes:
    """The drawing as PNG, by rl_renderPM (ReportLab's C renderer: a binary wheel)."""
    return bytes(renderPM.drawToString(drawing, fmt="PNG", dpi=CHART_DPI,
                                       backend="_renderPM"))


NO_CHART = ("（此处图表未能生成：本机没有可用于图片的中文 TrueType 字体。请安装 "
            "fonts-wqy-microhei 或 fonts-noto-cjk，或设置 HALLDESK_PDF_FONT 后重新生成。"
            "PDF 版含此图表。）")


def _chart(doc: Any, block: c.Chart) -> None:
    try:
        png = _png(block.drawing)
    except renderPM.RenderPMError:
        # ReportLab's built-in CID font (the fallback when the machine has no Chinese
        # TrueType font) has no outlines for a bitmap: the Word copy says where the
        # chart is missing and why, instead of failing.
        if fonts.register_font().name != fonts.FALLBACK:
            raise
        doc.add_paragraph(NO_CHART)
        return
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
        doc.add_heading(clean(block.text), level=block.level)
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

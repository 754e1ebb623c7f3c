"""Paragraph styles and the table look shared by the briefing's sections."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Table, TableStyle

HEAD_FILL = colors.Color(0.85, 0.85, 0.85)


class Styles:
    """The briefing's paragraph styles in one CJK font (Chinese text wraps anywhere)."""

    def __init__(self, font: str, body: str | None = None, heading: str | None = None,
                 title: str | None = None) -> None:
        self.font = font
        self.body_font = body or font
        self.heading_font = heading or font
        self.title_font = title or self.heading_font

        def style(name: str, size: float, leading: float, face: str | None = None,
                  **kw: Any) -> ParagraphStyle:
            return ParagraphStyle(name, fontName=face or font, fontSize=size,
                                  leading=leading, wordWrap="CJK", **kw)

        self.title = style("title", 18, 26, self.title_font, alignment=TA_CENTER,
                           spaceBefore=6, spaceAfter=6)
        self.center = style("center", 10.5, 16, self.body_font, alignment=TA_CENTER)
        self.notice = style("notice", 11, 16, alignment=TA_CENTER, borderColor=colors.black,
                            borderWidth=0.6, borderPadding=5, spaceBefore=8, spaceAfter=4)
        self.h1 = style("h1", 14, 20, self.heading_font, spaceBefore=12, spaceAfter=6)
        self.h2 = style("h2", 11.5, 16, self.heading_font, spaceBefore=6, spaceAfter=3)
        self.body = style("body", 11, 18, self.body_font, firstLineIndent=22, spaceAfter=3)
        self.distribution = style("distribution", 11, 18, self.body_font)
        self.small = style("small", 8, 11, spaceBefore=3, textColor=colors.Color(0.2, 0.2, 0.2))
        self.cell = style("cell", 8, 10)
        self.cellc = style("cellc", 8, 10, alignment=TA_CENTER)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=8, leading=11,
                                   spaceAfter=3)


def grid(data: Sequence[Sequence[Any]], widths: Sequence[float], st: Styles,
         repeat: int = 1) -> Table:
    """A ruled table, header row shaded, numbers centred, text in the CJK font."""
    table = Table([list(r) for r in data], colWidths=list(widths), repeatRows=repeat,
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), st.font, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table

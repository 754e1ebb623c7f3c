"""The briefing (季度/月度工作简报, docs/spec/briefing.md): data assembly (data,
complaints, risks, inspections, notes, settings), the words and tables once (content),
two renderers (layout: PDF, word: .docx; charts, styles, fonts) and files (export).
No Qt here."""

from app.briefing.content import file_title
from app.briefing.data import (
    Briefing,
    Month,
    Quarter,
    Term,
    assemble,
    departments,
    last_finished,
    last_finished_at,
    parse,
    parse_month,
)
from app.briefing.export import (
    DOCX,
    PDF,
    Timing,
    Written,
    build,
    format_of,
    reserve_issue,
    write_briefing,
    write_departments,
)
from app.briefing.fonts import FontChoice, register_font, register_fonts
from app.briefing.notes import load_note, save_note
from app.briefing.settings import BriefingSettings, load_settings, save_settings
from app.briefing.terms import last_finished_month_at

__all__ = [
    "DOCX",
    "PDF",
    "Briefing",
    "BriefingSettings",
    "FontChoice",
    "Month",
    "Quarter",
    "Term",
    "Timing",
    "Written",
    "assemble",
    "build",
    "departments",
    "file_title",
    "format_of",
    "last_finished",
    "last_finished_at",
    "last_finished_month_at",
    "load_note",
    "load_settings",
    "parse",
    "parse_month",
    "register_font",
    "register_fonts",
    "reserve_issue",
    "save_note",
    "save_settings",
    "write_briefing",
    "write_departments",
]

"""The quarterly PDF briefing (季度工作简报, docs/spec/briefing.md): data assembly
(data, complaints, risks, notes), layout (layout, sections, charts, styles, fonts)
and files (export). No Qt here."""

from app.briefing.data import (
    Briefing,
    Quarter,
    assemble,
    departments,
    last_finished,
    last_finished_at,
    parse,
)
from app.briefing.export import Written, build, write_briefing, write_departments
from app.briefing.fonts import FontChoice, register_font
from app.briefing.notes import load_note, save_note

__all__ = [
    "Briefing",
    "FontChoice",
    "Quarter",
    "Written",
    "assemble",
    "build",
    "departments",
    "last_finished",
    "last_finished_at",
    "load_note",
    "parse",
    "register_font",
    "save_note",
    "write_briefing",
    "write_departments",
]

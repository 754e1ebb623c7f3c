"""Write briefings to files: one for the hall, or one per department; a file is
written whole or not at all (a temporary file in the same folder, then renamed)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.briefing.data import Briefing, Progress, Quarter, assemble, departments
from app.briefing.fonts import register_font
from app.briefing.layout import render
from app.db import Database
from app.errors import UserError
from app.files import writable_target, write_atomic
from app.security import audit
from app.security.permissions import check, require


@dataclass(frozen=True)
class Written:
    path: Path
    department: str | None
    empty: bool


def check_target(path: str | Path) -> Path:
    """Refuse, before any work, a path whose folder is missing or not writable."""
    return writable_target(path)


def build(db: Database, quarter: Quarter, now: float, department: str | None = None,
          progress: Progress | None = None) -> tuple[Briefing, bytes]:
    """Assemble (one read transaction) and lay out one briefing."""
    font = register_font()
    with db.read() as session:
        briefing = assemble(session, quarter, now, department, progress)
    data = render(briefing, font.name)
    if progress:
        progress(8, 8)
    return briefing, data


def record_output(db: Database, quarter: Quarter, how: str, where: str, *, actor: str,
                  role: str, department: str | None = None) -> None:
    """Audit a briefing that left the application: ``how`` is print, save or write;
    ``where`` the file or printer. Refused (and the refusal audited) for a role that
    may not print briefings."""
    with db.write() as session:
        require(session, actor, role, "briefing.print")
        audit.record(session, actor, f"briefing.{how}", "briefing", quarter.key, {
            "department": department, "to": where[:200]})


def write_briefing(db: Database, quarter: Quarter, out: str | Path, now: float,
                   department: str | None = None,
                   progress: Progress | None = None, *, actor: str, role: str) -> Written:
    target = check_target(out)
    check(db, actor, role, "briefing.print")
    briefing, data = build(db, quarter, now, department, progress)
    write_atomic(target, data)
    record_output(db, quarter, "write", str(target), actor=actor, role=role,
                  department=department)
    return Written(target, department, briefing.empty)


def department_file(folder: Path, quarter: Quarter, code: str) -> Path:
    return folder / f"{quarter.key}-{code}.pdf"


def write_departments(db: Database, quarter: Quarter, folder: str | Path, now: float,
                      progress: Progress | None = None, *, actor: str,
                      role: str) -> list[Written]:
    """One PDF per department with windows, named ``2026Q3-<code>.pdf`` in ``folder``."""
    where = Path(folder).expanduser()
    check(db, actor, role, "briefing.print")
    if not where.is_dir():
        raise UserError(f"Cannot write the department briefings: {where} is not a folder.")
    with db.read() as session:
        codes = [code for code, _name in departments(session)]
    written = []
    for i, code in enumerate(codes):
        target = check_target(department_file(where, quarter, code))
        _b, data = build(db, quarter, now, code)
        write_atomic(target, data)
        record_output(db, quarter, "write", str(target), actor=actor, role=role,
                      department=code)
        written.append(Written(target, code, _b.empty))
        if progress:
            progress(i + 1, len(codes))
    return written

"""Write briefings to files, PDF or Word (.docx) by the file's suffix: one for the hall,
or one per department; a file is written whole or not at all (app/files.write_atomic).
A briefing gets its issue number (第N期) when it first leaves the application."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from app.briefing.content import compose
from app.briefing.data import Briefing, Progress, Term, assemble, departments
from app.briefing.fonts import register_fonts
from app.briefing.layout import render_blocks
from app.briefing.settings import assign_issue
from app.briefing.word import render_docx_blocks
from app.db import Database
from app.errors import UserError
from app.figures import local_date
from app.files import writable_target, write_atomic
from app.hall_time import hall_tz
from app.security import audit
from app.security.permissions import check, require

PDF, DOCX = "pdf", "docx"
FORMATS = (PDF, DOCX)


@dataclass(frozen=True)
class Written:
    path: Path
    department: str | None
    empty: bool


@dataclass(frozen=True)
class Timing:
    """Seconds spent reading the data and laying the pages out (the benchmark's), wall
    clock and this process's CPU (SQLite runs in the process; CPU time leaves out the
    waits of a loaded machine)."""

    assemble_s: float
    layout_s: float
    assemble_cpu_s: float = 0.0
    layout_cpu_s: float = 0.0


def format_of(path: str | Path) -> str:
    """pdf or docx by the file's suffix; any other suffix is one sentence."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise UserError(f"Cannot write the briefing {path}: the file must end in .pdf or "
                        ".docx.")
    return suffix


def check_target(path: str | Path) -> Path:
    """Refuse, before any work, a path whose folder is missing or not writable, or
    whose suffix is neither .pdf nor .docx."""
    target = writable_target(path)
    format_of(target)
    return target


def layout(briefing: Briefing, fmt: str = PDF) -> bytes:
    fonts = register_fonts()
    blocks = compose(briefing, fonts.base)
    return render_blocks(briefing, blocks, fonts) if fmt == PDF else \
        render_docx_blocks(briefing, blocks)


def build(db: Database, term: Term, now: float, department: str | None = None,
          progress: Progress | None = None, fmt: str = PDF,
          timing: list[Timing] | None = None) -> tuple[Briefing, bytes]:
    """Assemble (one read transaction) and lay out one briefing as ``fmt``."""
    register_fonts()
    t0, c0 = time.perf_counter(), time.process_time()
    with db.read() as session:
        briefing = assemble(session, term, now, department, progress)
    t1, c1 = time.perf_counter(), time.process_time()
    data = layout(briefing, fmt)
    if timing is not None:
        timing.append(Timing(t1 - t0, time.perf_counter() - t1, c1 - c0,
                             time.process_time() - c1))
    if progress:
        progress(8, 8)
    return briefing, data


def reserve_issue(db: Database, term: Term, now: float, *, actor: str, role: str) -> int:
    """Give ``term`` its 第N期 (numbered in the hall's year now) if it has none yet;
    refused for a role that may not print briefings."""
    with db.write() as session:
        require(session, actor, role, "briefing.print")
        return assign_issue(session, term, local_date(now, hall_tz(session)).year,
                            actor=actor)


def record_output(db: Database, term: Term, how: str, where: str, *, actor: str,
                  role: str, department: str | None = None) -> None:
    """Audit a briefing that left the application: ``how`` is print, save or write;
    ``where`` the file or printer. Refused (and the refusal audited) for a role that
    may not print briefings."""
    with db.write() as session:
        require(session, actor, role, "briefing.print")
        audit.record(session, actor, f"briefing.{how}", "briefing", term.key, {
            "department": department, "to": where[:200]})


def write_briefing(db: Database, term: Term, out: str | Path, now: float,
                   department: str | None = None,
                   progress: Progress | None = None, *, actor: str, role: str) -> Written:
    """The briefing of ``term`` into ``out`` (.pdf or .docx), issue number kept."""
    target = check_target(out)
    check(db, actor, role, "briefing.print")
    reserve_issue(db, term, now, actor=actor, role=role)
    briefing, data = build(db, term, now, department, progress, format_of(target))
    write_atomic(target, data)
    record_output(db, term, "write", str(target), actor=actor, role=role,
                  department=department)
    return Written(target, department, briefing.empty)


def department_file(folder: Path, term: Term, code: str, fmt: str = PDF) -> Path:
    return folder / f"{term.key}-{code}.{fmt}"


def write_departments(db: Database, term: Term, folder: str | Path, now: float,
                      progress: Progress | None = None, *, actor: str,
                      role: str, fmt: str = PDF) -> list[Written]:
    """One file per department with windows, ``2026Q3-<code>.pdf`` (or .docx) in
    ``folder``."""
    where = Path(folder).expanduser()
    check(db, actor, role, "briefing.print")
    if fmt not in FORMATS:
        raise UserError(f"The department briefings can be written as pdf or docx, not {fmt}.")
    if not where.is_dir():
        raise UserError(f"Cannot write the department briefings: {where} is not a folder.")
    with db.read() as session:
        codes = [code for code, _name in departments(session)]
    reserve_issue(db, term, now, actor=actor, role=role)
    written = []
    for i, code in enumerate(codes):
        target = check_target(department_file(where, term, code, fmt))
        _b, data = build(db, term, now, code, fmt=fmt)
        write_atomic(target, data)
        record_output(db, term, "write", str(target), actor=actor, role=role,
                      department=code)
        written.append(Written(target, code, _b.empty))
        if progress:
            progress(i + 1, len(codes))
    return written

"""The drop folder: files the vendor systems leave there nightly are imported as they
appear and moved to ``done/`` or ``failed/`` with a report beside them."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.config import load_setting, store_setting
from app.db import Database
from app.errors import UserError
from app.imports.columns import load_mapping, mapping_names
from app.imports.read import SHEET_SUFFIXES
from app.imports.run import ImportRejected, ImportReport, import_file
from app.security import audit
from app.security.permissions import require

SETTING_KEY = "import_folder"
SETTLE_S = 2.0          # a file untouched this long is taken as fully written
DROPPED = (*SHEET_SUFFIXES, ".csv")     # what vendor systems drop (not notes, reports)


@dataclass(frozen=True)
class ImportFolder:
    """The drop folder (empty: none) the application watches."""

    folder: str = ""


def load_import_folder(session: Session) -> ImportFolder:
    return load_setting(session, SETTING_KEY, ImportFolder, str)


def store_import_folder(session: Session, folder: str, actor: str, role: str) -> None:
    """Set (or with "" clear) the drop folder; a folder that does not exist is refused."""
    require(session, actor, role, "imports.folder")
    folder = folder.strip()
    if folder and not Path(folder).expanduser().is_dir():
        raise UserError(f"The drop folder {folder} does not exist.")
    store_setting(session, SETTING_KEY, {"folder": folder})
    audit.record(session, actor, "imports.folder", "setting", SETTING_KEY, {"folder": folder})


@dataclass
class Outcome:
    file: Path            # where it is now (in done/ or failed/)
    report_file: Path
    ok: bool
    text: str

    def line(self) -> str:
        return f"{'done' if self.ok else 'failed'}: {self.file.name}: {self.text}"


def waiting(folder: Path, now: float | None = None) -> list[Path]:
    """Files ready to import: a known suffix, not hidden, settled."""
    moment = time.time() if now is None else now
    found = []
    for p in sorted(folder.iterdir()):
        if not p.is_file() or p.name.startswith((".", "~$")):
            continue
        if p.suffix.lower() not in DROPPED or ".rejects" in p.name:
            continue
        try:
            if moment - p.stat().st_mtime < SETTLE_S:
                continue
        except OSError:
            continue
        found.append(p)
    return found


def _free(target: Path) -> Path:
    n = 2
    out = target
    while out.exists():
        out = target.with_name(f"{target.stem}-{n}{target.suffix}")
        n += 1
    return out


def _import_one(db: Database, path: Path, actor: str, role: str, mapping: str | None
                ) -> ImportReport:
    """With the mapping given, or else as detected, or else with the first saved
    mapping that fits the file."""
    try:
        return import_file(db, path, actor=actor, role=role, mapping=mapping)
    except ImportRejected:
        raise
    except UserError as not_detected:
        if mapping is not None:
            raise
        for name in mapping_names():
            try:
                return import_file(db, path, actor=actor, role=role,
                                   mapping=load_mapping(name))
            except ImportRejected:
                raise
            except UserError:
                continue
        raise not_detected from None


def scan(db: Database, folder: str | Path, *, actor: str, role: str,
         mapping: str | None = None,
         now: float | None = None) -> list[Outcome]:
    """Import every file waiting in ``folder``, oldest name first."""
    base = Path(folder).expanduser()
    if not base.is_dir():
        raise UserError(f"The drop folder {base} does not exist.")
    outcomes = []
    for path in waiting(base, now):
        lines: list[str]
        try:
            report = _import_one(db, path, actor, role, mapping)
        except ImportRejected as rejected:
            ok = False
            lines = [str(rejected), *(f"  {p.describe()}" for p in rejected.report.problems)]
        except UserError as exc:
            ok = False
            lines = [str(exc)]
        else:
            ok = True
            lines = [report.line()]
        dest_dir = base / ("done" if ok else "failed")
        try:
            dest_dir.mkdir(exist_ok=True)
            dest = _free(dest_dir / path.name)
            shutil.move(str(path), dest)
            report_file = _free(dest.with_name(dest.name + ".report.txt"))
            report_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
        except OSError as exc:
            raise UserError(f"Cannot move {path} to {dest_dir}: {exc.strerror}.") from None
        outcomes.append(Outcome(dest, report_file, ok, lines[0]))
    return outcomes


def folder_ready(folder: str) -> bool:
    return bool(folder) and os.path.isdir(os.path.expanduser(folder))

"""The briefing tests' demo hall (module-scoped, copied per test) and readers."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.db import Database
from app.events.simulator import write_demo_history
from app.records import complaints as svc

TZ = dt.timezone(dt.timedelta(hours=8))
NAME, PHONE = "张小三", "13812345678"


def ts(day: dt.date, hour: int) -> float:
    return dt.datetime.combine(day, dt.time(hour), TZ).timestamp()


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo hall with the last working days of September 2026 and one complaint
    substantiated with the citizen's name and phone in its text."""
    path = tmp_path_factory.mktemp("briefing") / "demo.db"
    db = Database(f"sqlite:///{path}")
    write_demo_history(db, days=6, seed=3, actor="test:demo", end=dt.date(2026, 9, 30),
                       role="director")
    day = dt.date(2026, 7, 2)  # first in the quarter's list of substantiated entries
    with db.write() as session:
        entry = svc.register(session, source="phone", registered_at=ts(day, 10),
                             content=f"{NAME}（{PHONE}）反映窗口人员态度生硬", window="W01",
                             citizen_name=NAME, citizen_phone=PHONE, actor="test:office",
                             role="office", now=ts(day, 10))
        cid = entry.id
    for action, kw in (("verify", {}), ("substantiate", {
            "window": "W01", "finding": f"经核实{NAME}反映属实，已电话{PHONE}回复"})):
        with db.write() as session:
            svc.apply_step(session, action, svc.StepRequest(cid, **kw), actor="test:office",
                           role="office", now=ts(day, 15))
    db.dispose()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> str:
    copy = tmp_path / "demo.db"
    shutil.copy(demo_file, copy)
    return f"sqlite:///{copy}"


def pdf_text(path: Path | bytes) -> str:
    data = path if isinstance(path, bytes) else path.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)



"""The 重点项目 tab as the office uses it: the projects with their progress (an overdue
one in red), a project's timeline and items, starting an item from the tab, a refused
step shown as one sentence, and what a role may not do not offered."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PyQt6.QtCore import Qt
from PyQt6.QtWidgets import QDialog

from app.db import Database
from app.records import project_rules as rules
from app.records import projects as svc
from models import Project, ProjectItem
from widgets.context import AppContext
from widgets.projects import dialogs
from widgets.projects.page import LATE, ProjectsPage
from widgets.projects.timeline import Timeline

TZ = dt.timezone(dt.timedelta(hours=8))
TODAY = dt.date(2026, 10, 20)
NOW = dt.datetime.combine(TODAY, dt.time(10), TZ).timestamp()


def _project(db: Database, code: str, start: dt.date) -> None:
    spec = svc.ProjectSpec(code=code, name=f"项目{code}", start_date=start)
    for key, stage, deps in (("A", 1, []), ("B", 1, []), ("C", 2, ["A", "B"])):
        spec.items.append(svc.ItemSpec(key=key, name=f"事项{key}", department="GS",
                                       stage=stage, promised_days=3, legal_days=6,
                                       depends_on=deps))
    with db.write() as session:
        svc.create_project(session, spec, actor="test:office", role="office", now=NOW)


def _page(qtbot: QtBot, db: Database, role: str = "office") -> ProjectsPage:
    page = ProjectsPage(AppContext(db, f"test:{role}", role=role, clock=lambda: NOW))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    page.show()
    page.load_now()
    return page


def test_progress_timeline_and_an_overdue_project_in_red(qtbot: QtBot, db: Database) -> None:
    _project(db, "P1", dt.date(2026, 10, 12))
    _project(db, "P2", dt.date(2026, 10, 12))
    with db.read() as session:
        item = session.scalar(select(ProjectItem.id).join(Project).where(
            Project.code == "P2", ProjectItem.key == "A"))
    with db.write() as session:   # started 12 Oct, due 15 Oct: overdue on the 20th
        svc.start_item(session, item, dt.date(2026, 10, 12), actor="test:office",
                       role="office", now=NOW)
    page = _page(qtbot, db)
    model = page.project_model
    assert [model.text(p, 0) for p in model.rows] == ["P1", "P2"]
    assert model.text(model.rows[0], 3) == "0/3"
    late = model.index(1, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert late == LATE and model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    page.table.selectRow(1)
    assert [i.key for i in page.timeline.rows()] == ["A", "B", "C"]
    assert page.item_model.rows[0].flag == "overdue"
    assert "1" in page.status.text()
    image = page.timeline.grab().toImage()            # the late bar is painted in red
    reds = sum(1 for x in range(image.width()) for y in range(0, image.height(), 3)
               if image.pixelColor(x, y) == LATE)
    assert reds > 20
    assert isinstance(page.timeline, Timeline)


def test_starting_an_item_from_the_tab_and_a_refusal(qtbot: QtBot, db: Database,
                                                     monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _project(db, "P1", dt.date(2026, 10, 12))
    page = _page(qtbot, db)
    warned: list[str] = []
    page.warn = warned.append
    monkeypatch.setattr(dialogs.DateDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialogs.DateDialog, "day", lambda self: dt.date(2026, 10, 19))
    page.items.selectRow(0)                              # A
    page.buttons["start"].click()
    qtbot.waitUntil(lambda: page.item_model.rows
                    and page.item_model.rows[0].state == rules.RUNNING, timeout=5000)
    assert page.item_model.rows[0].due == dt.date(2026, 10, 22)
    page.items.selectRow(2)                              # C waits for A and B
    page.buttons["start"].click()
    qtbot.waitUntil(lambda: bool(warned), timeout=5000)
    assert "waits for A, B" in warned[0] and "\n" not in warned[0]


def test_what_a_role_may_not_do_is_not_offered(qtbot: QtBot, db: Database) -> None:
    page = _page(qtbot, db, role="office")
    assert not page.buttons["supervise"].isVisibleTo(page)
    assert page.buttons["start"].isVisibleTo(page)
    director = _page(qtbot, db, role="director")
    assert director.buttons["supervise"].isVisibleTo(director)

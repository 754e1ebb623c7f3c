"""Key projects under parallel approval (docs/spec/records.md, Key projects): due dates on
the hall's working days, stages in parallel, linked cases moving items, the items to
chase, 督办, the sheet's round trip, refusals that change nothing, roles."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from app.calendar import WorkCalendar
from app.db import Database
from app.errors import UserError
from app.io.project_sheet import HEADERS, export_projects, import_projects
from app.io.xlsx import SheetRejected
from app.records import project_rules as rules
from app.records import projects as svc
from app.records.project_view import cards, projects
from app.security.permissions import PermissionDenied
from models import AuditEntry, Project, ProjectItem, ProjectStep
from tests.app.complaint_helpers import feed
from tests.cli_helpers import cli, one_sentence

NOW = dt.datetime(2026, 10, 20, 10, tzinfo=dt.timezone(dt.timedelta(hours=8))).timestamp()
START = dt.date(2026, 9, 28)          # a Monday before National Day 2026


def spec(code: str = "P1", **items: dict) -> svc.ProjectSpec:
    """A project of four items: A and B in parallel (立项), C after both (用地), D (规划)."""
    plan = items or {
        "A": {"stage": 1, "promised_days": 3, "legal_days": 5},
        "B": {"stage": 1, "promised_days": 4, "legal_days": 8},
        "C": {"stage": 2, "promised_days": 2, "legal_days": 4, "depends_on": ["A", "B"]},
        "D": {"stage": 3, "promised_days": 5, "legal_days": 10, "depends_on": ["C"]},
    }
    out = svc.ProjectSpec(code=code, name="耀华宜家", start_date=START, investor="耀华集团",
                          amount=5000.0, lead="王主任")
    for key, values in plan.items():
        out.items.append(svc.ItemSpec(key=key, name=f"事项{key}", department="GS",
                                      **{"depends_on": [], **values}))
    return out


def create(db: Database, s: svc.ProjectSpec | None = None, role: str = "office") -> int:
    with db.write() as session:
        return svc.create_project(session, s or spec(), actor=f"test:{role}", role=role,
                                  now=NOW).id


def item_id(db: Database, key: str, code: str = "P1") -> int:
    with db.read() as session:
        return int(session.scalar(select(ProjectItem.id).join(Project).where(
            Project.code == code, ProjectItem.key == key)))


def view(db: Database, today: dt.date) -> dict[str, object]:
    with db.read() as session:
        (p,) = projects(session, today)
    return {i.key: i for i in p.items} | {"_project": p}


def start(db: Database, key: str, on: dt.date) -> None:
    with db.write() as session:
        svc.start_item(session, item_id(db, key), on, actor="test:office", role="office",
                       now=NOW)


def complete(db: Database, key: str, on: dt.date) -> None:
    with db.write() as session:
        svc.complete_item(session, item_id(db, key), on, actor="test:office", role="office",
                          now=NOW)


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(int(session.scalar(select(func.count()).select_from(m)) or 0)
                     for m in (Project, ProjectItem, ProjectStep, AuditEntry))


def test_due_dates_count_the_hall_working_days_across_national_day(db: Database) -> None:
    pid = create(db)
    start(db, "A", dt.date(2026, 9, 29))
    start(db, "B", dt.date(2026, 9, 29))
    items = view(db, dt.date(2026, 9, 30))
    # A: 3 working days after Tue 29 Sep: 30 Sep, (1–7 Oct holiday), 8 Oct, 9 Oct.
    assert items["A"].due == dt.date(2026, 10, 9)
    # B: the fourth is Saturday 10 October, a make-up working day.
    assert items["B"].due == dt.date(2026, 10, 10)
    assert pid


def test_a_parallel_stage_completes_only_when_all_its_items_do(db: Database) -> None:
    create(db)
    start(db, "A", START)
    start(db, "B", START)
    complete(db, "A", dt.date(2026, 9, 30))
    before = counts(db)
    with pytest.raises(UserError, match="waits for B"):
        start(db, "C", dt.date(2026, 9, 30))
    assert counts(db) == before
    complete(db, "B", dt.date(2026, 10, 8))
    start(db, "C", dt.date(2026, 10, 8))
    p = view(db, dt.date(2026, 10, 8))["_project"]
    assert (p.done, p.current_stage) == (2, 2)
    # critical path: max(A, B) + C + D, not the sum of all four
    assert (p.promised_total, p.legal_total) == (4 + 2 + 5, 8 + 4 + 10)


def test_a_linked_case_moves_its_item_without_anyone_typing_it(db: Database) -> None:
    create(db)
    with db.write() as session:
        svc.link_case(session, item_id(db, "A"), "XM-2026-001", actor="test:office",
                      role="office", now=NOW)
    assert view(db, START)["A"].state == rules.PENDING       # no such case yet
    feed(db, [{"id": "pa1", "ts": "2026-09-29T09:30:00+08:00", "type": "case_accepted",
               "case": "XM-2026-001", "item": "企业投资项目备案", "window": "W01",
               "legal_days": 5, "promised_days": 3}])
    a = view(db, dt.date(2026, 9, 30))["A"]
    assert (a.state, a.started_on, a.due) == (rules.RUNNING, dt.date(2026, 9, 29),
                                             dt.date(2026, 10, 9))
    feed(db, [{"id": "pa2", "ts": "2026-10-08T15:00:00+08:00", "type": "case_completed",
               "case": "XM-2026-001", "result": "approved"}])
    a = view(db, dt.date(2026, 10, 8))["A"]
    assert (a.state, a.done_on) == (rules.DONE, dt.date(2026, 10, 8))


def test_overdue_and_due_soon_cards_on_the_right_working_day(db: Database) -> None:
    create(db)
    start(db, "A", dt.date(2026, 9, 29))                     # due Fri 9 Oct
    with db.read() as session:
        cal = WorkCalendar.load(session)
        assert cards(session, dt.date(2026, 9, 29), cal) == []
        # Wednesday 30 September: two working days remain (8 and 9 October), the
        # holiday week between does not count
        (soon,) = cards(session, dt.date(2026, 9, 30), cal)
        assert (soon.item, soon.flag, soon.overdue_days) == ("A", "due_soon", 0)
        assert cards(session, dt.date(2026, 10, 9), cal)[0].flag == "due_soon"
        (first,) = cards(session, dt.date(2026, 10, 10), cal)  # the make-up Saturday
        assert (first.flag, first.overdue_days) == ("overdue", 1)
        (late,) = cards(session, dt.date(2026, 10, 13), cal)   # Sat 10, Mon 12, Tue 13
        assert (late.flag, late.overdue_days) == ("overdue", 3)


def test_a_returned_item_starts_again_with_a_new_due_date(db: Database) -> None:
    create(db)
    start(db, "A", START)
    with db.write() as session:
        svc.return_item(session, item_id(db, "A"), "缺营业执照复印件", actor="test:office",
                        role="office", now=NOW)
    a = view(db, START)["A"]
    assert (a.state, a.missing) == (rules.RETURNED, "缺营业执照复印件")
    start(db, "A", dt.date(2026, 10, 12))
    assert view(db, dt.date(2026, 10, 12))["A"].due == dt.date(2026, 10, 15)


@pytest.mark.parametrize(("change", "message"), [
    ({"A": {"stage": 1, "promised_days": 1, "legal_days": 2, "depends_on": ["B"]},
      "B": {"stage": 1, "promised_days": 1, "legal_days": 2, "depends_on": ["A"]}}, "loop"),
    ({"A": {"stage": 1, "promised_days": 1, "legal_days": 2, "depends_on": ["Z9"]}},
     "not an item of this project"),
    ({"A": {"stage": 2, "promised_days": 1, "legal_days": 2},
      "B": {"stage": 1, "promised_days": 1, "legal_days": 2, "depends_on": ["A"]}},
     "later stage"),
    ({"A": {"stage": 1, "promised_days": 1, "legal_days": 2,
            "started_on": dt.date(2026, 9, 1), "state": "办理中"}}, "before the project"),
    ({"A": {"stage": 9, "promised_days": 1, "legal_days": 2}}, "stage"),
    ({"A": {"stage": 1, "promised_days": "五天", "legal_days": 2}}, "working days"),
    ({"A": {"stage": 1, "promised_days": 6, "legal_days": 3}}, "above its legal"),
])
def test_bad_projects_are_refused_whole(db: Database, change: dict, message: str) -> None:
    before = counts(db)
    with pytest.raises(UserError, match=message) as refused:
        create(db, spec(**change))
    assert "\n" not in str(refused.value)
    assert counts(db) == before


def test_an_unknown_department_and_odd_text_are_refused(db: Database) -> None:
    bad = spec()
    bad.items[0].department = "NOPE"
    with pytest.raises(UserError, match="NOPE"):
        create(db, bad)
    odd = spec()
    odd.name = "耀华\ud800"
    with pytest.raises(UserError, match="surrogate"):
        create(db, odd)
    far = spec()
    far.start_date = dt.date(9999, 12, 31)
    with pytest.raises(UserError, match="2000–2100"):
        create(db, far)


def test_roles_supervision_and_its_answer_are_audited(db: Database) -> None:
    before = counts(db)
    with pytest.raises(PermissionDenied):
        create(db, role="inspector")
    assert counts(db)[:3] == before[:3]
    pid = create(db)
    with db.write() as session, pytest.raises(PermissionDenied):
        svc.supervise(session, pid, None, "国土分局", "请加快", dt.date(2026, 10, 9),
                      actor="test:office", role="office", now=NOW)
    with db.write() as session:
        sup = svc.supervise(session, pid, item_id(db, "A"), "发改局 李科长", "请三日内办结",
                            dt.date(2026, 10, 9), actor="test:director", role="director",
                            now=NOW)
        sid = sup.id
    with db.write() as session:
        svc.answer(session, sid, "已于10月9日办结", actor="test:office", role="office",
                   now=NOW + 60)
    p = view(db, START)["_project"]
    (s,) = p.supervisions
    assert (s.item_key, s.to_whom, s.answer) == ("A", "发改局 李科长", "已于10月9日办结")
    with db.read() as session:
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
    assert actions[-4:] == ["project.create", "access.denied", "project.supervise",
                            "project.answer"]


def test_the_sheet_round_trips_and_a_changed_sheet_is_refused(db: Database,
                                                              tmp_path: Path) -> None:
    create(db)
    start(db, "A", START)
    out = tmp_path / "projects.xlsx"
    export_projects(db, out, actor="test:office", role="office", now=NOW)
    again = import_projects(db, out, actor="test:office", role="office", now=NOW)
    assert (again.added, again.skipped) == (0, 1)
    book = openpyxl.load_workbook(out)
    sheet = book.active
    sheet.cell(row=2, column=HEADERS.index("承诺时限") + 1, value=9)
    book.save(out)
    before = counts(db)
    with pytest.raises(SheetRejected) as refused:
        import_projects(db, out, actor="test:office", role="office", now=NOW)
    assert "differs" in refused.value.detail_lines()[0]
    assert counts(db) == before


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(list(HEADERS))
    for r in rows:
        sheet.append(r)
    book.save(path)
    return path


def test_import_names_every_bad_row_and_writes_nothing(db: Database, tmp_path: Path) -> None:
    good = ["P9", "迪诺雅家具", "工业项目", "迪诺雅", 3000, "张", "在办", "2026-09-28"]
    path = _sheet(tmp_path / "in.xlsx", [
        [*good, "A", "备案", "GS", "立项", "", 3, 5, "", "未启动", None, None],
        [*good, "B", "预审", "GS", "用地", "A", "三天", 10, "", "", None, None],
        ["P8", "坏日期", "", "", "", "", "", "9999年13月1日",
         "A", "备案", "GS", 1, "", 3, 5, "", "", None, None],
    ])
    before = counts(db)
    with pytest.raises(SheetRejected) as refused:
        import_projects(db, path, actor="test:office", role="office", now=NOW)
    lines = refused.value.detail_lines()
    assert any(line.startswith("row 4") and "开始日期" in line for line in lines), lines
    assert any(line.startswith("row 2") and "working days" in line for line in lines), lines
    assert counts(db) == before


def test_the_command_line_lists_imports_and_refuses(db: Database, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    good = ["P9", "迪诺雅家具", "工业项目", "迪诺雅", 3000, "张", "在办", dt.date(2026, 9, 28)]
    path = _sheet(tmp_path / "p.xlsx", [
        [*good, "A", "备案", "GS", "立项", "", 3, 5, "", "", None, None],
        [*good, "B", "预审", "RS", "用地", "A", 10, 20, "", "", None, None]])
    status, out, _err = cli(capsys, "--db", db.url, "projects", "import", str(path))
    assert status == 0 and "1 projects added" in out
    status, out, _err = cli(capsys, "--db", db.url, "projects", "list", "--json")
    (p,) = json.loads(out)
    assert (p["code"], p["items"], p["done"], p["legal_total"]) == ("P9", 2, 0, 25)
    bad = _sheet(tmp_path / "bad.xlsx", [["P7", *good[1:], "A", "备案", "NOPE", "立项", "",
                                          3, 5, "", "", None, None]])
    status, _out, err = cli(capsys, "--db", db.url, "projects", "import", str(bad))
    assert status == 2
    assert "rejected" in err.splitlines()[0] and "NOPE" in err
    status, _out, err = cli(capsys, "--db", db.url, "projects", "export", "/dev/null/x.xlsx")
    assert status == 2 and one_sentence(err)


def test_the_briefing_reports_each_project_and_its_overdue_items(db: Database,
                                                                 tmp_path: Path) -> None:
    from app.briefing.content import HEADINGS
    from app.briefing.export import write_briefing
    from app.briefing.terms import parse
    from tests.app.briefing_helpers import pdf_text

    pid = create(db)
    start(db, "A", dt.date(2026, 9, 29))                     # due 9 Oct: overdue on the 20th
    with db.write() as session:
        svc.supervise(session, pid, item_id(db, "A"), "工商分局", "请尽快办结",
                      dt.date(2026, 10, 22), actor="test:director", role="director", now=NOW)
    out = tmp_path / "q4.pdf"
    write_briefing(db, parse("2026Q4"), str(out), NOW, None, actor="test:office",
                   role="office")
    flat = pdf_text(out).replace("\n", "")
    section = flat[flat.index(HEADINGS[6]):flat.index(HEADINGS[7])]
    assert "P1 耀华宜家" in section and "0/4" in section
    assert "逾期1项" in section and "工商分局，限10-22，未答复" in section
    assert "事项A" in section and "8个工作日" in section


def test_an_overdue_item_is_a_line_of_the_live_alerts(db: Database) -> None:
    from app.figures import alerts
    from app.figures.live import snapshot

    create(db)
    start(db, "A", dt.date(2026, 9, 29))                     # due 9 Oct
    alerts._project_cards.clear()
    with db.read() as session:
        cal = WorkCalendar.load(session)
        found = alerts.compute_alerts(session, snapshot(session, NOW, cal), cal,
                                      dt.timezone(dt.timedelta(hours=8)))
    (line,) = [a for a in found if a.kind == alerts.PROJECT]
    assert (line.subject, line.detail["overdue_days"], line.detail["flag"]) == (
        "P1 A", 8, "overdue")
    assert line.window is None and line.since is not None


def test_the_templates_are_edited_checked_and_used(db: Database) -> None:
    good = ('[[types]]\nname = "小型项目"\n[[types.items]]\nkey = "A"\nname = "备案"\n'
            'department = "GS"\nstage = 1\npromised = 2\nlegal = 5\n')
    with db.write() as session:
        assert "工业项目" in svc.templates(session)           # the shipped ones
        svc.store_templates(session, good, actor="test:office", role="office", now=NOW)
    with db.read() as session:
        assert list(svc.templates(session)) == ["小型项目"]
    for bad, message in ((good.replace('"GS"', '"NOPE"'), "NOPE"),
                         (good.replace("stage = 1", "stage = 7"), "stage"),
                         (good + 'depends_on = ["A"]\n', "itself"),
                         ("[[types]]\nitems = []\n", "lacks the key"),
                         ("not toml [", "cannot be read")):
        with db.write() as session, pytest.raises(UserError, match=message):
            svc.store_templates(session, bad, actor="test:office", role="office", now=NOW)
    with db.read() as session:
        assert list(svc.templates(session)) == ["小型项目"]     # unchanged by the refusals

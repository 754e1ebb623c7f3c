"""``halldesk init``: the hall configuration file of docs/spec/hall.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from app.db import Database
from models import Department, Hall, Staff, Window
from tests.cli_helpers import cli, counts, one_sentence
from tests.conftest import SMALL_HALL

SMALL = Path(SMALL_HALL).read_text(encoding="utf-8")


def init(capsys: pytest.CaptureFixture[str], url: str, hall: Path | None = None
         ) -> tuple[int, str, str]:
    return cli(capsys, "--db", url, "init", *(["--hall", str(hall)] if hall else []))


def hall_file(tmp_path: Path, text: str, name: str = "config.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rows(url: str, model: Any) -> dict[str, Any]:
    """Rows of departments, windows or staff by code (detached, attributes loaded)."""
    db = Database(url)
    try:
        with db.read() as session:
            return {row.code: row for row in session.scalars(select(model))}
    finally:
        db.dispose()


def audit_intact(capsys: pytest.CaptureFixture[str], url: str) -> None:
    status, out, err = cli(capsys, "--db", url, "audit", "verify")
    assert status == 0, out + err


# -- loading -------------------------------------------------------------------------
def test_init_loads_the_small_hall(empty_url: str, capsys: pytest.CaptureFixture[str]
                                   ) -> None:
    status, out, err = init(capsys, empty_url, Path(SMALL_HALL))
    assert status == 0, err
    assert "2 departments, 3 windows, 3 staff" in out
    depts = rows(empty_url, Department)
    assert {c: d.name for c, d in depts.items()} == {"GS": "工商分局", "RS": "人社局"}
    windows = rows(empty_url, Window)
    assert sorted(windows) == ["W01", "W02", "W03"]
    w1, w3 = windows["W01"], windows["W03"]
    assert (w1.floor, w1.row, w1.col, w1.label) == (1, 0, 0, "企业登记")
    assert (w3.floor, w3.row, w3.col, w3.label) == (2, 0, 0, "社保")
    assert windows["W02"].label == ""
    assert w3.department_id == depts["RS"].id
    staff = rows(empty_url, Staff)
    assert {c: (s.name, s.department_id) for c, s in staff.items()} == {
        "S001": ("张三", depts["GS"].id), "S002": ("李四", depts["GS"].id),
        "S003": ("王五", depts["RS"].id)}
    assert not any(r.retired for r in [*depts.values(), *windows.values(), *staff.values()])
    db = Database(empty_url)
    with db.read() as session:
        hall = session.scalars(select(Hall)).one()
        assert (hall.name, hall.timezone) == ("测试中心", "Asia/Shanghai")
    db.dispose()
    audit_intact(capsys, empty_url)


def test_reinit_with_the_same_file_changes_nothing(
        empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = init(capsys, empty_url, Path(SMALL_HALL))
    assert status == 0, err
    before = counts(empty_url)
    for _ in range(2):
        status, out, err = init(capsys, empty_url, Path(SMALL_HALL))
        assert status == 0, err
        assert "0 added, 0 updated, 0 retired" in out
    after = counts(empty_url)
    hall_tables = ["hall", "department", "service_window", "staff", "checklist_item",
                   "setting"]
    assert {t: after[t] for t in hall_tables} == {t: before[t] for t in hall_tables}
    assert after["service_window"] == 3
    audit_intact(capsys, empty_url)


def test_edited_file_renames_and_adds(db_url: str, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    text = (SMALL.replace('name = "工商分局"', 'name = "市场监督管理局"')
            .replace('label = "企业登记"', 'label = "企业开办"')
            .replace('name = "张三"', 'name = "张三丰"')
            .replace('name = "测试中心"', 'name = "测试政务服务中心"')
            + '\n[[windows]]\ncode = "W04"\ndepartment = "RS"\nfloor = 2\n'
              'position = [0, 1]\nlabel = "医保"\n'
            + '\n[[staff]]\ncode = "S004"\nname = "赵六"\ndepartment = "RS"\n')
    status, out, err = init(capsys, db_url, hall_file(tmp_path, text))
    assert status == 0, err
    assert "2 added" in out
    assert "0 retired" in out
    depts = rows(db_url, Department)
    assert depts["GS"].name == "市场监督管理局"
    assert len(depts) == 2
    windows = rows(db_url, Window)
    assert sorted(windows) == ["W01", "W02", "W03", "W04"]
    assert windows["W01"].label == "企业开办"
    assert (windows["W04"].floor, windows["W04"].col, windows["W04"].label) == (2, 1, "医保")
    assert windows["W04"].department_id == depts["RS"].id
    staff = rows(db_url, Staff)
    assert sorted(staff) == ["S001", "S002", "S003", "S004"]
    assert staff["S001"].name == "张三丰"
    db = Database(db_url)
    with db.read() as session:
        assert session.scalars(select(Hall.name)).all() == ["测试政务服务中心"]
    db.dispose()
    audit_intact(capsys, db_url)


def test_removed_entries_are_retired_not_deleted(db_url: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "day.jsonl"
    events = [
        {"id": "r1", "ts": "2026-11-25T08:30:00+08:00", "type": "window_opened",
         "window": "W02", "staff": "S002"},
        {"id": "r2", "ts": "2026-11-25T09:00:00+08:00", "type": "ticket_issued",
         "ticket": "A001", "service": "GS"},
        {"id": "r3", "ts": "2026-11-25T09:01:00+08:00", "type": "ticket_called",
         "ticket": "A001", "window": "W02"},
        {"id": "r4", "ts": "2026-11-25T09:02:00+08:00", "type": "service_started",
         "ticket": "A001", "window": "W02"},
        {"id": "r5", "ts": "2026-11-25T09:12:00+08:00", "type": "service_finished",
         "ticket": "A001", "window": "W02"},
        {"id": "r6", "ts": "2026-11-25T09:13:00+08:00", "type": "evaluation",
         "window": "W02", "rating": 4},
        {"id": "r7", "ts": "2026-11-25T17:00:00+08:00", "type": "window_closed",
         "window": "W02"},
    ]
    batch.write_text("".join(json.dumps(e) + "\n" for e in events), encoding="utf-8")
    status, _, err = cli(capsys, "--db", db_url, "ingest", str(batch))
    assert status == 0, err
    before = counts(db_url)

    w02 = SMALL.index('[[windows]]\ncode = "W02"')
    w03 = SMALL.index('[[windows]]\ncode = "W03"')
    s002 = SMALL.index('[[staff]]\ncode = "S002"')
    s003 = SMALL.index('[[staff]]\ncode = "S003"')
    without = SMALL[:w02] + SMALL[w03:s002] + SMALL[s003:]
    status, out, err = init(capsys, db_url, hall_file(tmp_path, without))
    assert status == 0, err
    assert "2 retired" in out
    windows, staff = rows(db_url, Window), rows(db_url, Staff)
    assert sorted(windows) == ["W01", "W02", "W03"]
    assert windows["W02"].retired and not windows["W01"].retired
    assert staff["S002"].retired and not staff["S001"].retired
    after = counts(db_url)
    for name in ("raw_event", "ticket", "window_session", "evaluation", "service_window",
                 "staff"):
        assert after[name] == before[name], name
    status, out, err = cli(capsys, "--db", db_url, "stats", "--from", "2026-11-25",
                           "--to", "2026-11-26", "--json")
    assert status == 0, err
    hall = json.loads(out)["hall"]
    assert (hall["served"], hall["evaluations"]["4"]) == (1, 1)  # its events stay

    # Back in the file: the same rows come back to life, no duplicates.
    status, out, err = init(capsys, db_url, Path(SMALL_HALL))
    assert status == 0, err
    windows, staff = rows(db_url, Window), rows(db_url, Staff)
    assert len(windows) == 3 and not windows["W02"].retired
    assert len(staff) == 3 and not staff["S002"].retired
    audit_intact(capsys, db_url)


# -- bad hall files ------------------------------------------------------------------
def _dup(section: str, code: str, extra: str) -> str:
    return SMALL + f'\n[[{section}]]\ncode = "{code}"\n{extra}'


BAD_FILES: dict[str, tuple[str, tuple[str, ...]]] = {
    "unknown top-level key": ('colour = "red"\n' + SMALL, ("colour",)),
    "unknown key in [hall]": (SMALL.replace('timezone = "Asia/Shanghai"',
                                            'timezone = "Asia/Shanghai"\ncity = "X"'),
                              ("city", "hall")),
    "unknown key in a window": (SMALL.replace('label = "社保"', 'label = "社保"\ncolour = 3'),
                                ("colour", "W03|windows entry 3")),
    "unknown key in a department": (SMALL.replace('name = "人社局"',
                                                  'name = "人社局"\nhead = "x"'),
                                    ("head", "RS|departments entry 2")),
    "duplicate department code": (_dup("departments", "GS", 'name = "又一个"\n'),
                                  ("GS", "twice")),
    "duplicate window code": (_dup("windows", "W01", 'department = "RS"\n'),
                              ("W01", "twice")),
    "duplicate staff code": (_dup("staff", "S001", 'name = "重名"\ndepartment = "GS"\n'),
                             ("S001", "twice")),
    "window with unknown department": (
        SMALL.replace('department = "RS"\nfloor = 2', 'department = "XX"\nfloor = 2'),
        ("W03", "department", "XX")),
    "staff with unknown department": (
        _dup("staff", "S009", 'name = "新人"\ndepartment = "ZZ"\n'), ("S009", "ZZ")),
    "bad time zone": (SMALL.replace("Asia/Shanghai", "Mars/Olympus_Mons"),
                      ("timezone", "Mars/Olympus_Mons")),
    "empty time zone": (SMALL.replace("Asia/Shanghai", ""), ("timezone",)),
    "lower-case window code": (SMALL.replace('code = "W02"', 'code = "w02"'), ("w02",)),
    "window code with a dash": (SMALL.replace('code = "W02"', 'code = "W-02"'), ("W-02",)),
    "code of 17 characters": (SMALL.replace('code = "S003"', 'code = "S0030000000000000"'),
                              ("S0030000000000000",)),
    "department code in Chinese": (SMALL.replace('code = "RS"', 'code = "人社"'), ("人社",)),
    "position clash": (SMALL.replace("position = [0, 1]", "position = [0, 0]"),
                       ("W02", "position", "W01")),
    "position not a pair": (SMALL.replace("position = [0, 1]", "position = [1]"),
                            ("W02", "position")),
    "floor zero": (SMALL.replace("floor = 2", "floor = 0"), ("W03", "floor")),
    "window without department": (SMALL.replace('department = "RS"\nfloor = 2', 'floor = 2'),
                                   ("department", "W03|windows entry 3")),
    "no [hall] table": (SMALL[SMALL.index("[[departments]]"):], ("hall",)),
    "[hall] misspelt": (SMALL.replace("[hall]", "[centre]"), ("centre",)),
    "deduction not a number": (SMALL + '\n[deductions]\nred_card = "much"\n',
                               ("red_card",)),
    "unknown deduction": (SMALL + "\n[deductions]\nlateness = 0.1\n", ("lateness",)),
    "bad TOML": (SMALL.replace('[[windows]]\ncode = "W02"', '[[windows]\ncode = "W02"'),
                 ("TOML",)),
    "bad TOML value": (SMALL.replace('code = "W02"', "code = W02"), ("TOML",)),
}


@pytest.mark.parametrize("name", list(BAD_FILES))
def test_bad_hall_file_is_refused_whole(name: str, db_url: str, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    text, words = BAD_FILES[name]
    # Something new in the file too: it must not be loaded either.
    text += '\n[[departments]]\ncode = "NEW"\nname = "新部门"\n'
    path = hall_file(tmp_path, text)
    before = counts(db_url)
    status, out, err = init(capsys, db_url, path)
    assert status == 2, out + err
    sentence = one_sentence(err)
    assert str(path) in sentence
    for word in words:
        assert any(w in sentence for w in word.split("|")), f"{word!r} not in: {sentence}"
    assert counts(db_url) == before
    assert "NEW" not in rows(db_url, Department)


def test_bad_hall_file_creates_no_schema(empty_url: str, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    path = hall_file(tmp_path, BAD_FILES["bad time zone"][0])
    status, _, err = init(capsys, empty_url, path)
    assert status == 2
    one_sentence(err)
    db_path = make_url(empty_url).database or ""
    if empty_url.startswith("sqlite") and not Path(db_path).exists():
        return
    assert counts(empty_url) == {}


def test_missing_hall_file(empty_url: str, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nowhere" / "hall.toml"
    status, _, err = init(capsys, empty_url, missing)
    assert status == 2
    assert str(missing) in one_sentence(err)
    if empty_url.startswith("sqlite") and not Path(make_url(empty_url).database or "").exists():
        return
    assert counts(empty_url) == {}


def test_hall_file_not_utf8(db_url: str, tmp_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes(SMALL.encode("gbk"))
    before = counts(db_url)
    status, _, err = init(capsys, db_url, path)
    assert status == 2
    assert str(path) in one_sentence(err)
    assert counts(db_url) == before


# -- the demo hall -------------------------------------------------------------------
def test_demo_hall(empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = init(capsys, empty_url)
    assert status == 0, err
    windows = [w for w in rows(empty_url, Window).values() if not w.retired]
    assert len(windows) == 45
    assert {w.floor for w in windows} == {1, 2, 3}
    depts = rows(empty_url, Department)
    assert 17 <= len(depts) <= 23
    assert {w.department_id for w in windows} <= {d.id for d in depts.values()}
    cells = [(w.floor, w.row, w.col) for w in windows if w.row is not None]
    assert len(cells) == len(set(cells))
    audit_intact(capsys, empty_url)

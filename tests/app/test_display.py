"""The public display's data (app/display): masking of every name form, no personal
data in the board or the web page, the days shown, and ``halldesk publish``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import os
import re
from pathlib import Path

import pytest

from app.config import DisplaySettings
from app.db import Database
from app.display.board import Board, load_board, load_day
from app.display.publish import render_html
from app.display.settings import display_settings
from app.masking import mask_applicant, mask_chinese_name, scrub_case_no, scrub_text
from tests.app.display_helpers import (
    APPLICANTS,
    FRIDAY,
    ID_NUMBER,
    MONDAY,
    SECRETS,
    TZ,
    case_events,
    feed,
    personal_cases,
    ts,
)
from tests.cli_helpers import cli, counts, one_sentence


# -- masking -------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "shown"), [
    ("张三", "张*"),                 # two characters
    ("张小三", "张*三"),             # three
    ("欧阳明", "欧*明"),             # three, whatever the surname
    ("张小小四", "张**四"),          # four, single surname
    ("欧阳小明", "欧阳*明"),         # four, compound surname
    ("司马相如", "司马*如"),
    ("诸葛孔明", "诸葛*明"),
    ("上官婉儿", "上官*儿"),
    ("慕容复兴", "慕容*兴"),
    ("欧阳小明明", "欧阳**明"),      # five
    ("张", "*"),                     # one
    ("  张 三 ", "张*"),            # white space is not part of a name
    ("", ""),
    (None, ""),
])
def test_chinese_names(name: str | None, shown: str) -> None:
    assert mask_applicant(name) == shown


@pytest.mark.parametrize(("name", "shown"), [
    ("John Smith", "J** S**"),
    ("Anna Müller", "A** M**"),
    ("Kim Min-jun", "K** M** j**"),
    ("O'Brien", "O**"),
    ("Li", "L**"),
    ("买买提·艾力", "买**·*力"),
])
def test_latin_and_dotted_names(name: str, shown: str) -> None:
    assert mask_applicant(name) == shown


@pytest.mark.parametrize(("name", "shown"), [
    ("杭州明远科技有限公司", "杭***有限公司"),
    ("示范区恒达建设工程有限责任公司", "示***有限责任公司"),
    ("某某公司", "某***公司"),
    ("张三烧烤店", "张***店"),      # a sole trader named after its owner
    ("ACME Co., Ltd.", "A** Co., Ltd."),
    ("张三13812345678", "张**"),     # mixed text: digits never shown
    ("13812345678", "*"),
])
def test_enterprises_and_mixed_text(name: str, shown: str) -> None:
    assert mask_applicant(name) == shown


def test_the_surname_of_a_person_is_not_mistaken_for_an_organisation() -> None:
    # 店, 所, 院 … close a shop's name, not a person's: 李小店 is a person.
    assert mask_applicant("李小店") == "李*店"
    assert mask_applicant("王中心") == "王*心"
    assert mask_chinese_name("东方") == "东*"


def test_free_text_loses_phones_ids_and_the_applicants_name() -> None:
    text = f"张三的营业执照 电话 138 1234 5678 或 0571-88776655 身份证 {ID_NUMBER} 2026年 第3号"
    out = scrub_text(text, ("张三",))
    assert out == "张*的营业执照 电话 *** 或 *** 身份证 *** 2026年 第3号"
    assert scrub_text("+86 139 0000 1111 联系") == "*** 联系"


def test_case_numbers_keep_their_digits_but_not_a_mobile_number() -> None:
    assert scrub_case_no("20260911GSA001") == "20260911GSA001"
    assert scrub_case_no("330102202609110001") == "330102202609110001"
    assert scrub_case_no("GS-13812345678") == "GS-***"


# -- the board -----------------------------------------------------------------------
def _all_text(board: Board) -> str:
    """Every text the board holds (times and dates apart: they are numbers)."""
    cases = [{k: v for k, v in dataclasses.asdict(c).items() if k not in ("completed_at", "day")}
             for c in board.cases]
    return repr((board.hall_name, board.timezone, cases, board.figures))


def test_board_shows_today_and_the_last_day_before_it_masked(db: Database) -> None:
    feed(db, personal_cases(MONDAY))
    feed(db, case_events("F1", FRIDAY, 10, "钱多多"))
    feed(db, case_events("T1", dt.date(2026, 9, 10), 10, "周一一"))  # Thursday: not shown
    with db.read() as session:
        board = load_board(session, ts(MONDAY, 18))
    assert board.hall_name == "测试中心"
    assert (board.today, board.previous) == (MONDAY, FRIDAY)  # Monday: Friday's too
    assert [c.case_no for c in board.cases][-1] == "F1"
    assert board.count(MONDAY) == len(APPLICANTS) and board.count(FRIDAY) == 1
    completed = [c.completed_at for c in board.cases]
    assert completed == sorted(completed, reverse=True)  # newest first
    shown = {c.case_no: c.applicant for c in board.cases}
    for i, (_name, masked) in enumerate(APPLICANTS):
        assert shown[f"K{i:02d}"] == masked
    assert shown["F1"] == "钱*多"
    k00 = next(c for c in board.cases if c.case_no == "K00")
    assert (k00.item, k00.department, k00.window) == (
        "张*的营业执照 联系电话*** 身份证***", "工商分局", "W01")
    text = _all_text(board)
    for secret in SECRETS:
        assert secret not in text, secret
    assert not re.search(r"\d{7,}", text)


def test_board_hides_what_is_not_completed_yet(db: Database) -> None:
    feed(db, case_events("A1", MONDAY, 9, "张三"))
    feed(db, case_events("A2", MONDAY, 10, "李四", done=(MONDAY, 15, 0)))
    feed(db, [{"id": "open-a", "ts": f"{MONDAY}T11:00:00+08:00", "type": "case_accepted",
               "case": "OPEN", "item": "户口迁移", "window": "W03", "legal_days": 10,
               "promised_days": 5}])
    with db.read() as session:
        board = load_board(session, ts(MONDAY, 12))
    assert [c.case_no for c in board.cases] == ["A1"]  # A2 is completed at 15:00
    assert board.previous is None
    assert board.figures is not None and board.figures.served == 0


def test_board_figures_come_from_app_figures(db: Database) -> None:
    from zoneinfo import ZoneInfo

    from app.figures import Period, compute

    feed(db, [
        {"id": "o", "ts": f"{MONDAY}T08:50:00+08:00", "type": "window_opened",
         "window": "W01", "staff": "S001"},
        {"id": "t", "ts": f"{MONDAY}T09:00:00+08:00", "type": "ticket_issued",
         "ticket": "A001", "service": "GS"},
        {"id": "c", "ts": f"{MONDAY}T09:06:00+08:00", "type": "ticket_called",
         "ticket": "A001", "window": "W01"},
        {"id": "s", "ts": f"{MONDAY}T09:06:00+08:00", "type": "service_started",
         "ticket": "A001", "window": "W01"},
        {"id": "f", "ts": f"{MONDAY}T09:10:00+08:00", "type": "service_finished",
         "ticket": "A001", "window": "W01"},
        {"id": "e", "ts": f"{MONDAY}T09:11:00+08:00", "type": "evaluation",
         "window": "W01", "rating": 5, "ticket": "A001"},
    ])
    now = ts(MONDAY, 12)
    with db.read() as session:
        board = load_board(session, now)
        hall = compute(session, Period(MONDAY, MONDAY + dt.timedelta(days=1),
                                       ZoneInfo("Asia/Shanghai")), now).hall
    assert board.figures is not None
    assert (board.figures.served, board.figures.avg_wait_s,
            board.figures.satisfaction_rate) == (1, 360.0, 1.0)
    assert board.figures.served == hall.served and board.figures.avg_wait_s == hall.avg_wait_s


# -- the web page --------------------------------------------------------------------
def _page(db: Database, day: dt.date = MONDAY) -> str:
    with db.read() as session:
        return render_html(load_day(session, day, ts(MONDAY, 20)), TZ)


def test_page_has_no_personal_data_and_no_external_resource(db: Database) -> None:
    feed(db, personal_cases(MONDAY))
    page = _page(db)
    for secret in SECRETS:
        assert secret not in page, secret
    for _name, masked in APPLICANTS:
        assert html.escape(masked) in page
    assert not re.search(r"\d{7,}", re.sub(r"<style>.*?</style>", "", page, flags=re.S))
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    lowered = page.lower()
    for external in ("<script", "src=", "href=", "@import", "url(", "http:", "https:", "//"):
        assert external not in lowered.replace("http-equiv", ""), external
    assert page.count("<tr data-case=") == len(APPLICANTS)
    # In the order the cases were completed.
    order = re.findall(r'<tr data-case="(K\d\d)"', page)
    assert order == sorted(order, key=lambda k: (9 + int(k[1:]) % 8, k))


def test_page_escapes_markup_in_every_field(db: Database) -> None:
    evil = '<script>alert("x")</script>'
    feed(db, case_events('"><img onerror=x>', MONDAY, 9, f"{evil}张三",
                         item=f"{evil}<b onmouseover='x'>变更</b>"))
    page = _page(db)
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "<b " not in page and "onmouseover='" not in page
    assert "&lt;script&gt;" in page
    assert 'data-case="&quot;&gt;&lt;img onerror=x&gt;"' in page
    assert "张三" not in page


def test_page_of_a_day_without_completions_says_so(db: Database) -> None:
    page = _page(db)
    assert "无办结事项" in page and "<table" not in page


# -- halldesk publish ----------------------------------------------------------------
def test_publish_writes_the_page(db_url: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = Database(db_url)
    try:
        feed(db, personal_cases(MONDAY))
    finally:
        db.dispose()
    out = tmp_path / "web" / "2026-09-14.html"
    out.parent.mkdir()
    out.write_text("old page", encoding="utf-8")
    before = counts(db_url)
    status, stdout, err = cli(capsys, "--db", db_url, "publish", "--date", "2026-09-14",
                              "--out", str(out))
    assert status == 0, err
    assert f"{len(APPLICANTS)} completed cases of 2026-09-14 published" in stdout
    text = out.read_text(encoding="utf-8")
    assert "测试中心" in text and "欧阳*明" in text and "old page" not in text
    for secret in SECRETS:
        assert secret not in text, secret
    assert sorted(p.name for p in out.parent.iterdir()) == ["2026-09-14.html"]  # no temp file
    assert counts(db_url) == before


@pytest.mark.parametrize(("args", "says"), [
    (["--date", "2026-13-01"], "--date '2026-13-01' is not a date"),
    (["--date", "14.09.2026"], "is not a date like"),
    (["--date", "2999-01-01"], "is in the future"),
    (["--date", "2026-09-14", "--out-dir"], None),  # unknown option: argparse's sentence
])
def test_publish_refuses_bad_dates(db_url: str, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], args: list[str],
                                   says: str | None) -> None:
    out = tmp_path / "page.html"
    argv = ["--db", db_url, "publish", *args]
    if "--out-dir" not in args:
        argv += ["--out", str(out)]
    before = counts(db_url)
    status, _out, err = cli(capsys, *argv)
    assert status == 2
    sentence = one_sentence(err)
    if says:
        assert says in sentence
    assert not out.exists()
    assert counts(db_url) == before


def test_publish_refuses_paths_it_cannot_write(db_url: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    cases = [(tmp_path / "missing" / "page.html", "does not exist"),
             (tmp_path, "is a folder")]
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() != 0:  # root writes anywhere
        locked.chmod(0o500)
        cases.append((locked / "page.html", "is not writable"))
    try:
        for out, says in cases:
            status, _out, err = cli(capsys, "--db", db_url, "publish", "--date",
                                    "2026-09-14", "--out", str(out))
            assert status == 2
            assert says in one_sentence(err)
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_publish_on_a_database_without_a_hall(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    status, _out, err = cli(capsys, "--db", f"sqlite:///{tmp_path / 'none.db'}", "publish",
                            "--date", "2026-09-14", "--out", str(tmp_path / "p.html"))
    assert status == 2
    assert "halldesk init" in one_sentence(err)


# -- settings ------------------------------------------------------------------------
def test_page_seconds_from_the_command_line_or_the_environment() -> None:
    env = {DisplaySettings.PAGE_SECONDS_ENV: "20"}
    assert display_settings(None, {}).page_seconds == 10
    assert display_settings(None, env).page_seconds == 20
    assert display_settings(7, env).page_seconds == 7
    from app.errors import UserError

    with pytest.raises(UserError, match="between 3 and 300"):
        display_settings(1, {})
    with pytest.raises(UserError, match="not a whole number"):
        display_settings(None, {DisplaySettings.PAGE_SECONDS_ENV: "ten"})

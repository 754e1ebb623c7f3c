"""``halldesk import``: vendor exports (.xlsx, .xls, GB18030/UTF-8 .csv) read, checked
and applied through the ingest path (docs/spec/imports.md)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from app.db import Database
from models import AuditEntry, Complaint, WindowSession
from tests.app.events_helpers import at, ev, ingest, stats
from tests.app.imports_helpers import (
    DATA,
    QUEUE_HEADER,
    QUEUE_ROWS,
    write_csv,
    write_xlsx,
)
from tests.cli_helpers import cli, counts, one_sentence

DAY, NEXT = "2026-11-25", "2026-11-26"
QUEUE_HALL = {"tickets_issued": 6, "served": 4, "abandoned": 2}


def imp(capsys: pytest.CaptureFixture[str], url: str, path: Path, *extra: str
        ) -> tuple[int, str, str]:
    return cli(capsys, "--db", url, "import", str(path), *extra)


def hall(capsys: pytest.CaptureFixture[str], url: str) -> dict[str, Any]:
    data: dict[str, Any] = stats(capsys, url, DAY, NEXT)["hall"]
    return data


# -- files, headers, value forms --------------------------------------------------------
def test_xlsx_with_title_and_total_row_imports_every_value_form(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "排队明细.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    status, out, err = imp(capsys, db_url, path)
    assert status == 0, err
    assert out.strip() == (f"{path} (queue) imported: 6 rows read, 30 events made, "
                           "0 already known, 1 rows skipped as summary lines.")
    figures = hall(capsys, db_url)
    assert {k: figures[k] for k in QUEUE_HALL} == QUEUE_HALL
    # 09:00 → called 09:05: 5 min; 09:02 → 09:16: 14; 09:04 → 09:31: 27; 09:10 → 09:12: 2
    assert figures["max_wait_s"] == 27 * 60
    assert figures["evaluations"] == {"1": 1, "2": 0, "3": 0, "4": 1, "5": 1}
    assert stats(capsys, db_url, DAY, NEXT)["windows"]["W01"]["served"] == 2


def test_gb18030_csv_with_other_header_names_is_detected(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    header = ["排队号", "办理事项", "领号时间", "叫号时间", "完成时间", "窗口号", "办理状态",
              "满意度", "经办人"]
    path = write_csv(tmp_path / "queue.csv", header, QUEUE_ROWS)
    assert path.read_bytes().decode("gb18030")  # really GB18030, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    status, _, err = imp(capsys, db_url, path)
    assert status == 0, err
    figures = hall(capsys, db_url)
    assert {k: figures[k] for k in QUEUE_HALL} == QUEUE_HALL


def test_utf8_csv_with_bom_and_a_wrong_encoding_override(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "queue.csv", QUEUE_HEADER, QUEUE_ROWS, encoding="utf-8-sig")
    before = counts(db_url)
    status, _, err = imp(capsys, db_url, path, "--encoding", "gbk")
    assert status == 2  # the BOM read as GBK: no header found, nothing written
    one_sentence(err)
    assert counts(db_url) == before
    status, _, err = imp(capsys, db_url, path)
    assert status == 0, err
    assert hall(capsys, db_url)["tickets_issued"] == 6


def test_tab_separated_text_with_a_title_line(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = tmp_path / "queue.txt"
    lines = ["排队明细（导出）", "\t".join(QUEUE_HEADER),
             *("\t".join(str(c) for c in r) for r in QUEUE_ROWS)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="gb18030")
    status, _, err = imp(capsys, db_url, path)
    assert status == 0, err
    assert hall(capsys, db_url)["tickets_issued"] == 6


def test_checked_in_xls_with_excel_date_cells(
        capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    status, out, err = imp(capsys, db_url, DATA / "queue.xls")
    assert status == 0, err
    assert "4 rows read" in out and "1 rows skipped as summary lines" in out
    figures = hall(capsys, db_url)
    assert (figures["tickets_issued"], figures["served"], figures["abandoned"]) == (4, 3, 1)


def test_two_header_rows_with_a_merged_group(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    upper = ["票号", "业务类型", "时间", "", "", "窗口", "状态"]
    lower = ["", "", "取号", "叫号", "办结", "", ""]
    rows = [r[:7] for r in QUEUE_ROWS]
    # a merged 时间 over three columns: the group name above, the part below
    path = write_xlsx(tmp_path / "q.xlsx", [f"{a}" for a in lower], rows, extra_header=upper)
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    book_rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert book_rows[1][2] == "时间" and book_rows[2][2] == "取号"
    status, _, err = imp(capsys, db_url, path)
    assert status == 0, err
    # 取号时间 is found as 时间 + 取号 reversed: "取号时间"
    assert hall(capsys, db_url)["tickets_issued"] == 6


def test_a_sheet_starting_right_of_column_a_names_the_right_letters(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for j, name in enumerate(QUEUE_HEADER):
        sheet.cell(row=4, column=3 + j, value=name)
    for j, value in enumerate(["C001", "GS", "2026-11-25 10:00", "", "", "W09"]):
        sheet.cell(row=5, column=3 + j, value=value or None)
    book.save(tmp_path / "off.xlsx")
    status, _, err = imp(capsys, db_url, tmp_path / "off.xlsx")
    assert status == 2
    assert "row 5, column H 窗口 'W09'" in err, err


# -- idempotence ------------------------------------------------------------------------
def test_reimport_and_overlapping_exports_add_nothing(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    day2 = [[r[0], r[1], *(c.replace("2026-11-25", "2026-11-26").replace(
        "2026/11/25", "2026/11/26").replace("11月25日", "11月26日") if isinstance(c, str) else c
        for c in r[2:5]), *r[5:]] for r in QUEUE_ROWS]
    first = write_xlsx(tmp_path / "a.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    both = write_csv(tmp_path / "b.csv", QUEUE_HEADER, QUEUE_ROWS + day2)
    assert imp(capsys, db_url, first)[0] == 0
    after_first = counts(db_url)
    status, out, _ = imp(capsys, db_url, first)
    assert status == 0 and "30 already known" in out
    assert {k: v for k, v in counts(db_url).items() if k != "audit_log"} == {
        k: v for k, v in after_first.items() if k != "audit_log"}
    status, out, err = imp(capsys, db_url, both)
    assert status == 0, err
    assert "30 already known" in out
    assert stats(capsys, db_url, DAY, "2026-11-27")["hall"]["tickets_issued"] == 12
    assert imp(capsys, db_url, both)[0] == 0
    assert stats(capsys, db_url, DAY, "2026-11-27")["hall"]["tickets_issued"] == 12


def test_a_known_row_with_different_content_is_reported_not_applied(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    assert imp(capsys, db_url, write_xlsx(tmp_path / "a.xlsx", QUEUE_HEADER, QUEUE_ROWS))[0] == 0
    before = counts(db_url)
    changed = [list(r) for r in QUEUE_ROWS]
    changed[0][1] = "人社局"          # same ticket and issue time, another service
    status, _, err = imp(capsys, db_url, write_xlsx(tmp_path / "b.xlsx", QUEUE_HEADER, changed))
    assert status == 2
    assert "row 3" in err and "different content" in err
    assert counts(db_url) == before


# -- bad rows ---------------------------------------------------------------------------
BAD_ROWS: list[tuple[list[Any], str, str]] = [
    (["C001", "GS", "2026-11-25 10:00", "", "", "W09", "", "", ""], "窗口", "no window"),
    (["C002", "税务局", "2026-11-25 10:00", "", "", "", "", "", ""], "业务类型",
     "no department"),
    (["C003", "GS", "昨天上午", "", "", "", "", "", ""], "取号时间", "not a time"),
    (["C004", "GS", "9999-12-31 10:00", "", "", "", "", "", ""], "取号时间", "9999"),
    (["C005", "GS", "2026-11-25 10:00", "2026-11-25 09:00", "2026-11-25 10:30", "W01",
      "已办结", "", ""], "叫号时间", "earlier than"),
    (["C006", "GS", "2026-11-25 10:00", "2026-11-25 10:05", "2026-11-25 10:30", "W01",
      "已办结", "很好", ""], "评价", "not a rating"),
    (["C007", "GS", "2026-11-25 10:00", "", "", "", "等候中", "", ""], "状态",
     "not a status word"),
    (["", "GS", "2026-11-25 10:00", "", "", "", "", "", ""], "票号", "empty"),
    (["C" + "9" * 70, "GS", "2026-11-25 10:00", "", "", "", "", "", ""], "票号",
     "at most 64"),
    (["C\u2028X", "GS", "2026-11-25 10:00", "", "", "", "", "", ""], "票号", "control"),
    (["C010", "GS", "2026-11-25 10:00", "2026-11-25 10:05", "", "", "已办结", "", ""],
     "办结时间", "finish time"),
    (["C011", "GS", "2026-11-25 10:00", "2026-11-25 10:05", "", "", "", "", ""], "窗口",
     "needs its window"),
    (["C012", "GS", "2026-13-45 10:00", "", "", "", "", "", ""], "取号时间", "not a real date"),
    (["C013", "GS", "2026-11-25 10:00", "", "", "", "", "", "赵六"], "工作人员", "no staff"),
    (["C014", "GS", "2036-11-25 10:00", "", "", "", "", "", ""], "取号时间", "future"),
]


@pytest.mark.parametrize("suffix", ["xlsx", "csv"])
def test_every_bad_row_is_named_and_nothing_changes(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path, suffix: str) -> None:
    bad = [list(r) for r, _, _ in BAD_ROWS]
    if suffix == "csv":  # openpyxl refuses to write C0 controls: test them in the csv
        bad[BAD_ROWS.index(next(b for b in BAD_ROWS if b[2] == "control"))][0] = "C\u0008X"
    rows = [*QUEUE_ROWS, *bad,
            ["A001", "GS", "2026-11-25 10:00", "", "", "", "", "", ""]]  # issued twice
    path = (write_xlsx if suffix == "xlsx" else write_csv)(
        tmp_path / f"bad.{suffix}", QUEUE_HEADER, rows)
    before = counts(db_url)
    status, _, err = imp(capsys, db_url, path)
    assert status == 2
    assert err.splitlines()[0] == (f"{path} was refused and nothing was imported: "
                                   f"{len(BAD_ROWS) + 1} bad rows.")
    assert counts(db_url) == before
    lines = err.splitlines()[1:]
    for i, (_, column, why) in enumerate(BAD_ROWS):
        row = 3 + len(QUEUE_ROWS) + i          # title, header, then the rows
        found = [line for line in lines if line.strip().startswith(f"row {row}, ")]
        assert found, f"row {row} not reported:\n{err}"
        assert column in found[0] and why in found[0], found
    last = 3 + len(QUEUE_ROWS) + len(BAD_ROWS)
    assert any(f"row {last}, " in line and "already issued" in line for line in lines), err


def test_skip_bad_applies_the_good_rows_and_writes_the_rejects_never_overwriting(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    bad = [r for r, _, _ in BAD_ROWS[:3]]
    path = write_csv(tmp_path / "q.csv", QUEUE_HEADER, QUEUE_ROWS + bad)
    status, out, err = imp(capsys, db_url, path, "--skip-bad")
    assert status == 0, err
    rejects = tmp_path / "q.csv.rejects.csv"
    assert f"3 bad rows written to {rejects}" in out
    with rejects.open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))
    assert written[0] == [*QUEUE_HEADER, "问题"]
    assert [r[:len(QUEUE_HEADER)] for r in written[1:]] == bad
    assert hall(capsys, db_url)["tickets_issued"] == 6
    status, _, _ = imp(capsys, db_url, path, "--skip-bad")
    assert status == 0
    assert (tmp_path / "q.csv.rejects-2.csv").exists()
    assert rejects.read_text(encoding="utf-8-sig").count("\n") == 4


def test_skip_bad_drops_a_row_the_ingest_path_refuses(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    twice = ["A001", "GS", "2026-11-25 10:00", "", "", "", "", "", ""]   # issued again
    path = write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, [*QUEUE_ROWS, twice])
    status, out, err = imp(capsys, db_url, path, "--skip-bad")
    assert status == 0, err
    assert "1 bad rows written" in out and "already issued" in err
    with (tmp_path / "q.xlsx.rejects.csv").open(encoding="utf-8-sig", newline="") as fh:
        written = list(csv.reader(fh))
    assert written[1][0] == "A001" and "already issued" in written[1][-1]
    assert hall(capsys, db_url)["tickets_issued"] == 6


def test_dry_run_reports_and_writes_nothing(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    before = counts(db_url)
    status, out, _ = imp(capsys, db_url, path, "--dry-run")
    assert status == 0
    assert "would be imported (dry run): 6 rows read, 30 events made" in out
    assert counts(db_url) == before


def test_files_that_cannot_be_imported_get_one_sentence(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    notes = tmp_path / "notes.csv"
    notes.write_text("甲,乙,丙\n1,2,3\n", encoding="utf-8")
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a spreadsheet at all")
    garbled = tmp_path / "garbled.csv"       # neither UTF-8 nor GB18030
    garbled.write_bytes("票号,业务类型,取号时间\n".encode("gb18030") + b"\x81\x20,GS,x\n")
    for path, words in ((notes, "no header row"), (fake, "not an .xlsx workbook"),
                        (garbled, "is not gb18030 text"),
                        (tmp_path / "missing.xlsx", "no such file"),
                        (tmp_path / "q.pdf", "not a file HallDesk imports"),
                        (Path("/dev/null"), "not a file HallDesk imports")):
        status, _, err = imp(capsys, db_url, path)
        assert status == 2
        assert words in one_sentence(err), err


# -- kinds, mappings --------------------------------------------------------------------
def test_evaluations_export_opens_complaints_for_bad_ratings(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "好差评.xlsx", ["评价时间", "窗口", "评价结果", "票号", "办件编号",
                                              "评价内容"], [
        ["2026-11-25 09:20:00", "W01", "非常满意", "A001", "", "很好"],
        ["2026-11-25 09:40:00", "2号窗口", "不满意", "", "C-0009", "等太久"],
        ["2026-11-25 09:50:00", "W03", "", "", "", ""],     # not evaluated
    ])
    status, out, err = imp(capsys, db_url, path)
    assert status == 0, err
    assert "(evaluations)" in out and "2 events made" in out
    assert hall(capsys, db_url)["evaluations"] == {"1": 0, "2": 1, "3": 0, "4": 0, "5": 1}
    db = Database(db_url)
    try:
        with db.read() as session:
            contents = session.scalars(select(Complaint.content)).all()
    finally:
        db.dispose()
    assert len(contents) == 1 and "办件编号 C-0009" in contents[0]


def test_cases_export_with_working_day_words_and_a_department(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "办件.csv", ["办件编号", "事项名称", "受理时间", "办结时间",
                                           "承诺时限", "法定时限", "部门", "申请人", "办理结果"], [
        ["C-1", "企业设立登记", "2026-11-25 09:20", "2026-11-25 10:00", "5个工作日", "20", "GS",
         "某某公司", "准予"],
        ["C-2", "社保登记", "2026-11-25 09:30", "", "即办", "", "人社局", "", ""],
        ["C-3", "变更登记", "2026-11-25 09:40", "2026-11-25 11:00", 3, "20个工作日", "工商分局",
         "", "不予许可"],
    ], title=None)
    status, out, err = imp(capsys, db_url, path)
    assert status == 0, err
    assert "(cases)" in out
    figures = hall(capsys, db_url)
    assert (figures["cases_accepted"], figures["cases_completed"]) == (3, 2)


def test_ambiguous_headers_ask_for_kind(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "mixed.xlsx", ["办件编号", "事项名称", "受理时间", "承诺时限",
                                                "窗口", "评价时间", "评价"], [
        ["C-1", "企业设立登记", "2026-11-25 09:20", 5, "W01", "2026-11-25 09:30", 5]])
    status, _, err = imp(capsys, db_url, path)
    assert status == 2 and "--kind" in one_sentence(err)
    status, _, err = imp(capsys, db_url, path, "--kind", "cases")
    assert status == 0, err
    assert hall(capsys, db_url)["cases_accepted"] == 1


def test_mapping_file_and_saved_mapping_with_status_words(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    header = ["流水号", "科室", "进厅时间", "呼叫时间", "离开时间", "柜台", "结果"]
    rows = [["X1", "GS", "2026-11-25 09:00", "2026-11-25 09:05", "2026-11-25 09:15", "W01", "OK"],
            ["X2", "GS", "2026-11-25 09:01", "", "", "", "走了"]]
    path = write_xlsx(tmp_path / "vendor.xlsx", header, rows)
    status, _, err = imp(capsys, db_url, path)
    assert status == 2 and "mapping" in one_sentence(err)
    mapping = tmp_path / "vendor.toml"
    mapping.write_text('kind = "queue"\n[columns]\nticket = "流水号"\nservice = "科室"\n'
                       'issued_at = "进厅时间"\ncalled_at = "呼叫时间"\nfinished_at = "离开时间"\n'
                       'window = "柜台"\nstatus = "结果"\n[values]\nOK = "served"\n'
                       '"走了" = "abandoned"\n', encoding="utf-8")
    status, _, err = imp(capsys, db_url, path, "--mapping", str(mapping), "--dry-run")
    assert status == 0, err
    from app.imports.columns import load_mapping, save_mapping

    saved = save_mapping("某厂商", load_mapping(str(mapping)))
    assert saved == tmp_path / "config" / "HallDesk" / "mappings" / "某厂商.toml"
    status, _, err = imp(capsys, db_url, path, "--mapping", "某厂商")
    assert status == 0, err
    figures = hall(capsys, db_url)
    assert (figures["served"], figures["abandoned"]) == (1, 1)
    status, _, err = imp(capsys, db_url, path, "--mapping", "没有")
    assert status == 2 and "no saved mapping named" in one_sentence(err)


def test_a_mapping_can_leave_a_found_column_out(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    no_rating = tmp_path / "no-rating.toml"
    no_rating.write_text('[columns]\nrating = ""\n', encoding="utf-8")
    path = write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    status, out, err = imp(capsys, db_url, path, "--mapping", str(no_rating))
    assert status == 0 and "27 events made" in out, out + err   # 30 less 3 ratings
    assert sum(hall(capsys, db_url)["evaluations"].values()) == 0


# -- figures and estimated sessions -----------------------------------------------------
def test_figures_of_an_import_equal_those_of_the_same_day_fed_as_events(
        capsys: pytest.CaptureFixture[str], db_url: str, new_url: Any, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    assert imp(capsys, db_url, path)[0] == 0
    fed = new_url("fed")
    assert cli(capsys, "--db", fed, "init", "--hall", str(
        Path(__file__).parent.parent / "data" / "small_hall.toml"))[0] == 0
    events = [
        ev("o1", "09:05:00", "window_opened", window="W01", staff="S001"),
        ev("o3", "09:12:00", "window_opened", window="W03", staff="S003"),
        ev("o2", "09:31:00", "window_opened", window="W02", staff="S002"),
        ev("i1", "09:00:00", "ticket_issued", ticket="A001", service="GS"),
        ev("i2", "09:02:00", "ticket_issued", ticket="A002", service="GS"),
        ev("i3", "09:03:00", "ticket_issued", ticket="A003", service="GS"),
        ev("i4", "09:04:00", "ticket_issued", ticket="A004", service="GS"),
        ev("i5", "09:10:00", "ticket_issued", ticket="B001", service="RS"),
        ev("i6", "09:11:00", "ticket_issued", ticket="B002", service="RS"),
        ev("c1", "09:05:00", "ticket_called", ticket="A001", window="W01"),
        ev("s1", "09:05:00", "service_started", ticket="A001", window="W01"),
        ev("f1", "09:15:00", "service_finished", ticket="A001", window="W01"),
        ev("r1", "09:15:00", "evaluation", window="W01", rating=4, ticket="A001"),
        ev("c2", "09:16:00", "ticket_called", ticket="A002", window="W01"),
        ev("s2", "09:16:00", "service_started", ticket="A002", window="W01"),
        ev("f2", "09:30:00", "service_finished", ticket="A002", window="W01"),
        ev("r2", "09:30:00", "evaluation", window="W01", rating=5, ticket="A002"),
        ev("a3", "09:03:00", "ticket_abandoned", ticket="A003"),
        ev("c4", "09:31:00", "ticket_called", ticket="A004", window="W02"),
        ev("s4", "09:31:00", "service_started", ticket="A004", window="W02"),
        ev("f4", "09:40:00", "service_finished", ticket="A004", window="W02"),
        ev("r4", "09:40:00", "evaluation", window="W02", rating=1, ticket="A004"),
        ev("c5", "09:12:00", "ticket_called", ticket="B001", window="W03"),
        ev("s5", "09:12:00", "service_started", ticket="B001", window="W03"),
        ev("f5", "09:20:00", "service_finished", ticket="B001", window="W03"),
        ev("c6", "09:21:00", "ticket_called", ticket="B002", window="W03"),
        ev("a6", "09:21:00", "ticket_abandoned", ticket="B002"),
        ev("x1", "09:30:00", "window_closed", window="W01"),
        ev("x2", "09:40:00", "window_closed", window="W02"),
        ev("x3", "09:21:00", "window_closed", window="W03"),
    ]
    status, _, err = ingest(capsys, fed, tmp_path, events)
    assert status == 0, err
    assert stats(capsys, db_url, DAY, NEXT) == stats(capsys, fed, DAY, NEXT)
    assert at("09:00:00")  # the same zone on both sides


def test_sessions_are_estimated_from_first_call_and_last_finish(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    assert imp(capsys, db_url, write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS))[0] == 0
    db = Database(db_url)
    try:
        with db.read() as session:
            sessions = session.execute(select(
                WindowSession.window_id, WindowSession.opened_at, WindowSession.closed_at,
                WindowSession.estimated).order_by(WindowSession.window_id)).all()
            entry = session.scalars(select(AuditEntry).where(
                AuditEntry.action == "events.import")).one()
    finally:
        db.dispose()
    assert [s.estimated for s in sessions] == [True, True, True]
    w01 = sessions[0]
    assert (w01.closed_at - w01.opened_at) == 25 * 60    # 09:05 → 09:30
    detail = json.loads(entry.detail) if isinstance(entry.detail, str) else entry.detail
    assert detail["estimated_sessions"] == 3 and detail["applied"] == 30
    status, out, _ = cli(capsys, "--db", db_url, "stats", "--from", DAY, "--to", NEXT)
    assert status == 0 and "按导入数据估算" in out


# -- drop folder ------------------------------------------------------------------------
def test_drop_folder_moves_files_to_done_and_failed_with_a_report(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    import os

    drop = tmp_path / "drop"
    drop.mkdir()
    good = write_xlsx(drop / "queue-1125.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    bad = write_csv(drop / "queue-bad.csv", QUEUE_HEADER, [BAD_ROWS[0][0]])
    (drop / "readme.txt").write_text("说明", encoding="utf-8")
    for p in (good, bad, drop / "readme.txt"):
        os.utime(p, (1, 1))
    status, out, err = cli(capsys, "--db", db_url, "import", "--watch", str(drop), "--once")
    assert status == 0, err
    assert "done: queue-1125.xlsx" in out and "failed: queue-bad.csv" in out
    assert (drop / "done" / "queue-1125.xlsx").exists()
    assert "6 rows read" in (drop / "done" / "queue-1125.xlsx.report.txt").read_text("utf-8")
    report = (drop / "failed" / "queue-bad.csv.report.txt").read_text("utf-8")
    assert "row 3" in report and "no window" in report
    assert hall(capsys, db_url)["tickets_issued"] == 6


def test_every_event_body_is_the_json_of_its_data(db: Database, tmp_path: Path) -> None:
    """The bodies kept in raw_event are written by hand for speed: each must read back
    as the event itself, quotes, backslashes and line separators included."""
    from app.imports.run import _Importer, plan

    rows = [*QUEUE_ROWS, ['Q"\\1', "GS", "2026-11-25 10:00:00", "2026-11-25 10:01:00",
                          "2026-11-25 10:02:00", "W02", "已办结", "4", ""]]
    for path in (write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, rows),
                 write_xlsx(tmp_path / "e.xlsx", ["评价时间", "窗口", "评价", "票号", "评价内容"],
                            [["2026-11-25 09:20:00", "W01", 2, 'A"1', '太慢\\了\u2028"']])):
        p = plan(path)
        imp = _Importer(db, p, "test", None, None, None)
        events = [e for chunk in imp.days(imp.read()) for e in imp.maker.batch(chunk).events]
        assert events
        for event in events:
            assert json.loads(event.raw) == event.data, event.raw
            assert len(event.raw.splitlines()) == 1


def test_text_the_feed_refuses_and_times_out_of_bounds_are_named(
        capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> None:
    """The feed's own rules hold for imported rows: U+0000 (PostgreSQL cannot store it)
    and times before 2000 or ahead of this machine's clock are refused with the row."""
    rows = [
        ["N001", "GS", "2026-11-25 09:00:00", "", "", "", "弃号", "", "张\x00三"],
        ["N002", "GS", "1999-12-31 09:00:00", "", "", "", "弃号", "", ""],
        ["N003", "GS", "2099-01-01 09:00:00", "", "", "", "弃号", "", ""],
    ]
    path = write_csv(tmp_path / "odd.csv", QUEUE_HEADER, rows, encoding="utf-8")
    before = counts(db_url)
    status, _, err = imp(capsys, db_url, path)
    assert status == 2 and counts(db_url) == before
    lines = err.splitlines()
    assert any(line.strip().startswith("row 3, ") and "U+0000" in line for line in lines), err
    assert any(line.strip().startswith("row 4, ") and "2000" in line for line in lines), err
    assert any(line.strip().startswith("row 5, ") and "future" in line for line in lines), err


def test_days_of_a_half_hour_zone_are_grouped_by_the_local_date() -> None:
    import datetime as dt
    import zoneinfo

    from app.hall_time import LocalDays

    tz = zoneinfo.ZoneInfo("Asia/Kolkata")         # +05:30: days begin at 18:30 UTC
    days = LocalDays(tz)
    midnight = dt.datetime(2026, 11, 25, tzinfo=tz).timestamp()
    assert days.day(midnight - 1) == dt.date(2026, 11, 24)
    assert days.day(midnight) == dt.date(2026, 11, 25)
    assert days.day(midnight - 1) == dt.date(2026, 11, 24)   # the cached slot agrees

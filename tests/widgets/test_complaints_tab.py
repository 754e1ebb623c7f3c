"""The complaint ledger tab under pytest-qt: a director runs a complaint from a bad
evaluation to closed with the keyboard, the table and the counts follow, the window's
score drops by 0.2; filters, masking per role, import and export from the tab."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import Qt, QTimer
from PyQt6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.cli import run
from app.db import Database
from app.io.xlsx import SheetRejected
from app.records.ledger import EntryDetail, LedgerRow
from tests.app.complaint_helpers import NOW, count, evaluation, feed, register
from widgets.complaints.dialogs import CorrectDialog, RegisterDialog, StepDialog
from widgets.complaints.page import ComplaintsPage
from widgets.context import AppContext
from widgets.main_window import MainWindow

# The tab on SQLite; the services under it run on both backends in tests/app.
SQLITE = pytest.mark.parametrize("backend", ["sqlite"], indirect=True)


OPEN: list[MainWindow] = []     # the windows of the running test (Python owns them)


def open_tab(qtbot: QtBot, db: Database, role: str = "director") -> ComplaintsPage:
    window = MainWindow(AppContext(db, f"test:{role}", clock=lambda: NOW, role=role),
                        remember=False)
    qtbot.addWidget(window)
    OPEN.append(window)
    page = window.show_tab("complaints")
    assert isinstance(page, ComplaintsPage)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    page.load_now()
    # the window's first paint started a reload of the open tab: let it end (the load
    # above makes it drop what it read) so that a test's own refresh is the one it sees
    qtbot.waitUntil(lambda: not page._loading, timeout=10_000)
    return page


@pytest.fixture(autouse=True)
def _windows() -> Iterator[None]:
    yield
    while OPEN:
        OPEN.pop().close()


@pytest.fixture
def tab(qtbot: QtBot, db: Database) -> ComplaintsPage:
    return open_tab(qtbot, db)


def column(page: ComplaintsPage, name: str) -> list[str]:
    titles = [page.proxy.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.proxy.columnCount())]
    c = titles.index(name)
    return [page.proxy.index(r, c).data() for r in range(page.proxy.rowCount())]


def counts(page: ComplaintsPage) -> dict[str, str]:
    return {key or "all": button.text().rsplit("  ", 1)[1]
            for key, button in page.ui.count_buttons.items()}


def modal(qtbot: QtBot, fill: Callable[[QWidget], None]) -> list[QWidget]:
    """Fill and accept the modal dialog the next key or click opens."""
    seen: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        seen.append(dialog)
        fill(dialog)

    QTimer.singleShot(0, act)
    return seen


def key(qtbot: QtBot, page: ComplaintsPage, keys: str) -> None:
    """Press Ctrl+<key> in the table (the main window active again, as after a dialog
    on a desktop; the offscreen platform does not do that by itself)."""
    window = page.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    letter = keys[-1]
    qtbot.keyClick(page.ui.table, letter if not letter.isdigit() else getattr(
        Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.ControlModifier)


@SQLITE
def test_a_complaint_from_a_bad_evaluation_runs_to_closed_with_the_keyboard(
        qtbot: QtBot, tab: ComplaintsPage, db: Database, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    feed(db, [evaluation("e1", "W01", 2, ticket="A017")])
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert column(tab, "State") == ["Registered"]
    assert counts(tab)["registered"] == "1"
    assert "Evaluation device" in tab.ui.detail.toPlainText()

    # Ctrl+N: a phone complaint, through the form.
    def fill_register(dialog: QWidget) -> None:
        assert isinstance(dialog, RegisterDialog)
        dialog.source.setCurrentIndex(dialog.source.findData("phone"))
        dialog.window_box.setCurrentIndex(dialog.window_box.findData("W02"))
        dialog.name.setText("张小三")
        dialog.phone.setText("13812345678")
        dialog.content.setPlainText("来电反映窗口午休提前离岗")
        dialog.accept()

    with qtbot.waitSignal(tab.changed, timeout=5000):
        modal(qtbot, fill_register)
        key(qtbot, tab, "Ctrl+N")
    assert tab.model.rowCount() == 2
    assert counts(tab)["registered"] == "2" and counts(tab)["all"] == "2"
    assert column(tab, "Citizen")[0] == "张小三"          # the director sees it

    # The evaluation's entry, step by step: verify, substantiate, rectify, follow up, close.
    assert tab.select(1)
    steps: list[tuple[str, dict[str, str], str]] = [
        ("1", {}, "Verifying"),
        ("2", {"finding": "属实：窗口人员答复态度生硬"}, "Substantiated"),
        ("4", {"rectification": "批评教育，科室通报"}, "Rectifying"),
        ("5", {"follow_up": "电话回访，群众满意"}, "Followed up"),
        ("6", {}, "Closed"),
    ]
    for digit, fields, state in steps:
        def fill_step(dialog: QWidget, fields: dict[str, str] = fields) -> None:
            assert isinstance(dialog, StepDialog)
            for name, text in fields.items():
                dialog.fields[name].setPlainText(text)
            dialog.accept()

        with qtbot.waitSignal(tab.changed, timeout=5000):
            modal(qtbot, fill_step)
            key(qtbot, tab, f"Ctrl+{digit}")
        row = tab.current_row()
        assert row is not None and row.id == 1
        assert tab.model.text(row, 4) == state
        key_ = {"Verifying": "verifying", "Substantiated": "substantiated",
                "Rectifying": "rectifying", "Followed up": "followed_up",
                "Closed": "closed"}[state]
        assert counts(tab)[key_] == "1"
    assert counts(tab)["registered"] == "1" and counts(tab)["closed"] == "1"
    history = tab.ui.detail.toPlainText()
    for step in ("Registration", "Start verification", "Find substantiated",
                 "Start rectification", "Follow-up call", "Close", "Director (test)"):
        assert step in history
    assert not any(b.isVisible() for b in tab.ui.step_buttons.values()
                   if b.objectName() != "step_void")

    # The window's score in stats.
    assert run(["--db", db.url, "stats", "--from", "2026-07-01", "--to", "2026-10-01",
                "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["windows"]["W01"]["score"] == 99.8

    # Export the ledger from the tab.
    out = tmp_path / "ledger.xlsx"
    with qtbot.waitSignal(tab.transfer_done, timeout=10000) as done:
        tab.start_export(str(out), unmasked=True)
    assert done.args[1] is None and done.args[0].rows == 2
    rows = list(openpyxl.load_workbook(out).worksheets[0].values)
    assert rows[1][7] == "已办结" and rows[2][4] == "张小三"
    assert "2 entries exported" in tab.ui.status.text()


@SQLITE
def test_a_bad_spreadsheet_is_refused_with_what_to_fix(qtbot: QtBot, tab: ComplaintsPage,
                                                      db: Database, tmp_path: Path) -> None:
    register(db)
    tab.load_now()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["编号", "登记时间", "来源", "窗口", "投诉人", "联系电话", "投诉内容", "状态",
                  "核实结论", "整改措施", "回访结果"])
    sheet.append(["P1", "2026-07-01", "电话", "W01", None, "12ab", "内容", "已登记", None, None,
                  None])
    sheet.append(["P2", "tomorrow", "电话", "W01", None, None, "内容", "已登记", None, None,
                  None])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    before = count(db, "complaint")
    with qtbot.waitSignal(tab.transfer_done, timeout=10000) as done:
        tab.start_import(str(path))
    assert isinstance(done.args[1], SheetRejected)
    assert count(db, "complaint") == before
    report = tab.last_report
    assert report is not None and report.isVisible()
    table = report.table
    lines = [[table.item(r, c).text() for c in range(4)]  # type: ignore[union-attr]
             for r in range(table.rowCount())]
    assert lines == [
        ["2", "F 联系电话", "12ab",
         "Not a phone number: use 5–20 digits, spaces, +, - or brackets."],
        ["3", "B 登记时间", "tomorrow",
         "Not a date: use a spreadsheet date or YYYY-MM-DD HH:MM."]]
    assert "refused" in tab.ui.status.text()
    report.close()
    # The same sheet, fixed, goes in.
    sheet["F2"] = "13800001111"
    sheet["B3"] = "2026-07-02 09:30"
    book.save(path)
    with qtbot.waitSignal(tab.transfer_done, timeout=10000) as done:
        tab.start_import(str(path))
    assert done.args[1] is None and done.args[0].added == 2
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=5000)


@SQLITE
def test_filters_and_count_tiles(qtbot: QtBot, tab: ComplaintsPage, db: Database) -> None:
    feed(db, [evaluation("e1", "W01", 1), evaluation("e2", "W03", 2, minute=5)])
    register(db, source="letter", window="W02", content="来信反映大厅空调太冷")
    tab.load_now()
    assert tab.model.rowCount() == 3
    tab.ui.search.setText("空调")
    assert column(tab, "Window") == ["W02"]
    tab.ui.search.clear()
    tab.ui.source.setCurrentIndex(tab.ui.source.findData("evaluation"))
    assert sorted(column(tab, "Window")) == ["W01", "W03"]
    tab.ui.department.setCurrentIndex(tab.ui.department.findData("RS"))
    assert column(tab, "Window") == ["W03"]
    assert tab.ui.shown.text() == "1 of 3 entries shown"
    tab.ui.department.setCurrentIndex(0)
    tab.ui.source.setCurrentIndex(0)
    tab.ui.count_buttons["overdue"].click()
    assert tab.model.rowCount() == 0                   # none is past its deadline yet
    tab.ui.count_buttons["registered"].click()
    assert tab.model.rowCount() == 3 and not tab.ui.overdue.isChecked()
    tab.set_dates(dt.date(2026, 9, 16), dt.date(2026, 9, 30))
    assert tab.model.rowCount() == 0
    tab.ui.use_dates.setChecked(False)
    tab.ui.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert column(tab, "Window") == ["W01", "W02", "W03"]
    tab.proxy.sort(3, Qt.SortOrder.DescendingOrder)
    assert column(tab, "Window") == ["W03", "W02", "W01"]


@SQLITE
@pytest.mark.parametrize("role", ["office", "inspector"])   # the auditor has no ledger tab
def test_personal_data_is_masked_for_every_role_but_the_director(
        qtbot: QtBot, db: Database, role: str) -> None:
    register(db, name="张小三", phone="13812345678")
    page = open_tab(qtbot, db, role)
    assert column(page, "Citizen") == ["张*三"]
    assert column(page, "Phone") == ["138****5678"]
    assert "13812345678" not in page.ui.detail.toPlainText()
    visible = {a for a, b in page.ui.step_buttons.items() if not b.isHidden()}
    assert visible == ({"verify", "void"} if role == "office" else set())
    page.ui.search.setText("小三")                     # the real name cannot be found
    assert page.model.rowCount() == 0
    assert page.ui.register.isHidden() == (role == "auditor")
    assert page.ui.import_.isHidden() == (role != "office")


def test_the_register_form_names_the_bad_field(qtbot: QtBot) -> None:
    import zoneinfo

    dialog = RegisterDialog([("W01", "企业登记", "GS")], NOW, zoneinfo.ZoneInfo("Asia/Shanghai"))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.text() == "The complaint is empty; it must be filled in."
    dialog.content.setPlainText("内容")
    dialog.phone.setText("12ab")
    dialog.accept()
    assert dialog.error.text() == ("The phone number is not a phone number: use 5–20 digits, "
                                   "spaces, +, - or brackets.")
    assert dialog.result() == 0
    dialog.phone.setText("")
    dialog.accept()
    assert dialog.result() == 1
    values: dict[str, Any] = dialog.values()
    assert values["content"] == "内容" and values["registered_at"] == NOW
    assert isinstance(dialog.window_box, QComboBox)
    assert isinstance(dialog.name, QLineEdit) and isinstance(dialog.content, QPlainTextEdit)



def test_the_correction_form_names_the_bad_citizen_field(qtbot: QtBot) -> None:
    row = LedgerRow(1, "TS-20260915-00001", NOW, dt.date(2026, 9, 15), "phone", "registered",
                    "W01", "GS", "工商", "张三", "13812345678", "内容", dt.date(2026, 9, 18),
                    None, 1, False)
    entry = EntryDetail(row, "企业登记", None, None, None, None, None, None, [], [])
    dialog = CorrectDialog(entry, [("W01", "企业登记", "GS")], director=True)
    qtbot.addWidget(dialog)
    dialog.reason.setText("记错了")
    dialog.name.setText("张*")
    dialog.accept()
    assert dialog.error.text() == ("The citizen's name is masked (it contains *); enter the "
                                   "real value or leave it empty.")
    dialog.name.setText("张三")
    dialog.phone.setText("12ab")
    dialog.accept()
    assert dialog.error.text() == ("The phone number is not a phone number: use 5–20 digits, "
                                   "spaces, +, - or brackets.")
    assert dialog.result() == 0
    dialog.phone.setText("13900000000")
    dialog.accept()
    assert dialog.result() == 1 and dialog.changes() == {"citizen_phone": "13900000000"}

@SQLITE
def test_a_refused_step_says_why_and_changes_nothing(qtbot: QtBot, tab: ComplaintsPage,
                                                     db: Database) -> None:
    cid = register(db)
    tab.load_now()
    assert tab.select(cid)
    conflicts: list[str] = []

    def reload(error: Exception) -> bool:
        conflicts.append(str(error))
        return True

    tab.ask_reload = reload
    tab.warn = lambda text: pytest.fail(text)
    from tests.app.complaint_helpers import step

    step(db, cid, "verify")          # another workstation took the step meanwhile
    assert tab._detail is not None and tab._detail.row.revision == 1
    tab.take_step("verify", {"note": ""})
    qtbot.waitUntil(lambda: bool(conflicts), timeout=5000)
    assert conflicts == ["Complaint TS-20260915-00001 was changed by test:director at "
                         "2026-09-15 16:00:00 (now revision 2); reload it and try again."]
    assert count(db, "complaint_step") == 2
    # "Reload" shows the entry as the other workstation left it
    assert tab._detail is not None and tab._detail.row.revision == 2
    assert tab._detail.row.state == "verifying"


@SQLITE
def test_the_models_pass_the_model_tester(qtmodeltester: ModelTester, qtbot: QtBot,
                                          tab: ComplaintsPage, db: Database) -> None:
    feed(db, [evaluation(f"e{i}", "W01", 1 + i % 2, minute=i) for i in range(6)])
    register(db)
    tab.load_now()
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


@SQLITE
def test_the_newest_entries_and_all_counts_come_first(qtbot: QtBot, tab: ComplaintsPage,
                                                      db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import widgets.complaints.page as page_module

    monkeypatch.setattr(page_module, "HEAD", 1)
    feed(db, [evaluation(f"e{i}", "W01", 1, minute=i) for i in range(3)])
    seen: list[tuple[int, int]] = []
    show = tab.ui.show_counts
    monkeypatch.setattr(tab.ui, "show_counts", lambda counts: (
        seen.append((tab.model.rowCount(), counts.total)), show(counts)))
    with qtbot.waitSignal(tab.loaded, timeout=5000):
        tab.refresh()
    assert seen == [(1, 3), (3, 3)]           # one row on screen, all three counted
    assert tab.ui.shown.text() == "3 of 3 entries shown"


@SQLITE
def test_a_reload_under_way_does_not_undo_a_later_one(qtbot: QtBot, tab: ComplaintsPage,
                                                      db: Database,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Screenshots switch tabs (an asynchronous refresh) and then load at once."""
    from PyQt6.QtCore import QThreadPool

    import widgets.complaints.page as page_module

    monkeypatch.setattr(page_module, "HEAD", 1)
    feed(db, [evaluation(f"e{i}", "W01", 1, minute=i) for i in range(3)])
    tab.refresh()
    tab.load_now()
    pool = QThreadPool.globalInstance()
    assert pool is not None
    qtbot.waitUntil(lambda: pool.activeThreadCount() == 0 and not tab._loading, timeout=5000)
    qtbot.wait(50)                       # the dropped result's signal is delivered
    assert tab.model.rowCount() == 3 and tab.ui.shown.text() == "3 of 3 entries shown"

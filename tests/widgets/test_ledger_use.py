"""The ledger tab as it is used (issue 18, 7a–7c, 7): the selection and the detail pane
follow the filtered list; the follow-up form asks for the citizen's satisfaction and a
dissatisfied answer sends the entry back to rectifying; category and handler filters
with their counts; the history names people by their names, once per text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtWidgets import QWidget

from app.db import Database
from app.records import complaints as svc
from app.security.accounts import add_user
from app.security.people import set_display_name
from tests.app.complaint_helpers import NOW, drive, evaluation, feed, register
from tests.widgets.test_complaints_tab import OPEN, SQLITE, modal, open_tab
from widgets.complaints.dialogs import AssignDialog, StepDialog
from widgets.complaints.page import ComplaintsPage


@pytest.fixture(autouse=True)
def _windows() -> Iterator[None]:
    yield
    while OPEN:
        OPEN.pop().close()


def _people(db: Database) -> None:
    with db.write() as session:
        add_user(session, "boss", "director", "Secret-Pass-1", "test:setup")
        add_user(session, "li", "office", "Secret-Pass-2", "test:setup", by_role="director")
        set_display_name(session, "li", "李办事", actor="test:setup", role="director")
        set_display_name(session, "boss", "张主任", actor="test:setup", role="director")


def _shown(tab: ComplaintsPage) -> str:
    return tab.ui.detail.toPlainText()


@SQLITE
def test_the_detail_pane_follows_the_filtered_list(qtbot: QtBot, db: Database) -> None:
    late = register(db, content="逾期未核实的投诉", at=NOW - 86400 * 10, now=NOW)
    fresh = register(db, content="今天登记的投诉")
    tab = open_tab(qtbot, db)
    assert tab.select(fresh)
    assert "今天登记的投诉" in _shown(tab)
    tab.ui.overdue.setChecked(True)                  # only the overdue one is listed
    assert [tab.model.row_at(i).id for i in range(tab.model.rowCount())] == [late]
    row = tab.current_row()
    assert row is not None and row.id == late
    assert "逾期未核实的投诉" in _shown(tab) and "今天登记的投诉" not in _shown(tab)
    tab.ui.search.setText("没有这样的投诉")           # nothing listed: nothing shown
    assert tab.model.rowCount() == 0
    assert tab.current_row() is None and _shown(tab) == ""
    assert not any(b.isVisible() for b in tab.ui.step_buttons.values())
    tab.ui.search.clear()                            # the list again, the first selected
    row = tab.current_row()
    assert row is not None and row.id == late and "逾期未核实的投诉" in _shown(tab)
    tab.ui.overdue.setChecked(False)                 # a wider list keeps the selection
    row = tab.current_row()
    assert row is not None and row.id == late


@SQLITE
def test_a_dissatisfied_follow_up_reopens_the_rectification(qtbot: QtBot,
                                                            db: Database) -> None:
    cid = register(db)
    drive(db, cid, "rectifying")
    tab = open_tab(qtbot, db)
    assert tab.select(cid)

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, StepDialog) and dialog.satisfaction is not None
        assert [dialog.satisfaction.itemData(i) for i in range(dialog.satisfaction.count())
                ] == ["satisfied", "basically_satisfied", "dissatisfied"]
        dialog.satisfaction.setCurrentIndex(2)
        dialog.fields["follow_up"].setPlainText("群众认为仍未整改到位")
        dialog.accept()

    with qtbot.waitSignal(tab.changed, timeout=5000):
        modal(qtbot, fill)
        tab.ui.step_buttons["follow_up"].click()
    row = tab.current_row()
    assert row is not None and row.state == "rectifying"
    shown = _shown(tab)
    assert "Follow-up: dissatisfied, rectification reopened" in shown
    assert "Dissatisfied" in shown
    assert tab.ui.step_buttons["follow_up"].isVisible()
    assert not tab.ui.step_buttons["close"].isVisible()


@SQLITE
def test_category_and_handler_filters_with_counts(qtbot: QtBot, db: Database) -> None:
    _people(db)
    a = register(db)
    register(db, content="第二件")
    with db.write() as session:
        svc.assign(session, a, category="服务态度", handler="li", actor="boss",
                   role="director", now=NOW)
    tab = open_tab(qtbot, db)
    items = [tab.ui.category.itemText(i) for i in range(tab.ui.category.count())]
    assert "服务态度 (1)" in items and "廉洁问题 (0)" in items and "No category yet (1)" in items
    handlers = [tab.ui.handler.itemText(i) for i in range(tab.ui.handler.count())]
    assert "李办事 (1)" in handlers and "Nobody yet (1)" in handlers
    tab.ui.handler.setCurrentIndex(tab.ui.handler.findData("li"))
    assert tab.model.rowCount() == 1
    row = tab.current_row()
    assert row is not None and row.id == a
    shown = _shown(tab)
    assert "李办事" in shown and "服务态度" in shown and "张主任" in shown
    assert "boss" not in shown                        # the login only in the audit log
    tab.ui.handler.setCurrentIndex(0)
    assert tab.select(a)

    # The dialog changes both, and the counts follow.
    b = tab.model.row_at(0)
    assert b is not None

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, AssignDialog)
        dialog.category.setCurrentIndex(dialog.category.findData("办事效率"))
        dialog.handler.setCurrentIndex(dialog.handler.findData("boss"))
        dialog.accept()

    with qtbot.waitSignal(tab.changed, timeout=5000):
        modal(qtbot, fill)
        tab.ui.assign.click()
    items = [tab.ui.category.itemText(i) for i in range(tab.ui.category.count())]
    assert "办事效率 (1)" in items and "服务态度 (0)" in items
    assert "Category and handler set" in _shown(tab)


@SQLITE
def test_the_history_prints_each_text_once_and_names_people(qtbot: QtBot,
                                                           db: Database) -> None:
    _people(db)
    feed(db, [evaluation("sim-20261126-03523", "W01", 1)])
    tab = open_tab(qtbot, db)
    assert tab.model.rowCount() == 1
    text = _shown(tab)
    assert "sim-20261126-03523 自动登记" not in text
    assert "Opened automatically" in text or "评价器差评自动登记" in text
    cid = tab.model.row_at(0)
    assert cid is not None
    with db.write() as session:
        for action, fields in (("verify", {}), ("substantiate", {"finding": "属实：态度生硬"}),
                               ("rectify", {"rectification": "批评教育一次"})):
            svc.apply_step(session, action, svc.StepRequest(cid.id, **fields), actor="li",
                           role="office", now=NOW)
    tab.reload_entry(cid.id)
    text = _shown(tab)
    assert text.count("批评教育一次") == 2           # the entry's field and its step, once
    assert text.count("属实：态度生硬") == 2
    assert "李办事" in text and "test:feed" not in text

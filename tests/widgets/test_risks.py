"""The risk register tab: the heat map's cell filters the table, the matrix follows an
approval, a linked substantiated complaint flags the point, the editor refuses bad
input, the table model passes the model tester and aligns L and I right, a refused
sheet's report is in Chinese under the zh_CN translator."""

from __future__ import annotations

import datetime as dt
import runpy
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PyQt6.QtCore import QCoreApplication, Qt, QTranslator
from PyQt6.QtWidgets import QLabel

from app.db import Database
from app.io.risk_sheet import HEADERS, REASON
from app.records import complaints as complaint_svc
from app.records import risks as svc
from models import RiskPoint
from widgets.context import AppContext
from widgets.main_window import MainWindow
from widgets.risks.dialogs import PointDialog
from widgets.risks.page import RiskRegisterPage

ROOT = Path(__file__).resolve().parents[2]
TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 9, 15, 10, tzinfo=TZ).timestamp()


def _point(db: Database, code: str, likelihood: int, impact: int,
           category: str = "审核类") -> int:
    with db.write() as session:
        return svc.create(session, code, {
            "category": category, "risk_type": "岗位职责", "post": "收费岗",
            "procedure": "收费", "description": "超标准收费", "likelihood": likelihood,
            "impact": impact, "measures": "票款分离", "responsible": "张三",
            "department": "GS", "phase": "控制"}, actor="test:office", role="office",
            now=NOW).id


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[RiskRegisterPage]:
    _point(db, "LZ-SH-001", 5, 4)
    _point(db, "LZ-SH-002", 5, 4)
    _point(db, "LZ-GL-001", 1, 2, "管理类")
    context = AppContext(db, "test:director", role="office", clock=lambda: NOW)
    if hasattr(context, "role"):
        context.role = "director"
    window = MainWindow(context, remember=False)
    qtbot.addWidget(window)
    risks = window.page("risks")
    assert isinstance(risks, RiskRegisterPage)
    risks.warn = lambda text: pytest.fail(text)
    risks.load_now()
    yield risks
    window.close()


def test_heat_map_click_filters_the_table(page: RiskRegisterPage, qtbot: QtBot) -> None:
    assert sorted(page.visible_codes()) == ["LZ-GL-001", "LZ-SH-001", "LZ-SH-002"]
    row, col = page.heat.cell_of(5, 4)
    assert page.heat.item(row, col).text() == "2"
    page.heat.cellClicked.emit(row, col)
    assert sorted(page.visible_codes()) == ["LZ-SH-001", "LZ-SH-002"]
    page.clear_filters()
    assert len(page.visible_codes()) == 3
    page.matrix.cellClicked.emit(0, 2)                 # 管理类 × 三级
    assert page.visible_codes() == ["LZ-GL-001"]


def test_approving_updates_the_matrix(page: RiskRegisterPage, qtbot: QtBot) -> None:
    assert page.matrix.count("review", 1) == 2
    page.flag.setCurrentIndex(page.flag.findData("unapproved"))
    assert len(page.visible_codes()) == 3
    page.clear_filters()
    page.select(page.rows[1].id)
    code = page.current().code if page.current() else ""
    page.approve_current()
    qtbot.waitUntil(lambda: any(r.code == code and r.approved_at for r in page.rows),
                    timeout=5000)
    page.flag.setCurrentIndex(page.flag.findData("unapproved"))
    assert code not in page.visible_codes() and len(page.visible_codes()) == 2
    # an escalation of an approved 二级 point moves it in the matrix and withdraws approval
    with page.context.db.write() as session:
        pid = _point_id(page, "LZ-GL-001")
        svc.update(session, pid, {"likelihood": 2, "impact": 4}, actor="t", role="office",
                   now=NOW)
        svc.escalate(session, pid, "上级通报", actor="t", role="office", now=NOW)
    page.load_now()
    assert page.matrix.count("management", 1) == 1 and page.matrix.count("management", 3) == 0


def _point_id(page: RiskRegisterPage, code: str) -> int:
    return next(r.id for r in page.rows if r.code == code)


def test_linked_substantiated_complaint_flags(page: RiskRegisterPage, qtbot: QtBot) -> None:
    db = page.context.db
    with db.write() as session:
        entry = complaint_svc.register(session, source="phone", content="多收费",
                                       registered_at=NOW, window="W01", actor="t",
                                       role="office", now=NOW)
        for action, fields in (("verify", {}), ("substantiate", {"finding": "属实"})):
            complaint_svc.apply_step(session, action,
                                     complaint_svc.StepRequest(entry.id, **fields),
                                     actor="t", role="office", now=NOW)
        code = entry.code
    pid = _point_id(page, "LZ-SH-001")
    page.link(pid, "complaint", code, "收费问题")
    qtbot.waitUntil(lambda: any(r.id == pid and r.flags.complaint for r in page.rows),
                    timeout=5000)
    page.flag.setCurrentIndex(page.flag.findData("complaint"))
    assert page.visible_codes() == ["LZ-SH-001"]
    assert code in page.detail.toPlainText()


def test_editor_refuses_bad_input(page: RiskRegisterPage, qtbot: QtBot) -> None:
    dialog = PointDialog(page, page.departments, page.grading, code="LZ-SH-009")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert "post" in dialog.problem.text() and dialog.result() == 0
    dialog.likelihood.setValue(5)
    dialog.impact.setValue(3)
    assert dialog.grade.text().startswith("一级")


def test_model_passes_the_model_tester(page: RiskRegisterPage, qtmodeltester: object) -> None:
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    qtmodeltester.check(page.proxy)  # type: ignore[attr-defined]


def test_numbers_are_aligned_right(page: RiskRegisterPage) -> None:
    align = Qt.ItemDataRole.TextAlignmentRole
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    titles = [page.model.headerData(c, Qt.Orientation.Horizontal)
              for c in range(page.model.columnCount())]
    for title in ("L", "I"):
        index = page.proxy.index(0, titles.index(title))
        assert index.data().isdigit()
        assert Qt.AlignmentFlag(index.data(align)) == right
    assert page.proxy.index(0, titles.index("Post")).data(align) is None


def test_a_point_changed_elsewhere_shows_who_and_reloads(page: RiskRegisterPage,
                                                         qtbot: QtBot) -> None:
    pid = _point_id(page, "LZ-SH-001")
    page.select(pid)
    shown = page.current()
    assert shown is not None and shown.revision == 1
    with page.context.db.write() as session:     # another workstation, meanwhile
        svc.update(session, pid, {"post": "审批岗"}, actor="desktop:wang", role="office",
                   now=NOW + 60)
    conflicts: list[str] = []

    def reload(error: Exception) -> bool:
        conflicts.append(str(error))
        return True

    page.ask_reload = reload
    page.approve_current()
    qtbot.waitUntil(lambda: bool(conflicts), timeout=5000)
    assert conflicts == ["Point LZ-SH-001 was changed by desktop:wang at 2026-09-15 10:01:00 "
                         "(now revision 2); reload it and try again."]
    current = page.current()
    assert current is not None and current.id == pid and current.revision == 2
    assert current.post == "审批岗" and not current.approved_at


class PendingZh(QTranslator):
    """The Chinese of tools/zh_*.py for strings added since the shipped .qm was last
    compiled (the next compile puts them in it); None lets the .qm answer."""

    def __init__(self) -> None:
        super().__init__()
        fill = runpy.run_path(str(ROOT / "tools" / "fill_zh.py"))
        self.pending: dict[str, str] = fill["_all_translations"]()

    def translate(self, context: str | None, source: str | None,
                  disambiguation: str | None = None, n: int = -1) -> str | None:
        return self.pending.get(source or "")


@pytest.fixture
def chinese() -> Iterator[None]:
    """The zh_CN translator as the app installs it, with the pending strings."""
    shipped, pending = QTranslator(), PendingZh()
    assert shipped.load("halldesk_zh_CN", str(ROOT / "resources" / "i18n"))
    for translator in (pending, shipped):          # the last installed is asked first
        QCoreApplication.installTranslator(translator)
    yield
    for translator in (shipped, pending):
        QCoreApplication.removeTranslator(translator)


def test_a_refused_sheet_is_reported_in_chinese(page: RiskRegisterPage, qtbot: QtBot,
                                                tmp_path: Path, chinese: None) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append([*HEADERS, REASON])
    good = ["LZ-CB-001", "承办类", "岗位职责", "受理岗", "受理", "推诿", 2, 2, "三级", "首问负责",
            "李四", "GS", "预防", "2027-01-15", None]
    sheet.append(good)
    sheet.append([*good[:1], "财务类", *good[2:6], 6, *good[7:]])   # category, likelihood
    sheet.append(["LZ-CB-002", *good[1:6], 4, 3, "一级", *good[9:]])  # 二级 escalated, no reason
    path = tmp_path / "风险点.xlsx"
    book.save(path)
    page.import_file(str(path))
    qtbot.waitUntil(lambda: page.last_report is not None, timeout=10000)
    report = page.last_report
    assert report is not None and report.isVisible()
    assert report.windowTitle() == "表格被拒绝"
    table = report.table
    lines = [[table.item(r, c).text() for c in range(4)]  # type: ignore[union-attr]
             for r in range(table.rowCount())]
    assert lines == [
        ["3", "B 类别", "财务类",
         "不是有效的类别，请填写 管理类、审核类、执法类、承办类、民生类、公共类 之一。"],
        ["3", "G 发生概率", "6", "应为 1 至 5 的整数。"],
        ["4", "I 风险等级", "一级", "分值 12 对应二级；定为一级须在“升级理由”列填写理由。"]]
    assert page.status.text() == "风险点.xlsx 被拒绝，未导入任何内容。"
    assert "风险点.xlsx" in report.findChild(QLabel).text()  # type: ignore[union-attr]
    with page.context.db.read() as session:
        assert session.scalar(select(func.count()).select_from(RiskPoint)) == 3
    report.close()

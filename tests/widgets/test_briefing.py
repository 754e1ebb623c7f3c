"""The briefing tab under pytest-qt: it generates off the UI thread with progress,
previews the PDF, keeps the director's text, prints, saves and exports per department."""

from __future__ import annotations

import datetime as dt
import io
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from docx import Document
from pypdf import PdfReader
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from PyQt6.QtCore import QSettings, QStandardPaths
from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtPrintSupport import QPrintDialog, QPrinter
from PyQt6.QtWidgets import QFileDialog, QMessageBox

from app.briefing import load_note
from app.db import Database
from models import AuditEntry
from widgets.briefing.page import BriefingPage
from widgets.context import AppContext

TZ = dt.timezone(dt.timedelta(hours=8))
NOW = dt.datetime(2026, 11, 26, 10, tzinfo=TZ).timestamp()


def text_of(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> Iterator[BriefingPage]:
    widget = BriefingPage(AppContext(db, "test:director", role="office", clock=lambda: NOW))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not widget._busy and widget.zone_loaded)
    yield widget
    widget.close()


def generate(qtbot: QtBot, page: BriefingPage) -> None:
    with qtbot.waitSignal(page.generated, timeout=30000):
        page.generate_button.click()
    qtbot.waitUntil(lambda: page.document.status() == QPdfDocument.Status.Ready)


def test_generates_and_previews_the_last_finished_quarter(qtbot: QtBot,
                                                          page: BriefingPage,
                                                          db: Database) -> None:
    assert page.quarter.currentText() == "2026Q3"
    assert page.print_button.isEnabled()    # printing regenerates: no preview needed
    page.note.setPlainText("一、午间时段窗口偏少。\n二、下季度推行错时服务。")
    generate(qtbot, page)
    assert page.document.pageCount() >= 2
    assert page.progress.value() == page.progress.maximum()
    assert page.print_button.isEnabled() and page.save_button.isEnabled()
    assert "2026Q3" in page.status.text()
    assert page.pdf is not None
    text = text_of(page.pdf)
    assert "2026年第三季度工作简报" in text and "下季度推行错时服务" in text
    with db.read() as session:
        assert load_note(session, "2026Q3") == (
            "一、午间时段窗口偏少。\n二、下季度推行错时服务。", "test:director")


def test_text_follows_the_quarter(qtbot: QtBot, page: BriefingPage) -> None:
    page.note.setPlainText("第三季度的文字")
    generate(qtbot, page)  # generating keeps the text with the quarter
    page.quarter.setCurrentIndex(page.quarter.findText("2026Q2"))
    qtbot.waitUntil(lambda: page.note.toPlainText() == "")
    page.quarter.setCurrentIndex(page.quarter.findText("2026Q3"))
    qtbot.waitUntil(lambda: page.note.toPlainText() == "第三季度的文字")


def test_print_and_export_per_department_in_both_formats(qtbot: QtBot, page: BriefingPage,
                                                         tmp_path: Path) -> None:
    page.note.setPlainText("一、本季度窗口运行平稳。")
    generate(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(page.released, timeout=30000):
        page.print_now(printer)
    assert len(PdfReader(printed).pages) == page.document.pageCount()
    for fmt in ("pdf", "docx"):
        folder = tmp_path / fmt
        folder.mkdir()
        page.department_format.setCurrentIndex(page.department_format.findData(fmt))
        page.export_departments(str(folder))
        qtbot.waitUntil(lambda: not page._busy, timeout=30000)
        assert sorted(p.name for p in folder.iterdir()) == [f"2026Q3-GS.{fmt}",
                                                            f"2026Q3-RS.{fmt}"]
    gs = text_of((tmp_path / "pdf" / "2026Q3-GS.pdf").read_bytes())
    assert "W01" in gs and "W03" not in gs
    words = "".join(p.text for p in Document(str(tmp_path / "docx" / "2026Q3-GS.docx"))
                    .paragraphs)
    assert "工商分局" in words
    with page.context.db.read() as session:
        rows = session.execute(select(AuditEntry.actor, AuditEntry.action,
                                      AuditEntry.entity_id)
                               .where(AuditEntry.action.startswith("briefing"))
                               .order_by(AuditEntry.seq)).all()
    assert [tuple(r) for r in rows] == [
        ("test:director", "briefing_note_saved", "2026Q3"),
        ("test:director", "briefing_issue_assigned", "2026Q3"),
        ("test:director", "briefing.print", "2026Q3")] + [
        ("test:director", "briefing.write", "2026Q3")] * 4


def test_save_after_editing_holds_the_new_text(qtbot: QtBot, page: BriefingPage,
                                                tmp_path: Path) -> None:
    """The stale save: after 保存文字, 另存为 writes the briefing of the text as it is now,
    PDF or Word, never the preview generated before."""
    generate(qtbot, page)
    assert page.pdf is not None and "本季度尚未填写" in text_of(page.pdf)
    page.note.setPlainText("一、午间高峰等候偏长。\n二、下季度增设潮汐窗口。")
    page.save_note_button.click()
    qtbot.waitUntil(lambda: "saved" in page.status.text().lower() or "保存" in
                    page.status.text(), timeout=10000)
    saved = tmp_path / "q3.pdf"
    with qtbot.waitSignal(page.released, timeout=30000):
        page.save_now(str(saved))
    text = "".join(text_of(saved.read_bytes()).split())
    assert "下季度增设潮汐窗口" in text and "本季度尚未填写" not in text
    assert "下季度增设潮汐窗口" in "".join(text_of(page.pdf).split())  # preview renewed
    page.note.setPlainText("改过而未保存的文字。")          # not even 保存文字 pressed
    word = tmp_path / "q3.docx"
    with qtbot.waitSignal(page.released, timeout=30000):
        page.save_now(str(word))
    assert "改过而未保存的文字。" in [p.text for p in Document(str(word)).paragraphs]
    with page.context.db.read() as session:
        assert load_note(session, "2026Q3")[0] == "改过而未保存的文字。"
        saves = session.execute(select(AuditEntry.detail).where(
            AuditEntry.action == "briefing.save").order_by(AuditEntry.seq)).scalars().all()
    assert [str(saved) in saves[0], str(word) in saves[1]] == [True, True]


def test_printing_with_section_7_empty_asks_first(qtbot: QtBot, page: BriefingPage,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    dialogs: list[int] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: dialogs.append(1) or 0)
    page.note.setPlainText("   ")
    page.print_dialog()
    assert len(asked) == 1 and not dialogs         # refused: no print dialog
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a: QMessageBox.StandardButton.Yes))
    page.print_dialog()
    assert dialogs == [1]                           # confirmed: the print dialog opens
    page.note.setPlainText("已填写。")
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.print_dialog()
    assert not asked and dialogs == [1, 1]


def test_save_dialog_starts_in_documents_with_a_name_that_says_what(
        qtbot: QtBot, page: BriefingPage, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    QSettings().remove("briefing/folder")
    seen: list[tuple[str, str]] = []
    target = tmp_path / "chosen.docx"

    def ask(_parent: object, _caption: str, start: str, filters: str) -> tuple[str, str]:
        seen.append((start, filters))
        return str(target), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    page.note.setPlainText("文字。")
    with qtbot.waitSignal(page.released, timeout=30000):
        page.save_as_dialog("docx")
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    start, filters = seen[0]
    assert Path(start) == Path(documents) / f"{page.hall_name}2026年第三季度工作简报.docx"
    assert filters.startswith("Word")
    assert target.is_file()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *a: (seen.append((a[2], a[3])), ("", ""))[1]))
    page.save_as_dialog("pdf")               # the folder is remembered
    assert Path(seen[1][0]) == tmp_path / f"{page.hall_name}2026年第三季度工作简报.pdf"
    QSettings().remove("briefing/folder")


def test_monthly_report_is_chosen_in_the_tab(qtbot: QtBot, page: BriefingPage) -> None:
    page.kind.setCurrentIndex(page.kind.findData("month"))
    listed = [page.quarter.itemText(i) for i in range(3)]
    assert listed == ["2026-11", "2026-10", "2026-09"]
    assert page.selected().key == "2026-10"
    generate(qtbot, page)
    assert page.pdf is not None and "2026年10月工作简报" in text_of(page.pdf)


def test_settings_dialog_keeps_the_distribution(qtbot: QtBot, db: Database) -> None:
    from app.briefing import load_settings
    from widgets.briefing.settings_dialog import BriefingSettingsDialog

    dialog = BriefingSettingsDialog(AppContext(db, "test:director", clock=lambda: NOW,
                                               role="director"))
    qtbot.addWidget(dialog)
    dialog.edits["report_to"].setText("区政府办公室")
    dialog.edits["issue_to"].setText("中心各进驻部门")
    dialog.copies.setValue(25)
    dialog.save()
    with db.read() as session:
        s = load_settings(session)
    assert (s.report_to, s.issue_to, s.copies) == ("区政府办公室", "中心各进驻部门", 25)


def test_quarters_are_counted_in_the_halls_time_zone(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    # The machine runs on UTC, where it is still 31 December; in Shanghai the new year
    # (and its first quarter) has begun and 2026Q4 is the last finished quarter.
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        new_year = dt.datetime(2027, 1, 1, 0, 10, tzinfo=ZoneInfo("Asia/Shanghai"))
        assert dt.date.fromtimestamp(new_year.timestamp()) == dt.date(2026, 12, 31)
        widget = BriefingPage(AppContext(db, "test:director", role="office",
                                         clock=lambda: new_year.timestamp()))
        qtbot.addWidget(widget)
        qtbot.waitUntil(lambda: widget.quarter.count() > 0)
        listed = [widget.quarter.itemText(i) for i in range(widget.quarter.count())]
        assert listed[:3] == ["2027Q1", "2026Q4", "2026Q3"]
        assert widget.quarter.currentText() == "2026Q4"
        qtbot.wait(100)                       # the hall's zone read: still the same list
        assert widget.quarter.itemText(0) == "2027Q1"
        assert widget.selected().key == "2026Q4"
        widget.close()
    finally:
        monkeypatch.undo()
        time.tzset()

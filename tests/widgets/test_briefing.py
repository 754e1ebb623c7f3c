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
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from PyQt6.QtPdf import QPdfDocument
from PyQt6.QtPrintSupport import QPrinter

from app.briefing import load_note
from app.db import Database
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
    qtbot.waitUntil(lambda: not widget._busy)
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
    assert not page.print_button.isEnabled()
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


def test_print_save_and_export_per_department(qtbot: QtBot, page: BriefingPage,
                                              tmp_path: Path) -> None:
    generate(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    assert len(PdfReader(printed).pages) == page.document.pageCount()
    saved = page.save_to(str(tmp_path / "q3.pdf"))
    assert saved.read_bytes() == page.pdf
    folder = tmp_path / "departments"
    folder.mkdir()
    page.export_departments(str(folder))
    qtbot.waitUntil(lambda: not page._busy, timeout=30000)
    assert sorted(p.name for p in folder.iterdir()) == ["2026Q3-GS.pdf", "2026Q3-RS.pdf"]
    gs = text_of((folder / "2026Q3-GS.pdf").read_bytes())
    assert "W01" in gs and "W03" not in gs
    # saving (and printing) from the tab is authorised and audited first
    via = tmp_path / "via-dialog.pdf"
    page._released("save", str(via), lambda: page._save_now(str(via)))
    qtbot.waitUntil(via.exists, timeout=10000)
    from sqlalchemy import select

    from models import AuditEntry
    with page.context.db.read() as session:
        rows = session.execute(select(AuditEntry.actor, AuditEntry.action,
                                      AuditEntry.entity_id, AuditEntry.detail)
                               .where(AuditEntry.action.startswith("briefing."))
                               .order_by(AuditEntry.seq)).all()
    assert [(a, act, q) for a, act, q, _ in rows] == [
        ("test:director", "briefing.write", "2026Q3")] * 2 + [
        ("test:director", "briefing.save", "2026Q3")]
    assert str(via) in rows[-1][3]


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

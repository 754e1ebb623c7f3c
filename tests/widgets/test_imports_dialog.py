"""文件 → 导入数据…: files picked, read as HallDesk reads them, a column's mapping changed
and saved, the import run on a worker with a progress bar; the live tab then says how
recent the imported data is instead of a feed outage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from PyQt6.QtWidgets import QInputDialog, QLabel, QTableWidget

from app.db import Database
from models import Ticket
from tests.app.imports_helpers import QUEUE_HEADER, QUEUE_ROWS, write_csv, write_xlsx
from widgets.context import AppContext
from widgets.imports.wizard import ImportDialog
from widgets.main_window import MainWindow


def tickets(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(Ticket)) or 0


def read(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Wait until the dialog has read its files (it reads them on a worker)."""
    qtbot.waitUntil(lambda: not dialog.reading, timeout=20_000)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> ImportDialog:
    d = ImportDialog(AppContext(db, "app:director", role="director"))
    qtbot.addWidget(d)
    return d


def test_files_are_read_then_imported_with_progress(
        qtbot: QtBot, dialog: ImportDialog, db: Database, tmp_path: Path) -> None:
    good = write_xlsx(tmp_path / "queue.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    bad_rows = [*QUEUE_ROWS[:1], ["C001", "GS", "2026-11-25 10:00", "", "", "W09", "", "", ""]]
    bad = write_csv(tmp_path / "queue-bad.csv", QUEUE_HEADER, bad_rows)
    dialog.add_files([good, bad])
    assert dialog.file_list.count() == 2
    read(qtbot, dialog)
    label = dialog.findChild(QLabel, "detected")
    assert label is not None and "xlsx" in label.text()
    preview = dialog.findChild(QTableWidget, "preview")
    assert preview is not None and preview.rowCount() == len(QUEUE_ROWS)
    assert preview.item(0, 0).text() == "A001"       # type: ignore[union-attr]
    header = preview.horizontalHeaderItem(0)
    assert header is not None and header.text() == "票号\n→ Ticket"
    dialog.file_list.setCurrentRow(1)
    problems = dialog.findChild(QTableWidget, "problems")
    assert problems is not None and problems.rowCount() == 1
    assert "W09" in problems.item(0, 2).text()       # type: ignore[union-attr]
    assert "gb18030" in label.text()
    dialog.start_import(dry_run=True)                # every row checked, nothing written
    qtbot.waitUntil(lambda: dialog.transfer is None, timeout=20_000)
    assert tickets(db) == 0 and dialog.reports == []
    assert problems.rowCount() == 1 and "refused" in dialog.errors[-1]
    dialog.errors.clear()
    dialog.start_import()
    assert not dialog.import_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.transfer is None, timeout=20_000)
    assert len(dialog.reports) == 1 and len(dialog.errors) == 1
    assert "refused" in dialog.errors[0]
    assert tickets(db) == len(QUEUE_ROWS)
    assert "6 rows" in dialog.status.text()


def test_a_column_mapping_is_changed_and_saved_under_a_name(
        qtbot: QtBot, dialog: ImportDialog, db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    header = ["票号", "业务类型", "取号时间", "叫号时间", "离开时间", "窗口", "状态"]
    rows = [r[:7] for r in QUEUE_ROWS]
    path = write_xlsx(tmp_path / "vendor.xlsx", header, rows)
    dialog.add_files([path])
    read(qtbot, dialog)
    box = dialog.field_boxes["finished_at"]
    assert box.currentData() is None            # 离开时间 is no name HallDesk knows
    problems = dialog.findChild(QTableWidget, "problems")
    assert problems is not None and problems.rowCount() > 0   # served without a finish
    box.setCurrentIndex(box.findData("离开时间"))
    box.activated.emit(box.currentIndex())
    read(qtbot, dialog)
    assert problems.rowCount() == 0
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("某厂商", True))
    dialog.save_mapping_button.click()
    read(qtbot, dialog)
    saved = tmp_path / "config" / "HallDesk" / "mappings" / "某厂商.toml"
    assert 'finished_at = "离开时间"' in saved.read_text(encoding="utf-8")
    assert dialog.mapping_box.currentText() == "某厂商"
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.transfer is None, timeout=20_000)
    assert dialog.errors == [] and tickets(db) == len(rows)


def test_cancel_imports_nothing(qtbot: QtBot, dialog: ImportDialog, db: Database,
                                tmp_path: Path) -> None:
    dialog.add_files([write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS)])
    read(qtbot, dialog)
    dialog.start_import()
    dialog.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.transfer is None, timeout=20_000)
    assert dialog.reports == [] and tickets(db) == 0
    assert "cancelled" in dialog.status.text()


def test_live_tab_shows_data_as_of_for_a_hall_fed_by_files(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    from app.imports.run import import_file

    import_file(db, write_xlsx(tmp_path / "q.xlsx", QUEUE_HEADER, QUEUE_ROWS),
                actor="test:pytest", role="director")
    noon_next_day = dt.datetime(2026, 11, 26, 12, 0, tzinfo=dt.timezone(
        dt.timedelta(hours=8))).timestamp()   # a working day, hours after the last event
    window = MainWindow(AppContext(db, "test:director", clock=lambda: noon_next_day,
                                   role="director"), remember=False)
    qtbot.addWidget(window)
    page = window.show_tab("live")
    page.load_now()  # type: ignore[attr-defined]
    note = page.findChild(QLabel, "file_note")
    assert note is not None and not note.isHidden()
    assert "2026-11-25 09:40" in note.text() and "按导入数据估算" in note.text()
    assert "2026-11-25 09:40" in window.feed_label.text()
    assert "c62828" not in window.feed_label.styleSheet()   # not the red outage label


def test_the_drop_folder_chosen_in_the_app_is_watched(
        qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from PyQt6.QtWidgets import QFileDialog

    from app.imports.watch import load_import_folder

    drop = tmp_path / "drop"
    drop.mkdir()
    window = MainWindow(AppContext(db, "test:director", role="director"), remember=False)
    qtbot.addWidget(window)
    window.start_drop_folder()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(drop))
    window.menu_actions["import_folder"].trigger()
    with db.read() as session:
        assert load_import_folder(session).folder == str(drop)
    qtbot.waitUntil(lambda: not window.drop_folder._busy, timeout=20_000)
    path = write_xlsx(drop / "queue.xlsx", QUEUE_HEADER, QUEUE_ROWS)
    os.utime(path, (1, 1))
    with qtbot.waitSignal(window.drop_folder.imported, timeout=20_000) as found:
        window.drop_folder.look()
    assert [o.ok for o in found.args[0]] == [True]
    assert (drop / "done" / "queue.xlsx").exists() and tickets(db) == len(QUEUE_ROWS)
    window.drop_folder.stop()

"""Crash safety of the application: an exception in a slot or a thread is logged and
shown while the application lives on; a native crash is offered once at the next
start; one instance per database (a second is refused, a crashed one's lock taken
over); a damaged file is refused with a message that points at the backups."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.cli.options import StartOptions
from app.crashlog import CRASH_LOG, error_logger, take_previous_crash
from app.db import Database
from app.integrity import DatabaseDamaged
from widgets import app as gui
from widgets.context import AppContext
from widgets.crash import ExceptionGuard, InstanceLock, instance_key, offer_previous_crash
from widgets.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown_and_the_app_lives(
        qtbot: QtBot, tmp_path: Path) -> None:
    shown: list[tuple[str, str]] = []
    guard = ExceptionGuard(log=error_logger(tmp_path),
                           show=lambda _parent, message, details: shown.append(
                               (message, details)))
    before = sys.excepthook, threading.excepthook
    guard.install()
    clicks: list[int] = []

    def slot() -> None:
        clicks.append(1)
        if len(clicks) == 1:
            raise ZeroDivisionError("division by zero in a slot")

    button = QPushButton("go")
    qtbot.addWidget(button)
    button.clicked.connect(slot)
    try:
        button.click()                        # PyQt6 would abort here without the hook
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
        message, details = shown[0]
        assert "ZeroDivisionError: division by zero in a slot" in message
        assert str(tmp_path / "halldesk.log") in message
        assert "Traceback" in details and "ZeroDivisionError" in details
        button.click()                        # alive: the next click is served
        assert len(clicks) == 2
        worker = threading.Thread(target=lambda: 1 / 0, name="worker-x")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(shown) == 2, timeout=3000)
        assert "ZeroDivisionError" in shown[1][0]
    finally:
        guard.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    for handler in guard.log.handlers:
        handler.flush()
    log = (tmp_path / "halldesk.log").read_text(encoding="utf-8")
    assert "division by zero in a slot" in log and "(thread worker-x)" in log
    assert log.count("Traceback") == 2


def test_a_native_crash_is_offered_once_at_the_next_start(tmp_path: Path) -> None:
    crash = subprocess.run([sys.executable, "-c", (
        "import faulthandler, pathlib; from app.crashlog import FaultLog; "
        f"FaultLog(pathlib.Path({str(tmp_path)!r})).start(); faulthandler._sigsegv()")],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert crash.returncode == -signal.SIGSEGV
    logs = list(tmp_path.glob("crash-*.log"))
    assert len(logs) == 1 and "Segmentation fault" in logs[0].read_text()
    running = tmp_path / CRASH_LOG.format(pid=os.getpid())
    running.write_text("")                    # another instance's, still running: not ours
    previous = take_previous_crash(tmp_path)
    assert previous is not None
    text, archived = previous
    assert "Segmentation fault" in text and archived.parent.name == "crashes"
    assert not logs[0].exists() and archived.read_text() == text
    assert running.exists()
    asked: list[str] = []
    shown: list[str] = []
    assert offer_previous_crash(text, archived, ask=lambda _p, q: asked.append(q) or True,
                                show=lambda _p, _m, details: shown.append(details))
    assert str(archived) in asked[0] and shown == [text]
    assert take_previous_crash(tmp_path) is None           # offered once


def test_a_clean_run_leaves_no_crash_log(tmp_path: Path) -> None:
    clean = subprocess.run([sys.executable, "-c", (
        "import pathlib; from app.crashlog import FaultLog; "
        f"f = FaultLog(pathlib.Path({str(tmp_path)!r})); f.start(); f.stop()")],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert clean.returncode == 0, clean.stderr
    assert take_previous_crash(tmp_path) is None
    assert not list(tmp_path.glob("crash-*.log"))


def test_one_instance_per_database_and_a_stale_lock_recovered(tmp_path: Path) -> None:
    key = instance_key(f"sqlite:///{tmp_path / 'hall.db'}")
    assert key == instance_key(f"sqlite:///{tmp_path / '.' / 'hall.db'}")
    first = InstanceLock(key, str(tmp_path))
    assert first.acquire()
    second = InstanceLock(key, str(tmp_path))
    assert not second.acquire()
    assert second.holder() == os.getpid()
    assert InstanceLock(instance_key("sqlite:////elsewhere.db"), str(tmp_path)).acquire()
    first.release()
    assert second.acquire()
    second.release()
    # A run killed while holding the lock: the next start takes it over.
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from widgets.crash import InstanceLock; "
        f"lock = InstanceLock({key!r}, {str(tmp_path)!r}); assert lock.acquire(); "
        "print('locked', flush=True); time.sleep(60)")], cwd=ROOT, env=ENV,
        stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    assert not InstanceLock(key, str(tmp_path)).acquire()
    holder.send_signal(signal.SIGKILL)
    holder.communicate(timeout=30)
    recovered = InstanceLock(key, str(tmp_path))
    assert recovered.acquire()
    recovered.release()


def test_a_second_start_on_the_same_database_is_refused(
        qapp: QApplication, db_url: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HALLDESK_LOG_DIR", str(tmp_path / "logs"))
    # The process-wide translator and font stay as the other tests expect them.
    monkeypatch.setattr(gui, "install_translations", lambda *_: None)
    monkeypatch.setattr(gui, "choose_font", lambda *_: True)
    running = InstanceLock(instance_key(db_url))       # the first instance
    assert running.acquire()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *a: said.append(text))
    try:
        args = StartOptions(db=db_url)
        assert gui.run_gui(args) == 2
    finally:
        running.release()
    assert said == [f"HallDesk is already open on this database (process {os.getpid()}) "
                    "on this computer; use that window, or close it first."]


def test_a_damaged_file_is_refused_before_the_window(tmp_path: Path) -> None:
    junk = tmp_path / "hall.db"
    junk.write_bytes(b"not a database at all " * 400)
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             f"sqlite:///{junk}", "--screenshot", str(tmp_path / "shots")],
                            capture_output=True, text=True, env=ENV, timeout=120)
    assert result.returncode == 2
    assert "is damaged (file is not a database)" in result.stderr
    assert "restore the latest backup" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_a_damage_found_after_opening_closes_the_window(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(AppContext(db, "test:office", role="office"), remember=False)
    qtbot.addWidget(window)
    window.show()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *a: said.append(text))
    gui._checked(window, DatabaseDamaged("The database file x is damaged (y); …"))
    assert said and "is damaged" in said[0]
    assert not window.isVisible()


def _window(qtbot: QtBot, db: Database, role: str) -> MainWindow:
    window = MainWindow(AppContext(db, f"desktop:{role}", role=role), remember=False)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_back_up_now_and_the_status_bar(qtbot: QtBot, db: Database, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HALLDESK_BACKUP_DIR", str(tmp_path / "backups"))
    window = _window(qtbot, db, "office")
    assert window.menu_actions["backup"].isEnabled()
    with qtbot.waitSignal(window.backups.finished, timeout=20_000) as done:
        window.menu_actions["backup"].trigger()
    assert done.args is not None and done.args[1] is None
    files = list((tmp_path / "backups" / "hall").glob("halldesk-*.hdbak"))
    assert len(files) == 1
    assert window.backup_label.text().startswith("Last backup ")
    assert window.backup_label.styleSheet() == ""
    bar = window.statusBar()
    assert bar is not None and str(files[0]) in bar.currentMessage()
    # A backup that fails: the status bar turns red and "Back up now" says why.
    (tmp_path / "blocked").write_text("a file where the folder should be")
    window.backups.folder = tmp_path / "blocked"
    warned: list[Any] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    with qtbot.waitSignal(window.backups.finished, timeout=20_000):
        window.back_up_now()
    assert window.backup_label.text() == "Backup failed"
    assert "#c62828" in window.backup_label.styleSheet()
    assert "Cannot create the backup folder" in window.backup_label.toolTip()
    assert warned and "The backup failed: Cannot create the backup folder" in warned[0]
    window.close()


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_the_daily_backup_runs_once_a_day(qtbot: QtBot, db: Database, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HALLDESK_BACKUP_DIR", str(tmp_path / "backups"))
    window = _window(qtbot, db, "director")
    with qtbot.waitSignal(window.backups.finished, timeout=20_000):
        window.start_backups()
    with qtbot.waitSignal(window.backups.finished, timeout=20_000) as again:
        window.backups.daily()
    assert again.args is not None and again.args[0].info is None   # today's is there
    assert len(list((tmp_path / "backups" / "hall").iterdir())) == 1
    window.close()
    inspector = _window(qtbot, db, "inspector")
    assert not inspector.menu_actions["backup"].isEnabled()
    inspector.start_backups()                                         # not for this role
    assert inspector.backup_label.text() == ""
    inspector.close()

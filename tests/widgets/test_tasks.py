"""run_task: the result comes back on the UI thread, and not to a deleted owner."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from PyQt6 import sip
from PyQt6.QtCore import QThreadPool
from PyQt6.QtWidgets import QWidget

from widgets.tasks import run_task


def test_a_result_for_a_deleted_owner_is_dropped(qtbot: QtBot) -> None:
    owner, other = QWidget(), QWidget()
    got: list[Any] = []
    run_task(lambda: 1, lambda r, e: got.append(("owner", r, e)), owner=owner)
    run_task(lambda: 2, lambda r, e: got.append(("other", r, e)), owner=other)
    sip.delete(owner)          # its window closed while the work ran
    pool = QThreadPool.globalInstance()
    assert pool is not None and pool.waitForDone(5000)
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    qtbot.wait(50)
    assert got == [("other", 2, None)]
    other.deleteLater()

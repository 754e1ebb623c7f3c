"""Floor-plan tiles: what a tile shows, and that it repaints only when that changes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QEvent, QPoint
from PyQt6.QtGui import QHelpEvent
from PyQt6.QtWidgets import QApplication, QToolTip

from app.figures.alerts import WindowMarks
from app.figures.live import IDLE, SERVING, WindowNow
from widgets.overview.tiles import WindowTile


def test_a_tile_repaints_only_when_what_it_shows_changes(qtbot: QtBot) -> None:
    tile = WindowTile("W01")
    qtbot.addWidget(tile)
    tile.resize(140, 110)
    tile.show()
    updates: list[int] = []
    tile.update = lambda *args: updates.append(1)  # type: ignore[method-assign]
    idle = WindowNow("W01", "企业登记", "GS", "工商分局", 1, (0, 0), state=IDLE,
                     staff="王丽娟", served_today=3, evaluator_on=True)
    tile.set_window(idle, 1000.0)
    tile.set_window(idle, 1001.0)           # a second later, nothing shown changed
    assert len(updates) == 1
    tile.set_window(idle, 1002.0, WindowMarks(open=1, others=1))  # an alert badge appears
    assert len(updates) == 2
    serving = WindowNow("W01", "企业登记", "GS", "工商分局", 1, (0, 0), state=SERVING,
                        staff="王丽娟", ticket="A001", service_started_at=990.0,
                        served_today=3, evaluator_on=True)
    tile.set_window(serving, 1002.0, WindowMarks(open=1, others=1))
    tile.set_window(serving, 1003.0, WindowMarks(open=1, others=1))  # 0:12 → 0:13
    assert len(updates) == 4
    assert "A001 0:13" in tile.describe()
    assert not tile.grab().isNull()            # lays out and paints without error


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen tooltips
def test_the_tooltip_is_worded_when_asked_for(qtbot: QtBot) -> None:
    tile = WindowTile("W01")
    qtbot.addWidget(tile)
    tile.resize(140, 110)
    tile.show()
    serving = WindowNow("W01", "企业登记", "GS", "工商分局", 1, (0, 0), state=SERVING,
                        staff="王丽娟", ticket="A001", service_started_at=990.0,
                        served_today=3, evaluator_on=False)
    tile.set_window(serving, 1003.0, WindowMarks(red=1, open=3, others=2))
    assert tile.toolTip() == ""                # nothing worded at each refresh
    centre = QPoint(70, 55)
    event = QHelpEvent(QEvent.Type.ToolTip, centre, tile.mapToGlobal(centre))
    assert QApplication.sendEvent(tile, event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    text = QToolTip.text()
    assert text == tile.describe()
    assert "A001 0:13" in text and "Evaluation device off" in text and "2 alert(s)" in text
    assert "Red cards: 1" in text              # a red card is named, not just counted
    QToolTip.hideText()


def test_a_tile_on_a_hidden_floor_is_worded_when_shown(qtbot: QtBot) -> None:
    """Another floor's tab: the tile keeps the latest state (its tooltip, the tests)
    but lays out nothing until it is shown."""
    tile = WindowTile("W01")
    qtbot.addWidget(tile)
    serving = WindowNow("W01", "企业登记", "GS", "工商分局", 1, (0, 0), state=SERVING,
                        staff="王丽娟", ticket="A001", service_started_at=990.0,
                        served_today=3, evaluator_on=True)
    tile.set_window(serving, 1003.0)
    assert tile._shown is None and tile.info is serving
    assert "A001 0:13" in tile.describe()
    tile.resize(140, 110)
    tile.show()
    qtbot.waitExposed(tile)
    assert tile._shown is not None and tile._shown[0] == SERVING

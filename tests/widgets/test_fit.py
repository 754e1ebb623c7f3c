"""Every tab fits a 1366×768 workstation (issue 18, 7d): on the demo hall, the window
stays 1366×768, every visible widget lies inside it, and every table, grid and list
either shows all its rows or has a visible scroll bar to reach them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PyQt6.QtCore import QPoint, QRect, QThreadPool
from PyQt6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

from app.db import Database
from app.events.simulator import write_demo_history
from widgets.context import AppContext
from widgets.main_window import MainWindow

SIZE = (1366, 768)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path = Path(tmp_path_factory.mktemp("fit")) / "demo.db"
    db = Database(f"sqlite:///{path}")
    write_demo_history(db, days=6, seed=1, actor="demo:director", role="director")
    yield db
    db.dispose()


def _inside_a_scrolled_view(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` sits in the viewport of a scroll area (which may hold more
    than it shows: the scroll area is checked instead)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent is not widget:
            return True
        parent = parent.parentWidget()
    return False


def problems(window: QWidget) -> list[str]:
    """What does not fit: widgets outside the window, views with rows out of sight."""
    found: list[str] = []
    frame = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow() or _inside_a_scrolled_view(widget,
                                                                                 window):
            continue
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not frame.contains(rect):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} at "
                         f"{rect.getRect()} is outside the window")
    for view in window.findChildren(QAbstractItemView):
        model = view.model()
        if (not view.isVisible() or model is None or model.rowCount() == 0
                or _inside_a_scrolled_view(view, window)):
            continue
        last = view.visualRect(model.index(model.rowCount() - 1, 0))
        viewport = view.viewport()
        assert viewport is not None
        scroll = view.verticalScrollBar()
        assert scroll is not None
        shows_all = last.isValid() and last.bottom() <= viewport.height() and last.top() >= 0
        scrolls = scroll.isVisible() and scroll.maximum() > 0
        if not (shows_all or scrolls):
            found.append(f"{type(view).__name__} {view.objectName()!r}: "
                         f"{model.rowCount()} rows, the last at {last.getRect()} in a "
                         f"viewport {viewport.height()} high, no scroll bar")
    return found


@pytest.fixture
def workstation_font(qapp: QApplication) -> Iterator[None]:
    """The director's workstation: a CJK system font larger than the offscreen
    platform's (Microsoft YaHei 9 pt at 125 % ≈ 15 px)."""
    from PyQt6.QtGui import QFont

    before = QApplication.font()
    font = QFont(before)
    font.setPointSizeF(11.5)        # ≈ 15 px at 96 dpi (a point size: widgets scale it)
    QApplication.setFont(font)
    yield
    QApplication.setFont(before)


def test_every_tab_fits_1366_by_768(qtbot: QtBot, demo_db: Database,
                                    workstation_font: None) -> None:
    noon = dt.datetime.now().replace(hour=12).timestamp()
    window = MainWindow(AppContext(demo_db, "demo", clock=lambda: noon, role="director"),
                        remember=False)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    pool = QThreadPool.globalInstance()
    assert pool is not None
    seen: dict[str, list[str]] = {}
    for name in window.tab_names():
        page = window.show_tab(name)
        loader = getattr(page, "load_now", None)
        if loader is not None:
            loader()
        assert pool.waitForDone(20_000)
        QApplication.processEvents()
        size = (window.width(), window.height())
        seen[name] = ([f"the window grew to {size}"] if size != SIZE else []) + problems(window)
        window.resize(*SIZE)
    live = window.page("live")
    timer = getattr(live, "timer", None)
    if timer is not None:
        timer.stop()
    assert pool.waitForDone(20_000)
    window.close()
    bad = [f"{name}: {p}" for name, found in seen.items() for p in found]
    assert not bad, "\n".join(bad)
    assert "risks" in seen


def test_the_check_sees_a_cut_grid(qtbot: QtBot) -> None:
    """A six-row grid squeezed to three rows' height without a scroll bar is caught."""
    from PyQt6.QtCore import Qt
    from PyQt6.QtWidgets import QTableWidget, QVBoxLayout

    host = QWidget()
    qtbot.addWidget(host)
    grid = QTableWidget(6, 3)
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    grid.setFixedHeight(90)
    QVBoxLayout(host).addWidget(grid)
    host.resize(400, 200)
    host.show()
    qtbot.waitExposed(host)
    assert any("6 rows" in p for p in problems(host))
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    QApplication.processEvents()
    assert problems(host) == []
